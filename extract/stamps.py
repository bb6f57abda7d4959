"""When a page says it was written: a date line or a page's stamp near the top ("May 11, 2015 / 3:15
PM"), a byline's "Published ..." / "Updated ..." date, or a feed's stamp in the last lines. Read
only for an article with no creation date given; the patterns are compiled on that first use.
"""
from __future__ import annotations

import re
from datetime import date
from functools import cache

from . import patterns, timevalues as tv
from .lexicon import MONTH_NAMES, MONTHS

# A full date as a page's stamp writes it: "January 4, 2022", "Jan. 4, 2022", "4 January 2022",
# "26 Sep 2022", "10-Sep-2010", "2022-01-04", "2022/01/04", "29-03-2022", "04.01.2022", "1/4/2022", "1/4/22",
# after an optional weekday.
_MON = rf"(?:{'|'.join(MONTH_NAMES)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_STAMP_DATE = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+)?"
    rf"(?:(?P<mon>{_MON})[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:[ \t]+(?P<mon2>{_MON}),?[ \t]+|-(?P<mon3>{_MON})-)(?P<y2>\d{{4}})"
    # (ISO 8601 with its clock, as feeds and page metadata write it: "2021-01-12T16:32:00Z")
    r"|(?P<iso>\d{4}(?P<isep>[-/.])\d{2}(?P=isep)\d{2})(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
    r"|(?P<na>\d{1,2})(?P<sep>[-./])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d\d))(?![\w-])")
# the clock time a stamp may carry ("/ 3:15 PM", "12:30", "at 07:34PM", "18:49 IST")
_CLOCK = r"\d{1,2}[:.]\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?"
_STAMP_CLOCK = rf"(?:[ \t]*(?:,|/|\||-|–|—|·|at|AT)?[ \t]*{_CLOCK})?"
# what a page puts beside it, after a separator: "/ 2 years ago", "| Reuters", "— By Jane Doe"; or its update's time
_STAMP_TRAIL = (r"(?:[ \t]*[/|·•][^\n/|·•]{1,40}|[ \t]+[–—-][ \t]+(?:By|BY)[ \t][^\n]{1,40}|[ \t]+(?:Last[ \t]+)?[Uu]pdated(?:[ \t]+[Aa]t)?:?[ \t]*\d{1,2}:\d\d"
                r"|[ \t]+(?:Last[ \t]+)?[Uu]pdated:?[ \t]+[^\n]{1,40})*")  # ("Jan. 5, 2022 Updated Jan. 6, ...": the first)
# a line that holds nothing but a date (a dateline), or a stamp: the date with its clock time
_DATE_LINE = rf"^[ \t]*{_STAMP_DATE}(?P<clock>{_STAMP_CLOCK}){_STAMP_TRAIL}[ \t]*$"
# a page's stamp after a desk's or an author's few words: "FP Politics November 29, 2016 12:51:34 IST"
# (only with its clock time: a name before a bare date may be anything)
_NAMED_STAMP = rf"^[ \t]*(?:[A-Z][\w.&'’-]*[ \t]+){{1,4}}{_STAMP_DATE}(?P<clock>{_STAMP_CLOCK}){_STAMP_TRAIL}[ \t]*$"
# ... with the clock before the date ("All Headlines 03:47 September 28, 2019", "10:00 pm on 20
# March 2013"), or a stamp whose clock is followed by whatever the page prints next ("November 5,
# 2012 5:34 pm1 comment")
_CLOCK_FIRST_STAMP = (rf"^[ \t]*(?:[A-Z][\w.&'’-]*[ \t]+){{0,4}}(?P<clock>{_CLOCK}),?[ \t]+(?:on[ \t]+)?{_STAMP_DATE}"
                      rf"{_STAMP_TRAIL}[ \t]*$")
_OPENING_STAMP = rf"^[ \t]*{_STAMP_DATE}(?P<clock>[ \t]*(?:,|at|AT)?[ \t]*{_CLOCK})(?![\d:])[^\n]*$"
# a byline's segments, then its date: "By JANE DOE | January 5, 2022", "Jane Doe | Reporter | January 5, 2022"
_SEGMENTED_STAMP = rf"^[ \t]*(?:[^\n|·•]{{1,40}}[|·•][ \t]*){{1,3}}{_STAMP_DATE}(?P<clock>{_STAMP_CLOCK}){_STAMP_TRAIL}[ \t]*$"
# a dateline of the date alone and its source: "Jan 22, 2013 (newstodate): Finland will ..."
_SOURCE_DATELINE = (rf"^[ \t]*(?P<stamp>{_STAMP_DATE}(?P<clock>)[ \t]*\([A-Za-z][\w .&'’-]{{1,30}}\))[ \t]*"
                    r"(?:-{1,2}|–|—|:)[^\n]*$")
# a dateline of a weekday and its full date opening a line of text: "Saturday, July 1, 2023 — The prime
# minister said ..." (the weekday tells a day's dateline from a history's opening, "June 6, 1944. Troops landed")
_WEEKDAY_DATELINE = (rf"^[ \t]*(?P<stamp>(?=(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t])"
                     rf"{_STAMP_DATE}(?P<clock>))(?:[ \t]*(?:-{{1,2}}|–|—|:|\.)[ \t]+\S|[ \t]+[A-Z“\"(])[^\n]*$")
# a source's credit closing an article: "(China Daily August 26, 2005)", "(Reuters, May 3, 2021)"
_CREDIT_LINE = rf"^[ \t]*\((?:[A-Z][\w.&'’-]*,?[ \t]+){{1,4}}{_STAMP_DATE}(?P<clock>)\)[ \t]*$"
# a republishing note closing an article: "This article was first published on 4 March 2031.",
# "This story originally appeared in The Gazette on March 4, 2031." (not "The report was published
# on ...": a report the article tells of)
# (events.py reads the same opening to keep the note out of the timeline)
REPUBLISHED_OPENING = (r"[ \t]*(?:This|The)[ \t]+(?:article|story|piece|interview|column|essay)[ \t]+(?:was[ \t]+)?"
                       r"(?:first[ \t]+|originally[ \t]+)?(?:published|posted|appeared)\b")
_FIRST_PUBLISHED_LINE = (rf"^{REPUBLISHED_OPENING}(?:[ \t]+(?:in|by|at)[ \t]+[^\n]{{1,60}}?)?"
                         rf"[ \t]+on[ \t]+{_STAMP_DATE}(?P<clock>)[^\n]{{0,80}}$")
# every form of a page's stamp; those that need their clock time to be one (a name before a bare
# date may be anything), and those that are read only at an article's end
_STAMPS = (_DATE_LINE, _NAMED_STAMP, _CLOCK_FIRST_STAMP, _OPENING_STAMP, _SEGMENTED_STAMP, _SOURCE_DATELINE,
           _WEEKDAY_DATELINE, _CREDIT_LINE, _FIRST_PUBLISHED_LINE)
_CLOCK_NEEDED = frozenset({_NAMED_STAMP})
_TAIL_ONLY = frozenset({_CREDIT_LINE, _FIRST_PUBLISHED_LINE})
_MONTH_NUM = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
_MONTH_NUM.update({a.capitalize(): n for a, n in MONTHS.items()})

# How a byline opens, up to its word: "By Jane Doe | ", "PTI | Istanbul | ", an author's name
# ("Jane Doe (@janedoe) Published ..."), then "Published", "Updated", "Posted", "Last modified"
# (events.py reads the same opening to keep a byline out of the timeline)
BYLINE_OPENING = (r"[ \t]*(?:By\b[^\n]{0,60}?[|·•,–—-][ \t]*|(?:[^\n|·•]{1,40}[|·•][ \t]*){1,3}"
                  r"|[^\n|·•]{1,60}?[ \t](?=(?:First |Last )?(?:Published|Updated|Posted)\b))?"
                  r"(?P<what>(?:First |Last |FIRST |LAST )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified"
                  r"|PUBLISHED|UPDATED|POSTED|MODIFIED))")
# "Published Tuesday 4 January 2022", "Updated: Jan. 4, 2022 10:15 a.m.", "Posted on 2022-01-04",
# "PTI | Istanbul | Updated: 29-03-2022 18:49 IST", "Published 4:15 PM EST, January 4, 2022": a
# byline's date, first of the article's own dates (the clock time may come first)
_BYLINE = rf"^{BYLINE_OPENING}(?:[ \t]+(?:on|at))?:?[ \t]+(?:{_CLOCK},?[ \t]+)?{_STAMP_DATE}"
# a wire's or a mail's own word for when it was written: "Filed 4 March 2031", "Date: 04/03/2031",
# "Written by Jane Doe on 4 March 2031" (a date right after it: "Written in 1905, the song ..." is none)
# (events.py reads the same opening, with its date, to keep the line out of the timeline)
FILED_OPENING = (r"[ \t]*(?P<what>Filed|FILED|Written|WRITTEN|Dated|DATED|Date(?=:)|DATE(?=:))"
                 r"(?:[ \t]+by[ \t]+[^\n|·•]{1,40}?)?(?:[ \t]+(?:on|at))?:?[ \t]+"
                 rf"(?:{_CLOCK},?[ \t]+)?{_STAMP_DATE}")
_FILED_LINE = rf"^{FILED_OPENING}"
_PUBLISHED_WORDS = frozenset({"published", "filed", "written", "date", "dated"})


@cache
def _pattern(source: str) -> re.Pattern:
    return patterns.compile(source, re.M)
# how many lines at the end of an article a page's stamp may stand in ("August 20, 2023 at 07:34PM")
TAIL_LINES = 3


def _head_end(text: str, start: int, lines: int) -> int:
    end = start
    for _ in range(lines):
        nl = text.find("\n", end)
        if nl < 0:
            return len(text)
        end = nl + 1
    return end


def infer_dct(text: str, start: int = 0, lines: int = 6) -> tuple[str | None, str] | None:
    """The article's creation date from its own top: a line that holds nothing but a full date (a
    dateline, or a page's stamp with its clock time), else a byline's "Published ..." / "Updated ..."
    date (the first published wins); failing both, a stamp or byline in its last lines. When another
    line of the article holds nothing but a date more than a week away, the page's stamps disagree
    (a scraped page's "today" beside the story's own date line): (None, why), the date left to the
    article's own words."""
    head_end = _head_end(text, start, lines)
    # (the last lines, even of an article so short that they are among its first)
    tail = len(text)
    for _ in range(TAIL_LINES + 1):
        tail = text.rfind("\n", start, max(start, tail - 1))
        if tail < 0:
            tail = start
            break
    found = _date_line(text, start, head_end, "near the top")
    if found:
        # a byline that says when the article was published beats a bare date line that disagrees
        # with it: "Sunday, December 29, 2024 | 11:36 PM IST" atop a page is the day it was read,
        # "First Published: May 04 2020 | 8:34 PM IST" at its end the article's own
        published = _byline_date(text, start, head_end, "near the top", published_only=True) \
            or _byline_date(text, tail, len(text), "at the end", published_only=True)
        if published and abs((date.fromisoformat(published[0]) - date.fromisoformat(found[0])).days) \
                > STAMP_AGREEMENT_DAYS:
            return published
    found = found or _byline_date(text, start, head_end, "near the top")
    if not found:
        found = _date_line(text, tail, len(text), "at the end", stamps_only=True) \
            or _byline_date(text, tail, len(text), "at the end")
    if found:
        chosen = date.fromisoformat(found[0])
        for m in _pattern(_DATE_LINE).finditer(text, start):
            other = _stamp_day(m)
            if other is not None and abs((other - chosen).days) > STAMP_AGREEMENT_DAYS:
                said = found[1].split(": ", 1)[1]
                return None, f"undated: its date lines disagree ({said}, {m.group().strip()!r})"
    return found


STAMP_AGREEMENT_DAYS = 7  # a page's stamps further apart than this cannot both be its creation date


def _stamp_day(m) -> date | None:
    """The day a _STAMP_DATE match names, or None for an impossible or out-of-range one."""
    try:
        if m["iso"]:
            d = date.fromisoformat(m["iso"].replace(m["isep"], "-"))
        elif m["na"]:
            mon, day = tv.numeric_month_day(int(m["na"]), int(m["nb"]), m["sep"])  # as the numeric-date rule
            year = int(m["ny"])
            d = date(tv.two_figure_year(year) if len(m["ny"]) == 2 else year, mon, day)  # ("Posted 03/20/13")
        else:
            mon = (m["mon"] or m["mon2"] or m["mon3"]).rstrip(".")
            d = date(int(m["y"] or m["y2"]), _MONTH_NUM[mon.capitalize()], int(m["d"] or m["d2"]))
    except (ValueError, KeyError):
        return None
    return d if tv.EARLIEST <= d <= tv.LATEST else None


def _date_line(text: str, start: int, end: int, where: str, stamps_only: bool = False) -> tuple[str, str] | None:
    """The first line in [start, end) that is a page's stamp, of any form."""
    first = None  # (where it starts, the day, the line)
    for source in _STAMPS:
        if source in _TAIL_ONLY and not stamps_only:
            continue
        for m in _pattern(source).finditer(text, start, first[0] if first else end):
            if (stamps_only and source not in _TAIL_ONLY or source in _CLOCK_NEEDED) and not m["clock"].strip():
                continue  # a bare date at an article's end may be anything; a stamp there is the page's
            d = _stamp_day(m)
            if d is not None:
                first = (m.start(), d, (m.groupdict().get("stamp") or m.group()).strip())  # (a dateline: its date and source)
                break
    return (first[1].isoformat(), f"date line {where}: {first[2]!r}") if first else None


def _byline_date(text: str, start: int, end: int, where: str = "near the top",
                 published_only: bool = False) -> tuple[str, str] | None:
    found = []
    bylines = (found for source in (_BYLINE, _FILED_LINE) for found in _pattern(source).finditer(text, start, end))
    for m in bylines:
        d = _stamp_day(m)
        if d is not None:
            said = m.group().strip()
            published = m["what"].lower().split()[-1] in _PUBLISHED_WORDS  # ("updated" ends in "dated")
            if published_only and not published:
                continue
            if not published:
                # "By Jane Doe on April 27, 2009 | Last updated on March 21, 2019": the date before
                # the update's, on its line, is the publication's
                line = text.rfind("\n", 0, m.start("what")) + 1
                before = _pattern(_STAMP_DATE).search(text, line, m.start("what"))
                if before is not None and (first := _stamp_day(before)) is not None and first <= d:
                    found.append((False, first, said))
            found.append((not published, d, said))
    if not found:
        return None
    _, d, said = min(found)  # a publication date before an update's, whatever their order
    return d.isoformat(), f"byline {where}: {said!r}"



"""Text in, annotations out: time expressions, entities, sentences. Pure functions, no I/O, no UI."""
from __future__ import annotations

import re
from datetime import date

from .entities import find_entities
from . import timevalues as tv
from .dating import Calendar, Dating, clues, date_from_clues, mark_inferred, why_undated, with_years
from .header import parse_header
from .lexicon import MONTH_NAMES, MONTHS
from .model import Annotations, Entity, Header, Span, Timex
from .sentences import split_sentences
from .timex import find_timexes

__all__ = ["extract", "date_from_corpus", "redate", "Dating", "Annotations", "Entity", "Header", "Span", "Timex", "EXTRACTOR_VERSION"]

# Bump when rules change what extraction returns, so stored derived data is rebuilt.
EXTRACTOR_VERSION = "8"


def extract(text: str, dct: str | None = None, dct_source: str | None = None,
            dct_reason: str | None = None, published: tuple[str, str] | None = None) -> Annotations:
    """Annotate one document. ``dct`` (YYYY-MM-DD) overrides the header's date, which overrides
    ``published`` (the date the file's metadata gives, and where it was found: a page's metadata, a
    feed item, the file's name). Without any, the creation date is inferred from the text where it
    can be (a date line or byline near the top, else the article's own dates read with their
    tenses) and reported as inferred, with why."""
    header = parse_header(text)
    reason = dct_reason
    if dct is None and header.dct:
        dct, dct_source = header.dct, "header"
    if dct is None and published:
        dct, dct_source, reason = published[0], "metadata", published[1]
    if dct is None:
        inferred = infer_dct(text, header.body_start)
        if inferred:
            dct, reason = inferred  # (no date, and why, when the page's stamps disagree)
            dct_source = "inferred" if dct else None
    anchor = None
    if dct:
        try:
            anchor = date.fromisoformat(tv.accepted_day(dct))
        except ValueError as e:  # a damaged store or a caller's mistake: read the article undated
            reason = f"creation date {dct!r} ignored: {e}"
            dct = None
    sentences = split_sentences(text, header.body_start)
    timexes = find_timexes(text, anchor, sentences, header.body_start)
    between = None
    if anchor is None:
        # the article's own dates, read with their tenses (see dating.py): only a sure day is taken
        undated = Annotations(title=header.title, dct=None, dct_source=None, sentences=sentences, timexes=timexes)
        evidence = clues(text, undated)
        found = date_from_clues(evidence)
        if found is None and reason is None:
            reason = why_undated(timexes, evidence)
        if found is not None and found.day:
            dct, dct_source, reason = found.day, "inferred", found.reason
            anchor = date.fromisoformat(found.day)
            timexes = mark_inferred(timexes, find_timexes(text, anchor, sentences, header.body_start))
        elif found is not None:
            between, reason = f"{found.earliest}/{found.latest}", found.reason
            timexes = with_years(timexes, found)
    elif dct_source == "inferred":
        timexes = mark_inferred(find_timexes(text, None, sentences, header.body_start), timexes)
    entities = find_entities(text, sentences, timexes, header.body_start)
    return Annotations(title=header.title, dct=dct, dct_source=dct_source if dct else None,
                       sentences=sentences, timexes=timexes, entities=entities, dct_reason=reason,
                       dct_between=between)


# A full date as a page's stamp writes it: "January 4, 2022", "Jan. 4, 2022", "4 January 2022",
# "26 Sep 2022", "2022-01-04", "29-03-2022", "04.01.2022", "1/4/2022", after an optional weekday.
_MON = rf"(?:{'|'.join(MONTH_NAMES)}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_STAMP_DATE = (
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]+)?"
    rf"(?:(?P<mon>{_MON})[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<mon2>{_MON}),?[ \t]+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<na>\d{1,2})(?P<sep>[-./])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}))(?![\w-])")
# the clock time a stamp may carry ("/ 3:15 PM", "12:30", "at 07:34PM", "18:49 IST")
_STAMP_CLOCK = r"(?:[ \t]*(?:,|/|\||-|–|—|·|at)?[ \t]*\d{1,2}[:.]\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?)?"
# what a page puts beside it, after a separator: "/ 2 years ago", "| Reuters"; or its update's time
_STAMP_TRAIL = r"(?:[ \t]*[/|·•][^\n/|·•]{1,40}|[ \t]+(?:Last[ \t]+)?[Uu]pdated(?:[ \t]+[Aa]t)?:?[ \t]*\d{1,2}:\d\d)*"
# a line that holds nothing but a date (a dateline), or a stamp: the date with its clock time
_DATE_LINE = re.compile(rf"^[ \t]*{_STAMP_DATE}(?P<clock>{_STAMP_CLOCK}){_STAMP_TRAIL}[ \t]*$", re.M)
# a page's stamp after a desk's or an author's few words: "FP Politics November 29, 2016 12:51:34 IST"
# (only with its clock time: a name before a bare date may be anything)
_NAMED_STAMP = re.compile(rf"^[ \t]*(?:[A-Z][\w.&'’-]*[ \t]+){{1,4}}{_STAMP_DATE}(?P<clock>{_STAMP_CLOCK})"
                          rf"{_STAMP_TRAIL}[ \t]*$", re.M)
_MONTH_NUM = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
_MONTH_NUM.update({a.capitalize(): n for a, n in MONTHS.items()})

# "Published Tuesday 4 January 2022", "Updated: Jan. 4, 2022 10:15 a.m.", "Posted on 2022-01-04",
# "PTI | Istanbul | Updated: 29-03-2022 18:49 IST", "Published 4:15 PM EST, January 4, 2022": a
# byline's date, first of the article's own dates
_BYLINE = re.compile(
    r"^[ \t]*(?:By\b[^\n]{0,60}?[|·•,–—-][ \t]*|(?:[^\n|·•]{1,40}[|·•][ \t]*){1,3}"
    # (an author's name before it: "Jane Doe (@janedoe) Published March 29, 2031 | 08:08 PM")
    r"|[^\n|·•]{1,60}?[ \t](?=(?:First |Last )?(?:Published|Updated|Posted)\b))?"
    r"(?P<what>(?:First |Last )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Mm]odified))"
    # (the clock time may come first: "Updated 1:23 PM ET, Tue January 4, 2022")
    r"(?:[ \t]+(?:on|at))?:?[ \t]+(?:\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?,?[ \t]+)?"
    rf"{_STAMP_DATE}", re.M)
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
    found = _date_line(text, start, head_end, "near the top") or _byline_date(text, start, head_end, "near the top")
    if not found and head_end < len(text):
        tail = len(text)
        for _ in range(TAIL_LINES + 1):
            tail = text.rfind("\n", head_end, max(head_end, tail - 1))
            if tail < 0:
                tail = head_end
                break
        found = _date_line(text, tail, len(text), "at the end", stamps_only=True) \
            or _byline_date(text, tail, len(text), "at the end")
    if found:
        chosen = date.fromisoformat(found[0])
        for m in _DATE_LINE.finditer(text, start):
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
            d = date.fromisoformat(m["iso"])
        elif m["na"]:
            a, b = int(m["na"]), int(m["nb"])
            # as the numeric-date rule reads it: US order unless impossible; with dots, the day first
            mon, day = (b, a) if a > 12 or m["sep"] == "." else (a, b)
            d = date(int(m["ny"]), mon, day)
        else:
            mon = (m["mon"] or m["mon2"]).rstrip(".")
            d = date(int(m["y"] or m["y2"]), _MONTH_NUM[mon.capitalize()], int(m["d"] or m["d2"]))
    except (ValueError, KeyError):
        return None
    return d if tv.EARLIEST <= d <= tv.LATEST else None


def _date_line(text: str, start: int, end: int, where: str, stamps_only: bool = False) -> tuple[str, str] | None:
    for m in (*_DATE_LINE.finditer(text, start, end), *_NAMED_STAMP.finditer(text, start, end)):
        if (stamps_only or m.re is _NAMED_STAMP) and not m["clock"].strip():
            continue  # a bare date at an article's end may be anything; a stamp there is the page's
        d = _stamp_day(m)
        if d is not None:
            return d.isoformat(), f"date line {where}: {m.group().strip()!r}"
    return None


def _byline_date(text: str, start: int, end: int, where: str = "near the top") -> tuple[str, str] | None:
    found = []
    for m in _BYLINE.finditer(text, start, end):
        d = _stamp_day(m)
        if d is not None:
            said = m.group().strip()
            found.append((not m["what"].lower().endswith("published"), d, said))
    if not found:
        return None
    _, d, said = min(found)  # a publication date before an update's, whatever their order
    return d.isoformat(), f"byline {where}: {said!r}"


def date_from_corpus(docs: list[tuple[str, str, Annotations]]) -> dict[int, Dating]:
    """Across a corpus of (name, text, annotations): each undated article whose yearless dates the
    dated articles tell of the same events (or of one story, when they all lie within a few months)
    takes their years, and its creation date is inferred from them as in extract(). Returns the
    datings found, by index (apply each with redate()); the other articles are left as they are."""
    calendar = Calendar()
    for name, text, ann in docs:
        calendar.add(text, ann, name)
    out: dict[int, Dating] = {}
    if not calendar.has_dates():
        return out
    for i, (name, text, ann) in enumerate(docs):
        if ann.dct or ann.dct_source or ann.dct_between:
            continue
        found_clues = clues(text, ann, calendar.year_of(text, ann))
        found = date_from_clues(found_clues)
        if found is None:
            continue
        n = calendar.sources_of(text, ann, found_clues)
        basis = f"; years from {n} dated article{'s' if n != 1 else ''}" if n else "; years from the dated articles' story"
        out[i] = Dating(found.day, found.earliest, found.latest, found.reason + basis)
    return out


def redate(text: str, ann: Annotations, found: Dating) -> Annotations:
    """The article's annotations under a dating date_from_corpus() found: extracted again from the
    day, or (an interval) the undated ones with the years of yearless dates filled in."""
    if found.day:
        return extract(text, dct=found.day, dct_source="inferred", dct_reason=found.reason)
    timexes = with_years([Timex(t.start, t.end, t.text, t.type, t.value) for t in ann.timexes], found)
    return Annotations(ann.title, None, None, ann.sentences, timexes, ann.entities,
                       dct_reason=found.reason, dct_between=f"{found.earliest}/{found.latest}")

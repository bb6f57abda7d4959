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
EXTRACTOR_VERSION = "7"


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
            dct, reason = inferred
            dct_source = "inferred"
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


_DATE_LINE = re.compile(
    r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:(?P<mon>{'|'.join(MONTH_NAMES)})"
    r"[ \t]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y>\d{4})"
    rf"|(?P<d2>\d{{1,2}})[ \t]+(?P<mon2>{'|'.join(MONTH_NAMES)})[ \t]+(?P<y2>\d{{4}})|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}}))[ \t]*$",
    re.M)
_MONTH_NUM = {m: i for i, m in enumerate(MONTH_NAMES, 1)}


_MONTH_NAMES = "|".join(MONTH_NAMES)
_MONTH_ABBR = {a.capitalize(): MONTH_NAMES[n - 1] for a, n in MONTHS.items() if len(a) <= 4 and a.capitalize() not in MONTH_NAMES}
# "Published Tuesday 4 January 2022", "Updated: Jan. 4, 2022 10:15 a.m.", "Posted on 2022-01-04": a
# byline's date, first of the article's own dates
_BYLINE = re.compile(
    r"^[ \t]*(?:By\b[^\n]{0,60}?[|·•,–—-][ \t]*)?(?P<what>(?:First |Last )?(?:[Pp]ublished|[Uu]pdated|[Pp]osted))"
    r"(?:[ \t]+on)?[:]?[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    rf"(?:(?P<mon>{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})[ \t]+(?P<mon2>{_MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?[ \t]+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2}))\b", re.M)


def infer_dct(text: str, start: int = 0, lines: int = 6) -> tuple[str, str] | None:
    """The article's creation date from its own top: a line that holds nothing but a full date (a
    dateline), else a byline's "Published ..." / "Updated ..." date (the first published wins)."""
    head_end = start
    for _ in range(lines):
        nl = text.find("\n", head_end)
        if nl < 0:
            head_end = len(text)
            break
        head_end = nl + 1
    m = _DATE_LINE.search(text, start, head_end)
    if not m:
        return _byline_date(text, start, head_end)
    try:
        if m["iso"]:
            d = date.fromisoformat(m["iso"])
        elif m["mon"]:
            d = date(int(m["y"]), _MONTH_NUM[m["mon"]], int(m["d"]))
        else:
            d = date(int(m["y2"]), _MONTH_NUM[m["mon2"]], int(m["d2"]))
    except ValueError:
        return None
    if not tv.EARLIEST <= d <= tv.LATEST:
        return None
    return d.isoformat(), f"date line near the top: {m.group().strip()!r}"


def _byline_date(text: str, start: int, end: int) -> tuple[str, str] | None:
    found = []
    for m in _BYLINE.finditer(text, start, end):
        try:
            if m["iso"]:
                d = date.fromisoformat(m["iso"])
            else:
                mon = m["mon"] or m["mon2"]
                mon = _MONTH_ABBR.get(mon, mon)
                d = date(int(m["y"] or m["y2"]), _MONTH_NUM[mon], int(m["d"] or m["d2"]))
        except ValueError:
            continue
        if tv.EARLIEST <= d <= tv.LATEST:
            found.append((not m["what"].lower().endswith("published"), d, m.group().strip()))
    if not found:
        return None
    _, d, said = min(found)  # a publication date before an update's, whatever their order
    return d.isoformat(), f"byline near the top: {said!r}"


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

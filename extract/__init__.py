"""Text in, annotations out: time expressions, entities, sentences. Pure functions, no I/O, no UI."""
from __future__ import annotations

from datetime import date

from .entities import find_entities
from . import timevalues as tv
from .dating import Calendar, Dating, clues, date_from_clues, mark_inferred, why_undated, with_years
from .header import parse_header
from .model import Annotations, Entity, Header, Span, Timex
from .sentences import split_sentences
from .stamps import infer_dct
from .timex import find_timexes

__all__ = ["extract", "date_from_corpus", "redate", "Dating", "Annotations", "Entity", "Header", "Span", "Timex", "EXTRACTOR_VERSION"]

# Bump when rules change what extraction returns, so stored derived data is rebuilt.
EXTRACTOR_VERSION = "29"


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
        return _anchored(text, ann, found.day, found.reason)
    timexes = with_years([Timex(t.start, t.end, t.text, t.type, t.value) for t in ann.timexes], found)
    return Annotations(ann.title, None, None, ann.sentences, timexes, ann.entities,
                       dct_reason=found.reason, dct_between=f"{found.earliest}/{found.latest}")


def _anchored(text: str, undated: Annotations, day: str, reason: str) -> Annotations:
    """extract(text, dct=day, dct_source="inferred", dct_reason=reason), from the article's undated
    reading: its sentences and undated values are those extraction would find again, and so are its
    names while the dates keep their extents (names are read around the dates, not from their values)."""
    header = parse_header(text)
    timexes = mark_inferred(undated.timexes, find_timexes(text, date.fromisoformat(day), undated.sentences,
                                                          header.body_start))
    if [(t.start, t.end) for t in timexes] == [(t.start, t.end) for t in undated.timexes]:
        entities = undated.entities
    else:
        entities = find_entities(text, undated.sentences, timexes, header.body_start)
    return Annotations(title=header.title, dct=day, dct_source="inferred", sentences=undated.sentences,
                       timexes=timexes, entities=entities, dct_reason=reason)

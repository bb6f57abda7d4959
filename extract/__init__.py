"""Text in, annotations out: time expressions, entities, sentences. Pure functions, no I/O, no UI."""
from __future__ import annotations

import re
from datetime import date

from .entities import find_entities
from . import timevalues as tv
from .header import parse_header
from .model import Annotations, Entity, Header, Span, Timex
from .sentences import split_sentences
from .timex import find_timexes

__all__ = ["extract", "Annotations", "Entity", "Header", "Span", "Timex", "EXTRACTOR_VERSION"]

# Bump when rules change what extraction returns, so stored derived data is rebuilt.
EXTRACTOR_VERSION = "3"


def extract(text: str, dct: str | None = None, dct_source: str | None = None) -> Annotations:
    """Annotate one document. ``dct`` (YYYY-MM-DD) overrides the header's date; without either,
    a date line near the top is taken as the creation date and reported as inferred."""
    header = parse_header(text)
    reason = None
    if dct is None and header.dct:
        dct, dct_source = header.dct, "header"
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
    entities = find_entities(text, sentences, timexes, header.body_start)
    return Annotations(title=header.title, dct=dct, dct_source=dct_source if dct else None,
                       sentences=sentences, timexes=timexes, entities=entities, dct_reason=reason)


_DATE_LINE = re.compile(
    r"^[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[ \t]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})[ \t]+(?P<mon2>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)[ \t]+(?P<y2>\d{4})|(?P<iso>\d{4}-\d{2}-\d{2}))[ \t]*$", re.M)
_MONTH_NUM = {m: i for i, m in enumerate(("January February March April May June July August September "
                                          "October November December").split(), 1)}


def infer_dct(text: str, start: int = 0, lines: int = 6) -> tuple[str, str] | None:
    """A line near the top that holds nothing but a full date is the article's dateline."""
    head_end = start
    for _ in range(lines):
        nl = text.find("\n", head_end)
        if nl < 0:
            head_end = len(text)
            break
        head_end = nl + 1
    m = _DATE_LINE.search(text, start, head_end)
    if not m:
        return None
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

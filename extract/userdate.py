"""Dates a person types ("Jan 5", "2022-01-04 to 2022-01-06", "last Tuesday"), read against the
source's creation date: the same rules as extraction first, dateparser (the user's choice) for the
rest. A text that is not a date gets a reason, never a guess."""
from __future__ import annotations

from datetime import date

from .sentences import split_sentences
from .timex import find_timexes
from .timevalues import DATE_RANGE_TEXT, EARLIEST, LATEST, valid_day
import re

_ISO_RANGE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*(?:to|–|—|/|\.\.)\s*(\d{4}-\d{2}-\d{2})\s*$")
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$")


class NotADate(ValueError):
    """str(e) says why, in words for the person who typed it."""


def parse_user_date(typed: str, dct: str | None) -> str:
    """The TimeML value of what was typed, or NotADate. Only values whose days lie within
    DATE_RANGE_TEXT are taken: every resolver and writer can handle those."""
    value = _parse(typed, dct)
    from .timeline import interval
    days = interval(value)
    if days is None and value[:1].isdigit():
        raise NotADate(f"{' '.join(typed.split())!r} is not a day of the calendar")
    if days is not None and not (EARLIEST <= days[0] and days[1] <= LATEST):
        raise NotADate(f"{' '.join(typed.split())!r} is outside the dates dateline handles ({DATE_RANGE_TEXT})")
    return value


def _parse(typed: str, dct: str | None) -> str:
    text = " ".join(typed.split())
    if not text:
        raise NotADate("type a date, such as 2022-01-04, Jan 5 or last Tuesday")
    m = _ISO_RANGE.match(text)
    if m:
        a, b = (_iso_day(x) for x in m.groups())
        if b <= a:
            raise NotADate(f"{text!r}: the range ends before it starts")
        return f"{a}/{b}"
    m = _ISO.match(text)
    if m:
        y, mo, d = m.groups()
        if d:
            return _iso_day(text.strip())
        if mo:
            if not 1 <= int(mo) <= 12:
                raise NotADate(f"{text!r}: there is no month {int(mo)}")
            return f"{y}-{mo}"
        return y
    try:
        anchor = date.fromisoformat(dct) if dct else None
    except ValueError:
        anchor = None
    found = find_timexes(text, anchor, split_sentences(text))
    if found and found[0].start == 0 and found[0].end == len(text) and found[0].type in ("DATE", "TIME"):
        value = found[0].value
        if value.startswith("XXXX") and anchor is None:
            raise NotADate(f"{text!r} needs the article's creation date; set it first, or type a full date")
        return value
    return _with_dateparser(text, anchor)


def _iso_day(s: str) -> str:
    y, m, d = (int(x) for x in s.split("-"))
    if not valid_day(y, m, d):
        raise NotADate(f"{s!r} is not a day of the calendar")
    return f"{y:04d}-{m:02d}-{d:02d}"


def _with_dateparser(text: str, anchor: date | None) -> str:
    import dateparser
    from datetime import datetime
    settings = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    if anchor:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        raise NotADate(f"{text!r} is not a date dateline can read (try 2022-01-04, Jan 5, last Tuesday)")
    return parsed.date().isoformat()

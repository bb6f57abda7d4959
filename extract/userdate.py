"""Dates a person types ("Jan 5", "2022-01-04 to 2022-01-06", "last Tuesday"), read against the
source's creation date: the same rules as extraction first, dateparser (the user's choice) for the
rest. A text that is not a date gets a reason, never a guess."""
from __future__ import annotations

from datetime import date

from . import patterns
from .lexicon import MONTH_NAMES as _MONTH_NAMES
from .sentences import split_sentences
from .timex import find_timexes
from .timevalues import DATE_RANGE_TEXT, EARLIEST, LATEST, valid_day
import re

_ISO_RANGE = patterns.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*(?:to|–|—|/|\.\.)\s*(\d{4}-\d{2}-\d{2})\s*$")
_ISO = patterns.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$")
_WEEK = patterns.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)
# "Q2 2005", "2005-Q2", "H1 2005", "2005 H1"
_PERIOD = patterns.compile(r"^(?:([QH])([1-4])\s*,?\s*(\d{4})|(\d{4})\s*-?\s*([QH])([1-4]))$", re.I)
# "12 days after 2005-04-27", "two weeks before Jan 10, 2022": counted from the date typed
_COUNTED = patterns.compile(r"^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+"
                      r"(after|before|from|later than|earlier than)\s+(.+)$", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}



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
    m = _WEEK.match(text)
    if m:
        y, w = int(m.group(1)), int(m.group(2))
        try:
            date.fromisocalendar(y, w, 1)
        except ValueError:
            raise NotADate(f"{text!r}: {y} has no week {w}") from None
        return f"{y:04d}-W{w:02d}"
    m = _PERIOD.match(text)
    if m:
        kind, n, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(6), m.group(4))
        kind = kind.upper()
        if kind == "H" and int(n) > 2:
            raise NotADate(f"{text!r}: a year has two halves, H1 and H2")
        return f"{y}-{kind}{n}"
    m = _COUNTED.match(text)
    if m:
        count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1).lower()]
        base = _parse(m.group(4), dct)
        try:
            day = date.fromisoformat(base)
        except ValueError:
            raise NotADate(f"{text!r}: count from a day, such as 2005-04-27") from None
        sign = -1 if m.group(3).lower() in ("before", "earlier than") else 1
        from .timevalues import shift
        try:
            return shift(day, m.group(2).lower(), sign * count).isoformat()
        except (ValueError, OverflowError):
            raise NotADate(f"{text!r} is outside the dates dateline handles ({DATE_RANGE_TEXT})") from None
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
        if 1 <= m <= 12 and d >= 1:
            from calendar import monthrange
            raise NotADate(f"{s!r}: {_MONTH_NAMES[m - 1]} {y} has {monthrange(y, m)[1]} days")
        raise NotADate(f"{s!r}: there is no month {m}" if not 1 <= m <= 12 else f"{s!r} is not a day of the calendar")
    return f"{y:04d}-{m:02d}-{d:02d}"


def parse_creation_date(typed: str) -> str | None:
    """A creation date as typed for D: a day written any way a date is read ("2022-01-04",
    "Jan 4 2022", "4 January 2022"); empty for none; NotADate with the reason otherwise."""
    text = " ".join(typed.split())
    if not text:
        return None
    value = parse_user_date(text, None)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        raise NotADate(f"{text!r} is not one day: a creation date is a day, such as 2022-01-04 or Jan 4 2022")
    return value


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

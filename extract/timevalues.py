"""TimeML value arithmetic: choosing a year, shifting days, weeks, months, quarters.

Values are ISO 8601 / TimeML strings; an unknown creation date gives underspecified values (XXXX).
"""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from . import patterns

PAST, FUTURE, NONE = "past", "future", None
SINCE = "since"  # (pick_year only: a date that starts a stretch running to the reference)
# Within this many days of the reference, a yearless date is taken as the nearest one whatever the
# tense says: a participle ("convened on 12 January") is weaker evidence than proximity.
NEAR_DAYS = 14
FAR_BACK_DAYS, NEAR_AHEAD_DAYS = 240, 120


# The days dateline accepts as a creation date or a typed date: four-digit years (TimeML's YYYY),
# with room at both ends for what resolvers and writers add (a century back or ahead, a day past a
# range's end), so that no arithmetic on an accepted date can leave the calendar.
EARLIEST = date(1000, 1, 1)
LATEST = date(9898, 12, 31)
DATE_RANGE_TEXT = f"{EARLIEST.isoformat()} to {LATEST.isoformat()}"


class OutOfRange(ValueError):
    """str(e) says which dates are accepted."""


def accepted_day(text: str) -> str:
    """A YYYY-MM-DD creation date as typed or written in a header or an option: its ISO form, or
    ValueError (OutOfRange for a real day outside DATE_RANGE_TEXT)."""
    d = date.fromisoformat(text.strip())
    if not EARLIEST <= d <= LATEST:
        raise OutOfRange(f"{d.isoformat()} is outside the dates dateline handles ({DATE_RANGE_TEXT})")
    return d.isoformat()


def valid_day(year: int, month: int, day: int) -> bool:
    if not (1 <= month <= 12 and 1 <= day):
        return False
    return day <= 28 or day <= monthrange(year, month)[1]  # (every month has 28 days: skip the calendar)


def numeric_month_day(a: int, b: int, sep: str | None) -> tuple[int, int]:
    """(month, day) of a date written in numbers, "a/b/year": US order unless the first number
    cannot be a month; with dots the day first, as Europe writes it ("04.05.2021" is 4 May), unless
    the second cannot be a month ("03.20.2013")."""
    return (b, a) if a > 12 or sep == "." and b <= 12 else (a, b)


def two_figure_year(yy: int) -> int:
    """The year of a two-figure one written with no other year to go by ("3/20/13"): 00-49 the
    2000s, 50-99 the 1900s; never read against today's date (the same text, the same date)."""
    return yy + (2000 if yy < 50 else 1900)


def pick_year(ref: date, month: int, day: int | None, tense, never_ahead: bool = False) -> int:
    """The year of a yearless 'January 12' or 'October', read against the reference date.
    ``tense`` is asked only when proximity does not settle it (a callable, or a value);
    ``never_ahead``: not even a near day ahead will do."""
    if day is None:
        base = ref.year * 12 + ref.month - 1
        cands = [(y, (y * 12 + month - 1) - base) for y in (ref.year - 1, ref.year, ref.year + 1)]
        near = [y for y, d in cands if d == 0]
        unit_near, far_back, near_ahead = 0, FAR_BACK_DAYS // 30, NEAR_AHEAD_DAYS // 30  # (in months)
    else:
        cands = []
        for y in (ref.year - 1, ref.year, ref.year + 1):
            d = day if valid_day(y, month, day) else 28
            cands.append((y, (date(y, month, d) - ref).days))
        near = [y for y, d in cands if abs(d) <= NEAR_DAYS]
        unit_near, far_back, near_ahead = NEAR_DAYS, FAR_BACK_DAYS, NEAR_AHEAD_DAYS
    if near and never_ahead:
        # (the start of a stretch to now, or a past verb's own event, is never ahead: "the strike
        # ended March 31", said on March 18, ended a year ago)
        near = [y for y, d in cands if -unit_near <= d <= 0]
    if near:
        return near[0]
    if callable(tense):
        tense = tense()
    if tense == FUTURE:
        return min((d, y) for y, d in cands if d > unit_near)[1]
    if tense == SINCE:  # the last one before the reference, however far back
        return max((d, y) for y, d in cands if d < -unit_near)[1]
    if tense == PAST:
        back = max((d, y) for y, d in cands if d < -unit_near)
        ahead = min((d, y) for y, d in cands if d > unit_near)
        # News tells the recent past and the near future: a past reading most of a year back loses
        # to one a few months ahead, whose verb is often a frame's ("invited them to a ceremony on
        # March 12", "effective Feb. 1"), not the event's own.
        if -back[0] > far_back and ahead[0] <= near_ahead:
            return ahead[1]
        return back[1]
    return min(cands, key=lambda c: (abs(c[1]), c[1] > 0))[0]


def weekday_date(ref: date, iso_weekday: int, tense: str | None, relation: str | None = None) -> date:
    """'Tuesday' relative to ref: past tense (and the news default) looks back, future looks ahead;
    the reference day itself counts for both."""
    back = (ref.isoweekday() - iso_weekday) % 7
    ahead = (iso_weekday - ref.isoweekday()) % 7
    if relation == "last":
        return ref - timedelta(days=back or 7)
    if relation in ("next", "coming"):
        return ref + timedelta(days=ahead or 7)
    if relation == "this":
        # the day of this week; said of what is to come once that day has passed, the one ahead
        # ("will launch this Tuesday", said on a Friday), of what was done before it comes, the one past
        d = ref - timedelta(days=ref.isoweekday() - iso_weekday)
        if tense != PAST and d < ref:
            # (or told in the present: "the match is this Friday", said on a Saturday)
            return d + timedelta(days=7)
        if tense == PAST and d > ref:
            return d - timedelta(days=7)
        return d
    if tense == FUTURE:
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def shift_months(d: date, n: int) -> date:
    m = d.year * 12 + d.month - 1 + n
    y, m = divmod(m, 12)
    return date(y, m + 1, min(d.day, monthrange(y, m + 1)[1]))


def quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift(d: date, unit: str, n: int) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    if unit == "month":
        return shift_months(d, n)
    if unit == "quarter":
        return shift_months(d, 3 * n)
    if unit == "year":
        return shift_months(d, 12 * n)
    if unit == "decade":
        return shift_months(d, 120 * n)
    if unit == "century":
        return shift_months(d, 1200 * n)
    raise ValueError(unit)


def value_at(d: date, unit: str) -> str:
    """The TimeML value of the period of the given size that contains d."""
    if unit == "day":
        return d.isoformat()
    if unit == "week":
        return iso_week(d)
    if unit == "weekend":
        return iso_week(d) + "-WE"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter(d)}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(unit)


UNDERSPECIFIED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                  "quarter": "XXXX-QX", "year": "XXXX", "decade": "XXX", "century": "XX"}


def parse_value_date(value: str) -> date | None:
    """The day a day-precise value names (the start of a range), for anaphora like 'the next day'."""
    head = value.split("/")[0][:10]
    try:
        return date.fromisoformat(head)
    except ValueError:
        return None


def shift_value(value: str, unit: str, n: int) -> str | None:
    """A TimeML value of a day, week, month, quarter, half or year moved by n units, at its own
    precision ("2009-Q3" a year back is "2008-Q3"); None for what cannot be moved so."""
    m = re.fullmatch(r"(\d{4})(?:-(Q|H)(\d)|-W(\d\d)|-(\d\d)(?:-(\d\d))?)?", value)
    if not m or unit not in ("day", "week", "month", "year", "quarter"):
        return None
    y = int(m[1])
    if m[6]:
        return value_at(shift(date(y, int(m[5]), int(m[6])), unit, n), "day")
    if m[5]:
        return value_at(shift(date(y, int(m[5]), 1), unit, n), "month") if unit in ("month", "quarter", "year") else None
    if m[4]:
        if unit == "year":  # the same week of another year keeps its number (week 53 becomes 52 where none)
            week = int(m[4])
            return f"{y + n:04d}-W{week if date(y + n, 12, 28).isocalendar()[1] >= week else 52:02d}"
        return value_at(shift(date.fromisocalendar(y, int(m[4]), 1), unit, n), "week") if unit == "week" else None
    if m[2]:
        if unit == "year":
            return f"{y + n:04d}-{m[2]}{m[3]}"
        if unit == "quarter" and m[2] == "Q":
            q = (y * 4 + int(m[3]) - 1) + n
            return f"{q // 4:04d}-Q{q % 4 + 1}"
        return None
    return f"{y + n:04d}" if unit == "year" else None


_PERIOD = patterns.compile(r"(\d{4})-([QH])([1-4])")


def period_end(value: str) -> date | None:
    """The last day of a quarter or half ("1990-Q3" ends 1990-09-30); None for other values."""
    m = _PERIOD.fullmatch(value)
    if not m or m[2] == "H" and m[3] not in "12":
        return None
    months = 3 if m[2] == "Q" else 6
    last_month = int(m[3]) * months
    return safely(lambda: date(int(m[1]), last_month, monthrange(int(m[1]), last_month)[1]))


def safely(compute, *args):
    """compute(*args), or None when the calendar has no such day (arithmetic past year 1 or 9999
    raises OverflowError or ValueError): an expression at the calendar's edge gets no value."""
    try:
        return compute(*args)
    except (OverflowError, ValueError):
        return None

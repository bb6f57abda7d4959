"""Holidays as calendar rules: each name to the day it falls on in a given year (pure arithmetic).

A rule is a fixed (month, day), the nth weekday of a month (n = -1: the last), an offset from
Easter Sunday (the Gregorian computus), or a feast of a lunar calendar, looked up in the days
extract/lunar_dates.py holds (the first day of Ramadan, of Passover, of Hanukkah: when it begins).
"""
from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

# name (lower case, as written) -> ("fixed", month, day) | ("nth", month, iso weekday, n) | ("easter", offset)
HOLIDAYS = {
    "christmas": ("fixed", 12, 25), "christmas day": ("fixed", 12, 25), "christmas eve": ("fixed", 12, 24),
    "boxing day": ("fixed", 12, 26), "new year's day": ("fixed", 1, 1), "new year's eve": ("fixed", 12, 31),
    "halloween": ("fixed", 10, 31), "valentine's day": ("fixed", 2, 14), "veterans day": ("fixed", 11, 11),
    "april fools' day": ("fixed", 4, 1), "april fool's day": ("fixed", 4, 1),
    "the fourth of july": ("fixed", 7, 4), "fourth of july": ("fixed", 7, 4), "bastille day": ("fixed", 7, 14),
    "thanksgiving": ("nth", 11, 4, 4), "thanksgiving day": ("nth", 11, 4, 4),
    "black friday": ("nth", 11, 4, 4, 1), "cyber monday": ("nth", 11, 4, 4, 4),  # the days after Thanksgiving
    "labor day": ("nth", 9, 1, 1), "memorial day": ("nth", 5, 1, -1),
    "martin luther king day": ("nth", 1, 1, 3), "presidents day": ("nth", 2, 1, 3),
    "presidents' day": ("nth", 2, 1, 3), "mother's day": ("nth", 5, 7, 2), "father's day": ("nth", 6, 7, 3),
    "election day": ("election",), "inauguration day": ("fixed", 1, 20), "columbus day": ("nth", 10, 1, 2),
    "st. patrick's day": ("fixed", 3, 17), "st patrick's day": ("fixed", 3, 17),
    "saint patrick's day": ("fixed", 3, 17), "juneteenth": ("fixed", 6, 19),
    "easter": ("easter", 0), "easter sunday": ("easter", 0), "easter monday": ("easter", 1),
    "good friday": ("easter", -2), "ash wednesday": ("easter", -46), "palm sunday": ("easter", -7),
    "maundy thursday": ("easter", -3), "holy thursday": ("easter", -3), "holy saturday": ("easter", -1),
    "shrove tuesday": ("easter", -47), "fat tuesday": ("easter", -47),
    # lunar calendars: (the name a table of lunar_dates.py holds)
    "ramadan": ("lunar", "ramadan"), "eid al-fitr": ("lunar", "eid al-fitr"), "eid ul-fitr": ("lunar", "eid al-fitr"),
    "eid al-adha": ("lunar", "eid al-adha"), "eid ul-adha": ("lunar", "eid al-adha"),
    "lunar new year": ("lunar", "lunar new year"), "chinese new year": ("lunar", "lunar new year"),
    "passover": ("lunar", "passover"), "pesach": ("lunar", "passover"),
    "rosh hashanah": ("lunar", "rosh hashanah"), "rosh hashana": ("lunar", "rosh hashanah"),
    "yom kippur": ("lunar", "yom kippur"), "hanukkah": ("lunar", "hanukkah"), "chanukah": ("lunar", "hanukkah"),
    "diwali": ("lunar", "diwali"), "deepavali": ("lunar", "diwali"),
}
_LUNAR: dict[str, list[date]] = {}  # feast -> its days, in order; read on first use


# the feasts that last: one under way on the article's day is the one a present tense tells
LASTING_DAYS = {"ramadan": 29, "passover": 8, "hanukkah": 8, "lunar new year": 15, "diwali": 5}


def lunar_days(feast: str) -> list[date]:
    """Every day the table holds for the feast, in order."""
    if not _LUNAR:
        from .lunar_dates import LUNAR_DAYS
        for name, days in LUNAR_DAYS.items():
            _LUNAR[name] = [date.fromisoformat(iso) for iso in "".join(days).split()]
    return _LUNAR.get(feast, [])


def lunar_day(feast: str, year: int) -> date | None:
    """The day a feast of a lunar calendar falls on in a Gregorian year (the first, where it falls
    twice), or None outside the years the table holds."""
    return next((d for d in lunar_days(feast) if d.year == year), None)


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, iso_weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(iso_weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year, month, monthrange(year, month)[1])
    return last - timedelta(days=(last.isoweekday() - iso_weekday) % 7)


def holiday_date(name: str, year: int) -> date | None:
    rule = HOLIDAYS.get(name.lower())
    if rule is None:
        return None
    kind = rule[0]
    if kind == "fixed":
        return date(year, rule[1], rule[2])
    if kind == "nth":
        return nth_weekday(year, *rule[1:4]) + timedelta(days=rule[4] if len(rule) > 4 else 0)
    if kind == "easter":
        return easter(year) + timedelta(days=rule[1])
    if kind == "lunar":
        return lunar_day(rule[1], year)
    # US Election Day: the Tuesday after the first Monday of November
    return nth_weekday(year, 11, 1, 1) + timedelta(days=1)

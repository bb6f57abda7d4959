"""Writes extract/lunar_dates.py: the days of the feasts of lunar calendars, year by year.

    python tools/make_lunar_dates.py      (needs: pip install hijridate convertdate holidays)

The Islamic feasts come from hijridate (the Umm al-Qura calendar Saudi Arabia publishes), the Jewish
ones from convertdate's Hebrew calendar (pure arithmetic), the Lunar New Year and Diwali from the
holidays package's lunisolar tables (the days China and India keep). They are written out once as data so that
extraction imports nothing and reads no file; rerun this after a new release of those libraries.
"""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

FIRST, LAST = 1970, 2060


def islamic() -> dict[str, list[datetime.date]]:
    from hijridate import Hijri, Gregorian
    out = {"ramadan": [], "eid al-fitr": [], "eid al-adha": []}
    lo = Gregorian(max(FIRST, 1938), 1, 1).to_hijri().year
    hi = Gregorian(min(LAST, 2076), 12, 31).to_hijri().year
    for y in range(lo, hi + 1):
        out["ramadan"].append(Hijri(y, 9, 1).to_gregorian())
        out["eid al-fitr"].append(Hijri(y, 10, 1).to_gregorian())
        out["eid al-adha"].append(Hijri(y, 12, 10).to_gregorian())
    return out


def hebrew() -> dict[str, list[datetime.date]]:
    from convertdate import hebrew as h
    out = {"passover": [], "rosh hashanah": [], "yom kippur": [], "hanukkah": []}
    for gy in range(FIRST, LAST + 1):
        hy = gy + 3760  # the Hebrew year whose Nisan falls in this Gregorian spring
        out["passover"].append(datetime.date(*h.to_gregorian(hy, 1, 15)))
        out["rosh hashanah"].append(datetime.date(*h.to_gregorian(hy + 1, 7, 1)))
        out["yom kippur"].append(datetime.date(*h.to_gregorian(hy + 1, 7, 10)))
        out["hanukkah"].append(datetime.date(*h.to_gregorian(hy + 1, 9, 25)))
    return out


def kept_by_country() -> dict[str, list[datetime.date]]:
    # (the holidays package's own lunisolar tables: the first day of the Chinese year, Diwali as India keeps it)
    from holidays.calendars.chinese import _ChineseLunisolar
    from holidays.calendars.hindu import _HinduLunisolar
    chinese, hindu = _ChineseLunisolar(), _HinduLunisolar()
    out = {"lunar new year": [], "diwali": []}
    for y in range(FIRST, LAST + 1):
        day, _ = chinese.lunar_new_year_date(y)
        if day:
            out["lunar new year"].append(day)
        day, _ = hindu.diwali_india_date(y)
        if day:
            out["diwali"].append(day)
    return out


def main() -> None:
    feasts = {**islamic(), **hebrew(), **kept_by_country()}
    lines = ['"""The days of the feasts of lunar calendars (written by tools/make_lunar_dates.py: do not edit).',
             "",
             "Each name maps to its days, in order, as ISO dates in one string; a name's day in a year is the",
             f"first of them in that year. Years {FIRST}-{LAST} (Diwali: those the holidays package holds).", '"""',
             "", "LUNAR_DAYS = {"]
    for name, days in feasts.items():
        days = sorted(d for d in days if FIRST <= d.year <= LAST)
        lines.append(f'    "{name}": (')
        for i in range(0, len(days), 8):
            lines.append('        "' + " ".join(d.isoformat() for d in days[i:i + 8]) + ' "')
        lines.append("    ),")
    lines.append("}")
    out = Path(__file__).resolve().parent.parent / "extract" / "lunar_dates.py"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({sum(len(v) for v in feasts.values())} days)", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Words with fixed meanings for time expressions: month and day names, number words, units."""
from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
# the months as a person reads them: headings, exports, dates in words (one list for every writer)
MONTH_NAMES = [m.capitalize() for m in FULL_MONTHS]

WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
}
FULL_WEEKDAYS = [d for d in WEEKDAYS if d.endswith("day")]
WEEKDAY_NAMES = [d.capitalize() for d in FULL_WEEKDAYS]  # Monday first, as ISO counts them

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12,
}
VAGUE_NUMBERS = frozenset({"several", "a few", "few", "many", "some", "dozens of", "hundreds of",
                           "thousands of", "a number of", "numerous"})
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

# unit -> (ISO 8601 letter, time part?, multiplier)
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1), "fortnight": ("W", False, 2),
    "month": ("M", False, 1), "quarter": ("M", False, 3), "year": ("Y", False, 1),
    "decade": ("Y", False, 10), "century": ("Y", False, 100), "centurie": ("Y", False, 100),
}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# TimeML's codes as a person reads them (one table for the reader and the exports)
PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SET_WORDS = {"annual": "P1Y", "annually": "P1Y", "yearly": "P1Y", "daily": "P1D", "weekly": "P1W",
             "monthly": "P1M", "quarterly": "P3M", "hourly": "PT1H", "nightly": "P1D", "fortnightly": "P2W",
             "biannual": "P6M", "biennial": "P2Y", "biannually": "P6M", "biennially": "P2Y", "biweekly": "P2W",
             "semiannual": "P6M", "semiannually": "P6M"}

# Verbs news tells its happenings with, in their base and present forms (a sentence holding one has a
# predicate; the trigger finder reads them as verbs)
NEWS_VERBS = frozenset("""
meet meets visit visits hold holds open opens begin begins start starts end ends sign signs launch
launches announce announces agree agrees take takes make makes talk talks travel travels arrive
arrives leave leaves say says speak speaks call calls join joins discuss discusses follow follows
continue continues resume resumes release releases unveil unveils win wins buy buys sell sells
deliver delivers vote votes attend attends host hosts accuse accuses warn warns plan plans face faces
""".split())

# Time words that are part of a name, not a time (TimeML tags no expression inside a name):
# a weekday before one of these capitalised words names a paper or a programme ("the Sunday Times",
# "Monday Night Football", "CBS Sunday Morning"), as does "Sunday" after one of NAMES_ON_SUNDAY
# ("the Mail on Sunday", "Scotland on Sunday")
NAME_AFTER_WEEKDAY = frozenset("""
Times Telegraph Express Mirror Post Herald Independent Tribune World Star Mail People Business Sport Age
Observer Sun Standard Night Morning Edition Magazine Review Football Live Club
Agreement Accord Accords Massacre Uprising Offensive War
""".split())
NAMES_ON_SUNDAY = frozenset("Mail Independent Scotland Wales".split())

# a clock time written before its day ("until 4 a.m. Saturday", "from 7 p.m. Thursday", "until 9 am on
# Monday"), as a regex:
# what may stand between a preposition and the day it governs
CLOCK_BEFORE_DAY = r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)\s+(?:on\s+)?)?"

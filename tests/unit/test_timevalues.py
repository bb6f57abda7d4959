"""TimeML value arithmetic (extract/timevalues.py): the calendar's edges, moving a value at its own
precision, and the year a yearless date takes. Cases chosen where a slip of one would show."""
from datetime import date

import pytest

from extract import timevalues as tv


@pytest.mark.parametrize("args,ok", [
    ((2024, 2, 29), True), ((2023, 2, 29), False), ((2023, 2, 28), True), ((2023, 4, 31), False),
    ((2023, 4, 30), True), ((2023, 13, 1), False), ((2023, 0, 1), False), ((2023, 1, 0), False),
    ((2023, 12, 31), True),
])
def test_valid_day(args, ok):
    assert tv.valid_day(*args) is ok


@pytest.mark.parametrize("value,unit,n,moved", [
    ("2031-05-31", "month", 1, "2031-06-30"), ("2031-05-31", "day", 1, "2031-06-01"),
    ("2031-05-31", "week", -1, "2031-05-24"), ("2031-05-31", "year", 1, "2032-05-31"),
    ("2031-05", "month", 1, "2031-06"), ("2031-05", "quarter", 1, "2031-08"), ("2031-05", "year", -1, "2030-05"),
    ("2031-05", "day", 1, None), ("2031-05", "week", 1, None),
    ("2031-W10", "week", 2, "2031-W12"), ("2031-W10", "week", -10, "2030-W52"), ("2031-W10", "year", 1, "2032-W10"),
    ("2020-W53", "year", 1, "2021-W52"), ("2020-W53", "year", 6, "2026-W53"), ("2031-W10", "month", 1, None),
    ("2031-Q4", "quarter", 1, "2032-Q1"), ("2031-Q1", "quarter", -1, "2030-Q4"), ("2031-Q2", "year", -1, "2030-Q2"),
    ("2031-H2", "year", 1, "2032-H2"), ("2031-H2", "quarter", 1, None), ("2031-Q2", "month", 1, None),
    ("2031", "year", 1, "2032"), ("2031", "month", 1, None),
    ("XXXX-05", "year", 1, None), ("2031-05", "decade", 1, None),
])
def test_a_value_moves_at_its_own_precision(value, unit, n, moved):
    assert tv.shift_value(value, unit, n) == moved


def test_a_month_is_this_year_when_it_is_this_month_and_the_next_one_when_the_verb_looks_ahead():
    ref = date(2031, 5, 10)
    assert tv.pick_year(ref, 5, None, tv.FUTURE) == 2031
    assert tv.pick_year(ref, 4, None, tv.FUTURE) == 2032  # April said in May, ahead: next year's
    assert tv.pick_year(ref, 4, None, tv.PAST) == 2031
    assert tv.pick_year(ref, 6, None, None) == 2031       # no tense: the nearest


def test_a_past_month_eight_months_back_stays_in_the_past_nine_months_back_loses_to_one_ahead():
    ref = date(2031, 11, 10)
    assert tv.pick_year(ref, 3, None, tv.PAST) == 2031    # 8 months back, 4 ahead: the past reading
    assert tv.pick_year(ref, 2, None, tv.PAST) == 2032    # 9 months back, 3 ahead: the one ahead


def test_a_day_within_fourteen_days_is_the_nearest_whatever_the_tense():
    ref = date(2031, 5, 10)
    assert tv.pick_year(ref, 4, 26, tv.FUTURE) == 2031    # 14 days back, though the verb looks ahead
    assert tv.pick_year(ref, 5, 24, tv.PAST) == 2031      # 14 days ahead
    assert tv.pick_year(ref, 4, 25, tv.FUTURE) == 2032    # 15 days back: the future reading


def test_february_29_in_a_year_without_it():
    assert tv.pick_year(date(2031, 2, 20), 2, 29, None) == 2031  # read as the month's end, no error

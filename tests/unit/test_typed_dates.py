"""Dates an analyst types: what the reader itself displays and what analysts write, or a reason."""
import pytest

from extract.userdate import NotADate, parse_creation_date, parse_user_date


@pytest.mark.parametrize("typed,value", [
    ("2005-W17", "2005-W17"), ("2005W17", "2005-W17"),
    ("Q2 2005", "2005-Q2"), ("2005-Q2", "2005-Q2"), ("H1 2005", "2005-H1"),
    # counted from the date typed, not from the article's
    ("12 days after 2005-04-27", "2005-05-09"), ("two weeks before 2022-01-10", "2021-12-27"),
    ("3 months after Jan 31, 2022", "2022-04-30"),
    ("Jan 4 2022", "2022-01-04"), ("4 January 2022", "2022-01-04"),
    ("2022-01-04 to 2022-01-06", "2022-01-04/2022-01-06"),
])
def test_the_forms_analysts_write_are_read(typed, value):
    assert parse_user_date(typed, "2031-06-01") == value


@pytest.mark.parametrize("typed,why", [
    ("2022-02-30", "February 2022 has 28 days"), ("2024-02-30", "February 2024 has 29 days"),
    ("2022-13-01", "there is no month 13"), ("2005-W54", "2005 has no week 54"),
    ("H3 2005", "two halves"), ("soonish", "not a date"),
])
def test_what_is_not_a_date_is_refused_with_the_reason(typed, why):
    with pytest.raises(NotADate, match=why):
        parse_user_date(typed, "2031-06-01")


def test_a_creation_date_is_one_day_written_any_way():
    assert parse_creation_date("Jan 4 2022") == parse_creation_date("2022-01-04") == "2022-01-04"
    assert parse_creation_date("  ") is None
    with pytest.raises(NotADate, match="not one day"):
        parse_creation_date("2022-01")

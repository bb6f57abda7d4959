"""Reports' periods as TimeML writes them: quarters and halves (YYYY-Qn, YYYY-Hn), the period a
report is about ("the quarter", "the latest period") and the same period a year before; and what
TimeML leaves out (ages, frequency words before a noun, "as soon as")."""
import pytest

from extract import extract


def values(text, dct):
    return [(t.text, t.type, t.value) for t in extract(text, dct=dct).timexes]


CASES = [
    ("Widget Co. said its fourth-quarter profit doubled.", "2031-02-03", ("fourth-quarter", "DATE", "2030-Q4")),
    ("Third-quarter sales were flat.", "2031-11-01", ("Third-quarter", "DATE", "2031-Q3")),
    ("Losses narrowed in the first half of 2029.", "2031-01-01", ("the first half of 2029", "DATE", "2029-H1")),
    ("The plant opens in the second half of next year.", "2031-05-01",
     ("the second half of next year", "DATE", "2032-H2")),
    ("First-half revenue rose 4%.", "2031-08-01", ("First-half", "DATE", "2031-H1")),
    ("It expects a loss in the fourth quarter of this year.", "2031-05-01",
     ("the fourth quarter of this year", "DATE", "2031-Q4")),
    ("The fiscal second quarter ended in June.", "2031-07-20", ("The fiscal second quarter", "DATE", "2031-Q2")),
]


@pytest.mark.parametrize("text,dct,expected", CASES, ids=[c[2][0] for c in CASES])
def test_quarters_and_halves(text, dct, expected):
    assert expected in values(text, dct)


def test_the_period_a_report_is_about_and_a_year_before():
    text = ("Widget Co. said third-quarter profit fell to $3 million. The quarter had a charge. "
            "Profit was $5 million a year ago. The year-earlier quarter included a gain, and year-ago "
            "sales were higher. The latest period also had a tax credit.")
    got = values(text, "2031-10-20")
    assert ("third-quarter", "DATE", "2031-Q3") in got
    assert ("The quarter", "DATE", "2031-Q3") in got
    assert ("a year ago", "DATE", "2030-Q3") in got  # the same quarter, a year before
    assert ("The year-earlier quarter", "DATE", "2030-Q3") in got
    assert ("year-ago", "DATE", "2030-Q3") in got
    assert ("The latest period", "DATE", "2031-Q3") in got


def test_without_a_named_quarter_the_quarter_is_the_last_one_ended():
    assert ("the quarter", "DATE", "2031-Q3") in values("Profit in the quarter fell.", "2031-10-20")
    # and a year ago is the year before, as usual
    assert ("a year ago", "DATE", "2030") in values("It lost money a year ago.", "2031-10-20")


def test_a_half_of_a_match_is_no_calendar_half():
    assert values("He scored in the second half of the game.", "2031-10-20") == []


@pytest.mark.parametrize("text", [
    "The 7-year-old boy was found safe.",                 # an age
    "Widget raised its quarterly dividend.",              # a frequency word qualifying a noun
    "The annual meeting was calm.",
    "Send it as soon as possible.",                       # a conjunction, no time of its own
    "Soon after the vote, he resigned.",
])
def test_what_timeml_leaves_out(text):
    assert values(text, "2031-10-20") == []


@pytest.mark.parametrize("text,expected", [
    ("The dividend is paid quarterly.", ("quarterly", "SET", "P3M")),
    ("It will arrive soon.", ("soon", "DATE", "FUTURE_REF")),
    ("The flight was delayed today after a storm.", ("today", "DATE", "2031-10-20")),
])
def test_what_timeml_keeps(text, expected):
    assert expected in values(text, "2031-10-20")


@pytest.mark.parametrize("text,dct,expected", [
    ("For the year, the company earned $2 million.", "2031-10-20", ("the year", "DURATION", "P1Y")),
    ("Earlier in the year, prices fell.", "2031-10-20", ("the year", "DATE", "2031")),
    ("Talks broke down over the weekend.", "2031-10-22", ("the weekend", "DATE", "2031-W42-WE")),
    ("Talks will resume over the weekend.", "2031-10-22", ("the weekend", "DATE", "2031-W43-WE")),
    ("Delegates met at last year's summit.", "2031-10-20", ("last year", "DATE", "2030")),
    ("Shops open late before Thanksgiving.", "2031-11-10", ("Thanksgiving", "DATE", "2031-11-27")),
    ("The polls closed on Election Day.", "2030-11-09", ("Election Day", "DATE", "2030-11-05")),
    ("The market was shut on Good Friday 2029.", "2031-01-01", ("Good Friday 2029", "DATE", "2029-03-30")),
    ("They danced on New Year's Eve.", "2031-01-03", ("New Year's Eve", "DATE", "2030-12-31")),
    ("Fireworks lit the sky on the Fourth of July.", "2031-07-06", ("the Fourth of July", "DATE", "2031-07-04")),
])
def test_years_weekends_and_holidays(text, dct, expected):
    assert expected in values(text, dct)


def test_easter_follows_the_computus():
    from extract.holidays import easter
    assert [easter(y).isoformat() for y in (2000, 2008, 2019, 2038)] == [
        "2000-04-23", "2008-03-23", "2019-04-21", "2038-04-25"]


@pytest.mark.parametrize("text,dct,expected", [
    # a past verb of a frame, the date a few months ahead: the near future, not most of a year back
    ("The minister invited them to a ceremony on March 12.", "2031-01-20", ("March 12", "DATE", "2031-03-12")),
    ("The new contract took effect Feb. 1 under a deal signed last week.", "2031-01-20",
     ("Feb. 1", "DATE", "2031-02-01")),
    # a past reading within the year stays past
    ("The factory closed on June 3.", "2031-01-20", ("June 3", "DATE", "2030-06-03")),
])
def test_a_yearless_date_is_placed_where_news_tells(text, dct, expected):
    assert expected in values(text, dct)


@pytest.mark.parametrize("text,expected", [
    ("The mine closed almost four years ago.", ("almost four years ago", "DATE", "2027")),
    ("Profit for the current year will rise.", ("the current year", "DATE", "2031")),
])
def test_modified_points_and_the_current_period(text, expected):
    assert expected in values(text, "2031-10-20")


@pytest.mark.parametrize("text,expected", [
    ("The delegation planned to leave Lagos on Thursday.", ("Thursday", "DATE", "2031-10-23")),
    ("Lawyers asked the judge to rule on Friday.", ("Friday", "DATE", "2031-10-24")),
    ("She was told on Monday to resign.", ("Monday", "DATE", "2031-10-20")),  # the telling, not the leaving
])
def test_an_infinitive_of_intention_looks_ahead(text, expected):
    assert expected in values(text, "2031-10-22")


@pytest.mark.parametrize("text,expected", [
    ("Polls close at 10 p.m. Wednesday.", ("10 p.m. Wednesday", "TIME", "2031-10-22T22:00")),
    ("The vote will close at noon on Friday.", ("noon on Friday", "TIME", "2031-10-24T12:00")),
])
def test_a_clock_time_takes_the_day_that_follows_it(text, expected):
    assert expected in values(text, "2031-10-22")


def test_a_clock_time_and_a_day_across_a_comma_stay_apart():
    got = values("At 6 p.m., Friday was declared over.", "2031-10-24")
    assert [t for t, _, _ in got] == ["6 p.m.", "Friday"]


@pytest.mark.parametrize("text,expected", [
    ("Profit rose from the quarter a year ago.", ("the quarter a year ago", "DATE", "2030-Q3")),
    ("In March two years ago the plant failed.", ("March two years ago", "DATE", "2029-03")),
    ("Sales in the same week a year earlier were lower.", ("the same week a year earlier", "DATE", "2030-W43")),
])
def test_a_period_moved_by_ago_or_earlier_is_one_expression(text, expected):
    assert expected in values(text, "2031-10-22")


def test_shifting_a_value_keeps_its_precision():
    from extract.timevalues import shift_value
    assert shift_value("2031-Q1", "quarter", -1) == "2030-Q4"
    assert shift_value("2031-H2", "year", -1) == "2030-H2"
    assert shift_value("2031-03-31", "month", -1) == "2031-02-28"
    assert shift_value("2031", "year", 2) == "2033"
    assert shift_value("2031-Q1", "day", 1) is None  # a quarter does not move by days

"""Hostile input, generated here: one bad article never stops the batch or reaches the terminal.

The corpus is made in the tests (control and bidi characters, pathological repetitions, dates at
the calendar's edges); nothing of it is stored in the repository.
"""
from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings, strategies as st

from extract import extract
from extract.events import find_events
from extract.timeline import build_timeline

# Repetitions that once recursed or went quadratic, each large enough to show it.
PATHOLOGICAL = {
    "names": "John Smith " * 1500,
    "titles": "Minister President Secretary General " * 800,
    "dates": "January 1, " * 3000,
    "next day": "The meeting was held the next day. " * 800,
    "mixed": "On Tuesday John Smith met IBM in Paris the next day. " * 600,
}


@pytest.mark.parametrize("shape", sorted(PATHOLOGICAL))
def test_a_pathological_article_is_read_without_deep_recursion(shape):
    # A recursion limit far below the repetition count: work per run of capitals must not recurse
    # with the length of the text.
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(400)
    try:
        text = PATHOLOGICAL[shape]
        ann = extract(text, dct="2022-01-09")
        build_timeline(find_events(text, ann, "doc", "doc.txt"))
    finally:
        sys.setrecursionlimit(old)


def test_a_run_of_repeated_names_is_every_name():
    ann = extract("John Smith " * 1500, dct="2022-01-09")
    assert len(ann.entities) == 1500
    assert {(e.text, e.type) for e in ann.entities} == {("John Smith", "PERSON")}


def test_the_next_day_repeated_counts_on_from_the_day_before():
    text = "The summit opened on January 4, 2022. " + "Talks went on the next day. " * 200
    ann = extract(text, dct="2022-01-09")
    values = [t.value for t in ann.timexes]
    assert values[0] == "2022-01-04"
    assert values[1] == "2022-01-05"
    assert len(values) == 201


# Time words, numbers and calendar units in random order, with creation dates at the edges of the
# accepted range: the whole machine side of an article never raises and every span is its text.
TIME_WORDS = ["next", "last", "this", "the", "a", "ago", "later", "before", "after", "since", "until", "for",
              "every", "each", "early", "late", "mid", "end", "of", "half", "first", "second", "third",
              "fourth", "quarter", "fiscal", "year", "years", "month", "months", "week", "weekend", "day",
              "days", "decade", "decades", "century", "centuries", "hour", "minute", "summer", "winter",
              "spring", "fall", "morning", "night", "tonight", "today", "yesterday", "tomorrow", "now",
              "Monday", "Tuesday", "Sunday", "January", "May", "Dec.", "Sept", "'70s", "1990s", "2015",
              "1000", "9898", "0", "1", "12", "31", "99", "3000", "1,000", "1.5", "19.45", "CET", "three", "dozens", "few",
              "several", "-", "–", "/", ":", ",", ".", "a.m.", "p.m.", "UTC", "GMT", "to", "through",
              "Q3", "H1", "H3", "3Q13", "1H99", "Q4'12", "FY2012", "FY 99", "0800", "2400", "ET", "PT", "in",
              "earlier", "begins", "Air", "Flight", "Mac", "OS", "X", "Inc.", ".com",
              "previous", "following", "other", "Black", "Friday", "Cyber", "20th", "5th", "on", "said",
              "would", "will", "one", "yet", "weeks'", "time", "11.30am", "9.30", "5%", "Minutes", "Week",
              "Today", "Times", "Mail", "planned", "meet", "close", "set", "In", "1910", "October", "March", "on a path to", "1:45 a.m.",
              "which begin", "invited", "and", "4th,", "9 November", "the 10th", "in the past", "was to", "New Year's Eve", "noon or 1 p.m.", "since around midnight", "the leaders", "to meet", "on a", "falls on a",
              "first-half against", "who found", "her death", "could have", "to midnight Thursday",
              "6 a.m. Eastern on", "is adding staff for", "Council to vote", "a chance of", "in effect",
              "Wednesday, March 6", "ahead of", "8.00 pm", "ending", "wraps up", "the fifth Monday in",
              "last Friday of", "first day of next month", "in '68", "summer of '69", "'98 and", "scored '10", "5-6 hours", "24 to 36",
              "the day before yesterday", "quarter-century", "every other", "week's", "day's", "For",
              "Labor Day", "Super", "Shrove", "Maundy", "Fourth-quarter", "full", "ended", "commencing",
              "dollars", "barrels", "bent", "By", "for the week", "this week", "last week", "on Friday",
              "That", "same", "preceding", "prior", "of that year", "of the following year", "the following spring",
              "that October", "1 1/2", "and a half", "hours", "Since", "just ended", "Following", "Thursday's",
              "for the year", "for the day", "the same period in", "July-to-September", "through March period",
              "rose in", "ended", "sees", "12,000", "1,000,000", "of the century", "the previous quarter",
              "Inauguration Day", "(1415 GMT) on Monday", "Q1, 2010", "first-half", "are going", "is flying",
              "pushed from", "moved from", "through", "runs", "every morning", "each", "In February,", "at",
              "six in the morning", "o'clock", "eight", "announced plans", "calls for", "the second half",
              "beginning", "ordered", "head to", "once", "is on", "prior", "the week prior", "W53",
              "and a half ago", "1/2", "born", "came into force", "from December", "stood at", "9.5%",
              "2031/03/20", "03.20.2031", "3/4/31", "March 20 and", "or 4,", "than expected", "as planned",
              "final", "he'll", "they'd", "Monday's scrapped", "extended from", "set to expire", "are in",
              "17 Nov., 2011", "twelfth", "twenty-seventh", "thirty first", "the third",
              "go on sale", "gets started", "under way", "they're", "has been planned", "looking forward to",
              "noon", "3 p.m.", "agreed to terms", "each year on", "every year in"]
EDGE_DCTS = [None, "1000-01-01", "1000-12-31", "9898-12-31", "9898-01-01", "2022-01-09", "2020-02-29"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TIME_WORDS), min_size=1, max_size=40), st.sampled_from(EDGE_DCTS))
def test_random_time_words_never_raise_and_every_span_is_its_text(words, dct):
    text = " ".join(words) + "."
    ann = extract(text, dct=dct)
    for item in [*ann.timexes, *ann.entities]:
        assert text[item.start:item.end] == item.text
    build_timeline(find_events(text, ann, "doc", "doc.txt"))

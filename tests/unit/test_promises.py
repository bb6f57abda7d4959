"""Promises the README makes, each pinned so that the breakage named beside it fails a test."""
import csv
import io
from datetime import date

import pytest

from extract import extract
from extract.events import find_events
from extract.model import Anchor, Correction
from extract.timeline import build_timeline
from extract.timevalues import weekday_date
from store.anchors import reattach
from store.export import safe_cell, to_csv



@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"])
def test_every_formula_start_is_neutralised(cell):  # breakage: only '=' and '@' neutralised
    assert safe_cell(cell) == "'" + cell


def test_csv_rows_carry_neutralised_cells():
    rows = [{"id": "x", "date": "2022-01-04", "title": "-2 dead", "status": "auto", "conflict": False,
             "participants": ["+Plus"], "place": None, "support": 1, "notes": [],
             "sources": [{"source": "a.txt", "start": 0, "end": 1, "text": "-", "value": "2022-01-04",
                          "conflict": False, "sentence": "\tTab"}]}]
    [row] = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert (row["title"], row["participants"], row["text"], row["sentence"]) == ("'-2 dead", "'+Plus", "'-", "'\tTab")


def test_last_friday_said_on_a_friday_is_a_week_earlier():  # breakage: resolved to the same day
    friday = date(2022, 1, 7)
    assert weekday_date(friday, 5, None, "last") == date(2021, 12, 31)
    assert [t.value for t in extract("Rebels struck last Friday.", dct="2022-01-07").timexes] == ["2021-12-31"]


def test_this_weekday_is_in_the_current_week_unless_the_tense_says_it_has_passed():
    # breakage: forward like the future. A day of this week already past, told of what is to come,
    # is the coming one ("will launch this Tuesday, Sept. 12", said on a Friday, as news writes it)
    thursday = "2022-01-06"
    assert [t.value for t in extract("The board met this Tuesday.", dct=thursday).timexes] == ["2022-01-04"]
    assert [t.value for t in extract("The board meets this Saturday.", dct=thursday).timexes] == ["2022-01-08"]
    assert [t.value for t in extract("The board will meet this Tuesday.", dct=thursday).timexes] == ["2022-01-11"]
    assert [t.value for t in extract("The board met this Saturday.", dct=thursday).timexes] == ["2022-01-01"]


def test_a_date_within_two_weeks_is_the_nearest_whatever_the_tense():  # breakage: the 14-day rule off
    # a past participle ("convened") would send it back a year; proximity says it is next week
    got = extract("Ministers convened on 12 January will decide.", dct="2022-01-09").timexes
    assert [t.value for t in got] == ["2022-01-12"]
    got = extract("The ceasefire collapsed on December 28.", dct="2022-01-03").timexes
    assert [t.value for t in got] == ["2021-12-28"]


def test_support_counts_distinct_documents_not_sources():  # breakage: counts sources
    a = (" date 2023-03-10 A\n\nMinisters of France and Germany met in Paris on March 8 to discuss gas prices.\n\n"
         "The French and German ministers met again in Paris on March 8 over gas prices, officials said.\n")
    b = " date 2023-03-10 B\n\nMinisters of France and Germany held talks in Paris on March 8 on gas prices.\n"
    events = find_events(a, extract(a), "doc-a", "a.txt") + find_events(b, extract(b), "doc-b", "b.txt")
    [entry] = build_timeline(events)
    assert len(entry.sources) == 3 and entry.support == 2


def test_reattachment_takes_the_occurrence_nearest_the_old_place():  # breakage: the first occurrence
    old = "On Tuesday the talks began. Ministers met again on Tuesday in Geneva."
    at = old.rindex("Tuesday")
    c = Correction("event.date", Anchor("01" * 32, "timex", at, at + 7, "Tuesday"), "2022-01-04")
    new = "UPDATED: " + old  # the article was edited: every offset moved by 9
    result = reattach([c], "02" * 32, new, extract(new, dct="2022-01-09"))
    [(_, anchor)] = result.attached
    assert anchor.start == new.rindex("Tuesday")

"""Each event knows the word that names its happening, and merging compares those words."""
import hashlib

import pytest

from extract import extract
from extract.events import find_events
from extract.timeline import build_timeline


def events_of(text, dct="2023-03-10", name="a.txt"):
    digest = hashlib.sha256(text.encode()).hexdigest()
    return find_events(text, extract(text, dct=dct), digest, name)


def timeline_of(a, b, dct="2023-03-10"):
    """The timeline of two articles of our own, a.txt and b.txt."""
    return build_timeline(events_of(a, dct=dct, name="a.txt") + events_of(b, dct=dct, name="b.txt"))


def trigger_of(text, date_text):
    e = next(e for e in events_of(text) if e.timex.text == date_text)
    return text[e.trigger.start:e.trigger.end] if e.trigger else None


@pytest.mark.parametrize("text,date_text,trigger", [
    ("The foreign minister visited Lisbon on Tuesday to meet traders.", "Tuesday", "visited"),
    ("The ministers will meet in Oslo on March 14 to settle the quota.", "March 14", "meet"),
    # a light verb yields to the happening it frames
    ("The summit will take place in Rome on March 20, officials said.", "March 20", "summit"),
    ("The governor began a visit to the port on Monday with her aides.", "Monday", "visit"),
    # a purpose infinitive yields to the finite verb
    ("The envoy will travel to Accra from March 20-22 to show support.", "March 20-22", "travel"),
    # a when-clause tells what happened at the date before it
    ("Trade has stalled since 2014, when the border was closed by decree.", "2014", "closed"),
    # a reporting verb only when nothing else happens in the clause
    ("The mayor said on Wednesday that the bridge would reopen soon.", "Wednesday", "reopen"),
])
def test_the_trigger_is_the_word_that_names_the_happening(text, date_text, trigger):
    assert trigger_of(text, date_text) == trigger


def test_a_bare_reporting_clause_makes_no_entry():
    text = "The council approved the budget for next year, a city official said on Tuesday."
    assert [e.timex.text for e in events_of(text)] == ["next year"]


def test_a_visit_and_a_call_on_the_same_day_by_the_same_people_are_two_entries():
    a = "Mayor Ines Carvalho visited Porto on Tuesday with the trade delegation from Lisbon."
    b = "Mayor Ines Carvalho phoned the trade delegation from Lisbon on Tuesday about Porto."
    entries = timeline_of(a, b)
    assert len(entries) == 2


def test_the_same_visit_told_twice_merges_and_its_trigger_is_kept():
    a = "Mayor Ines Carvalho visited the Porto harbour on Tuesday with the trade delegation."
    b = "The Porto harbour had a visit from Mayor Ines Carvalho and the trade delegation on Tuesday."
    entries = timeline_of(a, b)
    (entry,) = entries
    assert {s.source for s in entry.sources} == {"a.txt", "b.txt"} and all(s.trigger for s in entry.sources)


def test_different_models_are_different_events():
    a = "Orbis Motors unveiled its Falcon 7 sedan in Turin on March 3 to dealers and press."
    b = "Orbis Motors unveiled its Falcon 8 sedan in Turin on March 3 to dealers and press."
    entries = timeline_of(a, b)
    assert len(entries) == 2


def test_a_report_that_says_another_tells_a_further_happening():
    text = ("A cargo jet landed in Lyon on Monday after a test flight over the Alps. "
            "A second cargo jet also landed in Lyon on Monday after a test flight over the Alps.")
    assert len(build_timeline(events_of(text))) == 2


def test_a_year_is_not_merged_into_a_month_it_holds_without_strong_evidence():
    # (the two statements share the buyer, the yard and the ferries: enough for two dates of one
    # month, not for a year and a month of it, which holds many other happenings)
    a = "Norlink took delivery of the ferries from the Vard shipyard in 2011 after long sea trials."
    b = "Norlink will take delivery of the ferries from the Vard shipyard next month, two years late."
    entries = timeline_of(a, b, dct="2011-08-20")
    assert len(entries) == 2


def test_a_clause_cut_from_its_sentence_keeps_the_names_of_the_sentences_subject():
    a = "Coastline Ferries said its new vessel missed June and will now be delivered in October 2031."
    b = "The new vessel of Coastline Ferries is to be delivered in October 2031, the yard said."
    events = events_of(a, dct="2031-03-01", name="a.txt") + events_of(b, dct="2031-03-01", name="b.txt")
    october = [e for e in events if e.timex.text == "October 2031"]
    assert all("Coastline Ferries" in e.participants for e in october)
    entry = next(e for e in build_timeline(events) if e.date == "2031-10")
    assert {s.source for s in entry.sources} == {"a.txt", "b.txt"}

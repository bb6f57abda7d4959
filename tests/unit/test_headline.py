"""Event titles read as headlines: who did what, in headline tense, people by surname.
(Our own sentences; each names the rule it shows.)"""
from __future__ import annotations

import pytest

from extract import extract
from extract.events import find_events
from extract.headline import present


def titles(text: str, dct: str = "2031-10-24") -> dict[str, str]:
    return {e.timex.text: e.title for e in find_events(text, extract(text, dct=dct), "d", "d")}


@pytest.mark.parametrize("sentence, date, title", [
    # people by surname, the titles before their names gone; the past told in the present
    ("Harbour Minister Ilse Varga spoke by phone with Port Authority chairman Tomas Brandt on Monday.",
     "Monday", "Varga speaks by phone with Brandt"),
    # two people joined by "and" take the plural
    ("Ilse Varga and Tomas Brandt met in Gdansk on Monday.", "Monday", "Varga and Brandt meet in Gdansk"),
    # what will happen takes "to"
    ("Transport Commissioner Ilse Varga will visit the Gdansk shipyard on March 3 to see the new ferry.",
     "March 3", "Varga to visit Gdansk shipyard"),
    # a passive is told by its participle
    ("The first talks were held in Tallinn on Friday.", "Friday", "First talks held in Tallinn"),
    # a happening named by a noun takes the verb beside it
    ("The signing ceremony will take place in Riga on June 2.", "June 2", "Signing ceremony to take place in Riga"),
    # an appositive between the subject and its verb is passed over
    ("Ilse Varga, the harbour minister, opened the new terminal on Tuesday.", "Tuesday",
     "Varga opens new terminal"),
    # a second verb joined by "and" takes the same tense
    ("The ferry company bought and renamed two ships in 2029.", "2029", "Ferry company buys and renames two ships"),
    # "has been seeking" is the present
    ("The port has been seeking new investors since March.", "March", "Port seeks new investors"),
])
def test_a_clause_becomes_a_headline(sentence, date, title):
    assert titles(sentence)[date] == title


def test_a_clause_cut_between_two_dates_borrows_the_subject_of_its_sentence():
    got = titles("The ferry line will open its first route in 2032 and will add a second route in 2034.")
    assert got == {"2032": "Ferry line to open its first route", "2034": "Ferry line to add second route"}


def test_a_verb_whose_base_we_do_not_know_keeps_the_article_s_form():
    # (never an invented word: "zorbled" is no verb we know)
    title = titles("The council zorbled the harbour plan on Monday.")["Monday"]
    assert "zorbled" in title and "zorble" + "s" not in title


def test_a_headline_never_ends_on_a_preposition_an_article_or_a_cut_word():
    text = ("Harbour Minister Ilse Varga announced on Monday that the city would build a second container "
            "terminal with three new cranes for the deep-water quay near the old lighthouse of the town.")
    title = titles(text)["Monday"]
    last = title.split()[-1]
    assert last.lower() not in {"of", "for", "with", "near", "the", "a", "and", "to"}
    assert all(w in text or w.rstrip("s") in text or w in ("announces", "Varga") for w in title.split())
    assert "…" not in title and len(title) <= 100


def test_words_written_together_stay_together():
    title = titles("Press@harbour.example wrote to www.harbour.example on Tuesday about the fees.")["Tuesday"]
    assert "Press@harbour.example" in title and "www.harbour.example" in title


def test_a_clause_without_a_headline_keeps_its_own_words():
    # (a name alone between two dates is no headline: the clause is the title, as before)
    got = titles("In Wednesday’s telephone conversation, the two ministers agreed to meet again.")
    assert got["Wednesday"] == "Two ministers agree to meet again"


@pytest.mark.parametrize("base, third, plural", [
    ("visit", "visits", "visit"), ("discuss", "discusses", "discuss"), ("try", "tries", "try"),
    ("have", "has", "have"), ("be", "is", "are"), ("say", "says", "say"), ("veto", "vetoes", "veto"),
])
def test_the_headline_present(base, third, plural):
    assert present(base) == third and present(base, plural=True) == plural

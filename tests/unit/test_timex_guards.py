"""Rule guards only skip work: with or without them, the same time expressions are found."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings, strategies as st

from extract import timex
from extract.sentences import split_sentences
from extract.timex_rules import RULES

from test_timex_values import CASES, NOT_DATES, UNDATED

WORDS = ["three", "3", "1.5", "twenty-one", "a", "a couple of", "several", "dozens of", "and a half", "the",
         "next", "last", "this", "past", "following", "previous", "every", "each", "for", "over", "recent",
         "in", "early", "end", "of", "fiscal", "first", "2nd", "day", "days", "week", "weeks", "month", "year",
         "years", "quarter", "decades", "Tuesday", "spring", "May", "may", "January", "ago", "later", "earlier",
         "from now", "-long", "-", "five-day", "x.five", "(", ")", ",", ".", "\n", "said", "2022", "12", "4th",
         "mid", "late", "on", "March", "6", "to", "previous", "following", "Friday", "century", "half",
         "other", "after", "before", "yesterday", "'", "time", "29.03.2022", "14-03-2031", "4-5"]


def _found(text: str, guarded: bool):
    saved = list(RULES)
    if not guarded:
        RULES[:] = [replace(r, guards={}) for r in RULES]
        timex._rules_for.cache_clear()
    try:
        out = timex.find_timexes(text, date(2022, 1, 9), split_sentences(text), 0)
    finally:
        RULES[:] = saved
        timex._rules_for.cache_clear()
    return [(t.start, t.end, t.type, t.value) for t in out]


def test_guards_change_nothing_on_the_normalisation_cases():
    for text in [c[0] for c in CASES] + [c[0] for c in UNDATED] + list(NOT_DATES):
        assert _found(text, True) == _found(text, False), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
       st.lists(st.sampled_from([" ", "", "  ", "-"]), min_size=14, max_size=14))
def test_guards_change_nothing_on_any_mix_of_counts_units_and_modifiers(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    assert _found(text, True) == _found(text, False), text

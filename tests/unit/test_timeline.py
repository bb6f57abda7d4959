"""The timeline: one entry per happening, sources merged, disagreeing dates marked, never a merge on a
shared name alone."""
import hashlib

from extract import extract
from extract.events import find_events
from extract.timeline import build_timeline, compatibility, resolve_date

from helpers import FIXTURES

FIXTURES = FIXTURES / "timeline"


def timeline(names=("a.txt", "b.txt", "c.txt")):
    events = []
    for name in names:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        events += find_events(text, extract(text), digest, name)
    return build_timeline(events)


def entry_with(entries, source, text):
    return next(e for e in entries if any(s.source == source and s.timex.text == text for s in e.sources))


def test_the_same_meeting_told_three_times_is_one_entry_and_the_slipped_month_is_a_conflict():
    entries = timeline()
    e = next(e for e in entries if "Paris" in {p for s in e.sources for p in s.places})
    assert sorted((s.source, s.timex.text) for s in e.sources) == [
        ("a.txt", "March 8"), ("b.txt", "Wednesday"), ("c.txt", "May 8")]
    assert e.date == "2023-03-08" and e.conflict
    assert [e.sources[i].timex.text for i in sorted(e.conflicting)] == ["May 8"]
    assert e.support == 2  # independent sources that agree
    assert {"France", "Germany", "Paris"} <= {p for s in e.sources for p in s.places} and e.place == "Paris"


def test_a_shared_person_alone_never_merges_two_events():
    entries = timeline()
    call = next(e for e in entries if any("Baerbock" in s.title or "Blinken" in s.participants for s in e.sources))
    visit = next(e for e in entries if any(s.source == "b.txt" and "Kyiv" in s.places for s in e.sources))
    assert call is not visit
    assert len(call.sources) == 1 and len(visit.sources) == 1


def test_a_start_date_inside_a_range_is_no_conflict_and_the_range_stands():
    e = entry_with(timeline(), "a.txt", "June 4 to 6")
    assert sorted(s.source for s in e.sources) == ["a.txt", "b.txt"]
    assert e.date == "2023-06-04/2023-06-06" and not e.conflict


def test_fragments_and_durations_are_not_events():
    texts = [s.timex.text for e in timeline(("c.txt",)) for s in e.sources]
    assert "January 1st" not in texts and "eight years" not in texts


def test_ids_are_stable_across_runs_and_input_order():
    first = {e.id: e.date for e in timeline(("a.txt", "b.txt", "c.txt"))}
    again = {e.id: e.date for e in timeline(("c.txt", "b.txt", "a.txt"))}
    assert first == again


def test_date_compatibility():
    assert compatibility("2022-01-10", "2022-01-09/2022-01-10") == "compatible"
    assert compatibility("2021-W50", "2021-12") == "compatible"
    assert compatibility("2022-04-04/2022-04-06", "2022-01-04/2022-01-06") == "near-miss"
    assert compatibility("2022-12-12", "2022-01-12") == "near-miss"
    assert compatibility("2021-12-22", "2022-01-08") == "unrelated"
    assert compatibility("2022-01-10", "2022-01-12") == "unrelated"  # another day is another day
    assert compatibility("2022-05-08", "2023-03-08") == "near-miss"  # a slipped month, placed last year
    assert compatibility("XXXX-WXX-2", "2022-01-04") == "unknown"


def test_resolve_date_prefers_the_covering_range_and_flags_the_odd_one():
    date, conflicting = resolve_date(["2022-04-04/2022-04-06", "2022-01-04/2022-01-06", "2022-01-04", "2022-01-04"])
    assert date == "2022-01-04/2022-01-06" and conflicting == {0}
    assert resolve_date(["2021-12", "2021-W50"]) == ("2021-W50", set())


def test_merging_looks_at_a_bounded_number_of_pairs():
    """Many statements sharing one name and one month: the number of pairs compared grows with
    the number of statements, not with its square."""
    from extract import timeline as tl
    calls = []
    real = tl.similarity

    def counting(*a):
        calls.append(1)
        return real(*a)

    tl.similarity = counting
    try:
        text = " ".join(f"NATO met in Brussels on March {d % 28 + 1} about topic{d}." for d in range(400))
        ann = extract(" date 2023-04-01 Many meetings\n" + text)
        events = find_events(" date 2023-04-01 Many meetings\n" + text, ann, "d" * 64, "x.txt")
        assert len(events) == 400
        tl.build_timeline(events)
    finally:
        tl.similarity = real
    assert len(calls) <= tl.MAX_CANDIDATES * len(events) // 2 + 1


def test_a_decade_or_a_century_is_background_not_an_entry():
    from extract import extract
    from extract.events import find_events
    text = "Rents soared in the late 1980s, the mayor said. The council voted on March 3, 2031 to cap them."
    ann = extract(text, dct="2031-03-04")
    assert {t.value for t in ann.timexes} >= {"198", "2031-03-03"}
    assert [e.value for e in find_events(text, ann, "doc", "doc")] == ["2031-03-03"]


def test_the_reader_and_the_exports_group_dates_alike():
    from extract.timeline import group_of
    assert group_of("2022-01-04") == (2022, 1)
    assert group_of("2022-01-30/2022-02-02") == (2022, 1)   # by its first day
    assert group_of("2022-W02") == (2022, 1)
    assert group_of("2022-02") == (2022, 2)
    assert group_of("2015-Q3") == (2015, None) and group_of("2002") == (2002, None)
    assert group_of("XXXX-WXX-2") is None and group_of("PRESENT_REF") is None


def _titles(text, dct="2031-10-24"):
    from extract import extract
    from extract.events import find_events
    return {e.timex.text: e.title for e in find_events(text, extract(text, dct=dct), "d", "d")}


def test_a_title_never_starts_with_the_possessive_of_the_date_taken_out():
    titles = _titles("Meanwhile, in Wednesday’s telephone conversation, the two ministers agreed to meet again.")
    assert titles["Wednesday"] == "Two ministers agree to meet again"


def test_a_possessive_date_leaves_an_article_in_its_place():
    # (a clause that gives no headline is its own title, the date's possessive made "the")
    from extract import extract
    from extract.events import make_title
    text = "In Wednesday’s telephone conversation, the two ministers agreed to meet again."
    ann = extract(text, dct="2031-10-24")
    [t] = ann.timexes
    assert make_title(text, ann.sentences[0], t, ann.entities).startswith("In the telephone conversation")


def test_a_clause_cut_from_its_sentence_borrows_the_sentence_subject():
    titles = _titles("The ferry line will open its first route in 2032 and will add a second route in 2034.")
    assert titles["2034"] == "Ferry line to add second route"


def test_a_title_is_never_a_fragment_of_a_word_or_a_lone_word():
    titles = _titles("The first sailing is expected to take place in August or September of this year, "
                     "with the first passengers due to board in May.")
    assert all(len(t.split()) >= 3 and t[0].isupper() for t in titles.values())
    assert titles["September of this year"].startswith("The first sailing")


def test_a_date_in_brackets_of_its_own_is_an_aside_not_an_entry():
    from extract import extract
    from extract.events import find_events
    text = "The harbour treaty (1949) still binds the two towns, the mayor said on Tuesday at the quay."
    events = find_events(text, extract(text, dct="2031-10-24"), "d", "d")
    assert [e.timex.text for e in events] == ["Tuesday"]

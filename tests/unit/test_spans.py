"""Every annotation points into the text it came from: text[start:end] is its text, always."""

from hypothesis import given, settings, strategies as st

from extract import extract

from helpers import ROOT

SEEDS = ROOT / "seeds"

FRAGMENTS = ["January 4", "Jan. 12", "12 January", "4-6 April", "on Tuesday", "Saturday night", "last week",
             "the next day", "2014", "13,200", "three-day", "for months", "Josep Borrell", "NATO", "U.S.",
             "Kyiv", "the State Department", "Organization for Security and Co-operation in Europe",
             "May", "18:00 UTC", "9 a.m.", "a year", "ago", "—", "’s", "\n\n", ". ", ", ", "(", ")", "\"",
             "🙂", "\x1b[31m", "[red]", "é", "\t", "from 2 to 4 p.m.", "at 7 tonight", "the weekend before",
             "March 2 of that year", "FY 2033-34", "Sat 9 Jul", "the fourth of July", "at 2000 local time",
             "two weeks from Monday", "the week after Christmas", "the winter of 2031-32", "formerly",
             "9 p.m. on Fridays", "three quarters of an hour", "a quarter of", "the first half",
             "Friday 16th", "Tuesday the 30th", "at half past three", "a quarter to midnight", "late in the decade",
             "by mid-century", "overnight", "every Tuesday and", "Thursday afternoon", "a decade later",
             "had risen by Sunday", "would be held", "two decades ago", "the 1600s", "years to the day after",
             "11.40pm on Saturday", "by 4am", "advised to travel", "Saturday mornings", "Friday nights",
             "two weeks back", "pushed two weeks back", "a matter of days", "came back two years later",
             "Monday and Tuesday nights", "the second and fourth quarters", "quarters of 2034",
             "every few months", "December sales", "schools break up", "end-July",
             "its last year", "that spring. Two years later",
             "2034 Elm Street", "the following decade", "a week ago Friday", "two weeks ago",
             "the first Sunday of each month", "open Monday to Friday", "from 8 a.m. to 6 p.m.",
             "who finished fifth last season,", "on the 15th if",
             "of February, when", "called off Friday's", "the turn of the year", "the same week",
             "originally scheduled for Sunday,", "will now be", "were held Jan. 4-6", "announced Jan. 4 that",
             "every other Saturday", "every spring", "each quarter", "effective Monday", "yesterday, March 3, 2031,",
             "two years later, in 1998", "at 10 p.m. An hour later", "April Kowalski", "Last Christmas",
             "June 20, 21 and 23", "just after midnight on Wednesday", "one-day", "high ground through",
             "the first decade of this century", "the back half of", "H1 revenue",
             "the rest of the year", "the remainder of the week", "this financial year",
             "2038 or later", "and beyond", "a year or two", "the year-ago third quarter",
             "Kate March", "more recently", "as recently as May", "tonight at 9"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30),
       st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_every_span_slices_the_text_to_its_own_text(parts, dct):
    text = " ".join(parts)
    ann = extract(text, dct=dct)
    for item in [*ann.timexes, *ann.entities]:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
    for a, b in zip(ann.timexes, ann.timexes[1:]):
        assert a.end <= b.start, "time expressions do not overlap"
    for s in ann.sentences:
        assert text[s.start:s.end].strip() == text[s.start:s.end]


def test_seed_spans_slice_their_files():
    for path in sorted(SEEDS.glob("*.txt")):
        text = open(path, encoding="utf-8").read()
        ann = extract(text)
        assert ann.timexes and ann.entities
        for item in [*ann.timexes, *ann.entities]:
            assert text[item.start:item.end] == item.text

from extract.header import parse_header
from extract.sentences import split_sentences


def cut(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Talks open on Jan. 12 in Geneva. U.S. officials and Michael M. Sears attend. Mr. Lee left."
    assert cut(text) == ["Talks open on Jan. 12 in Geneva.", "U.S. officials and Michael M. Sears attend.",
                         "Mr. Lee left."]


def test_paragraphs_and_headings_are_boundaries_but_wrapped_lines_are_not():
    text = ("BEIJING\n\nThe minister, speaking to reporters in the capital on Tuesday, said the\n"
            "talks would go on.\nA short line\nNext paragraph here.")
    assert cut(text) == ["BEIJING", "The minister, speaking to reporters in the capital on Tuesday, said the\n"
                         "talks would go on.", "A short line", "Next paragraph here."]


def test_quotes_close_with_the_sentence():
    assert cut('He said "it is over." Then he left.') == ['He said "it is over."', "Then he left."]


def test_header_title_rules():
    assert parse_header(" date 2022-01-09 Borrell calls\nBody").title == "Borrell calls"
    assert parse_header("A short headline\n\nBody text.").title == "A short headline"
    long_first = "This first line is a whole sentence of the article that goes on well past any headline. " * 2
    h = parse_header(long_first + "\nMore.")
    assert h.dct is None and len(h.title) <= 80 and h.title.endswith("…")
    assert parse_header(" date 2022-02-30 Bad date\nBody").dct is None


def test_a_clock_or_a_country_can_end_a_sentence_before_its_opener():
    text = "The next try is Saturday at 3:22 p.m. The launch was set for 4:33 p.m. Tuesday. They moved to the U.S. The firm grew."
    assert cut(text) == ["The next try is Saturday at 3:22 p.m.", "The launch was set for 4:33 p.m. Tuesday.",
                         "They moved to the U.S.", "The firm grew."]


def test_a_clock_zone_written_in_capitals_ends_a_sentence_but_est_the_abbreviation_does_not():
    text = "The next try is Friday at 7:22 pm EST. The team stood down. Crowds, est. 5,000 people, left."
    assert cut(text) == ["The next try is Friday at 7:22 pm EST.", "The team stood down.",
                         "Crowds, est. 5,000 people, left."]

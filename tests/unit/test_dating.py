"""An undated article dated from its own words and from the dated articles that tell its events."""
import json

import pytest

from extract import extract
from tui.cli import main

from stories import DATED_A, DATED_B, UNDATED_PAST, UNDATED_WEEKDAY



def records(capsys, tmp_path, files: dict, *options):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = main(["extract", "--format", "jsonl", *options, *(str(tmp_path / n) for n in files)])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {r["source"].rsplit("/", 1)[-1]: r for r in map(json.loads, out.splitlines())}


def test_an_undated_article_takes_its_years_from_the_dated_articles_and_is_bounded_by_them(tmp_path, capsys):
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "b.txt": DATED_B, "c.txt": UNDATED_WEEKDAY})
    c = got["c.txt"]
    # the last Tuesday before the summit still ahead (Tuesday 2031-03-11)
    assert (c["dct"], c["dct_source"]) == ("2031-03-11", "inferred")
    assert "Tuesday" in c["dct_reason"] and "March 12" in c["dct_reason"] and "2 dated articles" in c["dct_reason"]
    by_text = {t["text"]: t for t in c["timexes"]}
    # relative dates counted from the inferred date say so; the dated articles' do not
    assert by_text["Tuesday"]["value"] == "2031-03-11" and by_text["Tuesday"].get("inferred") is True
    assert by_text["March 12"]["value"] == "2031-03-12"
    assert not any(t.get("inferred") for t in got["a.txt"]["timexes"])


def test_a_day_told_as_past_bounds_the_creation_date_from_below(tmp_path, capsys):
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "d.txt": UNDATED_PAST})
    d = got["d.txt"]
    # (Wednesday) March 12 is past when officials speak on Friday: the first Friday after it
    assert (d["dct"], d["dct_source"]) == ("2031-03-14", "inferred")
    assert "already past" in d["dct_reason"]


def test_the_given_date_beats_the_inferred_one(tmp_path, capsys):
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "c.txt": UNDATED_WEEKDAY}, "--dct", "c.txt=2031-03-01")
    assert (got["c.txt"]["dct"], got["c.txt"]["dct_source"]) == ("2031-03-01", "option")


def test_a_month_still_ahead_bounds_an_interval_not_a_day(tmp_path, capsys):
    undated = "The minister said on Wednesday that the talks are expected to begin in April.\n"
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "b.txt": DATED_B, "e.txt": undated})
    e = got["e.txt"]
    assert e["dct"] is None and e["dct_between"] == "2031-03-01/2031-03-31"
    assert "April" in e["dct_reason"]
    april = [t for t in e["timexes"] if t["text"] == "April"]
    assert april and april[0]["value"] == "2031-04" and april[0]["inferred"] is True
    # a weekday is not guessed from an interval
    assert [t["value"] for t in e["timexes"] if t["text"] == "Wednesday"] == ["XXXX-WXX-3"]


@pytest.mark.parametrize("text,missing", [
    # a date written with its year is often background: alone, it dates nothing
    ("The alliance was founded on April 4, 1949, and its members met in Brussels on Tuesday.",
     "'April 4, 1949' bounds it, but nothing told fixes the day"),
    ("The bonds mature on June 30, 2040, the company said yesterday.",
     "'June 30, 2040' bounds it, but nothing told fixes the day"),
    # a yearless date with no dated article to take a year from
    ("The summit on March 12 will be held in Lisbon, officials said on Tuesday.",
     "its dates ('March 12') name no year"),
    ("The mill opened in 1998 and closed in 2005.", "it names years but no day or month of its own"),
    ("The mill is closed.", "it tells no date"),
])
def test_weak_evidence_leaves_an_article_undated_and_says_what_was_missing(text, missing):
    ann = extract(text)
    assert ann.dct is None and ann.dct_between is None
    assert ann.dct_reason == f"undated: {missing}"


def test_a_day_past_and_a_day_ahead_close_together_fix_the_day_from_the_text_alone():
    ann = extract("Envoys arrived in Geneva on Jan. 4, 2031, and said talks will open there on Jan. 10, 2031.")
    assert (ann.dct, ann.dct_source) == ("2031-01-04", "inferred")
    assert "Jan. 4, 2031" in ann.dct_reason and "Jan. 10, 2031" in ann.dct_reason


def test_an_article_dated_from_the_corpus_reads_as_if_that_date_had_been_given(tmp_path, capsys):
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "b.txt": DATED_B, "c.txt": UNDATED_WEEKDAY})["c.txt"]
    given = extract(UNDATED_WEEKDAY, dct=got["dct"], dct_source="inferred", dct_reason=got["dct_reason"])
    assert got["timexes"] == [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                               **({"inferred": True} if t.inferred else {})} for t in given.timexes]
    assert [(e["start"], e["end"], e["type"]) for e in got["entities"]] == [(e.start, e.end, e.type) for e in given.entities]


def test_inferring_never_depends_on_the_order_the_articles_are_given_in(tmp_path, capsys):
    files = {"a.txt": DATED_A, "b.txt": DATED_B, "c.txt": UNDATED_WEEKDAY, "d.txt": UNDATED_PAST}
    first = records(capsys, tmp_path, files)
    assert main(["extract", "--format", "jsonl", *(str(tmp_path / n) for n in reversed(list(files)))]) == 0
    out, _ = capsys.readouterr()
    again = {r["source"].rsplit("/", 1)[-1]: r for r in map(json.loads, out.splitlines())}
    assert {n: (r["dct"], r["dct_reason"]) for n, r in first.items()} == \
        {n: (r["dct"], r["dct_reason"]) for n, r in again.items()}


def test_a_wire_dateline_dates_the_report_and_is_no_event_of_its_own(tmp_path, capsys):
    from extract.events import find_events
    text = "EU talks\n\nBRUSSELS, Jan 4, 2031 (Reuters) - The European Union said on Tuesday it would meet on Jan. 10.\n"
    ann = extract(text)
    assert (ann.dct, ann.dct_source) == ("2031-01-04", "inferred")
    assert "dateline 'BRUSSELS, Jan 4, 2031 (Reuters)'" in ann.dct_reason
    assert [e.timex.text for e in find_events(text, ann, "d", "s")] == ["Tuesday", "Jan. 10"]
    # a colon after the wire's name, as South Asian wires write it; the year before a colon too
    assert extract("Port talks\n\nKARACHI, Jan 4, 2031 (APP): The ministry said on Tuesday it would meet.\n").dct \
        == "2031-01-04"
    assert extract("Port talks\n\nNEW DELHI, Jan 4, 2031: The ministry said on Tuesday it would meet.\n").dct \
        == "2031-01-04"
    # a press release's: the newswire between slashes, or dashes on both sides of the date
    assert extract("Acme expands\n\nNEW YORK, March 3, 2031 /PRNewswire/ -- Acme Corp. today announced a plant.\n"
                   ).dct == "2031-03-03"
    assert extract("Acme expands\n\nLONDON, UK – March 3, 2031 – Acme, a maker of widgets, today announced a plant.\n"
                   ).dct == "2031-03-03"
    # the agency's name may come before the date, with dashes on both sides of it
    assert extract("Downhill put off\n\nZERMATT, Switzerland (AP) — Feb. 11, 2031 — The race, set for Sunday, "
                   "was postponed to Thursday.\n").dct == "2031-02-11"
    # the wire's dashes may end the line
    own_line = "EU talks\n\nBRUSSELS, Jan 4, 2031 (Reuters) --\n\nThe Union said on Tuesday it would meet.\n"
    assert extract(own_line).dct == "2031-01-04"
    # a yearless dateline takes its year from the dated articles that tell the same events
    yearless = ("Lisbon summit\n\nLISBON, March 11 (Reuters) - The fisheries accord will be signed at the Lisbon "
                "summit on March 12, officials said on Monday.\n")
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "f.txt": yearless})
    assert got["f.txt"]["dct"] == "2031-03-11" and "dateline" in got["f.txt"]["dct_reason"]


def test_a_date_written_with_its_right_weekday_is_news_of_the_week_not_background():
    # 2031-03-09 is a Sunday: the quake is this week's news, and "on Monday" came after it
    ann = extract("A strong earthquake struck the coast on Sunday, March 9, 2031, officials said. "
                  "Aftershocks continued on Monday.")
    assert (ann.dct, ann.dct_source) == ("2031-03-10", "inferred")
    assert "'Sunday, March 9, 2031' already past" in ann.dct_reason
    # a weekday that is not that date's says nothing sure: the article stays undated
    ann = extract("A strong earthquake struck the coast on Friday, March 9, 2031, officials said.")
    assert ann.dct is None and ann.dct_between is None


@pytest.mark.parametrize("text,dct,said", [
    # a page's stamp: the date with its clock time, and what the page writes beside it
    ("Port strike ends\nMarch 3, 2031 / 4:05 PM / 2 years ago\n\nDockers went back to work on Monday.",
     "2031-03-03", "date line near the top: 'March 3, 2031 / 4:05 PM / 2 years ago'"),
    ("Port strike ends\n\n3 Mar 2031 16:05\n\nDockers went back to work on Monday.", "2031-03-03", "'3 Mar 2031 16:05'"),
    ("Port strike ends\n\n2031-03-03 10:17 Last Updated At:10:21\n\nDockers went back to work on Monday.",
     "2031-03-03", "'2031-03-03 10:17 Last Updated At:10:21'"),
    # a byline after the agency's and the city's segments, its date written in numbers, the day first
    ("Port strike ends\nPTA | Gdansk | Updated: 14-03-2031 09:10 CET\n\nDockers went back to work on Friday.",
     "2031-03-14", "byline near the top: 'PTA | Gdansk | Updated: 14-03-2031'"),
    ("Port strike ends\nPosted 04.03.2031\n\nDockers went back to work on Tuesday.", "2031-03-04", "Posted 04.03.2031"),
    # a two-figure year, as a numeric date reads it (00-49 the 2000s), never against today's date
    ("Port strike ends\nPosted: 3/4/31\n\nDockers went back to work on Tuesday.", "2031-03-04", "Posted: 3/4/31"),
    ("Port strike ends\n\n3/3/31 4:05 PM\n\nDockers went back to work on Monday.", "2031-03-03", "'3/3/31 4:05 PM'"),
    # the year first, with slashes; dots with the month first when the day cannot be one
    ("Port strike ends\n2031/03/03\n\nDockers went back to work on Monday.", "2031-03-03", "'2031/03/03'"),
    ("Port strike ends\nupdated 3:05 PM EDT 03.14.2031\n\nDockers went back to work on Friday.", "2031-03-14",
     "'updated 3:05 PM EDT 03.14.2031'"),
    # the clock time first; a British page's stamp and its "Last modified"
    ("Port strike ends\n\nPosted at 8:57 AM, Mar 3, 2031\n\nDockers went back to work on Monday.", "2031-03-03",
     "'Posted at 8:57 AM, Mar 3, 2031'"),
    ("Port strike ends\nUpdated 1:23 PM ET, Tue March 4, 2031\n\nDockers went back to work on Monday.",
     "2031-03-04", "'Updated 1:23 PM ET, Tue March 4, 2031'"),
    ("Port strike ends\nTue 4 Mar 2031 10.15 GMT\n\nDockers went back to work on Monday.", "2031-03-04",
     "'Tue 4 Mar 2031 10.15 GMT'"),
    ("Port strike ends\nLast modified on Wed 5 Mar 2031 09.02 GMT\n\nDockers went back to work on Monday.",
     "2031-03-05", "'Last modified on Wed 5 Mar 2031'"),
    # a desk's or an author's words before the stamp (with its clock time) or before "Published"
    ("Port strike ends\n\nHarbour Desk March 3, 2031 12:51:34 CET\n\nDockers went back to work on Monday.",
     "2031-03-03", "'Harbour Desk March 3, 2031 12:51:34 CET'"),
    ("Port strike ends\n\nJane Doe (@janedoe) Published March 3, 2031 | 08:08 PM\n\nDockers went back on Monday.",
     "2031-03-03", "byline near the top: 'Jane Doe (@janedoe) Published March 3, 2031'"),
    # the clock first, after a desk's words; a stamp whose clock is followed by what the page prints next
    ("Port strike ends\nLatest News 03:47 March 3, 2031\n\nDockers went back to work on Monday.",
     "2031-03-03", "'Latest News 03:47 March 3, 2031'"),
    ("Port strike ends\n\n9:40 pm on 3 March 2031\n\nDockers went back to work on Monday.",
     "2031-03-03", "date line near the top: '9:40 pm on 3 March 2031'"),
    ("Port strike ends\n\nMarch 3, 2031 4:05 pm2 commentsShare\n\nDockers went back to work on Monday.",
     "2031-03-03", "'March 3, 2031 4:05 pm2 commentsShare'"),
    # a byline's segments before its date; a date line with its update after it (the first date wins)
    ("Port strike ends\nBy JANE DOE | Harbour Desk | March 3, 2031\n\nDockers went back to work on Monday.",
     "2031-03-03", "'By JANE DOE | Harbour Desk | March 3, 2031'"),
    ("Port strike ends\nMar. 3, 2031 Updated Mar. 4, 2031, 7:00 a.m. ET\n\nDockers went back to work on Monday.",
     "2031-03-03", "date line near the top: 'Mar. 3, 2031 Updated"),
    # a byline's date before its update's, on one line
    ("Port strike ends\n\nBy Jane Doe on March 3, 2031 | Last updated on May 9, 2033\n\nDockers went back to work.",
     "2031-03-03", "'By Jane Doe on March 3, 2031 | Last updated on May 9, 2033'"),
    # a dateline of the date alone and its source
    ("Jan 22, 2031 (harbournews): Dockers went back to work on Monday after the strike.\n", "2031-01-22",
     "date line near the top: 'Jan 22, 2031 (harbournews)'"),
    # a weekday and its date opening the article's text, as a dateline, after a dash or before the words
    ("Tuesday, March 4, 2031 — Dockers went back to work on Monday after the strike.\n", "2031-03-04",
     "date line near the top: 'Tuesday, March 4, 2031'"),
    ("Port strike ends\nTuesday, 4 March 2031 Dockers went back to work on Monday.\n", "2031-03-04",
     "date line near the top: 'Tuesday, 4 March 2031'"),
    # ISO 8601 with its clock and zone, as feeds and page metadata write it
    ("Port strike ends\n2031-03-03T16:32:00Z\n\nDockers went back to work on Monday.",
     "2031-03-03", "date line near the top: '2031-03-03T16:32:00Z'"),
    # a stamp's "AT" in capitals
    ("Port strike ends\nJane Doe\nMarch 3, 2031 AT 08:20 AM EDT\n\nDockers went back to work on Monday.",
     "2031-03-03", "'March 3, 2031 AT 08:20 AM EDT'"),
    # a source's credit closing the article, even one so short that its last lines are among its first
    ("Dockers went back to work on Monday, the port said.\n(Harbour Gazette March 4, 2031)\n",
     "2031-03-04", "date line at the end: '(Harbour Gazette March 4, 2031)'"),
    # a feed's stamp in the article's last lines
    ("Port strike ends\n\nDockers went back to work on Monday.\n\nThe port reopened.\n\nShips sailed.\n\n"
     "March 3, 2031 at 07:34PM\n",
     "2031-03-03", "date line at the end: 'March 3, 2031 at 07:34PM'"),
    # a date line with its byline after a dash
    ("Port strike ends\nMarch 4, 2031 — By Jane Doe\n\nDockers went back to work on Monday.\n", "2031-03-04",
     "date line near the top: 'March 4, 2031 — By Jane Doe'"),
    # a wire's or a mail's own word for when it was written
    ("Port strike ends\nFiled 4 March 2031\n\nDockers went back to work on Monday.\n", "2031-03-04",
     "byline near the top: 'Filed 4 March 2031'"),
    ("Port strike ends\nWritten by Jane Doe on 4 March 2031\n\nDockers went back to work on Monday.\n",
     "2031-03-04", "byline near the top: 'Written by Jane Doe on 4 March 2031'"),
    ("Date: March 4, 2031\nSubject: port\n\nDockers went back to work on Monday.\n", "2031-03-04",
     "byline near the top: 'Date: March 4, 2031'"),
    # a republishing note closing the article
    ("Dockers went back to work on Monday.\n\nThis article was first published on 4 March 2031.\n",
     "2031-03-04", "date line at the end: 'This article was first published on 4 March 2031.'"),
    ("Dockers went back to work on Monday.\n\nThis story originally appeared in the Harbour Gazette on "
     "March 4, 2031. Read the original.\n",
     "2031-03-04", "date line at the end"),
])
def test_a_page_stamp_or_byline_dates_the_article(text, dct, said):
    from extract.events import find_events
    ann = extract(text)
    assert (ann.dct, ann.dct_source) == (dct, "inferred")
    assert said in ann.dct_reason
    # the stamp is when the page was written, not an event of the story
    assert all("Updated" not in e.title and "PM" not in e.title and "published" not in e.title
               and "appeared" not in e.title for e in find_events(text, ann, "d", "d"))


def test_a_sentence_opening_with_written_is_no_byline():
    ann = extract("Written in 1905, the song was banned on 4 March 1906.\n")
    assert "byline" not in (ann.dct_reason or "")


def test_a_report_published_at_the_end_is_no_stamp():
    # "The report was published on ..." tells of a report, not of the article
    ann = extract("Dockers went back to work on Monday.\n\nThe report was published on March 4, 2031.\n")
    assert "at the end" not in (ann.dct_reason or "")


def test_a_date_opening_a_history_is_no_dateline():
    # (no weekday: "June 6, 1944. Troops landed" tells the story's day, not the article's)
    ann = extract("March 4, 2031. Dockers went back to work after the strike.\n")
    assert "date line" not in (ann.dct_reason or "")


def test_a_stamp_written_with_hyphens_dates_the_article():
    got = extract("10-Sep-2031 11:27 AM\n\nThe carrier said its first jet will arrive in the spring.\n")
    assert (got.dct, got.dct_source) == ("2031-09-10", "inferred")


def test_a_bare_date_at_the_end_is_no_stamp():
    ann = extract("Port strike ends\n\nDockers went back to work on Monday.\n\nThe port reopened.\n\n"
                  "The next ballot:\n\nMarch 3, 2031\n")
    assert "at the end" not in (ann.dct_reason or "")
    # nor a date in brackets that is no source's credit
    ann = extract("Dockers went back to work on Monday.\nThe next ballot (March 3, 2031) is set.\n")
    assert "at the end" not in (ann.dct_reason or "")


def test_a_news_photo_caption_dates_the_report_but_an_archive_photo_does_not():
    body = ("\n\nDOCKLAND (Wire) - Dockers were back at work on Monday after a four-week strike, "
            "and the first ships will sail this week.\n")
    # 2031-03-10 is a Monday
    caption = "Port strike ends\n\nDockers walk past cranes in Gdansk, Poland March 10, 2031. REUTERS/Jan Kowal" + body
    ann = extract(caption)
    assert (ann.dct, ann.dct_source) == ("2031-03-10", "inferred")
    archive = "Port strike ends\n\nDockers walk past cranes in Gdansk, Poland March 3, 2031. REUTERS/Jan Kowal/File Photo" + body
    assert extract(archive).dct is None


def test_the_latest_date_told_is_the_day_its_weekday_names():
    # 2031-03-13 is a Thursday: "on Thursday" is that day, the report written then
    ann = extract("Engineers were at work on Thursday in the flooded town. The river burst its banks on "
                  "March 13, 2031, after a storm that began on March 9, 2031.")
    assert (ann.dct, ann.dct_source) == ("2031-03-13", "inferred")
    # a weekday that is no date's says nothing: the dates stay background
    ann = extract("Engineers were at work on Friday in the flooded town. The river burst its banks on "
                  "March 13, 2031.")
    assert ann.dct is None
    # nor does a stretch's start that shares a weekday by chance (2031-03-13 is a Thursday)
    ann = extract("Shares posted their best gain since March 13, 2031, on Thursday, after gains on Wednesday.")
    assert ann.dct is None


def test_a_yearless_date_with_the_wrong_weekday_for_the_story_takes_no_year(tmp_path, capsys):
    # the dated articles' story is of March 2031; March 13, 2031 is a Thursday, not a Sunday
    undated = ("The Lisbon summit on fisheries, Portugal said on Sunday, March 13, will be held in Lisbon "
               "with the European Union.\n")
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "b.txt": DATED_B, "g.txt": undated})
    assert got["g.txt"]["dct"] is None


def test_an_article_of_another_story_takes_no_years_from_the_dated_ones(tmp_path, capsys):
    # one dated article is no story for an article that names none of its people, bodies or places
    other = "The orchard harvest, growers in Yakima said on Monday, will begin on September 2.\n"
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "h.txt": other})
    assert got["h.txt"]["dct"] is None and got["h.txt"].get("dct_between") is None


def test_stamps_that_disagree_date_nothing_and_say_so():
    # a scraped page's "today" at the top, the story's own date line further down: neither is sure
    text = ("Harbour news\nMon Dec 01 2031, 03:07 PM\n\nLocal | Comment\n\nDockers back at work\n\n"
            "The port\n\n13 March 2031\n\nDockers went back to work on Thursday.\n")
    ann = extract(text)
    assert ann.dct is None and ann.dct_source is None
    assert ann.dct_reason == "undated: its date lines disagree ('Mon Dec 01 2031, 03:07 PM', '13 March 2031')"


def test_a_byline_that_says_published_beats_a_page_date_line_that_disagrees():
    # the site's "today" atop the page, the article's own publication at its end
    text = ("Harbour news\n\nMonday, December 1, 2031 | 11:36 PM IST\n\nDockers back at work\n\n"
            "Dockers went back to work on Thursday, the union said.\n\nFirst Published: Mar 13 2031 | 8:34 PM IST\n")
    ann = extract(text)
    assert (ann.dct, ann.dct_source) == ("2031-03-13", "inferred") and "First Published: Mar 13 2031" in ann.dct_reason
    assert [t.value for t in ann.timexes if t.text == "Thursday"] == ["2031-03-13"]


@pytest.mark.parametrize("undated, expected", [
    # a payment's day and a record date lie ahead of the declaration: the last Friday before it
    ("Portugal's fisheries fund declared a grant for the Lisbon harbour on Friday, payable March 12.\n",
     "2031-03-07"),
    # a deadline moved to a day, and a stretch from now to a day, end ahead
    ("Portugal extended to March 12 the deadline for Lisbon trawler licences, officials said on Monday.\n",
     "2031-03-10"),
    ("The ministry closed the Lisbon harbour to trawlers from now through March 12, officials said on Monday.\n",
     "2031-03-10"),
])
def test_a_day_still_ahead_told_by_a_payment_a_deadline_or_a_stretch_from_now(tmp_path, capsys, undated, expected):
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "b.txt": DATED_B, "u.txt": undated})
    assert got["u.txt"]["dct"] == expected
    assert "still ahead" in got["u.txt"]["dct_reason"]


@pytest.mark.parametrize("undated", [
    "Portugal's fleet landed 12,000 tonnes at Lisbon in the quarter ended March 12, the ministry said.\n",
    "Trawlers landed 900 tonnes at Lisbon from March 12, when the summit ended, the ministry said.\n",
    "Lisbon's port handled 40 ships through March 12, the harbour master said.\n",
])
def test_a_past_stretchs_edge_bounds_the_date_but_names_no_day(tmp_path, capsys, undated):
    # a report follows the end of its quarter by weeks: the quarter's last day is no guess of its own
    got = records(capsys, tmp_path, {"a.txt": DATED_A, "b.txt": DATED_B, "u.txt": undated})
    assert got["u.txt"]["dct"] is None


@pytest.mark.parametrize("text, expected", [
    # the writer's own day named beside a date with its year: that day, counted from the date
    ("Gales battered the harbour yesterday, March 3, 2031, and more rain is expected today.\n", "2031-03-04"),
    ("The port's figures, published today (4 March 2031), show a rise in traffic.\n", "2031-03-04"),
    ("The harbour master will speak tomorrow, March 5, 2031, at the quay.\n", "2031-03-04"),
])
def test_yesterday_or_today_beside_a_date_names_the_day_written(text, expected):
    ann = extract(text)
    assert (ann.dct, ann.dct_source) == (expected, "inferred")
    assert "2031" in ann.dct_reason and ann.dct_reason.startswith(expected)


def test_a_date_with_no_deictic_day_beside_it_still_only_bounds_the_day():
    ann = extract("Gales battered the harbour on March 3, 2031, and more rain is expected.\n")
    assert ann.dct is None and "bounds it" in ann.dct_reason

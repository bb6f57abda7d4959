"""A report's lead tells what it reports, often with no date of its own ("Jobs resigns"): it is an
event dated by its article, which a dated telling of the same happening elsewhere then dates."""
import hashlib
import json

from extract import extract
from extract.events import find_events
from extract.timeline import build_timeline

RESIGNS = ("Orvik Corp chief Dana Moss resigns\n\n"
           "Dana Moss resigned as chief executive of Orvik Corp, the shipping firm said in a statement.\n\n"
           "Analysts expect the shares to fall. The board meets again next month to name a successor.\n")
RECALLS = ("Orvik names new chief\n\nThe shipping firm Orvik Corp has named Lena Holt as its chief executive. "
           "On May 20, Dana Moss resigned as chief executive of Orvik Corp after six years.\n")


def events_of(*articles):
    out = []
    for name, text, dct in articles:
        digest = hashlib.sha256(text.encode()).hexdigest()
        out += find_events(text, extract(text, dct=dct), digest, name)
    return out


def test_a_lead_without_a_date_is_dated_by_its_article():
    events = events_of(("a.txt", RESIGNS, "2031-05-21"))
    lead = [e for e in events if e.reported]
    assert lead and all(e.value == "2031-05-20/2031-05-21" for e in lead)  # the day written, or the day before
    assert {RESIGNS[e.timex.start:e.timex.end] for e in lead} <= {"resigns", "resigned"}  # anchored on its word
    (entry,) = [e for e in build_timeline(events) if e.reported]
    assert entry.date == "2031-05-21" and not entry.conflict  # shown as the article's day


def test_a_dated_telling_elsewhere_dates_the_lead_and_never_disagrees_with_it():
    entries = build_timeline(events_of(("a.txt", RESIGNS, "2031-05-21"), ("b.txt", RECALLS, "2031-06-30")))
    (entry,) = [e for e in entries if any(s.source == "b.txt" and s.timex.text == "May 20" for s in e.sources)]
    assert {s.source for s in entry.sources} == {"a.txt", "b.txt"}
    assert entry.date == "2031-05-20" and not entry.conflict and entry.support == 2


def test_no_lead_event_when_the_opening_gives_its_date_or_looks_ahead():
    dated = ("Orvik Corp chief Dana Moss resigns\n\nDana Moss resigned on Tuesday as chief executive of Orvik Corp.\n")
    assert not [e for e in events_of(("a.txt", dated, "2031-05-23")) if e.reported]
    ahead = ("Orvik Corp to open a plant\n\nOrvik Corp will open a plant in Tamsby, the firm said.\n")
    assert not [e for e in events_of(("a.txt", ahead, "2031-05-23")) if e.reported]
    undated = ("Orvik Corp chief Dana Moss resigns\n\nDana Moss resigned as chief executive of Orvik Corp.\n")
    assert not [e for e in events_of(("a.txt", undated, None)) if e.reported]  # no article date, no date


def test_a_date_far_from_the_article_is_another_happening_not_a_conflict():
    other = ("Orvik Corp history\n\nThe shipping firm Orvik Corp was founded in Tamsby. "
             "On March 2, Dana Moss resigned as chief executive of Orvik Corp.\n")
    entries = build_timeline(events_of(("a.txt", RESIGNS, "2031-05-21"), ("b.txt", other, "2031-06-30")))
    assert not any(e.conflict for e in entries)
    assert all({s.source for s in e.sources} != {"a.txt", "b.txt"} for e in entries)


def test_the_json_export_says_a_source_is_dated_by_its_article(tmp_path):
    from tui.cli import main
    (tmp_path / "a.txt").write_text(RESIGNS, encoding="utf-8")
    out = tmp_path / "timeline.json"
    assert main(["export", "--format", "json", "--store", str(tmp_path / "store"), "--dct", "a.txt=2031-05-21",
                 "--output", str(out), str(tmp_path / "a.txt")]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    entry = next(e for e in data.get("events", data) if any(s.get("dated_by") == "article" for s in e["sources"]))
    assert entry["date"] == "2031-05-21"
    assert all(s["text"] in ("resigns", "resigned") for s in entry["sources"])  # its word, by offset


def test_the_csv_export_says_so_too(tmp_path):
    import csv
    from tui.cli import main
    (tmp_path / "a.txt").write_text(RESIGNS, encoding="utf-8")
    out = tmp_path / "timeline.csv"
    assert main(["export", "--format", "csv", "--store", str(tmp_path / "store"), "--dct", "a.txt=2031-05-21",
                 "--output", str(out), str(tmp_path / "a.txt")]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert any(r["dated_by"] == "article" and r["date"] == "2031-05-21" for r in rows)
    assert all(r["dated_by"] in ("", "article") for r in rows)

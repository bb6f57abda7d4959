"""dateline export: every format parses back with a real parser, hostile article text included, and
the stored corrections apply."""
import csv
import hashlib
import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from extract.model import Anchor, Correction
from store import Store
from tui.cli import main

from helpers import FIXTURES

FIXTURES = FIXTURES / "timeline"
HOSTILE = (' date 2023-03-10 <script>alert("x")</script> =cmd|\' /C calc\'!A0\n'
           'Ministers of France and Germany met in Paris on March 8 over <b>gas</b> "prices" 🙂.\n\n'
           '=HYPERLINK("http://evil") said the ministers met again in Paris on March 9 over [red]gas[/red].\n\n'
           '@SUM(1+1) Officials from France and Germany held talks in Paris on March 10, a <i>spokesman</i> said.\n')


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for f in FIXTURES.glob("*.txt"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return folder


def export(capsys, *args):
    code = main(["export", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def test_json_is_the_full_contract(articles, capsys, tmp_path):
    out, _ = export(capsys, "--store", str(tmp_path / "st"), "--format", "json", str(articles))
    events = json.loads(out)["events"]
    assert events
    for ev in events:
        assert {"id", "date", "title", "conflict", "participants", "place", "status", "sources"} <= set(ev)
        assert ev["status"] == "auto" and isinstance(ev["participants"], list)
        for s in ev["sources"]:
            assert {"source", "start", "end", "text", "value", "conflict", "sentence", "trigger"} <= set(s)
            text = open(s["source"], encoding="utf-8").read()
            assert text[s["start"]:s["end"]] == s["text"] and s["text"] in s["sentence"]
            t = s["trigger"]  # the word naming the happening, by offset like the date
            assert t is None or text[t["start"]:t["end"]] == t["text"] and t["text"] in s["sentence"]
    assert any(ev["conflict"] for ev in events)
    assert sum(s["trigger"] is not None for ev in events for s in ev["sources"]) >= len(events) // 2


def test_csv_round_trips_and_neutralises_formulas(articles, capsys):
    out, _ = export(capsys, "--format", "csv", str(articles))
    rows = list(csv.reader(io.StringIO(out)))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["id", "date", "title", "status"] and body
    for row in body:
        assert len(row) == len(header)
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), cell
    assert any(cell.startswith("'=") or cell.startswith("'@") for row in body for cell in row)


def test_ics_parses_with_icalendar_and_uids_are_stable(articles, capsys):
    out, _ = export(capsys, "--format", "ics", str(articles))
    cal = Calendar.from_ical(out)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert events
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids) and all(u.endswith("@dateline") for u in uids)
    day = next(e for e in events if "Paris" in str(e.get("LOCATION", "")))
    assert day.decoded("DTSTART").isoformat() == "2023-03-08" and day.decoded("DTEND").isoformat() == "2023-03-09"
    out2, _ = export(capsys, "--format", "ics", str(articles))
    assert [str(e["UID"]) for e in Calendar.from_ical(out2).walk() if e.name == "VEVENT"] == uids


def test_timelinejs_follows_the_schema_and_escapes_html(articles, capsys):
    out, _ = export(capsys, "--format", "timelinejs", str(articles))
    doc = json.loads(out)
    assert isinstance(doc["events"], list) and doc["events"]
    ids = set()
    for ev in doc["events"]:
        assert ev["start_date"]["year"].isdigit()
        for part in ("month", "day"):
            if part in ev["start_date"]:
                assert ev["start_date"][part].isdigit()
        if "end_date" in ev:
            assert ev["end_date"]["year"].isdigit()
        assert set(ev["text"]) == {"headline", "text"}
        assert ev["unique_id"] not in ids
        ids.add(ev["unique_id"])
    raw = json.dumps(doc, ensure_ascii=False)
    assert "<b>gas" not in raw and "<script>" not in raw and "&lt;b&gt;gas&lt;/b&gt;" in raw and "🙂" in raw


def test_markdown_groups_by_date_and_keeps_text_inert(articles, capsys):
    out, _ = export(capsys, "--format", "md", str(articles))
    assert out.startswith("# Timeline") and "## 2023" in out and "### March 2023" in out
    assert "<b>gas" not in out and "\\<b\\>gas\\</b\\>" in out
    assert "conflicting date" in out


def test_output_file_is_written_and_said(articles, capsys, tmp_path):
    target = tmp_path / "out" / "timeline.ics"
    target.parent.mkdir()
    code = main(["export", "--format", "ics", "-o", str(target), str(articles)])
    err = capsys.readouterr().err
    assert code == 0 and "wrote" in err and Calendar.from_ical(target.read_text())


def test_stored_corrections_apply_and_rejected_events_stay_out(articles, capsys, tmp_path):
    store = tmp_path / "st"
    first, _ = export(capsys, "--store", str(store), "--format", "json", str(articles))
    events = json.loads(first)["events"]
    paris = next(e for e in events if e["place"] == "Paris" and len(e["sources"]) > 1)
    other = next(e for e in events if e is not paris)

    def anchor(ev):
        s = ev["sources"][0]
        text = open(s["source"], encoding="utf-8").read()
        return Anchor(hashlib.sha256(text.encode()).hexdigest(), "timex", s["start"], s["end"], s["text"])

    with Store.open(store) as st:
        st.add_correction(Correction("event.date", anchor(paris), "2023-03-07"))
        st.add_correction(Correction("event.title", anchor(paris), "Energy ministers meet in Paris"))
        st.add_correction(Correction("event.reject", anchor(other)))
    out, _ = export(capsys, "--store", str(store), "--format", "json", str(articles))
    by_id = {e["id"]: e for e in json.loads(out)["events"]}
    assert by_id[paris["id"]]["date"] == "2023-03-07" and by_id[paris["id"]]["status"] == "edited"
    assert by_id[paris["id"]]["title"] == "Energy ministers meet in Paris"
    assert by_id[other["id"]]["status"] == "rejected"  # json keeps it, with its status
    csv_out, _ = export(capsys, "--store", str(store), "--format", "csv", str(articles))
    assert other["id"] not in csv_out and paris["id"] in csv_out


def test_without_paths_the_sessions_sources_are_exported(articles, capsys, tmp_path):
    with Store.open(tmp_path / "st") as st:
        st.set_session({"sources": [str(articles / "a.txt")]})
    out, _ = export(capsys, "--store", str(tmp_path / "st"))
    assert all(s["source"].endswith("a.txt") for e in json.loads(out)["events"] for s in e["sources"])


def test_export_with_nothing_to_export_says_so(capsys, tmp_path):
    code = main(["export", "--store", str(tmp_path / "empty")])
    assert code == 2 and "no articles" in capsys.readouterr().err


def test_the_palette_offers_every_export_format():
    from store.export import FORMATS, WRITERS
    from store.formats import format_of
    from tui.commands import FORMATS as PALETTE_FORMATS
    assert PALETTE_FORMATS == FORMATS and set(WRITERS) == set(FORMATS)
    assert format_of(Path("t.timeline.json")) == "timelinejs" and format_of(Path("T.JSON")) == "json"
    assert format_of(Path("t.txt")) is None

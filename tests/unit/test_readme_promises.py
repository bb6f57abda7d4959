"""What the README says about reading files, where the store lives, the cache and two exports."""
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from icalendar import Calendar

from extract import EXTRACTOR_VERSION
from store import Store, resolve_store_path
from store.corpus import annotate
from store.export import to_ics, to_md, to_timelinejs
from tui.cli import main
from store.sources import MAX_ARTICLE_BYTES, read_sources

from helpers import ROOT

ARTICLE = " date 2022-01-09 Borrell calls\n\nBorrell spoke with Jens Stoltenberg on Tuesday in Kyiv.\n"


def test_piped_the_reader_prints_the_table(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "DATELINE_STORE": str(tmp_path / "store")}
    proc = subprocess.run([sys.executable, "-m", "tui.cli", str(tmp_path / "a.txt")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    assert "created 2022-01-09 (header)" in proc.stdout and "Tuesday" in proc.stdout and "2022-01-04" in proc.stdout


def test_folders_are_read_recursively_with_or_without_a_suffix_and_hidden_files_skipped(tmp_path):
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "NOTES").write_text(ARTICLE + "\nNotes.", encoding="utf-8")       # no suffix
    (tmp_path / "deep" / "b.md").write_text(ARTICLE + "\nB.", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    sources, problems = read_sources([str(tmp_path)])
    assert [Path(s.path).relative_to(tmp_path).as_posix() for s in sources] == ["a.txt", "deep/b.md", "deep/er/NOTES"]
    assert problems == []


def test_an_article_over_the_size_limit_is_skipped_with_its_size_and_the_rest_read(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(MAX_ARTICLE_BYTES + 1)  # a sparse file: no 10 MiB written
    at_limit = tmp_path / "ok.txt"
    at_limit.write_text(ARTICLE, encoding="utf-8")
    sources, problems = read_sources([str(big), str(at_limit)])
    assert [s.path for s in sources] == [str(at_limit)]
    assert len(problems) == 1 and "over the 10 MiB limit" in problems[0].reason


def test_the_store_is_the_option_else_the_variable_else_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DATELINE_STORE", str(tmp_path / "from-env"))
    assert resolve_store_path(str(tmp_path / "from-option")) == tmp_path / "from-option"
    assert resolve_store_path(None) == tmp_path / "from-env"
    monkeypatch.delenv("DATELINE_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    if sys.platform.startswith("linux"):
        assert resolve_store_path(None) == tmp_path / "xdg" / "dateline" / "store"


class _Src:
    def __init__(self, path, text):
        self.path, self.text = path, text
        self.digest = hashlib.sha256(text.encode()).hexdigest()


def test_the_extraction_cache_is_keyed_by_extractor_version_and_a_corrupt_cache_is_rebuilt(tmp_path):
    src = _Src("a.txt", ARTICLE)
    with Store.open(tmp_path / "s") as s:
        # an entry an older extractor left: never read as if it were this one's
        s.save_annotations([(src.digest, "0:", {"title": "stale", "dct": None, "dct_source": None,
                                                "sentences": [], "timexes": [], "entities": []})])
        [doc] = annotate([src], {}, s)
        assert doc.annotations.title == "Borrell calls" and doc.annotations.timexes
        assert s.annotations(src.digest, f"{EXTRACTOR_VERSION}:") is not None  # kept under this version
    derived = tmp_path / "s" / "derived" / f"{src.digest[:2]}.json"
    derived.write_bytes(b"\x00 not json")
    with Store.open(tmp_path / "s") as s:
        assert s.annotations(src.digest, f"{EXTRACTOR_VERSION}:") is None
        assert any("rebuilt" in n for n in s.notices)
        [doc] = annotate([src], {}, s)
        assert doc.annotations.timexes
    assert json.loads(derived.read_text())  # written again, whole


def _row(date, title="Talks"):
    return {"id": "e1", "date": date, "title": title, "conflict": False, "participants": ["EU"], "place": None,
            "status": "auto", "support": 1, "notes": [], "sources": [
                {"source": "a.txt", "start": 0, "end": 4, "text": "then", "value": date, "conflict": False,
                 "sentence": "Talks then."}]}


def test_ics_events_span_every_day_of_a_range_week_or_month():
    cal = Calendar.from_ical(to_ics([_row("2022-01-04/2022-01-06"), _row("2022-W02") | {"id": "e2"},
                                     _row("2022-02") | {"id": "e3"}]))
    spans = [(e.decoded("dtstart").isoformat(), e.decoded("dtend").isoformat()) for e in cal.walk("VEVENT")]
    # all-day events: DTEND is the day after the last
    assert spans == [("2022-01-04", "2022-01-07"), ("2022-01-10", "2022-01-17"), ("2022-02-01", "2022-03-01")]


def test_timelinejs_dates_are_as_precise_as_known():
    events = json.loads(to_timelinejs([_row("2022-01-04/2022-01-06"), _row("2022-02") | {"id": "e2"},
                                       _row("2022") | {"id": "e3"}]))["events"]
    assert events[0]["start_date"] == {"year": "2022", "month": "1", "day": "4"}
    assert events[0]["end_date"] == {"year": "2022", "month": "1", "day": "6"}
    assert events[1]["start_date"] == {"year": "2022", "month": "2", "display_date": "February 2022"}
    assert events[2]["start_date"] == {"year": "2022", "display_date": "2022"}


def test_every_export_format_from_the_command_line_parses(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for fmt, check in (("json", json.loads), ("timelinejs", json.loads), ("ics", Calendar.from_ical),
                       ("csv", lambda s: s.splitlines()[1]), ("md", lambda s: s.index("## 2022"))):
        assert main(["export", "--format", fmt, str(tmp_path / "a.txt")]) == 0
        check(capsys.readouterr().out)


def test_ics_writes_a_utc_stamp_and_a_coarse_date_as_one_day_said_so():
    cal = Calendar.from_ical(to_ics([_row("2002"), _row("2015-Q3") | {"id": "e2"}]))
    events = list(cal.walk("VEVENT"))
    assert all(e.decoded("dtstamp").tzinfo is not None for e in events)  # RFC 5545: a UTC date-time
    assert [e.decoded("dtstart").isoformat() for e in events] == ["2002-01-01", "2015-07-01"]
    assert all("DTEND" not in e for e in events)  # one all-day event, not a year-long block
    assert "known only as 2002" in str(events[0]["description"])


def test_timelinejs_spans_a_week_shows_partial_dates_in_words_and_quotes_the_sentence():
    events = json.loads(to_timelinejs([_row("2022-W02"), _row("2022-02") | {"id": "e2"},
                                       _row("2015-Q3") | {"id": "e3"}, _row("2022-01-08TNI") | {"id": "e4"}]))["events"]
    assert events[0]["start_date"] == {"year": "2022", "month": "1", "day": "10", "display_date": "week 2 of 2022"}
    assert events[0]["end_date"] == {"year": "2022", "month": "1", "day": "16"}
    assert events[1]["start_date"] == {"year": "2022", "month": "2", "display_date": "February 2022"}
    assert "end_date" not in events[1]
    assert events[2]["start_date"]["display_date"] == "Q3 2015"
    assert events[3]["start_date"]["display_date"] == "8 January 2022, night"
    assert all("group" not in e for e in events)  # no row per first participant
    assert "Talks then." in events[0]["text"]["text"] and "a.txt" in events[0]["text"]["text"]


def test_markdown_files_a_year_only_date_under_its_year_not_a_month():
    md = to_md([_row("2002") | {"id": "e2", "title": "Year only"}, _row("2002-01-04"),
                _row("2002-Q3") | {"id": "e3", "title": "A quarter"}])
    lines = [ln for ln in md.splitlines() if ln.startswith("#") or ln.startswith("- ")]
    assert lines[1:] == ["## 2002", "### 2002, no closer date", lines[3], "### January 2002", lines[5],
                         "### Q3 2002", lines[7]]
    assert "Year only" in lines[3] and "A quarter" in lines[7]


def test_export_and_the_reader_share_one_pipeline_and_its_cache(tmp_path, capsys):
    # an article's cached annotations (as the reader keeps them) are what `dateline export` reads
    from tui.cli import main
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    src = _Src(str(folder / "a.txt"), ARTICLE)
    with Store.open(tmp_path / "s") as s:
        [doc] = annotate([src], {}, s)  # the reader's first read keeps it
        cached = s.annotations(src.digest, f"{EXTRACTOR_VERSION}:")
        assert cached is not None
        for t in cached["timexes"]:
            t[4] = "2031-02-03"  # mark the cached copy: a value extraction would not give
        s.save_annotations([(src.digest, f"{EXTRACTOR_VERSION}:", cached)])
    assert main(["export", "--store", str(tmp_path / "s"), "--format", "json", str(folder)]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert events and all(e["date"] == "2031-02-03" for e in events)

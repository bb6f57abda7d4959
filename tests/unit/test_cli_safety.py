"""The command line with hostile paths, outputs, stores and text: nothing overwritten that is not
an export, nothing dropped in silence, no control character written to a terminal."""
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from extract.model import Anchor, Correction
from store import Store
from tui.cli import main

from helpers import ROOT

ARTICLE = " date 2022-01-09 Borrell calls\n\nBorrell spoke with Jens Stoltenberg on Tuesday in Kyiv.\n"
# a title that sets the terminal's title (OSC 2), a bell, colours, a CSI in C1, a bidi override
HOSTILE = (" date 2022-01-09 Talks \x1b]2;owned\x07 end \x1b[31mred\x1b[0m\n\n"
           "Borrell \u202eelttil\u202c spoke with Jens\x9b31m Stoltenberg on Tuesday in Kyiv \x1b]52;c;ZXZpbA==\x07.\n")
RAW_CONTROLS = ["\x1b", "\x07", "\x9b", "\u202e", "\u202c"]


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    return f


@pytest.fixture
def hostile(tmp_path):
    f = tmp_path / "hostile.txt"
    f.write_text(HOSTILE, encoding="utf-8")
    return f


# ---------------------------------------------------------------------------------------------
# where an export may go

def test_a_fifo_or_folder_is_refused_and_left_as_it_is(tmp_path, article, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "export", "-o", str(fifo), str(article))
    assert code == 1 and "FIFO" in err and "nothing was written" in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    code, _, err = run(capsys, "export", "-o", str(tmp_path), str(article))
    assert code == 1 and "is a folder" in err


def test_a_device_is_refused(tmp_path, article, capsys):
    dev = tmp_path / "null"
    try:
        os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of the test's own
    except (PermissionError, OSError):
        pytest.skip("cannot make a device node here")
    code, _, err = run(capsys, "export", "-o", str(dev), str(article))
    assert code == 1 and "is a device" in err
    assert stat.S_ISCHR(os.stat(dev).st_mode)


def test_an_article_being_read_is_never_the_output(tmp_path, article, capsys):
    code, _, err = run(capsys, "export", "-o", str(article), str(article))
    assert code == 1 and "one of the articles" in err
    assert article.read_text(encoding="utf-8") == ARTICLE
    link = tmp_path / "link.json"
    link.symlink_to(article)
    code, _, err = run(capsys, "export", "-o", str(link), str(tmp_path))
    assert code == 1 and article.read_text(encoding="utf-8") == ARTICLE


def test_a_symlink_is_followed_and_stays_a_link(tmp_path, article, capsys):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "timeline.json"
    link.symlink_to(target)
    code, _, err = run(capsys, "export", "-o", str(link), str(article))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["events"]


def test_a_replaced_file_keeps_its_mode_and_a_hard_link_sees_the_export(tmp_path, article, capsys):
    out = tmp_path / "t.json"
    out.write_text("old")
    os.chmod(out, 0o640)
    other = tmp_path / "other-name.json"
    os.link(out, other)
    code, _, err = run(capsys, "export", "-o", str(out), str(article))
    assert code == 0, err
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640
    assert os.path.samefile(out, other) and json.loads(other.read_text())["events"]


def test_a_new_file_gets_the_users_umask_not_0600(tmp_path, article, capsys):
    old = os.umask(0o022)
    try:
        code, _, err = run(capsys, "export", "-o", str(tmp_path / "new.json"), str(article))
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(os.stat(tmp_path / "new.json").st_mode) == 0o644


# ---------------------------------------------------------------------------------------------
# a store that cannot be read in full

def _store_with_a_correction(folder: Path, article: Path) -> Path:
    import hashlib
    digest = hashlib.sha256(article.read_text(encoding="utf-8").encode()).hexdigest()
    text = article.read_text(encoding="utf-8")
    at = text.index("Tuesday")
    with Store.open(folder) as s:
        s.add_correction(Correction("event.reject", Anchor(digest, "timex", at, at + 7, "Tuesday")))
    return folder / "user" / f"docs-{digest[:2]}.json"


@pytest.mark.parametrize("damage", [b"", b"{trunc", b"null", b"[]", b"\x00" * 10])
def test_export_with_unreadable_corrections_says_so_and_fails_unless_told_to_go_on(tmp_path, article, capsys, damage):
    shard = _store_with_a_correction(tmp_path / "s", article)
    shard.write_bytes(damage)
    code, out, err = run(capsys, "export", "--store", str(tmp_path / "s"), str(article))
    assert code == 1 and out == ""
    assert shard.name in err and "could not be read" in err and "--keep-going" in err
    code, out, err = run(capsys, "export", "--keep-going", "--store", str(tmp_path / "s"), str(article))
    assert code == 0 and json.loads(out)["events"] and shard.name in err
    assert shard.read_bytes() == damage  # a script only reads: the file is left for the reader to set aside


def test_a_corrupt_session_file_fails_export_too(tmp_path, article, capsys):
    _store_with_a_correction(tmp_path / "s", article)
    (tmp_path / "s" / "user" / "session.json").write_bytes(b"{")
    code, _, err = run(capsys, "export", "--store", str(tmp_path / "s"), str(article))
    assert code == 1 and "session.json" in err


def test_a_store_of_a_newer_schema_fails_export_and_extract(tmp_path, article, capsys):
    _store_with_a_correction(tmp_path / "s", article)
    meta = tmp_path / "s" / "meta.json"
    data = json.loads(meta.read_text())
    data["meta"]["1"]["schema"] = 99
    meta.write_text(json.dumps(data))
    for command in ("export", "extract"):
        code, out, err = run(capsys, command, "--store", str(tmp_path / "s"), str(article))
        assert code == 1 and out == "" and "newer dateline" in err
    code, out, _ = run(capsys, "export", "--keep-going", "--store", str(tmp_path / "s"), str(article))
    assert code == 0 and json.loads(out)


# ---------------------------------------------------------------------------------------------
# no control character reaches a terminal

@pytest.mark.parametrize("fmt", ["json", "csv", "md", "ics", "timelinejs"])
def test_no_export_format_carries_a_control_character(hostile, capsys, fmt):
    code, out, err = run(capsys, "export", "--format", fmt, str(hostile))
    assert code == 0, err
    assert [c for c in RAW_CONTROLS if c in out] == []
    assert "Stoltenberg" in out


def test_jsonl_escapes_controls_and_the_text_decodes_to_the_original(hostile, capsys):
    code, out, err = run(capsys, "extract", "--format", "jsonl", str(hostile))
    assert code == 0, err
    assert [c for c in RAW_CONTROLS if c in out] == [] and "\\u001b" in out  # (in the title)
    record = json.loads(out)
    text = hostile.read_text(encoding="utf-8")
    assert record["title"] == text.splitlines()[0][17:].strip()
    for item in record["timexes"] + record["entities"]:
        assert text[item["start"]:item["end"]] == item["text"]


def test_the_table_and_every_message_show_controls_as_escapes(hostile, tmp_path, capsys):
    code, out, err = run(capsys, "extract", str(hostile), str(tmp_path / "no\x1b]2;x\x07such"))
    assert code == 0
    assert [c for c in RAW_CONTROLS if c in out + err] == []


def test_markdown_never_links_a_bare_address(tmp_path, capsys):
    f = tmp_path / "links.txt"
    f.write_text(" date 2022-01-09 Links\n\nPress@evil.example met www.evil.example at https://evil.example/x "
                 "on Tuesday in Kyiv.\n", encoding="utf-8")
    code, out, err = run(capsys, "export", "--format", "md", str(f))
    assert code == 0, err
    assert "https\\://evil.example" in out and "www\\.evil" in out and "`Press@evil.example`" in out
    assert "https://" not in out and "www.evil" not in out


# ---------------------------------------------------------------------------------------------
# paths and dates that look like something else

def test_a_file_named_like_an_option_is_read_after_double_dash(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("--store=evil.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "extract", "--format", "jsonl", "--", "--store=evil.txt")
    assert code == 0, err
    assert json.loads(out)["source"] == "--store=evil.txt"
    assert not Path("evil.txt").exists()
    code, out, err = run(capsys, "export", "--", "--store=evil.txt")
    assert code == 0 and json.loads(out)["events"]


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "0999-12-31"])
def test_a_creation_date_past_the_range_is_refused_with_the_range(article, capsys, day):
    code, _, err = run(capsys, "extract", "--dct", day, str(article))
    assert code == 2 and "1000-01-01 to 9898-12-31" in err


def test_a_header_date_past_the_range_leaves_the_article_undated_not_broken(tmp_path, capsys):
    f = tmp_path / "far.txt"
    f.write_text(" date 9999-12-31 Far future\n\nThey met on Tuesday and will meet again next century.\n",
                 encoding="utf-8")
    for args in (["extract", "--format", "jsonl"], ["export", "--format", "ics"], ["export"]):
        code, out, err = run(capsys, *args, str(f))
        assert code == 0, err
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(f))
    assert json.loads(out)["dct"] is None


def test_a_byte_order_mark_does_not_hide_the_header(tmp_path, capsys):
    f = tmp_path / "bom.txt"
    f.write_bytes(("\ufeff" + ARTICLE).encode("utf-8"))
    code, out, _ = run(capsys, "extract", "--format", "jsonl", str(f))
    record = json.loads(out)
    assert (record["dct"], record["dct_source"], record["title"]) == ("2022-01-09", "header", "Borrell calls")
    text = open(f, encoding="utf-8").read()
    assert all(text[t["start"]:t["end"]] == t["text"] for t in record["timexes"])


def test_a_symlink_loop_and_an_unreadable_folder_say_what_they_are(tmp_path, capsys, monkeypatch):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    code, _, err = run(capsys, "extract", str(loop))
    assert code == 1 and "loops back on itself" in err
    folder = tmp_path / "locked"
    folder.mkdir()
    real_scandir = os.scandir

    def denied(path="."):
        if str(path) == str(folder):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", denied)
    code, _, err = run(capsys, "extract", str(folder))
    assert "cannot be read (Permission denied)" in err and "holds no article" not in err


def test_one_article_the_extraction_fails_on_costs_only_itself(tmp_path, article, capsys, monkeypatch):
    bad = tmp_path / "bad.txt"
    bad.write_text(" date 2022-01-09 Bad\n\nTRIGGER on Tuesday.\n", encoding="utf-8")
    import extract as extract_module
    real = extract_module.extract

    def failing(text, *a, **k):
        if "TRIGGER" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text, *a, **k)

    import store.corpus
    monkeypatch.setattr(extract_module, "extract", failing)
    monkeypatch.setattr(store.corpus, "extract", failing)
    code, out, err = run(capsys, "extract", "--format", "jsonl", str(bad), str(article))
    assert code == 0 and "bad.txt: extraction failed (RecursionError" in err and "please report it" in err
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(bad), str(article)]
    code, out, err = run(capsys, "export", str(bad), str(article))
    assert code == 0 and "bad.txt: extraction failed" in err and json.loads(out)["events"]


def test_no_traceback_for_a_hostile_batch_in_a_real_process(tmp_path, hostile):
    """The whole hostile corpus, as a user runs it: one line per problem, never a traceback."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "names.txt").write_text("John Smith " * 1500, encoding="utf-8")
    (folder / "dates.txt").write_text("January 1, " * 3000, encoding="utf-8")
    (folder / "edge.txt").write_text(" date 1000-01-01 Edge\n\nIt happened 3000 years ago, on Tuesday, the "
                                     "day before, and in the last century.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (folder / "empty.txt").write_text("")
    before = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    env = {**os.environ, "DATELINE_STORE": str(tmp_path / "store")}
    for args in (["extract", "--format", "jsonl"], ["export", "--format", "csv"], ["export", "--format", "ics"],
                 ["export", "--format", "md"], ["export", "--format", "timelinejs"]):
        proc = subprocess.run([sys.executable, "-m", "tui.cli", *args, str(folder)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
        assert [c for c in RAW_CONTROLS if c in proc.stdout + proc.stderr] == []
        assert "binary file" in proc.stderr and "not valid UTF-8" in proc.stderr and "empty file" in proc.stderr
    assert {p: p.stat().st_mtime_ns for p in folder.iterdir()} == before


def test_a_store_holding_an_edge_date_from_an_older_dateline_still_exports(tmp_path, article, capsys):
    """A store written before dates were limited (an event dated 9999-12-31) must not break every export."""
    import hashlib
    text = article.read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    at = text.index("Tuesday")
    with Store.open(tmp_path / "s") as s:
        s.add_correction(Correction("event.date", Anchor(digest, "timex", at, at + 7, "Tuesday"), "9999-12-31"))
    for fmt in ("json", "csv", "md", "ics", "timelinejs"):
        code, out, err = run(capsys, "export", "--format", fmt, "--store", str(tmp_path / "s"), str(article))
        assert code == 0, err
    code, out, _ = run(capsys, "export", "--store", str(tmp_path / "s"), str(article))
    assert [e["date"] for e in json.loads(out)["events"]] == ["9999-12-31"]

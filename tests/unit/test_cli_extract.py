"""`dateline extract`: the contract scripts rely on, and bad input that never costs the good."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

from helpers import ROOT

SEEDS = ROOT / "seeds"
ARTICLE = " date 2022-01-09 Borrell calls\n\nBorrell spoke with Jens Stoltenberg on Tuesday in Kyiv.\n"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def records(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_jsonl_contract(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "extract", "--format", "jsonl", str(f))
    assert code == 0 and err == ""
    [r] = records(out)
    assert set(r) >= {"source", "title", "dct", "dct_source", "timexes", "entities"}
    assert (r["source"], r["title"], r["dct"], r["dct_source"]) == (str(f), "Borrell calls", "2022-01-09", "header")
    text = open(f, encoding="utf-8").read()
    assert {"start", "end", "text", "type", "value"} == set(r["timexes"][0])
    for item in r["timexes"] + r["entities"]:
        assert text[item["start"]:item["end"]] == item["text"]
    assert ("Tuesday", "2022-01-04") in [(t["text"], t["value"]) for t in r["timexes"]]
    assert {"start", "end", "text", "type"} == set(r["entities"][0])


def test_dct_options_by_name_and_for_all(tmp_path, capsys):
    for name, who in (("a.txt", "They"), ("b.txt", "We")):
        (tmp_path / name).write_text(f"{who} met on Tuesday.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", "--format", "jsonl", "--dct", "2022-01-09", "--dct", "b.txt=2021-12-22",
                       str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    a, b = records(out)
    assert (a["dct"], a["dct_source"], a["timexes"][0]["value"]) == ("2022-01-09", "option", "2022-01-04")
    assert (b["dct"], b["dct_source"], b["timexes"][0]["value"]) == ("2021-12-22", "option", "2021-12-21")


def test_undated_files_stay_undated(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("They met on Tuesday.", encoding="utf-8")
    _, out, _ = run(capsys, "extract", "--format", "jsonl", str(tmp_path / "a.txt"))
    [r] = records(out)
    assert (r["dct"], r["dct_source"], r["timexes"][0]["value"]) == (None, None, "XXXX-WXX-2")
    assert r["dct_reason"] == "undated: its dates ('Tuesday') name no year"
    _, out, _ = run(capsys, "extract", str(tmp_path / "a.txt"))
    assert "undated: its dates ('Tuesday') name no year; relative dates stay unresolved" in out


def test_an_invalid_dct_is_one_clear_line(capsys):
    code, out, err = run(capsys, "extract", "--dct", "a.txt=2022-02-30", str(SEEDS))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "2022-02-30" in err and "YYYY-MM-DD" in err


@pytest.fixture
def bad_inputs(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks on Tuesday".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "emptydir").mkdir()
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:  # a sparse 50 MB file: costs no disk, and must never be read
        fh.truncate(50 * 1024 * 1024)
    return tmp_path


def test_bad_input_gets_one_line_each_and_the_good_file_is_still_read(bad_inputs, capsys):
    t = bad_inputs
    paths = [t / "binary.txt", t / "latin1.txt", t / "empty.txt", t / "blank.txt", t / "emptydir",
             t / "missing.txt", t / "huge.txt", t / "good.txt"]
    code, out, err = run(capsys, "extract", "--format", "jsonl", *map(str, paths))
    assert code == 0
    assert [Path(r["source"]).name for r in records(out)] == ["good.txt"]
    lines = err.splitlines()
    assert len(lines) == 7 and "Traceback" not in err
    for line, why in zip(lines, ["binary", "UTF-8", "empty", "empty", "no article files", "no such file",
                                 "50.0 MiB"]):
        assert why in line


def test_exit_status_is_non_zero_only_when_nothing_could_be_read(bad_inputs, capsys):
    code, out, err = run(capsys, "extract", str(bad_inputs / "binary.txt"), str(bad_inputs / "missing.txt"))
    assert code == 1 and out == ""
    assert err.splitlines()[-1] == "dateline: no article could be read"


def test_a_folder_is_read_in_name_order(tmp_path, capsys):
    (tmp_path / "b.txt").write_text("On Tuesday.", encoding="utf-8")
    (tmp_path / "a.md").write_text("On Monday.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / ".hidden.txt").write_text("On Friday.", encoding="utf-8")
    _, out, err = run(capsys, "extract", "--format", "jsonl", str(tmp_path))
    assert [Path(r["source"]).name for r in records(out)] == ["a.md", "b.txt"] and err == ""


def test_offsets_follow_python_text_reading_with_crlf(tmp_path, capsys):
    f = tmp_path / "crlf.txt"
    f.write_bytes(b"Title\r\n\r\nTalks opened on January 12, 2022 in Geneva.\r\n")
    _, out, _ = run(capsys, "extract", "--format", "jsonl", str(f))
    [r] = records(out)
    text = open(f, encoding="utf-8").read()
    assert [text[t["start"]:t["end"]] for t in r["timexes"]] == ["January 12, 2022"]


def test_table_shows_control_characters_instead_of_sending_them(tmp_path, capsys):
    f = tmp_path / "evil.txt"
    f.write_text("Evil \x1b[2J title\n\nThey met on Tuesday [red]x[/red].", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(f))
    assert code == 0 and "\x1b" not in out and "\\x1b[2J" in out


def test_the_installed_command_runs_headless_without_a_traceback(tmp_path):
    exe = Path(sys.executable).with_name("dateline")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui.cli"]
    proc = subprocess.run([*cmd, "extract", "--format", "jsonl", str(SEEDS), str(tmp_path / "nope.txt")],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 0
    assert len(records(proc.stdout)) == 5
    assert proc.stderr.strip().endswith("nope.txt: no such file or folder") and "Traceback" not in proc.stderr


def test_a_date_set_by_hand_in_the_store_applies_and_the_option_outranks_it(tmp_path, capsys):
    import hashlib
    from store import Store
    f = tmp_path / "a.txt"
    f.write_text(" date 2022-01-09 Title\n\nThey met on Tuesday.", encoding="utf-8")
    digest = hashlib.sha256(f.read_text(encoding="utf-8").encode()).hexdigest()
    with Store.open(tmp_path / "st") as s:
        s.set_document_date(digest, "2022-01-20", str(f))
    _, out, _ = run(capsys, "extract", "--format", "jsonl", "--store", str(tmp_path / "st"), str(f))
    [r] = records(out)
    assert (r["dct"], r["dct_source"], r["timexes"][0]["value"]) == ("2022-01-20", "store", "2022-01-18")
    _, out, _ = run(capsys, "extract", "--format", "jsonl", "--store", str(tmp_path / "st"),
                    "--dct", "a.txt=2022-01-12", str(f))
    assert records(out)[0]["dct_source"] == "option"


def test_extract_never_creates_or_locks_a_store(tmp_path, capsys):
    code, _, _ = run(capsys, "extract", "--store", str(tmp_path / "none"), str(SEEDS))
    assert code == 0 and not (tmp_path / "none").exists()

"""The compiled patterns kept between starts: the same extraction with or without them, whatever
state their file is in, and nothing compiled again on a later start."""
import os
import re
import subprocess
import sys
from pathlib import Path

from extract import patterns

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "BRUSSELS, Jan. 4 (Reuters) - Ministers met on Tuesday and will meet again next week, a spokesman said.\n"
READ = ("import json, sys; from extract import extract; a = extract(sys.stdin.read()); "
        "print(json.dumps([a.dct, [(t.start, t.end, t.type, t.value) for t in a.timexes], "
        "[(e.start, e.end, e.type) for e in a.entities]]))")


def start(cache: Path, seed: str = "0") -> str:
    """A fresh process reading ARTICLE, with its own user cache folder; what it printed."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", READ], input=ARTICLE, capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0 and not done.stderr, done.stderr
    return done.stdout


def kept(cache: Path) -> list[Path]:
    return sorted((cache / "dateline").glob("patterns-*.marshal"))


def test_the_first_start_keeps_the_patterns_and_a_later_one_reads_the_same(tmp_path):
    first = start(tmp_path)
    [table] = kept(tmp_path)
    written = table.stat().st_mtime_ns
    # another hash seed: every pattern is built the same, so none is compiled (or written) again
    assert start(tmp_path, seed="12345") == first
    assert table.stat().st_mtime_ns == written


def test_a_damaged_or_foreign_file_costs_time_and_nothing_else(tmp_path):
    expected = start(tmp_path)
    [table] = kept(tmp_path)
    good = table.read_bytes()
    for damaged in (b"", good[:len(good) // 2], good[:100] + bytes([good[100] ^ 0xFF]) + good[101:]):
        table.write_bytes(damaged)
        assert start(tmp_path) == expected
        # written again, whole: the next start compiles nothing
        written = table.stat().st_mtime_ns
        assert start(tmp_path) == expected and table.stat().st_mtime_ns == written


def test_a_folder_that_cannot_be_written_costs_time_and_nothing_else(tmp_path):
    expected = start(tmp_path / "fresh")
    (tmp_path / "blocked").write_text("a file where the cache folder would be")
    assert start(tmp_path / "blocked") == expected


def test_a_pattern_is_the_one_re_compile_makes():
    for source, flags in ((r"(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?", 0),
                          (r"^\s*(?:last|next)\s+(week|month)\b", re.I | re.M),
                          (r"(?<![\w$])(\d{1,2})[:.](\d\d)(?!\d)", 0)):
        made = patterns.compile(source, flags)
        assert made == re.compile(source, flags)
        assert made.groupindex == re.compile(source, flags).groupindex
        assert [m.groups() for m in made.finditer("2022-01-04, 10:30, Last week")] == \
            [m.groups() for m in re.compile(source, flags).finditer("2022-01-04, 10:30, Last week")]

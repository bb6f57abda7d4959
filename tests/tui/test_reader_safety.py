"""The reader under hostile text and faults: nothing from an article drives the terminal, every
store problem reaches the screen in one line, and a file is replaced only when the analyst says so."""
from __future__ import annotations

import errno
import os
import select
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest


from store import Store
from store import atomic
from tui.app import DatelineApp
from tui.confirm import ConfirmScreen

from test_corrections import DCTS, loaded, select_visit  # (the same gold dates, waiting and selecting)

from helpers import ROOT, SEEDS, header

UNSAFE = ["\x1b", "\x07", "\x9b", "\u202e"]
HOSTILE = (" date 2022-01-09 Talks \x1b]2;owned\x07 \x1b[31mred\x1b[0m \u202eelttil\n\n"
           "Borrell spoke with Jens Stoltenberg on Tuesday in Kyiv.\n")


async def toasts(pilot) -> list[str]:
    await pilot.pause()
    return [str(t.render()) for t in pilot.app.screen.query("Toast")]


async def test_a_hostile_title_and_file_name_are_shown_not_sent(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # (a short path: the heading shows it whole)
    folder = Path("in")
    folder.mkdir()
    (folder / "evil\x1b]2;name\x07.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "unreadable\x1b[5m.txt").write_bytes(b"\xff\xfe bad")
    app = DatelineApp([str(folder)], Store.open(tmp_path / "store"), ({}, None))
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await loaded(pilot)
        head = str(app.query_one("#article-head").render())
        assert "Talks" in head and "evil" in head
        assert [c for c in UNSAFE if c in head] == [] and "␛" in head
        assert head.count("\n") == 1  # title, then path and date: the heading's own break, no other
        shown = await toasts(pilot)
        assert any("unreadable" in t for t in shown)
        assert [c for t in shown for c in UNSAFE if c in t] == []
        await pilot.press("x")  # the status line quotes the title too
        mention = str(app.query_one("#mention").render())
        assert [c for c in UNSAFE if c in mention + header(app)] == []


async def test_a_corrupt_shard_is_announced_in_the_reader(tmp_path):
    from extract.model import Anchor, Correction
    digest = "ab" * 32
    with Store.open(tmp_path / "store") as s:
        s.add_correction(Correction("event.reject", Anchor(digest, "timex", 1, 2, "x")))
    (tmp_path / "store" / "user" / "docs-ab.json").write_bytes(b"\x00garbage")
    app = DatelineApp([SEEDS], Store.open(tmp_path / "store"), DCTS)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot)
        assert any("docs-ab.json" in t and "moved aside" in t for t in await toasts(pilot))


async def test_undo_and_redo_on_a_full_disk_say_so_and_keep_the_reader(tmp_path, monkeypatch):
    app = DatelineApp([SEEDS], Store.open(tmp_path / "store"), DCTS)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot)
        await select_visit(app, pilot)
        await pilot.press("a")
        assert len(app.store.corrections()) == 1

        def disk_full(fd):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(atomic.os, "fsync", disk_full)
        await pilot.press("u")
        assert any("No space left on device" in t for t in await toasts(pilot))
        assert len(app.store.corrections()) == 1  # nothing undone: the disk said no
        monkeypatch.undo()
        await pilot.press("u")  # still undoable once the disk has room
        assert app.store.corrections() == []
        monkeypatch.setattr(atomic.os, "fsync", disk_full)
        await pilot.press("U")
        assert app.store.corrections() == []
        monkeypatch.undo()
        await pilot.press("U")
        assert len(app.store.corrections()) == 1
        assert app.is_running


async def test_export_asks_before_replacing_a_file(tmp_path):
    target = tmp_path / "mine.json"
    target.write_text("my own notes")
    app = DatelineApp([SEEDS], Store.open(tmp_path / "store"), DCTS)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot)
        await pilot.press("E", "ctrl+a", "ctrl+k", *str(target), "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text() == "my own notes"
        await pilot.press("E", "ctrl+a", "ctrl+k", *str(target), "enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text().startswith("{") and '"events"' in target.read_text()
        article = app.session.docs[0].doc.source
        await pilot.press("E", "ctrl+a", "ctrl+k", *(article[:-4] + ".json"), "enter")  # a new file: no question
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        os.unlink(article[:-4] + ".json")


async def test_export_refuses_an_article_and_a_fifo(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.json.md").write_text(HOSTILE, encoding="utf-8")  # an article whose name ends in .md
    app = DatelineApp([str(folder)], Store.open(tmp_path / "store"), ({}, None))
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot)
        await pilot.press("E", "ctrl+a", "ctrl+k", *str(fifo), "enter")
        assert any("FIFO" in t for t in await toasts(pilot))
        await pilot.press("E", "ctrl+a", "ctrl+k", *str(folder / "a.json.md"), "enter")
        assert any("one of the articles" in t for t in await toasts(pilot))
    assert (folder / "a.json.md").read_text(encoding="utf-8") == HOSTILE


@pytest.mark.parametrize("typed", ["0001-01-01", "9999-12-31"])
async def test_a_creation_date_past_the_range_is_refused(tmp_path, typed):
    app = DatelineApp([SEEDS], Store.open(tmp_path / "store"), DCTS)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await loaded(pilot)
        await pilot.press("D", "ctrl+a", "ctrl+k", *typed, "enter")
        assert any("1000-01-01 to 9898-12-31" in t for t in await toasts(pilot))
        await select_visit(app, pilot)
        await pilot.press("e", "ctrl+a", "ctrl+k", *typed, "enter")
        assert any("outside the dates dateline handles" in t for t in await toasts(pilot))
    assert Store.open(tmp_path / "store", read_only=True).corrections() == []


def _in_a_terminal(script: str, tmp_path: Path, timeout: float = 40) -> tuple[int, bytes]:
    """Run a Python script in a pseudo-terminal until it exits; its status and everything it wrote."""
    import pty
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "DATELINE_STORE": str(tmp_path / "store"),
           "COLUMNS": "100", "LINES": "30"}
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=slave, stdout=slave, stderr=slave, env=env,
                            cwd=ROOT, start_new_session=True)
    os.close(slave)
    shown, deadline = b"", time.monotonic() + timeout
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    shown += os.read(master, 65536)
                except OSError:
                    break
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return proc.returncode, shown


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_a_crash_in_the_reader_exits_non_zero(tmp_path):
    script = textwrap.dedent(f"""
        import sys
        import tui.app as reader
        def boom(self):
            raise RuntimeError("a bug")
        reader.DatelineApp.on_mount = boom
        sys.exit(reader.run_reader([{SEEDS!r}], None, ({{}}, None)))
    """)
    code, _ = _in_a_terminal(script, tmp_path)
    assert code not in (0, None)


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_no_escape_from_an_article_reaches_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b]2;fromname\x07.txt").write_text(
        HOSTILE.replace("owned", "fromtitle") + "Body \x1b]52;c;ZXZpbA==\x07 \x1b]2;frombody\x07 text.\n",
        encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys, threading, os, signal
        import tui.app as reader
        threading.Timer(6, lambda: os.kill(os.getpid(), signal.SIGHUP)).start()  # the window closes
        sys.exit(reader.run_reader([{str(folder)!r}], None, ({{}}, None)))
    """)
    _, shown = _in_a_terminal(script, tmp_path)
    assert b"Talks" in shown  # the heading was drawn
    for sequence in (b"\x1b]2;fromtitle", b"\x1b]2;fromname", b"\x1b]2;frombody", b"\x1b]52;", b"\xe2\x80\xae"):
        assert sequence not in shown

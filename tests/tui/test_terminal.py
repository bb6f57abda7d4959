"""The reader in a real terminal (a pseudo-terminal): when the terminal goes away, it closes."""
from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import pytest

from helpers import ROOT


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")


def test_closing_the_terminal_closes_the_reader_and_frees_the_store(tmp_path):
    import pty

    from store import Store
    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "DATELINE_STORE": str(tmp_path / "store"),
           "COLUMNS": "100", "LINES": "30"}
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", str(ROOT / "seeds")], stdin=slave,
                            stdout=slave, stderr=slave, env=env, cwd=ROOT, start_new_session=True)
    os.close(slave)
    try:
        shown, deadline = b"", time.monotonic() + 30
        while b"dateline" not in shown and time.monotonic() < deadline:  # the header is up
            if select.select([master], [], [], 0.5)[0]:
                try:
                    shown += os.read(master, 65536)
                except OSError:
                    break
        assert b"dateline" in shown, "the reader never drew its screen"
        os.close(master)  # the window is closed
        proc.wait(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    store = Store.open(tmp_path / "store")  # the lock was released: not opened read-only
    assert not store.read_only
    store.close()

import sys
from pathlib import Path

# (tests/ on the path: the unit and tui folders share tests/helpers.py)
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest


@pytest.fixture(autouse=True)
def private_store(tmp_path, monkeypatch):
    """No test touches the user's real store: DATELINE_STORE points into the test's own folder."""
    monkeypatch.setenv("DATELINE_STORE", str(tmp_path / "default-store"))


async def _palette_hits(app, pilot, rounds: int = 100):
    """Wait (bounded) until the command palette shows what it found for what was typed."""
    from textual.widgets import OptionList
    for _ in range(rounds):
        await pilot.pause(0.02)
        lists = app.screen.query(OptionList)
        if lists and lists.first().option_count:
            return
    raise AssertionError("the palette found nothing within 2 s")


async def _run_palette(app, pilot, typed: str):
    """Open the command palette, type, wait for its hits, take the first."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*typed)
    await _palette_hits(app, pilot)
    await pilot.press("enter")
    await pilot.pause()


@pytest.fixture
def run_palette():
    return _run_palette

"""The main screen and the detail view on the seeds, in every theme, at 80x24 and 160x45
(pytest-textual-snapshot).

Update after an intended change of the screens with: .venv/bin/python -m pytest tests/test_snapshots.py --snapshot-update
"""

import pytest

from themes import THEMES
from tui.app import DatelineApp

from helpers import DCTS, ROOT


class SnapshotApp(DatelineApp):
    """The reader on the bundled seeds with a fixed theme and no store (nothing machine-specific)."""

    def __init__(self, theme: str, store=None):
        super().__init__(["seeds"], store, DCTS)
        self._fixed_theme = theme

    def on_mount(self) -> None:
        super().on_mount()
        self.theme = self._fixed_theme


async def settle(pilot):
    for _ in range(200):  # the articles are read in a worker thread
        if pilot.app.session is not None:
            break
        await pilot.pause(0.05)
    assert pilot.app.session is not None, "the articles were not read within 10 s"
    await pilot.pause()
    await pilot.press("down")  # open the second article, its first event selected
    await pilot.pause()


SIZES = [(80, 24), (160, 45)]
SIZE_IDS = ["80x24", "160x45"]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("theme", [t.name for t in THEMES])
def test_main_screen(snap_compare, monkeypatch, theme, size):
    monkeypatch.chdir(ROOT)
    assert snap_compare(SnapshotApp(theme), terminal_size=size, run_before=settle)


async def open_details(pilot):
    await settle(pilot)
    await pilot.press("tab", "tab")  # the timeline has the keys
    await pilot.press("j", "a")      # one entry reviewed: the header counts it
    await pilot.press("v")           # the selected entry in full
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
@pytest.mark.parametrize("theme", [t.name for t in THEMES])
def test_detail_view_and_review_counter(snap_compare, monkeypatch, tmp_path, theme, size):
    # (a store, so that accepting counts, named relatively so the screen is the same on every machine)
    from pathlib import Path

    from store import Store
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    store = Store.open(Path("store"))
    try:
        assert snap_compare(SnapshotApp(theme, store), terminal_size=size, run_before=open_details)
    finally:
        store.close()

"""What many tests share: where the project and its fixtures are, the seeds' gold creation dates,
and a reader driven by Pilot that is waited on until its articles are read."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
FIXTURES = TESTS / "fixtures"
SEEDS = str(ROOT / "seeds")
# the undated seeds, dated as their gold says (most tests want the timeline the analyst would see)
DCTS = ({"002_7658c4148b7d94c0.txt": "2022-01-04", "003_a445c12ced951327.txt": "2021-12-22",
         "004_0d17d062858563fc.txt": "2022-01-04"}, None)


def reader(tmp_path, dcts=DCTS, paths=(SEEDS,), read_only: bool = False):
    """The reader over the seeds (or paths), with a store of the test's own."""
    from store import Store
    from tui.app import DatelineApp
    return DatelineApp(list(paths), Store.open(tmp_path / "store", read_only=read_only), dcts)


async def loaded(pilot, seconds: float = 15) -> None:
    """Until the reader has read its articles (at start, or again after a creation date is set):
    its workers done and a session shown; fails with a message after `seconds`."""
    await pilot.app.workers.wait_for_complete()
    for _ in range(int(seconds / 0.05)):
        if pilot.app.session is not None:
            break
        await pilot.pause(0.05)
    assert pilot.app.session is not None, f"the articles were not read within {seconds:.0f} s"
    await pilot.pause()
    await pilot.pause()


def header(app) -> str:
    """The header line as the analyst reads it: title, counts, store."""
    from tui.widgets.header import HeaderLine
    return app.query_one(HeaderLine).visual.plain

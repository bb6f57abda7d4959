"""Moving through articles as in a feed reader: read marks, sources by date, rejected entries hidden."""
from store import Store
from tui.app import DatelineApp
from tui.widgets.virtual_list import VirtualList

from helpers import DCTS, SEEDS, loaded


def app_on(tmp_path):
    return DatelineApp([SEEDS], Store.open(tmp_path / "store"), DCTS)


def source_rows(app):
    return [app.source_text(r) for r in range(len(app.session.docs))]


async def test_articles_not_yet_opened_are_marked_and_stay_read_across_sessions(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        rows = source_rows(app)
        assert rows[0].startswith("●") and all(r.startswith("N") for r in rows[1:])
        await pilot.press("j")
        await pilot.pause()
        rows = source_rows(app)
        assert rows[0].startswith(" ") and rows[1].startswith("●") and rows[2].startswith("N")
        await pilot.press("ctrl+q")
    again = app_on(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        marks = [r[0] for r in source_rows(again)]
        assert marks.count("N") == len(marks) - 2  # the two opened before stay read


async def test_b_sorts_the_sources_by_creation_date_and_back(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        open_before = app.current_doc
        await pilot.press("b")
        await pilot.pause()
        docs = [app.session.docs[app.doc_at_row(r)].doc.annotations for r in range(len(app.session.docs))]
        days = [a.dct or (a.dct_between or "").split("/")[0] or "~" for a in docs]
        assert days == sorted(days)
        assert app.query_one("#sources", VirtualList).border_title == "Sources · by date"
        assert app.current_doc == open_before  # the open article stays open
        await pilot.press("b")
        await pilot.pause()
        assert [app.doc_at_row(r) for r in range(len(app.session.docs))] == list(range(len(app.session.docs)))


async def reject_first_entry(app, pilot) -> int:
    """Select the timeline's first entry and press x; the entry's index."""
    row = next(r for r in range(100) if app.entry_at(r) is not None)
    first = app.entry_at(row)
    app.query_one("#timeline", VirtualList).move_to(row)
    await pilot.pause()
    await pilot.press("x")
    await pilot.pause()
    return first


async def test_x_hides_rejected_entries_and_shows_them_again(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "tab")  # the timeline
        first = await reject_first_entry(app, pilot)
        assert first in app.shown_entries()
        await pilot.press("X")
        await pilot.pause()
        assert first not in app.shown_entries()
        assert "rejected hidden" in str(app.query_one("#timeline", VirtualList).border_title)
        await pilot.press("X")
        await pilot.pause()
        assert first in app.shown_entries()


async def test_with_rejected_hidden_a_rejected_entry_leaves_the_timeline_at_once(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "tab", "X")  # the timeline, rejected entries hidden
        await pilot.pause()
        first = await reject_first_entry(app, pilot)
        assert first not in app.shown_entries()
        await pilot.press("u")
        await pilot.pause()
        assert first in app.shown_entries()

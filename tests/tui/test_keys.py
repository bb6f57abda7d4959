"""The reader's keys and mouse as the README promises them, each through what the user sees:
panes shown and hidden, paging, first and last, search matches, date mentions, clicks, the filter's
forms, the palette's actions, the session restored after ctrl+q, and undo of structural changes."""
from pathlib import Path

from extract.timeline import interval
from tui.session import make_filter

from helpers import DCTS, SEEDS, loaded, reader


def selected(app):
    return app.session.entries[app.current_entry] if app.current_entry is not None else None


async def test_s_and_t_hide_and_show_the_sources_and_the_timeline(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        sources, timeline = app.query_one("#sources"), app.query_one("#timeline")
        assert sources.region.width > 0 and timeline.region.width > 0
        app.query_one("#article").focus()
        await pilot.press("s")
        await pilot.pause()
        assert sources.region.width == 0 and timeline.region.width > 0
        await pilot.press("t")
        await pilot.pause()
        assert timeline.region.width == 0
        await pilot.press("s", "t")
        await pilot.pause()
        assert sources.region.width > 0 and timeline.region.width > 0


async def test_g_G_and_paging_move_in_every_pane(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        timeline = app.query_one("#timeline")
        timeline.focus()
        await pilot.press("G")
        last = timeline.cursor
        assert last >= timeline.count - 1 - 1  # the last selectable row
        await pilot.press("g")
        first = timeline.cursor
        assert first < 3
        await pilot.press("pagedown")
        down = timeline.cursor
        assert down > first + 5
        await pilot.press("pageup")
        assert timeline.cursor < down
        article = app.query_one("#article")
        article.focus()
        await pilot.press("G")
        bottom = article.cursor_line
        await pilot.press("g")
        assert article.cursor_line == 0 < bottom
        await pilot.press("pagedown")
        assert 0 < article.cursor_line <= bottom


async def test_search_then_semicolon_and_comma_step_through_the_matches(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.open_document(0)
        await pilot.press("/", *"NATO", "enter")
        await pilot.pause()
        article = app.query_one("#article")
        first = article.cursor_line
        await pilot.press("semicolon")
        second = article.cursor_line
        assert second > first
        await pilot.press("comma")
        assert article.cursor_line == first


async def test_n_and_N_move_between_date_mentions_and_the_timeline_follows(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.open_document(0)
        article = app.query_one("#article")
        article.focus()
        await pilot.press("n")
        one = article.cursor_line
        await pilot.press("n")
        two = article.cursor_line
        await pilot.press("N")
        assert two > one and article.cursor_line == one
        assert selected(app) is not None  # the timeline follows the mention read


async def test_a_click_on_a_source_opens_it(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.click("#sources", offset=(4, 2))  # the third article's row
        await pilot.pause()
        assert app.current_doc == 2


def test_the_filter_forms_a_name_a_month_a_range_and_conflicts():
    from store.corpus import annotate, build
    from store.sources import read_sources
    srcs, _ = read_sources([SEEDS])
    dates = {s.digest: (DCTS[0].get(Path(s.path).name), "option") for s in srcs}
    entries = build(annotate(srcs, dates), []).corrected
    month = [ce for ce in entries if make_filter("2022-01", False)(ce)]
    assert month and all(interval(ce.final_date)[0].strftime("%Y-%m") <= "2022-01" <= interval(ce.final_date)[1].strftime("%Y-%m")
                         for ce in month)
    span = [ce for ce in entries if make_filter("2022-01-04..2022-01-10", False)(ce)]
    assert span and all(interval(ce.final_date)[1].isoformat() >= "2022-01-04" and
                        interval(ce.final_date)[0].isoformat() <= "2022-01-10" for ce in span)
    named = [ce for ce in entries if make_filter("Stoltenberg", False)(ce)]
    assert named and len(named) < len(entries)
    assert all(ce.entry.conflict for ce in entries if make_filter("conflicts", False)(ce))
    assert all(make_filter("", False)(ce) for ce in entries)  # empty: everything
    # a month written as people write it is the month typed as the reader shows it
    in_january = {id(ce) for ce in month}
    for written in ("Jan 2022", "January 2022", "2022 January"):
        assert {id(ce) for ce in entries if make_filter(written, False)(ce)} == in_january, written
    # a month alone is that month of every year
    every_january = [ce for ce in entries if make_filter("january", False)(ce)]
    assert in_january <= {id(ce) for ce in every_january}
    assert all(interval(ce.final_date)[0].month <= 1 for ce in every_january)


async def test_f_filters_the_timeline_and_an_empty_filter_clears_it(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        timeline = app.query_one("#timeline")
        everything = timeline.count
        await pilot.press("f", "ctrl+a", "ctrl+k", *"conflicts", "enter")
        await pilot.pause()
        assert 0 < timeline.count < everything
        # the filter says it is on and how much it matched, or that it matched nothing
        title = str(timeline.border_title)
        assert "filter: conflicts" in title and f"of {len(app.session.entries)}" in title
        await pilot.press("f", "ctrl+a", "ctrl+k", *"Zanzibar", "enter")
        await pilot.pause()
        assert "nothing matches" in str(timeline.border_title)
        assert "no entry matches 'Zanzibar'" in str(app.query_one("#mention").render())
        await pilot.press("f", "ctrl+a", "ctrl+k", "enter")
        await pilot.pause()
        assert timeline.count == everything and "filter" not in str(timeline.border_title)


async def test_the_palette_goes_to_an_event_and_filters_by_a_name(tmp_path, run_palette):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        before = app.query_one("#timeline").count
        await run_palette(app, pilot, "Filter timeline by person: Jens Stoltenberg")
        assert app.filter_text == "Jens Stoltenberg" and 0 < app.query_one("#timeline").count < before
        await run_palette(app, pilot, "Go to event: Borrell")
        assert "Borrell" in " ".join([selected(app).final_title, *selected(app).entry.participants])


async def test_the_open_article_is_restored_after_ctrl_q(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.open_document(3)
        await pilot.pause()
        await pilot.press("ctrl+q")
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        assert again.current_doc == 3


async def test_a_split_a_merge_and_a_move_are_each_undone_by_u(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = next(k for k, ce in enumerate(app.session.entries) if len(ce.entry.sources) >= 3)
        eid, size, count = app.session.entries[k].entry.id, len(app.session.entries[k].entry.sources), len(app.session.entries)
        app.go_to_entry(k)
        app.query_one("#timeline").focus()
        await pilot.pause()

        def shape():
            return len(app.session.entries), sorted(len(ce.entry.sources) for ce in app.session.entries)

        start = shape()
        await pilot.press("S")  # split the source on screen off
        await pilot.pause()
        assert shape() != start and len(app.session.entries) == count + 1
        await pilot.press("u")
        await pilot.pause()
        assert shape() == start
        # merge: mark one entry, select another, m again
        other = next(i for i, ce in enumerate(app.session.entries) if ce.entry.id != eid)
        app.go_to_entry(other)
        await pilot.press("m")
        app.go_to_entry(next(i for i, ce in enumerate(app.session.entries) if ce.entry.id == eid))
        await pilot.press("m")
        await pilot.pause()
        assert len(app.session.entries) == count - 1
        await pilot.press("u")
        await pilot.pause()
        assert shape() == start
        # move: mark the source on screen, select another entry, M again
        app.go_to_entry(next(i for i, ce in enumerate(app.session.entries) if ce.entry.id == eid))
        await pilot.press("M")
        app.go_to_entry(other)
        await pilot.press("M")
        await pilot.pause()
        assert shape() != start
        await pilot.press("u")
        await pilot.pause()
        assert shape() == start and len(next(ce for ce in app.session.entries if ce.entry.id == eid).entry.sources) == size


async def test_the_wheel_scrolls_the_article_and_drags_the_reading_line_so_the_timeline_follows(tmp_path):
    from textual import events
    app = reader(tmp_path)
    async with app.run_test(size=(100, 20)) as pilot:  # a short screen: the article is longer than it
        await loaded(pilot)
        app.open_document(0)
        await pilot.pause()
        article = app.query_one("#article")
        before = article.cursor_line
        for _ in range(6):
            article.post_message(events.MouseScrollDown(article, 2, 2, 0, 1, 0, False, False, False))
            await pilot.pause()
        assert article.cursor_line > before  # the line was dragged along, off the top
        first = article.render_line(0).text
        for _ in range(6):
            article.post_message(events.MouseScrollUp(article, 2, 2, 0, -1, 0, False, False, False))
            await pilot.pause()
        assert article.render_line(0).text != first  # scrolled back up

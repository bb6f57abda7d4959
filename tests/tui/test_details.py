"""v: the selected entry in full, with what the timeline row cannot show."""
from textual.widgets import Static

from helpers import header, loaded, reader
from tui.details import EntryDetails, date_in_words


def test_dates_are_said_in_words_with_their_precision():
    assert date_in_words("2022-01-04") == "Tuesday 4 January 2022"
    assert date_in_words("2022-01-04/2022-01-06") == "4–6 January 2022"
    assert date_in_words("2021-12-30/2022-01-02") == "30 December 2021 – 2 January 2022"
    assert date_in_words("2022-W02") == "week 2 of 2022"
    assert date_in_words("2022-01-08TNI") == "Saturday 8 January 2022, night"
    assert date_in_words("2022-01-04T18:00") == "18:00, Tuesday 4 January 2022"
    assert date_in_words("2015-Q3") == "Q3 2015" and date_in_words("2022-01") == "January 2022"
    assert date_in_words("XXXX-WXX-2").startswith("a Tuesday")
    assert date_in_words("XXXX-01-04") == "4 January (year unknown)"


async def test_v_shows_the_whole_entry_and_what_was_set_on_it(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        conflicted = next(k for k, ce in enumerate(app.session.entries) if ce.entry.conflict)
        app.go_to_entry(conflicted)
        app.query_one("#timeline").focus()
        await pilot.pause()
        await pilot.press("P", "ctrl+a", "ctrl+k", *"Josep Borrell, Dmytro Kuleba", "enter")
        await pilot.pause()
        await pilot.press("L", "ctrl+a", "ctrl+k", *"Kyiv", "enter")
        await pilot.pause()
        await pilot.press("o", *"check the EU statement", "enter")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, EntryDetails)
        shown = str(app.screen.query_one("#details", Static).render())
        ce = app.session.entries[app.current_entry]
        assert ce.final_title in shown  # the whole title, not the row's cut
        assert "Josep Borrell, Dmytro Kuleba" in shown and "Kyiv" in shown and "check the EU statement" in shown
        assert "disagree" in shown and f"Sources ({len(ce.entry.sources)})" in shown
        assert all(f"“{s.timex.text}” → {s.value}" in shown for s in ce.entry.sources)
        assert "what happened: “" in shown  # each source's trigger word
        first = app.current_entry
        await pilot.press("down")
        await pilot.pause()
        # the view and the timeline move together
        assert app.current_entry != first and app.screen.entry == app.current_entry
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, EntryDetails) and app.focused is not None


async def test_d_takes_a_written_date_and_a_refused_one_stays_to_be_mended(tmp_path):
    from textual.widgets import Input
    app = reader(tmp_path, dcts=({}, None))
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        app.open_document(3)
        digest = app.session.docs[3].doc.digest
        await pilot.press("D", "ctrl+a", "ctrl+k", *"Feb 30 2022", "enter")
        await pilot.pause()
        prompt = app.query_one("#prompt", Input)
        assert prompt.has_class("shown") and prompt.value == "Feb 30 2022"
        assert app.store.document_date(digest) is None
        await pilot.press("ctrl+a", "ctrl+k", *"22 December 2021", "enter")
        await loaded(pilot)
        assert app.store.document_date(digest) == "2021-12-22"


async def test_review_entry_by_entry_a_and_x_move_on_and_the_header_counts(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        total = len(app.session.entries)
        assert f"0 of {total} reviewed" in header(app)
        app.query_one("#timeline").focus()
        first = app.shown_entries()[0]
        app.go_to_entry(first)
        await pilot.press("a")
        await pilot.pause()
        # confirmed, and on to the next one not reviewed
        assert app.session.entries[first].status == "confirmed" and app.current_entry != first
        second = app.current_entry
        assert app.session.entries[second].status == "auto"
        await pilot.press("x")
        await pilot.pause()
        assert app.session.entries[second].status == "rejected"
        assert f"2 of {total} reviewed" in header(app)
        # . skips what is reviewed: from the first entry it lands past both
        app.go_to_entry(first)
        await pilot.press("full_stop")
        await pilot.pause()
        assert app.current_entry not in (first, second) and app.session.entries[app.current_entry].status == "auto"
        await pilot.press("u")
        await pilot.pause()
        assert f"1 of {total} reviewed" in header(app)


async def test_the_first_screen_says_what_is_undated_and_the_timeline_footer_shows_how_to_decide(tmp_path):
    from tui.widgets.footer import DatelineFooter
    app = reader(tmp_path, dcts=({}, None))
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        said = str(app.query_one("#mention").render())
        # the seeds without their gold dates: 002 and 004 by a suggestion, 003 within an interval
        assert said == "2 suggested dates: d accepts · 1 undated: D"
        app.query_one("#timeline").focus()
        await pilot.pause()
        await pilot.pause()
        shown = {description for _, _, description, *_ in app.query_one(DatelineFooter).shown_keys()[0]}
        assert {"Accept", "Reject", "Date"} <= shown


async def test_Y_accepts_every_entry_the_filter_shows_and_one_u_takes_them_back(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("f", "ctrl+a", "ctrl+k", *"conflicts", "enter")
        await pilot.pause()
        shown = app.shown_entries()
        assert 0 < len(shown) < len(app.session.entries)
        await pilot.press("Y")
        await pilot.pause()
        await pilot.press("n")  # asked first: no changes nothing
        await pilot.pause()
        assert all(app.session.entries[k].status == "auto" for k in shown)
        await pilot.press("Y")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert all(app.session.entries[k].status == "confirmed" for k in app.shown_entries())
        others = [k for k in range(len(app.session.entries)) if k not in set(app.shown_entries())]
        assert all(app.session.entries[k].status == "auto" for k in others)  # only what the filter shows
        assert len({c.kind for c in app.store.corrections()}) == 1 and len(app.store.corrections()) == len(shown)
        await pilot.press("u")
        await pilot.pause()
        assert app.store.corrections() == [] and all(ce.status == "auto" for ce in app.session.entries)


async def test_an_entry_dated_by_its_article_says_so(tmp_path):
    # a lead with no date of its own: the timeline dates it by the article, and says so
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "moss.txt").write_text("Orvik Corp chief Dana Moss resigns\n\nDana Moss resigned as chief executive of "
                                     "Orvik Corp, the shipping firm said in a statement.\n", encoding="utf-8")
    app = reader(tmp_path, dcts=({"moss.txt": "2031-05-21"}, None), paths=(str(folder),))
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        (k,) = [k for k, ce in enumerate(app.session.entries) if ce.entry.reported]
        assert app.session.entries[k].final_date == "2031-05-21"
        app.go_to_entry(k)
        app.query_one("#timeline").focus()
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, EntryDetails)
        shown = str(app.screen.query_one("#details", Static).render())
        assert "“resigns”: no date of its own, dated by its article" in shown

"""The reader, driven as a user drives it (Textual's Pilot)."""
from pathlib import Path

from store import Store
from tui.app import DatelineApp
from tui.help import HelpScreen
from tui.widgets.article import ArticleView
from tui.widgets.virtual_list import VirtualList

from helpers import DCTS, SEEDS, header, loaded


def app_on(tmp_path, paths=(SEEDS,), read_only=False):
    store = Store.open(tmp_path / "store", read_only=read_only)
    return DatelineApp(list(paths), store, DCTS)


def timeline_entry(app):
    timeline = app.query_one("#timeline", VirtualList)
    k = app.entry_at(timeline.cursor)
    return app.session.entries[k] if k is not None else None


async def test_tab_moves_between_the_three_panes(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        assert app.focused.id == "sources"
        await pilot.press("tab")
        assert app.focused.id == "article"
        await pilot.press("tab")
        assert app.focused.id == "timeline"
        await pilot.press("shift+tab")
        assert app.focused.id == "article"


async def test_moving_in_sources_opens_the_article_and_marks_its_events(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("down")
        article = app.query_one("#article", ArticleView)
        assert app.current_doc == 1 and article.text == app.session.docs[1].doc.text
        entry = timeline_entry(app)
        assert any(app.session.doc_index[s.doc] == 1 for s in entry.entry.sources)


async def test_selecting_a_timeline_entry_opens_its_source_at_its_sentence(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.apply_filter("Kuleba")
        await pilot.pause()
        await pilot.press("down")
        ce = timeline_entry(app)
        src = ce.entry.sources[0]
        article = app.query_one("#article", ArticleView)
        assert app.session.docs[app.current_doc].doc.digest == src.doc
        assert article.sentence == (src.sentence.start, src.sentence.end)
        assert article.mention == src.timex
        assert article.line_of(src.timex.start) == article.cursor_line
        mention_line = str(app.query_one("#mention").render())
        assert src.timex.text in mention_line and src.timex.value in mention_line


async def test_moving_through_dates_in_the_article_moves_the_timeline(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("tab")
        seen = set()
        for _ in range(4):
            await pilot.press("n")
            article = app.query_one("#article", ArticleView)
            ce = timeline_entry(app)
            if ce is not None and any(s.timex == article.mention for s in ce.entry.sources):
                seen.add(ce.entry.id)
        assert len(seen) >= 2
        line = str(app.query_one("#mention").render())
        assert article.mention is not None and f"→ {article.mention.value}" in line  # the value under the cursor


async def test_scrolling_the_article_follows_the_sentence_in_the_timeline(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("tab")
        article = app.query_one("#article", ArticleView)
        doc = app.session.docs[app.current_doc].doc
        target = doc.text.index("Borrell will travel to Ukraine")
        for _ in range(200):  # (bounded: a cursor that never gets there fails, it does not hang)
            if article.cursor_offset >= target:
                break
            await pilot.press("down")
        assert article.cursor_offset == target
        ce = timeline_entry(app)
        assert any(s.timex.text == "April 4-6" for s in ce.entry.sources)


async def test_stepping_through_the_sources_of_an_entry_crosses_articles(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        visit = next(k for k, ce in enumerate(app.session.entries) if len(ce.entry.sources) == 4
                     and ce.entry.date == "2022-01-04/2022-01-06")
        app.go_to_entry(visit)
        await pilot.pause()
        docs = [app.current_doc]
        for _ in range(4):
            await pilot.press("right_square_bracket")
            docs.append(app.current_doc)
        assert len(set(docs)) == 4 and docs[0] == docs[-1]
        await pilot.press("left_square_bracket")
        assert app.current_doc == docs[-2]


async def test_search_highlights_and_jumps(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("slash")
        await pilot.press(*"geneva", "enter")
        article = app.query_one("#article", ArticleView)
        assert article.matches and article.line_of(article.matches[0][0]) == article.cursor_line
        assert app.focused is article


async def test_timeline_filters_by_name_date_and_conflicts(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        all_entries = len(app.shown_entries())
        await pilot.press("f")
        await pilot.press(*"Geneva", "enter")
        shown = [app.session.entries[k] for k in app.shown_entries()]
        assert 0 < len(shown) < all_entries
        await pilot.press("f", "ctrl+a", "ctrl+k")
        await pilot.press(*"2022-01-09..2022-01-13", "enter")
        shown = [app.session.entries[k] for k in app.shown_entries()]
        from datetime import date
        from extract.timeline import interval
        assert shown and all(interval(ce.final_date)[0] <= date(2022, 1, 13) and
                             interval(ce.final_date)[1] >= date(2022, 1, 9) for ce in shown)
        assert any(ce.final_date == "2022-01-12" for ce in shown)
        app.apply_filter("")
        await pilot.press("c")
        shown = [app.session.entries[k] for k in app.shown_entries()]
        assert len(shown) == 3 and all(ce.entry.conflict for ce in shown)
        await pilot.press("c")
        assert len(app.shown_entries()) == all_entries


async def test_help_screen_lists_the_keys_of_the_focused_pane_first(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        from textual.widgets import Markdown

        def sections():  # the help's pane sections, in the order shown
            source = app.screen.query_one(Markdown).source
            return [line[4:] for line in source.splitlines() if line.startswith("### ")]

        await pilot.press("tab", "tab", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert sections()[0] == "Timeline"  # the focused pane's keys first ...
        assert "| `a` / `x` | accept" in app.screen.query_one(Markdown).source  # ... its correction keys among them
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("shift+tab", "f1")
        assert isinstance(app.screen, HelpScreen) and sections()[0] == "Article"
        assert set(sections()) == {"Sources", "Article", "Timeline", "Everywhere"}  # ... then every key


async def test_command_palette_switches_theme_and_it_is_remembered(tmp_path, run_palette):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await run_palette(app, pilot, "Theme: dateline-light")
        assert app.theme == "dateline-light"
    again = app_on(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        assert again.theme == "dateline-light"


async def test_command_palette_opens_an_article(tmp_path, run_palette):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await run_palette(app, pilot, "Open article: NATO head schedules")
        assert app.current_doc == 4


HOSTILE = ("Evil [@click=app.quit]x[/] title\n\n"
           "Click [@click=app.quit]here[/] or [red]red[/red] or [link=https://example.com]link[/link] "
           "\x1b[31mansi\x1b[0m and a bell \x07 on Tuesday in Kyiv.\n")


async def test_article_text_is_never_markup(tmp_path):
    article_file = tmp_path / "hostile.txt"
    article_file.write_text(HOSTILE, encoding="utf-8")
    app = app_on(tmp_path, paths=(str(article_file),))
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        view = app.query_one("#article", ArticleView)
        lines = "\n".join(view.render_line(y).text for y in range(6))
        assert "[@click=app.quit]here[/]" in lines and "[red]red[/red]" in lines and "[link=https://example.com]" in lines
        assert "\x1b" not in lines and "␛[31mansi" in lines and "␇" in lines
        head = str(app.query_one("#article-head").render())
        assert "[@click=app.quit]x[/]" in head
        await pilot.click("#article", offset=(8, 3))
        await pilot.click("#article-head", offset=(8, 0))
        await pilot.click("#sources", offset=(4, 0))
        await pilot.pause()
        assert app.is_running  # nothing in the text acted


async def test_a_locked_store_opens_read_only_and_says_so(tmp_path):
    holder = Store.open(tmp_path / "store")
    store = Store.open(tmp_path / "store", read_only=True)
    app = DatelineApp([SEEDS], store, DCTS, ["store in use; opened read-only"])
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await loaded(pilot)
        assert "read-only" in header(app)
        assert any("opened read-only" in str(t.render()) for t in app.screen.query("Toast"))
        app.theme = "dateline-contrast"  # no save attempted, no crash
        await pilot.pause()
        assert app.is_running and app.theme == "dateline-contrast"
    holder.close()
    with Store.open(tmp_path / "store", read_only=True) as after:
        assert after.setting("theme") is None  # a read-only store was not written


async def test_a_larger_corpus_loads_in_a_worker_while_keys_still_work(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):
        (folder / f"a{i:03d}.txt").write_text(
            f" date 2022-01-{i % 27 + 1:02d} Article {i}\nJosep Borrell met Antony Blinken in Geneva on Tuesday "
            f"about topic {i}. NATO will meet on January {i % 27 + 2}.\n", encoding="utf-8")
    import threading
    release = threading.Event()
    app = app_on(tmp_path, paths=(str(folder),))
    compute = app._compute_session

    def held(*args, **kwargs):  # the reading worker waits until the test has pressed its keys
        assert release.wait(30), "the test never released the reading worker"
        return compute(*args, **kwargs)

    app._compute_session = held
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert app.session is None and app.query_one("#loading").has_class("shown")
        await pilot.press("question_mark")  # the interface answers while articles are read
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen) and app.session is None
        await pilot.press("escape")
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.session is not None and len(app.session.docs) == 60
        assert not app.query_one("#loading").has_class("shown")


async def test_the_panes_follow_a_timeline_move_in_the_same_frame(tmp_path):
    """The article opens at the entry's sentence as part of handling the key: no frame shows the
    timeline moved and the article not yet."""
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.query_one("#timeline").focus()
        await pilot.pause()
        frames = []
        real_display = app._display
        app._display = lambda screen, update: (frames.append(app.current_doc), real_display(screen, update))
        for _ in range(6):
            frames.clear()
            await pilot.press("down")
            await pilot.pause()
            entry = timeline_entry(app)
            doc = app.current_doc
            assert any(app.session.doc_index[s.doc] == doc for s in entry.entry.sources)
            assert frames and all(f == doc for f in frames)  # every frame painted after the key shows it


async def test_moving_through_the_timeline_does_not_rebuild_the_footer(tmp_path):
    from textual.widgets._footer import FooterKey
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.query_one("#timeline").focus()
        await pilot.pause()
        keys = set(map(id, app.query(FooterKey)))
        assert keys
        for _ in range(5):
            await pilot.press("down")
            await pilot.pause()
        assert set(map(id, app.query(FooterKey))) == keys  # the same key widgets, not new ones
        descriptions = [k.description for k in app.query(FooterKey)]
        assert "Help" in descriptions and "Search" in descriptions


async def test_the_garbage_collector_is_back_on_once_the_reader_is_up_or_closed(tmp_path):
    import gc
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        for _ in range(100):  # the heap is frozen half a second after the first screen (bounded wait)
            if gc.isenabled():
                break
            await pilot.pause(0.05)
        assert gc.isenabled(), "the collector was still off 5 s after the first screen"
    app = app_on(tmp_path / "again")
    async with app.run_test(size=(160, 48)):
        pass  # closed at once
    assert gc.isenabled()


async def test_the_extraction_is_kept_for_the_next_start(tmp_path, monkeypatch):
    """Kept once the first screen is up (or at close): a second start extracts nothing again."""
    import store.corpus
    app = app_on(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
    calls = []
    real = store.corpus.extract
    monkeypatch.setattr(store.corpus, "extract", lambda *a, **k: calls.append(1) or real(*a, **k))
    app = app_on(tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await loaded(pilot)
        assert len(app.session.docs) == 5
    assert calls == []


async def test_the_real_start_up_opens_a_store_in_use_read_only_and_says_so(tmp_path):
    from tui.app import open_reader
    holder = Store.open(tmp_path / "store")  # another reader holds it
    app = open_reader([SEEDS], str(tmp_path / "store"), DCTS)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await loaded(pilot)
        assert app.store.read_only and "read-only" in header(app)
        assert any("read-only" in str(t.render()) for t in app.screen.query("Toast"))
    holder.close()


async def test_the_real_start_up_without_a_usable_store_goes_on_and_says_so(tmp_path):
    from tui.app import open_reader
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store should be")
    app = open_reader([SEEDS], str(blocker), DCTS)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await loaded(pilot)
        assert app.store is None and app.session is not None
        assert any("without the store" in str(t.render()) for t in app.screen.query("Toast"))


async def test_orphaned_corrections_are_announced(tmp_path):
    from extract.model import Anchor, Correction
    import hashlib
    digest = hashlib.sha256(Path(SEEDS, "000_e0d493dd226cd2ca.txt").read_bytes()).hexdigest()
    with Store.open(tmp_path / "store") as st:  # a correction whose words are no longer in its article
        st.add_correction(Correction("event.confirm", Anchor(digest, "timex", 10, 25, "no such words here")))
    app = app_on(tmp_path)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await loaded(pilot)
        assert app.session.built.orphans
        assert any("no longer match" in str(t.render()) for t in app.screen.query("Toast"))


async def test_a_user_theme_is_offered_and_a_broken_one_is_said_on_the_first_screen(tmp_path, monkeypatch):
    folder = tmp_path / "config" / "dateline" / "themes"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text('primary = "#88c0d0"\nbackground = "#1d2128"\ndark = true\n',
                                      encoding="utf-8")
    (folder / "broken.toml").write_text("primary = [oops", encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = app_on(tmp_path)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await loaded(pilot)
        assert "mine" in app.available_themes
        toasts = [str(t.render()) for t in app.screen.query("Toast")]
        assert any("broken" in t for t in toasts)


async def test_a_corrupt_store_file_is_said_on_the_first_screen_and_the_reader_goes_on(tmp_path):
    from extract.model import Anchor, Correction
    with Store.open(tmp_path / "store") as st:
        st.add_correction(Correction("event.confirm", Anchor("ab" + "0" * 62, "timex", 0, 4, "Jan.")))
    next((tmp_path / "store" / "user").glob("docs-*.json")).write_bytes(b'{"corrections": {"1": {"id": ')
    app = app_on(tmp_path)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await loaded(pilot)
        assert app.session is not None and app.session.entries
        assert any("moved aside" in str(t.render()) for t in app.screen.query("Toast"))


def app_on_article(tmp_path, body: str):
    """The reader on one article of our own, dated."""
    article_file = tmp_path / "visit.txt"
    article_file.write_text(f"Harbour news\n\n{body}\n", encoding="utf-8")
    return DatelineApp([str(article_file)], Store.open(tmp_path / "store"), ({"visit.txt": "2023-03-10"}, None))


def painted(view) -> dict:
    """Each piece of text on the article's first lines -> the style it is painted in."""
    return {seg.text.strip(): seg.style for y in range(6) for seg in view.render_line(y) if seg.text.strip()}


async def test_the_article_marks_the_word_naming_each_event_in_the_dates_colour(tmp_path):
    app = app_on_article(tmp_path, "The mayor visited the harbour on Tuesday with the port board.")
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        colour = {text: style.color for text, style in painted(app.query_one("#article", ArticleView)).items()}
        assert colour["visited"] is not None and colour["visited"] == colour["Tuesday"]
        assert colour.get("harbour") != colour["Tuesday"]


async def test_textual_builtin_themes_keep_names_and_dates_coloured_and_the_body_takes_the_theme(tmp_path):
    app = app_on_article(tmp_path, "Mayor Ines Carvalho visited Lisbon on Tuesday with the port board.")
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.theme = "textual-dark"
        await pilot.pause()
        style = painted(app.query_one("#article", ArticleView))
        colours = {style[w].color for w in ("Ines Carvalho", "Lisbon", "Tuesday")}
        assert None not in colours and len(colours) == 3
        # plain words carry the theme's own background, not the terminal's default
        assert style["with the port board."].bgcolor is not None


async def test_a_notice_never_covers_the_open_prompt(tmp_path):
    from textual.widgets import Input
    from textual.widgets._toast import ToastRack
    app = app_on(tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await loaded(pilot)
        await pilot.press("slash")  # the search prompt
        await pilot.pause()
        assert app.query_one("#prompt", Input).has_focus
        app.notify("a notice while typing", timeout=5)
        await pilot.pause(0.3)
        prompt = app.query_one("#prompt", Input).region
        toasts = [t.region for t in app.screen.query("Toast")]
        assert toasts and not any(t.overlaps(prompt) for t in toasts)
        assert app.query_one(ToastRack).region.y < prompt.y


async def test_keys_that_decide_act_at_once_when_the_timeline_takes_the_keys(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "tab")  # sources -> article -> timeline, no move yet
        assert app.focused.id == "timeline"
        await pilot.press("x")
        await pilot.pause()
        assert [c.kind for c in app.store.corrections()] == ["event.reject"]


async def test_a_line_holding_a_conflicting_date_carries_a_mark_not_colour_alone(tmp_path):
    app = app_on(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.open_document(0)  # the seed whose April 4-6 disagrees with the others' January 4-6
        await pilot.pause()
        view = app.query_one("#article", ArticleView)
        offset = view.text.index("April 4-6")
        view.go_to_offset(offset)
        await pilot.pause()
        lines = [view.render_line(y).text for y in range(view.size.height)]
        holding = [line for line in lines if "April" in line]
        assert holding and all(line.startswith("⚠") for line in holding)
        assert any(line.startswith(" ") and line.strip() for line in lines)  # other lines: no mark


async def test_a_list_row_said_to_have_changed_is_drawn_again_and_only_it():
    from rich.segment import Segment
    from textual.app import App

    words = ["alpha", "beta", "gamma"]

    class One(App):
        def compose(self):
            yield VirtualList(id="list")

    app = One()
    async with app.run_test(size=(30, 5)) as pilot:
        pane = app.query_one(VirtualList)
        pane.set_rows(len(words), lambda i, w, h: [Segment(words[i])])
        await pilot.pause()
        assert [pane.render_line(y).text.strip() for y in range(3)] == words
        words[1], words[2] = "BETA", "GAMMA"
        pane.rows_changed(1)
        await pilot.pause()
        # (row 2 was not said to change: it stays as it was drawn)
        assert [pane.render_line(y).text.strip() for y in range(3)] == ["alpha", "BETA", "gamma"]

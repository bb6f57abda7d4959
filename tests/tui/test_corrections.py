"""Corrections in the reader, each checked three ways: on screen, in the store, after a restart."""
import json
from pathlib import Path

from store import Store
from tui.cli import main

from helpers import DCTS, ROOT, SEEDS, loaded, reader


def exported(tmp_path, capsys, dated=True) -> dict:
    """What `dateline export --format json` writes for the test's store (the gold DCTs given, or not)."""
    dcts = [f"--dct={k}={v}" for k, v in DCTS[0].items()] if dated else []
    code = main(["export", "--store", str(tmp_path / "store"), "--format", "json", *dcts, SEEDS])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def read_at(app, doc: int, phrase: str):
    """Open an article with its reading line at the start of a phrase."""
    app.open_document(doc)
    article = app.query_one("#article")
    article.go_to_offset(app.session.docs[doc].doc.text.index(phrase))
    return article


def row_text(app, k):
    return app.timeline_text(k, 60)


async def select_visit(app, pilot):
    k = next(k for k, ce in enumerate(app.session.entries) if ce.entry.date == "2022-01-04/2022-01-06")
    app.go_to_entry(k)
    app.query_one("#timeline").focus()
    await pilot.pause()
    return k


async def test_accept_and_reject_show_are_stored_and_survive_a_restart(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = await select_visit(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.session.entries[k].status == "confirmed" and row_text(app, k).startswith(("●✓", " ✓"))
        # and the line painted on the screen shows it (not a row drawn before the change)
        timeline = app.query_one("#timeline")
        painted = [timeline.render_line(y).text for y in range(timeline.size.height)]
        assert any(line.lstrip().startswith(("●✓", "✓")) and app.session.entries[k].final_title[:12] in line
                   for line in painted)
        other = next(i for i, ce in enumerate(app.session.entries) if i != k and ce.entry.date == "2002")
        app.go_to_entry(other)
        await pilot.press("x")
        assert app.session.entries[other].status == "rejected" and "✗" in row_text(app, other)
    with Store.open(tmp_path / "store") as st:
        assert [c.kind for c in st.corrections()] == ["event.confirm", "event.reject"]
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        statuses = {ce.entry.date: ce.status for ce in again.session.entries}
        assert statuses["2022-01-04/2022-01-06"] == "confirmed" and statuses["2002"] == "rejected"


async def test_editing_a_date_parses_free_text_and_refuses_what_is_not_a_date(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = await select_visit(app, pilot)
        for typed in ("Feb 30", "soonish"):
            await pilot.press("e", "ctrl+a", "ctrl+k", *typed, "enter")
            await pilot.pause()
            assert app.session.entries[k].status == "auto"
        with Store.open(tmp_path / "store", read_only=True) as st:
            assert st.corrections() == []  # invalid input never reaches the store
        await pilot.press("e", "ctrl+a", "ctrl+k", *"Jan 5", "enter")
        await pilot.pause()
        ce = app.session.entries[k]
        assert ce.final_date == "2022-01-05" and ce.status == "edited" and "✎" in row_text(app, k)
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        assert any(ce.final_date == "2022-01-05" and ce.status == "edited" for ce in again.session.entries)


async def test_undo_and_redo(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = await select_visit(app, pilot)
        await pilot.press("x")
        assert app.session.entries[k].status == "rejected"
        await pilot.press("u")
        assert app.session.entries[k].status == "auto"
        with Store.open(tmp_path / "store", read_only=True) as st:
            assert st.corrections() == []
        await pilot.press("U")
        assert app.session.entries[k].status == "rejected"
        with Store.open(tmp_path / "store", read_only=True) as st:
            assert [c.kind for c in st.corrections()] == ["event.reject"]


async def test_setting_the_creation_dates_of_the_undated_seeds_dates_their_events(tmp_path, capsys):
    app = reader(tmp_path, dcts=({}, None))
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        for index, dct in ((2, "2022-01-04"), (3, "2021-12-22"), (4, "2022-01-04")):
            app.open_document(index)
            await pilot.press("D", "ctrl+a", "ctrl+k", *dct, "enter")
            await loaded(pilot)
            await pilot.pause()
            ann = app.session.docs[index].doc.annotations
            assert (ann.dct, ann.dct_source) == (dct, "store")
        assert "set by hand" in str(app.query_one("#article-head").render())
        await pilot.press("D", "ctrl+a", "ctrl+k", *"2022-02-30", "enter")  # refused, nothing changes
        await pilot.pause()
    # the export of the same store now dates the seeds as --dct would
    events = exported(tmp_path, capsys, dated=False)["events"]
    dates = {e["date"] for e in events}
    assert {"2022-01-04/2022-01-06", "2022-01-09/2022-01-10", "2022-01-12", "2022-01-13", "2021-12-22"} <= dates
    visit = next(e for e in events if e["date"] == "2022-01-04/2022-01-06")
    assert len({s["source"] for s in visit["sources"]}) == 4 and visit["conflict"]


async def test_titles_notes_and_resolving_a_conflict(tmp_path, capsys):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = await select_visit(app, pilot)
        await pilot.press("T", "ctrl+a", "ctrl+k", "enter")  # an empty title is refused
        with Store.open(tmp_path / "store", read_only=True) as st:
            assert st.corrections() == []
        await pilot.press("T", "ctrl+a", "ctrl+k", *"Borrell visits Ukraine", "enter")
        await pilot.press("o", *"three sources, one says April", "enter")
        ce = app.session.entries[k]
        srcs = ce.entry.sources
        agreeing = next(i for i, s in enumerate(srcs) if s.value == "2022-01-04/2022-01-06")
        app.source_step = agreeing
        await pilot.press("r")
        ce = app.session.entries[k]
        assert ce.final_title == "Borrell visits Ukraine" and ce.notes == ["three sources, one says April"]
        assert ce.final_date == "2022-01-04/2022-01-06"
        assert [srcs[i].timex.text for i in ce.overruled] == ["April 4-6"]
        assert "⚠" not in row_text(app, k)
    events = exported(tmp_path, capsys)["events"]
    visit = next(e for e in events if e["title"] == "Borrell visits Ukraine")
    assert visit["status"] == "edited" and not visit["conflict"] and visit["notes"]
    april = next(s for s in visit["sources"] if s["text"] == "April 4-6")
    assert april["overruled"] and april["conflict"]  # kept, with its own date, marked overruled
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        ce = next(ce for ce in again.session.entries if ce.final_title == "Borrell visits Ukraine")
        assert ce.overruled and ce.notes and not ("⚠" in row_text(again, again.session.entries.index(ce)))


async def test_history_lists_every_change_with_who_and_when(tmp_path, monkeypatch):
    from textual.widgets import Static
    from tui.history import HistoryScreen
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "jo.analyst")  # who runs the reader is who made the change
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await select_visit(app, pilot)
        await pilot.press("a")
        await pilot.press("x")
        await pilot.press("h")
        assert isinstance(app.screen, HistoryScreen)
        lines = [str(w.render()) for w in app.screen.query(Static)]
        assert "rejected" in lines[1] and "confirmed" in lines[2] and "jo.analyst" in lines[1]
        assert {c.author for c in app.store.corrections()} == {"jo.analyst"}
        await pilot.press("escape")
        assert not isinstance(app.screen, HistoryScreen)


async def test_export_from_the_reader_equals_dateline_export(tmp_path, capsys):
    app = reader(tmp_path)
    target = tmp_path / "out.json"
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await select_visit(app, pilot)
        await pilot.press("x")
        await pilot.press("E", "ctrl+a", "ctrl+k", *str(target), "enter")
        await pilot.pause()
        await pilot.press("E", "ctrl+a", "ctrl+k", *str(tmp_path / "out.docx"), "enter")  # refused
        await pilot.pause()
    assert not (tmp_path / "out.docx").exists()
    assert json.loads(target.read_text()) == exported(tmp_path, capsys)
    assert any(e["status"] == "rejected" for e in json.loads(target.read_text())["events"])


async def test_participants_and_place(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = await select_visit(app, pilot)
        await pilot.press("P", "ctrl+a", "ctrl+k", *"Josep Borrell, Dmytro Kuleba", "enter")
        await pilot.press("L", "ctrl+a", "ctrl+k", *"Luhansk", "enter")
        ce = app.session.entries[k]
        assert ce.participants == ["Josep Borrell", "Dmytro Kuleba"] and ce.place == "Luhansk"
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        ce = next(ce for ce in again.session.entries if ce.entry.date == "2022-01-04/2022-01-06")
        assert ce.participants == ["Josep Borrell", "Dmytro Kuleba"] and ce.place == "Luhansk"


async def test_after_extraction_changes_corrections_reattach_or_are_listed_as_orphans(tmp_path):
    import hashlib
    from extract.model import Anchor, Correction
    text = (ROOT / "seeds" / "000_e0d493dd226cd2ca.txt").read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode()).hexdigest()
    start = text.index("April 4-6")
    with Store.open(tmp_path / "store") as st:
        # saved when an older extractor's span was "from April 4-6": it re-attaches to "April 4-6"
        st.add_correction(Correction("event.title", Anchor(digest, "timex", start - 5, start + 9,
                                                           text[start - 5:start + 9]), "Visit, as first reported"))
        # anchored to words that are no date at all now: kept, and listed as orphaned
        other = text.index("Minsk agreements")
        st.add_correction(Correction("event.reject", Anchor(digest, "timex", other, other + 5, "Minsk"), None))
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        assert any(ce.final_title == "Visit, as first reported" for ce in app.session.entries)
        assert [c.anchor.text for c in app.session.built.orphans] == ["Minsk"]
        await pilot.press("h")
        from textual.widgets import Static
        lines = [str(w.render()) for w in app.screen.query(Static)]
        assert any("orphaned" in line and "Minsk" in line for line in lines)
    with Store.open(tmp_path / "store", read_only=True) as st:
        assert len(st.corrections()) == 2  # nothing dropped


async def test_split_merge_and_move_sources(tmp_path, capsys):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await select_visit(app, pilot)
        n = len(app.session.entries)
        april = next(i for i, s in enumerate(app.session.entries[app.current_entry].entry.sources)
                     if s.timex.text == "April 4-6")
        app.source_step = april
        await pilot.press("S")  # the April source becomes an entry of its own
        assert len(app.session.entries) == n + 1
        alone = next(ce for ce in app.session.entries if [s.timex.text for s in ce.entry.sources] == ["April 4-6"])
        visit = next(ce for ce in app.session.entries if ce.entry.date == "2022-01-04/2022-01-06")
        assert len(visit.entry.sources) == 3 and not visit.entry.conflict
        # and back: merge the lone April entry into the visit
        app.go_to_entry(app.session.entries.index(alone))
        await pilot.press("m")
        await pilot.press("m")  # the same entry twice: refused
        app.go_to_entry(app.session.entries.index(alone))
        await pilot.press("m")
        visit = next(ce for ce in app.session.entries if ce.entry.date == "2022-01-04/2022-01-06")
        app.go_to_entry(app.session.entries.index(visit))
        await pilot.press("m")
        assert len(app.session.entries) == n
        visit = next(ce for ce in app.session.entries if ce.entry.date == "2022-01-04/2022-01-06")
        assert len(visit.entry.sources) == 4 and visit.entry.conflict
        # move one source of the visit into the Kuleba-Truss entry
        k = app.session.entries.index(visit)
        app.go_to_entry(k)
        app.source_step = next(i for i, s in enumerate(visit.entry.sources) if s.timex.text == "Tuesday")
        await pilot.press("M")
        truss = next(ce for ce in app.session.entries if any("Truss" in p for p in ce.entry.participants))
        app.go_to_entry(app.session.entries.index(truss))
        await pilot.press("M")
        truss = next(ce for ce in app.session.entries if any("Truss" in p for p in ce.entry.participants))
        assert "Tuesday" in [s.timex.text for s in truss.entry.sources]
        # recent changes tell each by its entry's title, in words, never as a record
        from textual.widgets import Static
        await pilot.press("h")
        lines = [str(w.render()) for w in app.screen.query(Static)][1:]
        assert len(lines) == 3 and not any("{" in line or "'doc'" in line for line in lines)
        moved = next(line for line in lines if "source moved" in line)
        assert f"into “{truss.final_title[:20]}" in moved
        await pilot.press("escape")
    with Store.open(tmp_path / "store", read_only=True) as st:
        assert [c.kind for c in st.corrections()] == ["source.detach", "entry.merge", "source.move"]
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        truss = next(ce for ce in again.session.entries if any("Truss" in p for p in ce.entry.participants))
        assert "Tuesday" in [s.timex.text for s in truss.entry.sources]


async def test_adding_an_event_the_machine_missed(tmp_path, capsys):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        read_at(app, 0, "Borrell and Stoltenberg talked")
        await pilot.press("A", *"soonish", "enter")  # refused: not a date
        await pilot.press("A", *"Jan 4", "enter")
        added = [ce for ce in app.session.entries if ce.status == "added"]
        assert len(added) == 1 and added[0].final_date == "2022-01-04"
        assert added[0].entry.sources[0].timex.text.startswith("Borrell and Stoltenberg talked")
    with Store.open(tmp_path / "store", read_only=True) as st:
        assert [c.kind for c in st.corrections()] == ["event.add"]
    events = exported(tmp_path, capsys)["events"]
    added = [e for e in events if e["status"] == "added"]
    assert len(added) == 1 and added[0]["date"] == "2022-01-04"
    assert added[0]["sources"][0]["source"].endswith("000_e0d493dd226cd2ca.txt")


async def test_fixing_names_on_the_reading_line(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        article = read_at(app, 0, "respect the Minsk agreements")
        doc = app.session.docs[0].doc
        await pilot.pause()

        def names():
            return {(e.text, e.type) for e in app.session.docs[0].doc.annotations.entities}

        assert ("Minsk", "PLACE") in names()
        await pilot.press("i", *"Minsk=ORG", "enter")
        assert ("Minsk", "ORG") in names()
        article.go_to_offset(doc.text.index("BEIJING"))
        await pilot.press("i", *"BEIJING=none", "enter")
        assert not any(t == "BEIJING" for t, _ in names())
        article.go_to_offset(doc.text.index("EU diplomatic service"))
        await pilot.press("i", *"EU diplomatic service=ORG", "enter")
        assert ("EU diplomatic service", "ORG") in names()
        await pilot.press("i", *"Nowhere=PLACE", "enter")  # not on the line: refused
        await pilot.press("i", *"Minsk=ANIMAL", "enter")   # not a type: refused
        await pilot.pause()
        lines = "\n".join(article.render_line(y).text for y in range(40))
        assert "BEIJING" in lines  # the text itself never changes
    with Store.open(tmp_path / "store", read_only=True) as st:
        assert [c.kind for c in st.corrections()] == ["entity.type", "entity.remove", "entity.add"]
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        fixed = {(e.text, e.type) for e in again.session.docs[0].doc.annotations.entities}
        assert ("Minsk", "ORG") in fixed and ("EU diplomatic service", "ORG") in fixed
        assert not any(t == "BEIJING" for t, _ in fixed)
        assert not again.session.built.orphans  # name fixes are not event corrections


async def test_a_typed_date_is_shown_as_it_will_be_read(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await select_visit(app, pilot)
        await pilot.press("e", "ctrl+a", "ctrl+k", *"last Tuesday")
        await pilot.pause()
        assert "→ 2022-01-04" in str(app.query_one("#mention").render())
        await pilot.press("ctrl+a", "ctrl+k", *"soonish")
        await pilot.pause()
        assert "not a date" in str(app.query_one("#mention").render())
        await pilot.press("escape")


async def test_a_note_on_one_source(tmp_path, capsys):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = await select_visit(app, pilot)
        ce = app.session.entries[k]
        app.source_step = next(i for i, s in enumerate(ce.entry.sources) if s.timex.text == "April 4-6")
        await pilot.press("O", *"this article's dates are corrupted", "enter")
        ce = app.session.entries[k]
        i = app.source_step
        assert ce.source_notes == {i: ["this article's dates are corrupted"]}
    events = exported(tmp_path, capsys)["events"]
    april = next(s for e in events for s in e["sources"] if s["text"] == "April 4-6")
    assert april["notes"] == ["this article's dates are corrupted"]
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        ce = next(ce for ce in again.session.entries if ce.source_notes)
        assert list(ce.source_notes.values()) == [["this article's dates are corrupted"]]


async def test_a_fixed_name_never_reaches_the_extraction_cache(tmp_path):
    # a name removed by hand, then a first start with no derived cache: the cache the reader writes
    # holds what extraction found, the reader shows the fix, and the next start agrees with both
    import shutil

    from extract import EXTRACTOR_VERSION
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        read_at(app, 0, "BEIJING")
        await pilot.press("i", *"BEIJING=none", "enter")
        digest = app.session.docs[0].doc.digest
    shutil.rmtree(tmp_path / "store" / "derived")
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        again._after_first_screen()  # (what the reader does once its first screen is up)
        shown = {e.text for e in again.session.docs[0].doc.annotations.entities}
        assert "BEIJING" not in shown
    with Store.open(tmp_path / "store", read_only=True) as st:
        # (keyed by the date given from outside the text: none for an article dated by its header)
        cached = st.annotations(digest, f"{EXTRACTOR_VERSION}:")
    assert cached is not None and "BEIJING" in {e[2] for e in cached["entities"]}  # [start, end, text, type]
    third = reader(tmp_path)
    async with third.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        assert "BEIJING" not in {e.text for e in third.session.docs[0].doc.annotations.entities}


def _in_date_order(dates) -> bool:
    from extract.timeline import interval
    keys = [(0, iv[0], iv[1]) if (iv := interval(d)) else (1,) for d in dates]
    return keys == sorted(keys)


async def test_an_edited_date_moves_its_entry_in_the_reader_the_exports_and_the_next_start(tmp_path, capsys):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = next(k for k, ce in enumerate(app.session.entries) if ce.final_date.startswith("2014"))
        eid = app.session.entries[k].entry.id
        app.go_to_entry(k)
        app.query_one("#timeline").focus()
        await pilot.pause()
        await pilot.press("e", "ctrl+a", "ctrl+k", *"2022-01-05", "enter")
        await pilot.pause()
        assert _in_date_order([ce.final_date for ce in app.session.entries])
        assert app.session.entries[app.current_entry].entry.id == eid  # the selection moved with it
    events = exported(tmp_path, capsys)["events"]
    assert _in_date_order([e["date"] for e in events])
    code = main(["export", "--store", str(tmp_path / "store"), "--format", "md",
                 *[f"--dct={k}={v}" for k, v in DCTS[0].items()], SEEDS])
    md = capsys.readouterr().out
    assert code == 0 and md.count("\n## 2022\n") == 1 and "\n## 2014\n" not in md
    again = reader(tmp_path)
    async with again.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        assert _in_date_order([ce.final_date for ce in again.session.entries])


async def test_a_name_fix_undone_after_the_timeline_is_rebuilt_comes_back(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        read_at(app, 0, "BEIJING")
        await pilot.press("i", *"BEIJING=none", "enter")
        await select_visit(app, pilot)
        await pilot.press("S")   # a split rebuilds the timeline
        await pilot.pause()
        read_at(app, 0, "BEIJING")
        await pilot.pause()
        await pilot.press("u", "u")  # the split, then the name fix
        await pilot.pause()
        assert "BEIJING" in {e.text for e in app.session.docs[0].doc.annotations.entities}


async def test_keys_go_back_to_the_pane_that_had_them_after_every_prompt(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        await select_visit(app, pilot)
        await pilot.press("T", "ctrl+a", "ctrl+k", *"Borrell visits Ukraine", "enter")
        await pilot.pause()
        assert app.focused.id == "timeline"
        await pilot.press("e", "ctrl+a", "ctrl+k", *"Feb 30", "enter")  # refused: the text stays to mend
        await pilot.pause()
        prompt = app.query_one("#prompt")
        assert app.focused is prompt and prompt.value == "Feb 30" and prompt.has_class("shown")
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused.id == "timeline"
        app.query_one("#sources").focus()
        await pilot.press("/", *"Kyiv", "enter")  # a search sends the keys to the article
        await pilot.pause()
        assert app.focused.id == "article"


async def test_resolving_a_conflict_is_one_step_to_undo(tmp_path):
    app = reader(tmp_path)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        k = await select_visit(app, pilot)
        await pilot.press("r")
        await pilot.pause()
        with Store.open(tmp_path / "store", read_only=True) as st:
            assert len(st.corrections()) >= 2  # the date that stands and each source overruled
        await pilot.press("u")
        await pilot.pause()
        with Store.open(tmp_path / "store", read_only=True) as st:
            assert st.corrections() == []
        assert app.session.entries[k].entry.conflict and not app.session.entries[k].overruled
        await pilot.press("U")
        await pilot.pause()
        with Store.open(tmp_path / "store", read_only=True) as st:
            kinds = sorted(c.kind for c in st.corrections())
        assert kinds[0] == "event.date" and set(kinds[1:]) == {"source.overrule"}


async def test_a_creation_date_set_by_hand_is_undone_by_u_and_listed_in_recent_changes(tmp_path):
    from textual.widgets import Static
    from tui.history import HistoryScreen
    app = reader(tmp_path, dcts=({}, None))
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        app.open_document(2)
        digest = app.session.docs[2].doc.digest
        await pilot.press("D", "ctrl+a", "ctrl+k", *"2022-01-05", "enter")
        await loaded(pilot)
        await pilot.pause()
        assert app.session.docs[2].doc.annotations.dct == "2022-01-05"
        # the ● marks are this article's entries, in the session read again
        mine = set(app.session.docs[app.current_doc].entries)
        marked = {k for k in range(len(app.session.entries)) if row_text(app, k).startswith("●")}
        assert marked == mine
        await pilot.press("h")
        lines = [str(w.render()) for w in app.screen.query(Static)]
        assert isinstance(app.screen, HistoryScreen) and "creation date" in lines[1] and "2022-01-05" in lines[1]
        await pilot.press("escape", "u")
        await loaded(pilot)
        await pilot.pause()
        # back to what the article's own evidence says, which is no date set by hand
        assert app.session.docs[2].doc.annotations.dct_source in (None, "inferred")
        assert app.session.docs[2].doc.annotations.dct != "2022-01-05"
        with Store.open(tmp_path / "store", read_only=True) as st:
            assert st.document_date(digest) is None


def test_every_prompt_the_reader_opens_has_a_handler():
    import re
    from tui import app as reader_app
    source = "".join(p.read_text(encoding="utf-8") for p in sorted(Path(reader_app.__file__).parent.glob("*.py")))
    opened = set(re.findall(r'_open_prompt\("([a-z-]+)"', source))
    assert opened and opened <= set(reader_app.PROMPTS)
    assert all(callable(getattr(reader_app.DatelineApp, name, None)) for name in reader_app.PROMPTS.values())


async def test_undo_takes_back_the_newest_and_a_new_correction_clears_redo(tmp_path):
    # breakage: undo takes the oldest; redo kept after a new correction

    from store import Store
    from tui.app import DatelineApp
    seeds = str(ROOT / "seeds")
    app = DatelineApp([seeds], Store.open(tmp_path / "store"), ({}, None))
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(300):
            if app.session is not None:
                break
            await pilot.pause(0.05)
        assert app.session is not None, "the seeds never loaded"
        app.query_one("#timeline").focus()
        app.go_to_entry(0)
        await pilot.pause()
        await pilot.press("a")                      # confirm the first entry
        app.go_to_entry(1)
        await pilot.pause()
        await pilot.press("x")                      # then reject the second
        kinds = lambda: sorted(c.kind for c in app.store.corrections())  # noqa: E731
        assert kinds() == ["event.confirm", "event.reject"]
        await pilot.press("u")
        assert kinds() == ["event.confirm"]         # the newest went
        await pilot.press("U")
        assert kinds() == ["event.confirm", "event.reject"]
        await pilot.press("u")
        await pilot.press("a")                      # a new correction ...
        await pilot.press("U")                      # ... leaves nothing to redo
        assert kinds() == ["event.confirm", "event.confirm"]


async def test_a_reader_closed_at_once_still_keeps_its_extraction_for_the_next_start(tmp_path):
    from extract import EXTRACTOR_VERSION
    app = reader(tmp_path, dcts=({}, None))
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        digests = [info.doc.digest for info in app.session.docs]
    # (closed before its first screen had been up for long: the cache is written as it closes; keyed
    # by the date given from outside the text, none here)
    with Store.open(tmp_path / "store", read_only=True) as st:
        assert len(digests) == 5 and all(st.annotations(d, f"{EXTRACTOR_VERSION}:") is not None for d in digests)

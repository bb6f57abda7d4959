"""The reader: sources, article and timeline, in step with each other.

The app composes the panes and keeps them in step; what it does by key lives beside it, one module
each: loading.py (reading and the session), rows.py (each pane's rows), prompts.py (the prompt and
its table of answers), corrections.py (the correction keys), dates.py (creation dates, history,
undo), exporting.py (E)."""
from __future__ import annotations

import gc
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input

from themes import DEFAULT_THEME, THEMES, load_user_themes

from .commands import EntitiesProvider, EventsProvider, ExportProvider, SourcesProvider, ThemesProvider
from .corrections import Corrections
from .dates import CreationDates
from .exporting import Exporting
from .loading import Loading
from .prompts import PROMPTS, Prompts
from .reading import Reading
from .rows import PaneRows
from .session import Session
from .widgets.article import ArticleView
from .widgets.footer import DatelineFooter
from .widgets.header import DatelineHeader
from .widgets.status import StatusLine
from .widgets.timeline_list import TimelineList
from .widgets.virtual_list import VirtualList, visible

CSS_PATH = Path(__file__).resolve().parent.parent / "themes" / "dateline.tcss"
NARROW = 110  # below this many columns the sources pane folds away (s shows it)


class DatelineApp(Loading, PaneRows, Reading, Prompts, Corrections, CreationDates, Exporting, App):
    TITLE = "dateline"
    CSS_PATH = str(CSS_PATH)
    COMMANDS = App.COMMANDS | {SourcesProvider, EventsProvider, EntitiesProvider, ThemesProvider, ExportProvider}
    BINDINGS = [
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Prev pane", show=False),
        Binding("question_mark,f1", "help", "Help"),
        Binding("slash", "search", "Search"),
        Binding("f", "filter", "Filter"),
        Binding("c", "conflicts", "Conflicts"),
        Binding("right_square_bracket", "next_source", "Next source"),
        Binding("left_square_bracket", "previous_source", "Prev source", show=False),
        Binding("s", "toggle_sources", "Sources", show=False),
        Binding("t", "toggle_timeline", "Timeline", show=False),
        Binding("escape", "close_prompt", "Close", show=False),
        Binding("a", "accept", "Accept", show=False),
        Binding("x", "reject", "Reject", show=False),
        Binding("e", "edit_date", "Edit date", show=False),
        Binding("D", "set_creation_date", "Creation date", show=False),
        Binding("d", "accept_creation_date", "Accept suggested date", show=False),
        Binding("T", "edit_title", "Edit title", show=False),
        Binding("r", "resolve", "Resolve conflict", show=False),
        Binding("o", "note", "Note", show=False),
        Binding("O", "source_note", "Note on source", show=False),
        Binding("P", "edit_participants", "Participants", show=False),
        Binding("S", "split_source", "Split off source", show=False),
        Binding("A", "add_event", "Add event", show=False),
        Binding("i", "fix_name", "Fix a name", show=False),
        Binding("m", "merge", "Merge", show=False),
        Binding("M", "move_source", "Move source", show=False),
        Binding("L", "edit_place", "Place", show=False),
        Binding("h", "history", "History", show=False),
        Binding("v", "details", "Details", show=False),
        Binding("full_stop", "next_unreviewed", "Next to review", show=False),
        Binding("Y", "accept_shown", "Accept all shown", show=False),
        Binding("E", "export", "Export", show=False),
        Binding("u", "undo", "Undo", show=False),
        Binding("U", "redo", "Redo", show=False),
        *Reading.READING_BINDINGS,
    ]

    def __init__(self, paths: list[str], store=None, dct_options=None, notices: list[str] | None = None):
        # No garbage collection until the first screen is up: a full collection over the freshly
        # loaded heap costs tens of milliseconds and would land in the first paint.
        # _after_first_screen collects once, moves the survivors out of the collector's sight and
        # turns it back on.
        gc.disable()
        super().__init__()
        self.paths = paths
        self.store = store
        self.dct_options = dct_options or ({}, None)
        self.session: Session | None = None
        self.current_doc = -1
        self.current_entry: int | None = None
        self.source_step = 0
        self.filter_text = ""
        self.conflicts_only = False
        self._init_reading()
        self._rows = []
        self._row_of: dict[int, int] = {}
        self._prompt_mode = ""
        self._start_notices = list(notices or [])
        # what one key did, newest last: a list of corrections saved together (r saves several), or
        # a creation date set with D
        self._undo: list = []
        self._redo: list = []
        self._step: list | None = None  # while one key saves several corrections: they undo as one
        self._unsaved_annotations: list = []  # extraction to keep once the first screen is up
        self._machine: dict = {}  # digest -> the annotations as extraction left them (names unfixed)
        # Themes before the first stylesheet is read: choosing one after mounting reparses every
        # rule and restyles every widget, a quarter of the cold start.
        for theme in THEMES:
            self.register_theme(theme)
        user, self._theme_problems = load_user_themes()
        for theme in user:
            self.register_theme(theme)
        self.dateline_themes: list[str] = [t.name for t in THEMES + user]
        saved = self.store.setting("theme") if self.store else None
        self.theme = saved if saved in self.available_themes else DEFAULT_THEME

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = False) -> None:
        """Every toast is plain text made visible: messages quote titles, paths and typed text."""
        super().notify(visible(str(message)), title=visible(title), severity=severity, timeout=timeout, markup=False)

    def _announce_store_notices(self) -> None:
        """What the store has said since the last look (a file set aside, a save the disk did not
        confirm): every notice reaches the screen, whenever it was made."""
        if self.store is None:
            return
        notes = self.store.notices
        for note in notes[getattr(self, "_notices_shown", 0):]:
            self.notify(note, severity="warning", timeout=8)
        self._notices_shown = len(notes)

    # ------------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield DatelineHeader()
        with Horizontal(id="panes"):
            yield VirtualList(id="sources")
            with Vertical(id="reader"):
                yield StatusLine(id="article-head")
                yield ArticleView(id="article")
                yield StatusLine(id="mention")
            yield TimelineList(id="timeline")
        yield Input(id="prompt")
        yield DatelineFooter()

    def on_mount(self) -> None:
        self._theme_ready = True
        self._watch_terminal()
        for note in self._start_notices + self._theme_problems:
            self.notify(note, severity="warning", markup=False, timeout=8)
        self._announce_store_notices()  # what the store said when it opened, and since
        self.query_one(DatelineHeader).show(visible(
            f"{len(self.paths)} path(s) · store {self.store.folder if self.store else 'none'}"
            + (" (read-only)" if self.store and self.store.read_only else "")))
        for pane in (*self.query(VirtualList), *self.query(ArticleView)):
            pane.listener = self._pane_message
        self.query_one("#sources", VirtualList).border_title = "Sources"
        self.query_one("#timeline", VirtualList).border_title = "Timeline"
        self._update_narrow(self.size.width)
        # (a pane has the keys from the start: left to Textual, the first focusable widget would be
        # the hidden prompt, and keys pressed while a large corpus loads would be typed into it)
        self.query_one("#article", ArticleView).focus()
        self.load()

    def _watch_terminal(self) -> None:
        """Close (saving the session, releasing the store) when the terminal goes away: a closed
        window or a killed tmux pane leaves no one to read the screen, and a reader left behind
        would spin on its dead input and keep the store locked."""
        if self.is_headless:
            return
        import asyncio
        import os
        import signal
        import sys
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.exit)
        except (AttributeError, NotImplementedError, RuntimeError, ValueError):
            pass  # no SIGHUP here (Windows): the check below still notices
        stdin = sys.__stdin__
        if stdin is not None and stdin.isatty():
            fd = stdin.fileno()
            self.set_interval(1.0, lambda: None if os.isatty(fd) else self.exit(), name="terminal-watch")

    def watch_theme(self, theme: str) -> None:
        if not getattr(self, "_theme_ready", False):
            return  # the theme chosen at start: nothing on screen yet, nothing new to save
        if self.store and not self.store.read_only:
            try:
                self.store.set_setting("theme", theme)
            except Exception as e:  # a failed save must not take the reader down
                self.notify(f"theme not saved: {e}", severity="error", markup=False)
        self.refresh(layout=False)
        for w in self.query(VirtualList):
            w.refresh()
        for w in self.query(ArticleView):
            w.refresh()

    def on_resize(self, event) -> None:
        self._update_narrow(event.size.width)

    def _update_narrow(self, width: int) -> None:
        self.set_class(width < NARROW, "-narrow")

    # ------------------------------------------------------------------------------------------
    # loading, in a worker: the interface answers keys while articles are read

    SMALL_CORPUS = 16  # up to this many articles, reading them takes less than a frame or two







    # ------------------------------------------------------------------------------------------
    # rows






    # ------------------------------------------------------------------------------------------
    # keeping the panes in step

    def open_document(self, i: int, focus: bool = False) -> None:
        if not self.session or not (0 <= i < len(self.session.docs)):
            return
        info = self.session.docs[i]
        doc, ann = info.doc, info.doc.annotations
        changed = i != self.current_doc
        before = self._current_entries if self.session and self.current_doc >= 0 else set()
        old_doc, self.current_doc = self.current_doc, i
        if changed:
            self.query_one("#article", ArticleView).show(doc.text, ann, info.body_start, info.conflicting,
                                                             triggers=info.triggers)
            self.query_one("#article-head", StatusLine).show(self._article_heading(doc, ann))
            self.query_one("#mention", StatusLine).show(Content("n / N: step through the dates"))
            # the "open article" marks moved: repaint the rows whose mark changed (they miss the
            # row cache, see row_extra), not whole panes
            self.query_one("#sources", VirtualList)._repaint_rows(self.row_of_doc(old_doc), self.row_of_doc(i))
            self._mark_read(i)
            timeline = self.query_one("#timeline", VirtualList)
            timeline._repaint_rows(*(self._row_of[e] for e in before ^ self._current_entries if e in self._row_of))
            self._save_session_soon()
        sources = self.query_one("#sources", VirtualList)
        if sources.cursor != self.row_of_doc(i):
            sources.move_to(self.row_of_doc(i), quiet=True)
        if focus:
            self.query_one("#article", ArticleView).focus()

    def go_to_entry(self, k: int, source: int = 0, focus_article: bool = False) -> None:
        """Open the entry's source (its n-th) at the sentence, and select the entry in the timeline."""
        if not self.session:
            return
        ce = self.session.entries[k]
        srcs = ce.entry.sources
        src = srcs[source % len(srcs)]
        self.current_entry, self.source_step = k, source % len(srcs)
        self.open_document(self.session.doc_index[src.doc])
        article = self.query_one("#article", ArticleView)
        article.mark_sentence((src.sentence.start, src.sentence.end))
        article.go_to_offset(src.timex.start)
        article.select_mention(src.timex, announce=False)
        timeline = self.query_one("#timeline", VirtualList)
        row = self._row_of.get(k)
        if row is not None and timeline.cursor != row:
            timeline.move_to(row, quiet=True)
        if focus_article:
            article.focus()

    def _pane_message(self, message) -> None:
        """Every message of the three panes, handled as it happens: the one path by which they keep
        in step (see VirtualList.listener)."""
        if isinstance(message, (VirtualList.Highlighted, VirtualList.Selected)):
            handler = {("sources", VirtualList.Highlighted): self._source_highlighted,
                       ("sources", VirtualList.Selected): self._source_selected,
                       ("timeline", VirtualList.Highlighted): self._entry_highlighted,
                       ("timeline", VirtualList.Selected): self._entry_selected}.get((message.list.id, type(message)))
            if handler is not None:
                handler(message)
        elif isinstance(message, ArticleView.CursorMoved):
            self._article_moved(message)
        elif isinstance(message, ArticleView.MentionChanged):
            self._mention_changed(message)

    def _source_highlighted(self, event: VirtualList.Highlighted) -> None:
        doc = self.doc_at_row(event.index)
        self.open_document(doc)
        entries = self._entries_of(doc)
        if entries:
            row = self._row_of.get(entries[0])
            if row is not None:
                self.query_one("#timeline", VirtualList).move_to(row, quiet=True)

    def _source_selected(self, event: VirtualList.Selected) -> None:
        self.open_document(self.doc_at_row(event.index), focus=True)

    def _entry_highlighted(self, event: VirtualList.Highlighted) -> None:
        row = self._rows[event.index] if 0 <= event.index < len(self._rows) else None
        if row and row.entry is not None:
            self.go_to_entry(row.entry)

    def _entry_selected(self, event: VirtualList.Selected) -> None:
        row = self._rows[event.index] if 0 <= event.index < len(self._rows) else None
        if row and row.entry is not None:
            self.go_to_entry(row.entry, focus_article=True)

    def _article_moved(self, event: ArticleView.CursorMoved) -> None:
        if not self.session or self.current_doc < 0:
            return
        entries = self.session.entry_at(self.current_doc, event.offset)
        article = self.query_one("#article", ArticleView)
        if not entries:
            article.mark_sentence(None)
            return
        k = entries[0]
        src = next(s for s in self.session.entries[k].entry.sources
                   if self.session.doc_index[s.doc] == self.current_doc and s.sentence.start <= event.offset)
        article.mark_sentence((src.sentence.start, src.sentence.end))
        self.current_entry = k
        row = self._row_of.get(k)
        if row is not None:
            self.query_one("#timeline", VirtualList).move_to(row, quiet=True)

    def _mention_changed(self, event: ArticleView.MentionChanged) -> None:
        t = event.timex
        line = self.query_one("#mention", StatusLine)
        if t is None:
            line.show(Content(""))
            return
        ann = self.session.docs[self.current_doc].doc.annotations
        if not any(x.start == t.start and x.end == t.end for x in ann.timexes):
            # an event's word standing in for a date it does not give: dated by the article
            line.show(Content.assemble((t.text, "bold"), f": no date of its own, about when the article was written ({ann.dct})"))
            return
        anchor = (f", counted from the suggested date {ann.dct}" if t.inferred else
                  f", anchored to {ann.dct}" if ann.dct else ", undated article: not anchored")
        line.show(Content.assemble((t.text, "bold"), f" → {t.value} ({t.type.lower()}){anchor}"))

    def _entries_of(self, doc: int) -> list[int]:
        return self.session.docs[doc].entries

    # ------------------------------------------------------------------------------------------
    # actions

    def action_next_source(self) -> None:
        self._step_source(1)

    def action_previous_source(self) -> None:
        self._step_source(-1)

    def _step_source(self, step: int) -> None:
        if self.current_entry is None:
            return
        self.go_to_entry(self.current_entry, self.source_step + step)
        ce = self.session.entries[self.current_entry]
        self.notify(f"source {self.source_step + 1} of {len(ce.entry.sources)}", timeout=2, markup=False)

    def action_help(self) -> None:
        from .help import HelpScreen  # Markdown is costly to import: only when asked for
        focused = self.focused.id if self.focused is not None else None
        self.push_screen(HelpScreen(focused))

    @on(Input.Changed, "#prompt")
    def _prompt_changed(self, event: Input.Changed) -> None:
        """While a date is typed, show what it will be read as (or why it cannot be read)."""
        if self._prompt_mode not in ("date", "add") or not self.session:
            return
        from extract.userdate import NotADate, parse_user_date
        if self._prompt_mode == "date" and self.current_entry is not None:
            src = self.session.entries[self.current_entry].entry.sources[0]
            dct = self.session.docs[self.session.doc_index[src.doc]].doc.annotations.dct
        else:
            dct = self.session.docs[self.current_doc].doc.annotations.dct if self.current_doc >= 0 else None
        try:
            self._say(f"{event.value.strip()} → {parse_user_date(event.value, dct)}"
                      + (f" (read against {dct})" if dct else ""))
        except NotADate as e:
            self._say(f"not a date yet: {e}")

    @on(Input.Submitted, "#prompt")
    def _prompt_submitted(self, event: Input.Submitted) -> None:
        prompt = self.query_one("#prompt", Input)
        prompt.remove_class("shown")
        self.remove_class("-prompting")
        self._focus_back()  # (a mode below may send the keys elsewhere, or open the prompt again)
        handler = getattr(self, PROMPTS.get(self._prompt_mode, ""), None)
        if handler is not None:
            handler(event.value)

    def action_toggle_sources(self) -> None:
        if self.has_class("-narrow"):
            self.toggle_class("-sources")
        else:
            self.toggle_class("-hide-sources")

    def action_toggle_timeline(self) -> None:
        self.toggle_class("-hide-timeline")

    # ------------------------------------------------------------------------------------------
    # corrections: each saved at once (the store's atomic save), each undoable

    def action_details(self) -> None:
        """v: the selected entry in full (title, date in words, status, every source, who, where, notes)."""
        if self.session is None or self.current_entry is None:
            self._say("select an event in the timeline first")
            return
        from .details import EntryDetails
        self.push_screen(EntryDetails(self.current_entry))

    def set_theme(self, name: str) -> None:
        self.theme = name

    def on_unmount(self) -> None:
        # Closing: this start's extraction is kept; closed before the first screen's collection,
        # the heap is moved out of the collector's sight rather than collected (a full collection
        # would only delay the exit); the collector must not stay off, for a caller that goes on.
        self._keep_annotations()
        if not gc.isenabled():
            gc.freeze()
        gc.enable()
        if self.store is not None:
            self._save_session()
            self.store.close()



def run_reader(paths: list[str], store_option: str | None, dct_options) -> int:
    app = open_reader(paths, store_option, dct_options)
    app.run()
    # (a crash in the reader is no success: Textual has printed what happened, the exit status says so)
    return app.return_code or 0


def open_reader(paths: list[str], store_option: str | None, dct_options) -> DatelineApp:
    """The reader as `dateline` starts it: its store, or the store read-only when another reader
    holds it, or no store when it cannot be opened -- each said on the first screen."""
    from store import Store, StoreError, StoreLocked, resolve_store_path
    notices = []
    folder = resolve_store_path(store_option)
    try:
        store = Store.open(folder)
    except StoreLocked as e:
        notices.append(f"{e}; opened read-only")
        store = Store.open(folder, read_only=True)
    except StoreError as e:
        notices.append(f"{e}; going on without the store")
        store = None
    return DatelineApp(paths, store, dct_options, notices)

"""The reader: sources, article and timeline, in step with each other."""
from __future__ import annotations

import gc
from dataclasses import dataclass
import time
from datetime import datetime
from pathlib import Path

from rich.segment import Segment
from rich.style import Style
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Header, Input, Label


class StatusLine(Widget):
    """One line of plain content that repaints itself alone (a Static update re-lays the screen)."""

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        self._content = Content("")

    def show(self, content: Content) -> None:
        # (what it shows holds titles, paths and names from articles: made visible, never sent)
        self._content = visible_content(content)
        self.refresh()

    def render(self) -> Content:
        # one screen line per line, cut with an ellipsis: a long title or path never pushes the
        # next line out of the heading's fixed height
        width = self.content_size.width
        if width <= 0 or "\n" not in self._content.plain and self._content.cell_length <= width:
            return self._content
        lines = self._content.split("\n", allow_blank=True)
        return Content("\n").join(line.truncate(width, ellipsis=True) for line in lines)

from themes import DEFAULT_THEME, THEMES, load_user_themes

from .commands import EntitiesProvider, EventsProvider, ExportProvider, SourcesProvider, ThemesProvider
from .session import Session, make_filter
from .widgets.article import ArticleView
from .widgets.footer import DatelineFooter
from .widgets.virtual_list import VirtualList, fit, style_of, visible, visible_content

CSS_PATH = Path(__file__).resolve().parent.parent / "themes" / "dateline.tcss"
NARROW = 110  # below this many columns the sources pane folds away (s shows it)


class DatelineApp(App):
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
        Binding("E", "export", "Export", show=False),
        Binding("u", "undo", "Undo", show=False),
        Binding("U", "redo", "Redo", show=False),
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
        yield Header()
        with Horizontal(id="panes"):
            yield VirtualList(id="sources")
            with Vertical(id="reader"):
                yield StatusLine(id="article-head")
                yield ArticleView(id="article")
                yield StatusLine(id="mention")
            yield VirtualList(id="timeline")
        yield Input(id="prompt")
        yield DatelineFooter()

    def on_mount(self) -> None:
        self._theme_ready = True
        self._watch_terminal()
        for note in self._start_notices + self._theme_problems:
            self.notify(note, severity="warning", markup=False, timeout=8)
        self._announce_store_notices()  # what the store said when it opened, and since
        self.sub_title = visible(f"{len(self.paths)} path(s) · store {self.store.folder if self.store else 'none'}" + (
            " (read-only)" if self.store and self.store.read_only else ""))
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

    def load(self) -> None:
        """Read, extract and merge: at once for a few articles (the first screen comes sooner), in a
        worker thread for more (the interface answers keys meanwhile, with a progress bar)."""
        from store.sources import count_articles, read_sources
        if count_articles(self.paths, self.SMALL_CORPUS) <= self.SMALL_CORPUS:
            sources, problems = read_sources(self.paths)
            self._loaded(self._compute_session(sources, problems, None))
        else:
            # (a few articles are shown at once: the progress bar is mounted only for a long load)
            from textual.widgets import ProgressBar
            self.mount(Horizontal(Label("Reading articles…", id="loading-label"),
                                  ProgressBar(id="progress", show_eta=False), id="loading", classes="shown"),
                       before="#panes")
            self.query_one("#article-head", StatusLine).show(Content("Reading articles…"))
            gc.enable()  # a long load makes garbage of its own; the first screen is already up
            self._load_in_thread()

    @work(thread=True, exclusive=True, group="load")
    def _load_in_thread(self) -> None:
        from store.sources import read_sources
        sources, problems = read_sources(self.paths)
        session = self._compute_session(sources, problems, lambda done, total: self.call_from_thread(
            self._progress, done, total))
        self.call_from_thread(self._loaded, session)

    def _compute_session(self, sources, problems, progress) -> Session:
        from store.corpus import failure_message, timeline_of
        from store.sources import document_date
        by_name, every = self.dct_options
        failed: list[str] = []
        shown = [time.perf_counter()]

        def told(done: int, total: int) -> None:
            # ten updates a second at most: each waits for the interface's thread
            if progress and (time.perf_counter() - shown[0] > 0.1 or done == total):
                shown[0] = time.perf_counter()
                progress(done, total)

        built = timeline_of(sources, lambda s: document_date(s, by_name, every, self.store), self.store,
                            later=self._unsaved_annotations if progress is None else None,
                            on_failure=lambda src, e: failed.append(failure_message(src.path, e)),
                            progress=told)
        return Session.from_built(built, [str(p) for p in problems] + failed)

    def _after_first_screen(self) -> None:
        """What can wait until the first screen is up: keeping the extraction for the next start,
        and freezing the heap (the session is large and lives as long as the reader: out of the
        collector's sight, full collections, whose cost grows with the heap, stay off key presses)."""
        if self._unsaved_annotations and self.store is not None:
            from store.corpus import save_annotations
            try:
                save_annotations(self.store, self._unsaved_annotations)
            except Exception:
                pass  # a cache: not keeping it costs the next start some time, nothing else
            self._unsaved_annotations = []
            if self.is_running:
                self._announce_store_notices()
        gc.collect()
        gc.freeze()
        gc.enable()

    def _progress(self, done: int, total: int) -> None:
        bar = self.query_one("#progress")
        bar.update(total=max(1, total), progress=done)
        self.query_one("#loading-label", Label).update(Content(f"Reading {done}/{total} articles"))

    def _loaded(self, session: Session) -> None:
        self.session = session
        import copy
        for i, info in enumerate(session.docs):  # names as the analyst fixed them
            # the machine's annotations stay as extraction left them (they are what the cache keeps);
            # the reader shows a copy whose names carry the analyst's fixes
            self._machine[info.doc.digest] = info.doc.annotations
            info.doc.annotations = copy.copy(info.doc.annotations)
            if self.store is not None and self.store.corrections(info.doc.digest):
                self._refresh_names(i)
        self.set_timer(0.5, self._after_first_screen)
        for panel in self.query("#loading"):
            panel.remove_class("shown")
        for p in session.problems:
            self.notify(p, severity="warning", markup=False, timeout=8)
        if session.built.orphans:
            n = len(session.built.orphans)
            self.notify(f"{n} correction{'s' if n != 1 else ''} no longer match{'es' if n == 1 else ''} its "
                        "article after extraction changed: kept, listed in recent changes (h)",
                        severity="warning", markup=False, timeout=10)
        n = len(session.docs)
        self.sub_title = visible(f"{n} article{'s' if n != 1 else ''} · {len(session.entries)} events · store " + (
            f"{self.store.folder}{' (read-only)' if self.store.read_only else ''}" if self.store else "none"))
        self._announce_store_notices()
        sources = self.query_one("#sources", VirtualList)
        sources.row_extra = lambda i: i == self.current_doc
        sources.set_rows(n, self._source_row)
        self.query_one("#timeline", VirtualList).row_extra = self._timeline_mine
        self._refresh_timeline()
        if n:
            last = getattr(self, "_reopen", None) or (self.store.session().get("open") if self.store else None)
            start = next((i for i, d in enumerate(session.docs) if d.doc.source == last), 0)
            sources.move_to(start, quiet=True)
            self.open_document(start)
            sources.focus()
        else:
            self.query_one("#article-head", StatusLine).show(Content("No article could be read."))
        self._save_session_soon()  # (what is open is what the store has, or the first)

    # ------------------------------------------------------------------------------------------
    # rows

    def _source_row(self, i: int, width: int, highlighted: bool) -> list[Segment]:
        d = self.session.docs[i]
        ann = d.doc.annotations
        mark = "●" if i == self.current_doc else " "
        # a suggestion ends in "?": an inferred day, or the month of an interval
        date = (f"{ann.dct}?" if ann.dct_source == "inferred" else ann.dct) if ann.dct else \
            f"{ann.dct_between[:7]}?" if ann.dct_between and ann.dct_between[:7] == ann.dct_between[11:18] else "undated"
        counts = f"{d.events}ev" + (f" {d.conflicts}⚠" if d.conflicts else "")
        title_w = max(4, width - len(date) - len(counts) - 4)
        conflict = style_of(self, "dateline-conflict")
        return [Segment(f"{mark} "), Segment(fit(ann.title or d.doc.source, title_w).ljust(title_w)),
                Segment(" "), Segment(date, Style(dim=ann.dct is None, italic=ann.dct_source in (None, "inferred"))),
                Segment(" "), Segment(counts, conflict if d.conflicts else Style(dim=True))]

    def _timeline_row(self, i: int, width: int, highlighted: bool) -> list[Segment]:
        row = self._rows[i]
        if row.entry is None:
            return [Segment(fit(f"── {row.label} ", width).ljust(width, "─"), Style(bold=True, dim=True))]
        ce = self.session.entries[row.entry]
        e = ce.entry
        mine = row.entry in self._current_entries
        mark = "●" if mine else " "
        status = {"confirmed": "✓", "edited": "✎", "added": "+", "rejected": "✗"}.get(ce.status, " ")
        date = short_date(ce.final_date)
        support = f"×{e.support}" if e.support > 1 else ""
        warn = "⚠" if e.conflict and not ce.date else ""
        tail = f" {support}{warn}"
        title_w = max(4, width - 2 - 7 - len(tail) - 1)
        style = Style(bold=mine)
        conflict = style_of(self, "dateline-conflict")
        return [Segment(f"{mark}{status}", style), Segment(f"{date:<6} ", style_of(self, "dateline-date")),
                Segment(fit(ce.final_title, title_w).ljust(title_w), style), Segment(" "),
                Segment(support, Style(dim=True)), Segment(warn, conflict + Style(bold=True))]

    def _timeline_mine(self, i: int) -> bool:
        row = self._rows[i] if i < len(self._rows) else None
        if row is None or row.entry is None or self.current_doc < 0:
            return False
        return row.entry in self._current_entries

    @property
    def _current_entries(self) -> set:
        doc = self.current_doc
        if getattr(self, "_mine_doc", None) != (self.session, doc):
            self._mine_doc = (self.session, doc)  # (a new session after D: the same index, other entries)
            self._mine_set = set(self.session.docs[doc].entries) if self.session and doc >= 0 else set()
        return self._mine_set

    def _refresh_timeline(self, keep_entry: int | None = None) -> None:
        if not self.session:
            return
        keep = make_filter(self.filter_text, self.conflicts_only)
        self._rows = self.session.rows(keep)
        self._row_of = {r.entry: i for i, r in enumerate(self._rows) if r.entry is not None}
        timeline = self.query_one("#timeline", VirtualList)
        index = self._row_of.get(keep_entry) if keep_entry is not None else None
        timeline.set_rows(len(self._rows), self._timeline_row, lambda i: self._rows[i].entry is not None, index)
        label = "Timeline"
        if self.filter_text or self.conflicts_only:
            label += f" · filter: {self.filter_text or ''}{' conflicts' if self.conflicts_only else ''}"
        timeline.border_title = Content(label)

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
            self.query_one("#article", ArticleView).show(doc.text, ann, info.body_start, info.conflicting)
            self.query_one("#article-head", StatusLine).show(self._article_heading(doc, ann))
            self.query_one("#mention", StatusLine).show(Content("n / N: step through the dates"))
            # the "open article" marks moved: repaint the rows whose mark changed (they miss the
            # row cache, see row_extra), not whole panes
            self.query_one("#sources", VirtualList)._repaint_rows(old_doc, i)
            timeline = self.query_one("#timeline", VirtualList)
            timeline._repaint_rows(*(self._row_of[e] for e in before ^ self._current_entries if e in self._row_of))
            self._save_session_soon()
        sources = self.query_one("#sources", VirtualList)
        if sources.cursor != i:
            sources.move_to(i, quiet=True)
        if focus:
            self.query_one("#article", ArticleView).focus()

    @staticmethod
    def _article_heading(doc, ann) -> Content:
        """The title, then when the article was written and where that comes from: a date inferred
        from its words is a suggestion, with its reason and the key that accepts it. (What the date
        is comes first: a long path is what gets cut.)"""
        title = (visible(ann.title or doc.source), "bold")
        if ann.dct and ann.dct_source == "inferred":
            why = (ann.dct_reason or "").removeprefix(f"{ann.dct}: ")
            return Content.assemble(title, "\n", (f"suggested {ann.dct}", "italic"),
                                    (visible(f" (d accepts, D sets another) · {why} · {doc.source}"), "dim"))
        if ann.dct:
            where = {"header": "from its header", "option": "given with --dct", "store": "set by hand",
                     "metadata": f"from {ann.dct_reason or 'the file'}"}.get(ann.dct_source or "", "")
            return Content.assemble(title, "\n", (visible(f"created {ann.dct}, {where} · {doc.source}"), "dim"))
        if ann.dct_between:
            start, end = ann.dct_between.split("/")
            return Content.assemble(title, "\n", (f"undated, written between {start} and {end}", "italic"),
                                    (visible(f" (D sets the day) · {ann.dct_reason} · {doc.source}"), "dim"))
        return Content.assemble(title, "\n", (visible(f"undated: relative dates are unresolved · D dates it · "
                                                        f"{doc.source}"), "dim"))

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
        """The panes' moves, handled as they happen (see VirtualList.listener)."""
        if isinstance(message, VirtualList.Highlighted):
            if message.list.id == "sources":
                self._source_highlighted(message)
            elif message.list.id == "timeline":
                self._entry_highlighted(message)
        elif isinstance(message, ArticleView.CursorMoved):
            self._article_moved(message)
        elif isinstance(message, ArticleView.MentionChanged):
            self._mention_changed(message)

    @on(VirtualList.Highlighted, "#sources")
    def _source_highlighted(self, event: VirtualList.Highlighted) -> None:
        self.open_document(event.index)
        entries = self._entries_of(event.index)
        if entries:
            row = self._row_of.get(entries[0])
            if row is not None:
                self.query_one("#timeline", VirtualList).move_to(row, quiet=True)

    @on(VirtualList.Selected, "#sources")
    def _source_selected(self, event: VirtualList.Selected) -> None:
        self.open_document(event.index, focus=True)

    @on(VirtualList.Highlighted, "#timeline")
    def _entry_highlighted(self, event: VirtualList.Highlighted) -> None:
        row = self._rows[event.index] if 0 <= event.index < len(self._rows) else None
        if row and row.entry is not None:
            self.go_to_entry(row.entry)

    @on(VirtualList.Selected, "#timeline")
    def _entry_selected(self, event: VirtualList.Selected) -> None:
        row = self._rows[event.index] if 0 <= event.index < len(self._rows) else None
        if row and row.entry is not None:
            self.go_to_entry(row.entry, focus_article=True)

    @on(ArticleView.CursorMoved)
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

    @on(ArticleView.MentionChanged)
    def _mention_changed(self, event: ArticleView.MentionChanged) -> None:
        t = event.timex
        line = self.query_one("#mention", StatusLine)
        if t is None:
            line.show(Content(""))
            return
        ann = self.session.docs[self.current_doc].doc.annotations
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

    def _open_prompt(self, mode: str, placeholder: str, value: str = "") -> None:
        prompt = self.query_one("#prompt", Input)
        if not prompt.has_class("shown") and self.focused is not prompt:
            self._focus_before_prompt = self.focused  # where the keys go back to when it closes
        self._prompt_mode = mode
        prompt.placeholder = placeholder
        prompt.value = value
        prompt.add_class("shown")
        prompt.focus()

    def action_search(self) -> None:
        self._open_prompt("search", "search the article (enter: go; ; and , step through matches)")

    def action_filter(self) -> None:
        self._open_prompt("filter", "filter the timeline: a name, 2022-01, 2022-01-04..2022-01-10, conflicts "
                                    "(empty clears)", self.filter_text)

    def action_close_prompt(self) -> None:
        prompt = self.query_one("#prompt", Input)
        if prompt.has_class("shown"):
            prompt.remove_class("shown")
            self._focus_back()

    def _focus_back(self) -> None:
        """Give the keys back to the pane that had them before the prompt opened."""
        pane = getattr(self, "_focus_before_prompt", None)
        if pane is None or not pane.is_attached or pane.id == "prompt":
            pane = self.query_one("#article", ArticleView)
        pane.focus()

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
        self._focus_back()  # (a mode below may send the keys elsewhere, or open the prompt again)
        handler = getattr(self, PROMPTS.get(self._prompt_mode, ""), None)
        if handler is not None:
            handler(event.value)

    def _search_for(self, typed: str) -> None:
        article = self.query_one("#article", ArticleView)
        found = article.search(typed)
        self.notify(f"{found} match{'es' if found != 1 else ''} for “{typed}”", timeout=3, markup=False)
        article.focus()

    def _save_title(self, typed: str) -> None:
        if not typed.strip():
            self.notify("a title cannot be empty; nothing was changed", severity="error", markup=False)
        else:
            self._correct("event.title", " ".join(typed.split()), what="title changed")

    def _save_participants(self, typed: str) -> None:
        names = [n.strip() for n in typed.split(",") if n.strip()]
        self._correct("event.participants", names, what="participants set")

    def _save_place(self, typed: str) -> None:
        self._correct("event.place", " ".join(typed.split()) or None, what="place set")

    def _save_note(self, typed: str) -> None:
        if typed.strip():
            self._correct("note", typed.strip(), what="note added")

    def _save_source_note(self, typed: str) -> None:
        ce, src = self._source_on_screen()
        if typed.strip() and src is not None:
            self._correct("source.note", typed.strip(), what="note on the source added", source=src)

    def apply_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self._refresh_timeline(self.current_entry)
        self.query_one("#timeline", VirtualList).focus()

    def action_conflicts(self) -> None:
        self.conflicts_only = not self.conflicts_only
        self._refresh_timeline(self.current_entry)

    def action_toggle_sources(self) -> None:
        if self.has_class("-narrow"):
            self.toggle_class("-sources")
        else:
            self.toggle_class("-hide-sources")

    def action_toggle_timeline(self) -> None:
        self.toggle_class("-hide-timeline")

    # ------------------------------------------------------------------------------------------
    # corrections: each saved at once (the store's atomic save), each undoable

    def _selected(self):
        if not self.session or self.current_entry is None:
            self.notify("select an event in the timeline first", severity="warning", markup=False)
            return None
        return self.session.entries[self.current_entry]

    def _writable(self) -> bool:
        if self.store is None or self.store.read_only:
            self.notify("the store is read-only: corrections cannot be saved", severity="error", markup=False)
            return False
        return True

    def _save(self, correction):
        """Save one correction (durably, before anything shows it) and make it undoable."""
        from dataclasses import replace

        from store import StoreError
        correction = replace(correction, author=analyst())  # who made it, for recent changes (h)
        try:
            saved = self.store.add_correction(correction)
        except StoreError as e:
            self.notify(str(e), severity="error", markup=False)
            return None
        finally:
            self._announce_store_notices()
        if self._step is not None:
            self._step.append(saved)
        else:
            self._undo.append([saved])
        self._redo.clear()
        return saved

    def _correct(self, kind: str, value=None, what: str = "", source=None) -> None:
        """Save one correction of the selected entry (anchored at its first source, or at the given
        source), re-apply, and make it undoable."""
        from extract.model import Anchor, Correction
        ce = self._selected()
        if ce is None or not self._writable():
            return
        src = source or ce.entry.sources[0]
        saved = self._save(Correction(kind, Anchor(src.doc, "timex", src.timex.start, src.timex.end, src.timex.text),
                                      value))
        if saved is None:
            return
        self._after_change(saved)
        self._say(f"{what or kind}: {ce.final_title[:60]} — saved (u undoes, h lists changes)")

    def action_edit_title(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            self._open_prompt("title", "the event's title", ce.final_title)

    def _source_on_screen(self):
        ce = self._selected()
        return (ce, ce.entry.sources[self.source_step % len(ce.entry.sources)]) if ce else (None, None)

    @staticmethod
    def _span_of(src) -> dict:
        return {"doc": src.doc, "start": src.timex.start, "end": src.timex.end}

    def action_split_source(self) -> None:
        """The source on screen (] and [ choose) tells another event: it becomes an entry of its own."""
        ce, src = self._source_on_screen()
        if ce is None:
            return
        if len(ce.entry.sources) < 2:
            self.notify("this entry has one source: nothing to split off", markup=False)
            return
        self._correct("source.detach", what=f"source {src.timex.text!r} split off", source=src)

    def action_merge(self) -> None:
        """m on one entry, then m on another: the first is merged into the second."""
        ce = self._selected()
        if ce is None or not self._writable():
            return
        marked = getattr(self, "_merge_mark", None)
        if marked is None:
            self._merge_mark = ce.entry.sources[0]
            self.notify("marked for merging: select the entry to merge it into and press m", markup=False)
            return
        self._merge_mark = None
        if any(s is marked for s in ce.entry.sources):
            self.notify("an entry cannot be merged with itself; nothing was changed", severity="error",
                        markup=False)
            return
        self._correct("entry.merge", self._span_of(ce.entry.sources[0]), what="merged", source=marked)

    def action_move_source(self) -> None:
        """M on a source (] and [ choose), then M on another entry: the source moves there."""
        ce, src = self._source_on_screen()
        if ce is None or not self._writable():
            return
        marked = getattr(self, "_move_mark", None)
        if marked is None:
            self._move_mark = src
            self.notify(f"source {src.timex.text!r} marked: select the entry it belongs to and press M",
                        markup=False)
            return
        self._move_mark = None
        if any(s is marked for s in ce.entry.sources):
            self.notify("the source is already in this entry; nothing was changed", markup=False)
            return
        self._correct("source.move", self._span_of(ce.entry.sources[0]), what="source moved", source=marked)

    def action_fix_name(self) -> None:
        if self.session and self.current_doc >= 0 and self._writable():
            self._open_prompt("name", "a name on the reading line: Name=PERSON, Name=ORG, Name=PLACE, or Name=none "
                                      "(not a name)")

    def _fix_name(self, typed: str) -> None:
        from extract.model import Anchor, Correction
        name, _, kind = typed.rpartition("=")
        name, kind = name.strip(), kind.strip().upper()
        if not name or kind not in ("PERSON", "ORG", "PLACE", "NONE"):
            self.notify("write Name=PERSON, Name=ORG, Name=PLACE or Name=none", severity="error", markup=False)
            return
        info = self.session.docs[self.current_doc]
        article = self.query_one("#article", ArticleView)
        a, b = article.line_span()
        at = info.doc.text.find(name, a, b + len(name))
        if at < 0:
            self.notify(f"{name!r} is not on the reading line", severity="error", markup=False)
            return
        span = (at, at + len(name))
        overlapping = [e for e in info.doc.annotations.entities if e.start < span[1] and span[0] < e.end]
        known = next((e for e in overlapping if e.text == name), None)
        if kind == "NONE":
            known = known or (overlapping[0] if overlapping else None)
            if known is None:
                self.notify(f"{name!r} is not marked as a name", markup=False)
                return
            c = Correction("entity.remove", Anchor(info.doc.digest, "entity", known.start, known.end, known.text))
        elif known is not None:
            c = Correction("entity.type", Anchor(info.doc.digest, "entity", known.start, known.end, known.text), kind)
        else:
            c = Correction("entity.add", Anchor(info.doc.digest, "entity", span[0], span[1], name), kind)
        if self._save(c) is None:
            return
        self._refresh_names(self.current_doc)
        self.notify(f"{name}: {kind.lower() if kind != 'NONE' else 'not a name'} (u undoes)", markup=False)

    def _refresh_names(self, index: int) -> None:
        """Show the article's names as fixed by the analyst (entity corrections)."""
        from store.apply import apply_entity_corrections
        info = self.session.docs[index]
        ann = info.doc.annotations
        ann.entities = apply_entity_corrections(info.doc.text, info.doc.digest, self._machine.get(info.doc.digest, ann),
                                                self.store.corrections(info.doc.digest) if self.store else [])
        if index == self.current_doc:
            article = self.query_one("#article", ArticleView)
            line = article.cursor_line
            article.show(info.doc.text, ann, info.body_start, info.conflicting)
            article.set_cursor_line(line, announce=False, center=True)

    def action_add_event(self) -> None:
        """An event the machine missed, from the sentence at the article's reading line."""
        if not self.session or self.current_doc < 0 or not self._writable():
            return
        self._open_prompt("add", "date of the event told by the sentence at the reading line "
                                 "(2022-01-04, Jan 5, last Tuesday)")

    def _add_event(self, typed: str) -> None:
        import bisect as _bisect
        from extract.model import Anchor, Correction
        from extract.userdate import NotADate, parse_user_date
        info = self.session.docs[self.current_doc]
        ann = info.doc.annotations
        try:
            value = parse_user_date(typed, ann.dct)
        except NotADate as e:
            self.notify(str(e), severity="error", markup=False)
            return
        offset = self.query_one("#article", ArticleView).cursor_offset
        starts = [x.start for x in ann.sentences]
        i = max(0, _bisect.bisect_right(starts, offset) - 1)
        sent = ann.sentences[i]
        text = info.doc.text[sent.start:sent.end]
        if self._save(Correction("event.add", Anchor(info.doc.digest, "sentence", sent.start, sent.end, text),
                                 {"date": value})) is None:
            return
        self._reapply()
        self.notify(f"event added on {value}: {' '.join(text.split())[:50]} (u undoes)", markup=False)

    def action_edit_participants(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            current = ce.participants if ce.participants is not None else ce.entry.participants
            self._open_prompt("participants", "who took part, separated by commas", ", ".join(current))

    def action_edit_place(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            self._open_prompt("place", "where it happened (empty: nowhere named)", ce.place or ce.entry.place or "")

    def action_source_note(self) -> None:
        ce, src = self._source_on_screen()
        if ce is not None and self._writable():
            self._open_prompt("source-note", f"a note on this source ({src.source}: “{src.timex.text}”)")

    def action_note(self) -> None:
        if self._selected() is not None and self._writable():
            self._open_prompt("note", "a note on this event")

    def action_resolve(self) -> None:
        """The source on screen (step with ] and [) is right: its date stands, the disagreeing sources
        are marked as overruled (kept, with their text)."""
        from extract.timeline import compatibility
        ce = self._selected()
        if ce is None or not self._writable():
            return
        if not ce.entry.conflict:
            self.notify("this event's sources agree: nothing to resolve", markup=False)
            return
        chosen = ce.entry.sources[self.source_step % len(ce.entry.sources)]
        self._step = step = []
        try:
            self._correct("event.date", chosen.value, what=f"date of {chosen.timex.text!r} stands")
            for src in ce.entry.sources:
                if compatibility(src.value, chosen.value) not in ("same", "compatible"):
                    self._correct("source.overrule", chosen.value, what="overruled", source=src)
        finally:
            self._step = None
            if step:
                self._undo.append(step)  # one press of u takes the whole resolution back

    def _reapply(self) -> None:
        """Apply every correction again to the machine's timeline; entries are found again by id
        (a split or a merge changes which entry is where)."""
        from store.apply import apply_corrections
        built = self.session.built
        keep = self.session.entries[self.current_entry].entry.id if self.current_entry is not None else None
        docs = {d.digest: (d.text, d.annotations) for d in built.documents}
        built.corrected, built.orphans = apply_corrections(built.entries, self.store.corrections(), docs,
                                                           {d.digest: d.source for d in built.documents})
        self.session = Session.from_built(built, self.session.problems)
        self._mine_doc = None
        self.current_entry = next((k for k, ce in enumerate(self.session.entries) if ce.entry.id == keep), None)
        self.query_one("#timeline", VirtualList).generation += 1
        self.query_one("#sources", VirtualList).generation += 1
        self.query_one("#sources", VirtualList).refresh()
        self._refresh_timeline(self.current_entry)

    def action_accept(self) -> None:
        self._correct("event.confirm", what="confirmed")

    def action_reject(self) -> None:
        self._correct("event.reject", what="rejected")

    def action_edit_date(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            self._open_prompt("date", DATE_PROMPT, ce.final_date)

    def _save_date(self, typed: str) -> None:
        from extract.userdate import NotADate, parse_user_date
        ce = self._selected()
        if ce is None:
            return
        dct = self.session.docs[self.session.doc_index[ce.entry.sources[0].doc]].doc.annotations.dct
        try:
            value = parse_user_date(typed, dct)
        except NotADate as e:
            self.notify(str(e), severity="error", markup=False)
            self._open_prompt("date", DATE_PROMPT, typed)  # the text stays, to be corrected
            return
        self._correct("event.date", value, what=f"date set to {value}")

    def action_set_creation_date(self) -> None:
        if self.session and self.current_doc >= 0 and self._writable():
            ann = self.session.docs[self.current_doc].doc.annotations
            self._open_prompt("dct", "this article's creation date, YYYY-MM-DD (empty: none)", ann.dct or "")

    def action_accept_creation_date(self) -> None:
        """Take the creation date inferred from the article's words as the analyst's own (as D would)."""
        if not (self.session and self.current_doc >= 0):
            return
        doc = self.session.docs[self.current_doc].doc
        ann = doc.annotations
        if ann.dct_source != "inferred" or not ann.dct:
            self._say("only an interval is known: D sets the day" if ann.dct_between else
                      "no suggested creation date for this article: D sets one")
            return
        if not self._writable():
            return
        step = DateStep(doc.digest, doc.source, self.store.document_date(doc.digest), ann.dct)
        if self._set_creation_date(step.digest, step.path, step.after):
            self._undo.append(step)
            self._redo.clear()

    def _save_creation_date(self, typed: str) -> None:
        from extract.timevalues import OutOfRange, accepted_day
        typed = typed.strip()
        try:
            value = accepted_day(typed) if typed else None
        except OutOfRange as e:
            self.notify(str(e), severity="error", markup=False)
            return
        except ValueError:
            self.notify(f"{typed!r} is not a date: use YYYY-MM-DD", severity="error", markup=False)
            return
        doc = self.session.docs[self.current_doc].doc
        step = DateStep(doc.digest, doc.source, self.store.document_date(doc.digest), value)
        if self._set_creation_date(step.digest, step.path, step.after):
            self._undo.append(step)
            self._redo.clear()

    def _set_creation_date(self, digest: str, path: str, value: str | None) -> bool:
        """Set (or remove) a hand-set creation date and read the article again; False if not saved."""
        from store import StoreError
        try:
            self.store.set_document_date(digest, value, path, author=analyst())
        except StoreError as e:
            self.notify(str(e), severity="error", markup=False)
            return False
        finally:
            self._announce_store_notices()
        self.notify(f"creation date {value or 'removed'}: its relative dates are read again", markup=False)
        self._reopen = path
        self.session = None
        self.current_doc, self.current_entry = -1, None
        self.load()  # extraction runs again for that article (the others come from the cache)
        return True

    def _say(self, text: str) -> None:
        """A quiet confirmation in the line under the article (a toast would re-lay the screen)."""
        self.query_one("#mention", StatusLine).show(Content(text))

    def _after_change(self, c) -> None:
        from store.kinds import fixes_names, rebuilds_timeline
        if fixes_names(c.kind):
            index = self.session.doc_index.get(c.anchor.doc)
            if index is not None:
                self._refresh_names(index)
        elif rebuilds_timeline(c.kind):
            self._reapply()  # which sources make which entry changed: the whole timeline again
        else:
            self._reapply_entry(c)

    def _reapply_entry(self, c) -> None:
        """A status, date, title... changes one entry: correct that entry alone (its documents'
        corrections), so saving costs the same at 5 articles or 10,000."""
        from store.apply import apply_corrections, corrected_order
        span = (c.anchor.doc, c.anchor.start, c.anchor.end)
        k = next((k for k in ([self.current_entry] if self.current_entry is not None else []) +
                  list(range(len(self.session.entries)))
                  if any((s.doc, s.timex.start, s.timex.end) == span for s in self.session.entries[k].entry.sources)),
                 None)
        if k is None:
            self._reapply()
            return
        entry = self.session.entries[k].entry
        digests = {s.doc for s in entry.sources}
        built = self.session.built
        docs = {d: (self.session.docs[self.session.doc_index[d]].doc.text,
                    self.session.docs[self.session.doc_index[d]].doc.annotations) for d in digests}
        corrections = [x for d in digests for x in self.store.corrections(d)]
        corrected, _ = apply_corrections([entry], corrections, docs)
        built.corrected[k] = corrected[0]
        key, entries = corrected_order(corrected[0]), built.corrected
        if (k > 0 and corrected_order(entries[k - 1]) > key) or (k + 1 < len(entries) and key > corrected_order(entries[k + 1])):
            # a new date moves the entry under its new heading, and the selection with it
            keep = corrected[0].entry.id
            entries.sort(key=corrected_order)
            self.session = Session.from_built(built, self.session.problems)
            self._mine_doc = None
            self.current_entry = next((i for i, ce in enumerate(entries) if ce.entry.id == keep), None)
            self.query_one("#sources", VirtualList).generation += 1
            self._refresh_timeline(self.current_entry)
            return
        timeline = self.query_one("#timeline", VirtualList)
        timeline.generation += 1
        if self.filter_text or self.conflicts_only:
            self._refresh_timeline(self.current_entry)  # the entry may now pass the filter, or not
        else:
            timeline.refresh()

    def action_history(self) -> None:
        from .history import HistoryScreen
        orphans = {c.id for c in self.session.built.orphans} if self.session else set()
        self.push_screen(HistoryScreen(self.store.corrections() if self.store else [], orphans=orphans,
                                       dates=self.store.document_dates() if self.store else []))

    def action_undo(self) -> None:
        from store import StoreError
        if not self._undo or not self._writable() or not self.session:
            return
        step = self._undo[-1]
        if isinstance(step, DateStep):
            if self._set_creation_date(step.digest, step.path, step.before):
                self._undo.pop()
                self._redo.append(step)
            return
        done: list = []
        try:
            while step:  # newest first; a failure leaves what is not yet undone undoable
                c = step[-1]
                self.store.remove_correction(c.id, c.anchor.doc)
                done.insert(0, step.pop())
        except StoreError as e:
            self.notify(str(e), severity="error")
        finally:
            self._announce_store_notices()
            if done:
                if not step:
                    self._undo.pop()
                self._redo.append(done)
                for c in done:
                    self._after_change(c)
                self._say(f"undone: {', '.join(c.kind for c in done)} (U redoes)")

    def action_redo(self) -> None:
        from extract.model import Correction
        from store import StoreError
        if not self._redo or not self._writable() or not self.session:
            return
        step = self._redo[-1]
        if isinstance(step, DateStep):
            if self._set_creation_date(step.digest, step.path, step.after):
                self._redo.pop()
                self._undo.append(step)
            return
        saved = []
        try:
            while step:
                c = step[0]
                saved.append(self.store.add_correction(Correction(c.kind, c.anchor, c.value, author=c.author)))
                step.pop(0)
        except StoreError as e:
            self.notify(str(e), severity="error")
        finally:
            self._announce_store_notices()
            if saved:
                if not step:
                    self._redo.pop()
                self._undo.append(saved)
                for c in saved:
                    self._after_change(c)
                self._say(f"redone: {', '.join(c.kind for c in saved)}")

    def set_theme(self, name: str) -> None:
        self.theme = name

    def action_export(self) -> None:
        self.export_timeline("json")

    def export_timeline(self, fmt: str) -> None:
        """Ask where to write the timeline; the format follows the file's suffix."""
        from store.formats import EXTENSIONS, SUFFIXES_SAID
        if not self.session:
            return
        self._open_prompt("export", f"write the timeline to (the suffix chooses the format: {SUFFIXES_SAID})",
                          f"dateline-timeline-{datetime.now():%Y%m%d}.{EXTENSIONS[fmt]}")

    def _write_export(self, typed: str) -> None:
        """The same file `dateline export` writes for this store and these articles; an existing
        file is replaced only once the analyst says so."""
        from store.formats import SUFFIXES_SAID, format_of
        from store.output import RefusedOutput, output_target
        from .confirm import ConfirmScreen
        path = Path(typed.strip()).expanduser()
        fmt = format_of(path)
        if not typed.strip() or fmt is None:
            self.notify(f"{typed.strip() or 'no file'}: end the name with {SUFFIXES_SAID}",
                        severity="error", markup=False)
            return
        articles = [d.doc.source for d in self.session.docs]
        try:
            target = output_target(path, articles)
        except RefusedOutput as e:
            self.notify(f"{e}; nothing was written", severity="error")
            return
        if target.exists():
            self.push_screen(ConfirmScreen(f"{target} exists. Replace it with the timeline ({fmt})?"),
                             lambda yes: self._export_to(path, fmt, articles) if yes else
                             self.notify(f"{path} left as it was", timeout=3))
            return
        self._export_to(path, fmt, articles)

    def _export_to(self, path: Path, fmt: str, articles: list[str]) -> None:
        from store.atomic import NotDurable
        from store.export import render
        from store.output import RefusedOutput, write_export
        try:
            write_export(path, render(fmt, self.session.entries, self.session.built.sentences(),
                                            self.session.built.links()), articles)
        except RefusedOutput as e:
            self.notify(f"{e}; nothing was written", severity="error")
            return
        except NotDurable as e:
            self.notify(f"wrote {fmt} to {path}, but the disk did not confirm it ({e.strerror or e})",
                        severity="warning")
            return
        except OSError as e:
            self.notify(f"export failed: {path}: {e.strerror or e}", severity="error", markup=False)
            return
        self.notify(f"wrote {fmt} to {path}", markup=False)

    def _save_session_soon(self) -> None:
        """Moving through articles saves where the reader is once the moving stops."""
        if getattr(self, "_session_timer", None) is not None:
            self._session_timer.stop()
        self._session_timer = self.set_timer(1.0, self._save_session)

    def _save_session(self) -> None:
        if not self.store or self.store.read_only or not self.session:
            return
        try:
            self.store.set_session({"sources": list(self.paths),
                                    "open": self.session.docs[self.current_doc].doc.source
                                    if self.current_doc >= 0 else None})
        except Exception as e:
            self.notify(f"session not saved: {e}", severity="error", markup=False)

    def on_unmount(self) -> None:
        gc.enable()  # (closed before the first screen was frozen: the collector must not stay off)
        if self.store is not None and self._unsaved_annotations:
            self._after_first_screen()
        if self.store is not None:
            self._save_session()
            self.store.close()


# What the one prompt under the article is asking for, and the method that takes the typed text.
PROMPTS = {"search": "_search_for", "filter": "apply_filter", "date": "_save_date", "dct": "_save_creation_date",
           "title": "_save_title", "export": "_write_export", "name": "_fix_name", "add": "_add_event",
           "participants": "_save_participants", "place": "_save_place", "note": "_save_note",
           "source-note": "_save_source_note"}
DATE_PROMPT = "the event's date: 2022-01-04, Jan 5, 2022-01-04 to 2022-01-06, last Tuesday"


@dataclass
class DateStep:
    """A creation date set with D, as one undoable step: the article's date before and after."""
    digest: str
    path: str
    before: str | None
    after: str | None


def analyst() -> str:
    """The name corrections are saved under: the login name of whoever runs the reader."""
    import getpass
    try:
        return getpass.getuser() or "person"
    except Exception:  # no login name to be had (a container without a passwd entry)
        return "person"


def short_date(value: str) -> str:
    """The date within its group heading (year and month are in the heading): the day, a range of
    days, a week, a part of day; nothing for a whole month or year."""
    from extract.timeline import interval
    iv = interval(value)
    if not iv:
        if value.startswith("XXXX-WXX-") and value[9:10].isdigit():
            return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][int(value[9]) - 1] + "?"
        if value.startswith("XXXX-") and value[5:7].isdigit():
            return value[5:10] + "?" if len(value) >= 10 else value[5:7] + "?"
        return "?"
    head = value.split("/")[0]
    if "-W" in head:
        return head[head.index("-W") + 1:][:6]
    if (iv[1] - iv[0]).days > 6 and "/" not in value:
        return ""
    if iv[0] == iv[1]:
        return f"{iv[0].day:02d}" + (value.split("T")[1][:3] if "T" in value else "")
    if iv[0].month == iv[1].month:
        return f"{iv[0].day:02d}–{iv[1].day:02d}"
    return f"{iv[0].day:02d}–{iv[1].month:02d}/{iv[1].day:02d}"[:6]


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

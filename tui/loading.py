"""Reading the articles in a worker, building the session, keeping it for the next start."""
from __future__ import annotations

import gc
import time

from textual import work
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label

from .session import Session
from .widgets.header import DatelineHeader
from .widgets.status import StatusLine
from .widgets.virtual_list import VirtualList, visible


class Loading:
    """The load cycle: read, extract (or take the cache), build, show; the session saved as it changes."""

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
        self._keep_annotations()
        gc.collect()
        gc.freeze()
        gc.enable()

    def _keep_annotations(self) -> None:
        """Keep this start's fresh extraction in the store's cache (once; the reader may be closing)."""
        if self._unsaved_annotations and self.store is not None:
            from store.corpus import save_annotations
            try:
                save_annotations(self.store, self._unsaved_annotations)
            except Exception:
                pass  # a cache: not keeping it costs the next start some time, nothing else
            self._unsaved_annotations = []
            if self.is_running:
                self._announce_store_notices()

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
        self._show_counts()
        n = len(session.docs)
        self._announce_store_notices()
        sources = self.query_one("#sources", VirtualList)
        self._restore_reading(self.store.session() if self.store else {})
        self._order_sources()
        sources.row_extra = lambda r: self.doc_at_row(r) == self.current_doc
        sources.set_rows(n, self._sorted_source_row)
        sources.border_title = self.sources_title()
        self.query_one("#timeline", VirtualList).row_extra = self._timeline_mine
        self._refresh_timeline()
        if n:
            last = getattr(self, "_reopen", None) or (self.store.session().get("open") if self.store else None)
            start = next((i for i, d in enumerate(session.docs) if d.doc.source == last), 0)
            sources.move_to(self.row_of_doc(start), quiet=True)
            self.open_document(start)
            sources.focus()
            self._say_what_is_undated()
        else:
            self.query_one("#article-head", StatusLine).show(Content("No article could be read."))
        self._save_session_soon()  # (what is open is what the store has, or the first)

    def _say_what_is_undated(self) -> None:
        """The first screen says which articles lack a creation date, and the keys that date them."""
        docs = [d.doc.annotations for d in self.session.docs]
        suggested = sum(a.dct_source == "inferred" for a in docs)
        undated = sum(a.dct is None for a in docs)
        if not (suggested or undated):
            return
        parts = []
        if suggested:
            parts.append(f"{suggested} suggested date{'s' if suggested != 1 else ''}: d accepts")
        if undated:
            parts.append(f"{undated} undated: D")
        # (short: it is the line under the article, 46 columns at 80x24)
        self.query_one("#mention", StatusLine).show(Content(" · ".join(parts)))

    def _show_counts(self) -> None:
        """The header: how many articles and events, how many reviewed, which store."""
        session = self.session
        if session is None:
            return
        n, entries = len(session.docs), session.entries
        reviewed = session.reviewed
        self.query_one(DatelineHeader).show(visible(
            f"{n} article{'s' if n != 1 else ''} · {len(entries)} events · {reviewed} of {len(entries)} reviewed · store "
            + (f"{self.store.folder}{' (read-only)' if self.store.read_only else ''}" if self.store else "none")))

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
                                    if self.current_doc >= 0 else None, **self._reading_state()})
        except Exception as e:
            self.notify(f"session not saved: {e}", severity="error", markup=False)

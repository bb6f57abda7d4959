"""How the analyst moves through the articles, as in a feed reader: which ones they have read, the
order of the sources pane (as read from disk, or by date), and whether rejected entries show.

Read marks and the sort order are the analyst's own (small, kept in the store's session beside the
open article); what the machine extracted is not touched by any of it.
"""
from __future__ import annotations

from textual.binding import Binding

from .widgets.virtual_list import VirtualList

SORTS = ("path", "date")


class Reading:
    """Mixed into the app: source rows map to documents through `source_order`."""

    READING_BINDINGS = [
        Binding("b", "sort_sources", "Sort sources", show=False),
        Binding("X", "toggle_rejected", "Hide rejected", show=False),
    ]

    def _init_reading(self) -> None:
        self.source_order: list[int] = []      # row of the sources pane -> document index
        self._row_of_doc: dict[int, int] = {}
        self.sources_by = "path"
        self.read: set[str] = set()              # digests of the articles opened
        self.hide_rejected = False

    # ------------------------------------------------------------------------------------------
    def _restore_reading(self, saved: dict) -> None:
        read = saved.get("read")
        self.read = {d for d in read if isinstance(d, str)} if isinstance(read, list) else set()
        self.sources_by = saved.get("sources_by") if saved.get("sources_by") in SORTS else "path"
        self.hide_rejected = saved.get("hide_rejected") is True

    def _reading_state(self) -> dict:
        return {"read": sorted(self.read), "sources_by": self.sources_by, "hide_rejected": self.hide_rejected}

    def _order_sources(self) -> None:
        """Rows in the chosen order: as given (paths), or oldest first by creation date (a suggested
        date counts, an interval by its start; undated articles last), ties by path order."""
        docs = self.session.docs if self.session else []
        order = list(range(len(docs)))
        if self.sources_by == "date":
            def when(i: int) -> tuple:
                ann = docs[i].doc.annotations
                day = ann.dct or (ann.dct_between.split("/")[0] if ann.dct_between else None)
                return (day is None, day or "", i)
            order.sort(key=when)
        self.source_order = order
        self._row_of_doc = {d: r for r, d in enumerate(order)}

    def sources_title(self) -> str:
        return "Sources · by date" if self.sources_by == "date" else "Sources"

    def doc_at_row(self, row: int) -> int:
        return self.source_order[row] if 0 <= row < len(self.source_order) else row

    def row_of_doc(self, doc: int) -> int:
        return self._row_of_doc.get(doc, doc)

    def _mark_read(self, doc: int) -> None:
        digest = self.session.docs[doc].doc.digest
        if digest not in self.read:
            self.read.add(digest)
            self.query_one("#sources", VirtualList)._repaint_rows(self.row_of_doc(doc))

    def is_read(self, doc: int) -> bool:
        return self.session.docs[doc].doc.digest in self.read

    # ------------------------------------------------------------------------------------------
    def action_sort_sources(self) -> None:
        if not self.session:
            return
        self.sources_by = SORTS[(SORTS.index(self.sources_by) + 1) % len(SORTS)]
        self._order_sources()
        sources = self.query_one("#sources", VirtualList)
        sources.generation += 1
        sources.set_rows(len(self.source_order), self._sorted_source_row)
        if self.current_doc >= 0:
            sources.move_to(self.row_of_doc(self.current_doc), quiet=True)
        sources.border_title = self.sources_title()
        self.notify("sources by date, oldest first" if self.sources_by == "date" else "sources in the order read",
                    timeout=2, markup=False)
        self._save_session_soon()

    def _sorted_source_row(self, row: int, width: int, highlighted: bool):
        return self._source_row(self.doc_at_row(row), width, highlighted)

    def action_toggle_rejected(self) -> None:
        if not self.session:
            return
        self.hide_rejected = not self.hide_rejected
        keep = self.current_entry
        self._refresh_timeline(keep_entry=keep)
        n = sum(ce.status == "rejected" for ce in self.session.entries)
        self.notify((f"{n} rejected entr{'ies' if n != 1 else 'y'} hidden (X shows them)" if self.hide_rejected
                     else "rejected entries shown"), timeout=2, markup=False)
        self._save_session_soon()

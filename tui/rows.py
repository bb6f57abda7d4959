"""How each pane's rows and the article's heading are painted, from the session."""
from __future__ import annotations

import re

from rich.segment import Segment
from rich.style import Style
from textual.content import Content

from extract.lexicon import SEASON_NAMES, WEEKDAY_NAMES

from .session import make_filter
from .widgets.virtual_list import VirtualList, fit, style_of, visible


class PaneRows:
    """The reader's row renderers: the sources list, the timeline, the heading over the article."""

    def shown_entries(self) -> list[int]:
        """The session's entries the timeline shows, top to bottom (after the filter)."""
        return [r.entry for r in self._rows if r.entry is not None]

    def entry_at(self, row: int) -> int | None:
        """The entry on a row of the timeline, None for a heading."""
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def timeline_text(self, entry: int, width: int = 60) -> str:
        """Entry's row of the timeline as it is drawn (its marks, day, title, support), or "" when
        the timeline does not show it."""
        row = self._row_of.get(entry)
        return "" if row is None else "".join(seg.text for seg in self._timeline_row(row, width, False))

    def source_text(self, row: int, width: int = 60) -> str:
        """A row of the sources pane as it is drawn (its mark, title, date, counts)."""
        return "".join(seg.text for seg in self._source_row(self.doc_at_row(row), width, False))

    def _source_row(self, i: int, width: int, highlighted: bool) -> list[Segment]:
        d = self.session.docs[i]
        ann = d.doc.annotations
        # (newsboat's "N" for an article not yet opened)
        unread = not self.is_read(i)
        mark = "●" if i == self.current_doc else "N" if unread else " "
        # a suggestion ends in "?": an inferred day, or the month of an interval
        date = (f"{ann.dct}?" if ann.dct_source == "inferred" else ann.dct) if ann.dct else \
            f"{ann.dct_between[:7]}?" if ann.dct_between and ann.dct_between[:7] == ann.dct_between[11:18] else "undated"
        counts = f"{d.events}ev" + (f" {d.conflicts}⚠" if d.conflicts else "")
        title_w = max(4, width - len(date) - len(counts) - 4)
        conflict = style_of(self, "dateline-conflict")
        return [Segment(f"{mark} ", Style(bold=unread)),
                Segment(fit(ann.title or d.doc.source, title_w).ljust(title_w), Style(bold=unread)),
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
        n = e.support
        support = f"×{n}" if n > 1 else ""
        warn = "⚠" if e.conflict and not ce.date else ""
        tail = f" {support}{warn}"
        title_w = max(4, width - 2 - DAY_COLUMN - 1 - len(tail) - 1)
        style = Style(bold=mine)
        conflict = style_of(self, "dateline-conflict")
        # (an entry dated only by its reports' own dates is a suggestion, drawn as one)
        day_style = style_of(self, "dateline-date") + Style(italic=True) if e.reported and not ce.date \
            else style_of(self, "dateline-date")
        return [Segment(f"{mark}{status}", style), Segment(f"{date[:DAY_COLUMN]:<{DAY_COLUMN}} ", day_style),
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
        if self.hide_rejected:
            chosen = keep
            keep = lambda ce: ce.status != "rejected" and chosen(ce)  # noqa: E731
        self._rows = self.session.rows(keep)
        self._row_of = {r.entry: i for i, r in enumerate(self._rows) if r.entry is not None}
        timeline = self.query_one("#timeline", VirtualList)
        index = self._row_of.get(keep_entry) if keep_entry is not None else None
        timeline.set_rows(len(self._rows), self._timeline_row, lambda i: self._rows[i].entry is not None, index)
        label = "Timeline" + (" · rejected hidden" if self.hide_rejected else "")
        if self.filter_text or self.conflicts_only:
            shown, total = len(self._row_of), len(self.session.entries)
            label += (f" · filter: {self.filter_text or ''}{' conflicts' if self.conflicts_only else ''} · "
                      + (f"{shown} of {total}" if shown else "nothing matches"))
        timeline.border_title = Content(label)

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
        said = ann.dct_reason or "undated"
        return Content.assemble(title, "\n", (visible(f"{said} · relative dates are unresolved · D dates it · "
                                                        f"{doc.source}"), "dim"))


DAY_COLUMN = 10  # the timeline's day column: "08 night", "19 12:30", "wk 2", "Q3", "summer", "Tue?"
_PARTS = {"MO": "morn", "AF": "aft", "EV": "eve", "NI": "night"}
_WEEKDAYS = [name[:3] for name in WEEKDAY_NAMES]


def short_date(value: str) -> str:
    """The date within its group heading (year and month are in the heading), in forms a person
    reads without a legend: a day ("04"), a range of days ("04–06"), a part of day ("08 night"), a
    clock time ("19 12:30"), a week ("wk 2"), a quarter or half ("Q3", "H1"), a season ("summer");
    nothing for a whole month or year; "Tue?" for a day that cannot be placed."""
    from extract.timeline import interval
    iv = interval(value)
    if not iv:
        m = re.fullmatch(r"XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?", value)
        if m:
            return _WEEKDAYS[int(m.group(1)) - 1] + (f" {_PARTS[m.group(2)]}" if m.group(2) else "") + "?"
        if value.startswith("XXXX-") and value[5:7].isdigit():
            return value[5:10] + "?" if len(value) >= 10 else value[5:7] + "?"
        return "?"
    head = value.split("/")[0]
    m = re.fullmatch(r"\d{4}-W(\d\d)(-WE)?", head)
    if m and "/" not in value:
        return f"{'wknd' if m.group(2) else 'wk'} {int(m.group(1))}"
    m = re.fullmatch(r"\d{4}-(?:([QH])([1-4])|(SP|SU|FA|WI))", head)
    if m and "/" not in value:
        return f"{m.group(1)}{m.group(2)}" if m.group(1) else SEASON_NAMES[m.group(3)]
    if (iv[1] - iv[0]).days > 6 and "/" not in value:
        return ""
    if iv[0] == iv[1]:
        day = f"{iv[0].day:02d}"
        if "T" in value:
            when = value.split("T", 1)[1]
            return f"{day} {_PARTS[when]}" if when in _PARTS else f"{day} {when[:5]}"
        return day
    if iv[0].month == iv[1].month:
        return f"{iv[0].day:02d}–{iv[1].day:02d}"
    return f"{iv[0].day:02d}–{iv[1].month:02d}/{iv[1].day:02d}"[:DAY_COLUMN]

"""Recent changes: every correction in the store, newest first, with who made it and when."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from extract.model import Correction

KINDS = {"event.confirm": "confirmed", "event.reject": "rejected", "event.date": "date set",
         "event.title": "title set", "source.overrule": "source overruled", "note": "note",
         "event.participants": "participants set", "event.place": "place set",
         "source.detach": "source split off", "source.move": "source moved", "entry.merge": "entries merged",
         "event.add": "event added", "entity.type": "name retyped", "entity.remove": "not a name",
         "entity.add": "name marked", "source.note": "note on a source"}


def describe(c: Correction, orphan: bool = False) -> Content:
    from .widgets.virtual_list import visible_content
    return visible_content(_describe(c, orphan))


def _describe(c: Correction, orphan: bool = False) -> Content:
    when = c.created.replace("T", " ")[:16]
    value = "" if c.value in (None, "") else f" → {c.value}"
    return Content.assemble((when, "dim"), f"  {c.author:<7} ", (KINDS.get(c.kind, c.kind), "bold"),
                            f"  “{c.anchor.text}”{value}",
                            ("  orphaned: matches nothing in its article now", "bold") if orphan else "")


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,h", "dismiss", "Close")]
    DEFAULT_CSS = """
    HistoryScreen { align: center middle; }
    HistoryScreen > VerticalScroll { width: 90%; max-width: 110; height: 80%; border: thick $primary;
                                     background: $surface; padding: 0 1; }
    """

    def __init__(self, corrections: list[Correction], limit: int = 200, orphans: set[str] = frozenset()):
        super().__init__()
        self.corrections = sorted(corrections, key=lambda c: c.seq, reverse=True)[:limit]
        self.orphans = orphans

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Content.assemble(("Recent changes", "bold"), "  (newest first; u undoes the last)"))
            if not self.corrections:
                yield Static(Content("No correction yet: every machine-made entry is as extracted."))
            for c in self.corrections:
                yield Static(describe(c, c.id in self.orphans))

"""Recent changes: every correction in the store, newest first, with who made it and when."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from extract.model import Correction
from store.kinds import label

def describe(c: Correction, orphan: bool = False, titles: dict | None = None) -> Content:
    from .widgets.virtual_list import visible_content
    return visible_content(_describe(c, orphan, titles or {}))


def describe_date(row: dict) -> Content:
    """A creation date set by hand (D)."""
    from .widgets.virtual_list import visible_content
    when = str(row.get("set") or "").replace("T", " ")[:16]
    name = str(row.get("path") or row.get("digest", ""))[-40:]
    what = f" → {row['dct']}" if row.get("dct") else ": removed"
    return visible_content(Content.assemble((when, "dim"), f"  {str(row.get('author') or ''):<7} ",
                                            ("creation date", "bold"), f"  {name}{what}"))


def _describe(c: Correction, orphan: bool, titles: dict) -> Content:
    """One line: when, who, what kind, the entry it is about (by its title, else the words it is
    anchored to) and what it says, in words."""
    when = c.created.replace("T", " ")[:16]
    a = c.anchor
    title = titles.get((a.doc, a.start, a.end))
    about = f"“{_short(title)}” (at “{_short(a.text, 24)}”)" if title else f"“{_short(a.text)}”"
    return Content.assemble((when, "dim"), f"  {c.author:<7} ", (label(c.kind), "bold"),
                            f"  {about}{_value_in_words(c, titles)}",
                            ("  orphaned: matches nothing in its article now", "bold") if orphan else "")


def _short(text: str, width: int = 48) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _value_in_words(c: Correction, titles: dict) -> str:
    v = c.value
    if v in (None, "", [], {}):
        return ""
    if c.kind in ("entry.merge", "source.move") and isinstance(v, dict):
        target = titles.get((v.get("doc"), v.get("start"), v.get("end")))
        return f" → into “{_short(target)}”" if target else " → into another entry"
    if c.kind == "event.add" and isinstance(v, dict):
        return f" → dated {v.get('date')}" if v.get("date") else ""
    if isinstance(v, list):
        return " → " + ", ".join(str(x) for x in v)
    if isinstance(v, dict):
        return " → " + ", ".join(f"{k} {x}" for k, x in v.items())
    return f" → {_short(v, 60)}"


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,h", "dismiss", "Close")]
    DEFAULT_CSS = """
    HistoryScreen { align: center middle; }
    HistoryScreen > VerticalScroll { width: 90%; max-width: 110; height: 80%; border: thick $primary;
                                     background: $surface; padding: 0 1; }
    """

    def __init__(self, corrections: list[Correction], limit: int = 200, orphans: set[str] = frozenset(),
                 dates: list[dict] = (), titles: dict | None = None):
        """titles: (digest, start, end) of every source's date -> its entry's title, as shown now."""
        super().__init__()
        self.titles = titles or {}
        # corrections and creation dates set by hand, newest first, by when they were made
        items = [(c.created, c.seq, c) for c in corrections] + [(str(d.get("set") or ""), 0, d) for d in dates]
        items.sort(key=lambda t: (t[0], t[1]), reverse=True)
        self.items = [x for _, _, x in items[:limit]]
        self.orphans = orphans

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Content.assemble(("Recent changes", "bold"), "  (newest first; u undoes the last)"))
            if not self.items:
                yield Static(Content("No correction yet: every machine-made entry is as extracted."))
            for x in self.items:
                yield Static(describe(x, x.id in self.orphans, self.titles) if isinstance(x, Correction)
                             else describe_date(x))

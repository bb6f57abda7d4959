"""The whole of one timeline entry: what the row cannot show (v opens it, ↑ ↓ step through entries)."""
from __future__ import annotations

import re
from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from extract.lexicon import MONTH_NAMES, PART_NAMES as _PARTS, WEEKDAY_NAMES as _WEEKDAYS
from store.export import display_date

from .widgets.virtual_list import visible_content

_STATUS = {"auto": "as extracted, not reviewed", "confirmed": "confirmed", "edited": "edited by hand",
           "added": "added by hand", "rejected": "rejected"}


def date_in_words(value: str) -> str:
    """A TimeML value as a person says it, with its precision: 'Tuesday 4 January 2022',
    '4–6 January 2022', 'week 2 of 2022', 'Saturday 8 January 2022, night', 'a Tuesday (year unknown)'."""
    if "/" in value:
        a, b = (_day(v) for v in value.split("/", 1))
        if a and b:
            if (a.year, a.month) == (b.year, b.month):
                return f"{a.day}–{b.day} {MONTH_NAMES[a.month - 1]} {a.year}"
            if a.year == b.year:
                return f"{a.day} {MONTH_NAMES[a.month - 1]} – {b.day} {MONTH_NAMES[b.month - 1]} {a.year}"
            return f"{_plain(a)} – {_plain(b)}"
        return value.replace("/", " to ")
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:T(?:(MO|AF|EV|NI)|(\d\d:\d\d)(?::\d\d)?))?", value)
    if m:
        d = _day(m.group(1))
        if d:
            said = f"{_WEEKDAYS[d.weekday()]} {_plain(d)}"
            if m.group(2):
                return f"{said}, {_PARTS[m.group(2)]}"
            return f"{m.group(3)}, {said}" if m.group(3) else said
    m = re.fullmatch(r"XXXX-WXX-([1-7])(?:T(MO|AF|EV|NI))?", value)
    if m:
        part = f" {_PARTS[m.group(2)]}" if m.group(2) else ""
        return f"a {_WEEKDAYS[int(m.group(1)) - 1]}{part} (the article is undated: which week is unknown)"
    m = re.fullmatch(r"XXXX-(\d\d)(?:-(\d\d))?", value)
    if m and 1 <= int(m.group(1)) <= 12:
        said = MONTH_NAMES[int(m.group(1)) - 1]
        return f"{int(m.group(2))} {said} (year unknown)" if m.group(2) else f"{said} (year unknown)"
    return display_date(value) or value


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _plain(d: date) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def entry_details(ce, session) -> Content:
    """Everything about one corrected entry, built as Content (article text is never markup)."""
    e = ce.entry
    lines: list = [(ce.final_title, "bold"), "\n"]
    lines += [(date_in_words(ce.final_date), "bold"), f"  ({ce.final_date})", "\n"]
    status = _STATUS.get(ce.status, ce.status)
    flags = [status, f"{e.support} independent source{'s' if e.support != 1 else ''}"]
    if e.conflict and not ce.date:
        flags.append("⚠ its sources disagree on the date")
    lines += [" · ".join(flags), "\n"]
    participants = ce.participants if ce.participants is not None else e.participants
    place = ce.place if ce.place is not None else e.place
    lines += [("who  ", "dim"), ", ".join(participants) or "—", "\n", ("where  ", "dim"), place or "—", "\n"]
    for note in ce.notes:
        lines += [("note  ", "dim"), note, "\n"]
    lines += ["\n", (f"Sources ({len(e.sources)})", "bold"), "\n"]
    for i, s in enumerate(e.sources):
        doc = session.docs[session.doc_index[s.doc]].doc if s.doc in session.doc_index else None
        mark = "overruled" if i in ce.overruled else "⚠ disagrees" if i in e.conflicting else "agrees"
        name = (doc.annotations.title if doc is not None and doc.annotations.title else s.source)
        created = doc.annotations.dct if doc is not None else None
        lines += ["\n", (f"{i + 1}. ", "bold"), (name, "italic"),
                  (f"  (created {created})" if created else "  (undated)", "dim"), "\n"]
        trigger = getattr(s, "trigger", None)
        said = doc.text[trigger.start:trigger.end] if trigger is not None and doc is not None else None
        if s.reported:
            lines += [f"   “{s.timex.text}”: no date of its own, dated by its article  ",
                      (mark, "bold" if mark != "agrees" else "dim"), "\n"]
        else:
            lines += [f"   “{s.timex.text}” → {s.value}  ", (mark, "bold" if mark != "agrees" else "dim"),
                      (f"  · what happened: “{said}”" if said else "", "dim"), "\n"]
        sentence = doc.text[s.sentence.start:s.sentence.end] if doc is not None else ""
        if sentence:
            lines += ["   ", (" ".join(sentence.split()), "dim"), "\n"]
        for note in ce.source_notes.get(i, []):
            lines += [("   note  ", "dim"), note, "\n"]
    return visible_content(Content.assemble(*lines))


class EntryDetails(ModalScreen[None]):
    """The selected entry in full; ↑ ↓ (k j) move the timeline's selection and this view with it."""

    # (↑ ↓ move between entries before the scroll view takes them: pgup pgdn and the wheel scroll a long one)
    BINDINGS = [Binding("escape,q,v", "dismiss", "Close"),
                Binding("down,j", "step(1)", "Next entry", priority=True),
                Binding("up,k", "step(-1)", "Previous entry", priority=True)]
    DEFAULT_CSS = """
    EntryDetails { align: center middle; }
    EntryDetails > VerticalScroll { width: 96%; max-width: 110; height: 90%; border: thick $primary;
                                    background: $surface; padding: 0 1; }
    """

    def __init__(self, entry: int):
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self._content(), id="details")

    def _content(self) -> Content:
        session = self.app.session
        if session is None or not (0 <= self.entry < len(session.entries)):
            return Content("No entry selected.")
        return entry_details(session.entries[self.entry], session)

    def action_step(self, step: int) -> None:
        shown = self.app.shown_entries()
        if self.entry not in shown:
            return
        i = shown.index(self.entry) + step
        if 0 <= i < len(shown):
            self.entry = shown[i]
            self.app.go_to_entry(self.entry)
            self.query_one("#details", Static).update(self._content())

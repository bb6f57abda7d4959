"""The one-line prompt under the panes: what each kind of prompt asks and which method takes the answer."""
from __future__ import annotations

from textual.widgets import Input

from .widgets.article import ArticleView
from .widgets.virtual_list import VirtualList


class Prompts:
    """Opening and closing the prompt, and the answers that only set text on an entry."""

    def _open_prompt(self, mode: str, placeholder: str, value: str = "") -> None:
        prompt = self.query_one("#prompt", Input)
        if not prompt.has_class("shown") and self.focused is not prompt:
            self._focus_before_prompt = self.focused  # where the keys go back to when it closes
        self._prompt_mode = mode
        prompt.placeholder = placeholder
        prompt.value = value
        prompt.add_class("shown")
        self.add_class("-prompting")  # (notices move to the top while the prompt is open)
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
            self.remove_class("-prompting")
            self._focus_back()

    def _focus_back(self) -> None:
        """Give the keys back to the pane that had them before the prompt opened."""
        pane = getattr(self, "_focus_before_prompt", None)
        if pane is None or not pane.is_attached or pane.id == "prompt":
            pane = self.query_one("#article", ArticleView)
        pane.focus()

    def _search_for(self, typed: str) -> None:
        article = self.query_one("#article", ArticleView)
        found = article.search(typed)
        self.notify(f"{found} match{'es' if found != 1 else ''} for “{typed}”", timeout=3, markup=False)
        article.focus()

    def apply_filter(self, text: str) -> None:
        self.filter_text = text.strip()
        self._refresh_timeline(self.current_entry)
        self.query_one("#timeline", VirtualList).focus()
        if self.filter_text and not self.shown_entries():
            self._say(f"no entry matches {self.filter_text!r} (f with nothing typed shows every entry)")

    def action_conflicts(self) -> None:
        self.conflicts_only = not self.conflicts_only
        self._refresh_timeline(self.current_entry)

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


PROMPTS = {"search": "_search_for", "filter": "apply_filter", "date": "_save_date", "dct": "_save_creation_date",
           "title": "_save_title", "export": "_write_export", "name": "_fix_name", "add": "_add_event",
           "participants": "_save_participants", "place": "_save_place", "note": "_save_note",
           "source-note": "_save_source_note"}
DATE_PROMPT = "the event's date: 2022-01-04, Jan 5, 2022-01-04 to 2022-01-06, last Tuesday"

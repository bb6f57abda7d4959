"""A yes-or-no question in a small modal screen: dismissed with True (y, enter) or False (n, escape)."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from .widgets.virtual_list import visible


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [Binding("y,enter", "answer(True)", "Yes"), Binding("n,escape", "answer(False)", "No")]
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical { width: 70%; max-width: 90; height: auto; border: thick $warning;
                               background: $surface; padding: 0 1; }
    """

    def __init__(self, question: str):
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Content(visible(self.question)))  # (it quotes a path: never markup)
            yield Static(Content.assemble(("y", "bold"), " or enter: yes    ", ("n", "bold"), " or escape: no"))

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

"""The header line: title, counts and store, repainted alone."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Header
from textual.widgets._header import HeaderClockSpace, HeaderIcon, HeaderTitle


class HeaderLine(HeaderTitle):
    """The header's title, whose size never changes: a new text repaints it alone (Static's update
    re-lays the whole screen)."""

    def update(self, content="", *, layout: bool = False) -> None:
        super().update(content, layout=False)


class DatelineHeader(Header):
    """Textual's header, whose sub-title (counts, store) is set here rather than as the app's
    sub_title: setting that repaints the whole screen, a full frame on every correction."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._line: str | None = None

    def compose(self) -> ComposeResult:
        yield HeaderIcon().data_bind(Header.icon)
        yield HeaderLine()
        yield HeaderClockSpace()

    def show(self, line: str) -> None:
        """Show this as the sub-title (plain text: it quotes paths)."""
        self._line = line
        if self.is_mounted:
            self.query_one(HeaderLine).update(self.format_title())

    def format_title(self) -> Content:
        return self.app.format_title(self.screen_title, self.screen_sub_title if self._line is None else self._line)

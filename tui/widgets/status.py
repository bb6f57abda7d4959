"""A one-line status widget that repaints alone."""
from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from .virtual_list import visible_content

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

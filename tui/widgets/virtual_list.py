"""A list that renders only the rows on screen: 10,000 sources or 50,000 timeline entries cost
what a screenful costs. Rows are (segments, selectable) built on demand by a row function; no
row text ever passes through markup."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from extract.controls import C0, DEL_AND_C1, REORDERING

RowFn = Callable[[int, int, bool], list[Segment]]  # (index, width, highlighted) -> segments


class VirtualList(ScrollView, can_focus=True):
    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,g", "first", "First", show=False),
        Binding("end,G", "last", "Last", show=False),
        Binding("enter", "select", "Open"),
    ]
    # Its own one-column thumb instead of Textual's scrollbar: a jump to a far row (the sources
    # following the timeline) then repaints a column of cached cells, not a scrollbar widget.
    DEFAULT_CSS = """
    VirtualList { background: $surface; scrollbar-size-vertical: 0; }
    VirtualList:focus { background-tint: $foreground 3%; }
    """

    cursor = reactive(-1, always_update=True, repaint=False)  # watch_cursor repaints the two rows

    @dataclass
    class Highlighted(Message):
        list: "VirtualList"
        index: int

        @property
        def control(self) -> "VirtualList":
            return self.list

    @dataclass
    class Selected(Message):
        list: "VirtualList"
        index: int

        @property
        def control(self) -> "VirtualList":
            return self.list

    def __init__(self, *, id: str | None = None, classes: str | None = None):
        super().__init__(id=id, classes=classes)
        # Who keeps other panes in step, called at once rather than through the message queue:
        # the panes then change in the same frame as the key press, not one frame (~17 ms) later.
        self.listener: Callable[[Message], None] | None = None
        self._count = 0
        self._row: RowFn = lambda i, w, h: []
        self._selectable: Callable[[int], bool] = lambda i: True
        self._cache: dict[tuple, list[Segment]] = {}
        self.generation = 0  # bump to say that every row may have changed
        self.row_extra: Callable[[int], object] = lambda i: None  # what else a row's look depends on

    def set_rows(self, count: int, row: RowFn, selectable: Callable[[int], bool] | None = None,
                 keep: int | None = None) -> None:
        self._count = count
        self._row = row
        self._selectable = selectable or (lambda i: True)
        self._cache.clear()
        self.virtual_size = Size(0, count)
        target = keep if keep is not None and 0 <= keep < count else self._nearest_selectable(0, 1)
        self.set_reactive(VirtualList.cursor, target)
        self.refresh()
        self.call_after_refresh(self._scroll_to_cursor)

    @property
    def count(self) -> int:
        return self._count

    def render_line(self, y: int) -> Strip:
        thumb = self._thumb(y)
        if thumb is None:
            return self._render_row(y, self.size.width)
        return Strip.join([self._render_row(y, self.size.width - 1), thumb])

    def _thumb(self, y: int) -> Strip | None:
        """Where the screenful sits in the list, in the last column; None when all rows fit."""
        total, height = self._count, self.size.height
        if total <= height or height < 2:
            return None
        on = thumb_covers(y, total, height, self.scroll_offset.y)
        key = ("thumb", on, self.app.theme)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._cache[key] = Strip([Segment("▐" if on else " ", self.get_component_rich_style(
                "virtual-list--thumb"))], 1)
        return strip

    def _render_row(self, y: int, width: int) -> Strip:
        index = self.scroll_offset.y + y
        if index >= self._count:
            return Strip.blank(width, self.rich_style)
        highlighted = index == self.cursor
        focused = self.has_focus
        key = (index, width, highlighted, focused and highlighted, self.generation, self.app.theme,
               self.row_extra(index))
        strip = self._cache.get(key)
        if strip is None:
            if len(self._cache) > 4000:
                self._cache.clear()
            base = self.rich_style
            strip = Strip(self._row(index, width, highlighted)).crop_extend(0, width, base)
            if highlighted:
                strip = strip.apply_style(self.get_component_rich_style(
                    "virtual-list--cursor" if focused else "virtual-list--cursor-blurred"))
            else:
                strip = strip.apply_style(base)
            self._cache[key] = strip
        return strip

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()  # a new stylesheet (theme): cached rows carry the old colours

    def on_focus(self) -> None:
        self._repaint_rows(self.cursor)

    def on_blur(self) -> None:
        self._repaint_rows(self.cursor)

    COMPONENT_CLASSES = {"virtual-list--cursor", "virtual-list--cursor-blurred", "virtual-list--thumb"}
    DEFAULT_CSS += """
    VirtualList > .virtual-list--thumb { color: $primary 60%; }
    VirtualList > .virtual-list--cursor { background: $primary 45%; text-style: bold; }
    VirtualList > .virtual-list--cursor-blurred { background: $primary 20%; }
    """

    def watch_cursor(self, old: int, new: int) -> None:
        self._repaint_rows(old, new)
        if 0 <= new < self._count:
            self._scroll_to_cursor()
            self._tell(self.Highlighted(self, new))

    def _tell(self, message: Message) -> None:
        """Every message of the list goes one way: to its listener, at once, when it has one (the
        reader keeps its panes in step within the same frame), else posted as Textual does."""
        if self.listener is not None:
            self.listener(message)
        else:
            self.post_message(message)

    def rows_changed(self, *rows: int) -> None:
        """These rows look different now (a status, a date): drawn again, the others kept."""
        gone = set(rows)
        for key in [k for k in self._cache if k[0] in gone]:
            del self._cache[key]
        self._repaint_rows(*rows)

    def _repaint_rows(self, *rows: int) -> None:
        """Repaint only the rows that changed (a cursor move touches two lines, not the screen)."""
        top, height = self.scroll_offset.y, self.size.height
        for row in rows:
            if top <= row < top + height:
                self.refresh_line(row - top)

    def _scroll_to_cursor(self) -> None:
        if 0 <= self.cursor < self._count:
            top, height = self.scroll_offset.y, max(1, self.size.height)
            if self.cursor < top:
                self.scroll_to(y=self.cursor, animate=False)
            elif self.cursor >= top + height:
                self.scroll_to(y=self.cursor - height + 1, animate=False)

    def _nearest_selectable(self, start: int, step: int) -> int:
        i = start
        while 0 <= i < self._count:
            if self._selectable(i):
                return i
            i += step
        return -1

    def move_to(self, index: int, quiet: bool = False) -> None:
        """Put the cursor on a row; quiet: do not announce it (when another pane drives the move)."""
        if 0 <= index < self._count:
            if quiet:
                old = self.cursor
                self.set_reactive(VirtualList.cursor, index)
                self._repaint_rows(old, index)
                self._scroll_to_cursor()
            else:
                self.cursor = index

    def _step(self, step: int) -> None:
        nxt = self._nearest_selectable(self.cursor + step, 1 if step > 0 else -1)
        if nxt >= 0:
            self.cursor = nxt

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_page_up(self) -> None:
        # (less than a page above: to the first row, not nowhere)
        target = max(0, self.cursor - max(1, self.size.height - 1))
        nxt = self._nearest_selectable(target, -1)
        if nxt < 0:
            nxt = self._nearest_selectable(target, 1)
        if 0 <= nxt < self.cursor:
            self.cursor = nxt

    def action_page_down(self) -> None:
        target = min(self._count - 1, self.cursor + max(1, self.size.height - 1))
        nxt = self._nearest_selectable(target, 1)
        if nxt < 0:
            nxt = self._nearest_selectable(target, -1)
        if nxt >= 0:
            self.cursor = nxt

    def action_first(self) -> None:
        nxt = self._nearest_selectable(0, 1)
        if nxt >= 0:
            self.cursor = nxt

    def action_last(self) -> None:
        nxt = self._nearest_selectable(self._count - 1, -1)
        if nxt >= 0:
            self.cursor = nxt

    def action_select(self) -> None:
        if 0 <= self.cursor < self._count:
            self._tell(self.Selected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        """A click highlights the row (and, as Enter would, opens it)."""
        index = self.scroll_offset.y + event.y
        if 0 <= index < self._count and self._selectable(index):
            self.focus()
            self.cursor = index
            self._tell(self.Selected(self, index))


def thumb_covers(y: int, total: int, height: int, top: int) -> bool:
    """Whether screen line y holds the scroll thumb of a view of `height` lines from `top` of `total`."""
    size = max(1, height * height // total)
    start = (height - size) * top // max(1, total - height)
    return start <= y < start + size


def fit(text: str, width: int) -> str:
    """Cut text to a number of cells, with an ellipsis; control characters shown, not sent."""
    from rich.cells import cell_len, set_cell_size
    text = visible(text)
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(0, width - 1)) + "…" if width > 0 else ""


def visible(text: str) -> str:
    """One character for one character (offsets hold): control characters become their pictures."""
    if not _UNSAFE.search(text):
        return text  # the common case, decided in C
    return text.translate(_PICTURES)


def visible_content(content):
    """The same Content with every character of its text made visible but its line breaks, which
    the caller put there (spans hold: one for one). Text from an article goes through visible()
    first, so that its own line breaks are shown, not followed."""
    from textual.content import Content
    plain = content.plain
    if not _UNSAFE.search(plain):
        return content
    return Content(plain.translate(_PICTURES_BUT_NEWLINE), list(content.spans))


# control characters as their pictures (tab as a space), DEL, C1 controls and bidirectional
# overrides as a replacement character: shown, never sent to the terminal
_PICTURES = {**{o: 0x2400 + o for o in C0}, 0x09: 0x20, **{o: 0xFFFD for o in (*DEL_AND_C1, *REORDERING)},
             0x7F: ord("␡")}
_PICTURES_BUT_NEWLINE = {**_PICTURES, 0x0A: 0x0A}
_UNSAFE = re.compile("[" + "".join(re.escape(chr(o)) for o in _PICTURES) + "]")


_STYLES: dict[tuple[str, str], Style] = {}


def style_of(widget, variable: str, fallback: str = "") -> Style:
    """A theme variable as a rich Style colour (the highlights follow the theme), made once per theme."""
    key = (widget.app.theme, variable)
    style = _STYLES.get(key)
    if style is None:
        from themes import HIGHLIGHT_VARIABLES, highlight_colours
        variables = widget.app.theme_variables
        value = variables.get(variable) or (highlight_colours(variables).get(variable) if variable in
                                            HIGHLIGHT_VARIABLES else None) or fallback
        try:
            style = Style(color=value) if value else Style()
        except Exception:
            style = Style()
        _STYLES[key] = style
    return style

"""The article: its text wrapped to the pane, with names and dates styled by offset (never markup),
a cursor line, the selected event's sentence marked, and search matches shown."""
from __future__ import annotations

from typing import Callable

import bisect
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Region
from textual.message import Message
from textual.widget import Widget
from textual.strip import Strip

from extract.model import Annotations, Timex

from .virtual_list import style_of, thumb_covers, visible

ENTITY_VARS = {"PERSON": "dateline-person", "ORG": "dateline-org", "PLACE": "dateline-place"}


GUTTER = 1  # the column left of the text that marks a line holding a conflicting date


def wrap(text: str, start: int, width: int) -> list[tuple[int, int]]:
    """Display lines as (start, end) offsets into text; paragraphs keep their line breaks."""
    lines: list[tuple[int, int]] = []
    width = max(8, width)
    pos = start
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        a = pos
        if a == end:
            lines.append((a, a))
        while a < end:
            b = a
            cells = 0
            last_space = -1
            while b < end:
                w = cell_len(text[b]) if ord(text[b]) > 0x2FF else 1
                if cells + w > width:
                    break
                if text[b] == " ":
                    last_space = b
                cells += w
                b += 1
            if b < end and last_space > a:
                b = last_space + 1
            lines.append((a, b))
            a = b
        if nl < 0:
            break
        pos = nl + 1
    return lines


class ArticleView(Widget, can_focus=True):
    """Scrolls itself (a top line and a drawn thumb) rather than through a ScrollView: opening
    another article then repaints the pane instead of re-laying out the whole screen."""
    BINDINGS = [
        Binding("up,k", "line_up", "Up", show=False),
        Binding("down,j", "line_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown,space", "page_down", "Page down", show=False),
        Binding("home,g", "top", "Top", show=False),
        Binding("end,G", "bottom", "Bottom", show=False),
        Binding("n", "next_date", "Next date"),
        Binding("N", "previous_date", "Prev date"),
        Binding("semicolon", "next_match", "Next match", show=False),
        Binding("comma", "previous_match", "Prev match", show=False),
    ]
    COMPONENT_CLASSES = {"article--cursor", "article--sentence", "article--match", "article--mention",
                         "article--thumb"}
    DEFAULT_CSS = """
    ArticleView { background: $surface; padding: 0 1; }
    ArticleView > .article--cursor { background: $primary 25%; }
    ArticleView > .article--sentence { background: $accent 12%; }
    ArticleView > .article--match { background: $warning 60%; color: $background; }
    ArticleView > .article--mention { text-style: bold reverse; }
    ArticleView > .article--thumb { color: $primary 60%; }
    """

    @dataclass
    class CursorMoved(Message):
        """The reader moved to another place of the article (offset of the cursor line)."""
        view: "ArticleView"
        offset: int

    @dataclass
    class MentionChanged(Message):
        view: "ArticleView"
        timex: Timex | None

    def __init__(self, *, id: str | None = None):
        super().__init__(id=id)
        # as VirtualList.listener: keeps the timeline in step within the same frame
        self.listener: Callable[[Message], None] | None = None
        self.text = ""
        self.ann: Annotations | None = None
        self.start = 0
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._width = 0
        self.cursor_line = 0
        self._top = 0      # the first line on screen
        self._anchor = 0   # the offset the cursor line holds: it survives re-wrapping
        self.sentence: tuple[int, int] | None = None   # the selected event's sentence
        self.mention: Timex | None = None
        self.conflicting: set[tuple[int, int]] = set()  # date spans whose value conflicts
        self.matches: list[tuple[int, int]] = []
        self._spans: list[tuple[int, int, str]] = []
        self._span_starts: list[int] = []
        self._line_cache: dict[tuple, Strip] = {}
        self._palette_of: str | None = None
        self._styles: dict = {}

    # ------------------------------------------------------------------------------------------
    def show(self, text: str, ann: Annotations, start: int, conflicting: set[tuple[int, int]],
             triggers: set[tuple[int, int]] = frozenset()) -> None:
        """triggers: the words that name the timeline's happenings, marked in the dates' colour."""
        self.text, self.ann, self.start = text, ann, start
        self.conflicting = conflicting
        self.sentence, self.mention, self.matches = None, None, []
        self._line_cache.clear()
        spans = ([(e.start, e.end, e.type) for e in ann.entities]
                 + [(t.start, t.end, "INFERRED" if t.inferred else "DATE") for t in ann.timexes]
                 + [(a, b, "TRIGGER") for a, b in triggers])
        spans.sort()
        self._spans = spans
        self._span_starts = [s[0] for s in spans]
        self._width = 0
        self.cursor_line = 0
        self._anchor = start
        self._rewrap()
        self.scroll_to(y=0)

    def _rewrap(self) -> None:
        width = max(8, self._text_width())
        if width == self._width and self._lines:
            return
        self._width = width
        self._lines = wrap(self.text, self.start, width) if self.text else []
        self._line_starts = [a for a, _ in self._lines]
        self.cursor_line = self.line_of(self._anchor) if self._lines else 0
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()

    def line_span(self) -> tuple[int, int]:
        """Offsets of the reading line."""
        if not self._lines:
            return self.start, self.start
        return self._lines[min(self.cursor_line, len(self._lines) - 1)]

    @property
    def cursor_offset(self) -> int:
        if not self._lines:
            return self.start
        return self._lines[min(self.cursor_line, len(self._lines) - 1)][0]

    def line_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    # ------------------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        index = self._top + y
        base = self.rich_style
        width = self._text_width()
        if index >= len(self._lines):
            return Strip.blank(width + GUTTER, base).join([Strip.blank(0), self._thumb(y)])
        a, b = self._lines[index]
        marks = tuple(m for m in (self.sentence, (self.mention.start, self.mention.end) if self.mention else None)
                      if m and m[0] < b and a < m[1])
        key = (a, b, marks, len(self.matches), self.app.theme, id(self.text), width, index == self.cursor_line)
        strip = self._line_cache.get(key)
        if strip is None:
            if len(self._line_cache) > 2000:
                self._line_cache.clear()
            strip = Strip(self._segments(a, b)).crop_extend(0, width, base)
            if index == self.cursor_line:
                strip = strip.apply_style(self._palette()["cursor"])
            # a line holding a date its sources disagree on carries a mark in the gutter: a symbol,
            # not colour alone, so the conflict is seen in every theme and by every reader
            conflicted = any(s < b and a < e for s, e in self.conflicting)
            gutter = Segment("⚠", self._palette()["conflict"] + base) if conflicted else Segment(" ", base)
            strip = Strip.join([Strip([gutter], GUTTER), strip])
            self._line_cache[key] = strip
        return Strip.join([strip, self._thumb(y)])

    # ------------------------------------------------------------------------------------------
    # our own scrolling

    def _text_width(self) -> int:
        """Columns for the text: the pane less the gutter and the scroll thumb."""
        full = self.content_region.width or (self.size.width or 80)
        return max(1, full - 1 - GUTTER)

    @property
    def _height(self) -> int:
        return max(1, self.content_region.height or self.size.height)

    def _thumb(self, y: int) -> Strip:
        """A one-column scroll thumb: where the visible part sits in the article."""
        total, height = len(self._lines), self._height
        if total <= height:
            return Strip.blank(1, self.rich_style)
        return self._palette()["thumb-on" if thumb_covers(y, total, height, self._top) else "thumb-off"]

    def scroll_to(self, y: int = 0, **_) -> None:
        top = max(0, min(int(y), max(0, len(self._lines) - self._height)))
        if top != self._top:
            self._top = top
            self.refresh()

    def on_mouse_scroll_down(self, event) -> None:
        self._wheel(3)

    def on_mouse_scroll_up(self, event) -> None:
        self._wheel(-3)

    def _wheel(self, step: int) -> None:
        """The wheel scrolls, and drags the cursor along so that the timeline follows."""
        self.scroll_to(self._top + step)
        if self._lines and not (self._top <= self.cursor_line < self._top + self._height):
            self.set_cursor_line(self._top if self.cursor_line < self._top else self._top + self._height - 1)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._palette_of = None  # the stylesheet changed (a new theme): work the styles out again
        self._line_cache.clear()

    def _palette(self) -> dict:
        """The styles lines are painted with, worked out once per theme rather than once per line."""
        theme = self.app.theme
        if self._palette_of != theme:
            self._palette_of = theme
            self._styles = {
                "PERSON": style_of(self, "dateline-person"), "ORG": style_of(self, "dateline-org"),
                "PLACE": style_of(self, "dateline-place"), "DATE": style_of(self, "dateline-date"),
                # counted from an inferred creation date: a suggestion, drawn as one
                "INFERRED": style_of(self, "dateline-date") + Style(italic=True),
                "TRIGGER": style_of(self, "dateline-date"),
                "conflict": style_of(self, "dateline-conflict") + Style(bold=True, underline=True),
                **{name: self.get_component_rich_style(f"article--{name}")
                   for name in ("sentence", "match", "mention", "cursor", "thumb")}}
            self._styles["sentence"] = self._sentence_shade() or self._styles["sentence"]
            self._styles["thumb-on"] = Strip([Segment("▐", self._styles["thumb"])], 1)
            self._styles["thumb-off"] = Strip([Segment(" ", self._styles["thumb"])], 1)
        return self._styles

    def sentence_style(self) -> Style:
        """How the selected event's sentence is painted in the current theme."""
        return self._palette()["sentence"]

    SENTENCE_CONTRAST = 1.3  # the shaded sentence against the page, as a WCAG contrast ratio

    def _sentence_shade(self) -> Style | None:
        """The selected event's sentence is shaded with the theme's accent over the page, strong
        enough to be seen in every theme (12% of the accent is lost on black or on cream)."""
        from textual.color import Color
        try:
            variables = self.app.theme_variables
            page = Color.parse(variables["surface"])
            tints = [Color.parse(variables[name]) for name in ("accent", "primary", "foreground") if variables.get(name)]
        except Exception:
            return None
        # (a light accent on a light page cannot be seen at any strength: then the primary colour,
        # then the text's own)
        for tint in tints:
            amount = 0.12
            while amount < 0.6 and _contrast(page, page.blend(tint, amount)) < self.SENTENCE_CONTRAST:
                amount += 0.04
            if _contrast(page, page.blend(tint, amount)) >= self.SENTENCE_CONTRAST:
                return Style(bgcolor=page.blend(tint, amount).rich_color)
        return None

    def _segments(self, a: int, b: int) -> list[Segment]:
        text = self.text
        styles = self._palette()
        conflict = styles["conflict"]
        sentence_style, match_style, mention_style = styles["sentence"], styles["match"], styles["mention"]
        # boundaries where the style may change
        cuts = {a, b}
        i = max(0, bisect.bisect_right(self._span_starts, a) - 1)
        spans = []
        while i < len(self._spans) and self._spans[i][0] < b:
            s, e, typ = self._spans[i]
            if e > a:
                spans.append((s, e, typ))
                cuts.update((max(a, s), min(b, e)))
            i += 1
        marks = []
        if self.sentence and self.sentence[0] < b and a < self.sentence[1]:
            marks.append((self.sentence[0], self.sentence[1], sentence_style))
        for s, e in self.matches:
            if s < b and a < e:
                marks.append((s, e, match_style))
        if self.mention and self.mention.start < b and a < self.mention.end:
            marks.append((self.mention.start, self.mention.end, mention_style))
        for s, e, _ in marks:
            cuts.update((max(a, s), min(b, e)))
        points = sorted(c for c in cuts if a <= c <= b)
        out = []
        base = self.rich_style  # the theme's text and background, not the terminal's
        for x, y in zip(points, points[1:]):
            if x >= y:
                continue
            style = base
            for s, e, typ in spans:
                if s <= x < e:
                    dated = typ in ("DATE", "INFERRED")
                    # (a date underlined, a name in bold, the word naming a happening in the date's colour)
                    style += styles[typ] + (Style(underline=True) if dated else Style() if typ == "TRIGGER"
                                            else Style(bold=True))
                    if dated and (s, e) in self.conflicting:
                        style += conflict
            for s, e, st in marks:
                if s <= x < e:
                    style += st
            out.append(Segment(visible(text[x:y]), style))
        return out

    # ------------------------------------------------------------------------------------------
    def set_cursor_line(self, line: int, announce: bool = True, center: bool = False,
                        anchor: int | None = None) -> None:
        if not self._lines:
            return
        line = max(0, min(line, len(self._lines) - 1))
        changed = line != self.cursor_line
        old = self.cursor_line
        self.cursor_line = line
        self._anchor = anchor if anchor is not None else self._lines[line][0]
        top, height = self._top, self._height
        if center and not (top + height // 6 <= line < top + height - height // 6):
            self.scroll_to(y=max(0, line - height // 3))
        elif line < top:
            self.scroll_to(y=line)
        elif line >= top + height:
            self.scroll_to(y=line - height + 1)
        self._repaint_lines(old, line)
        if announce and changed:
            self._tell(self.CursorMoved(self, self.cursor_offset))

    def go_to_offset(self, offset: int, announce: bool = False) -> None:
        self.set_cursor_line(self.line_of(offset), announce=announce, center=True, anchor=offset)

    def _repaint_lines(self, *lines: int) -> None:
        """Repaint only the given lines (document line numbers) that are on screen."""
        top, height = self._top, self._height
        width = self.size.width
        for line in lines:
            if top <= line < top + height:
                self.refresh(Region(0, line - top, width, 1))

    def _repaint_span(self, span) -> None:
        if span and self._lines:
            first, last = self.line_of(span[0]), self.line_of(max(span[0], span[1] - 1))
            self._repaint_lines(*range(first, last + 1))

    def mark_sentence(self, span: tuple[int, int] | None) -> None:
        if span == self.sentence:
            return
        old, self.sentence = self.sentence, span
        self._repaint_span(old)
        self._repaint_span(span)

    def action_line_up(self) -> None:
        self.set_cursor_line(self.cursor_line - 1)

    def action_line_down(self) -> None:
        self.set_cursor_line(self.cursor_line + 1)

    def action_page_up(self) -> None:
        self.set_cursor_line(self.cursor_line - max(1, self._height - 1))

    def action_page_down(self) -> None:
        self.set_cursor_line(self.cursor_line + max(1, self._height - 1))

    def action_top(self) -> None:
        self.set_cursor_line(0)

    def action_bottom(self) -> None:
        self.set_cursor_line(len(self._lines) - 1)

    def _date_mentions(self) -> list[Timex]:
        return [t for t in (self.ann.timexes if self.ann else []) if t.start >= self.start]

    def action_next_date(self) -> None:
        self._step_mention(1)

    def action_previous_date(self) -> None:
        self._step_mention(-1)

    def _step_mention(self, step: int) -> None:
        mentions = self._date_mentions()
        if not mentions:
            return
        here = self.mention.start if self.mention else (self.cursor_offset - 1 if step > 0 else self.cursor_offset)
        if step > 0:
            nxt = next((t for t in mentions if t.start > here), mentions[0])
        else:
            nxt = next((t for t in reversed(mentions) if t.start < here), mentions[-1])
        self.select_mention(nxt)

    def select_mention(self, t: Timex | None, announce: bool = True) -> None:
        old, self.mention = self.mention, t
        if old is not None:
            self._repaint_span((old.start, old.end))
        if t is not None:
            self.set_cursor_line(self.line_of(t.start), announce=False, anchor=t.start)
            self._repaint_span((t.start, t.end))
            if announce:
                self._tell(self.CursorMoved(self, t.start))
        self._tell(self.MentionChanged(self, t))

    def _tell(self, message: Message) -> None:
        if self.listener is not None:
            self.listener(message)
        else:
            self.post_message(message)

    def search(self, needle: str) -> int:
        """Highlight every match (case-insensitive); go to the first after the cursor."""
        self.matches = []
        self._line_cache.clear()
        if needle:
            low, pat = self.text.lower(), needle.lower()
            i = low.find(pat, self.start)
            while i >= 0:
                self.matches.append((i, i + len(pat)))
                i = low.find(pat, i + max(1, len(pat)))
        if self.matches:
            self._go_match(1, inclusive=True)
        self.refresh()
        return len(self.matches)

    def _go_match(self, step: int, inclusive: bool = False) -> None:
        if not self.matches:
            return
        here = self.cursor_offset
        if step > 0:
            target = next((m for m in self.matches if m[0] >= here + (0 if inclusive else 1)
                           and self.line_of(m[0]) != (self.cursor_line if not inclusive else -1)), self.matches[0])
        else:
            target = next((m for m in reversed(self.matches) if self.line_of(m[0]) < self.cursor_line),
                          self.matches[-1])
        self.set_cursor_line(self.line_of(target[0]), center=True)

    def action_next_match(self) -> None:
        self._go_match(1)

    def action_previous_match(self) -> None:
        self._go_match(-1)

    def on_click(self, event: events.Click) -> None:
        self.focus()
        self.set_cursor_line(self._top + event.y)


def _contrast(a, b) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(c) -> float:
        def channel(x: float) -> float:
            x /= 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
        r, g, b_ = c.rgb
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b_)
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)

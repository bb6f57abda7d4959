"""Find time expressions and normalise them: run every rule, keep the longest matches, resolve in order.

Resolution runs in text order because anaphora need the story so far: 'the next day' counts from the
last day mentioned, and in an undated article a yearless 'January 7' takes the last year written out.
"""
from __future__ import annotations

import bisect
import re
from datetime import date

from . import timevalues as tv
from .model import Span, Timex
from .tense import tense_at
from .timex_rules import RULES, Context

_YEAR_IN = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_CONTENT = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
WINDOW = 80  # characters of context on each side that describe what a date is the date of
STOPWORDS = frozenset("""
that this with from have will would been were they their there which what when where while about after
before said says also than them then into over under more most such only other some could should
""".split())


def content_words(s: str) -> frozenset:
    return frozenset(w for w in (m.group().lower() for m in _CONTENT.finditer(s)) if w not in STOPWORDS)


def find_timexes(text: str, dct: date | None, sentences: list[Span], start: int = 0) -> list[Timex]:
    chosen = _select(_candidates(text, start))
    starts = [s.start for s in sentences]

    def tense_of(a: int, b: int) -> str | None:
        i = bisect.bisect_right(starts, a) - 1
        if i < 0 or sentences[i].end < b:
            lo, hi = max(0, a - 200), min(len(text), b + 200)
            return tense_at(text[lo:hi], a - lo, b - lo)
        s = sentences[i]
        return tense_at(text[s.start:s.end], a - s.start, b - s.start)

    def sentence_of(a: int, b: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, a) - 1
        return (sentences[i].start, sentences[i].end) if i >= 0 else (max(0, a - 200), b + 200)

    def words_near(a: int, b: int) -> frozenset:
        """The words of the anaphor's whole sentence."""
        lo, hi = sentence_of(a, b)
        return content_words(text[lo:hi])

    def words_before(a: int, b: int, prev_end: int) -> frozenset:
        """What a date is the date of: the words leading up to it, back to the previous date."""
        lo, _ = sentence_of(a, b)
        return content_words(text[max(lo, prev_end, a - WINDOW):a])

    ctx = Context(dct, tense_of, words_near)
    out: list[Timex] = []
    prev_end = 0
    for a, b, rule, m in chosen:
        ctx.span = (a, b)
        resolved = rule.resolve(m, ctx)
        if resolved is None:
            continue
        typ, value = resolved
        out.append(Timex(a, b, text[a:b], typ, value))
        _remember(ctx, value, text[a:b], words_before(a, b, prev_end))
        prev_end = b
    return out


def _candidates(text: str, start: int):
    for rank, rule in enumerate(RULES):
        has_t = "t" in rule.pattern.groupindex
        for m in rule.pattern.finditer(text, start):
            a, b = m.span("t") if has_t and m.group("t") is not None else m.span()
            if b > a:
                yield a, b, rule, m


def _select(cands):
    """Longest first, then the rule's priority; a match overlapping a chosen one is dropped."""
    ordered = sorted(cands, key=lambda c: (-(c[1] - c[0]), -c[2].priority, c[0]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for c in ordered:
        a, b = c[0], c[1]
        i = bisect.bisect_left(taken, (a, b))
        if i > 0 and taken[i - 1][1] > a:
            continue
        if i < len(taken) and taken[i][0] < b:
            continue
        taken.insert(i, (a, b))
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _remember(ctx: Context, value: str, surface: str, words: frozenset) -> None:
    if value[:4].isdigit():
        day = tv.parse_value_date(value.split("/")[-1])
        if day and "T" not in value:
            ctx.days_told.append((day, words))
        m = _YEAR_IN.search(surface)
        if m and value.startswith(m.group(1)):
            ctx.ref_year = int(m.group(1))

"""Time words that are part of a name, not a time: TimeML tags no expression inside a name."""
from __future__ import annotations

import bisect

from . import gazetteer, patterns
from .entity_words import FUNCTION_WORDS  # (words a list of first names holds too: "The March accession")
from .lexicon import FULL_MONTHS, NAME_AFTER_WEEKDAY, NAMES_ON_SUNDAY, WEEKDAY_NAMES
from .model import Span

# A unit or day word written with a capital inside a sentence belongs to a name: CBS's "60 Minutes",
# ABC's "This Week", "USA Today", "Person of the Year", "the Seven Years' War"
_CAPITAL_UNIT = patterns.compile(r"\b(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Weekends?|Months?|Years?|Decades?|Century"
                           r"|Centuries|Quarters?|Today|Tonight|Yesterday|Tomorrow|Now|Mornings?|Afternoons?"
                           r"|Evenings?|Nights?)\b")
# what may come before a sentence's own first word: an opening quote or bracket, a colon, a dash
_OPENS = patterns.compile(r"(?:^|[.!?:;(\[\"'“‘`—–-])\s*$")
_WEEKDAY_NAME = patterns.compile(rf"(?:{'|'.join(WEEKDAY_NAMES)})\b")
_NEXT_WORD = patterns.compile(r"[ \t]+([A-Z][a-z]+)")
_WORDS = patterns.compile(r"[A-Za-z][\w'’-]{3,}")
# what these rules find holds no unit or day word (a holiday's name is a time): never asked
_NEVER_IN_NAMES = frozenset({"holiday", "iso-date", "numeric-date", "year", "year-range", "clock", "time", "wire-time", "dot-clock",
                             "decade", "quarter-code", "fiscal-code", "fiscal-year", "modified-year", "modified-range",
                             "month-day", "day-month", "month-year", "spoken-year", "century"})
_MARCH_NAMED = patterns.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")
# ("the annual March for", "Women's March on", "a Mass March on the": a march's name; not "In March for")
_MARCH_BEFORE = patterns.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Aa]nnual|[Mm]illion)\s+|['’]s\s+|[\"“‘`']+"
                                 r"|\b(?!(?:In|By|Since|Until|Till|From|Through|During|Before|After|Early|Late|Mid|Last|"
                                 r"Next|This|Each|Every|Of|On|For)\s)[A-Z][a-z]+\s+)$")
# months that are women's first names, and what stands before a month told as a time ("In April
# Congress voted", "by June Parliament")
_GIVEN_NAME_MONTHS = frozenset({"April", "June", "August", "January"})
_MONTH_WORDS = frozenset(FULL_MONTHS)
_TIME_WORD_BEFORE = patterns.compile(r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Tt]hrough|[Dd]uring|"
                                     r"[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Ee]ach|"
                                     r"[Ee]very|[Oo]f|[Oo]n|[Ff]or|[Aa]nd|[Oo]r|[Bb]etween|[Tt]hat)[\s-]+$")
# a capitalised word just before (its first name, when the gazetteer knows it), and a figure after a month
_NAME_BEFORE = patterns.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_FIGURE_AFTER = patterns.compile(r"\s*,?\s*\d")
TITLE_CASE_SHARE = 0.85  # of a line's longer words capitalised: a headline written in title case


def name_reader(text: str, sentences: list[Span], starts: list[int]):
    """in_name(a, b, rule): is the expression at [a, b) part of a name (a paper, a programme, a
    title) rather than a time? A holiday's name is a time ("Thanksgiving Day")."""
    titled: dict[int, bool] = {}

    def sentence_at(a: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, a) - 1
        return (sentences[i].start, sentences[i].end) if i >= 0 else (0, len(text))

    def title_case(lo: int, hi: int) -> bool:
        known = titled.get(lo)
        if known is None:
            first = text.find(" ", lo, hi)  # (the first word is capitalised in any case)
            words = _WORDS.findall(text, first, hi) if first >= 0 else []
            known = titled[lo] = len(words) >= 2 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)
        return known

    def in_name(a: int, b: int, rule: str) -> bool:
        if rule in _NEVER_IN_NAMES:
            return False
        m = _CAPITAL_UNIT.search(text, a, b)  # (rarely any: one search, no iterator)
        while m is not None:
            lo, hi = sentence_at(m.start())
            if m.start() > lo and not _OPENS.search(text, max(lo, m.start() - 4), m.start()) \
                    and not title_case(lo, hi):
                return True
            m = _CAPITAL_UNIT.search(text, m.end(), b)
        if rule == "month" and text[max(0, a - 4):a].lower() == "the ":
            # "the January Uprising", "the October Revolution": a month naming an event
            nxt = _NEXT_WORD.match(text, b)
            if nxt and not _WEEKDAY_NAME.match(nxt.group(1)) and not title_case(*sentence_at(a)):
                return True
        if rule == "month" and text[a:b] in _GIVEN_NAME_MONTHS and (nxt := _NEXT_WORD.match(text, b)) \
                and not _WEEKDAY_NAME.match(nxt.group(1)) and nxt.group(1).lower() not in _MONTH_WORDS \
                and not _TIME_WORD_BEFORE.search(text, max(0, a - 12), a) and not title_case(*sentence_at(a)):
            return True  # "April Smith said", "June Carter sang": a woman's first name, not the month
        if rule == "month" and (prev := _NAME_BEFORE.search(text, max(0, a - 24), a)) is not None \
                and prev.group(1) in gazetteer.first_names() and prev.group(1) not in _MONTH_WORDS \
                and prev.group(1).lower() not in FUNCTION_WORDS \
                and not _TIME_WORD_BEFORE.search(text, max(0, a - 12), a) and not _WEEKDAY_NAME.fullmatch(prev.group(1)) \
                and not _FIGURE_AFTER.match(text, b) and not title_case(*sentence_at(a)):
            return True  # "Kate March said", "Tom August": a surname after a first name, not the month
        if rule == "month" and text.startswith("March", a) and _MARCH_NAMED.match(text, b) \
                and _MARCH_BEFORE.search(text, max(0, a - 12), a):
            return True  # "the annual March for Life", "the March of the Mothers": a march, not the month
        if rule == "weekday" and _WEEKDAY_NAME.match(text, a):
            nxt = _NEXT_WORD.match(text, a + text[a:b].find("day") + 3)
            if nxt and nxt.group(1) in NAME_AFTER_WEEKDAY and not title_case(*sentence_at(a)):
                return True
            if text.startswith("Sunday", a):
                before = text[max(0, a - 20):a].split()
                if len(before) >= 2 and before[-1] == "on" and before[-2] in NAMES_ON_SUNDAY:
                    return True
        return False

    return in_name

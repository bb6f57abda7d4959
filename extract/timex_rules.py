"""Time-expression patterns, each paired with the function that normalises what it matched.

Rules are data: a name, a regular expression and a resolver. The engine (timex.py) runs them all,
keeps the longest non-overlapping matches and resolves them in text order. A pattern may capture its
span in a group named ``t`` when it needs surrounding words as evidence but TimeML leaves them out.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from calendar import monthrange
from datetime import date, datetime, timedelta
from typing import Callable, Optional

from . import patterns, timevalues as tv
from .entity_words import EVENT_HEADS
from .triggers import REPORTING
from .holidays import HOLIDAYS, LASTING_DAYS, holiday_date, lunar_days
from .tense import (CALLED_OFF, IRREGULAR_PAST, MOVED, PUT_OFF, SAME_FORM_PAST, SINCE_BEFORE, past_verb,
                    past_verb_before_preposition, quote_around, tense_cues)
from .lexicon import (CLOCK_BEFORE_DAY, FULL_MONTHS, FULL_WEEKDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY,
                      SEASONS, SET_WORDS, UNITS, VAGUE_NUMBERS, WEEKDAYS)

Resolved = Optional[tuple[str, str]]  # (TIMEX3 type, value), or None to reject the match


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Callable[["re.Match", "Context"], Resolved]
    priority: int = 0  # breaks ties between matches of equal length
    triggers: tuple = ()  # (word class, reach before, reach after): where every match lies
    lowered: bool = False  # runs on the lower-cased text: case-blind without re.IGNORECASE's cost
    guards: dict = field(default_factory=dict)  # trigger class -> test a trigger must pass (see RULE_GUARDS)

    # (read for every rule of every article: worked out once per rule)
    @cached_property
    def has_span_group(self) -> bool:
        return "t" in self.pattern.groupindex

    @cached_property
    def anchored(self) -> bool:
        """Every match starts at its trigger word (one trigger class, no reach before it)."""
        return len(self.triggers) == 1 and self.triggers[0][1] == 0


ANTECEDENT_REACH = 24  # dates told, looking back, among which 'the next day' finds its antecedent


class Context:
    """What resolution needs besides the match: the anchor date, the tense, the dates told so far."""

    def __init__(self, dct: date | None, tense_of: Callable[[int, int], str | None],
                 words_near: Callable[[int, int], frozenset], words_before: Callable[[tuple], frozenset]):
        self.dct = dct
        self.tense_of = tense_of
        self.words_near = words_near
        self.words_before = words_before  # asked only when an anaphor needs it: most texts have none
        self.days_told: list[tuple[date, tuple]] = []  # day-precise dates so far, with where they were told
        self.months_told: list[tuple[int, int, tuple]] = []  # (year, month, where) of each month named alone
        self.ref_year: int | None = None      # last explicit year (anchors yearless dates when undated)
        self.ref_period: str | None = None    # last quarter or half told ("1989-Q3"): what a report is about
        self.last_value: str | None = None    # the last calendar value told, at any precision ("that year")
        self.span = (0, 0)
        self.frame_year: int | None = None  # the year just told that frames this date ("In 1910, on October 5")
        self.story_year: int | None = None  # the year of a date opening a sentence, while the story stays in it
        self.sentence_of: Callable[[int, int], tuple[int, int]] | None = None
        self.text = ""
        self.last_span = (0, 0)               # where the last calendar value was told
        self.last_clock: tuple[str, tuple] | None = None  # the last clock time told ("2035-11-24T23:40"), and where
        self.last_week: tuple[str, tuple] | None = None   # the last week told ("2036-W38"), and where
        self.put_off_in: dict[int, bool] = {}  # sentence start -> it tells a plan put off, moved or called off

    def tense(self) -> str | None:
        return self.tense_of(*self.span)

    @property
    def ref_day(self) -> date | None:
        return self.days_told[-1][0] if self.days_told else None

    def antecedent_day(self) -> date | None:
        """The day that 'the next day' counts from: the earlier date whose context shares most words
        with this sentence ('The NATO-Russia Council meeting will be followed the next day' points
        back to 'a meeting of the NATO-Russia Council on January 12'); else the last date told."""
        if not self.days_told:
            return None
        here = self.words_near(*self.span)
        best, best_score = self.days_told[-1][0], 1
        # (the antecedent is among the last few dates told: a bounded look back keeps a text full of
        # "the next day" linear)
        for day, where in reversed(self.days_told[-ANTECEDENT_REACH:]):
            score = len(here & self.words_before(where))
            if score > best_score:
                best, best_score = day, score
        return best


def _alt(words) -> str:
    # longest first (a shorter word must not win a longer one's place), then alphabetical: the same
    # pattern in every process, whatever the order of the set it was built from
    return "|".join(sorted((re.escape(w) for w in words), key=lambda w: (-len(w), w)))


def _cap(words) -> str:
    return _alt(w.capitalize() for w in words) + "|" + _alt(w.upper() for w in words)


MONTH_FULL = _cap(FULL_MONTHS)
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR}(?=,?\s*\d))"
# ("July the 4th", not "in July the 4th battalion": an ordinal that is a noun's)
_NO_NOUN_AFTER = r"(?!\s+(?!(?:and|or|in|at|on|of|to|when|until|after|before|the|this|that|was|is|will|would|we|they|he|she|it|you|there)\b)[a-z])"
# a month's short name after its day ("until 10 Jul", "Sun 10 Jul."), where no figure follows it
MONTH_AFTER_DAY = rf"(?:{MONTH_FULL}|{MONTH_ABBR}(?![\w'’-]))"
WEEKDAY = rf"(?:(?:{_cap(FULL_WEEKDAYS)})(?![^\W\d_])|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:\.(?=\s*,?\s*{MONTH})|"
WEEKDAY += rf"\.?(?=,?\s(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+{MONTH_AFTER_DAY})))"  # ("Sat 9 July")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"  # ("April 25:" ends a date; "25:30" does not)
# a day written as an ordinal word, as transcripts and spoken news give it ("April twenty-seventh"); only
# where no noun follows it ("in June first lady ...", "in April second homes ..." are no dates)
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
DAY_WORDS = {w: i + 1 for i, w in enumerate(_ORDINAL_UNITS + (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth"))}
DAY_WORDS.update({f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINAL_UNITS)})
DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31})
DAY_WORD = r"(?:twenty[\s-](?:" + "|".join(_ORDINAL_UNITS) + r")|thirty[\s-]first|" \
    + "|".join(sorted((w for w in DAY_WORDS if "-" not in w), key=len, reverse=True)) + r")(?![\w-])" \
    + r"(?=\s*(?:[,.;:!?)\"”’']|$|\d|(?:at|in|on|and|or|to|we|when|the|this|that|is|was|will|of|for|with|he|she|they|it)\b))"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|:\d)"
RANGE_SEP = r"\s*(?:-|–|—|to|through|till|until)\s*"
NUM = rf"(?:(?<![\d,.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|{_alt([*NUMBER_WORDS, *VAGUE_NUMBERS])}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|centurie|century|quarter)s?"
I = re.IGNORECASE


def monthrange_days(y: int, mon: int) -> int:
    return monthrange(y, mon)[1]


def _month(s: str) -> int:
    return MONTHS[s.rstrip(".").lower()]


def _day(s: str) -> int:
    s = s.lower().removeprefix("the").strip()
    word = DAY_WORDS.get(s.replace(" ", "-"))
    return word if word is not None else int(s.rstrip("stndrh"))  # "12", "1st", "22nd", "3rd", "4th"


def _number(s: str) -> float | None:
    s = s.lower()
    if s in VAGUE_NUMBERS:
        return None
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s]
    if "-" in s or " " in s:
        tens, ones = re.split(r"[-\s]+", s)
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return float(s.replace(",", ""))  # ("12,000 years")


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


# ------------------------------------------------------------------------------------------------
# resolvers

def _year_for(ctx: Context, month: int, day: int | None) -> int | None:
    if ctx.frame_year is not None:
        return ctx.frame_year
    if day is None and (before := _compared_month(ctx)) is not None:
        # "slowed in January from December", "rose in March from February": the month compared
        # with comes before the month told just ahead of it
        return before[0] if month < before[1] else before[0] - 1
    if not ctx.dct:
        return ctx.ref_year
    if day is not None and (again := _told_before(ctx, month, day)) is not None:
        return again  # "tariffs imposed on April 2 ... back to your April 2 level": the same day again
    # (the tense is read only when needed, and once: it costs a clause's cues)
    read: list = []

    def tense():
        if not read:
            read.append(ctx.tense())
        return read[0]

    story = ctx.story_year
    if story is None and ctx.sentence_of is not None \
            and SENTENCE_OPENING.fullmatch(ctx.text, ctx.sentence_of(*ctx.span)[0], ctx.span[0]):
        story = ctx.ref_year  # (a month opening its sentence goes on from the year last told with a date)
        if (far := _far_year_just_told(ctx)) is not None:
            # "The war began in 1914. In August, troops crossed the border": a month opening the
            # sentence after a past event's year long gone goes on in it
            story = far
    if story is not None and story <= ctx.dct.year - 2 and (ctx.last_value or "")[:4] == str(story) \
            and ctx.span[0] - ctx.last_span[1] < NARRATIVE_REACH and tense() == tv.PAST:
        # "In January 1945, Allied forces turned back ... In February, the leaders met at Yalta",
        # "he learned of it in March 2032 ... By June, the cost had doubled": a story of years ago
        # goes on in the year it told
        return story
    if (year := _year_of_the_sentence(ctx)) is not None and tense() == tv.PAST:
        return year  # "Talks resumed in 2031 but stalled in August": the year the sentence told
    if month < ctx.dct.month and _this_year_told(ctx):
        # "expected to cut rates for a second time this year, after a first cut in June", said in
        # September: the sentence keeps to this year, so its month gone is this year's
        return ctx.dct.year
    if (said_on := _speech_day(ctx, months=True)) is not None and tense() == tv.FUTURE:
        return tv.pick_year(said_on, month, day, tv.FUTURE)  # "said in December it would ... in January"
    if _BY_OPENING.search(ctx.text, max(0, ctx.span[0] - 10), ctx.span[0]) and tense() == tv.PAST:
        return tv.pick_year(ctx.dct, month, day, tv.SINCE)
    gone = SINCE_BEFORE.search(ctx.text, max(0, ctx.span[0] - 8), ctx.span[0]) \
        or _RECORD_BEFORE.search(ctx.text, max(0, ctx.span[0] - 60), ctx.span[0]) and tense() != tv.FUTURE \
        or _SUPERLATIVE_BEFORE.search(ctx.text, max(0, ctx.span[0] - 24), ctx.span[0]) and tense() == tv.PAST \
        or _OWNER_OR_ARTICLE_BEFORE.search(ctx.text, max(0, ctx.span[0] - 8), ctx.span[0]) and _EVENT_NOUN_AFTER.match(ctx.text, ctx.span[1]) \
        and tense() == tv.PAST \
        or (_COUNTED_FROM_BEFORE.search(ctx.text, max(0, ctx.span[0] - 32), ctx.span[0])
            or _EVENT_ON_BEFORE.search(ctx.text, max(0, ctx.span[0] - 40), ctx.span[0])) and tense() == tv.PAST \
        or _BASELINE_BEFORE.search(ctx.text, max(0, ctx.span[0] - 40), ctx.span[0]) \
        or _HAPPENED_THEN_AFTER.match(ctx.text, ctx.span[1]) \
        or _SINCE_DOING_BEFORE.search(ctx.text, max(0, ctx.span[0] - 60), ctx.span[0])
    happened = not gone and _when_it_happened(ctx) and tense() == tv.PAST
    if gone or happened:
        # the last one gone, however long ago: the start of a stretch that runs to now ("the biggest
        # drop since October 27", "flat since November", said in August); a record or a peak
        # reached ("down 19.9 percent from its record-high close of 14,164 in October"); the time of
        # a past verb's own event ("Sales rose in January", "In January, the firm hired ...", said in
        # October; the near one ahead is for a date a past verb's object holds: "warned of a
        # cutback in September", "invited them for March 12"); never a near day ahead, but for a
        # participle's with a future after it ("Ministers convened on 12 January will decide")
        never_ahead = not happened or ctx.sentence_of is None \
            or not _FUTURE_LATER.search(ctx.text, ctx.span[1], ctx.sentence_of(*ctx.span)[1])
        return tv.pick_year(ctx.dct, month, day, tv.SINCE, never_ahead)
    if day is None and (again := _month_told_again(ctx, month)) is not None \
            and not ((again, month) < (ctx.dct.year, ctx.dct.month) and _WHEN_IN_BEFORE.search(ctx.text, max(0, ctx.span[0] - 12), ctx.span[0])
                     and tense() == tv.FUTURE):
        # "shot up 312,000 in December ... not directly comparable to December": that December (not
        # a month gone as the time of what will happen: "took over in January ... will report in
        # late January")
        return again
    if day is None and _FIGURES_OF_IT.match(ctx.text, ctx.span[1]):
        # "unchanged in November's report", "October's jobs figures", said in December: figures are of a
        # month gone, the last one of that name (or this one); but those still to come of a month
        # just ahead are of it ("the November jobs report will be released in December", said in October)
        if 0 < month - ctx.dct.month <= 2 and tense() == tv.FUTURE:
            return ctx.dct.year
        return ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1
    if day is None and (ctx.dct.month - month) % 12 == 1 and _FIGURES_BEFORE.search(ctx.text, max(0, ctx.span[0] - 60), ctx.span[0]) \
            and tense() == tv.FUTURE:
        # the month just ended, with figures still to come: the figures are for it ("will release
        # details of the employment situation in May", said in June; "the economy is expected to grow
        # by 10% or more in April", said in May), not for a month eleven months on
        return ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    if _BOUND_BEFORE.search(ctx.text, max(0, ctx.span[0] - 12), ctx.span[0]) and tense() in (None, "present"):
        # "price one more cut before December", "a deal by March": a bound told in no past is still ahead
        return tv.pick_year(ctx.dct, month, day, tv.FUTURE)
    if day is not None and (listed := _listed_after(ctx)) is not None and tense() is None:
        # "June 12: Concord ... June 13: Inglewood ... July 1: Charlotte": a verbless list of dates
        # runs on from the one before
        y = listed.year
        return y if (month, day) >= (listed.month, listed.day) else y + 1
    def unframed_tense():
        # a past verb's date with nothing between them that frames it ("began with a walkout on
        # Feb. 2", "cut 300 jobs across Europe in February", said in November): gone, however far
        # back (a frame, "invited them to a ceremony on March 12", "an order that he remain until
        # March 6", "loans through January", may name a day a few months ahead); asked only when
        # nearness does not settle the year, as the tense is
        t = tense()
        if t != tv.PAST or ctx.sentence_of is None or _LIST_GAP.fullmatch(ctx.text, ctx.last_span[1], ctx.span[0]):
            return t
        lo, hi = ctx.sentence_of(*ctx.span)
        if not _FRAME_WORDS.isdisjoint(ctx.text[max(lo, ctx.span[0] - FRAME_REACH):ctx.span[0]].lower().split()):
            return t
        if (put_off := ctx.put_off_in.get(lo)) is None:
            put_off = ctx.put_off_in[lo] = bool(_PUT_OFF_TOLD.search(ctx.text, lo, hi))
        return t if put_off else tv.SINCE

    return tv.pick_year(ctx.dct, month, day, unframed_tense)


FRAME_REACH = 64  # characters before a date in which a frame's word ties it to what the verb frames
_FRAME_WORDS = frozenset("""to that for of from now through until till between ahead before next upcoming
scheduled planned due set expected""".split())
# (nor a date listed after another, "March, April and May" (the list's gap), which keeps to its list; nor a plan put
# off, moved or called off, "the summit in March was postponed", which may lie ahead)
_PUT_OFF_TOLD = patterns.compile(rf"\b(?:{_alt(PUT_OFF | MOVED | CALLED_OFF)}|called\s+off)\b", re.I)


# a clause of what happened then, hung on the date ("the floods of February, when 1,400 homes were
# evacuated"): its past verb is the date's own event, gone (not "..., when it will")
_HAPPENED_THEN_AFTER = patterns.compile(r",\s+when\s+(?:(?!(?:will|would|shall|could|can|may|might|must|is|are|has|have)\b)"
                                        r"[\w,'’-]+\s+){0,5}?(?:was|were|had|did|[a-z]{3,}ed|"
                                        rf"{'|'.join(sorted(IRREGULAR_PAST, key=lambda w: (-len(w), w)))})\b")
_WHEN_IN_BEFORE = patterns.compile(r"\b(?:in|by|until|till|before|during|from)\s+(?:early\s+|mid-?|late\s+)?$", re.I)
# what may stand before a date that opens its sentence ("In January 1945, ...", "By June, ...")
SENTENCE_OPENING = patterns.compile(r"[\"'“‘(]?(?:(?:In|On|By|During|Until|From|Since|Early|Late|Then,?|And|But)\s+(?:late\s+|early\s+|mid-)?)?")
_BOUND_BEFORE = patterns.compile(r"\b(?:by|before|until|till)\s+(?:early\s+|mid-?|late\s+)?$", re.I)
_FUTURE_LATER = patterns.compile(r"\b(?:will|shall|would)\b|['’]ll\b")


# a figure or a measure of the economy, in the clause just before a month's "in" or "for"
_FIGURES_BEFORE = patterns.compile(r"(?:\d%?|\bpercent|\bper\s+cent|\b(?:jobs|payrolls|employment|unemployment|sales|output|"
                                   r"growth|inflation|prices|situation|figures|data|numbers|exports|imports|orders|"
                                   r"production|spending|earnings|starts))(?:\s+[\w'’-]+){0,3}\s+(?:in|for|during)\s+$")


_FIGURES_OF_IT = patterns.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:report|figures|data|numbers|reading|survey|payrolls|"
                                  r"tally|statistics|jobs\s+report|inflation\s+rate|unemployment\s+rate)\b"
                                  # ("the September jobs report", "the May inflation figures": the month as its modifier)
                                  r"|\s+(?:jobs|employment|payrolls|inflation|consumer[\s-]price|retail[\s-]sales|trade|"
                                  r"unemployment|GDP|PMI|CPI|factory|housing)\s+(?:report|figures|data|numbers|reading|index)\b")


LIST_LINE_MAX = 80  # characters: a line of a list of dates, with no verb ("June 13: Inglewood, California")


def _listed_after(ctx) -> date | None:
    """The day told just before, when this date opens a short line with no verb after it."""
    if not ctx.days_told or ctx.sentence_of is None:
        return None
    lo, hi = ctx.sentence_of(*ctx.span)
    told, where = ctx.days_told[-1]
    if hi - lo > LIST_LINE_MAX or ctx.span[0] != lo or where[0] >= lo or lo - where[1] > LIST_LINE_MAX \
            or "\n" not in ctx.text[where[1]:lo]:
        return None
    return told


RECENT_DAYS = 7  # the day gone a past clock (or "earlier in the day") told after a day ahead is on: at most this far back
NARRATIVE_REACH = 400  # characters: how far a story told in a year long gone keeps to it


def _month_told_again(ctx: Context, month: int) -> int | None:
    """The year of the same month named alone in this sentence or the two before, else None."""
    if not ctx.months_told or ctx.sentence_of is None:
        return None
    lo = ctx.sentence_of(*ctx.span)[0]
    for _ in range(2):
        lo = ctx.sentence_of(max(0, lo - 2), max(0, lo - 1))[0]
    for y, m, where in reversed(ctx.months_told[-ANTECEDENT_REACH:]):
        if where[0] < lo:
            return None
        if m == month:
            return y
    return None


def _told_before(ctx: Context, month: int, day: int) -> int | None:
    """The year of the same yearless month and day told earlier in the story, else None (a date
    told with its year, "March 11, 2011", may be an anniversary's: its day again is not read so)."""
    for told, where in reversed(ctx.days_told[-ANTECEDENT_REACH:]):
        if told.day == day and told.month == month:
            return None if _FOUR_FIGURES.search(ctx.text, where[0], where[1]) else told.year
    return None


_FOUR_FIGURES = patterns.compile(r"\d{4}")
# a past verb just before the date's "in" or "on" ("rose in January"; bare, only a period's "ended":
# "runoffs held June 21" is a schedule's participle), or the date opening its sentence ("In January, ...")
# (a phrasal verb's particle may follow it: "a fund set up in January", "stepped down in May")
# ("a trial that ran from October to March": the stretch a past verb's event ran from, too)
# ("output fell sharply at the start of February": an adverb of the verb may stand before its preposition)
_VERB_BEFORE = patterns.compile(r"\b(?:([a-z]{3,})(?:\s+into\s+(?:force|effect|service|office)|\s+(up|down|out|off|over|away))?"
                                r"(?:\s+[a-z]{3,}ly)?\s+(?:in|on|during|from|until|till|through|by|at)|(ended))\s+$")
# a frame of what holds from a day, just before it ("took effect Feb. 1"): no object of a past verb
_IN_EFFECT_JUST_BEFORE = patterns.compile(r"\b(?:effect|force|effective)\s+$")
# ("the road was closed until February": a state told to last until a month, which may be ahead)
_STATE_BE_BEFORE = patterns.compile(r"\b(?:was|were|is|are|be|been|remained|stayed)\s+$")
# (its verb as _VERB_BEFORE's first group; the other two never take part)
_VERB_JUST_BEFORE = patterns.compile(r"\b([a-z]{3,})(?:(?!)()())?\s+$")
_DAY_FIGURE = patterns.compile(r"\b\d{1,2}(?!\d)")
# (set off by a comma or opening the sentence: "mergers after taking office in January" may lie ahead)
_GERUND_BEFORE = patterns.compile(r"(?:[,;]\s+|(?:^|[.!?]\s+)(?=[A-Z]))(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hile|[Uu]pon)\s+"
                                  r"[a-z]{2,}ing(?:\s+[\w'’-]+){0,3}\s+(?:in|on|during)\s+$")
# "her first visit since taking office in January": what a stretch runs from is gone, whatever the tense
_SINCE_DOING_BEFORE = patterns.compile(r"\b[Ss]ince\s+[a-z]{2,}ing(?:\s+[\w'’-]+){0,3}\s+(?:in|on|during)\s+$")
_PREPOSITION_BEFORE = patterns.compile(r"\s(?:in|on|during)\s+$")
_OBJECT_WORD = patterns.compile(r"[\w$%-]+(?:[,.]\d+)*%?")  # (a word or figure, no clause's punctuation)
_NOT_AN_OBJECT = frozenset({"of", "for", "to", "with", "on", "at", "from", "by", "about", "over", "into", "until",
                            "after", "before", "plan", "plans", "planned", "deadline", "target", "goal", "and",
                            "or", "that", "which", "who", "would", "will", "be"})
_PART_OF_THE_DAY_BEFORE = patterns.compile(r"\b[Tt]he\s+(?:(?:early|late|small)\s+)?(?:night|morning|evening|afternoon|hours)\s+of\s+$")
# a date opening its sentence, or a clause joined to it ("..., and in December it hired 40 staff")
_OPENING_IN = patterns.compile(r"(?:(?:^|[.!?]['\"’”]?\s+|\n\s*)(?:In|On|During)|(?:,?\s+(?:and|but|then)|;)\s+(?:in|on|during))\s+$")
# ... or told with "by" ("By December it had 40 staff": a past told up to a time is of a time gone,
# but for a near day ahead)
_BY_OPENING = patterns.compile(r"(?:(?:^|[.!?]['\"’”]?\s+|\n\s*)By|(?:,?\s+(?:and|but|then)|;)\s+by)\s+$")
_PLANNED_FORMS = frozenset({"expected", "scheduled", "planned", "slated", "set", "due", "timed", "booked",
                            "postponed", "delayed", "rescheduled", "moved", "pushed", "extended"})


# (not a record date, nor holders of record: a payment's terms)
_RECORD_BEFORE = patterns.compile(r"\b(?:(?<!\bof\s)record(?!\s+date)|peak|all-time|(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:high|low))s?\b"
                                  r"(?:[^.;:!?()\"“”—]|(?<=\d)\.(?=\d)){0,40}$")  # (not past a clause's end)


# ("the fire started three days before Christmas", "closed two weeks after March 3", said in November:
# the day a past event is counted from is one gone)
# ("the bank raised rates at its February meeting": a past verb's event named by its month is gone)
_EVENT_NOUN_AFTER = patterns.compile(r"\s+(?:meeting|summit|session|conference|election|vote|talks|visit|report|survey|"
                                     r"poll|review|hearing|rally|strike|raid|attack|storm|floods?|crash|launch|"
                                     r"offensive|auction|sale|referendum|reshuffle|budget)\b")
# ("closed after the vote on March 3": what came after a past event's day follows it)
_EVENT_ON_BEFORE = patterns.compile(r"\b(?:after|following)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){1,2}?(?:on|of)\s+$", re.I)
_COUNTED_FROM_BEFORE = patterns.compile(r"\b(?:days?|nights?|weeks?|months?|years?|hours?)\s+(?:after|before)\s+$", re.I)
# ("it was the warmest January on record", said in December: a month measured is one gone)
_SUPERLATIVE_BEFORE = patterns.compile(r"\bthe\s+(?:[a-z]{3,}est|best|worst|(?:most|least)\s+[a-z]+)\s+$", re.I)
# a figure a change is measured from, and the month it was reached in ("expected to be 8 percent, down
# from 8.2 percent in September"): a figure known, so a month gone, whatever the tense of the forecast
_BASELINE_BEFORE = patterns.compile(r"\b(?:up|down|rising|falling|rose|fell|climbing|easing|slowing)\s+from\s+"
                                    r"(?:a\s+|an\s+)?(?:[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|"
                                    r"million|billion|bn|m)?|(?:[\w-]+\s+){0,2}(?:high|low|peak|level|rate|pace))\s+"
                                    r"(?:in|for|during)\s+$")


_IN_BEFORE_YEAR = patterns.compile(r"\b[Ii]n\s+$")
# from a year to the date of the next predicate joined to it: "resumed in 2031 but stalled in August"
_NEXT_PREDICATE = patterns.compile(r",?\s+(?:and|but)\s+(?:then\s+)?(?:[a-z]+\s+){1,4}(?:in|on|during|by)\s+")


def _year_of_the_sentence(ctx) -> int | None:
    """A bare year told after "in", gone by the article's year, by the verb whose next predicate, joined
    to it, the date is told with."""
    told = ctx.last_value
    if told is None or len(told) != 4 or not told.isdigit() or ctx.dct is None or int(told) >= ctx.dct.year \
            or not _NEXT_PREDICATE.fullmatch(ctx.text, ctx.last_span[1], ctx.span[0]) \
            or not _IN_BEFORE_YEAR.search(ctx.text, max(0, ctx.last_span[0] - 4), ctx.last_span[0]):
        return None
    return int(told)


_THIS_YEAR = patterns.compile(r"this\s+year\b", re.I)


def _this_year_told(ctx) -> bool:
    """"this year" was told last, in this sentence."""
    a, b = ctx.last_span
    return ctx.last_value == str(ctx.dct.year) and ctx.sentence_of is not None \
        and ctx.sentence_of(a, b) == ctx.sentence_of(*ctx.span) and bool(_THIS_YEAR.fullmatch(ctx.text, a, b))


FAR_STORY_YEARS = 5
_IN_A_YEAR_AT_THE_END = patterns.compile(r"\bin\s+(?:\d{4})[\s.!?\"”’')]*$")


def _far_year_just_told(ctx) -> int | None:
    """The bare year ending the sentence just before ("began in 1914."), when it is many years before
    the article's and the value last told."""
    value = ctx.last_value or ""
    if not (len(value) == 4 and value.isdigit() and ctx.dct and int(value) <= ctx.dct.year - FAR_STORY_YEARS):
        return None
    lo = ctx.sentence_of(*ctx.span)[0]
    a, b = ctx.last_span
    told = ctx.sentence_of(a, b)
    if not (0 < lo and ctx.sentence_of(max(0, lo - 2), max(0, lo - 1)) == told) \
            or not _IN_A_YEAR_AT_THE_END.search(ctx.text, max(0, a - 4), lo) or _FOUNDED.search(ctx.text, told[0], a):
        return None  # (a founding year is background: "The firm was founded in 1998. In March, it was sold" is news)
    return int(value)


_FOUNDED = patterns.compile(r"\b(?:founded|established|opened|launched|built|formed|created|born|set\s+up|started|"
                            r"introduced|incorporated|joined|elected|appointed|hired|bought|acquired)\b", re.I)


def _when_it_happened(ctx) -> bool:
    a = ctx.span[0]
    if (part := _PART_OF_THE_DAY_BEFORE.search(ctx.text, max(0, a - 32), a)) is not None:
        a = part.start()  # "broke out on the night of 14 March": the verb's day, told with its part
    if _OPENING_IN.search(ctx.text, max(0, a - 12), a):
        return True
    m = _VERB_BEFORE.search(ctx.text, max(0, a - 24), a)
    if m is None and _DAY_FIGURE.search(ctx.text, *ctx.span):
        # "talks were held Jan. 4", "the firm announced Jan. 4 that": news writes a day after its verb
        # with no "on" (not "was set Jan. 4", a plan)
        m = _VERB_JUST_BEFORE.search(ctx.text, max(0, a - 24), a)
    if m is not None and (m.group(3) is not None or m.group(1) == "set" and m.group(2) is not None
                          or m.group(1) not in _PLANNED_FORMS and past_verb_before_preposition(m.group(1))
                          and not (m.group().rstrip().endswith(("from", "until", "till", "through", "by"))
                                   and (m.group(1) in MOVED or m.group(1) in PUT_OFF))
                          and not (m.group().rstrip().endswith(("until", "till", "through"))
                                   and _STATE_BE_BEFORE.search(ctx.text, max(0, m.start(1) - 8), m.start(1)))
                          and not (m.group(1) in SAME_FORM_PAST and _noun_phrase_before(ctx.text, m.start(1)))):
        return True
    if _GERUND_BEFORE.search(ctx.text, max(0, a - 60), a):
        return True  # "(resigned in August,) after going on medical leave in January": the gerund's own time
    if _passive_before(ctx.text, a):
        return True  # "was valued in the private markets at $11.7 billion in September": the passive's own time
    if _subject_verb_after(ctx.text, a, ctx.span[1]):
        return True  # "The talks in March failed", "the first, in March, lasted a week": the subject's own time
    # ... or a past verb and its short object ("cut 500 jobs in January", "took office in March"),
    # with no preposition between them: "warned of a cutback in September" leaves the date to the noun
    m = _PREPOSITION_BEFORE.search(ctx.text, max(0, a - 48), a)
    if m is None and (not _DAY_FIGURE.search(ctx.text, *ctx.span) or _IN_EFFECT_JUST_BEFORE.search(ctx.text, max(0, a - 24), a)):
        return False
    # (a day may follow the object with no "on": "reported a loss Dec. 2"; not "took effect Feb. 1",
    # a frame of what holds from then, told as often before the day as after it)
    words = ctx.text[max(0, a - 48):m.start() if m is not None else a].split()[-4:]
    for k in range(1, min(3, len(words) - 1) + 1):
        verb, obj = words[-k - 1], words[-k:]
        if any((w.lower() in _NOT_AN_OBJECT and not _figure_after(obj, j)) or not _OBJECT_WORD.fullmatch(w)
               for j, w in enumerate(obj)):
            return False  # (the nearer words already hold a preposition, a clause's word or a break)
        if verb.islower() and verb not in _PLANNED_FORMS and past_verb(verb):
            return True
    return False


# a noun, the preposition that dates it and, after the date, the past verb that noun is the subject of
# ("The talks in March failed", "the first, in March, lasted a week"); not a participle that hangs
# on the date ("in March followed by", "in March compared with")
_NOUN_IN_BEFORE = patterns.compile(r"\b[a-z]{3,},?\s+(?:in|on|during)\s+$")
_VERB_AFTER = patterns.compile(r",?\s+(?:(?:also|later|quickly|eventually|only|never|largely|briefly|soon)\s+)?"
                               r"([a-z]{3,})\b(?!\s+(?:by|with|to)\b)")
_NOT_SUBJECT_NOUNS = frozenset({"said", "says", "and", "but", "was", "were", "is", "are", "had", "has", "have", "will",
                                "would", "that", "which", "who", "told", "reported", "announced"})


def _subject_verb_after(text: str, a: int, b: int) -> bool:
    noun = _NOUN_IN_BEFORE.search(text, max(0, a - 24), a)
    if noun is None or (w := noun.group().split()[0].rstrip(",")) in _NOT_SUBJECT_NOUNS or past_verb(w):
        return False
    if text.count(",", noun.start(), a) != text.count(",", b, min(len(text), b + 2)):
        return False  # (set off by commas on both sides, or on neither)
    m = _VERB_AFTER.match(text, b)
    return m is not None and m.group(1) not in _PLANNED_FORMS and m.group(1) not in SAME_FORM_PAST \
        and m.group(1) != "compared" and past_verb(m.group(1))


# a determiner, and the modifiers a noun may have between it and the noun ("a near-certain cut in
# September", "a widely expected hike", "the Fed's cut": a noun, not "cut" the past verb)
_NOUN_PHRASE_BEFORE = patterns.compile(r"(?:\b(?:a|an|the|its|their|his|her|another|any|no)|['’]s)"
                                       r"(?:\s+(?:[a-z]+-[a-z]+|[a-z]+ly|[a-z]+ed|quarter|half|rate|tax|price|pay|job|"
                                       r"cost|budget|big|small|sharp|deep|steep|first|second|third|further|"
                                       r"new|surprise|modest|large|major)){0,3}\s+$")


def _noun_phrase_before(text: str, a: int) -> bool:
    return _NOUN_PHRASE_BEFORE.search(text, max(0, a - 48), a) is not None


# a passive told as past, its participle (not of a plan) and what follows it up to the date's "in" or
# "on", in one clause with no word that would hand the date to a noun or a clause of its own
_PASSIVE = patterns.compile(r"\b(?:was|were)\s+(?:(?:[a-z]+ly|not|also|last|first|still|then|again)\s+)?([a-z]{3,})\s+"
                            r"((?:[\w$%'’-]+(?:[.,]\d+)*\s+){0,9}?)(?:in|on|during)\s+$")
_NOT_IN_A_PASSIVE = frozenset({"of", "for", "to", "about", "until", "till", "before", "after", "that", "which",
                               "who", "whom", "when", "and", "or", "but", "will", "would", "could", "should", "may",
                               "might", "be", "being", "been", "is", "are", "was", "were", "since", "from"})


def _passive_before(text: str, a: int) -> bool:
    m = _PASSIVE.search(text, max(0, a - 90), a)
    if m is None or m.group(1) in _PLANNED_FORMS or not past_verb(m.group(1)):
        return False
    return not any(w.lower() in _NOT_IN_A_PASSIVE for w in m.group(2).split())


_FROM_AFTER_MONTH = patterns.compile(r"\s+from\s+$")
_MONTH_VALUE = patterns.compile(r"(\d{4})-(\d\d)")


def _compared_month(ctx) -> tuple[int, int] | None:
    """(year, month) of a month told just before "from" and this month ("in January from December")."""
    m = _MONTH_VALUE.fullmatch(ctx.last_value or "")
    if m is None or not _FROM_AFTER_MONTH.fullmatch(ctx.text, ctx.last_span[1], ctx.span[0]):
        return None
    return int(m[1]), int(m[2])


def _figure_after(obj: list, j: int) -> bool:
    """"stood at 40", "rose to 9.5%", "fell by 3%": a figure's preposition is part of the verb's object."""
    return obj[j].lower() in ("at", "to", "by") and j + 1 < len(obj) and obj[j + 1][:1] in "0123456789$"


def _calendar_date(y: int | None, month: int, day: int | None) -> str | None:
    if day is not None and not tv.valid_day(y or 2000, month, day):
        return None
    ys = f"{y:04d}" if y else "XXXX"
    return f"{ys}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def resolve_month_day(m, ctx):
    mon, d1 = _month(m["mon"]), _day(m["d1"])
    if m["year"]:
        y = int(m["year"])
    elif m["yrel"] and ctx.dct:
        y = ctx.dct.year + {"next": 1, "last": -1, "this": 0}[m["yrel"]]
    else:
        y = _weekday_s_year(ctx, mon, d1, _year_for(ctx, mon, d1))
    first = _calendar_date(y, mon, d1)
    if first is None:
        return None
    if m["d2"]:
        mon2 = _month(m["mon2"]) if m["mon2"] else mon
        y2 = y + 1 if (y and mon2 < mon) else y
        last = _calendar_date(y2, mon2, _day(m["d2"]))
        if last is None or last <= first:
            return None
        return "DATE", f"{first}/{last}"
    return "DATE", first


_WEEKDAY_FIRST = patterns.compile(rf"(?P<wd>{_cap(FULL_WEEKDAYS)}),?\s")


def _weekday_s_year(ctx, month: int, day: int | None, y: int | None) -> int | None:
    """"were due to meet on Wednesday, March 6", said in April: a yearless date written with its
    weekday is in the year, of the nearest ones, whose calendar agrees (else the year read)."""
    if y is None or day is None or not (w := _WEEKDAY_FIRST.match(ctx.text, ctx.span[0])):
        return y
    wd = WEEKDAYS[w["wd"].lower()]
    if not tv.valid_day(y, month, day) or date(y, month, day).isoweekday() == wd:
        return y
    for other in (y - 1, y + 1):
        if tv.valid_day(other, month, day) and date(other, month, day).isoweekday() == wd:
            return other
    return y


def resolve_day_month(m, ctx):
    if not m["d1"][0].isdigit() and m.string.startswith(("'s", "’s"), m.end("mon")):
        return None  # "the first of May's ministers": a name's, no day
    mon, d1 = _month(m["mon"]), _day(m["d1"])
    y = int(m["year"]) if m["year"] else _weekday_s_year(ctx, mon, d1, _year_for(ctx, mon, d1))
    first = _calendar_date(y, mon, d1)
    if first is None:
        return None
    if m["d2"]:
        last = _calendar_date(y, mon, _day(m["d2"]))
        if last is None or last <= first:
            return None
        return "DATE", f"{first}/{last}"
    return "DATE", first


def resolve_weekday_ordinal(m, ctx):
    """'Friday 16th': that day of the month, within two of the article's, where it is that weekday;
    the nearest such (none: the weekday alone is read)."""
    if not ctx.dct:
        return None
    d, wd = int(m["d"]), WEEKDAYS[m["wd"].lower()]
    found = []
    for shift in range(-2, 3):
        first = tv.shift_months(ctx.dct.replace(day=1), shift)
        if tv.valid_day(first.year, first.month, d) and (day := first.replace(day=d)).isoweekday() == wd:
            found.append((abs((day - ctx.dct).days), day))
    return ("DATE", min(found)[1].isoformat()) if found else None


def resolve_ordinal_day(m, ctx):
    """'on the 20th', 'by the 5th': a day of the month the story is in, the nearest one its tense
    allows (a day already past this month, or one still ahead, else the next month's)."""
    d = int(m["d"])
    if not ctx.dct:
        return "DATE", f"XXXX-XX-{d:02d}"
    if ctx.days_told and ctx.sentence_of is not None \
            and ctx.days_told[-1][1][0] >= ctx.sentence_of(*ctx.span)[0]:
        # "opens May 6th, before going wide on the 20th": the month of the day its sentence told; a
        # smaller day is of the month after when the story goes on from a day gone ("opened on
        # March 28 and ended on the 3rd"), or when that day of a plan's month is gone
        last = ctx.days_told[-1][0]
        y, mon = last.year, last.month
        if d < last.day and (last < ctx.dct or tv.valid_day(y, mon, d) and date(y, mon, d) < ctx.dct):
            y, mon = (y + 1, 1) if mon == 12 else (y, mon + 1)
        return ("DATE", f"{y:04d}-{mon:02d}-{d:02d}") if tv.valid_day(y, mon, d) else None
    told = ctx.days_told[-1][0] if ctx.days_told and 0 <= (ctx.dct - ctx.days_told[-1][0]).days < 45 else None
    tense = ctx.tense()
    if told is None and ctx.days_told and 0 < (ctx.days_told[-1][0] - ctx.dct).days < 45 and tense != tv.PAST:
        # "strikes on 5, 7 and 9 November, local actions on the 4th and 10th", said in October: the
        # month of the day ahead just told, unless that day of it is gone ("on Nov. 2 ... the 30th")
        y, mon = ctx.days_told[-1][0].year, ctx.days_told[-1][0].month
        if tv.valid_day(y, mon, d) and date(y, mon, d) < ctx.dct:
            y, mon = (y + 1, 1) if mon == 12 else (y, mon + 1)
        return ("DATE", f"{y:04d}-{mon:02d}-{d:02d}") if tv.valid_day(y, mon, d) else None
    here = told or ctx.dct
    y, mon = here.year, here.month
    # (after a day told, the story goes on from it: "on March 3 ... ended on the 5th" is March 5)
    ahead_of = ctx.dct if told is not None else here
    if tense == tv.FUTURE and d < here.day:
        y, mon = (y + 1, 1) if mon == 12 else (y, mon + 1)
    elif tense == tv.PAST and d > ahead_of.day and (told is None or told.month == ctx.dct.month):
        y, mon = (y - 1, 12) if mon == 1 else (y, mon - 1)
    return ("DATE", f"{y:04d}-{mon:02d}-{d:02d}") if tv.valid_day(y, mon, d) else None


_HYPHEN_MONTH = "|".join(f"{m}|{m.upper()}" for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
                                                          "Sept", "Sep", "Oct", "Nov", "Dec"))


def resolve_hyphen_date(m, ctx):
    return resolve_day_month(m, ctx) if m["d1"] else resolve_month_year(m, ctx)


def resolve_month_year(m, ctx):
    return "DATE", f"{int(m['year']):04d}-{_month(m['mon']):02d}"


def resolve_month_of_year(m, ctx):
    """'July last year', 'March of next year', 'April 22 next year'."""
    mon = _month(m["mon"])
    day = int(re.match(r"\d+", m["d"]).group()) if m["d"] else None
    if not ctx.dct:
        return "DATE", f"XXXX-{mon:02d}" + (f"-{day:02d}" if day else "")
    y = ctx.dct.year + {'last': -1, 'next': 1}.get(m['rel'].lower(), 0)
    if day is not None:
        return ("DATE", f"{y:04d}-{mon:02d}-{day:02d}") if tv.valid_day(y, mon, day) else None
    return "DATE", f"{y:04d}-{mon:02d}"


# a month's figures, named by it ("will report December sales", said in January; "the November
# jobs report will be out in December", said in October): of the nearest such month, gone or ahead
_FIGURES_AFTER = patterns.compile(r"\s+(?:(?:retail|car|auto|home|new-home)\s+)?(?:sales|figures|data|numbers|results|"
                                  r"inflation|exports|imports|output|payrolls|unemployment|deliveries|shipments|"
                                  r"jobs\s+(?:report|figures|data))\b")  # (not "trade", "production": "a March trade mission")


def resolve_month(m, ctx):
    mon = _month(m["mon"])
    if ctx.dct and ctx.frame_year is None and _FIGURES_AFTER.match(m.string, m.end()) and ctx.tense() != tv.PAST:
        here = ctx.dct.year * 12 + ctx.dct.month
        y = min((ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1), key=lambda y: (abs(y * 12 + mon - here), y))
        return "DATE", f"{y:04d}-{mon:02d}"
    return "DATE", _calendar_date(_year_for(ctx, mon, None), mon, None)


_NAME_BEFORE = patterns.compile(r"\b[A-Z][a-z]+\s+$")
_NOT_NAMES = frozenset({"In", "By", "Since", "Until", "Through", "During", "From", "Before", "After", "Of", "For",
                        "Between", "And", "Or", "Early", "Late", "Mid", "Last", "Next", "This"})  # (and the months)


def resolve_listed_may(m, ctx):
    """'May' listed with another month ("between May and June"); not a name's ("Theresa May and June Sarrazin")."""
    name = _NAME_BEFORE.search(m.string, max(0, m.start("t") - 24), m.start("t"))
    if name and name.group().strip() not in _NOT_NAMES and name.group().strip().lower() not in MONTHS:
        return None
    return resolve_month(m, ctx)


def resolve_month_quarter(m, ctx):
    """'the December quarter': the calendar quarter that month ends, its year read as a yearless month's."""
    mon = _month(m["mon"])
    y = _year_for(ctx, mon, None)
    return "DATE", f"{y:04d}-Q{mon // 3}" if y else f"XXXX-Q{mon // 3}"


def resolve_month_range(m, ctx):
    """'May-June', 'November-January': from the first month to the second, the year read as for a
    yearless month at the second; a first month later in the calendar is in the year before."""
    first, last = _month(m["mon"]), _month(m["mon2"])
    if first == last:
        return None
    y2 = _year_for(ctx, last, None)
    y1 = y2 - (first > last) if y2 else None
    return "DATE", f"{_calendar_date(y1, first, None)}/{_calendar_date(y2, last, None)}"


_COUNTED = frozenset({"million", "billion", "thousand", "trillion", "hundred", "percent", "per", "bn", "m"})
# (plurals not written with an s: "employs 2034 people")
_COUNTED_NOUNS = frozenset({"people", "men", "women", "children", "staff", "personnel", "feet", "sheep", "cattle"})
_NOT_PLURAL = frozenset({"was", "has", "its", "this", "is", "as", "us", "does", "his", "thus", "across",
                         "unless", "whereas", "always", "perhaps", "afterwards", "towards", "besides"})
_NEXT_WORD = patterns.compile(r"\s+([a-z]+)")


def resolve_related_month(m, ctx):
    """'last May', 'this September', 'next January': counted from the creation date's month ('last
    May' said in May is a year back, and so is one said in June: the month just past is 'last
    month'), whatever the tense."""
    mon, rel = _month(m["mon"]), m["rel"].lower()
    if not ctx.dct:
        return "DATE", f"XXXX-{mon:02d}"
    y, now = ctx.dct.year, ctx.dct.month
    if rel in ("last", "past"):
        y -= mon >= now - 1
    elif rel in ("next", "coming"):
        y += mon <= now
    return "DATE", f"{y:04d}-{mon:02d}"


_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WORD_VALUE = {w: i for i, w in enumerate(_ONES, 1)} | {w: i for i, w in enumerate(_TEENS, 10)} | \
              {w: 10 * i for i, w in enumerate(_TENS, 2)}


def _spoken_number(words: str) -> int:
    """'ninety-six' -> 96, 'oh five' -> 5, 'and one' -> 1."""
    return sum(_WORD_VALUE.get(w, 0) for w in re.split(r"[\s-]+", words.lower()))


def resolve_spoken_year(m, ctx):
    """Years as broadcast transcripts write them: 'nineteen ninety-six', 'the year two thousand',
    'two thousand and one', with a month or season before them ('January nineteen ninety-seven')."""
    if m["cent"]:
        y = _spoken_number(m["cent"]) * 100 + _spoken_number(m["rest"])
    else:
        y = 2000 + (_spoken_number(m["rest2"]) if m["rest2"] else 0)
    if not 1000 <= y <= 2099:
        return None
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt and (nxt.group(1) in _COUNTED or nxt.group(1).endswith("s") and nxt.group(1) not in _NOT_PLURAL):
        return None  # "nineteen ninety-six votes"
    if m["mon"]:
        return "DATE", f"{y:04d}-{_month(m['mon']):02d}"
    if m["season"]:
        return "DATE", f"{y:04d}-{SEASONS[m['season'].lower()]}"
    return "DATE", f"{y:04d}"


def resolve_year_quarter(m, ctx):
    """'the 1988 third quarter', 'this year's first quarter', 'the 1989 period', 'last year's quarter':
    the year named and the quarter (or half) named, else the one the story is about."""
    if m["year"]:
        y = int(m["year"])
    elif ctx.dct:
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    elif ctx.ref_year:
        y = ctx.ref_year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    else:
        return None
    unit = m["unit"].lower()
    n = ORDINALS.get((m["q"] or "").lower())
    if unit == "half" and n:
        return ("DATE", f"{y:04d}-H{n}") if n <= 2 else None
    if unit == "quarter" and n:
        return "DATE", f"{y:04d}-Q{n}"
    if ctx.ref_period:
        return "DATE", f"{y:04d}{ctx.ref_period[4:]}"
    return "DATE", f"{y:04d}-QX" if unit == "quarter" else f"{y:04d}"


def resolve_year(m, ctx):
    """A bare four-digit number is a year unless it counts something ("2014 million", "1999 points")
    or closes a name ("Blade Runner 2049", "running Windows 2000": a capitalised word inside a
    sentence before it, TimeML tags no time inside a name)."""
    nxt = _NEXT_WORD.match(m.string, m.end())
    if nxt:
        w = nxt.group(1)
        if w in _COUNTED or ((len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL or w in _COUNTED_NOUNS)
                             and not _YEAR_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 11), m.start())
                             and not _OWNER_OR_ARTICLE_BEFORE.search(m.string, max(0, m.start() - 7), m.start())):
            return None  # ("... on New Year's Eve in 1999 knows that": a verb after a year told with "in")
    if _NUMBERED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "Model 2040", "Flight 2031", "Room 2034": a number that names a thing
    if _STREET_AFTER.match(m.string, m.end()) and not _YEAR_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 11), m.start()):
        return None  # "lives at 2034 Elm Street": a house's number (not "In 2031 Main Street was paved")
    named = _NAME_BEFORE_YEAR.search(m.string, max(0, m.start() - 40), m.start())
    if named and named.group(1).lower() not in _DATE_WORDS_BEFORE_YEAR and named.group(1) not in _EVENT_HEADS:
        return None
    return "DATE", m["year"]


# a street's name after a house's number ("2034 Elm Street", "1999 N. Main St.")
_STREET_AFTER = patterns.compile(r"(?:\s+(?:[NSEW]\.?|North|South|East|West))?(?:\s+[A-Z][a-z]+){1,2}\s+(?:Street|St\.?|Avenue|Ave\.?|"
                                 r"Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Dr\.|Place|Court|Terrace|Parkway|Highway)(?![a-z])")


# the nouns a number names a thing after
_NUMBERED_BEFORE = patterns.compile(r"\b(?:[Mm]odel|[Vv]ersion|[Ff]light|[Rr]oute|[Hh]ighway|[Rr]oom|[Ss]uite|[Gg]ate|[Pp]latform|"
                                    r"[Aa]rticle|[Ss]ection|[Cc]hapter|[Pp]age|[Nn]o\.|[Nn]umber|[Bb]us|[Pp]ier|[Bb]ox)\s+$")
# a year modifying a plural after an article or an owner ("the 2036 results", "the firm's 2034 accounts"):
# a count in figures is written with its comma ("the 2,036 delegates")
_OWNER_OR_ARTICLE_BEFORE = patterns.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)|\w['’]s)\s+$")
_YEAR_PREPOSITION_BEFORE = patterns.compile(r"\b(?:in|since|until|till|during|by|before|after|through|throughout)\s+$", re.I)
# an event's name holds its year as its date ("Worldwide Developers Conference 2010", "Euro 2020"):
# that year is the event's time and is tagged; a product's or a firm's is not (the names' own event
# words, and the bodies that meet as events)
_EVENT_HEADS = EVENT_HEADS | frozenset("""Paralympics Congress Forum Tour Census Euro Open Classic Convention
Assembly Session""".split())
# a capitalised word after another word of its sentence, right before the number
_NAME_BEFORE_YEAR = patterns.compile(r"[a-z0-9,’'] ([A-Z][a-z]+) $")
_DATE_WORDS_BEFORE_YEAR = frozenset({*MONTHS, *WEEKDAYS, *SEASONS, "fiscal", "christmas", "easter", "day", "eve",
                                     "year", "the", "in", "of", "since", "until", "from", "and", "or", "to"})


def resolve_year_range(m, ctx):
    a = int(m["y1"])
    b = m["y2"]
    b = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
    if b <= a:
        return None
    return "DATE", f"{a}/{b}"


def resolve_decade(m, ctx):
    if m["dec"].endswith("00") and m["dec"] < "2000":
        return "DATE", m["dec"][:2]  # "letters from the 1600s", "the early 1900s": a century (TimeML's 16, 19)
    return "DATE", m["dec"][:3]


def resolve_modified_year(m, ctx):
    return "DATE", m["year"]


def resolve_iso(m, ctx):
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return ("DATE", f"{y:04d}-{mo:02d}-{d:02d}") if tv.valid_day(y, mo, d) else None


# a verb of saying, then what it said would happen: "said it would report results on Thursday"
_SAID_AHEAD = patterns.compile(r"\b(?:said|says|announced|told|stated|reported|added|warned|promised|pledged|"
                         r"predicted|forecast)\b.*\b(?:would|will|was\s+to|were\s+to|planned\s+to|intended\s+to|"
                         r"expected\s+to)\b", re.I | re.S)
SPEECH_REACH_DAYS = (7, 92)  # a speech dated this many days before the article frames its weekdays


def _speech_day(ctx, months: bool = False) -> date | None:
    """The day of the speech whose words a date is told in ("On Feb. 20 the firm said it would
    report results on Thursday": the Thursday after Feb. 20; "said in December that talks would
    resume in January": the January after it), when the speech's date is the last one told, earlier
    in the same sentence and a week or more before the article; else None (the article's own day
    frames it). A weekday's speech is dated to the day, a month's may be dated to the month."""
    told = _told_before_here(ctx) if ctx.dct is not None else None
    if told is None or told[2] is None or told[3] is None and not months:
        return None
    try:
        day = date(int(told[1]), int(told[2]), int(told[3] or 15))
    except ValueError:
        return None
    gap = (ctx.dct - day).days
    if not SPEECH_REACH_DAYS[0] <= gap <= (366 if months else SPEECH_REACH_DAYS[1]):
        return None
    a, b = ctx.last_span
    if _SAID_AHEAD.search(ctx.text, b, ctx.span[0]):
        return day
    # "said in December that talks would resume": the verb of saying just before the speech's date
    lo = ctx.sentence_of(*ctx.span)[0]
    if _SAID_BEFORE.search(ctx.text, max(lo, a - 16), a) and _AHEAD_MARK.search(ctx.text, b, ctx.span[0]):
        return day
    return None


_SAID_BEFORE = patterns.compile(r"\b(?:said|announced|told\s+\w+|stated|reported|warned|promised|pledged|predicted)"
                          r"\s+(?:in|on|last|early|late)?\s*$", re.I)
_AHEAD_MARK = patterns.compile(r"\b(?:would|will|was\s+to|were\s+to|planned\s+to|intended\s+to|expected\s+to)\b", re.I)
# a calendar value at the precision of a year, a month or a day: "1995", "1995-06", "1995-06-04"
_CALENDAR_VALUE = patterns.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


def _told_before_here(ctx) -> re.Match | None:
    """The value told last, parsed, when it was told earlier in the same sentence as this one."""
    if ctx.sentence_of is None or not ctx.last_value:
        return None
    a = ctx.last_span[0]
    if a >= ctx.span[0] or a < ctx.sentence_of(*ctx.span)[0]:
        return None
    return _CALENDAR_VALUE.fullmatch(ctx.last_value)


def resolve_numeric_date(m, ctx):
    a, b, y = int(m["a"]), int(m["b"] or m["b2"]), int(m["y"] or m["y2"])
    if y < 100:
        y = tv.two_figure_year(y)
    mo, d = tv.numeric_month_day(a, b, m["sep"])
    return ("DATE", f"{y:04d}-{mo:02d}-{d:02d}") if tv.valid_day(y, mo, d) else None


_FROM_BEFORE = patterns.compile(rf"\b(?:from|starting|beginning|effective)\s+{CLOCK_BEFORE_DAY}$", re.I)
_EARLIEST_AHEAD = patterns.compile(r"\bas\s+(?:early|soon)\s+as\s+$", re.I)


def _telling_ahead(ctx) -> bool:
    """The last day told lies within the week ahead of the article and was told in this sentence or
    the two before (those between telling no day: "... for Tuesday, Wednesday and Thursday. There
    will be no classes on those days. ... on Friday"): the story is telling what is to come."""
    if not ctx.days_told or not ctx.dct:
        return False
    day, where = ctx.days_told[-1]
    ahead = (day - ctx.dct).days
    if ahead == 0:
        # the rest of the article's own day is ahead too: "later Thursday, then ... on Friday"
        told = ctx.text[max(0, where[0] - 6):where[1]].lower()
        if not (told.startswith("later ") or "tonight" in told or told.startswith("later", 6)):
            return False
    elif not 0 < ahead <= 7:
        return False
    lo, _ = ctx.sentence_of(*ctx.span)
    for _ in range(2):
        lo, _ = ctx.sentence_of(max(0, lo - 2), max(0, lo - 1))
    return where[0] >= lo


def _next_in_turn(ctx, d: date) -> bool:
    """A day a few days after a weekday still ahead that the story has just told, as a forecast or a
    schedule names the days of the week ahead in turn ("showers Tuesday ... on Wednesday"); not
    after a holiday or a date ("an Easter Sunday rendezvous after a Friday blastoff")."""
    if not _telling_ahead(ctx):
        return False
    day, where = ctx.days_told[-1]
    return 0 < (d - day).days <= 3 and _WEEKDAY_ALONE.fullmatch(ctx.text, where[0], where[1]) is not None \
        and not _TOLD_AS_BEFORE.search(ctx.text, where[1], ctx.span[0])


_WEEKDAY_ALONE = patterns.compile(rf"(?:{WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?")
# ("reach the station on Tuesday after a Friday blastoff": a day told as the one before)
_TOLD_AS_BEFORE = patterns.compile(r"\b(?:after|since|following|from)\b", re.I)


_LIST_GAP = patterns.compile(r",?\s*(?:(?:and|or|to|through|into)\s+)?")
_WEEKDAY_TOLD = patterns.compile(rf"(?:{WEEKDAY})$")
WEEK_VALUE = patterns.compile(r"(\d{4})-W(\d\d)")  # (matched whole: a week value, "2031-W42")


_REPORTED_ON = patterns.compile(r"\b(?:said|says|told|reported|announced|added|stated|wrote)\s+(?:on\s+)?$")


_LATER_ON_BEFORE = patterns.compile(r"\b(?:[Ll]ater|[Ee]arlier)\s+(?:on\s+|in\s+the\s+day\s+)?$")


def _weekday_told_near(ctx, wd: int) -> date | None:
    """The last day the story told that is this weekday and lies within the week around the article."""
    for told, _ in reversed(ctx.days_told[-ANTECEDENT_REACH:]):
        if told.isoweekday() == wd and abs((told - ctx.dct).days) <= 6:
            return told
    return None


def _later_that_day(ctx, wd: int) -> date | None:
    """'later Sunday', 'earlier on Monday': the day of that weekday the story has told ("halted on
    Sunday ... hostages expected to be released later Sunday", written on the Monday: that Sunday,
    not the next)."""
    if not ctx.days_told or not ctx.dct or not _LATER_ON_BEFORE.search(ctx.text, max(0, ctx.span[0] - 20), ctx.span[0]):
        return None
    told = _weekday_told_near(ctx, wd)
    # (not "Earlier on Saturday, officers declared ...", told as past, for a Saturday ahead; a future
    # told from a past, "were expected to go free later Sunday", keeps the day gone)
    return None if told is not None and told > ctx.dct and ctx.tense() == tv.PAST else told


_FOLLOWED_BY_BEFORE = patterns.compile(r"\b(?:followed|succeeded)\s+by\b[^.;:!?()]{0,40}?\s$")


def _followed_by(ctx, wd: int) -> date | None:
    """"begins on Monday with medicine, followed by physics on Tuesday": what follows a day told in
    its sentence comes after it, the first such weekday (not the Tuesday gone)."""
    if not ctx.days_told or ctx.sentence_of is None or not _FOLLOWED_BY_BEFORE.search(ctx.text, max(0, ctx.span[0] - 60), ctx.span[0]):
        return None
    day, where = ctx.days_told[-1]
    if ctx.sentence_of(*where[:2]) != ctx.sentence_of(*ctx.span):
        return None
    return day + timedelta(days=(wd - day.isoweekday() - 1) % 7 + 1)


def _event_of_day_told(ctx, wd: int) -> date | None:
    """"Sunday's game", "Tuesday's vote" after the story told that weekday: the event of that day
    again ("The Super Bowl kicks off on Sunday. Tickets for Sunday's game were selling ..." on the
    Friday before: that Sunday, not the one gone)."""
    if not ctx.days_told or not ctx.dct or not ctx.text.startswith(("'s", "’s"), ctx.span[1]):
        return None
    return _weekday_told_near(ctx, wd)


def _in_week_told(ctx, wd: int) -> date | None:
    """The weekday in the week the story has just named: the next of a list of weekdays ("progress
    Monday, Tuesday, Wednesday"), or a weekday told after "last week" in its sentence ("last week
    ... on Monday"); None when nothing names that week."""
    if not ctx.last_value or ctx.sentence_of is None:
        return None
    a, b = ctx.last_span
    if _REPORTED_ON.search(ctx.text, max(0, ctx.span[0] - 14), ctx.span[0]) and "," in ctx.text[b:ctx.span[0]] \
            and ctx.text[ctx.sentence_of(a, b)[0]:a].strip(" \"“'‘("):
        # "cases reported last week, the agency said Monday": the report's own Monday (a week told
        # first in the sentence frames it: "Last week, the mill said on Monday")
        return None
    if ctx.sentence_of(a, b) != ctx.sentence_of(*ctx.span):
        return None
    if _MODIFIER_BEFORE_WEEK.search(ctx.text, max(0, a - 40), a) \
            and any(past_verb(w) for w in _WORDS.findall(ctx.text, b, ctx.span[0])):
        # "an update released last week disrupted services on Monday": the week is the participle's,
        # of a noun; the main clause's own verb tells the weekday, from the article's day
        return None
    week = WEEK_VALUE.fullmatch(ctx.last_value)
    if week:
        try:
            d = date.fromisocalendar(int(week[1]), int(week[2]), wd)
        except ValueError:
            return None
        # (not across tenses: "a meeting for next week, an official said on Tuesday" is the report's Tuesday)
        tense = ctx.tense()
        if ctx.dct and (d < ctx.dct and tense == tv.FUTURE or d > ctx.dct and tense == tv.PAST):
            return None
        return d
    if _LIST_GAP.fullmatch(ctx.text, b, ctx.span[0]) and _WEEKDAY_TOLD.search(ctx.text, a, b):
        prev = tv.parse_value_date(ctx.last_value)
        if prev is not None:
            # the nearest such day: "Monday, Tuesday, Wednesday" runs on, "Friday and Thursday" back
            return prev + timedelta(days=(wd - prev.isoweekday() + 3) % 7 - 3)
    return None


# a participle hung on a noun ("an update released last week"), not a verb's ("was released", "it
# released"); or a relative clause ("which opened last week")
_MODIFIER_BEFORE_WEEK = patterns.compile(r"\b(?:(?!(?:was|were|is|are|be|been|being|had|has|have|it|he|she|they|we|i|who|which|that)\s)"
                                         r"[a-z]+\s+[a-z]{3,}ed|which\s+(?:[\w'’-]+\s+){0,3}?[a-z]{3,}ed)\s+$")
_WORDS = patterns.compile(r"[a-z]+")

# a weekday that a word before it makes the name of one day in history: "the Black Monday plunge of
# 1987", "Bloody Sunday", "Super Tuesday" (no weekday of the story's week)
_NAMED_DAY_BEFORE = patterns.compile(r"\b(?:Black|Bloody|Super|Manic)\s+$")


_THE_BEFORE = patterns.compile(r"\b[Tt]he\s+$")
# what a weekday names a weekly thing of
_HABIT_NOUN_AFTER = patterns.compile(r"\s+(?:markets?|newspapers?|papers?|editions?|supplements?|magazines?|schools?|"
                                     r"mass|services|shows?|programmes?|programs?|league|roast|brunch|opening\s+hours)\b")
_ON_A_BEFORE = patterns.compile(r"\b[Oo]n\s+a\s+$")
_MODIFIED_NOUN_AFTER = patterns.compile(r"\s+(?!(?:in|and|or|at|when|if|but|so|this|next|last|to|of|with|for|after|before)\b)[a-z]")


_LOCAL_TIME_AFTER = patterns.compile(r",?\s+(?:local\s+time|\(local\s+time\))", re.I)


def resolve_weekday(m, ctx):
    wd = WEEKDAYS[m["wd"].rstrip(".").lower()]
    rel = (m["rel"] or "").lower() or None
    if rel is None and (_NAMED_DAY_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
                        or not m["pod"] and m.end() == m.end("t") and _HABIT_NOUN_AFTER.match(ctx.text, m.end())):
        return None  # ("Black Friday" is a feast's; "a Sunday newspaper", "the Saturday market" are every week's)
    if rel == "following" and not _THE_BEFORE.search(m.string, max(0, m.start("rel") - 4), m.start("rel")) \
            and m.string.startswith(("'s", "’s"), m.end("wd")):
        return None  # "Following Thursday's 358-point drop": after it (the weekday alone is read instead)
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if m["plural"]:
        # "opens on Saturday mornings": that part of every such day (not "Sunday mornings ago")
        return ("SET", f"XXXX-WXX-{wd}T{pod}") if rel is None else None
    if rel is None and _ON_A_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()) \
            and not _MODIFIED_NOUN_AFTER.match(ctx.text, m.end()):
        day = f"XXXX-WXX-{wd}"  # "if the 20th falls on a Sunday": any Sunday (not "on a Sunday night flight")
        return ("TIME", f"{day}T{pod}") if pod else ("DATE", day)
    if rel is None and not pod and (parts := _DAY_AND_PARTS_AFTER.match(ctx.text, m.end())):
        # "leaves on Monday and Tuesday nights": that part of every such day, as the one joined to it
        return "SET", f"XXXX-WXX-{wd}T{PARTS_OF_DAY[parts['pod'].lower()]}"
    if rel is None and _EVERY_DAY_AND_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        day = f"XXXX-WXX-{wd}"  # "every Tuesday and Thursday afternoon": each week's, as the first is
        return ("SET", f"{day}T{pod}") if pod else ("SET", day)
    if rel is None and not pod and _opening_hours(ctx.text, m.start(), m.end()):
        return "SET", f"XXXX-WXX-{wd}"  # "open Monday to Friday from 9 a.m.": each week's, the hours kept
    if rel in ("previous", "following") and (ctx.ref_day or ctx.dct):
        # "the previous Friday", "the following Monday": counted from the day told last
        base = ctx.ref_day or ctx.dct
        step = -1 if rel == "previous" else 1
        d = base + timedelta(days=step)
        while d.isoweekday() != wd:
            d += timedelta(days=step)
        day = d.isoformat()
    elif ctx.dct:
        # "could leave as early as Tuesday": the earliest of days still ahead
        tense = tv.FUTURE if _EARLIEST_AHEAD.search(m.string, max(0, m.start() - 16), m.start()) else ctx.tense()
        if tense is None and rel is None and (_telling_ahead(ctx) or _FROM_BEFORE.search(m.string, max(0, m.start() - 24),
                                                                                        m.start())):
            # "... late Friday. Much of Saturday may be sunny": a forecast reads on ahead; "opening
            # registrations from Thursday": a start not told as past is still to come
            tense = tv.FUTURE
        # ("... cancelled her tour on Wednesday. She had been due to play Paris on Friday.")
        dropped = _plan_called_off_before(ctx, wd) if tense == tv.PAST and rel is None else None
        said_on = _speech_day(ctx) if rel is None else None
        d = dropped or (_in_week_told(ctx, wd) or _later_that_day(ctx, wd) or _event_of_day_told(ctx, wd) or _followed_by(ctx, wd)
                        if rel is None else None) \
            or tv.weekday_date(said_on or ctx.dct, wd, tense, rel)
        if d == ctx.dct and tense == tv.FUTURE and rel is None and _next_in_turn(ctx, d + timedelta(days=7)):
            d += timedelta(days=7)  # "rain Tuesday, highs in the 40s on Wednesday", told on a Wednesday: a week on
        if said_on is not None and d == said_on and tense == tv.FUTURE:
            d += timedelta(days=7)  # what a speech said would happen on its own weekday is a week on
        if rel is None and tense == tv.PAST and (told := ctx.ref_day) is not None and told < d <= ctx.dct \
                and ctx.span[0] - ctx.days_told[-1][1][1] < PERFECT_REACH \
                and not _BY_BEFORE.search(ctx.text, max(0, ctx.span[0] - 4), ctx.span[0]) \
                and not SINCE_BEFORE.search(ctx.text, max(0, ctx.days_told[-1][1][0] - 8), ctx.days_told[-1][1][0]) \
                and _PAST_PERFECT_BEFORE.search(ctx.text, max(0, ctx.span[0] - 80), ctx.span[0]):
            # (a day told as a stretch's start, "in place since Saturday", is no day the story is on)
            # "resigned on Friday ... He had denied it as recently as Wednesday": a past perfect
            # tells a time before the day just told
            d = tv.weekday_date(told - timedelta(days=1), wd, tv.PAST)
        if rel is None and (ctx.dct + timedelta(days=1)).isoweekday() == wd \
                and _LOCAL_TIME_AFTER.match(ctx.text, m.end()):
            # "shook the coast early Tuesday local time", written on Monday where the clocks are behind
            d = ctx.dct + timedelta(days=1)
        day = d.isoformat()
    else:
        day = f"XXXX-WXX-{wd}"
    return ("TIME", f"{day}T{pod}") if pod else ("DATE", day)


_HAD_BEEN_DUE = patterns.compile(r"\bhad\s+been\s+(?:due|scheduled|set|slated|booked)\s+(?:to|for)\b", re.I)
_CALLED_OFF_TOLD = patterns.compile(rf"\b(?:{_alt(CALLED_OFF)}|called\s+off|put\s+off)\b", re.I)


def _plan_called_off_before(ctx, wd: int) -> date | None:
    """The day of a plan told in the past perfect ("had been due to play Paris on Friday") just after
    the sentence that called it off: dropped before its day, the first such weekday from the day it
    was called off (that sentence's day, else the article's), or the day just before it, a plan
    scrubbed when it came ("postponed the launch on Sunday ... had been due to lift off on Saturday")."""
    if ctx.sentence_of is None or not ctx.dct:
        return None
    lo = ctx.sentence_of(*ctx.span)[0]
    if lo < 2 or "been" not in ctx.text[lo:ctx.span[0]] or not _HAD_BEEN_DUE.search(ctx.text, lo, ctx.span[0]):
        return None
    a, b = ctx.sentence_of(lo - 2, lo - 1)
    if not _CALLED_OFF_TOLD.search(ctx.text, a, b):
        return None
    called_off = next((told for told, where in reversed(ctx.days_told[-ANTECEDENT_REACH:]) if a <= where[0] < b), None)
    if called_off is None:
        return tv.weekday_date(ctx.dct, wd, tv.FUTURE)
    ahead = (wd - called_off.isoweekday()) % 7
    return called_off - timedelta(days=1) if ahead == 6 else called_off + timedelta(days=ahead)


# "had" and its participle in the clause of the date, with no clause break between them (not a plan
# told in the past perfect, "had been due to cross on Monday", "had hoped to vote Friday": what was
# to come then)
_PAST_PERFECT_BEFORE = patterns.compile(r"\b(?:had|[a-z]+['’]d)\s+"
                                        r"(?!(?:(?:not|never|already|also|just|been|[a-z]+ly)\s+)?(?:due|set|scheduled|"
                                        r"slated|expected|planned|supposed|meant|hoped|intended|wanted|agreed|promised|"
                                        r"vowed|pledged|aimed|threatened|planning|going|hoping)\b)"
                                        r"(?:(?:not|never|already|also|just|been|[a-z]+ly)\s+)?[a-z]{3,}\b[^,;:.!?()\"“”—–]{0,60}$")
# opening hours: a span of weekdays told as what is open then ("open Monday to Friday", "the line
# operates Monday through Saturday") or with the hours kept on them ("Monday to Friday, 9am to 5pm"):
# each week's days, not one week's ("the festival runs from Thursday to Sunday" is one)
DAYS_TO = r"\s*(?:to|through|thru|-|–)\s*"  # (timex.py joins the sets of such a span by it too)
_RANGE_REST = patterns.compile(rf"{DAYS_TO}(?:{_cap(FULL_WEEKDAYS)})s?\b")
_RANGE_HEAD = patterns.compile(rf"\b(?:{_cap(FULL_WEEKDAYS)})s?{DAYS_TO}$")
# (the hours may come first: "opens 9am-5pm Monday to Saturday")
_OPEN_BEFORE = patterns.compile(r"\b(?:open|opens|operates|operate|operating|staffed|manned|served)\s+"
                                r"(?:(?:from|between)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:to|until|till|and|-|–)\s*"
                                r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?,?\s+)?(?:(?:from|on)\s+)?$", re.I)
_HOURS_AFTER = patterns.compile(r",?\s+(?:from\s+|between\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?"
                                r"\s*(?:to|until|till|and|-|–)\s*\d")


def _opening_hours(text: str, start: int, end: int) -> bool:
    """The weekday at start:end begins or ends a span of days told as opening hours."""
    if rest := _RANGE_REST.match(text, end):
        first, last = start, rest.end()
    elif head := _RANGE_HEAD.search(text, max(0, start - 16), start):
        first, last = head.start(), end
    else:
        return False
    return bool(_OPEN_BEFORE.search(text, max(0, first - 56), first) or _HOURS_AFTER.match(text, last))


_ONE_DAY_OF_THE_WEEK = rf"(?:{_cap(FULL_WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?"
_EVERY_DAY_AND_BEFORE = patterns.compile(rf"\b(?:[Ee]very|[Ee]ach)\s+{_ONE_DAY_OF_THE_WEEK}"
                                         rf"(?:(?:,\s+|,?\s+(?:and|or)\s+){_ONE_DAY_OF_THE_WEEK})*(?:,\s+|,?\s+(?:and|or)\s+)$")
_DAY_AND_PARTS_AFTER = patterns.compile(rf"(?:,\s+(?:{_cap(FULL_WEEKDAYS)}))*,?\s+(?:and|or)\s+(?:{_cap(FULL_WEEKDAYS)})\s+"
                                        r"(?P<pod>morning|afternoon|evening|night)s\b")
# ("the toll had risen to 412 by Sunday evening": the day a perfect is told up to is its own time,
# not one before the day told)
_BY_BEFORE = patterns.compile(r"\bby\s+$", re.I)
PERFECT_REACH = 300  # characters: how far after a day told a past perfect still counts back from it


_GENERIC_PRESENT = patterns.compile(r"['’]s\s+(?:world|society|youth|young|generation|children|economy|standards|"
                              r"technology|culture|politics|climate|age|era|times)\b", re.I)


# what may follow "overnight" the adverb ("struck overnight with", "rose overnight in Tokyo"); before a
# noun it is an adjective, "an overnight stay", "overnight rates": no time of its own
_AFTER_OVERNIGHT = ("in|on|at|to|into|from|with|and|but|or|as|after|before|while|when|the|a|an|amid|near|across|"
                    "over|through|by|for|until|local|because|despite|following|ahead|again|there|here|"
                    "he|she|it|they|we|police|officials|forces|troops|"
                    "monday|tuesday|wednesday|thursday|friday|saturday|sunday")  # (matched lower-cased)


def resolve_deictic_day(m, ctx):
    word = m["w"].lower()
    if word == "overnight":
        # the night just gone, or the coming one for what is still ahead ("will stay closed overnight")
        if not ctx.dct:
            return "TIME", "XXXX-XX-XXTNI"
        tense = ctx.tense()
        night = ctx.dct - timedelta(days=0 if tense == tv.FUTURE else 1)
        if tense == tv.PAST and ctx.days_told and ctx.sentence_of is not None \
                and ctx.days_told[-1][1][0] >= ctx.sentence_of(*ctx.span)[0] and ctx.days_told[-1][0] < night:
            # "moved inland on Thursday afternoon and was downgraded overnight": the night of the
            # day its sentence told
            night = ctx.days_told[-1][0]
        return "TIME", f"{night.isoformat()}TNI"
    if word in ("now", "currently", "nowadays", "presently", "at present", "at the moment"):
        return "DATE", "PRESENT_REF"
    if word in ("recently", "lately", "the past", "previously", "formerly") or word.endswith(" recently"):
        # ("more recently", "most recently": TimeML's extent holds the comparison)
        return "DATE", "PAST_REF"
    if word == "today" and _GENERIC_PRESENT.match(m.string, m.end("w")):
        return "DATE", "PRESENT_REF"  # "today's world", "today's youth": the present, not the day
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(word)
    if offset is None:  # "the day before yesterday", "the day after tomorrow"
        offset = -2 if word.endswith("yesterday") else 2
    if not ctx.dct:
        return "DATE", "PRESENT_REF" if offset == 0 and word == "today" else "XXXX-XX-XX"
    # ("We will decide tomorrow," he said on Monday: a direct quotation keeps its speaker's days)
    d = (_quoted_speech_day(ctx) or ctx.dct) + timedelta(days=offset)
    return ("TIME", f"{d.isoformat()}TNI") if word == "tonight" else ("DATE", d.isoformat())


# after a quotation: who said it, and the weekday they said it on ('," he said on Sunday')
_SAID_ON_AFTER = patterns.compile(r"[\"”’'`]*\s*,?\s*(?:(?:he|she|they|we|it|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|"
                                  r"the\s+\w+(?:\s+\w+)?)\s+)?(?:said|told\s+\w+|added|wrote|insisted|declared)\s+(?:on\s+)?"
                                  rf"(?P<wd>{_cap(FULL_WEEKDAYS)})\b")
QUOTED_SPEECH_REACH_DAYS = 31


def _quoted_speech_day(ctx) -> date | None:
    """The day a direct quotation was said on, when the sentence tells it outside the quotation (a
    day told before it with a verb of saying between: "On Monday he told reporters: "..."", or a
    weekday after it: "...," he said on Sunday) and it is a recent day before the article's."""
    if ctx.sentence_of is None:
        return None
    lo, hi = ctx.sentence_of(*ctx.span)
    quoted = quote_around(ctx.text[lo:hi], ctx.span[0] - lo, ctx.span[1] - lo)
    if quoted is None:
        return None
    qa, qb = lo + quoted[0], lo + quoted[1]
    day = None
    if (m := _SAID_ON_AFTER.match(ctx.text, qb, hi)) is not None:
        day = tv.weekday_date(ctx.dct, WEEKDAYS[m["wd"].lower()], tv.PAST)
    else:
        for told, where in reversed(ctx.days_told[-ANTECEDENT_REACH:]):
            if where[0] < lo:
                break
            if where[1] <= qa and any(w in REPORTING for w in _WORDS.findall(ctx.text, where[1], qa)):
                day = told
                break
    if day is None or not 0 < (ctx.dct - day).days <= QUOTED_SPEECH_REACH_DAYS:
        return None
    return day


_VAGUE_REF = {"these": "PRESENT_REF", "the": "FUTURE_REF", "future": "FUTURE_REF"}


def resolve_vague_ref(m, ctx):
    """'these days', 'the near future', 'future quarters': TimeML's PRESENT_REF and
    FUTURE_REF; 'recent years', 'the coming weeks' are stretches of no stated length (PXY, PXW)."""
    words = m["w"].lower().split()
    if words[0] in ("recent", "coming"):
        return "DURATION", _duration_value(None, words[-1])
    if words[-1] == "come" and words[0] != "the":
        return "DATE", "FUTURE_REF"  # "in years to come"
    if words[-1] in ("ahead", "come"):
        return "DURATION", _duration_value(None, words[1] if words[0] == "the" else words[0])
    return "DATE", _VAGUE_REF[words[0]]


def resolve_part_of_day(m, ctx):
    """'this morning', 'last night', 'Tuesday evening' handled elsewhere."""
    rel, pod = m["rel"].lower(), PARTS_OF_DAY[m["pod"].lower()]
    if not ctx.dct:
        return "TIME", f"XXXX-XX-XXT{pod}"
    d = ctx.dct - timedelta(days=1) if rel in ("last", "yesterday") else ctx.dct
    if rel == "tomorrow":
        d = ctx.dct + timedelta(days=1)
    return "TIME", f"{d.isoformat()}T{pod}"


_DEICTIC_SHIFT = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}


_STRETCH_BEFORE = patterns.compile(r"\b(?:over|for|during|throughout|within)\s+$", re.I)


_NAME_WORD_AFTER = patterns.compile(r"\s+[A-Z][a-z]")


def _season_naming_a_thing(text: str, a: int, b: int) -> bool:
    """A season before the noun it describes, or capitalised in a name ("the next Winter Olympics")."""
    return bool(_SEASON_AS_A_NOUN_BEFORE.match(text, b) or text[a].isupper() and _NAME_WORD_AFTER.match(text, b))


# (not a contracted "is": "it's last year's model", "that's next week")
_OWNER_BEFORE = patterns.compile(r"(?:\b(?:its|his|her|their|our|my|your)|\b(?!(?:it|that|there|what|who|he|she|here|where|how)['’]s\b)"
                                 r"\w+['’]s)\s+$", re.I)


def resolve_deictic_period(m, ctx):
    """'this week', 'last month', 'next year', 'earlier this year', 'this weekend'."""
    rel, unit = m["rel"].lower(), m["unit"].lower()
    if rel in ("last", "next") and m.start() == m.start("rel") \
            and _OWNER_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None  # "in its last year, 1958", "his last week in office": the owner's final one, not the calendar's
    if unit == "fortnight":
        # "over the past fortnight", "in the next fortnight": two weeks, which the calendar does not name
        return "DURATION", "P2W"
    if m["the"] and unit not in SEASONS and unit not in ("quarter", "weekend") and "fiscal" not in m.group().lower() and (
            rel in ("next", "coming") or unit == "century" or rel in ("past", "last", "previous")
            and _STRETCH_BEFORE.search(m.string, max(0, m.start() - 12), m.start())):
        # "the next month", "the past century", "over the past decade": a stretch of time; "the past
        # year", "the last decade" on their own are read by annotators as the period before this one
        return "DURATION", _duration_value("1", unit)
    if unit in SEASONS:
        if _season_naming_a_thing(ctx.text, m.start("unit"), m.end()):
            return None  # "the next winter storm", "the next Winter Olympics": a storm, the Games, no season
        return _season(ctx, SEASONS[unit], _DEICTIC_SHIFT[rel], latest=bool(m["recent"]))
    n = _DEICTIC_SHIFT[rel]
    base = "week" if unit == "weekend" else unit
    if not ctx.dct:
        return "DATE", tv.UNDERSPECIFIED[unit]
    if m["recent"] and unit == "week" and ctx.dct.isoweekday() >= 6:
        n = 0  # "this past week", said at the weekend: the week just ending
    return "DATE", tv.value_at(tv.shift(ctx.dct, base, n), unit)


def _season(ctx, code, n, latest: bool = False):
    """'this summer' is this year's, 'last spring' last year's, 'this past spring' the latest one
    over by now (said in October, this year's), 'next winter' the next one to begin."""
    if not ctx.dct:
        return "DATE", f"XXXX-{code}"
    y, start, month = ctx.dct.year, _SEASON_START[code], ctx.dct.month
    if latest:
        y -= start + 3 > month  # not over yet this year: last year's
    elif n < 0:
        y -= 1
    elif n > 0:
        y += start <= month     # begun already this year: next year's
    return "DATE", f"{y:04d}-{code}"


def resolve_season_year(m, ctx):
    y = m["year"] or f"{_year_told_short(m['yy'], ctx):04d}"
    if m["then"] and int(m["then"]) != (int(y) + 1) % 100:
        return None  # (a winter spans two years in turn; "winter 2031-35" is no such name)
    return "DATE", f"{y}-{SEASONS[m['season'].lower()]}"


def _year_told_short(yy: str, ctx) -> int:
    """'68 in "returned in '68": of its century or the one before, whichever is not years ahead of
    the article (a year written so is looked back on)."""
    base = ctx.dct.year if ctx.dct else 2000
    y = base // 100 * 100 + int(yy)
    return y - 100 if y > base + 5 else y


_BEFORE_SHORT_YEAR = patterns.compile(r"\b(?:in|of|since|from|until|till|through|to|by|and|or|before|after|early|"
                                      r"late|mid|class|summer|spring|fall|autumn|winter)\s$", re.I)


def resolve_year_told_short(m, ctx):
    if not _BEFORE_SHORT_YEAR.search(ctx.text, max(0, m.start() - 9), m.start()):
        return None  # ("scored '10 points'": a quotation, no year)
    return "DATE", f"{_year_told_short(m['yy'], ctx):04d}"


def resolve_anaphoric_pod(m, ctx):
    """'the next morning', 'that night', 'the night before': a part of the day told last, or of the one
    after or before it."""
    base = ctx.antecedent_day() or ctx.dct
    pod = PARTS_OF_DAY[(m["pod"] or m["pod2"]).lower()]
    if base is None:
        return "TIME", f"XXXX-XX-XXT{pod}"
    shift = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1}.get((m["rel"] or m["rel2"] or "").lower(), 0)
    return "TIME", f"{(base + timedelta(days=shift)).isoformat()}T{pod}"


def resolve_new_year(m, ctx):
    """'the new year': the year about to begin; said in its first weeks, the year just begun."""
    if not ctx.dct:
        return "DATE", "XXXX"
    return "DATE", f"{ctx.dct.year + (0 if ctx.dct.month == 1 else 1):04d}"


def resolve_told_part_of_day(m, ctx):
    """'by mid-morning', 'in the afternoon': that part of the day told last (else of the article's
    day); 'in the morning' with no day told and no past or future (a habit: "trains run less often
    in the morning") names no time."""
    code = PARTS_OF_DAY[(m["pod"] or m["pod2"]).lower()]
    base = ctx.antecedent_day()
    if base is None and m["pod2"] and ctx.tense() not in (tv.PAST, tv.FUTURE):
        return None
    base = base or ctx.dct
    return "TIME", f"{base.isoformat()}T{code}" if base else f"XXXX-XX-XXT{code}"


def resolve_week_on(m, ctx):
    """'Saturday week', 'a week on Monday', 'a week today': a week after the next such day."""
    if m["deictic"]:
        if not ctx.dct:
            return "DATE", "XXXX-XX-XX"
        return "DATE", (ctx.dct + timedelta(days=7 if m["deictic"] == "today" else 8)).isoformat()
    wd = WEEKDAYS[(m["wd"] or m["wd2"]).lower()]
    if not ctx.dct:
        return "DATE", f"XXXX-WXX-{wd}"
    ahead = (wd - ctx.dct.isoweekday()) % 7
    return "DATE", (ctx.dct + timedelta(days=ahead + 7 if ahead else 7)).isoformat()


class _WeekdaysAgo:
    """The match of 'two Fridays ago' read as 'the Friday before last' is: one weekday group."""

    def __init__(self, m):
        self._m = m

    def __getitem__(self, name):
        if name == "wd":
            return self._m["wd"] or self._m["wds"]
        return self._m[name]


def resolve_weekday_two_off(m, ctx):
    """'the Friday before last', 'the Tuesday after next', 'two Fridays ago': a week past last
    Friday, or past next Tuesday; N such days back."""
    wd = WEEKDAYS[m["wd"].lower()]
    if not ctx.dct:
        return "DATE", f"XXXX-WXX-{wd}"
    if m["n"]:
        n = NUMBER_WORDS.get(m["n"].lower()) or int(m["n"])
        return "DATE", (tv.weekday_date(ctx.dct, wd, None, "last") - timedelta(days=7 * (n - 1))).isoformat()
    if m["after"]:
        return "DATE", (tv.weekday_date(ctx.dct, wd, None, "next") + timedelta(days=7)).isoformat()
    return "DATE", (tv.weekday_date(ctx.dct, wd, None, "last") - timedelta(days=7)).isoformat()


def resolve_this_time_last(m, ctx):
    unit = m["unit"].lower()
    if not ctx.dct:
        return "DATE", tv.UNDERSPECIFIED[unit]
    return "DATE", tv.value_at(tv.shift(ctx.dct, unit, -1 if m["rel"].lower() == "last" else 1), unit)


def resolve_two_off(m, ctx):
    unit = m["unit"].lower()
    if not ctx.dct:
        return "DATE", tv.UNDERSPECIFIED[unit]
    if unit == "weekend":
        # "the weekend before last": a week before the last one begun (said on a Sunday, today's);
        # "the weekend after next": a week after the next one to begin
        if m["after"]:
            return "DATE", tv.value_at(ctx.dct + timedelta(days=((6 - ctx.dct.isoweekday()) % 7 or 7) + 7), "weekend")
        return "DATE", tv.value_at(ctx.dct - timedelta(days=(ctx.dct.isoweekday() - 6) % 7 + 7), "weekend")
    return "DATE", tv.value_at(tv.shift(ctx.dct, unit, 2 if m["after"] else -2), unit)


_EVENT_NAMED_AFTER = patterns.compile(r"\s+(?:his|her|their|its|the|a|an)\s+[a-z]")
_APPOSITION = patterns.compile(r",\s*")


# "two years to the day after the law was challenged": an anniversary told exactly, no day of its own
_TO_THE_DAY_BEFORE = patterns.compile(r"\b(?:years?|months?|weeks?|decades?)\s+to\s+$", re.I)


def resolve_anaphoric(m, ctx):
    """'the next day', 'the following week', 'the day before', 'that day': from the last date told."""
    if _TO_THE_DAY_BEFORE.search(ctx.text, max(0, ctx.span[0] - 12), ctx.span[0]):
        return None
    unit = m["unit"].lower()
    rel = (m["rel"] or m["rel2"] or "").lower()
    n = {"next": 1, "following": 1, "after": 1, "previous": -1, "before": -1, "prior": -1,
         "same": 0, "that": 0}[rel]
    base = ctx.antecedent_day()
    if base is None and rel in ("after", "before") and _EVENT_NAMED_AFTER.match(ctx.text, ctx.span[1]):
        # "released the day after his arrest", with no day told before: a day counted from an
        # event whose day is not known, not from the article's
        return "DATE", tv.UNDERSPECIFIED.get(unit, "XXXX-XX-XX")
    if rel in ("after", "before") and unit == "day" and ctx.days_told and _EVENT_NAMED_AFTER.match(ctx.text, ctx.span[1]) \
            and _APPOSITION.fullmatch(ctx.text, ctx.days_told[-1][1][1], ctx.span[0]):
        # "on Friday, the day after the region was rocked": the day told, named again by its event
        return "DATE", ctx.days_told[-1][0].isoformat()
    base = base or ctx.dct
    last = ctx.last_value
    if unit == "decade" and last and _DECADE_VALUE.fullmatch(last):
        base = date(int(last) * 10 + 5, 7, 1)  # "in the 1950s ... the following decade": the 1960s
    elif unit in ("year", "decade") and last and last[:4].isdigit() and not (base and base.year == int(last[:4])):
        base = date(int(last[:4]), 7, 1)  # "in 2001 ... the decade after": from the year told, not the day
    elif unit in ("month", "quarter") and (coarse := _coarse_antecedent(ctx, unit)) is not None:
        base = coarse  # "in May 2019 ... the following month": from the month told
    elif unit == "month" and ctx.dct and (base.year, base.month) == (ctx.dct.year, ctx.dct.month) \
            and (other := _other_month_told(ctx)):
        # "exports grew in September, data showed on Sunday ... after a fall the previous month":
        # counted, like "that month", from the month told rather than from a day in the article's own
        base = date(int(other[:4]), int(other[5:7]), 1)
    elif unit == "week" and (week := _week_told_last(ctx, again=n == 0 and _gone_for_what_is_ahead(ctx, base))) \
            and tv.EARLIEST.year < int(week[1]):
        # "more cases in the last week than the week prior": from the week told (past a year told
        # since: "At the end of last week it acted, for the first time since 2031. It had fallen 9%
        # in the week before")
        base = date.fromisocalendar(int(week[1]), int(week[2]), 1)
    if base is None:
        return "DATE", tv.UNDERSPECIFIED.get(unit, "XXXX-XX-XX")
    if unit == "weekend":
        # "the weekend before", "the following weekend": the one before the day told, or the first after it
        if rel == "prior" or COMPARED_WITH.search(ctx.text, max(0, ctx.span[0] - 24), ctx.span[0]):
            # ("sales fell 22% from the weekend prior", "than the weekend before": before a weekend
            # reported, not told)
            return None
        if n == 0:
            return "DATE", tv.value_at(base, "weekend")
        step = -7 if n < 0 else (7 if base.isoweekday() >= 6 else 0)
        return "DATE", tv.value_at(base + timedelta(days=step), "weekend")
    return "DATE", tv.value_at(tv.shift(base, unit, n), unit)


def _gone_for_what_is_ahead(ctx, day: date | None) -> bool:
    """The day told last lies in a week gone, and what "the same week" tells is still ahead: it is
    the week told before it ("sentenced the week beginning 9 March ... found guilty last Friday ...
    his co-defendant will be sentenced the same week")."""
    return day is not None and ctx.dct is not None and day.isocalendar()[:2] < ctx.dct.isocalendar()[:2] \
        and ctx.tense() == tv.FUTURE


def _week_told_last(ctx, again: bool = False):
    """The last week told, when no day was told after it; ``again``: the last week told in the story
    so far, whatever days were told since."""
    if ctx.last_week is None:
        return None
    value, where = ctx.last_week
    if ctx.days_told and ctx.days_told[-1][1][0] > where[0] and not (again and ctx.span[0] - where[1] < NARRATIVE_REACH):
        return None
    return WEEK_VALUE.fullmatch(value)


# the base of a comparison, just before a date ("rose from a year ago", "than the weekend before")
COMPARED_WITH = patterns.compile(r"\b(?:from|than|over|versus|vs\.?|compared\s+(?:with|to)|against)\s+$")


# a verb that moves a thing back by a length ("pushed the vote two weeks back", "set the project
# a year back"): no time ago
_MOVED_BACK_BEFORE = patterns.compile(r"\b(?:set|sets|setting|push\w*|put|puts|putting|mov\w*|roll\w*|held|hold\w*|"
                                      r"turn\w*|knock\w*|pull\w*|step\w*|fell|fall\w*|drop\w*|slip\w*|"
                                      r"go|goes|going|went|gone|dat\w*|trac\w*|stretch\w*|reach\w*)\b[^.;:!?]{0,30}$", re.I)


CLOCK_COUNT_REACH = 160  # characters: a clock told this close before "an hour later" is what it counts from


def _clock_told_just_before(ctx):
    """The clock told last, as a datetime, when it is the last time told and close before."""
    if ctx.last_clock is None or ctx.last_clock[0] != ctx.last_value or ctx.span[0] - ctx.last_clock[1][1] > CLOCK_COUNT_REACH:
        return None
    try:
        return datetime.strptime(ctx.last_clock[0][:16], "%Y-%m-%dT%H:%M")
    except ValueError:
        return None


def resolve_ago(m, ctx):
    """'three years ago', 'two days later' (later/earlier count from the last date told)."""
    if m.told_back and _MOVED_BACK_BEFORE.search(ctx.text, max(0, ctx.span[0] - 40), ctx.span[0]):
        return None
    n = _number(m["num"])
    unit = m["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    if unit == "fortnight" and n is not None:
        unit, n = "week", 2 * n  # "a fortnight ago": two weeks back
    elif unit == "night":
        unit = "day"  # "two nights ago"
    if (m["half"] or m["half2"]) and n is not None:
        # "a year and a half ago", "two and a half years later": counted in the next finer unit
        if unit not in ("year", "decade"):
            return None
        unit, n = ("month", n * 12 + 6) if unit == "year" else ("year", n * 10 + 5)
    direction = m["dir"].lower()
    base = ctx.dct if direction == "ago" else (ctx.antecedent_day() or ctx.dct)
    if unit == "century" and base is not None and n is not None and n == int(n):
        y = base.year + (100 if direction in ("later", "after", "hence", "from now") else -100) * int(n)
        return ("DATE", f"{y // 100:02d}") if tv.EARLIEST.year <= y <= tv.LATEST.year else None  # "two centuries ago": 18
    if unit in ("hour", "minute", "second") and n is not None and direction in ("ago", "hence", "from now"):
        # "an hour ago", "in 48 hours from now": the day it falls on, which is all the article's
        # date tells (an hour ago is most often today; 36 hours ago, yesterday). "An hour later"
        # counts from a happening more often than from a date told, and stays a length of time
        if base is None:
            return "DATE", "XXXX-XX-XX"
        days = int(n * {"hour": 1, "minute": 1 / 60, "second": 1 / 3600}[unit] // 24)
        sign = -1 if direction == "ago" else 1
        return "DATE", tv.shift(base, "day", sign * days).isoformat()
    if unit in ("hour", "minute") and direction in ("later", "earlier") and n is not None and n == int(n) \
            and (clock := _clock_told_just_before(ctx)) is not None:
        # "Police arrived at 10 p.m. An hour later, the crowd had gone": counted from the clock told
        # just before, which dates the happening it counts from
        moved = clock + timedelta(**{unit + "s": int(n) * (1 if direction == "later" else -1)})
        zone = "Z" if ctx.last_clock[0].endswith("Z") else ""  # (in the clock's own time: "0800 GMT")
        return "TIME", f"{moved.year:04d}-{moved.month:02d}-{moved.day:02d}T{moved.hour:02d}:{moved.minute:02d}{zone}"
    if unit not in ("day", "week", "month", "year", "decade", "quarter"):
        return None
    if base is None or n is None or n != int(n):
        return "DATE", tv.UNDERSPECIFIED.get(unit, "XXXX-XX-XX")
    if unit == "decade":
        # "founded in 1986 ... a decade later", "a decade ago": ten years on from a year, a year
        # (not the 1990s, as TimeML counts it)
        unit, n = "year", 10 * n
    sign = 1 if direction in ("later", "after", "hence", "from now") else -1
    if direction == "later" and not ctx.days_told and ctx.last_value is None and ctx.tense() == tv.PAST:
        # "He came back two years later", with no date told: from a happening whose date is not
        # known (counted from the article's day, it would be a past told as ahead)
        return "DATE", tv.UNDERSPECIFIED.get(unit, "XXXX-XX-XX")
    if unit == "year" and n == 1 and sign < 0 and ctx.ref_period:
        return "DATE", _a_year_before(ctx)  # "up from $10 million a year ago": the same quarter, a year before
    if unit == "year" and n == 1 and sign < 0 and (month := _month_told_here(ctx)) is not None:
        # "sales fell 45% last month from a year earlier": that month, a year before
        return "DATE", tv.shift_value(month, "year", -1)
    if direction == "later" and ctx.dct and ctx.tense() == tv.FUTURE and (ahead := _day_ahead_told(ctx)) is not None \
            and (ctx.last_value or "") < ctx.dct.isoformat()[:len(ctx.last_value or "")]:
        # "voters go to the polls on Sunday ... the last election, in 2032 ... a runoff would be
        # held three weeks later": what is still to come counts from the day ahead told, not from
        # a date gone since
        return "DATE", tv.value_at(tv.shift(ahead, unit, sign * int(n)), unit)
    if direction in ("later", "earlier") and (coarse := _coarse_antecedent(ctx, unit)) is not None:
        # "in June 1995 ... eight months later", "from 1952 to 1954; three years later": counted from
        # the month or year last told, not from the day the article was written
        base = coarse
    elif direction in ("later", "earlier") and (told := _coarser_told_last(ctx, unit)) is not None:
        if (day := _day_before_a_flashback(ctx, told)) is None:
            # "began operating in 2008 but was shut down nine days later": within the year told, as far
            # as the text says (counted from the article's day, it had been a day of the article's year)
            return "DATE", told
        base = day
    return "DATE", tv.value_at(tv.shift(base, unit, sign * int(n)), unit)


_PLUPERFECT = patterns.compile(r"\bhad\s+(?:(?:not|never|already|just|first|been|also)\s+)*[a-z]{3,}(?:ed|en|wn|ne|lt|ght)\b", re.I)


def _day_before_a_flashback(ctx, told: str) -> date | None:
    """The day the story is on, when the coarser date told since is a look back from it, told in the
    pluperfect ("closed on 14 August ... It had been inspected in June ... Repairs began a week
    later": a week after the closure, not within June)."""
    if not ctx.days_told or ctx.sentence_of is None:
        return None
    day, where = ctx.days_told[-1]
    lo, hi = ctx.sentence_of(*ctx.last_span)
    if where[1] > lo or day.isoformat()[:len(told)] <= told or not _PLUPERFECT.search(ctx.text, lo, hi):
        return None
    return day


def _day_ahead_told(ctx) -> date | None:
    """The last day told that is the article's own or after it."""
    for day, _ in reversed(ctx.days_told[-ANTECEDENT_REACH:]):
        if day >= ctx.dct:
            return day
    return None


def _coarser_told_last(ctx, unit: str) -> str | None:
    """The year or month told last ("2008", "2008-09"), when it is coarser than the count's unit."""
    m = _CALENDAR_VALUE.fullmatch(ctx.last_value or "")
    if m is None or m[3] or not tv.EARLIEST.year <= int(m[1]) <= tv.LATEST.year:
        return None
    if m[2] is None:
        return m[0] if unit in ("day", "week", "month", "quarter") else None
    return m[0] if unit in ("day", "week") else None


def _month_told_here(ctx) -> str | None:
    """The month ("2008-09") told last, when it was told earlier in the same sentence."""
    told = _told_before_here(ctx)
    return ctx.last_value if told is not None and told[2] and not told[3] else None


_AT_LEAST_A_MONTH = ("month", "quarter", "year", "decade")


_PART_OF_A_YEAR = patterns.compile(r"(\d{4})-(?:SP|SU|FA|WI|Q[1-4]|H[12])")


def _coarse_antecedent(ctx, unit: str) -> date | None:
    """The first day of the month or year told last, when that is what a 'later'/'earlier' counts
    from: told after every day told, and no finer than the count's unit."""
    m = _CALENDAR_VALUE.fullmatch(ctx.last_value or "")
    if m is None and unit in ("year", "decade") and (part := _PART_OF_A_YEAR.fullmatch(ctx.last_value or "")):
        # "rebuilt that spring. Two years later ...": from the year of the season or quarter told
        m = _CALENDAR_VALUE.fullmatch(part[1])
    if m is None or m[3] or unit not in _AT_LEAST_A_MONTH or m[2] is None and unit not in ("year", "decade"):
        return None
    year = int(m[1])
    if not tv.EARLIEST.year <= year <= tv.LATEST.year:
        return None
    return date(year, int(m[2]) if m[2] else 1, 1)


def _duration_value(num: str | None, unit: str, half: bool = False) -> str | None:
    unit = unit.lower()
    if unit.endswith("s") and unit[:-1] in UNITS:
        unit = unit[:-1]
    letter, is_time, mult = UNITS[unit]
    if num is None:
        amount = "X"
    else:
        n = _number(num)
        if n is None:
            amount = "X"
        else:
            n = n * mult + (0.5 * mult if half else 0)
            finer = _FINER.get((letter, is_time))
            whole = int(n)
            if finer and n != whole and "." not in num and (n - whole) * finer[1] == int((n - whole) * finer[1]):
                # "2 1/2 years", "five and a half hours": whole units and the next finer one (P2Y6M,
                # PT5H30M), as the annotators write them; a decimal written ("6.5 years") stays one
                rest = f"{int((n - whole) * finer[1])}{finer[0]}"
                if not whole:
                    return ("PT" if is_time or finer[2] else "P") + rest
                return ("PT" if is_time else "P") + f"{whole}{letter}" + ("T" if finer[2] and not is_time else "") + rest
            amount = _fmt_num(n)
    return ("PT" if is_time else "P") + amount + letter


# a unit -> the next finer one, how many make one, and whether it is a time unit
_FINER = {("Y", False): ("M", 12, False), ("D", False): ("H", 24, True), ("H", True): ("M", 60, True),
          ("M", True): ("S", 60, True)}


_HALF_OF = {"hour": "PT30M", "year": "P6M", "day": "PT12H", "minute": "PT30S"}


_WORD_AFTER = patterns.compile(r"\s+\w")
_OF_AFTER = patterns.compile(r"\s+of\b")
_SHARE_AFTER = patterns.compile(r"\s+(?:of|to|past)\b", re.I)  # ("a quarter of voters", "a quarter to a third")
_MEASURE_AFTER = patterns.compile(r"[\s-]+(?:points?|percentage|percent|per\s+cent|miles?|inch(?:es)?|pounds?"
                            r"|of\s+(?:all|the|a|an|its|their|those|voters|people))\b")
_MODAL_BEFORE = patterns.compile(r"\b(?:will|would|could|might|may|can|should|shall|must|['’]ll)\s+"
                           r"(?:(?:\w+ly|yet|still|also|even|perhaps)\s+)?$", re.I)


def resolve_duration(m, ctx):
    num = m["num"]
    if m["unit"].lower() == "second" and not (num and num[0].isdigit()) \
            and not (m["per"] and not _WORD_AFTER.match(m.string, m.end())):
        return None  # "a second A380", "launched a second station": an ordinal ("ten times a second." stays)
    if num and num.lower() in ("a", "an", "one") and m["per"] and not (num.lower() == "one" and m["hy"] == "-"):
        # (not "two one-day strikes": a length that modifies the noun, after its count)
        return "SET", _duration_value("1", m["unit"])
    if m["unit"].lower() == "quarters" and m["hy"] == "-" and _OF_AFTER.match(m.string, m.end()) \
            or m["unit"].lower() in ("quarter", "quarters") and _MEASURE_AFTER.match(m.string, m.end()):
        return None  # "three-quarters of the vote", "a quarter point", "a quarter of all voters": a fraction
    if num and num.lower() == "one" and m["unit"].lower() == "day" \
            and _MODAL_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return "DATE", "FUTURE_REF"  # "Islam will one day be ...", "hope he may one day return": some day ahead
    if num == "0.5" and m["unit"].lower() in _HALF_OF:
        return "DURATION", _HALF_OF[m["unit"].lower()]  # "half an hour": as annotators write it
    if m["low"] and not m["half"] and (low := _duration_value(m["low"], m["unit"])):
        return "DURATION", low
    value = _duration_value(num, m["unit"], bool(m["half"]))
    if num and not m["half"] and not m["low"] and m.start() == m.start("num") and ctx.dct \
            and _IN_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) \
            and (point := _point_ahead(num, m["unit"], ctx)) is not None:
        return "DATE", point
    return "DURATION", value


# "will meet again in three months", "the bonds would be redeemed in five years": the point that
# far ahead (TimeML's DATE), not a stretch; never after a superlative or an ordinal, whose "in"
# is a stretch looked back over ("the first rise in five years")
_IN_BEFORE = patterns.compile(r"\bin\s+$")
_WITHIN_A_STRETCH = patterns.compile(rf"\b(?:{_alt(w for w in DAY_WORDS if '-' not in w)}|[a-z]+tieth|\d+(?:st|nd|rd|th)"
                                     r"|only|last|most|least|[a-z]{2,}est|record|time|times)\b[^,.;:]*$", re.I)


def _point_ahead(num: str, unit: str, ctx) -> str | None:
    n = _number(num)
    unit = unit.lower().rstrip("s")
    if n is None or n != int(n) or n < 1 or unit not in ("day", "week", "month", "year", "decade"):
        return None
    if _WITHIN_A_STRETCH.search(ctx.text, max(0, ctx.span[0] - 40), ctx.span[0]) or ctx.tense() != tv.FUTURE:
        return None
    if unit == "decade":
        unit, n = "year", 10 * n
    return tv.value_at(tv.shift(ctx.dct, unit, int(n)), unit)


def resolve_vague_duration(m, ctx):
    if m["unit"].lower() == "centuries":
        return "DURATION", "PXC"  # (TimeML's century unit: PXY would say years)
    return "DURATION", _duration_value(None, m["unit"])


# "its quarterly dividend", "the annual meeting": a frequency word before a noun qualifies the
# thing, it names no time (TimeML leaves such modifiers out); "paid quarterly", "twice daily" stay.
_NOUN_AFTER = patterns.compile(r"\s+(?!(?:and|or|but|to|in|on|at|for|by|from|with|as|than|that|this|since|until|"
                         r"through|basis|outside|inside|across|around|near|over|under|during|after|before|within|"
                         r"without|throughout|among|against|into|along|there|here|again|now|instead)\b)[a-z]{3,}\b")


def resolve_set(m, ctx):
    if m["w"] and m["w"].lower() != "annually" and _NOUN_AFTER.match(m.string, m.end()):
        return None
    if m["every"]:
        unit, pod = m["unit"].lower(), PARTS_OF_DAY.get((m["pod"] or "").lower())
        if pod:
            # "every morning", "each Monday night" (TimeML's SET XXXX-XX-XXTMO, XXXX-WXX-1TNI); no
            # other unit takes a part of the day ("every day afternoon" is no expression)
            if not unit:
                return "SET", f"XXXX-XX-XXT{pod}"
            return ("SET", f"XXXX-WXX-{WEEKDAYS[unit]}T{pod}") if unit in WEEKDAYS else None
        if unit in WEEKDAYS:
            return "SET", f"XXXX-WXX-{WEEKDAYS[unit]}"
        if unit in MONTHS:
            return "SET", f"XXXX-{MONTHS[unit]:02d}"
        if unit in SEASONS:
            return "SET", f"XXXX-{SEASONS[unit]}"
        if unit == "quarter":
            return "SET", "P1Q"  # "every quarter", as TimeML writes a set of quarters
        return "SET", _duration_value("1", unit)
    return "SET", SET_WORDS[m["w"].lower()]


def resolve_century_part(m, ctx):
    """'half a century' (P50Y), 'a quarter century' (P25Y); with 'ago' / 'later', the year it names."""
    years = 50 if m["frac"].lower() == "half" else 25
    if not m["dir"]:
        return "DURATION", f"P{years}Y"
    direction = m["dir"].lower()
    # (counted as "three years later" is: from the month or year told last, else the day told)
    base = ctx.dct if direction == "ago" else (_coarse_antecedent(ctx, "year") or ctx.antecedent_day() or ctx.dct)
    if base is None:
        return "DATE", "XXXX"
    y = base.year + (years if direction == "later" else -years)
    return ("DATE", f"{y:04d}") if tv.EARLIEST.year <= y <= tv.LATEST.year else None


def resolve_weekdays(m, ctx):
    """'on Tuesdays': every Tuesday, TimeML's SET XXXX-WXX-2."""
    return "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()]}"


def resolve_weekends(m, ctx):
    """'on weekends', 'every weekend': every weekend, TimeML's SET XXXX-WXX-WE."""
    return "SET", "XXXX-WXX-WE"


def resolve_every_n(m, ctx):
    """'every four years', 'every other week': TimeML's SET of that period (P4Y, P2W)."""
    num = m["num"].lower()
    n = 2 if num == "other" else _number(num)
    if n is None and num in ("few", "several", "couple"):
        return "SET", _duration_value(None, m["unit"])  # "every few months": TimeML's PXM
    if n is None or n != int(n) or n < 1:
        return None
    return "SET", _duration_value(str(int(n)), m["unit"])


# a sentence about a game, and one about money (a report's quarter is the year's even beside "win")
_GAME_WORDS = patterns.compile(r"\b(?:touchdowns?|field\s+goals?|quarterbacks?|yards?|scored|scores|innings?|halftime|"
                         r"half-time|overtime|opener|kickoff|rebounds|interceptions?|sacked|fumbled?|"
                         r"season|game|games|match|playoffs?|goals?|teams?|trailed|trailing|points|shooting)\b", re.I)
_MONEY_WORDS = patterns.compile(r"\b(?:profits?|earnings|revenues?|sales|shares|fiscal|quarterly|economy|GDP|dividends?|"
                          r"income|analysts?|percent|results)\b|%", re.I)


_ECONOMY_WORDS = patterns.compile(r"\b(?:growth|economy|economic|inflation|output|GDP|recession|recovery|"
                                  r"profits?|earnings|revenues?|sales|fiscal|demand|exports?|imports?|deliveries|"
                                  r"shipments|orders|production|spending|investment|hiring|margins|results|"
                                  r"forecasts?|outlook|guidance|supply|supplies|prices|costs|rates|yields|budget|"
                                  r"deficit|unemployment|jobless|sold|million|billion)\b", re.I)


def _economy_time(ctx) -> bool:
    """The expression is told in a sentence about an economy or a business and none about a game."""
    return _told_of(ctx, _ECONOMY_WORDS, _GAME_WORDS)


def _game_time(ctx) -> bool:
    """The expression is told in a sentence about a game and none about money."""
    return _told_of(ctx, _GAME_WORDS, _MONEY_WORDS)


def _told_of(ctx, subject: re.Pattern, other: re.Pattern) -> bool:
    """The expression's sentence holds the subject's words and none of the other's."""
    if ctx.sentence_of is None:
        return False
    lo, hi = ctx.sentence_of(*ctx.span)
    sentence = ctx.text[lo:hi]
    return bool(subject.search(sentence)) and not other.search(sentence)


def resolve_quarter(m, ctx):
    """'the third quarter', 'third-quarter', 'the first half of 1990', 'last quarter' (TimeML's
    YYYY-Qn and YYYY-Hn); a yearless one is the latest such period the tense allows."""
    which, unit = m["q"].lower(), m["unit"].lower()
    letter, per_year = ("Q", 4) if unit == "quarter" else ("H", 2)
    n = ORDINALS.get(which)
    if which in _HALF_NAMES:
        if unit != "half":
            return None  # ("a back quarter" is no period)
        n = _HALF_NAMES[which]  # "the back half of the year", "the latter half of 2035"
    if not (m["year"] or m["yrel"] or m["yrel2"]) and _game_time(ctx):
        return None  # "scored early in the fourth quarter", "hurt in the first-half": a game's, no time of the year
    if n is None and which in ("last", "final"):
        if not (m["year"] or m["yrel"] or m["yrel2"]):
            if which == "final":
                return None  # "in the final quarter" alone is a match's as often as a year's
        else:
            n = per_year  # "the last half of 1989", "the final quarter of last year": the year's final one
    if n is not None and n > per_year:
        return None  # "the third half"
    yrel = (m["yrel"] or m["yrel2"] or "").lower()
    if letter == "H" and not (m["year"] or yrel or "-" in m["hy"]):
        told = ctx.ref_period
        if n and told and told[4:6] == "-H" and told[:4].isdigit():
            return "DATE", f"{told[:4]}-H{n}"  # "sales in the first half of 2031 ... the second half": that year's
        if not (n and _economy_time(ctx)):
            # "the second half" of a match; a year's half is "of 1990", "of next year", "first-half",
            # or one told of an economy ("growth should pick up in the second half")
            return None
    if m["year"]:
        return ("DATE", f"{m['year']}-{letter}{n}") if n else None
    if yrel and n and ctx.dct:
        return "DATE", f"{ctx.dct.year + {'next': 1, 'last': -1}.get(yrel, 0):04d}-{letter}{n}"
    if not ctx.dct:
        return "DATE", f"XXXX-{letter}{n}" if n else f"XXXX-{letter}X"
    months = 12 // per_year
    cur = (ctx.dct.month - 1) // months + 1
    told = ctx.ref_period
    if which in ("previous", "preceding", "prior") and told and told[:4].isdigit() and told[4:6] == f"-{letter}":
        # "shrank in the third quarter ... fell from the previous quarter": the one before the
        # period the story tells ("last quarter" counts from the article's own)
        y, k = int(told[:4]), int(told[6:]) - 1
        return "DATE", f"{y - 1:04d}-{letter}{per_year}" if k == 0 else f"{y:04d}-{letter}{k}"
    shift = {"last": -1, "previous": -1, "preceding": -1, "prior": -1, "past": -1, "this": 0, "current": 0, "next": 1, "coming": 1}.get(which)
    if shift is not None:
        d = tv.shift_months(ctx.dct, months * shift)
        return "DATE", f"{d.year:04d}-{letter}{(d.month - 1) // months + 1}"
    return "DATE", f"{_ordinal_period_year(ctx, n, cur, per_year, letter):04d}-{letter}{n}"


_HALF_NAMES = {"front": 1, "back": 2, "latter": 2}


def _ordinal_period_year(ctx, n: int, cur: int, per_year: int, letter: str) -> int:
    """The year of a yearless ordinal quarter or half ("the third quarter"), the article's 'cur'-th."""
    y = ctx.dct.year
    # (ordinal quarters are what reports are about: past unless the verb looks ahead, and the one
    # just ended is still to be reported: "will report third-quarter results" in October)
    tense = tv.FUTURE if _outlook_of(ctx) else ctx.tense()
    if tense != tv.FUTURE and n > cur:
        y -= 1
    elif tense == tv.FUTURE and cur == 1 and n == per_year and (letter == "Q" or ctx.dct.month <= 3) and _tells_results(ctx):
        # "results for the fourth quarter will be out on Jan. 15": the one just ended, last year's
        # (not what is still to come: "the device will reach Europe in the fourth quarter")
        y -= 1
    elif tense == tv.FUTURE and (n < cur - 1 or n == cur - 1 and not _PERIOD_FIGURES.search(ctx.text, *_sentence(ctx))):
        # (the one just ended is still to be reported, "will report third-quarter results" in
        # October; what is to come in it is a year on: "will launch a successor in the third quarter")
        y += 1
    return y


# a habit told of quarters ("is usually conducted in the second and fourth quarters"): every year's
_HABIT_WORDS = patterns.compile(r"\b(?:usually|typically|normally|generally|traditionally|always|often|tends?\s+to)\b", re.I)


def resolve_quarter_pair(m, ctx):
    """'the second and fourth quarters (of 2035)': each quarter, as its own expression."""
    n = ORDINALS[m["q"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-Q{n}"
    if _HABIT_WORDS.search(ctx.text, *_sentence(ctx)):
        return "SET", f"XXXX-Q{n}"
    if not ctx.dct:
        return "DATE", f"XXXX-Q{n}"
    return "DATE", f"{_ordinal_period_year(ctx, n, (ctx.dct.month - 1) // 3 + 1, 4, 'Q'):04d}-Q{n}"


# a forecast's nouns: "a fourth-quarter outlook", "its guidance for the third quarter" (not "estimates",
# which the figures of a quarter just ended are measured against)
_OUTLOOK_AFTER = patterns.compile(r"\s+(?:outlooks?|forecasts?|guidance|projections?)\b", re.I)
_OUTLOOK_BEFORE = patterns.compile(r"\b(?:outlooks?|forecasts?|guidance|projections?)\s+for\s+(?:the\s+)?$", re.I)


def _outlook_of(ctx) -> bool:
    """The period is what a forecast is of: it lies ahead, whatever the sentence's verb."""
    start, end = ctx.span
    return _OUTLOOK_AFTER.match(ctx.text, end) is not None or _OUTLOOK_BEFORE.search(ctx.text, max(0, start - 30), start) is not None


# a period's report, in the sentence that names the period (not what the period will bring: "sales
# would rebound in the second half", said in March, is of the half ahead)
_REPORTED = r"results?|earnings|figures|numbers|report(?:s|ed|ing)?|publish(?:es|ed|ing)?|announce[sd]?|dividends?|per\s+share"
_RESULTS_WORDS = patterns.compile(rf"\b(?:{_REPORTED}|releases?|released)\b", re.I)
# what a period just ended is told for: its results and figures (not "will release a successor")
_PERIOD_FIGURES = patterns.compile(rf"\b(?:{_REPORTED}|loss(?:es)?|profits?|income|revenues?|sales|reserves|charges?|"
                                   r"provisions?|write-?downs?|margins?|deficits?|growth|output)\b", re.I)


def _sentence(ctx) -> tuple[int, int]:
    return ctx.sentence_of(*ctx.span) if ctx.sentence_of is not None else (0, len(ctx.text))


def _tells_results(ctx) -> bool:
    if ctx.sentence_of is None:
        return True
    return _RESULTS_WORDS.search(ctx.text, *_sentence(ctx)) is not None


def _two_digit_year(yy: str, ctx) -> int:
    """'13 in "Q3'13", "FY12": the year of that number nearest the article's own century."""
    base = ctx.dct.year if ctx.dct else 2000
    y = base // 100 * 100 + int(yy)
    return y - 100 if y > base + 50 else y + 100 if y < base - 50 else y


def resolve_quarter_code(m, ctx):
    """'Q3 2013', '2013 Q3', '3Q13', 'H1 2014', '1H14' (TimeML's 2013-Q3, 2014-H1); a yearless 'Q3' is
    read like 'the third quarter'."""
    letter, n = (m["L"], int(m["n"])) if m["L"] else (m["L2"], int(m["n2"]))
    if letter == "H" and n > 2:
        return None
    year = m["pre"] or m["year"]
    if year:
        y = int(year) if len(year) == 4 else _two_digit_year(year, ctx)
        return "DATE", f"{y:04d}-{letter}{n}"
    if letter == "H" and not _economy_time(ctx):
        return None  # a bare "H1" is as often a visa, a road or a chemical formula (not in "H1 revenue rose")
    return resolve_quarter({"q": ("first", "second", "third", "fourth")[n - 1], "unit": "quarter" if letter == "Q" else "half",
                            "yrel": None, "yrel2": None, "hy": "-" if letter == "H" else "", "year": None}, ctx)


def resolve_fiscal_code(m, ctx):
    """'FY2012', 'FY 2012', 'FY12': the fiscal year, valued like 'fiscal 2012' (its year); 'FY 2012-13'
    as 'fiscal 2012-13' is."""
    yy = m["year"]
    if m["y2"]:
        year = yy if len(yy) == 4 else f"{_two_digit_year(yy, ctx):04d}"
        return resolve_year_range({"y1": year, "y2": m["y2"]}, ctx)
    return "DATE", f"{int(yy) if len(yy) == 4 else _two_digit_year(yy, ctx):04d}"


_PERIOD_ENDS_IN = patterns.compile(rf"\s+(?:ended|ending|that\s+ended)\s+(?:in\s+)?({MONTH})", re.I)


def resolve_report_period(m, ctx):
    """'the quarter', 'the latest quarter', 'the latest period': the period a report is about --
    the quarter the story last named, else (for 'quarter') the last one to end before it was written."""
    unit, latest = m["unit"].lower(), (m["latest"] or "").lower()
    if latest in ("latest", "most recent") and ctx.dct and unit == "quarter":
        return "DATE", tv.value_at(tv.shift(ctx.dct, "quarter", -1), "quarter")  # the last one ended
    if ctx.ref_period:
        ends = _PERIOD_ENDS_IN.match(m.string, m.end())
        if ends and MONTHS[ends.group(1).lower().rstrip(".")] % 3:
            return None  # "the three months ended Aug. 31": a fiscal quarter, not the calendar's
        return "DATE", ctx.ref_period
    if unit != "quarter":
        return None  # "the period", "the three months": only a named quarter makes them one
    if not ctx.dct:
        return "DATE", "XXXX-QX"
    return "DATE", tv.value_at(tv.shift(ctx.dct, "quarter", -1 if latest != "current" else 0), "quarter")


def resolve_period_year_before(m, ctx):
    """'the same quarter last year', 'the corresponding period a year earlier', 'the same month last
    year': the period the report is about (the quarter or month it last named, else the quarter
    that ended last), a year before."""
    unit = m["unit"].lower()
    if m["year"]:
        return _period_in_year(m, ctx, unit, int(m["year"]))
    if unit == "month":
        told = _CALENDAR_VALUE.fullmatch(ctx.last_value or "")
        return ("DATE", tv.shift_value(ctx.last_value, "year", -1)) if told and told[2] and not told[3] else None
    if ctx.ref_period or unit != "quarter" or not ctx.dct:
        return "DATE", _a_year_before(ctx)
    return "DATE", tv.value_at(tv.shift(ctx.dct, "quarter", -5), "quarter")


def _period_in_year(m, ctx, unit: str, y: int):
    """'the same quarter of 2015', 'the same month in 2019': the period last told, in the year named
    (without "same" no period is named: the year alone is read)."""
    if not m["same"]:
        return None
    told = _CALENDAR_VALUE.fullmatch(ctx.last_value or "")
    month_told = told is not None and told[2] and not told[3]
    if unit == "month" or unit == "period" and month_told and not ctx.ref_period:
        # "sales in May ... lower than the same period in 2008": that month, in the year named
        return "DATE", f"{y:04d}-{told[2]}" if month_told else f"{y:04d}"
    if ctx.ref_period:
        return "DATE", f"{y:04d}{ctx.ref_period[4:]}"
    return "DATE", f"{y:04d}"  # (no period told: the year named, at least)


def _a_year_before(ctx) -> str:
    """The story's period a year earlier: the quarter it last named, else the year before it was written."""
    if ctx.ref_period:
        return f"{int(ctx.ref_period[:4]) - 1:04d}{ctx.ref_period[4:]}"
    return f"{ctx.dct.year - 1:04d}" if ctx.dct else "XXXX"


def resolve_the_year(m, ctx):
    """'the year', 'the fiscal year' (for the year: its length; in the year: the year the story is
    in), 'the weekend' (the nearest one the tense allows)."""
    unit, pre = m["unit"].lower(), (m["pre"] or "").lower()
    if unit == "weekend":
        if not ctx.dct:
            return "DATE", "XXXX-WXX-WE"
        wd, tense = ctx.dct.isoweekday(), ctx.tense()
        if wd >= 6 or (wd == 5 and tense != tv.PAST):
            d = ctx.dct  # ("the weekend is here", said on a Friday: the one it opens)
        else:
            d = ctx.dct + timedelta(days=(6 - wd) if tense == tv.FUTURE else -wd)
        return "DATE", tv.value_at(d, "weekend")
    if pre in ("during", "over", "through", "throughout") or (m["mod"] or "").lower() in ("entire", "whole") or (
            pre == "for" and _YEAR_ENDED.match(m.string, m.end())) or _YEAR_TO_A_DAY.match(m.string, m.end()):
        # ("for the year ended March 31": a year's length; "For the year, sales rose", "a high for the
        # year", "the forecast for the full year": the year the story is in)
        return "DURATION", "P1Y"
    told = _year_told_before(ctx)
    if told is not None:
        return "DATE", f"{told:04d}"  # "after the tour in August 2012 and before the year was up": 2012
    if ctx.dct and _JUST_ENDED.match(m.string, m.end()):
        return "DATE", f"{ctx.dct.year - 1:04d}"  # "the year just ended marked the worst ..."
    if ctx.ref_period and ctx.ref_period[:4].isdigit():
        # a report's year is that of the quarter it tells ("Fourth-quarter revenue rose ... For the
        # full year, it lost $2.8 billion", written in February: last year's)
        return "DATE", ctx.ref_period[:4]
    if ctx.dct:
        # a New Year's report of the session just closed ("stocks closed the last session of 2008
        # yesterday ... The Dow lost 33.8 percent for the year"): that day's year
        day = _story_day(ctx)
        return "DATE", f"{(day or ctx.dct).year:04d}"
    return "DATE", f"{ctx.ref_year:04d}" if ctx.ref_year else "XXXX"


_JUST_ENDED = patterns.compile(r"\s+(?:that\s+(?:has\s+)?)?just\s+(?:ended|closed|finished|gone|past)\b", re.I)


def _story_day(ctx, skip_weeks: bool = False) -> date | None:
    """The day the story told last among those of the week before it was written (the session a
    report sums up), else None."""
    for d, where in reversed(ctx.days_told[-ANTECEDENT_REACH:]):
        if 0 <= (ctx.dct - d).days < 7 and not (skip_weeks and "week" in ctx.text[where[0]:where[1]].lower()):
            return d
    return None


def resolve_the_week(m, ctx):
    """'for the week', 'the week's' ('for the day', 'the day's'): the week (the day) the story told
    last when that was in the days before it was written (a Monday's report of Friday's session:
    Friday's week), else its own week (day)."""
    unit = "day" if m.group().lower().endswith("day") else "week"
    if unit == "day":
        if ctx.dct is None:
            day = next((d for d, where in reversed(ctx.days_told[-ANTECEDENT_REACH:])
                        if "week" not in ctx.text[where[0]:where[1]].lower()), None)
            return "DATE", day.isoformat() if day else "XXXX-XX-XX"
        # (the last day of the report's week told, not the first day of a week told since ("gains
        # for the week. ... a headline for the day" is Friday's), nor a background date further back
        # ("Thursday ... Since July 21, the Dow has lost ... For the day" is Thursday's)
        return "DATE", (_story_day(ctx, skip_weeks=True) or ctx.dct).isoformat()
    if ctx.last_value and WEEK_VALUE.fullmatch(ctx.last_value) and ctx.sentence_of is not None \
            and ctx.sentence_of(*ctx.last_span) == ctx.sentence_of(*ctx.span):
        return "DATE", ctx.last_value  # ("For the week, it fell 3%, the week's worst showing": that week again)
    if ctx.dct is None:
        day = ctx.ref_day
        return "DATE", tv.value_at(day, "week") if day else "XXXX-WXX"
    return "DATE", tv.value_at(_story_day(ctx) or ctx.dct, "week")


_YEAR_ENDED = patterns.compile(r"\s+(?:ended|ending|that\s+ended|to\s+date)\b", re.I)
# ("the figures cover the year to 30 June 2023", "in the year ended March 31": the twelve months up
# to that day, whatever preposition leads in)
_YEAR_TO_A_DAY = patterns.compile(rf"\s+(?:ended|ending|that\s+ended|to)\s+(?:\d{{1,2}}\s+)?(?:{MONTH})\b", re.I)


def _year_told_before(ctx) -> int | None:
    """The year written out in the date told last, when it was told earlier in this sentence."""
    if not ctx.last_value or ctx.sentence_of is None or not ctx.last_value[:4].isdigit():
        return None
    a, b = ctx.last_span
    if ctx.sentence_of(a, b) != ctx.sentence_of(*ctx.span) or ctx.last_value[:4] not in ctx.text[a:b]:
        return None
    return int(ctx.last_value[:4])


def resolve_attacks_day(m, ctx):
    """'9/11', 'the Sept. 11 attacks', 'post-September 11': the day of the 2001 attacks, whatever
    year the article is of (a named day, as a holiday is)."""
    return "DATE", "2001-09-11"


def resolve_month_span_period(m, ctx):
    """'the April-June quarter' (2022-Q2), 'the July-December period' (2022-H2): its year that of its
    last month, read as a yearless month is; months that make up no quarter or half name none."""
    first, last = (MONTHS[m[g].rstrip(".").lower()] for g in ("mon", "mon2"))
    span = (last - first) % 12
    if span == 2 and first % 3 == 1:
        code = f"Q{(first - 1) // 3 + 1}"
    elif span == 5 and first in (1, 7):
        code = f"H{(first - 1) // 6 + 1}"
    else:
        return None
    if not ctx.dct:
        return "DATE", f"XXXX-{code}"
    return "DATE", f"{tv.pick_year(ctx.dct, last, None, ctx.tense):04d}-{code}"


def resolve_holiday(m, ctx):
    """'Thanksgiving', 'Christmas Eve', 'Election Day 1998', 'last Easter': the day the calendar rule gives."""
    name = re.sub(r"\s+", " ", m["name"]).replace("’", "'").lower()
    if _FEAST_NAMING.match(m.string, m.end("name")) \
            or name == "ramadan" and _SURNAME_AFTER.match(m.string, m.end("name")):
        return None  # "the Yom Kippur War", "the Good Friday Agreement", "Ramadan Kadyrov": a name, no day
    rel = (m["rel"] or "").lower()
    rule = HOLIDAYS.get(name)
    if m["every"]:
        # "every Christmas": that day of every year (a feast that moves, "each Easter", is yearly)
        return ("SET", f"XXXX-{rule[1]:02d}-{rule[2]:02d}") if rule is not None and rule[0] == "fixed" and not m["we"] \
            else ("SET", "P1Y")
    if rule is not None and rule[0] == "lunar" and not m["year"] and ctx.dct:
        # a lunar feast moves through the year: the one just gone or the one to come, by the tense
        return _lunar_feast(ctx, rule[1], rel)
    if m["year"]:
        y = int(m["year"])
    elif ctx.dct:
        probe = holiday_date(name, ctx.dct.year)
        if probe is None:
            return None
        if rel == "last":
            y = ctx.dct.year if probe < ctx.dct else ctx.dct.year - 1
        elif rel == "next":
            y = ctx.dct.year if probe > ctx.dct else ctx.dct.year + 1
        elif (again := _holiday_told_before(ctx, name)) is not None:
            y = again  # "the New Year's Eve shooting ... the show planned for New Year's Eve": that one again
        else:
            # (read as a day of the month is: "opened on New Year's Day" is the one gone)
            y = _year_for(ctx, probe.month, probe.day)
            near = holiday_date(name, y)
            if near is not None and near < ctx.dct and (ctx.dct - near).days <= tv.NEAR_DAYS \
                    and ctx.tense() == tv.FUTURE \
                    and not _FUTURE_IN_PAST.search(ctx.text, ctx.sentence_of(*ctx.span)[0], ctx.span[0]):
                # a feast just gone is not what is still to come: "will be home for Christmas" said on
                # Jan. 3 is next Christmas (one just ahead stays, whatever the tense: "the store was
                # busy before Christmas", said on Dec. 20; and "was expected to be the busiest day of
                # the Thanksgiving rush", a future told from the past, is the feast just gone)
                y += 1
    elif ctx.ref_year:
        y = ctx.ref_year
    else:
        return "DATE", "XXXX-XX-XX"
    d = holiday_date(name, y)
    if d and m["we"]:
        # the weekend it falls in, or the one it closes (Monday) or opens (Friday), else the next
        wd = d.isoweekday()
        d = d - timedelta(days=1) if wd == 1 else d + timedelta(days=max(0, 6 - wd)) if wd < 6 else d
        return "DATE", tv.value_at(d, "weekend")
    return ("DATE", d.isoformat()) if d else None


# what makes a feast's name part of another name: an event called after it, or a person's surname
_FEAST_NAMING = patterns.compile(r"\s+(?:War|Offensive|Rising|Uprising|Revolution|Agreement|Accords?|Massacre|"
                                 r"Bombings?|Attacks?|Tsunami|Earthquake|Coup)\b"
                                 # (a thing named for the feast, of no day: "the Christmas tree was lit")
                                 r"|\s+(?:trees?|cards?|carols?|decorations|puddings?|crackers?|jumpers?|sweaters?|"
                                 r"stockings?|ornaments?|lights|wreaths?|eggs?|bunny|bunnies)\b")
# (Ramadan is a first name too: "Ramadan Kadyrov", "Tariq Ramadan" is read as a name before it)
_SURNAME_AFTER = patterns.compile(r"[ \t]+(?!(?:Mubarak|Kareem|Holiday|Holidays|Season|Festival|Sales?)\b)[A-Z][a-z]+\b")


def _lunar_feast(ctx: Context, feast: str, rel: str):
    days = lunar_days(feast)
    k = bisect.bisect_right(days, ctx.dct)
    gone = days[k - 1] if k > 0 else None
    ahead = days[k] if k < len(days) else None
    if gone is None and ahead is None:
        return "DATE", "XXXX-XX-XX"
    for told, _ in reversed(ctx.days_told[-ANTECEDENT_REACH:]):
        if told in (gone, ahead):
            return "DATE", told.isoformat()  # the feast told again
    if rel in ("last", "next"):
        d = gone if rel == "last" else ahead
        return ("DATE", d.isoformat()) if d else ("DATE", "XXXX-XX-XX")
    if gone is None or ahead is None:
        return "DATE", (gone or ahead).isoformat()
    back, on = (ctx.dct - gone).days, (ahead - ctx.dct).days
    tense = ctx.tense()
    if tense == tv.PAST:
        d = ahead if back > tv.FAR_BACK_DAYS and on <= tv.NEAR_AHEAD_DAYS else gone
    elif tense == tv.FUTURE:
        d = ahead
    else:
        # under way ("shops stay open late during Ramadan"), else the nearer
        d = gone if back < LASTING_DAYS.get(feast, 1) or back < on else ahead
    return "DATE", d.isoformat()


def _holiday_told_before(ctx: Context, name: str) -> int | None:
    """The year of the same feast told earlier in the story without a year of its own, else None."""
    for told, where in reversed(ctx.days_told[-ANTECEDENT_REACH:]):
        if holiday_date(name, told.year) == told:
            return None if _FOUR_FIGURES.search(ctx.text, where[0], where[1]) else told.year
    return None


def resolve_year_earlier(m, ctx):
    """'year-earlier', 'the year-ago quarter', 'the year-earlier period', 'the year-ago third quarter'."""
    if m["q"]:
        # the quarter named, in the year before the report's (its quarter's year, else the article's)
        year = int(ctx.ref_period[:4]) if ctx.ref_period and ctx.ref_period[:4].isdigit() else ctx.dct.year if ctx.dct else None
        n = ORDINALS[m["q"].lower()]
        return "DATE", f"{year - 1:04d}-Q{n}" if year else f"XXXX-Q{n}"
    return "DATE", _a_year_before(ctx)


_COUNTDOWN = patterns.compile(r"\s+(?:remaining|left|to\s+(?:go|play))\b")


class _WireTimeMatch:
    """A wire-service clock read as a clock ('2000 local time' has its figures in h2 and mi2)."""

    def __init__(self, m):
        self.m, self.string = m, m.string

    def __getitem__(self, k):
        if k in ("h", "mi") and self.m[k] is None:
            return self.m[k + "2"]
        return self.m[k]

    def end(self, *group):
        return self.m.end(*group)

    def start(self, *group):
        return self.m.start(*group)


def resolve_time(m, ctx):
    h, mi = int(m["h"]), int(m["mi"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    if not ampm and _COUNTDOWN.match(m.string, m.end()):
        return None  # "with 7:02 remaining in the third quarter": a game clock, no time of day
    day = _clock_day(ctx)
    if day and h < 5 and _after_night_told(ctx, day) or day and h < 6 and _after_late_clock(ctx, day):
        # "late Thursday night ... At 1:45 a.m., the Senate voted", "called at 11.40pm on Saturday and
        # under control by 4am": the next day's small hours
        day += timedelta(days=1)
    elif day and (on := _small_hours_go_on(ctx, day, h)) is not None:
        day = on  # "... at 11 p.m. on New Year's Eve. The crew reached it at 12:40 a.m. ... ashore by 3 a.m."
    elif day and not ampm and mi and (part := _part_told(ctx, day)) and h in _AFTERNOON_HOURS.get(part, ()):
        h += 12  # "... Friday afternoon. Comcast issued a statement around 4:30": the afternoon's
    elif not ampm and mi and 1 <= h <= 11 and _after_afternoon_clock(ctx, h, mi):
        h += 12  # "At 3:15 p.m. the alarm sounded; by 3:45 the building was empty": the same afternoon
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    tz = "Z" if (m["tz"] or "").upper() in ("UTC", "GMT", "Z") else ""
    sec = f":{m['sec']}" if m["sec"] else ""
    return "TIME", f"{prefix}T{h:02d}:{mi:02d}{sec}{tz}"


def _after_afternoon_clock(ctx, h: int, mi: int) -> bool:
    """A clock with no a.m. or p.m. told in the sentence of an afternoon or evening clock, a few hours
    at most after it on the twelve-hour dial ("3:15 p.m. ... by 3:45")."""
    if ctx.last_clock is None or ctx.sentence_of is None:
        return False
    last, where = ctx.last_clock
    if not last[11:13].isdigit() or where[0] < ctx.sentence_of(*ctx.span)[0]:
        return False
    told = int(last[11:13]) * 60 + int(last[14:16])
    return 12 * 60 <= told and 0 <= (h + 12) * 60 + mi - told <= 4 * 60


def _after_late_clock(ctx, day: date) -> bool:
    """The clock told last in this sentence was late in the evening (not told back from
    by a past perfect: "was found at 11 p.m. ... had left at 4 a.m.")."""
    if ctx.last_clock is None or ctx.sentence_of is None:
        return False
    last, where = ctx.last_clock
    # (its day is not asked: a clock is remembered before the day told after it joins it, "11.40pm
    # on Saturday")
    if not (last[11:13].isdigit() and int(last[11:13]) >= 20) or where[0] < ctx.sentence_of(*ctx.span)[0]:
        return False
    return not _HAD.search(ctx.text, where[1], ctx.span[0])


_HAD = patterns.compile(r"\b(?:had|[a-z]+['’]d)\s", re.I)


def _small_hours_go_on(ctx, day: date, h: int) -> date | None:
    """The next day, for a small-hours clock told on from a late evening clock of the sentence before
    (or from a small-hours clock already on that next day, in this sentence or the one before), with
    no day told since and no look back ("had") between them."""
    if ctx.last_clock is None or ctx.sentence_of is None or h >= 6:
        return None
    last, where = ctx.last_clock
    told = tv.parse_value_date(last)
    if not last[11:13].isdigit() or _HAD.search(ctx.text, where[1], ctx.span[0]):
        return None
    lo = ctx.sentence_of(*ctx.span)[0]
    before = ctx.sentence_of(max(0, lo - 2), max(0, lo - 1))[0] if lo > 1 else lo
    # (a day told with the clock, "11 p.m. on Monday", is the clock's own)
    ends = ctx.sentence_of(where[0], where[1])[1]
    if where[0] < before or any(w[0] >= ends for _, w in ctx.days_told[-ANTECEDENT_REACH:]):
        return None
    hour = int(last[11:13])
    # (a late clock's own day is not asked: it is remembered before the day told after it joins it)
    if hour >= 20 and where[0] < lo:
        return day + timedelta(days=1)
    if told == day + timedelta(days=1) and hour < 6 and h >= hour:
        return told
    return None


def _after_night_told(ctx, day: date) -> bool:
    """The day a clock is on was told last as a night ("late Thursday night", "Friday night"), in this
    sentence or the one before."""
    return _part_told(ctx, day) == "night"


# the hours of a clock written without a.m. or p.m. that a part of the day told puts after noon
_AFTERNOON_HOURS = {"afternoon": range(1, 8), "evening": range(4, 12), "night": range(6, 12)}


def _part_told(ctx, day: date) -> str | None:
    """The part of the day ("afternoon", "evening", "night") the clock's day was told with last, in
    this sentence or the one before."""
    if not ctx.days_told or ctx.days_told[-1][0] != day:
        return None
    where = ctx.days_told[-1][1]
    lo, _ = ctx.sentence_of(*ctx.span)
    if where[0] < ctx.sentence_of(max(0, lo - 2), max(0, lo - 1))[0]:
        return None
    told = ctx.text[where[0]:where[1]]
    return next((p for p in ("afternoon", "evening", "night") if told.endswith(p)), None)


_CLOCK_HOURS = r"1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"


# before a clock written with a point ("at about 4.30 in the afternoon"; "rose 2.50 in the afternoon"
# is a price)
_AT_CLOCK_BEFORE = patterns.compile(r"\b(?:at|about|around|by|until|till|before|after|from|since)\s+$", re.I)


def resolve_hour_alone(m, ctx):
    """An hour written alone that the words after it place: the part of the day told next ("at 7
    tonight"), or the a.m. or p.m. of the hour a range ends at ("from 11 to 2 p.m.": 11 a.m.)."""
    h, mi = int(m["h"]), int(m["mi"] or 0)
    if "ampm" in m.re.groupindex and m["ampm"]:
        h2, pm = int(m["h2"]), m["ampm"].lower() == "p"
        crosses = h2 == 12 or h > h2 and h != 12  # ("from 11 to 2 p.m.", "10 to 12 p.m.": the morning's)
        pm = pm != crosses
        h = (h % 12) + (12 if pm else 0)
    day = _clock_day(ctx)
    return "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{h:02d}:{mi:02d}"


def resolve_clock_pod(m, ctx):
    if m["mi"] and m.string[m.end("h")] == "." and not _AT_CLOCK_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    hour = m["h"].lower()
    h, mi = int(NUMBER_WORDS.get(hour) or hour), int(m["mi"] or 0)
    pod = (m["pod"] or "").lower()
    if pod == "morning":
        h = 0 if h == 12 else h
    elif pod and h < 12:
        h += 12  # (a bare "eight o'clock" is read as written, as TimeML leaves it)
    day = _clock_day(ctx)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{h:02d}:{mi:02d}"


_CLOCK_MINUTES = {"half": 30, "quarter": 15, "a quarter": 15, "twenty-five": 25, "twenty": 20, "ten": 10, "five": 5}


def resolve_clock_past_to(m, ctx):
    """'half past three' (T03:30, as written; "in the afternoon" T15:30), 'a quarter to midnight' (T23:45)."""
    words = re.sub(r"\s+", " ", m["mi"].lower())
    mi = _CLOCK_MINUTES.get(words, None)
    mi = int(words) if mi is None else mi
    hour = m["h"].lower()
    h = {"midnight": 24, "noon": 12}.get(hour) or int(NUMBER_WORDS.get(hour) or hour)
    if not 0 < mi < 60:
        return None
    total = h * 60 + (mi if m["dir"].lower() != "to" else -mi)
    h, mi = divmod(total % (24 * 60), 60)
    pod = (m["pod"] or "").lower()
    if pod and pod != "morning" and h < 12:
        h += 12
    day = _clock_day(ctx)
    return "TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{h:02d}:{mi:02d}"


_FUTURE_IN_PAST = patterns.compile(r"\b(?:was|were)\s+(?:(?:scheduled|expected|set|due|supposed|planned|going|slated)\s+)?to\b", re.I)


def _clock_day(ctx):
    """The day a clock time told alone is on: the day told last, unless that day, told in an earlier
    sentence, is still to come and the clock's verb tells the past ("The general election is on Nov.
    8. The polls opened at 6 a.m."): then the article's own day."""
    day = ctx.ref_day or ctx.dct
    if ctx.dct and day != ctx.dct and ctx.days_told[-1][1][0] < (lo := ctx.sentence_of(*ctx.span)[0]) \
            and ((tense := ctx.tense()) == (tv.PAST if day > ctx.dct else tv.FUTURE)
                 or tense is None and day > ctx.dct and _told_in_the_past(ctx.text[lo:ctx.span[0]])) \
            and not (day < ctx.dct and _FUTURE_IN_PAST.search(ctx.text, lo, ctx.span[0])):
        # (not "invited them to the event on September 12 at 10 am": that day's clock; and "The quake
        # struck Saturday. Officials will update the toll at noon": the noon still to come; but "the
        # show, which was to begin at 9 p.m.", after a day gone, is that day's). A past clock after a
        # day ahead is on the day gone told before it: "Thieves struck on Sunday morning ... The museum
        # will reopen on Wednesday. The robbers arrived at 9:30 a.m."
        return _recent_day_gone(ctx) if day > ctx.dct else ctx.dct
    if ctx.days_told and ctx.days_told[-1][1][0] < ctx.sentence_of(*ctx.span)[0] \
            and (_deadline(ctx.text, ctx.days_told[-1][1]) or _told_as_before(ctx, ctx.days_told[-1][1])):
        # "... by the October 31 deadline. MPs vote at 7pm": a deadline is no day the story is on;
        # "The funeral was on Monday, 10 days after her death on Sept. 8. The service began at 11
        # a.m.": nor is a day told as the one before (the day told before it, else the article's own)
        for told, where in reversed(ctx.days_told[-ANTECEDENT_REACH:-1]):
            if not _deadline(ctx.text, where) and not _told_as_before(ctx, where):
                return told
        return ctx.dct
    return day


def _recent_day_gone(ctx) -> date:
    """For a past told after a day ahead: the day gone told last before that day, when it is near
    in the text and recent (a period's end, "the six months to June 30" said in July, is no day the
    story is on), else the article's own day."""
    for told, where in reversed(ctx.days_told[-ANTECEDENT_REACH:-1]):
        if ctx.span[0] - where[1] > NARRATIVE_REACH:
            break
        if told <= ctx.dct:
            return told if (ctx.dct - told).days <= RECENT_DAYS else ctx.dct
    return ctx.dct


# ("ten days after her death on Sept. 8", "trapped since June 23"; not "After an evening of protests
# Friday, police ...", where the story is on that day)
_AFTER_AN_EVENT = patterns.compile(r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+"
                                   r"(?:days?|weeks?|months?|years?)\s+(?:after|since|following)|since)\b[^.;:,()]{0,45}$",
                                   re.I)


def _told_as_before(ctx, where: tuple) -> bool:
    """The date at where is that of what came before the story's day ("10 days after her death at
    Balmoral on Sept. 8", "trapped since June 23")."""
    lo = ctx.sentence_of(where[0], where[1])[0]
    return bool(_AFTER_AN_EVENT.search(ctx.text, max(lo, where[0] - 60), where[0]))


def _told_in_the_past(clause: str) -> bool:
    """Every verb told before the clock is past ("The team waited ... before making the call to stand
    down at 8:34 pm"): a clock in that telling is no day still ahead."""
    cues = tense_cues(clause)
    return bool(cues) and cues[0][1] == tv.PAST and all(c[1] != tv.FUTURE for c in cues)


_DEADLINE_BEFORE_DAY = patterns.compile(r"\bby\s+(?:the\s+)?$", re.I)
_DEADLINE_AFTER_DAY = patterns.compile(r"[\s-]+deadline\b", re.I)


def _deadline(text: str, where: tuple) -> bool:
    """The date at where is a deadline's: "by the October 31 deadline", "must file by Oct. 31"."""
    return bool(_DEADLINE_AFTER_DAY.match(text, where[1]) or _DEADLINE_BEFORE_DAY.search(text, max(0, where[0] - 12), where[0]))


_SINCE_ABOUT = patterns.compile(r"\b[Ss]ince\s+(?:(?:around|about|roughly|(?:shortly|just|soon)\s+(?:after|before))\s+)?$")


def resolve_noon(m, ctx):
    day = _clock_day(ctx)
    if day is not None and day == ctx.dct and m["w"].lower() == "midnight" \
            and (_SINCE_ABOUT.search(ctx.text, max(0, ctx.span[0] - 32), ctx.span[0])
                 or not ctx.days_told and ctx.tense() == tv.PAST):
        # "falling since around midnight", "a strike began at midnight", said today, with no day
        # told: the midnight today began with
        day -= timedelta(days=1)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{prefix}T{'24:00' if m['w'].lower() == 'midnight' else '12:00'}"


def resolve_month_period(m, ctx):
    """'later in January', 'early October', 'the end of March', 'mid-June'."""
    mon = _month(m["mon"])
    if m["year"]:
        return "DATE", f"{int(m['year']):04d}-{mon:02d}"
    return "DATE", _calendar_date(_year_for(ctx, mon, None), mon, None)


def resolve_period_of(m, ctx):
    """'the beginning of the year', 'the end of this month', 'mid-century'."""
    unit = (m["unit"] or m["unit2"]).lower()
    rel = (m["rel"] or m["rel2"] or "the").lower()
    if not ctx.dct:
        return "DATE", tv.UNDERSPECIFIED[unit]
    if rel == "the" and (told := _period_of_the_story(ctx, unit)) is not None:
        return "DATE", told
    if rel == "the" and unit in ("week", "month") and (said_on := _speech_day(ctx, months=unit == "month")) is not None:
        # "On Aug. 20 officials said the dam would be finished by the end of the month": the month
        # of the saying (a year is a story's: "the end of the year" keeps its own reading)
        return "DATE", tv.value_at(said_on, unit)
    n = _DEICTIC_SHIFT.get(rel, 0)
    return "DATE", tv.value_at(tv.shift(ctx.dct, unit, n), unit)


_STORY_UNITS = frozenset({"month", "year", "decade", "century"})
_DECADE_VALUE = patterns.compile(r"\d{3}")
_TOLD_PERIOD = patterns.compile(r"(\d{4})(?:-W(\d\d)|-(\d\d))?")


def _period_of_the_story(ctx, unit: str) -> str | None:
    """'In 2031 the plant opened. By the end of the year, it employed 900': told in the past, 'the
    year' is the one the story is in (the last date told, just before), not the article's."""
    last = ctx.last_value or ""
    if unit == "decade" and _DECADE_VALUE.fullmatch(last) and ctx.dct and ctx.tense() == tv.PAST \
            and ctx.span[0] - ctx.last_span[1] <= NARRATIVE_REACH and int(last) < ctx.dct.year // 10:
        return last  # "In the 1950s it grew. By the end of the decade ...": that decade
    told = _TOLD_PERIOD.match(last)
    if told is not None and SINCE_BEFORE.search(ctx.text, max(0, ctx.last_span[0] - 8), ctx.last_span[0]):
        return None  # "the highest since 2009 ... a rise before the end of the year": a stretch to now, no story's year
    if unit not in _STORY_UNITS or told is None or ctx.span[0] - ctx.last_span[1] > NARRATIVE_REACH \
            or unit == "month" and not (told[2] or told[3]):
        return None
    year = int(told[1])
    # (a week is of the month its Thursday falls in, as ISO counts a week in the year of its Thursday)
    day = date.fromisocalendar(year, int(told[2]), 4) if told[2] else date(year, int(told[3] or 1), 1)
    period = tv.value_at(day, unit)
    if period >= tv.value_at(ctx.dct, unit) or ctx.tense() != tv.PAST \
            or _UP_TO_NOW_BEFORE.search(ctx.text, max(0, ctx.span[0] - 80), ctx.span[0]):
        return None
    return period


# a stretch told up to now: "since" the start of a period, or a present perfect in its clause ("cases
# have doubled since the start of the month": the article's month, whatever date was told before)
_UP_TO_NOW_BEFORE = patterns.compile(r"(?:\bsince\s+|\b(?:has|have|[a-z]+['’]ve)\s+(?:(?:not|never|already|also|just|"
                                     r"been|[a-z]+ly)\s+)?[a-z]{3,}\b[^,;:.!?()\"“”—–]{0,60})$", re.I)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_BEFORE_LONE_SEASON = patterns.compile(r"(?:\b(?:in|during|by|until|till|since|through|over|before|after|this|last|next|"
                                 r"early|late|mid)[\s-]+)$", re.I)


# after a season's name: "of" before no year (a fall of something), or a noun it only describes
_SEASON_PREPOSITION_BEFORE = patterns.compile(r"\b(?:in|during|by|until|till|since|through|over|for|this|last|next)\s+$", re.I)
# what follows a fall that is a drop: the verb it is the subject of, or what fell
_DROP_AFTER = patterns.compile(r"\s+(?:came|comes|followed|follows|wiped|erased|left|took|extended|marked|marks|pushed|"
                               r"sent|brought|was\s+(?:the|its|their)|is\s+(?:the|its|their)|"
                               r"in\s+(?:the\s+|its\s+|their\s+)?(?!\d)[a-z]+)\b")
_SEASON_AS_A_NOUN_BEFORE = patterns.compile(
    r"\s+(?:of\s+(?!(?:19|20)\d\d\b|last\b|this\b|next\b|that\b)|(?:storms?|storm[’']s|weather|heat|heatwaves?|"
    r"olympics|games|wheat|crops?|solstice|equinox|wardrobe|fashion|collection|tires|tyres|"
    r"statement|budget|conference|meetings?|sales|catalogue|catalog|edition|issue|lineup|line-up|schedule|"
    r"transfer|offensive|campaign|exhibition|update|release|tour)\b)", re.I)


def resolve_season(m, ctx):
    """'the summer', 'early spring', 'in winter': the season of the creation date's year, or of the
    year before or after when the tense says it is over or still ahead. A bare 'fall' or 'spring'
    is read only after a preposition ('prices fall', 'spring into action' are verbs)."""
    if not m["the"] and not _BEFORE_LONE_SEASON.search(m.string, max(0, m.start() - 12), m.start()):
        return None
    if _SEASON_AS_A_NOUN_BEFORE.match(m.string, m.end()):
        return None  # "the fall of the Berlin Wall", "the winter storm's path": a fall, a storm, no season
    if m["season"].lower() == "fall" and _DROP_AFTER.match(m.string, m.end()) \
            and not _SEASON_PREPOSITION_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return None  # "The fall came two days after a record gain", "the fall in prices": a drop
    code = SEASONS[m["season"].lower()]
    if not ctx.dct:
        return "DATE", f"{ctx.ref_year:04d}-{code}" if ctx.ref_year else f"XXXX-{code}"
    y, start = ctx.dct.year, _SEASON_START[code]
    tense = ctx.tense()
    if tense == tv.PAST and start > ctx.dct.month:
        y -= 1
    elif tense == tv.FUTURE and start + 2 < ctx.dct.month:
        y += 1
    return "DATE", f"{y:04d}-{code}"


_SPELLED_DECADES = {w: i for i, w in enumerate(["twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                                                "eighties", "nineties"], 2)}


def resolve_spelled_decade(m, ctx):
    """'the nineties', 'the early '80s': a decade of the twentieth century (TimeML's 199, 198)."""
    d = _SPELLED_DECADES[m["word"].lower()] if m["word"] else int(m["digit"] or m["digit2"])
    return "DATE", f"19{d}"


def resolve_year_end(m, ctx):
    """'year-end', 'by year end', 'the year's end': the year's end, of the year the story is in;
    'month-end', 'quarter-end': of the article's month or quarter."""
    unit = m["unit"].lower()
    if unit != "year":
        return "DATE", tv.value_at(ctx.dct, unit) if ctx.dct else tv.UNDERSPECIFIED[unit]
    if not ctx.dct:
        return "DATE", f"{ctx.ref_year:04d}" if ctx.ref_year else "XXXX"
    y = ctx.dct.year
    if ctx.dct.month <= 2 and ctx.tense() == tv.PAST:
        y -= 1  # said in January of the year just ended
    return "DATE", f"{y:04d}"


def resolve_that_period(m, ctx):
    """'that day', 'later that year', 'that same week', 'from that date': the period of the date last told."""
    unit = m["unit"].lower().replace("date", "day")
    last = ctx.last_value
    if unit == "year" and last:
        return "DATE", last[:4]
    if unit == "decade" and last and last[:3].isdigit():
        return "DATE", last[:3]  # "It opened in 1951. Later that decade it closed": the 1950s
    if unit == "month" and last and len(last) >= 7 and last[4] == "-" and last[5:7].isdigit():
        if ctx.dct and last[:7] == f"{ctx.dct.year:04d}-{ctx.dct.month:02d}" and (other := _other_month_told(ctx)):
            # "will unveil the phones on Sept. 9, the company said on Tuesday ... later that month":
            # "that month" is never the article's own ("this month" is), so a day told in it, as
            # the day of a saying most often is, is passed over for the month told before it
            return "DATE", other
        return "DATE", last[:7]
    if unit in ("month", "week") and last and (week := WEEK_VALUE.fullmatch(last)) \
            and 1 <= int(week[2]) <= 53 and tv.EARLIEST.year <= int(week[1]) <= tv.LATEST.year:
        # "by the first week of August ... later that month": the month that week lies in (its Thursday's)
        try:
            thursday = date.fromisocalendar(int(week[1]), int(week[2]), 4)
        except ValueError:
            return "DATE", tv.UNDERSPECIFIED.get(unit, "XXXX-XX-XX")
        return "DATE", last if unit == "week" else thursday.isoformat()[:7]
    if unit == "quarter":
        for told in (last, ctx.ref_period):
            if told and told[5:6] == "Q":
                return "DATE", told
    day = ctx.antecedent_day() if ctx.days_told else None
    if day is None:
        return "DATE", tv.UNDERSPECIFIED.get(unit, "XXXX-XX-XX")
    return "DATE", tv.value_at(day, unit)


# a figure's base, told with its own period: "slowing from 7.5% in August", "down from $2.1 billion in 2031"
FIGURE_BASE_BEFORE = patterns.compile(r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:an?\s+)?[-+]?[$€£¥]?\d[\d.,]*"
                                      r"(?:\s*(?:%|percent|per\s+cent|points?|basis\s+points|[mb]n|million|billion|trillion))?"
                                      r"\s+(?:in|on|at\s+the\s+end\s+of)\s+$", re.I)


def figure_base_before(text: str, start: int) -> bool:
    """The date at start is a figure's base ("from 7.5% in August"); the cheap test of its "in",
    "on" or "of" first, as most dates have none of these with a figure before them."""
    return text.endswith(("in ", "on ", "of "), max(0, start - 3), start) \
        and FIGURE_BASE_BEFORE.search(text, max(0, start - 48), start) is not None


def _other_month_told(ctx) -> str | None:
    """The month, other than the article's own, of the date told last ('YYYY-MM'), or None."""
    own = (ctx.dct.year, ctx.dct.month)
    told = [(where[0], (day.year, day.month)) for day, where in ctx.days_told] \
        + [(where[0], (y, mon)) for y, mon, where in ctx.months_told]
    # (not a figure's base: "grew in September, slowing from 7.5% in August")
    told = [t for t in told if t[1] != own and not figure_base_before(ctx.text, t[0])]
    if not told:
        return None
    y, mon = max(told)[1]
    return f"{y:04d}-{mon:02d}"


def _year_told(ctx, rel: str) -> int | None:
    """The year 'that year', 'the following year', 'the previous year' name: that of the date told
    last (its year, when it was told only to a month or year), moved by one for next and before."""
    n = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
    last = ctx.last_value
    if last and len(last) >= 4 and last[:4].isdigit():
        return int(last[:4]) + n
    base = ctx.antecedent_day() or ctx.dct
    return base.year + n if base else None


def resolve_of_year_told(m, ctx):
    """'March of the following year', 'the spring of that year', 'the end of the same year': a part
    of a year the story told, one expression (not a month of the article's own year)."""
    y = _year_told(ctx, (m["rel"] or "that").lower())
    if y is None or not tv.EARLIEST.year <= y <= tv.LATEST.year:
        return "DATE", "XXXX"
    if m["mon"] and m["day"]:
        # "on March 2 of that year", "on Jan. 9 the following year": that day of the year told
        day = _calendar_date(y, _month(m["mon"]), _day(m["day"]))
        return ("DATE", day) if day else None
    if m["mon"]:
        return "DATE", f"{y:04d}-{_month(m['mon']):02d}"
    if m["season"]:
        return "DATE", f"{y:04d}-{SEASONS[m['season'].lower()]}"
    return "DATE", f"{y:04d}"  # (the end, beginning, middle of it: the year, as "the end of 2008" is)


def resolve_season_or_month_told(m, ctx):
    """'that spring', 'the following October', 'the next summer': one of the year the story tells,
    the first after (or last before) the date told last; with nothing told, as 'next summer' is."""
    rel = (m["rel"] or "that").lower()
    if m["season"] and _season_naming_a_thing(ctx.text, m.start("season"), m.end()):
        return None
    code = SEASONS[m["season"].lower()] if m["season"] else None
    month = _SEASON_START[code] if code else _month(m["mon"])
    last = ctx.last_value
    if not (last and len(last) >= 4 and last[:4].isdigit()):
        if code:
            return _season(ctx, code, _DEICTIC_SHIFT.get(rel, 0))
        return "DATE", _calendar_date(_year_for(ctx, month, None), month, None)
    y = int(last[:4])
    told_month = int(last[5:7]) if len(last) >= 7 and last[4] == "-" and last[5:7].isdigit() else None
    if rel in ("following", "next"):
        y += told_month is None or told_month >= month
    elif rel in ("previous", "preceding", "prior"):
        y -= told_month is None or told_month <= month
    if not tv.EARLIEST.year <= y <= tv.LATEST.year:
        return None
    return "DATE", f"{y:04d}-{code}" if code else f"{y:04d}-{month:02d}"


def resolve_within_period(m, ctx):
    """'earlier in the day', 'later in the week': the day (week, month, year) the story is telling,
    that of the date last told, else of the article's own date."""
    day = ctx.ref_day or ctx.dct
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    if unit == "decade":
        # ("In the 1950s it grew. Late in the decade it closed": the decade the story told)
        if ctx.dct is None:
            return "DATE", "XXX"
        return "DATE", _period_of_the_story(ctx, unit) or tv.value_at(ctx.dct, unit)
    if day and ctx.dct and day > ctx.dct and m.group().lower().startswith("earlier") and ctx.tense() == tv.PAST:
        # "Classes resume on March 30. Universities had already moved online earlier in the week":
        # a past told after a day still ahead is of the article's week, not that day's (of the day
        # gone told before it, for a day: "elected yesterday ... will take office on January 20.
        # Earlier in the day, markets rose")
        day = _recent_day_gone(ctx) if unit == "day" else ctx.dct
    return "DATE", tv.value_at(day, unit) if day else tv.UNDERSPECIFIED[unit]


def resolve_fiscal_year(m, ctx):
    """'fiscal 2013', 'fiscal 2013-14' (a fiscal year written as the two it spans: read as a range is)."""
    if m["y2"]:
        return resolve_year_range({"y1": m["year"], "y2": m["y2"]}, ctx)
    return "DATE", m["year"]


def resolve_week_of_month(m, ctx):
    """'the first week of May', 'the last week of March 2019': the ISO week holding that week's middle."""
    mon = _month(m["mon"])
    y = int(m["year"]) if m["year"] else _year_for(ctx, mon, None)
    if not y:
        return "DATE", "XXXX-WXX"
    which = m["which"].lower()
    last_day = monthrange_days(y, mon)
    day = min(last_day, 4 + 7 * (ORDINALS[which] - 1)) if which in ORDINALS else last_day - 3
    return "DATE", tv.iso_week(date(y, mon, day))


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def resolve_day_of_month(m, ctx):
    """'the first Monday in October', 'the last Friday of June', 'the first day of next month': the
    day of that month the calendar gives; 'the first Sunday of each month' is a set, monthly."""
    if m["rel"] and m["rel"].lower() in ("each", "every"):
        return "SET", "P1M"
    if m["mon"]:
        mon = _month(m["mon"])
        y = int(m["year"]) if m["year"] else _year_for(ctx, mon, None)
    elif m["rel"].lower() == "the" and (told := _month_told_here(ctx)) is not None:
        y, mon = int(told[:4]), int(told[5:7])  # "in March ... on the last Friday of the month": that month
    elif ctx.dct:
        # ("the last Friday of the month", no month told: the article's)
        d = tv.shift_months(ctx.dct, {"next": 1, "last": -1, "this": 0, "the": 0}[m["rel"].lower()])
        y, mon = d.year, d.month
    else:
        y, mon = None, None
    if not y or not mon:
        return "DATE", f"XXXX-{mon:02d}" if mon else "XXXX-XX"
    day = _nth_day_of(y, mon, m)
    if day is not None and ctx.dct and m["rel"] and m["rel"].lower() == "the" and _month_told_here(ctx) is None:
        # "the month" of the article: the next such day for what is still to come ("opens on the first
        # day of the month", said on the 12th), the last one for what is done
        tense = ctx.tense()
        step = 1 if tense == tv.FUTURE and day < ctx.dct else -1 if tense == tv.PAST and day > ctx.dct else 0
        if step:
            d = tv.shift_months(date(y, mon, 1), step)
            day = _nth_day_of(d.year, d.month, m)
    return ("DATE", day.isoformat()) if day is not None else None


def _nth_day_of(y: int, mon: int, m) -> date | None:
    """The day of that month the match names ("the last Friday", "the first day"); None for one the
    month lacks ("the fifth Monday in February")."""
    which, last = m["which"].lower(), monthrange_days(y, mon)
    if m["wd"] is None:
        return date(y, mon, last if which == "last" else 1)
    wd = WEEKDAYS[m["wd"].lower()]
    if which == "last":
        d = date(y, mon, last)
        return d - timedelta(days=(d.isoweekday() - wd) % 7)
    d = date(y, mon, 1)
    d += timedelta(days=(wd - d.isoweekday()) % 7 + 7 * (_NTH[which] - 1))
    return d if d.month == mon else None


def resolve_ordinal_of_month(m, ctx):
    d = int(m["d"])
    if not ctx.dct:
        return "DATE", f"XXXX-XX-{d:02d}"
    month = tv.shift_months(ctx.dct.replace(day=1), {"next": 1, "last": -1, "this": 0}[m["rel"].lower()])
    return ("DATE", date(month.year, month.month, d).isoformat()) if tv.valid_day(month.year, month.month, d) else None


def resolve_modified_range(m, ctx):
    """'mid-2010 to early 2011', 'from late 1998 through 2000': one stretch of years."""
    a, b = int(m["y1"]), int(m["y2"])
    return ("DATE", f"{a:04d}/{b:04d}") if a < b else None


def resolve_century_turn(m, ctx):
    """'the turn of the century': the turn nearest the article, back for what is past, ahead for what
    is to come ("by the turn of the century", said in 1998, is 2000); 'of the 20th century' is 1900
    (TimeML writes its year)."""
    if m["n"]:
        y = (int(m["n"]) - 1) * 100
        return ("DATE", f"{y:04d}") if tv.EARLIEST.year <= y <= tv.LATEST.year else None
    if not ctx.dct:
        return "DATE", "XXXX"
    rel = (m["rel"] or "").lower()
    back, ahead = ctx.dct.year // 100 * 100, ctx.dct.year // 100 * 100 + 100
    if rel in ("last", "past", "previous"):
        y = back if ctx.dct.year - back > 50 else back - 100
    elif rel == "next":
        y = ahead
    elif rel in ("this", "new"):
        y = back if ctx.dct.year - back <= 50 else ahead
    else:
        tense = ctx.tense()
        told = _TOLD_PERIOD.match(ctx.last_value or "")
        if told and ctx.span[0] - ctx.last_span[1] <= NARRATIVE_REACH and int(told[1]) < ctx.dct.year - 10:
            # "a workshop opened in 1888. By the turn of the century it employed 300": the turn nearest
            # the year the story is in, not the article's; "said in 1998 it would be done by the turn
            # of the century": the one after it
            year = int(told[1])
            if tense == tv.PAST:
                return "DATE", f"{(year + 50) // 100 * 100:04d}"
            if tense == tv.FUTURE and _FUTURE_IN_THE_PAST.search(ctx.text, max(0, ctx.span[0] - 60), ctx.span[0]):
                return "DATE", f"{(year // 100 + 1) * 100:04d}"
        y = ahead if tense == tv.FUTURE or tense != tv.PAST and ahead - ctx.dct.year < ctx.dct.year - back else back
    return "DATE", f"{y:04d}"


def resolve_year_turn(m, ctx):
    """'the turn of the year': the year it begins, after the year the story told last ("opened in
    spring 2031; by the turn of the year it employed 300": 2032), else the turn ahead for what is
    to come, the one gone for what is past ("since the turn of the year"), or the nearer."""
    if not ctx.dct:
        return "DATE", "XXXX"
    told = _TOLD_PERIOD.match(ctx.last_value or "")
    if told and ctx.span[0] - ctx.last_span[1] <= NARRATIVE_REACH and int(told[1]) < ctx.dct.year:
        return "DATE", f"{int(told[1]) + 1:04d}"
    tense = tv.PAST if SINCE_BEFORE.search(ctx.text, max(0, ctx.span[0] - 8), ctx.span[0]) else ctx.tense()
    ahead = tense == tv.FUTURE or tense != tv.PAST and ctx.dct.month >= 7
    return "DATE", f"{ctx.dct.year + 1 if ahead else ctx.dct.year:04d}"


_FUTURE_IN_THE_PAST = patterns.compile(r"\b(?:would|was\s+to|were\s+to|was\s+due|were\s+due)\b[^.;!?]*$")


DECADE_ORDINALS = {**{w: n for w, n in DAY_WORDS.items() if n <= 10}, "last": 10, "final": 10}


def resolve_decade_of_century(m, ctx):
    """'the first decade of this century' (200, said in 2034), 'the last decade of the 20th century' (199)."""
    if m["n"]:
        century = int(m["n"]) - 1
    elif not ctx.dct:
        return "DATE", "XXX"
    else:
        century = ctx.dct.year // 100 + {"last": -1, "past": -1, "previous": -1, "next": 1}.get((m["rel"] or "").lower(), 0)
    if not 0 <= century <= 99:
        return None
    return "DATE", f"{century:02d}{DECADE_ORDINALS[m['q'].lower()] - 1}"


def resolve_century(m, ctx):
    n = int(re.match(r"\d+", m["n"]).group())
    return "DATE", f"{n - 1:02d}"


# ------------------------------------------------------------------------------------------------
# the rules

def _r(name, pattern, resolve, flags=0, priority=0):
    lowered = bool(flags & re.I)
    return Rule(name, patterns.compile(pattern, flags & ~re.I), resolve, priority, RULE_TRIGGERS[name], lowered,
                RULE_GUARDS.get(name, {}))


# Every match of a rule holds one of these words; the engine runs a rule only near them, so a
# rule's cost follows the dates in a text, not its length.
TRIGGER_CLASSES = {
    "month": [*MONTHS],
    "weekday": [*WEEKDAYS, *(d + "s" for d in FULL_WEEKDAYS)],  # (plurals: "on Tuesdays", a set)
    "deictic": ["today", "tonight", "overnight", "yesterday", "tomorrow", "nowadays", "currently", "presently",
                "present", "now", "moment", "recently", "lately", "formerly", "past", "future", "current", "recent", "term"],
    # ("night" is a unit, "tonight" a deictic day: a word has one class, or the later one hides it)
    "pod": [*(w for w in PARTS_OF_DAY if w not in ("night", "tonight")), "midmorning", "midafternoon", "midevening"],
    "unit": ["second", "minute", "hour", "day", "date", "night", "week", "weekend", "fortnight", "month", "year",
             "decade", "century", "centurie", "quarter", "minutes", "hours", "days", "nights", "weeks",
             "weekends", "fortnights", "months", "years", "decades", "centuries", "quarters", "seconds"],
    "season": [*SEASONS],
    "spoken": ["nineteen", "twenty", "thousand"],
    "setword": [*SET_WORDS],
    "noon": ["noon", "midnight", "midday"],
    "decadeword": [*_SPELLED_DECADES],
    "fiscal": ["fiscal"],
    "oclock": ["clock"],  # (the "clock" of "o'clock")
    "qcode": ["q", "h", "fy"],  # "Q3 2013", "1H14", "FY2012": a letter or two glued to figures
    "period": ["period", "half"],  # (a word belongs to one class: "months" is a unit)
    "holiday": ["christmas", "thanksgiving", "easter", "halloween", "valentine", "veterans", "labor", "memorial",
                "election", "mother", "father", "presidents", "luther", "boxing", "bastille", "ash", "palm", "good",
                "black", "cyber", "maundy", "holy", "shrove", "fat", "inauguration", "columbus", "patrick",
                "juneteenth", "ramadan", "eid", "lunar", "chinese", "passover", "pesach", "rosh", "yom", "hanukkah",
                "chanukah", "diwali", "deepavali", "fools", "fool"],  # ("April Fools' Day": its month word is far)
}
TRIGGER_OF_WORD = {w: c for c, words in TRIGGER_CLASSES.items() for w in words}
assert len(TRIGGER_OF_WORD) == sum(map(len, TRIGGER_CLASSES.values())), "a trigger word in two classes"
# rule -> ((trigger class, characters a match may start before the trigger, may end after it), ...)
RULE_TRIGGERS = {
    "iso-date": (("year4", 0, 8),), "numeric-date": (("slash", 0, 8),), "month-day": (("month", 0, 26),),
    "day-month": (("month", 24, 8),), "month-year": (("month", 0, 12),), "hyphen-date": (("month", 3, 6),), "month-of-year": (("month", 0, 28),), "week-of-month": (("month", 24, 8),), "day-of-month": (("month", 36, 12), ("unit", 36, 1)), "ordinal-of-month": (("unit", 26, 1),),
    "modified-range": (("year4", 8, 24),), "month-period": (("month", 24, 8),), "month-span-period": (("unit", 32, 1), ("period", 32, 1)),
    "spoken-year": (("spoken", 40, 30),), "season": (("season", 10, 1),),
    "spelled-decade": (("decadeword", 16, 1), ("decade2", 16, 4)), "year-end": (("unit", 6, 8),), "new-year": (("unit", 8, 1),),
    "that-period": (("unit", 24, 1),), "of-year-told": (("unit", 44, 1),),
    "season-or-month-told": (("season", 24, 1), ("month", 24, 1)), "within-period": (("unit", 28, 1),), "fiscal-year": (("fiscal", 0, 16),),
    "quarter-code": (("qcode", 6, 12),), "fiscal-code": (("qcode", 0, 8),), "year-quarter": (("year4", 4, 30), ("unit", 32, 1), ("period", 32, 1)),
    "month": (("month", 0, 2),), "related-month": (("month", 8, 2),), "month-may": (("month", 20, 2),), "month-range": (("month", 0, 22),), "month-quarter": (("month", 4, 20),),
    "may-before-month": (("month", 0, 22),), "may-after-month": (("month", 22, 2),), "year-range": (("year4", 0, 8),),
    "decade": (("year4", 14, 4),), "modified-year": (("year4", 24, 1),), "year": (("year4", 0, 1),), "pre-post-year": (("year4", 5, 1),),
    "weekday": (("weekday", 0, 16),), "weekday-ordinal": (("weekday", 0, 20),), "deictic-day": (("deictic", 18, 16),), "vague-ref": (("deictic", 24, 12), ("unit", 8, 10)), "part-of-day": (("pod", 18, 1), ("unit", 18, 1)),
    "deictic-period": (("unit", 26, 4), ("season", 18, 4)), "season-year": (("season", 4, 10),), "year-told-short": (("year2", 1, 2),),
    "anaphoric-day": (("unit", 16, 8),), "ago": (("unit", 40, 12),), "vague-duration": (("unit", 16, 6),),
    "duration": (("unit", 48, 16),), "every-n": (("unit", 32, 1),), "unit-long": (("unit", 0, 6),), "anaphoric-pod": (("pod", 16, 16), ("unit", 16, 16)), "told-part-of-day": (("pod", 12, 1),), "weekdays": (("weekday", 0, 2),), "weekends": (("unit", 16, 1),), "two-off": (("unit", 4, 16),), "weekday-two-off": (("weekday", 6, 16),), "this-time-last": (("unit", 30, 1),), "week-on": (("weekday", 12, 6), ("unit", 2, 14)),
    "clock-past-to": (("deictic", 40, 26), ("unit", 40, 26)), "century-part": (("unit", 24, 10),), "hour-part": (("unit", 24, 1),),
    "set": (("setword", 6, 1), ("unit", 7, 1), ("weekday", 13, 12), ("month", 7, 1), ("pod", 7, 1), ("season", 7, 1)),
    "quarter": (("unit", 28, 26), ("period", 28, 26)), "quarter-pair-first": (("unit", 36, 12),),
    "quarter-pair-second": (("unit", 36, 12),), "report-period": (("unit", 24, 12), ("period", 24, 18)),
    "year-earlier": (("unit", 16, 44),), "the-year": (("unit", 36, 16),), "the-week": (("unit", 16, 4),),
    "period-year-before": (("unit", 36, 36), ("period", 36, 36)),
    "attacks-day": (("month", 0, 44),), "attacks-day-figures": (("slash", 0, 44),),
    "holiday": (("holiday", 24, 28), ("unit", 12, 12), ("month", 16, 4)), "time": (("clock", 0, 14),), "wire-time": (("clock", 0, 10),), "dot-clock": (("clock", 0, 10),), "clock": (("clock", 0, 12),),
    "noon": (("noon", 0, 1),), "clock-pod": (("pod", 28, 1),), "clock-words": (("pod", 40, 1), ("oclock", 16, 24)), "hour-before-part": (("pod", 32, 1), ("deictic", 16, 1)), "hour-of-range": (("clock", 24, 8),), "period-of": (("unit", 40, 1),), "century": (("ordinal", 14, 12),), "century-turn": (("unit", 40, 1),), "decade-of-century": (("unit", 48, 1),), "year-turn": (("unit", 20, 1),), "ordinal-day": (("ordinal", 18, 12),),
}


# Guards: a cheap test on the word just before a trigger that every match of the rule passes
# ("three days" has a number before "days"). A trigger that fails it opens no window for that rule,
# so a text full of "day" and "year" does not run the duration rule around each of them. Data, not
# code: the engine reads the word before each trigger once and tests it against every rule's guard.
# (compared and hashed by identity: the engine keys its verdicts by guard, for every trigger)
@dataclass(frozen=True, slots=True, eq=False)
class Guard:
    after: frozenset = frozenset()      # words one of which comes just before the trigger ("five days")
    number: bool = False                # or a figure does ("5-day", "4th January")
    followed_by: str | tuple | None = None  # or this follows the trigger ("years-long"; a tuple: any of them)
    trigger: frozenset | None = None    # and the trigger is one of these words
    words_only: bool = field(init=False, default=False)  # only `after` asked: a set lookup decides

    def __post_init__(self):
        object.__setattr__(self, "words_only", bool(self.after) and not self.number and self.followed_by is None
                           and self.trigger is None)

    def passes(self, word_before: str, lowered: str, a: int, b: int) -> bool:
        if self.trigger is not None and lowered[a:b] not in self.trigger:
            return False
        if not self.after and not self.number and self.followed_by is None:
            return True  # a guard on the trigger word alone
        return (word_before in self.after or self.number and (
                    word_before[-1:].isdigit() or word_before[-2:] in _ORDINAL_SUFFIXES and word_before[-3:-2].isdigit())
                or self.followed_by is not None and lowered.startswith(self.followed_by, b))


_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
# the last word of every spelled-out count that NUM accepts, and "half" ("two and a half years")
_COUNT_ENDINGS = frozenset(w.split()[-1] for w in [*NUMBER_WORDS, *VAGUE_NUMBERS]) | {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "half"}
_DEICTIC_RELS = frozenset({"this", "last", "next", "past", "previous", "coming", "current"})
_COUNT = Guard(_COUNT_ENDINGS | {"more", "additional", "further", "extra", "straight", "consecutive", "trading",
                                 "long", "full", "whole", "short",
                                 "business", "working"}, number=True)
_REL = Guard(_DEICTIC_RELS)
_EVERY = Guard(frozenset({"every", "each"}))
# "the April-June quarter": a month's name, "fiscal" or the count of "three months" just before the trigger
_SPAN_END = Guard(frozenset({*FULL_MONTHS, "fiscal", "three", "six"}))
_PAIRED_QUARTER = Guard(frozenset({"second", "third", "fourth"}), trigger=frozenset({"quarters"}))
RULE_GUARDS = {
    "quarter-pair-first": {"unit": _PAIRED_QUARTER}, "quarter-pair-second": {"unit": _PAIRED_QUARTER},
    "duration": {"unit": _COUNT},
    "month-span-period": {"unit": _SPAN_END, "period": _SPAN_END},
    "every-n": {"unit": Guard(_COUNT_ENDINGS | {"other"}, number=True)},
    "anaphoric-pod": {"pod": Guard(frozenset({"next", "following", "previous", "that", "the"})),
                      "unit": Guard(frozenset({"next", "following", "previous", "that", "the"}), trigger=frozenset({"night"}))},
    "clock-past-to": {"deictic": Guard(frozenset({"half", "quarter", "five", "ten", "twenty"}), number=True, trigger=frozenset({"past"})),
                      "unit": Guard(frozenset(), followed_by=(" to ",), trigger=frozenset({"quarter"}))},
    "century-part": {"unit": Guard(trigger=frozenset({"century"}))}, "hour-part": {"unit": Guard(trigger=frozenset({"hour"}))},
    "century-turn": {"unit": Guard(trigger=frozenset({"century"}))},
    "decade-of-century": {"unit": Guard(trigger=frozenset({"century"}))},
    "year-turn": {"unit": Guard(frozenset({"the"}), trigger=frozenset({"year"}))},
    "two-off": {"unit": Guard(frozenset({"the"}), trigger=frozenset({"week", "weekend", "month", "year"}))},
    "week-on": {"weekday": Guard(followed_by=(" week", "\xa0week")), "unit": Guard(frozenset({"a"}), trigger=frozenset({"week"}))},
    "this-time-last": {"unit": Guard(frozenset({"last", "next"}), trigger=frozenset({"week", "month", "year"}))},
    "ago": {"unit": _COUNT},
    "quarter": {"unit": Guard(frozenset({*ORDINALS, *_DEICTIC_RELS, "fiscal", "final", "preceding", "prior"}), trigger=frozenset({"quarter"})),
                "period": Guard(frozenset({*ORDINALS, *_DEICTIC_RELS, "fiscal", *_HALF_NAMES}), trigger=frozenset({"half"}))},
    "report-period": {"unit": Guard(frozenset({"the", "latest", "recent", "same", "fiscal", "three"}),
                                    trigger=frozenset({"quarter", "months"})),
                      "period": Guard(frozenset({"the", "latest", "recent", "same", "fiscal"}), trigger=frozenset({"period"}))},
    "year-earlier": {"unit": Guard(frozenset({"prior", "previous"}), followed_by="-", trigger=frozenset({"year"}))},
    "period-year-before": {"unit": Guard(frozenset({"the", "same", "corresponding", "comparable", "like", "fiscal",
                                                    "three"}), trigger=frozenset({"quarter", "months", "month"})),
                           "period": Guard(frozenset({"the", "same", "corresponding", "comparable", "like", "fiscal"}),
                                           trigger=frozenset({"period"}))},
    "holiday": {"unit": Guard(frozenset({"new"}), trigger=frozenset({"year"})),
                "month": Guard(frozenset({"of"}))},  # a month in a holiday's name: "the Fourth of July"
    "the-year": {"unit": Guard(frozenset({"the", "fiscal", "financial", "full", "entire", "whole", "long", "holiday"}), trigger=frozenset({"year", "weekend"}))},
    "the-week": {"unit": Guard(frozenset({"the"}), trigger=frozenset({"week", "day"}))},
    "set": {"unit": _EVERY, "weekday": Guard(frozenset({"every", "each", "other"})), "month": _EVERY, "pod": _EVERY,
            "season": _EVERY},
    "period-of": {"unit": Guard(frozenset({"the", "this", "next", "last", "previous", "coming", "mid"}))},
    "deictic-period": {"unit": Guard(_DEICTIC_RELS | {"fiscal", "financial", "tax"}), "season": _REL},
    "anaphoric-day": {"unit": Guard(frozenset({"next", "following", "previous", "same", "prior", "the"}))},
    "vague-duration": {"unit": Guard(frozenset({"for", "the", "past", "recent", "take", "takes", "took", "taking", "within", "of"}),
                                     followed_by="-long")},
    "month-period": {"month": Guard(frozenset({"in", "on", "early", "late", "mid", "of", "end", "start"}))},
    "day-month": {"month": Guard(frozenset({"of"}), number=True)},
    "year-quarter": {"year4": Guard(frozenset({"the"})), "unit": Guard(frozenset({*ORDINALS, "fiscal", "s"}), number=True, trigger=frozenset({"quarter"})),
                     "period": Guard(frozenset({*ORDINALS, "fiscal", "s"}), number=True)},
    # ("night" is a unit word too: "last night" is found through it)
    "part-of-day": {"unit": Guard(frozenset({"this", "last", "yesterday", "tomorrow"}), trigger=frozenset({"night"}))},
    "week-of-month": {"month": Guard(frozenset({"of"}))},
    "day-of-month": {"month": Guard(frozenset({"of", "in"})),
                     "unit": Guard(frozenset({"next", "this", "last", "the", "each", "every"}), trigger=frozenset({"month"}))},
    "ordinal-of-month": {"unit": Guard(frozenset({"next", "this", "last"}), trigger=frozenset({"month"}))},
    "modified-range": {"year4": Guard(frozenset({"early", "late", "mid", "to", "through", "until", "from", "in", "between", "since", "the"}), number=True)},
    "new-year": {"unit": Guard(frozenset({"new"}))},
    "year-end": {"unit": Guard(frozenset(), followed_by=("-end", " end", "'s end", "’s end"), trigger=frozenset({"year", "month", "quarter"}))},
    "that-period": {"unit": Guard(frozenset({"that", "same"}))},
    "season-or-month-told": {c: Guard(frozenset({"that", "same", "following", "next", "previous", "preceding", "prior"}))
                             for c in ("season", "month")},
    "of-year-told": {"unit": Guard(frozenset({"that", "same", "following", "next", "previous", "preceding", "prior"}))},
    "within-period": {"unit": Guard(frozenset({"the"}), trigger=frozenset({"day", "week", "month", "year", "decade"}))},
    "vague-ref": {"unit": Guard(frozenset({"these", "recent", "coming", "future"}), followed_by=(" ahead", " to come")),
                  "deictic": Guard(trigger=frozenset({"future", "term", "recent"}))},
    "related-month": {"month": _REL},
    "may-before-month": {"month": Guard(trigger=frozenset({"may"}))},
    "may-after-month": {"month": Guard(frozenset({"and", "or", "to", "through", "until", "till", "into", ""}),
                                       trigger=frozenset({"may"}))},
    "month-may": {"month": Guard(frozenset({"in", "since", "until", "by", "through", "during", "of", "from",
                                            "before", "after", "last", "next", "this", "early", "late", "as"}),
                                 trigger=frozenset({"may"}))},
}

def _as_written(name: str) -> str:
    """A holiday's name as news writes it: each word capitalised or in capitals ("the", "of" also
    in lower case), any spacing, either apostrophe."""
    words = []
    for w in name.split():
        forms = {w.capitalize(), w.upper()} | ({w} if w in ("the", "of") else set())
        if "-" in w:  # "Eid al-Fitr", "Eid Al-Fitr", "Eid ul-Adha"
            head, tail = w.split("-", 1)
            forms |= {f"{head}-{tail.capitalize()}", f"{head.capitalize()}-{tail.capitalize()}"}
        words.append("(?:" + "|".join(re.escape(f).replace("'", "['’]") for f in sorted(forms)) + ")")
    return r"\s+".join(words)


_HOLIDAY_NAMES = "|".join(_as_written(n) for n in sorted(HOLIDAYS, key=len, reverse=True))
# what the day of the 2001 attacks is said with ("the Sept. 11 attacks", "9/11 families")
_ATTACK_WORDS = "terror\\w*|attacks?|hijack\\w*|commission|era|victims?|families|anniversary|memorial|strikes?|plot"
# what a match's halves and quarters hold, not a year's ("two second-half goals", "a fourth-quarter touchdown")
_MATCH_TIME_NOUNS = ("goals?|finish(?:es)?|strikes?|headers?|penalt(?:y|ies)|equali[sz]ers?|winners?|substitut\\w*|"
                     "comebacks?|brace|touchdowns?|tries|try|field\\s+goals?|saves?|red\\s+card|yellow\\s+card|"
                     "stoppage|onslaught|interceptions?|fumbles?|shots?")
_LEFT = r"(?<![\w$£€¥#/.-])"          # not glued to a word, currency or path
_RIGHT = r"(?![\w%/]|[.,]\d)"         # not a decimal, percentage or the head of a longer number
# the zones news gives a clock time in ("9:30 a.m. ET"); UTC and GMT are valued as Z, the rest kept local
ZONES = "UTC|GMT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|CET|CEST|BST|EET|EEST|MSK|IST|JST|KST|HKT|SGT|AEST|AEDT|NZST|NZDT"

RULES: list[Rule] = [
    # ("2013/03/20", "2013.03.20": year first, as East Asian and many European pages write it)
    _r("iso-date", rf"{_LEFT}(?P<y>\d{{4}})(?P<sep>[-/.])(?P<m>\d{{2}})(?P=sep)(?P<d>\d{{2}})(?![\d-]|[/.]\d)",
       resolve_iso, priority=5),
    # ("29.03.2022" and "29-03-2022" only with a four-digit year: "3-2-1" is a score, "1.5.10" a version)
    _r("numeric-date", rf"{_LEFT}(?P<a>\d{{1,2}})(?:/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d{{2}})(?![\d/])"
       rf"|(?P<sep>[-.])(?P<b2>\d{{1,2}})(?P=sep)(?P<y2>\d{{4}})(?!\d|[.-]\d))",
       resolve_numeric_date, priority=5),
    # the day of the 2001 attacks, by its names: "9/11", or "Sept. 11" told as the attacks' day
    # ("the Sept. 11 attacks", "post-Sept. 11 laws", "since Sept. 11 terrorists struck"), never a
    # "Sept. 11" meeting
    # (each anchored at its month or its figures: one attempt per "Sept." in a text, not a search)
    _r("attacks-day", r"(?:(?<=post-)|(?<=pre-)|(?<=\b[Ss]ince )|(?<=\b[Aa]fter )|(?<=\b[Bb]efore ))"
       r"(?:Sept?\.?|September)\s+11(?:th)?\b(?!,?\s+\d)"
       rf"|(?<![\w/.-])(?:Sept?\.?|September)\s+11(?:th)?,?(?:\s+2001)?(?=\s+(?:{_ATTACK_WORDS})\b)",
       resolve_attacks_day, priority=6),
    _r("attacks-day-figures", r"(?:(?<=post-)|(?<=pre-)|(?<=\b[Ss]ince )|(?<=\b[Aa]fter )|(?<=\b[Bb]efore ))"
       rf"9/11(?![\d/])|(?<![\w/.-])9/11(?![\d/])(?=\s+(?:{_ATTACK_WORDS})\b)", resolve_attacks_day, priority=6),
    _r("month-day", rf"\b(?P<mon>{MONTH})\s+(?P<d1>(?<=[a-z]\s)the\s+(?=\d\d?(?:st|nd|rd|th)\b){DAY}{_NO_NOUN_AFTER}|{DAY}|(?<=[a-z]\s)(?:the\s+)?{DAY_WORD})"
       # ("Jan. 30-Feb. 2" is one range; "Aug. 26 to Oct. 20" two dates, each its own expression;
       # "March 1 until 1 p.m." a date and a clock)
       rf"(?:\s*[-–—]\s*(?:(?P<mon2>{MONTH})\s+)?(?P<d2>{DAY})|\s*(?:to|through|till|until)\s*(?P<d2b>{DAY})(?!\s*(?:[ap]\.?m\b|[:.]\d|o['’]clock|noon|midnight)))?"
       rf"(?:,?\s+(?P<year>{YEAR}))?\b", lambda m, c: resolve_month_day(_MonthDayMatch(m), c), priority=4),
    # ("the fourth of July", "the twenty-first of June": a day in words, told with "of")
    _r("day-month", rf"(?<![\w.,])(?P<d1>{DAY}|(?<=\b[Tt]he\s){DAY_WORD}(?=\s+of\s))(?:{RANGE_SEP}(?P<d2>{DAY}))?\s+(?:of\s+)?"
       rf"(?P<mon>{MONTH_AFTER_DAY})(?:,?\s+(?P<year>{YEAR}))?\b", resolve_day_month, priority=4),
    _r("month-year", rf"\b(?P<mon>{MONTH_FULL}|{MONTH_ABBR}),?\s+(?:of\s+)?(?P<year>{YEAR})\b", resolve_month_year,
       priority=3),
    # written with hyphens, as aviation and Indian business news do: "09-Sep-2010", "Sep-2010"
    _r("hyphen-date", rf"(?<![\w.-])(?:(?P<d1>{DAY})-)?(?P<mon>{_HYPHEN_MONTH})-(?P<year>{YEAR})(?![\w-])(?P<d2>(?!))?",
       resolve_hyphen_date, priority=4),
    _r("month-of-year", rf"\b(?P<mon>{MONTH})(?:\s+(?P<d>{DAY}))?,?\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b",
       resolve_month_of_year, priority=3),
    _r("month-period", rf"\b(?:(?:[Ll]ater|[Ee]arlier|[Ll]ate|[Ee]arly)\s+(?:in|on)\s+|(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+|(?:[Ee]nd|[Ss]tart)-|"
       rf"(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of\s+|(?:End|Beginning|Start|Middle)\s+of\s+)(?P<mon>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR}))?\b(?!\s\d)",
       resolve_month_period, priority=3),  # (not before a day: "a week later on September 21")
    # "the April-June quarter", "the July-December period": the quarter or half those months make up
    _r("month-span-period", rf"\b(?:[Tt]he\s+)?(?P<mon>{MONTH_FULL})(?:[-–]|-to-|\s+(?:to|through)\s+)(?P<mon2>{MONTH_FULL})\s+(?:fiscal\s+)?"
       r"(?:quarter|period|three\s+months|half|six\s+months)\b", resolve_month_span_period, priority=3),
    # a lone month: 'May' only where a date must follow a preposition, never the modal verb
    _r("month", rf"\b(?P<mon>(?!May\b|MAY\b)(?:{MONTH_FULL}))\b(?![-–]\w)", resolve_month, priority=1),
    _r("related-month", rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|LAST|NEXT|THIS)\s+(?P<mon>{MONTH_FULL})\b"
       r"(?![-–]\w|\s+\d)", resolve_related_month, priority=2),
    # a quarter named by its last month, as reports write it: "the December quarter" (Q4), "the March quarter"
    _r("month-quarter", r"\b(?:[Tt]he\s+)?(?P<mon>March|June|September|December)(?:\s+|-)(?:fiscal\s+)?quarter\b",
       resolve_month_quarter, priority=3),
    # months joined by a hyphen: one stretch ("for May-June", "the July-August holidays")
    _r("month-range", rf"\b(?P<mon>{MONTH_FULL})(?:[-–]|-to-)(?P<mon2>{MONTH_FULL})\b(?![-–]\w)", resolve_month_range,
       priority=2),
    # 'May' beside another month it is listed with ("between May and June", "April or May")
    _r("may-before-month", rf"\b(?P<t>(?P<mon>May))\s+(?:and|or|to|through|until|till|into)\s+(?:{MONTH_FULL})\b",
       resolve_listed_may, priority=1),
    _r("may-after-month", rf"\b(?:{MONTH_FULL})(?:\s+(?:and|or|to|through|until|till|into)\s+|,\s+(?=May(?:,|\s+(?:and|or))\s+"
       rf"(?:{MONTH_FULL})\b))(?P<t>(?P<mon>May))\b(?!\s+(?:be|have|not|also|well|need|want|seek|take|make|come|go)\b)",
       resolve_listed_may, priority=1),
    # (and opening a sentence: "In May, the company said")
    # ("as recently as May", "as early as May": a month compared)
    _r("month-may", r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Tt]hrough|[Dd]uring|of|[Ff]rom|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his|"
       r"[Ee]arly|[Ll]ate|(?:recently|early|late|soon)\s+as)\s+"
       r"(?P<t>(?P<mon>May))\b(?!\s+(?:be|have|not|also|well|need|want|seek|take|make|come|go)\b)",
       resolve_month, priority=1),
    _r("spoken-year", rf"\b(?:(?P<mon>{_alt(FULL_MONTHS)})\s+|the\s+(?P<season>spring|summer|autumn|fall|winter)\s+of\s+|"
       r"the\s+year\s+)?(?:(?P<cent>nineteen|twenty)\s+(?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|"
       r"ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|ten|eleven|twelve|thirteen|fourteen|"
       r"fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-](?:one|two|three|four|five|six|seven|eight|nine))"
       r"|(?<=\bthe year )two\s+thousand(?:\s+(?:and\s+)?(?P<rest2>one|two|three|four|five|six|seven|eight|nine|ten))?)"
       r"(?![\w-])",
       resolve_spoken_year, I, priority=3),
    _r("year-quarter", rf"\b(?:the\s+)?(?:(?<![-–/])(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year['’]s)\s+(?:fiscal\s+)?"
       r"(?:(?P<q>first|second|third|fourth)\s+)?(?:fiscal\s+)?(?P<unit>quarter|period|half)\b(?!\s+of\b)",
       resolve_year_quarter, I, priority=3),
    _r("season", r"\b(?P<t>(?:(?P<the>the)\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|fall|"
       r"winter))\b(?![-\w]|\s+(?:of\s+)?\d)", resolve_season, I),
    # ("the '80s and '90s", "the 1980s and early '90s": a decade in figures goes on without its "the";
    # one in words does not, "in their twenties and thirties" being ages)
    _r("spelled-decade", r"(?:\bthe\s+(?:(?:early|late|mid)[\s-]+)?(?:(?P<word>twenties|thirties|forties|fifties|sixties|"
       r"seventies|eighties|nineties)\b|['’](?P<digit>[2-9])0s\b)"
       r"|(?:(?<=\band\s)|(?<=\bor\s)|(?<=\bto\s)|(?<=\bthrough\s))(?:(?:early|late|mid)[\s-]+)?['’](?P<digit2>[2-9])0s\b)",
       resolve_spelled_decade, I, priority=1),
    # "early in the new year", "after the New Year": the year about to begin (not the feast: "New
    # Year's Day", "the Lunar New Year", "New Year celebrations")
    _r("new-year", r"\b[Tt]he\s+[Nn]ew\s+[Yy]ear\b(?!['’]s|\s+(?:[Hh]olidays?|[Cc]elebrations?|[Hh]onours|[Rr]esolutions?|"
       r"[Ee]ve|[Dd]ay|[Pp]art(?:y|ies)|[Mm]essage|[Aa]ddress|[Ss]peech|[Ff]estivities|[Gg]reetings?|[Ss]ales?)\b)",
       resolve_new_year, priority=1),
    # (not "the half-year end": a half's)
    _r("year-end", r"\b(?:the\s+)?(?<!half-)(?P<unit>year|month|quarter)(?:[-\s]|['’]s\s+)end\b", resolve_year_end, I, priority=1),
    _r("season-or-month-told", rf"\b(?:[Tt]hat(?:\s+same)?|[Tt]he\s+(?P<rel>following|next|previous|preceding|prior))\s+"
       rf"(?:(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)|(?P<mon>{MONTH_FULL}))\b(?![-\s]+\d)",
       resolve_season_or_month_told, priority=3),
    _r("of-year-told", rf"(?:\b(?P<mon>{MONTH_FULL}|{MONTH_ABBR})(?:\s+(?P<day>{DAY}))?(?:,)?|\b(?:[Tt]he\s+)?(?:(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
       r"|(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)))\s+(?:of\s+)?"
       r"(?:[Tt]hat(?:\s+same)?|the\s+(?P<rel>same|following|next|previous|preceding|prior))\s+year\b(?!-)",
       resolve_of_year_told, priority=3),  # (and "crowned in June the following year")
    _r("that-period", r"\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<unit>day|date|week|month|year|quarter|decade)\b(?!-)",
       resolve_that_period, I, priority=1),
    # ("late in the day" is as often an idiom: only "earlier" and "later" tell a day's time)
    # ("the rest of the week", "the remainder of the day": the part left of the period the story tells)
    _r("within-period", r"\b(?:(?:earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year|decade)|(?:early|late)\s+in\s+the\s+"
       r"(?P<unit2>week|month|year|decade)|the\s+(?:rest|remainder|balance)\s+of\s+the\s+(?P<unit3>day|week|month))\b(?![-’'])",
       resolve_within_period, I, priority=1),
    _r("fiscal-year", rf"\b[Ff]iscal\s+(?:year\s+)?(?P<year>{YEAR})(?:[-–/](?P<y2>\d\d(?:\d\d)?))?\b", resolve_fiscal_year,
       priority=3),
    _r("quarter-code", r"(?<![\w$£€¥#/.-])(?:(?P<pre>(?:19|20)\d\d)\s+)?(?:(?P<L>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<L2>[QH]))"
       # ("Q1FY24", "Q2 FY2024": the fiscal year's quarter, written as TimeBank writes "the fiscal first quarter")
       r"(?:(?:\s+(?:of\s+)?|\s*['’]|,\s*|[\s-]?FY[\s-]?)?(?P<year>(?:19|20)\d\d)|(?:['’]|[\s-]?FY[\s-]?)?(?P<yy>\d\d))?(?![\w-])",
       lambda m, c: resolve_quarter_code(_QuarterCodeMatch(m), c), priority=3),
    _r("fiscal-code", r"(?<![\w-])FY\s?(?P<year>(?:19|20)\d\d|\d\d)(?:[-–/](?P<y2>\d\d(?:\d\d)?))?(?![\w-])",
       resolve_fiscal_code, priority=3),
    # "the first Monday in October", "the last Friday of June", "the first day of next month", "the
    # first Sunday of every month" (a set)
    _r("day-of-month", rf"\b(?:[Tt]he\s+)?(?P<which>first|second|third|fourth|fifth|last)\s+(?:(?P<wd>{_cap(FULL_WEEKDAYS)})|day)"
       rf"\s+(?:of|in)\s+(?:(?P<mon>{MONTH_FULL})(?:,?\s+(?P<year>{YEAR}))?|(?P<rel>next|this|last|the|each|every)\s+month)\b",
       resolve_day_of_month, priority=4),
    # "the 25th of next month", "the 3rd of last month": that day of the month counted from the article's
    _r("ordinal-of-month", r"\b(?:[Tt]he\s+)?(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(?P<rel>next|this|last)\s+month\b",
       resolve_ordinal_of_month, priority=4),
    _r("week-of-month", rf"\b(?:the\s+)?(?P<which>first|second|third|fourth|last)\s+week\s+of\s+(?P<mon>{MONTH_FULL})"
       rf"(?:,?\s+(?P<year>{YEAR}))?\b", resolve_week_of_month, priority=3),
    _r("modified-range", rf"\b(?:(?:early|late|mid)[\s-]+)?(?P<y1>{YEAR})\s*(?:to|through|until|-|–)\s*"
       rf"(?:early|late|mid)[\s-]+(?P<y2>{YEAR})\b|\b(?:early|late|mid)[\s-]+(?P<y1b>{YEAR})\s*(?:to|through|until|-|–)\s*"
       rf"(?P<y2b>{YEAR})\b", lambda m, c: resolve_modified_range(_RangeMatch(m), c), priority=3),
    _r("year-range", rf"{_LEFT}(?P<y1>{YEAR})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}}){_RIGHT}", resolve_year_range,
       priority=2),
    _r("decade", r"(?<![\w$£€¥#/.])(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<dec>(?:1[6-9]|20)\d0)['’]?s\b",
       resolve_decade, I),
    _r("modified-year", rf"\b(?:(?:early|late|mid)[\s-]+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"
       rf"(?P<year>{YEAR})\b", resolve_modified_year, I, priority=2),
    _r("year", rf"{_LEFT}(?P<year>{YEAR}){_RIGHT}", resolve_year),
    # "post-1959", "pre-2008": the year, as TimeML writes it (with a mod it does not carry here)
    _r("pre-post-year", rf"\b(?:[Pp]re|[Pp]ost)-(?P<year>{YEAR}){_RIGHT}", lambda m, c: ("DATE", m["year"]),
       priority=1),
    # ("early", "late" belong to the expression, TimeML's mod START and END: "late Tuesday", "early next week")
    _r("weekday", rf"\b(?P<t>(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:(?:[Tt]he\s+|[Tt]his\s+(?=(?i:past|coming)\s))?(?P<rel>(?i:last|next|this|coming|past|previous|following))\s+)?(?P<wd>{WEEKDAY})"
       rf"(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<plural>s\b)?)?)(?:['’]s\b)?", resolve_weekday, priority=2),
    # "Friday 16th", "Tuesday the 30th": the day of that number, in the month near the article
    # where it falls on that weekday (a month told after it is another rule's: "Sat 9 July")
    _r("weekday-ordinal", rf"\b(?P<wd>{_cap(FULL_WEEKDAYS)}),?\s+(?:the\s+)?(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
       r"(?=\s*[.,;:!?)]|\s*$|\s+(?:and|or|to|when|at|from|in|while|but|with|until)\b)", resolve_weekday_ordinal, priority=3),
    # ("soon", "shortly": adverbs of manner far more often than times; news corpora tag a quarter of
    # them. "Formerly" is TimeML's past reference as a clause's adverb, "formerly ran the bank", not
    # inside a noun phrase, "the formerly state-owned firm", where like "once" it names no time)
    _r("deictic-day", r"\b(?P<t>(?:(?:early|late|earlier|later)\s+(?=(?:today|tonight|yesterday|tomorrow)\b))?"
       r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|"
       r"nowadays|currently|presently|" rf"overnight(?!\s+(?!(?:{_AFTER_OVERNIGHT})\b)[a-z])|"
       r"at present|at the moment|(?<!\bas )(?:(?:more|most)\s+)?recently|lately|(?<!\bthe )(?<!\ba )(?<!\ban )formerly(?![\w-]+-)|(?<=in )the past" rf"(?!\s+(?:{NUM}|couple)\b)|now))"
       r"(?:['’]s\b)?(?![\w-])", resolve_deictic_day, I),
    # ("current" before a noun is left out: "the current situation" names no time of its own)
    _r("vague-ref", r"\b(?P<t>(?P<w>these\s+days|the\s+(?:(?:near|distant|foreseeable|immediate)\s+)?future"
       r"|the\s+(?:near|short)\s+term|(?:coming|future)\s+(?:days|weeks|months|years|quarters|decades)"
       r"|the\s+(?:days|weeks|months|years|decades)\s+(?:ahead|to\s+come)|(?:years|decades)\s+to\s+come"
       r"|recent\s+(?:days|weeks|months|years|decades|quarters)))\b(?!-)", resolve_vague_ref, I),
    # ("late last night", "early this morning": TimeML's extent holds the modifier)
    _r("part-of-day", r"\b(?:(?:early|late)\s+)?(?P<rel>this|last|yesterday|tomorrow)\s+(?P<pod>morning|afternoon|evening|night)\b",
       resolve_part_of_day, I, priority=2),
    # "up on this time last year", "at the same time last month": that unit, one back or on
    _r("this-time-last", r"\b(?:this|the\s+same)\s+time\s+(?P<rel>last|next)\s+(?P<unit>week|month|year)\b(?!-)",
       resolve_this_time_last, I, priority=2),
    _r("deictic-period", r"\b(?:(?:earlier|later|early|late)\s+|mid-|(?P<the>the)\s+)?(?:(?P<recent>this)\s+(?=past\s))?"
       r"(?P<rel>this|last|next|past|previous|coming|current)\s+"
       r"(?:fiscal\s+|(?:financial|tax)\s+(?=year))?(?P<unit>week|weekend|fortnight|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)\b(?!-)",
       resolve_deictic_period, I, priority=1),
    _r("season-year", rf"\b(?:[Tt]he\s+(?=\w+\s+of\s))?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
       rf"(?:\s+of)?\s+(?:(?P<year>{YEAR})\b"
       # ("the winter of 2031-32": one winter, named by the year it begins in)
       rf"(?:(?:(?<=[Ww]inter\s\d{{4}})|(?<=[Ww]inter\sof\s\d{{4}}))[-–/](?P<then>\d\d)\b(?!-))?"
       rf"|['’](?P<yy>\d\d)(?![\w'’-]))",
       resolve_season_year, priority=2),
    # "returned in '68", "the class of '98", "from '05 to '09": a year written with its last two figures
    _r("year-told-short", r"(?<=\s)['’](?P<yy>\d\d)(?![\w'’%-]|[.,]\d)", resolve_year_told_short, priority=2),
    # "by mid-morning", "at midafternoon", "orders placed in the morning": a part of the day told
    # last ("the morning after", "the morning session" are things, not times)
    _r("told-part-of-day", r"\b(?:mid[- ]?(?P<pod>morning|afternoon|evening)|(?:(?<=\bin\s)|(?<=\b[Bb]y\s))the\s+(?P<pod2>morning|afternoon|evening))"
       r"\b(?![- ](?:of|after|before|session|sessions|paper|papers|show|shows|news|edition|rush|commute|prayers?|star)\b)",
       resolve_told_part_of_day, I, priority=1),
    # ("the night before", "the morning after", closing their clause: of the day told; "the night
    # before the vote" is of an event whose day is not told)
    _r("anaphoric-pod", r"\b(?:(?:the\s+(?P<rel>next|following|previous)|(?P<that>that))\s+"
       r"(?P<pod>morning|afternoon|evening|night)\b|the\s+(?P<pod2>morning|afternoon|evening|night)\s+(?P<rel2>before|after)"
       r"(?=\s*[,.;:!?)\"”]|\s+(?:and|but|when|while|as)\b))", resolve_anaphoric_pod, I, priority=2),
    # "on Saturday week", "a week on Monday", "a week from Friday", "a week today": the day a week
    # after the next such day (British news's way of saying the one after next; "spent a week on
    # Monday's plan", "took a week from Friday" are a length)
    _r("week-on", rf"\b(?:(?P<wd>{_cap(FULL_WEEKDAYS)})[ \xa0]week\b(?![-'’]|\s+(?:of|in|after|before|ahead|earlier|later|ago|to|"
       rf"and|or|the|a|an|that|which|when|long)\b)"
       r"|(?<!spent\s)(?<!spend\s)(?<!took\s)(?<!take\s)(?<!takes\s)(?<!for\s)(?<!lasted\s)(?<!within\s)(?<!after\s)"
       rf"[Aa]\s+week\s+(?:on|from)\s+(?P<wd2>{_cap(FULL_WEEKDAYS)})\b(?!['’])"
       rf"|[Aa]\s+week\s+(?P<deictic>today|tomorrow)\b)", resolve_week_on, priority=3),
    # "the week after next", "the year before last": two of them away from the article's
    _r("two-off", r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?:(?P<after>after\s+next)|before\s+last)\b",
       resolve_two_off, I, priority=3),
    _r("weekday-two-off", rf"\b(?:[Tt]he\s+(?P<wd>{_cap(FULL_WEEKDAYS)})\s+(?:(?P<after>after\s+next)|before\s+last)"
       rf"|(?P<n>two|three|four|[2-4])\s+(?P<wds>{_cap(FULL_WEEKDAYS)})s\s+ago)\b",
       lambda m, c: resolve_weekday_two_off(_WeekdaysAgo(m), c), priority=3),
    _r("anaphoric-day", r"\b(?:the\s+(?P<rel>next|following|previous|same|prior)\s+(?P<unit>day|weekend|week|month|year|"
       r"(?<=following\s)decade|(?<=previous\s)decade)"
       r"|the\s+(?P<unit_b>day|(?:weekend|week|month|year|decade)(?=\s+(?:before|after|prior)\b(?!\s+(?:the|a|an|his|her|its|their|to)\b)))"
       r"\s+(?P<rel2>before|after|prior))\b",
       lambda m, c: resolve_anaphoric(_AnaMatch(m), c),
       I, priority=2),
    # ("about", "just", "only" stay outside the extent, as annotators leave them; "nearly", "more than" in)
    _r("ago", rf"\b(?:(?:nearly|almost|around|some|roughly|more\s+than|less\s+than|over)\s+)?"
       rf"(?P<num>{NUM})(?P<half>\s+and\s+a\s+half|\s+1/2|\s*½)?\s+(?P<unit>{UNIT})(?P<half2>\s+and\s+a\s+half)?"
       rf"(?:\s+or\s+so)?(?:\s+(?:(?P<dir>ago|later|earlier|previously|hence|from now|back(?=\s*[.,;:!?)\"”]|\s+(?:when|and|but|"
       rf"it|he|she|they|we|the|a|an|this|that|there|police|officials|I)\b))\b(?!\s+than\b)"
       # ("a year before" with nothing after it counts from the last date told; "three days before
       # the election" is a length of time, anchored to an event)
       rf"|(?P<dir2>before|after)(?=\s*[.,;:!?)\"”]|\s*$|\s+(?:was|were|is|are|had|has|have|did|when|and|but)\b))"
       # "in two weeks' time": two weeks from now
       rf"|(?<=s)(?P<dir3>['’]\s+time)\b|(?P<dir4>['’]s\s+time)\b)",
       lambda m, c: resolve_ago(_AgoMatch(m), c), I, priority=3),
    _r("vague-duration", r"\b(?:for|over\s+the(?:\s+past)?)\s+(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)\b"
       r"|\b(?P<unit2>decades|years|months|weeks|days|hours)-long\b"
       # ("recovery could take days", "the talks took weeks": what a thing takes is a stretch, the unit alone)
       r"|(?:(?<=\btake\s)|(?<=\btakes\s)|(?<=\btook\s)|(?<=\btaking\s))(?P<unit3>minutes|hours|days|weeks|months|years)\b"
       r"(?!\s+(?:ago|later|earlier|before|after)\b)"
       # ("expected within hours", "sent within weeks": a stretch of no stated length, the unit alone)
       r"|(?<=\bwithin\s)(?P<unit4>minutes|hours|days|weeks|months|years)\b"
       # ("could collapse in a matter of days": a few of them)
       r"|\ba\s+matter\s+of\s+(?P<unit5>seconds|minutes|hours|days|weeks|months|years)\b",
       lambda m, c: resolve_vague_duration(_VagueMatch(m), c), I, priority=1),
    # "a day-long strike", "a decade-long war": one of the unit, long
    _r("unit-long", r"\b(?P<unit>day|week|month|year|decade|hour|century)-long\b",
       lambda m, c: ("DURATION", _duration_value("1", m["unit"])), I, priority=2),
    _r("duration", rf"\b(?:(?:nearly|almost|around|over|more\s+than|less\s+than|at\s+least|some|roughly|"
       rf"approximately|up\s+to|the\s+(?:past|last|next|first|previous|coming|following)"
       # "the nine months ended Sept. 30", "the four days of talks": a stretch named with its article
       rf"|the(?=\s+[\w.]+\s+(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades)\b))\s+)?"
       # ("two to three weeks", "5-6 hours": a range of counts is one stretch, at least the first)
       rf"(?:(?P<between>between\s+)?(?P<low>{NUM})(?:\s*[-–]\s*|\s+(?:to|or|(?(between)and|(?!)))\s+)(?!an?\s)(?=[\w.]+[\s-]+(?:(?:more|additional|further|extra|straight|consecutive|"
       rf"trading|business|working|long|full|whole)\s+)?(?:{UNIT})\b))?"
       rf"(?:(?P<halfof>[Hh]alf)\s+(?=an?\s))?(?P<num>{NUM})(?P<half>\s+and\s+a\s+half|\s+1/2|\s*½)?(?:\s+(?:more|additional|further|extra|"
       # ("two long days", "three full weeks": the count's own length, told with its weight)
       rf"straight|consecutive|trading|business|working|(?P<weight>long|full|whole|short)))?(?P<hy>[\s-]+)(?P<unit>{UNIT})\b"
       r"(?P<half2>\s+and\s+a\s+half\b)?(?:\s+or\s+so\b)?(?![-–](?!long)\w|\s+old\b)",
       # ("a long day" is what a day was like, not a stretch counted)
       # ("a full-year profit": a modifier, the year's figure)
       # ("between 7 and 10 days", "seven or eight days" as "7 to 10 days"; "and" only after
       # "between", and never before "a": "on June 30 and a second on July 7" holds no stretch)
       # ("about a quarter of business computers", "three quarters of the homes": a share, not a
       # stretch; a quarter of a century or an hour is read whole by its own rule)
       lambda m, c: None if m["weight"] and ("-" in m["hy"] or m["num"].lower() in ("a", "an")
                                            and m["weight"].lower() in ("long", "short"))
       or m["unit"][:7].lower() == "quarter" and _SHARE_AFTER.match(m.string, m.end())
       else resolve_duration(_DurMatch(m), c), I),
    _r("century-part", r"\b(?:(?:a\s+)?(?P<frac>quarter|half)[\s-]+(?:of\s+)?(?:a\s+)?century)"
       r"(?:\s+(?P<dir>ago|later|earlier))?\b", resolve_century_part, I, priority=3),
    # "a quarter of an hour", "three quarters of an hour": 15 and 45 minutes
    _r("hour-part", r"\b(?P<n>a|one|three)\s+quarters?\s+of\s+an\s+hour\b",
       lambda m, c: ("DURATION", "PT45M" if m["n"].lower() == "three" else "PT15M"), I, priority=3),
    _r("weekdays", rf"\b(?P<wd>{_cap(FULL_WEEKDAYS)})s\b", resolve_weekdays, priority=2),
    # "open on weekends", "every weekend": TimeML's SET of them, XXXX-WXX-WE ("weekends" counted,
    # "two weekends", is a length; the preposition tells the habit)
    _r("weekends", r"\b(?:(?:on|at|over|during)\s+(?:the\s+)?(?P<t>weekends)|(?P<every>every|each)\s+weekend)\b",
       resolve_weekends, I, priority=2),
    _r("every-n", rf"\b(?:every|each)\s+(?P<num>other|{NUM})\s+(?P<unit>{UNIT})\b", resolve_every_n, I, priority=2),
    # ("every other Saturday": each such day, every second week; "every spring": each year's season)
    _r("set", rf"\b(?:(?P<w>{_alt(SET_WORDS)})|(?P<every>every|each)\s+(?:other\s+(?=(?:{_alt(FULL_WEEKDAYS)})\b))?"
       rf"(?P<unit>day|week|month|quarter|year|hour|"
       rf"{_alt(FULL_WEEKDAYS)}|{_alt(FULL_MONTHS)}|{_alt(SEASONS)}|(?=morning|afternoon|evening|night))"
       rf"(?:\s*(?P<pod>morning|afternoon|evening|night))?)\b", resolve_set, I),
    _r("quarter", rf"\b(?:the\s+(?!(?:fiscal\s+)?\w+-))?(?:fiscal\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final|previous|preceding|prior|past|"
       rf"this|current|next|coming|back|latter|front)(?P<hy>[\s-]+)(?:fiscal\s+)?(?P<unit>quarter|half)(?:(?:\s+(?:of|in))?\s+(?:fiscal\s+)?"
       rf"(?P<year>{YEAR})|\s+of\s+(?P<yrel>this|next|last|the)\s+(?:calendar\s+|fiscal\s+|financial\s+)?year|\s+(?P<yrel2>this|next|last)\s+year)?\b(?!-\w)"
       # ("the second quarter in a row" counts quarters, it names none; a "second-half goal" and a
       # "fourth-quarter touchdown" are a match's)
       # ("the first half against Leeds" is a match's too)
       rf"(?!\s+(?:in\s+a\s+row|running)\b)(?!\s+(?:{_MATCH_TIME_NOUNS})\b)(?!\s+(?:against|versus|vs\b\.?)\s)",
       resolve_quarter, I, priority=2),
    # "in the second and fourth quarters (of 2035)": two quarters, each its own expression (the
    # first ordinal takes the year and the noun told after the second)
    _r("quarter-pair-first", rf"(?<=\bthe\s)(?P<q>first|second|third)(?=\s+and\s+(?:second|third|fourth)\s+quarters\b"
       rf"(?:\s+of\s+(?P<year>{YEAR}))?)", resolve_quarter_pair, I, priority=2),
    _r("quarter-pair-second", rf"(?<=\bthe\s)(?:first|second|third)\s+and\s+(?P<t>(?P<q>second|third|fourth)\s+quarters\b"
       rf"(?:\s+of\s+(?P<year>{YEAR}))?)", resolve_quarter_pair, I, priority=2),
    # "the same quarter last year", "the corresponding period a year earlier": the report's period, a year back
    # ("the same quarter of 2015": the report's period, in the year named)
    _r("period-year-before", r"\bthe\s+(?:(?P<same>same|corresponding|comparable|like)\s+)?(?:fiscal\s+)?"
       r"(?P<unit>quarter|period|three\s+months|month)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:earlier|ago|before)"
       rf"|(?:of\s+)?the\s+(?:previous|prior)\s+year|(?:of\s+)?the\s+year\s+(?:before|prior)|(?:of|in)\s+(?P<year>{YEAR}))\b",
       resolve_period_year_before, I, priority=3),
    _r("report-period", r"\bthe\s+(?:(?P<latest>latest|most\s+recent|same|recent)\s+)?(?:fiscal\s+)?"
       # ("the quarter-final", "the quarter-hour mark": no quarter of a year)
       r"(?P<unit>quarter|period|three\s+months)\b(?!-\w)(?!\s+(?:of|century)\b)", resolve_report_period, I, priority=1),
    _r("the-year", r"\b(?:(?P<pre>for|in|during|over|through|throughout)\s+)?(?P<t>the\s+(?:(?P<mod>fiscal|financial(?=\s+year)|full|"
       r"entire|whole)\s+)?(?:(?:long|holiday|bank\s+holiday)\s+(?=weekend))?(?P<unit>year|weekend))\b"
       r"(?![-’']|\s+(?:(?:of|before|after|prior|earlier|later|ago)\b|\d))",
       resolve_the_year, I),
    # a market's or a league's summary of its week: "For the week, the index fell", "the week's busiest session"
    # (and of its day, as a market report writes it: "For the day, the Dow fell 2%", "rose 1% on the
    # day.", "the day's biggest gainer"; not "during the day", its daytime, nor "on the day of ...")
    _r("the-week", r"\b(?:(?:for|during)\s+(?P<t>the\s+week)\b(?![-’']|\s+(?:of|before|after|ahead|earlier|later|ago|"
       r"following|end|ending|ended|commencing|beginning|starting|to|that|when|in|on|at|by|until|\d)\b)"
       r"|(?<=\bfor\s)the\s+day(?=\s*[.,;:]|\s+and\b)|(?<=\bon\s)the\s+(?:week|day)(?=\s*[.,;:])"
       r"|the\s+(?:week|day)(?=['’]s\b))",
       resolve_the_week, I),
    # ("the Easter weekend", "Labor Day weekend": the weekend the holiday falls in or next to)
    _r("holiday", rf"\b(?:the\s+(?=(?:{_HOLIDAY_NAMES})(?:\s+holiday)?\s+weekend\b))?(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+|(?P<every>[Ee]very|[Ee]ach)\s+)?"
       rf"(?P<name>{_HOLIDAY_NAMES})\b(?:,?\s+(?P<year>{YEAR})\b|(?:\s+holiday)?\s+(?P<we>weekend)\b)?",
       resolve_holiday, priority=3),
    # ("the" belongs to the period it names, not to a modifier: "the year-ago quarter", "the [year-ago] loss")
    # ("the prior-year period", "the previous-year quarter": the same, as filings write it)
    # ("the year-ago third quarter", "the year-earlier first quarter": that quarter, a year before the report's)
    _r("year-earlier", r"\b(?:the\s+(?=(?:year-(?:earlier|ago)|(?:prior|previous)-year)\s+(?:fiscal\s+)?"
       r"(?:(?:first|second|third|fourth)\s+(?:fiscal\s+)?)?(?:quarter|period|three\s+months)))?"
       r"(?:year-(?:earlier|ago)|(?:prior|previous)-year(?=\s+(?:fiscal\s+)?"
       r"(?:(?:first|second|third|fourth)\s+(?:fiscal\s+)?)?(?:quarter|period|three\s+months)))"
       r"(?:\s+(?:fiscal\s+)?(?:(?P<q>first|second|third|fourth)\s+(?:fiscal\s+)?(?=quarter))?(?:quarter|period|three\s+months))?\b",
       resolve_year_earlier, I, priority=2),
    # ("11.30am", "9.30 a.m.": the point British news writes between hours and minutes)
    _r("time", rf"(?<![\d:.])(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?)?\s*(?P<ampm>[ap]\.m\.|[AP]\.M\.|[ap]\.m(?![\w.])|[ap]m(?![A-Za-z])|[AP]M(?![A-Za-z]))"
       rf"(?:\s*(?P<tz>{ZONES})(?![A-Za-z]))?", resolve_time, priority=2),
    _r("clock", rf"(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d))?(?!:?\d)(?P<ampm>)(?:\s*(?P<tz>{ZONES})(?![A-Za-z]))?",
       resolve_time, priority=2),
    # "at 16.00 CET", "19.45 GMT": a 24-hour clock with the point European news writes between hours
    # and minutes, only with the zone that makes the figures a time ("rose 16.00 points" is none)
    _r("dot-clock", rf"(?<![\d:.,])(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?P<sec>)(?P<ampm>)\s?(?P<tz>{ZONES})(?![A-Za-z])",
       resolve_time, priority=2),
    # "at 0800 GMT": four figures of a 24-hour clock, only with the zone that makes them a time
    # ("at 2000 local time", "by 0600 hours": after a preposition, with the words that make them a clock)
    _r("wire-time", r"(?<![\d.,:])(?:(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?P<sec>)(?P<ampm>)\s?(?P<tz>GMT|UTC)(?![A-Za-z])|"
       r"(?<=\b(?:at|by) )(?P<t>(?P<h2>[01]\d|2[0-3])(?P<mi2>[0-5]\d)(?=\s(?:local\s+time|hours|hrs?)\b)"
       r"(?:\s(?:hours|hrs?\b\.?))?)(?!\s+of\b))",
       lambda m, c: resolve_time(_WireTimeMatch(m), c), priority=3),
    _r("noon", r"\b(?P<w>noon|midnight|midday)\b", resolve_noon, I),
    # "at 4 in the morning", "3:30 in the afternoon", "8 o'clock in the evening"
    _r("clock-pod", r"(?<![\d:.,])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s+(?:o['’]clock\s+)?in\s+the\s+"
       r"(?P<pod>morning|afternoon|evening)\b", resolve_clock_pod, I, priority=2),
    # "at 7 tonight", "at 3 this afternoon", "by 10 tomorrow morning": an hour alone before the day's
    # part that says which (joined to it, as "6pm tonight" is)
    _r("hour-before-part", r"\b(?:at|by|until|till|from|before|after|around|about)\s+(?P<t>(?P<h>1[0-2]|0?[1-9])"
       r"(?:[:.](?P<mi>[0-5]\d))?)(?=\s+(?:tonight|this\s+(?:morning|afternoon|evening)|(?:tomorrow|yesterday)\s+"
       r"(?:morning|afternoon|evening|night))\b)", resolve_hour_alone, I, priority=2),
    # "from 2 to 4 p.m.", "between 10 and 11 a.m.": the first hour shares the second's a.m. or p.m.
    _r("hour-of-range", r"\b(?:from|between)\s+(?P<t>(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?)"
       r"(?=\s*(?:-|–|to|and|until|till)\s*(?P<h2>1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?P<ampm>[ap])\.?m\b)",
       resolve_hour_alone, I, priority=2),
    # "at six in the morning", "at eight o'clock", "by 10 o'clock": an hour in words only after the
    # preposition that makes it a time of day ("six in the morning session" is a count)
    _r("clock-words", rf"\b(?:at|about|around|by|until|till|before|after|from|since)\s+(?P<t>(?P<h>{_CLOCK_HOURS})"
       r"(?:\s+o['’]clock(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?|\s+in\s+the\s+(?P<pod2>morning|"
       r"afternoon|evening)))\b", lambda m, c: resolve_clock_pod(_ClockWordsMatch(m), c), I, priority=2),
    # "at half past three", "by a quarter to midnight", "at ten past six this morning": the clock in
    # words (after a preposition of time; "a quarter to a third of voters" is a share)
    _r("clock-past-to", rf"\b(?:at|about|around|by|until|till|before|after|from|since)\s+(?P<t>(?P<mi>half|(?:a\s+)?quarter|"
       rf"twenty-five|twenty|ten|five|[1-5]?\d)\s+(?:minutes\s+)?(?P<dir>past|to|after)\s+(?P<h>{_CLOCK_HOURS}|midnight|noon)"
       r"(?:\s+o['’]clock)?(?:\s+in\s+the\s+(?P<pod>morning|afternoon|evening))?)\b(?![:.]\d)", resolve_clock_past_to, I, priority=3),
    # ("by mid-century", "until mid-decade": the middle of the century or decade, after a preposition
    # of time; "mid-century houses" is a style)
    _r("period-of", r"\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:the\s+(?:(?P<rel>next|last|previous|coming)\s+)?|(?P<rel2>this|next|last)\s+)"
       r"(?P<unit>week|month|year|quarter|decade|century)"
       r"|(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bsince\s)|(?<=\baround\s)"
       r"|(?<=\bfrom\s))mid-?(?P<unit2>decade|century))\b(?![-’'])", resolve_period_of, I, priority=2),
    _r("ordinal-day", r"\b(?:on|by|until|till|since|before|after|from|through|(?:morning|afternoon|evening|night)\s+of)\s+the\s+(?P<t>(?P<d>[1-9]|[12]\d|3[01])"
       r"(?:st|nd|rd|th))\b(?=\s*[.,;:!?)]|\s*$|\s+(?:and|or|to|when|at|while|whereas|but|with|against|before|after|"
       r"until|if|unless|because|as|amid|despite|following)\b)", resolve_ordinal_day, I, priority=1),  # (a clause after it, not the noun it ranks: "on the 18th hole")
    # "around the turn of the year": the year that begins then (before "the year before" in it)
    _r("year-turn", r"\bthe\s+turn\s+of\s+the\s+year\b", resolve_year_turn, I, priority=3),
    # "at the turn of the century", "by the turn of the last century": the year a century turns
    _r("century-turn", r"\bthe\s+turn\s+of\s+the\s+(?:(?P<rel>last|next|this|past|previous|new)\s+|(?P<n>\d{1,2})(?:st|nd|rd|th)\s+)?"
       r"century\b", resolve_century_turn, I, priority=3),
    _r("century", r"\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<n>\d{1,2}(?:st|nd|rd|th))[\s-]+century\b",
       resolve_century, I, priority=2),
    # "the first decade of this century", "the last decade of the 20th century": that decade (TimeML's 200, 199)
    _r("decade-of-century", rf"\bthe\s+(?P<q>{_alt(DECADE_ORDINALS)})\s+decade\s+of\s+(?:the\s+)?"
       r"(?:(?P<rel>this|last|next|past|previous|present|current|new)\s+|(?P<n>\d{1,2})(?:st|nd|rd|th)\s+)?century\b",
       resolve_decade_of_century, I, priority=3),
]
# A weekday's words before it ("the previous Friday", "early Tuesday") are read by the same rule run
# in a wider window, only where such a word comes just before the weekday; everywhere else the rule
# is one anchored attempt at the weekday itself.
RULES.append(replace(next(r for r in RULES if r.name == "weekday"), triggers=(("weekday", 22, 16),),
                     guards={"weekday": Guard(frozenset({"last", "next", "this", "coming", "past", "previous",
                                                         "following", "early", "late"}))}))


class _ClockWordsMatch:
    """"at eight o'clock in the evening", "at six in the morning": the part of the day to one group."""
    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        return self.m["pod"] or self.m["pod2"] if k == "pod" else None if k == "mi" else self.m[k]


class _QuarterCodeMatch:
    """The year of "Q3 2013" and of "3Q13" to one group."""
    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        return self.m["year"] or self.m["yy"] if k == "year" else self.m[k]


class _MonthDayMatch:
    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        if k == "yrel":  # "April 1 next year": the year told right after the day
            after = _YEAR_REL_AFTER.match(self.m.string, self.m.end())
            return after.group(1).lower() if after else None
        return self.m["d2"] or self.m["d2b"] if k == "d2" else self.m[k]


_YEAR_REL_AFTER = patterns.compile(r",?\s+(next|last|this)\s+year\b", re.I)


class _RangeMatch:
    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        return self.m[k] or self.m[k + "b"]


class _AgoMatch:
    """'a year before' (with nothing after it) reads as 'a year earlier'."""
    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        if k == "dir":
            if self.m["dir3"] or self.m["dir4"]:
                return "from now"
            if self.m["dir"]:
                # ("a year previously": a year earlier; "a few years back": ago)
                return {"previously": "earlier", "back": "ago"}.get(self.m["dir"].lower(), self.m["dir"])
            return {"before": "earlier", "after": "later"}[self.m["dir2"].lower()]
        return self.m[k]

    @property
    def told_back(self) -> bool:
        """Written "back" ("two weeks back"), which a verb of moving can take too."""
        return bool(self.m["dir"]) and self.m["dir"].lower() == "back"

    def end(self):
        return self.m.end()

    @property
    def string(self):
        return self.m.string


class _AnaMatch:
    """Present 'the day before' and 'the next day' to one resolver."""
    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        if k == "unit":
            return self.m["unit"] or self.m["unit_b"]
        return self.m[k]


class _VagueMatch:
    def __init__(self, m):
        self.m = m

    def __getitem__(self, k):
        if k == "unit":
            return self.m["unit"] or self.m["unit2"] or self.m["unit3"] or self.m["unit4"] or self.m["unit5"]
        return self.m[k]


# "15 tankers a year", "twice a day", "$5 per hour": a count, then a rate
# (a number closing a sentence is no count: "on September 18. Less than a week after ...")
# ("four ballots a day", "three pills a day": a count in words too)
_RATE_BEFORE = patterns.compile(r"(?:(?:\d(?:[\d,.]*\d)?%?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|"
                          r"several|many|few))\s+(?:(?!(?:in|over|within|for|during|after|with|by|from|at|on|before|until|and|or|but)\s)"
                          r"[a-z-]+\s+){0,2}"
                          r"|\bper\s|\bonce[\s-]|\btwice[\s-]|\btimes[\s-]"
                          # ("losing US$400m a year", "£5bn a year": an amount in figures and its scale)
                          r"|\d(?:[.,]\d+)?\s?(?:m|bn|k|mn|million|billion|trillion)\s"
                          # ("millions of dollars a year", "thousands of barrels a day": an amount in words)
                          r"|\b(?:dollars|euros|pounds|yen|yuan|rupees|cents|percent|barrels|tons|tonnes|gallons)\s"
                          # ("three days a week", "several months a year": a stretch counted each period)
                          r"|\b(?:minutes|hours|days|nights|weeks|months)\s)$")


class _DurMatch:
    """A duration after a number or 'per' ('15 a year', 'twice a day') is a SET."""
    def __init__(self, m):
        self.m = m
        s = m.string[max(0, m.start() - 40):m.start()].lower()
        self.per = bool(_RATE_BEFORE.search(s))

    def __getitem__(self, k):
        if k == "per":
            return self.per
        if k == "half":
            return self.m["half"] or self.m["half2"]
        if k == "num" and self.m["halfof"]:
            return "0.5"  # "half an hour"
        return self.m[k]

    def start(self, group=0):
        return self.m.start(group)

    def end(self):
        return self.m.end()

    @property
    def string(self):
        return self.m.string

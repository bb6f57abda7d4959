"""Find time expressions and normalise them: run every rule, keep the longest matches, resolve in order.

Resolution runs in text order because anaphora need the story so far: 'the next day' counts from the
last day mentioned, and in an undated article a yearless 'January 7' takes the last year written out.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from datetime import date, timedelta

from . import patterns, timevalues as tv
from .time_names import name_reader
from .holidays import HOLIDAYS, holiday_date
from .lexicon import WEEKDAYS
from .model import Span, Timex
from .tense import MOVED, PUT_OFF, nearest_tense, tense_cues
from .timex_rules import COMPARED_WITH, DAYS_TO, RULES, SENTENCE_OPENING, TRIGGER_OF_WORD, WEEK_VALUE, ZONES, Context, figure_base_before

TRIGGER_WORD_SET = frozenset(TRIGGER_OF_WORD)
TRIGGER_WORD_BYTES = frozenset(w.encode() for w in TRIGGER_OF_WORD)

_YEAR_IN = patterns.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")
_CONTENT = patterns.compile(r"[A-Za-z][A-Za-z-]{3,}")
TENSE_REACH = 120  # characters either side within which a verb may govern a date
LONG_SENTENCE = 600  # characters: a sentence no longer than this is read whole when no verb is near a date
WINDOW = 80  # characters of context on each side that describe what a date is the date of
STOPWORDS = frozenset("""
that this with from have will would been were they their there which what when where while about after
before said says also than them then into over under more most such only other some could should
""".split())


def content_words(s: str) -> frozenset:
    return frozenset(w for w in (m.group().lower() for m in _CONTENT.finditer(s)) if w not in STOPWORDS)


def tense_reader(text: str, sentences: list[Span]):
    """tense_of(start, end): the tense governing the expression there, read from the clause around
    it (its sentence, at most TENSE_REACH either side); each clause's cues are read once."""
    starts = [s.start for s in sentences]
    cues_of: dict[tuple[int, int], list] = {}

    def read(lo: int, hi: int, a: int, b: int) -> str | None:
        clause = text[lo:hi]
        cues = cues_of.get((lo, hi))
        if cues is None:
            cues = cues_of[lo, hi] = tense_cues(clause)
        return nearest_tense(clause, cues, a - lo, b - lo)

    def tense_of(a: int, b: int) -> str | None:
        i = bisect.bisect_right(starts, a) - 1
        s_lo, s_hi = (sentences[i].start, sentences[i].end) if i >= 0 and sentences[i].end >= b else (0, len(text))
        lo, hi = max(s_lo, a - TENSE_REACH), min(s_hi, b + TENSE_REACH)
        tense = read(lo, hi, a, b)
        if tense is None and hi - lo < s_hi - s_lo <= LONG_SENTENCE and not cues_of[lo, hi]:
            # "In January, a week after the 25th anniversary of ... , a bombing in Birmingham killed
            # ...": no verb near the date, the sentence's own verb far on tells it (or far before
            # it: "Flights will run ..., rising to daily ... in late October")
            tense = read(lo, s_hi, a, b) if hi < s_hi else read(s_lo, hi, a, b)
        return tense

    return tense_of


def find_timexes(text: str, dct: date | None, sentences: list[Span], start: int = 0) -> list[Timex]:
    starts = [s.start for s in sentences]
    in_name = name_reader(text, sentences, starts)
    cands = [c for c in _candidates(text, start) if not in_name(c[0], c[1], c[2].name)]
    chosen = _select(cands)
    tense_of = tense_reader(text, sentences)

    def sentence_of(a: int, b: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, a) - 1
        return (sentences[i].start, sentences[i].end) if i >= 0 else (max(0, a - 200), b + 200)

    def words_near(a: int, b: int) -> frozenset:
        """The words of the anaphor's whole sentence."""
        lo, hi = sentence_of(a, b)
        return content_words(text[lo:hi])

    def words_before(a: int, b: int, prev_end: int) -> frozenset:
        """What a date is the date of: the words leading up to it, back to the previous date (for a
        date opening its sentence, "On June 7, two lanes will open", the clause it opens)."""
        lo, hi = sentence_of(a, b)
        if lo >= prev_end and len(text[lo:a].split()) <= 1:
            return content_words(text[b:min(hi, b + WINDOW)])
        return content_words(text[max(lo, prev_end, a - WINDOW):a])

    ctx = Context(dct, tense_of, words_near, lambda where: words_before(*where))
    ctx.sentence_of, ctx.text = sentence_of, text
    out: list[Timex] = []
    prev_end = 0
    for a, b, rule, m in chosen:
        ctx.span = (a, b)
        ctx.frame_year = _frame_year(text, out, a, sentence_of(a, b)[0]) if out else None
        # (a value past the calendar's edges, "3000 years ago" in a text of the year 1200, is no
        # value: the expression is left out, the article read on)
        resolved = tv.safely(rule.resolve, m, ctx)
        if resolved is None:
            # a reading that names no value here ("the three months" is a report's period only where
            # a quarter was named) gives way to the best other reading inside its span that names one
            # ("three months"; "the same period in 2008" with no period told: "2008")
            for alternative in _fallbacks(cands, a, b, rule):
                ctx.span = alternative[:2]
                resolved = tv.safely(alternative[2].resolve, alternative[3], ctx)
                if resolved is not None:
                    a, b, rule, m = alternative
                    break
            if resolved is None:
                continue
        typ, value = resolved
        if typ == "DATE" and _FULL_DAY.fullmatch(value) and (week_of := _WEEK_OF_BEFORE.search(text, max(0, a - 24), a)):
            # "the week of Sept. 20", "the week beginning 13 May": the week that holds the day
            # (a week counted from its first day is the one holding its middle: "commencing" a Sunday)
            # ("the weekend of Aug. 17": the weekend of that day's week)
            weekend = week_of.group(1) == "weekend"
            middle = date.fromisoformat(value) + timedelta(days=0 if week_of.group(2) == "of" or weekend else 3)
            a, (year, week, _) = week_of.start(), middle.isocalendar()
            value = f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")
        if out and (typ == "DATE" and _DAY_VALUE.fullmatch(value) or typ == "TIME" and _PART_OF_DAY_VALUE.fullmatch(value)
                    and _ON_A_DAY_GAP.search(text, out[-1].end, a)) and out[-1].type == "TIME" \
                and _CLOCK_VALUE.search(out[-1].value) and _TIME_DAY_GAP.fullmatch(text, out[-1].end, a) \
                and (rule.name != "weekday" or "," not in text[out[-1].end:a]):
            # "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST, Nov. 6", "9 am on Monday morning": one
            # time, on the day that follows it (not across a comma to a weekday: "At 6 p.m., Friday
            # was declared over")
            clock = out[-1].value.split("T", 1)[1]
            if clock == "24:00" and _AFTER_BEFORE.search(text, max(0, out[-1].start - 24), out[-1].start):
                clock = "00:00"  # "just after midnight on Wednesday": the midnight that begins that day
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "TIME", value[:10] + "T" + clock)
            if out[-1].value.endswith("Z") and text[out[-1].start - 1:out[-1].start] == "(":
                # "at about 1 a.m. (1600 GMT on Saturday)": the clock told again in universal time;
                # its day is no day the story moves to (the clocks after it are on the local day)
                prev_end = b
                continue
        elif out and typ == "DATE" and _FULL_DAY.fullmatch(value) and out[-1].type == "DURATION" \
                and _FROM_GAP.fullmatch(text, out[-1].end, a) \
                and not _LENGTH_BEFORE.search(text, max(0, out[-1].start - 12), out[-1].start) \
                and (counted := _counted_from(value, out[-1].value)) is not None:
            # "two weeks from Monday", "a week from today": the day that count lands on (not "closed
            # for two weeks from Monday", a stretch that starts then)
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "DATE", counted)
        elif out and dct is not None and typ == "DATE" and _FULL_DAY.fullmatch(value) \
                and (rule.name == "weekday" and text[a:b].lower() in WEEKDAYS or text[a:b].lower() == "yesterday") \
                and out[-1].type == "DATE" and text[out[-1].end:a] == " " \
                and (weeks := _WEEKS_AGO.fullmatch(out[-1].text)) is not None:
            # "a week ago Friday", "two weeks ago Sunday", "a week ago yesterday": that day, the weeks
            # before the last such one
            last = dct - timedelta(days=1) if text[a:b].lower() == "yesterday" else \
                dct - timedelta(days=(dct.isoweekday() - WEEKDAYS[text[a:b].lower()]) % 7)
            value = (last - timedelta(weeks=_WEEK_COUNTS.get(weeks[1].lower()) or int(weeks[1]))).isoformat()
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "DATE", value)
        elif out and typ == "DATE" and _FULL_DAY.fullmatch(value) and out[-1].type == "TIME" \
                and out[-1].text[:3].lower() == "mid" and _PART_OF_DAY_VALUE.fullmatch(out[-1].value) \
                and _TIME_DAY_GAP.fullmatch(text, out[-1].end, a):
            # "mid-afternoon yesterday", "by midmorning on Tuesday": that part of the day told
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "TIME", value + out[-1].value[10:])
        elif out and typ == "TIME" and _PART_OF_DAY_VALUE.fullmatch(value) and out[-1].type == "TIME" \
                and _CLOCK_VALUE.search(out[-1].value) and _CLOCK_PART_GAP.fullmatch(text, out[-1].end, a):
            # "6pm tonight", "at 9.00am this morning": the clock time on that day
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "TIME",
                            value.split("T", 1)[0] + "T" + _clock_in_part(out[-1], value[-2:]))
        elif out and typ == "DATE" and (week := WEEK_VALUE.fullmatch(value)) and _WEEK_TOLD.fullmatch(text, a, b) \
                and out[-1].type == "DATE" and out[-1].text.lower() in WEEKDAYS and _WEEKDAY_WEEK_GAP.fullmatch(text, out[-1].end, a):
            # "on Friday last week", "Tuesday of next week": that weekday of the week told
            d = date.fromisocalendar(int(week[1]), int(week[2]), WEEKDAYS[out[-1].text.lower()])
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "DATE", d.isoformat())
        elif out and typ == "DATE" and _DAY_VALUE.fullmatch(value) and out[-1].text.lower() == "overnight" \
                and _OVERNIGHT_GAP.fullmatch(text, out[-1].end, a):
            # "overnight on Saturday", "overnight Tuesday": that day's night
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "TIME", value + "TNI")
        elif out and typ == "DATE" and out[-1].type == "DATE" and (side := _DAY_BESIDE.fullmatch(out[-1].text)) \
                and _CLOCK_PART_GAP.fullmatch(text, out[-1].end, a) and (beside := _day_beside(value, side)):
            # "the day after Christmas", "the day before last Tuesday": one date, the day beside the one
            # named; "the week after Christmas", "the year before 2030": the period beside it
            value = beside
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "DATE", value)
        elif out and typ == "DATE" and _FULL_DAY.fullmatch(value) and out[-1].type == "DATE" \
                and _COUNTED_FROM_TOLD.search(out[-1].text) and _APPOSED_DAY_GAP.fullmatch(text, out[-1].end, a) \
                and _APPOSITION_END.match(text, b):
            # "a runoff will be held two weeks later, on Nov. 24": the day told beside it is the day it counts to
            out[-1] = Timex(out[-1].start, out[-1].end, out[-1].text, "DATE", value)
            out.append(Timex(a, b, text[a:b], typ, value))
        elif out and typ == "DATE" and len(value) == 4 and value.isdigit() and out[-1].type == "DATE" \
                and _YEARS_COUNTED_FROM_TOLD.search(out[-1].text) and _APPOSED_YEAR_GAP.fullmatch(text, out[-1].end, a) \
                and _APPOSITION_END.match(text, b):
            # "made his debut two years later, in 1998": the year told beside it is the year it counts to
            out[-1] = Timex(out[-1].start, out[-1].end, out[-1].text, "DATE", value)
            out.append(Timex(a, b, text[a:b], typ, value))
        elif out and dct is not None and typ == "DATE" and value == dct.isoformat() and text[a:b].lower() == "today" \
                and out[-1].type == "DATE" and _AGO_TOLD.search(out[-1].text) and text[out[-1].end:a] == " " \
                and (same_day := _same_day_in(out[-1].value, dct)) is not None:
            # "Fifty years ago today", "a month ago today": this day of that year or month
            value = same_day
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "DATE", value)
        elif out and rule.name == "ago" and out[-1].type == "DATE" and _PERIOD_GAP.fullmatch(text, out[-1].end, a) \
                and (moved := _moved(out[-1].value, m)) is not None:
            # "the same week a year before", "the quarter a year ago": that period, moved
            value = moved
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "DATE", value)
        elif out and typ == "TIME" and out[-1].type == "SET" and _WEEKLY_VALUE.fullmatch(out[-1].value) \
                and (clock := _CLOCK_VALUE.search(value)) and _SET_CLOCK_GAP.fullmatch(text, out[-1].end, a) \
                and not _ends_a_span_of_days(text, out):
            # "Airs: Sundays, 10 p.m. EST", "on Tuesdays at 7pm": that clock every such day (the hours
            # after "Monday to Friday" are every one of its days': the clock stays apart)
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "SET", out[-1].value + clock.group())
            prev_end = b
            continue
        elif out and typ == "SET" and _WEEKLY_VALUE.fullmatch(value) and out[-1].type == "TIME" \
                and (clock := _CLOCK_VALUE.search(out[-1].value)) and out[-1].value.endswith(clock.group()) \
                and _CLOCK_SET_GAP.fullmatch(text, out[-1].end, a) and not _SPAN_OF_DAYS_REST.match(text, b):
            # "until 9 p.m. on Fridays", "6 a.m. Sundays": that clock every such day (not the end of
            # the hours before a span of days, "opens 9am-5pm Monday to Saturday": every one of its days')
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "SET", value + clock.group())
            prev_end = b
            continue
        elif out and typ == "DURATION" and out[-1].type == "DURATION" and _DURATION_AND_GAP.fullmatch(text, out[-1].end, a) \
                and (joined := _joined_duration(out[-1].value, value)) is not None:
            # "an hour and 25 minutes", "2 minutes and 40 seconds", "two years and six months": one
            # length, in its units from the largest down
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "DURATION", joined)
            prev_end = b
            continue
        elif out and typ == "TIME" and out[-1].type == "SET" and (weekly := _WEEKLY_CLOCK_VALUE.fullmatch(out[-1].value)) \
                and (clock := _CLOCK_VALUE.search(value)) and _CLOCK_RANGE_GAP.fullmatch(text, out[-1].end, a):
            # "Saturdays from 10 a.m. to 4 p.m.": the hours end at that clock every such day, not on a
            # day the story told
            out.append(Timex(a, b, text[a:b], "SET", weekly.group(1) + clock.group()))
            prev_end = b
            continue
        elif out and typ == "DATE" and out[-1].type == "SET" and out[-1].value == "P1Y" \
                and _MONTH_OR_DAY_VALUE.fullmatch(value) and not _YEAR_IN.search(text, a, b) \
                and _SET_DAY_GAP.fullmatch(text, out[-1].end, a) and not (rule.name == "day-of-month" and _WEEKDAY_WORD.search(text, a, b)):
            # "each year on May 30", "every year in June": the set of that day, or month, in every year
            # (not a weekday counted in its month, "every year on the third Monday in April": this
            # year's day is no day of the month every year)
            out[-1] = Timex(out[-1].start, b, text[out[-1].start:b], "SET", "XXXX" + value[4:])
            prev_end = b
            continue
        else:
            out.append(Timex(a, b, text[a:b], typ, value))
        _remember(ctx, value, text[a:b], (a, b, prev_end), rule.name)
        prev_end = b
    return _headline_days_from_the_lead(text, sentences, _second_days(text, _day_spans(text, dct, _open_ends(text, _rest_of_a_period(text, _clocks_after_their_part(text, _overnight_clock_spans(
        text, _clocks_before_their_day(text, _weekdays_with_their_days(text, _weekday_in_brackets(text, _weekdays_beside_a_day(
            text, _months_of_one_stretch(text, dct, _years_after_their_days(text, _clocks_of_a_set(
                text, _years_ago_this_period(text, out)))))))))))))))


HEADLINE_MAX = 120  # characters: a first line with no full stop, above the story, is its headline
LEAD_REACH = 400  # characters after the headline in which its story tells the same day again


def _headline_days_from_the_lead(text: str, sentences: list[Span], out: list[Timex]) -> list[Timex]:
    """"President visits flood zone Tuesday" above "The president toured the valley on Tuesday": a
    headline's present tells what happened as well as what is to come, so its weekday is the day the
    lead tells with the same word, in the lead's tense."""
    if not sentences or not out:
        return out
    head = sentences[0]
    line = text[head.start:head.end].rstrip()
    if len(line) > HEADLINE_MAX or line[-1:] in ".!?\"”" or "\n" not in text[head.start + len(line):head.start + len(line) + 3]:
        return out
    for i, t in enumerate(out):
        if t.start >= head.end:
            break
        word = t.text.lower()
        if t.type != "DATE" or word not in WEEKDAYS or not _FULL_DAY.fullmatch(t.value):
            continue
        again = next((u for u in out[i + 1:] if head.end <= u.start < head.end + LEAD_REACH and u.text.lower() == word), None)
        if again is not None and again.value != t.value and _FULL_DAY.fullmatch(again.value):
            out[i] = Timex(t.start, t.end, t.text, t.type, again.value)
    return out


_THIS_WEEK_OR_MONTH = patterns.compile(r"this\s+(?:week|month)", re.I)


# ("the rest of the year", "the remainder of the week", "the whole of next week": the period's part is
# told with it, in the one expression TimeML tags)
_PART_OF_PERIOD_BEFORE = patterns.compile(r"\b[Tt]he\s+(?:rest|remainder|balance|whole)\s+of\s+$")
_PERIOD_VALUE = patterns.compile(r"\d{4}(?:-(?:W\d\d|\d\d|Q\d|H\d|SP|SU|FA|WI))?")


# "tomorrow morning at 9", "tonight at 8.30": a bare hour just after a part of a day told is that part's
_AT_HOUR_AFTER = patterns.compile(r"\s+at\s+(?:about\s+|around\s+)?(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\b"
                                  r"(?!\s*(?:[ap]\.?m\b|%|percent|per\s+cent|[:.]\d|-\d|o['’]clock|years?\b|points?\b))")


def _clocks_after_their_part(text: str, out: list[Timex]) -> list[Timex]:
    added = []
    for i, t in enumerate(out):
        if t.type != "TIME" or not _PART_OF_DAY_VALUE.fullmatch(t.value) or not text.startswith(" at ", t.end):
            continue
        m = _AT_HOUR_AFTER.match(text, t.end)
        if m is None or i + 1 < len(out) and out[i + 1].start < m.end():
            continue
        # (the hour of the dial that falls in that part of the day)
        h = next((h for h in (int(m["h"]) % 12, int(m["h"]) % 12 + 12) if h in _PART_HOURS.get(t.value[-2:], ())), None)
        if h is None:
            continue
        clock = f"{h:02d}:{m['mi'] or '00'}"
        added.append(Timex(m.start("h"), m.end(), text[m.start("h"):m.end()], "TIME", f"{t.value[:10]}T{clock}"))
    return sorted(out + added, key=lambda t: t.start) if added else out


# ("2038 or later", "2037 and beyond", "two years or more", "a year or two": the bound or the rough count
# told after the expression is part of it, as TimeML writes its modifiers)
_YEAR_OPEN_END = patterns.compile(r"\s+(?:or\s+(?:later|earlier|before|after)|and\s+(?:beyond|after|later|before))\b(?![-'’])")
_LENGTH_OPEN_END = patterns.compile(r"\s+or\s+(?:more|longer|less|fewer|two|three)\b(?![-'’]|\s+(?:of|[a-z]+s)\b)")
_YEAR_VALUE = patterns.compile(r"\d{4}")


def _open_ends(text: str, out: list[Timex]) -> list[Timex]:
    for i, t in enumerate(out):
        tail = _YEAR_OPEN_END.match(text, t.end) if t.type == "DATE" and _YEAR_VALUE.fullmatch(t.value) else \
            _LENGTH_OPEN_END.match(text, t.end) if t.type == "DURATION" else None
        if tail is not None and (i + 1 == len(out) or out[i + 1].start >= tail.end()):
            out[i] = Timex(t.start, tail.end(), text[t.start:tail.end()], t.type, t.value)
    return out


def _rest_of_a_period(text: str, out: list[Timex]) -> list[Timex]:
    for i, t in enumerate(out):
        if t.type == "DATE" and text.endswith("of ", 0, t.start) and _PERIOD_VALUE.fullmatch(t.value) \
                and (m := _PART_OF_PERIOD_BEFORE.search(text, max(0, t.start - 24), t.start)) is not None \
                and (i == 0 or out[i - 1].end <= m.start()):
            out[i] = Timex(m.start(), t.end, text[m.start():t.end], t.type, t.value)
    return out


def _years_ago_this_period(text: str, out: list[Timex]) -> list[Timex]:
    """"A year ago this month", "fifty years ago this week": one expression, this week or month of
    that year (TimeML's 2032-12, 1983-W49)."""
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if first.type == "DATE" and first.text[-3:].lower() == "ago" and len(first.value) == 4 and first.value.isdigit() \
                and _THIS_WEEK_OR_MONTH.fullmatch(second.text) and text[first.end:second.start] == " " \
                and second.value[:4].isdigit() \
                and (value := tv.shift_value(second.value, "year", int(first.value) - int(second.value[:4]))) is not None:
            out[i:i + 2] = [Timex(first.start, second.end, text[first.start:second.end], "DATE", value)]
    return out


SET_CLOCK_REACH = 40  # characters between a set ("daily", "on Fridays") and a clock of its clause
# (a clock's "a.m." ends a sentence only before a capital: "daily from 8 a.m. to 6 p.m." is one clause)
_SENTENCE_OR_CLAUSE_END = patterns.compile(r"(?<![AaPp]\.[Mm])\.\s|\.\s+(?=[A-Z])|[!?;]\s")


def _clocks_of_a_set(text: str, out: list[Timex]) -> list[Timex]:
    """"open daily from 10am to 6pm", "every Sunday at 11 a.m.": a clock told with a set is a time of
    every day the set names, of no day of its own (TimeML's XXXX-XX-XXT10:00)."""
    # ("open on weekdays from 9 a.m.", "every weekday at 7": a set TimeML gives no value of its own,
    # which still makes its clocks every such day's)
    sets = [t for t in out if t.type == "SET"]
    if "eekday" in text or "eeknight" in text:  # (a substring first: the pattern has no literal to skip by)
        sets += [Timex(m.start(), m.end(), m.group(), "SET", "") for m in _WEEKDAYS_TOLD.finditer(text)]
    if not sets:
        return out
    for i, t in enumerate(out):
        if t.type != "TIME" or not _CLOCK_WITH_ITS_DAY.fullmatch(t.value) or _TOLD_WITH_ITS_DAY.search(t.text):
            continue
        for s in sets:
            lo, hi = (s.end, t.start) if s.end <= t.start else (t.end, s.start)
            if 0 <= hi - lo <= SET_CLOCK_REACH and not _SENTENCE_OR_CLAUSE_END.search(text, lo, hi):
                out[i] = Timex(t.start, t.end, t.text, t.type, "XXXX-XX-XX" + t.value[10:])
                break
    return out


_WEEKDAYS_TOLD = patterns.compile(r"\b(?:[Ww]eekdays|(?:every|each)\s+weekday|[Ww]eeknights)\b")
_MONTH_STRETCH_GAP = patterns.compile(r"\s*(?:[-–]|to|through|until|till)\s*")


def _months_of_one_stretch(text: str, dct: date | None, out: list[Timex]) -> list[Timex]:
    """"covering January to June", said in March of a report to come: the two months of a stretch
    written without a year lie within a year of each other, start first; the one nearer the
    article's day keeps its year (each read alone, January had been next year's)."""
    if dct is None:
        return out
    here = dct.year * 12 + dct.month - 1
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        if not (first.type == last.type == "DATE" and _MONTH_ALONE_VALUE.fullmatch(first.value)
                and _MONTH_ALONE_VALUE.fullmatch(last.value) and not _YEAR_WRITTEN.search(first.text)
                and not _YEAR_WRITTEN.search(last.text) and _MONTH_STRETCH_GAP.fullmatch(text, first.end, last.start)):
            continue
        a, b = (int(t.value[:4]) * 12 + int(t.value[5:7]) - 1 for t in (first, last))
        if 0 <= b - a < 12:
            continue
        if abs(a - here) <= abs(b - here):
            b = a + (b - a) % 12
            out[i + 1] = Timex(last.start, last.end, last.text, last.type, f"{b // 12:04d}-{b % 12 + 1:02d}")
        else:
            a = b - (b - a) % 12
            out[i] = Timex(first.start, first.end, first.text, first.type, f"{a // 12:04d}-{a % 12 + 1:02d}")
    return out


_BESIDE_GAP = patterns.compile(r"\s+(?:(?P<after>following|after)|before|preceding)\s+(?:the\s+)?", re.I)
_THE_BEFORE = patterns.compile(r"\b[Tt]he\s+$")
_LISTED_GAP = patterns.compile(r"\s*(?:,|and|or|,\s*and)\s*")


def _weekdays_beside_a_day(text: str, out: list[Timex]) -> list[Timex]:
    """"the Sunday and Monday following Thanksgiving", "the Friday before Christmas": each weekday is
    the first one after (or the last one before) the day named."""
    for i in range(1, len(out)):
        day = out[i]
        if day.type != "DATE" or not _FULL_DAY.fullmatch(day.value):
            continue
        k = i - 1
        gap = _BESIDE_GAP.fullmatch(text, out[k].end, day.start)
        if gap is None:
            continue
        first = k  # (the list's first weekday must follow "the": "arrested Monday after the Oct. 5 shooting" is no such day)
        while first > 0 and _WEEKDAY_WORD.fullmatch(out[first - 1].text) \
                and _LISTED_GAP.fullmatch(text, out[first - 1].end, out[first].start):
            first -= 1
        if not _THE_BEFORE.search(text, max(0, out[first].start - 5), out[first].start):
            continue
        named = date.fromisoformat(day.value)
        step = 1 if gap.group("after") else -1
        while k >= first and out[k].type == "DATE" and _WEEKDAY_WORD.fullmatch(out[k].text):
            wd = WEEKDAYS[out[k].text.lower()]
            d = named + timedelta(days=step)
            while d.isoweekday() != wd:
                d += timedelta(days=step)
            out[k] = Timex(out[k].start, out[k].end, out[k].text, "DATE", d.isoformat())
            k -= 1
    return out


_IN_THE_YEAR_GAP = patterns.compile(r",?\s{1,2}in\s+")
_MONTH_OR_DAY_VALUE_ONLY = patterns.compile(r"\d{4}-\d\d(?:-\d\d)?")


def _years_after_their_days(text: str, out: list[Timex]) -> list[Timex]:
    """"born on June 5 in 1961", "on New Year's Eve in 1999": the year told right after a day or a
    month written without one is its year."""
    for i in range(len(out) - 1):
        day, year = out[i], out[i + 1]
        if year.type != "DATE" or len(year.value) != 4 or not year.value.isdigit() or day.type != "DATE" \
                or not _MONTH_OR_DAY_VALUE_ONLY.fullmatch(day.value) or _YEAR_WRITTEN.search(day.text):
            continue
        feast = re.sub(r"\s+", " ", day.text).replace("’", "'").lower()
        if feast in HOLIDAYS and (_IN_THE_YEAR_GAP.fullmatch(text, day.end, year.start)
                                  or _YEAR_TOLD_AFTER.fullmatch(year.text) and text[day.end:year.start] == " "):
            # "born on Thanksgiving in 1973", "during Ramadan last year": the feast of that year,
            # which a movable one keeps on another day
            d = holiday_date(feast, int(year.value))
            if d is not None:
                out[i] = Timex(day.start, day.end, day.text, day.type, d.isoformat())
        elif _IN_THE_YEAR_GAP.fullmatch(text, day.end, year.start) \
                and tv.valid_day(int(year.value), int(day.value[5:7]), int(day.value[8:10]) if len(day.value) > 7 else 1):
            out[i] = Timex(day.start, day.end, day.text, day.type, year.value + day.value[4:])
    return out


_YEAR_TOLD_AFTER = patterns.compile(r"(?:last|next|this)\s+year", re.I)


CLOCK_SPAN_REACH = 100  # characters between a stretch's start clock and its end told apart from it
# "starting at 6 p.m. Eastern time in parts of Indiana and ending at 1 a.m. in western Alaska"
_STRETCH_STARTS_BEFORE = patterns.compile(r"\b(?:starting|starts|start|beginning|begins|begin|opening|opens|from)\s+(?:at\s+)?$", re.I)
_STRETCH_ENDS_BEFORE = patterns.compile(r"\b(?:ending|ends|end|closing|closes|until|till)\s+(?:at\s+)?$", re.I)
_SENTENCE_END = patterns.compile(r"[.!?]\s+[A-Z]")


def _overnight_clock_spans(text: str, out: list[Timex]) -> list[Timex]:
    """"a curfew from 10 p.m. to 6 a.m.", "starting at 6 p.m. ... and ending at 1 a.m.": a stretch
    between two clocks on one day whose end is earlier on the clock than its start ends the next
    morning (unless the end is told with its day)."""
    for i in range(1, len(out)):
        start, end = out[i - 1], out[i]
        if start.type == end.type == "TIME" and _CLOCK_WITH_ITS_DAY.fullmatch(start.value) \
                and _CLOCK_WITH_ITS_DAY.fullmatch(end.value) and start.value[:10] == end.value[:10] \
                and start.value[11:16] > end.value[11:16] and not _TOLD_WITH_ITS_DAY.search(end.text) \
                and (_CLOCK_SPAN_GAP.fullmatch(text, start.end, end.start) or _STRETCH_STARTS_BEFORE.search(text, max(0, start.start - 16), start.start)
                     and _STRETCH_ENDS_BEFORE.search(text, max(0, end.start - 16), end.start)
                     and end.start - start.end <= CLOCK_SPAN_REACH and not _SENTENCE_END.search(text, start.end, end.start)):
            day = date.fromisoformat(end.value[:10]) + timedelta(days=1)
            out[i] = Timex(end.start, end.end, end.text, "TIME", day.isoformat() + end.value[10:])
    return out


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "Tuesday 21, Thursday 23 and Saturday 25 June": a weekday's day of the month, then the list goes on
_DAY_OF_A_LISTED_WEEKDAY = patterns.compile(r"\s+(\d{1,2})(?:st|nd|rd|th)?(?=,\s+|\s+(?:and|or|&)\s+)")
_WEEKDAY_DAY_MONTH = patterns.compile(rf"(?:{'|'.join(_WEEKDAYS)}),?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+")


def _weekdays_with_their_days(text: str, out: list[Timex]) -> list[Timex]:
    """"Tuesday 21, Thursday 23 and Saturday 25 June": each weekday with its number is a date of the
    month the list ends with, when the calendar agrees (else the weekday stays as it was read)."""
    for i, t in enumerate(out):
        if t.type != "DATE" or t.text not in _WEEKDAYS or not (m := _DAY_OF_A_LISTED_WEEKDAY.match(text, t.end)):
            continue
        last = next((x for x in out[i + 1:i + 6] if _WEEKDAY_DAY_MONTH.fullmatch(x.text)), None)
        if last is None or last.start - t.end > 80 or not _FULL_DAY.fullmatch(last.value):
            continue
        y, mon, d = int(last.value[:4]), int(last.value[5:7]), int(m.group(1))
        if tv.valid_day(y, mon, d) and date(y, mon, d).isoweekday() == _WEEKDAYS.index(t.text) + 1:
            out[i] = Timex(t.start, m.end(), text[t.start:m.end()], "DATE", date(y, mon, d).isoformat())
    return out


def _second_days(text: str, out: list[Timex]) -> list[Timex]:
    """"on March 20 and 21", "June 3 or 4": the second day, written as its number alone, is a date of
    the same month (TimeML tags it on its own)."""
    added, dropped = [], set()
    for i, t in enumerate(out):
        if not _CALENDAR_DAY.fullmatch(t.value):
            continue
        if _DAY_AND_MONTH.fullmatch(t.text) and (listed := _DAYS_LISTED_BEFORE.search(text, max(0, t.start - 40), t.start)):
            # "on 5, 7 and 9 November": the days listed before the month are of that month
            days = [(int(d.group(1)), d.span(1)[0], d.end()) for d in _LISTED_DAY.finditer(text, listed.start(), listed.end())]
            # (a lone ordinal among them, "the 4th, 5th and 6th of May", was read as this month's: it is May's)
            lone = [j for j in range(i) if out[j].start >= days[0][1] and out[j].end <= t.start]
            prev = out[i - 1 - len(lone)].end if i > len(lone) else 0
            if days[0][1] >= prev and _LIST_OPENS.search(text, max(0, days[0][1] - 12), days[0][1]) \
                    and all(x[0] < y[0] for x, y in zip(days, days[1:] + [(int(t.value[8:]), 0, 0)])):
                added += [Timex(a, b, text[a:b], "DATE", f"{t.value[:8]}{d:02d}") for d, a, b in days]
                dropped.update(lone)
            continue
        more = _MONTH_AND_DAY.fullmatch(t.text) and _COMMA_DAYS.match(text, t.end)
        m = (_MONTH_AND_DAY.fullmatch(t.text) and _AND_DAY.match(text, more.end() if more else t.end)
             or not more and _ORDINAL_DAY.fullmatch(t.text) and _AND_ORDINAL_DAY.match(text, t.end))
        if not m:
            continue
        # ("June 20, 21 and 23": the days listed between them too)
        days = [(int(d.group(1)), d.start(1), d.end()) for d in _LISTED_DAY.finditer(text, t.end, more.end())] if more else []
        days.append((int(m.group(1)), m.span(1)[0], m.end(1) + len(m.group(2) or "")))
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        year = int(t.value[:4]) if t.value[:4].isdigit() else 2000  # (a yearless one: any leap year)
        if all(x[0] < y[0] for x, y in zip([(int(t.value[8:]), 0, 0)] + days, days)) \
                and all(tv.valid_day(year, int(t.value[5:7]), d) for d, _, _ in days) and days[-1][2] <= nxt:
            added += [Timex(a, b, text[a:b], "DATE", f"{t.value[:8]}{d:02d}") for d, a, b in days]
    if dropped:
        out = [t for j, t in enumerate(out) if j not in dropped]
    return sorted(out + added, key=lambda t: t.start) if added else out


_CALENDAR_DAY = patterns.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_MONTH_AND_DAY = patterns.compile(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?")
# " and 21", " or 4th", then what may close a date: punctuation, the end, or a preposition or clause word
# (or a verb: "the dates on June 20 and 21 sold out"; not a count's noun, "and 21 people")
_AND_DAY = patterns.compile(r",?\s+(?:and|or|&)\s+(\d{1,2})(st|nd|rd|th)?\b(?![,.]?\d)"
                            r"(?=\s*[.,;:!?)]|\s*$|\s+(?:and|at|in|on|when|to|from|before|after|as|with|for"
                            r"|was|were|is|are|will|would|have|has|had|sold|[a-z]{3,}ed)\b)")
_COMMA_DAYS = patterns.compile(r"(?:,\s*\d{1,2}(?:st|nd|rd|th)?\b(?![,.]?\d|\s*(?:[ap]\.?m\b|[:.]\d)))+(?=,?\s+(?:and|or|&)\s)")


# "the 4th and 10th": after a day told as an ordinal alone, another (its suffix too: "the 4th and 10 others")
_ORDINAL_DAY = patterns.compile(r"\d{1,2}(?:st|nd|rd|th)")
_AND_ORDINAL_DAY = patterns.compile(r"\s+(?:and|or|&)\s+(\d{1,2})(st|nd|rd|th)\b")
# "5, 7 and 9 November", "the 4th, 5th and 6th of May": days listed before the month they are of
_DAY_AND_MONTH = patterns.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?")
_DAYS_LISTED_BEFORE = patterns.compile(r"(?<![\w$£€.,-])(?:\d{1,2}(?:st|nd|rd|th)?,\s+){0,5}\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or|&)\s+$")
_LISTED_DAY = patterns.compile(r"(\d{1,2})(?:st|nd|rd|th)?")
# what a list of days follows: a preposition, "the", a copula, or a clause's punctuation (not "rose 5, 7 and 9 ...")
_LIST_OPENS = patterns.compile(r"(?:\b(?:on|between|from|of|the|are|were|is|was|dates?|days?)\s+|[,:;(]\s*|^\s*)$", re.I)


_BRACKETED = patterns.compile(r"\s*\(\s*")


_A_WEEKDAY_APPOSED = patterns.compile(r",\s+(?:a|the)\s+")


def _weekday_in_brackets(text: str, out: list[Timex]) -> list[Timex]:
    """"on Wednesday (August 30)", "August 30 (Wednesday)": the weekday is the date beside it, when
    the calendar agrees (the date written out settles which Wednesday)."""
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if text[second.end:second.end + 1] == ")" and _BRACKETED.fullmatch(text, first.end, second.start):
            pairs = ((i, first, second, first.text), (i + 1, second, first, second.text))
        elif first.text[-1:] == "y" and (counted := _COUNTED_WEEKDAY.fullmatch(first.text)) \
                and _APPOSED.fullmatch(text, first.end, second.start):
            # "the previous Monday, Nov. 23": counted from another day, but the date says which
            pairs = ((i, first, second, counted.group(1)),)
        elif _FOR_THE_DAY.fullmatch(text, first.end, second.start):
            # "closed on Monday for Labor Day", "on Monday, Memorial Day": the day named says which
            pairs = ((i, first, second, first.text),)
        elif _WEEKDAY_WORD.fullmatch(second.text) and _A_WEEKDAY_APPOSED.fullmatch(text, first.end, second.start):
            # "On March 3, 2031, a Monday, ...": the weekday told of the date before it
            pairs = ((i + 1, second, first, second.text),)
        else:
            continue
        for k, weekday, day, name in pairs:
            wd = WEEKDAYS.get(name.lower().rstrip("."))
            told = tv.parse_value_date(day.value) if day.type == "DATE" and len(day.value) == 10 else None
            if wd and told and told.isoweekday() == wd and weekday.value != day.value:
                out[k] = Timex(weekday.start, weekday.end, weekday.text, weekday.type, day.value)
    return out


def _clocks_before_their_day(text: str, out: list[Timex]) -> list[Timex]:
    """"struck at 11:15 p.m. (1415 GMT) on Monday", "at 2:47 am (1747 GMT Monday)", "a 3 p.m. march is
    planned Saturday": a clock time (and the one in brackets beside it) is on the day written after
    it in its clause, not the day the story is on."""
    for i, day in enumerate(out):
        if day.type == "TIME" and _CLOCK_WITH_ITS_DAY.fullmatch(day.value) and _TOLD_WITH_ITS_DAY.search(day.text):
            # "by noon or 1 p.m. Thursday", "at 10 a.m. and 2 p.m. Friday": clocks listed before one
            # told with its day are on that day
            if i > 0 and out[i - 1].type == "TIME" and _CLOCK_VALUE.search(out[i - 1].value) \
                    and not _TOLD_WITH_ITS_DAY.search(out[i - 1].text) \
                    and _CLOCK_SPAN_GAP.fullmatch(text, out[i - 1].end, day.start):
                # "5 p.m. to midnight Thursday": a stretch's start is on its end's day, or the day
                # before when the clock runs past midnight ("10 p.m. to 5 a.m. Monday")
                start = out[i - 1]
                d = date.fromisoformat(day.value[:10])
                if start.value[11:16] > day.value[11:16]:
                    d -= timedelta(days=1)
                out[i - 1] = Timex(start.start, start.end, start.text, "TIME", d.isoformat() + start.value[10:])
                continue
            j = i
            while j > 0 and out[j - 1].type == "TIME" and _CLOCK_VALUE.search(out[j - 1].value) \
                    and not _TOLD_WITH_ITS_DAY.search(out[j - 1].text) \
                    and (_CLOCK_LIST_GAP if j < i else _CLOCK_LIST_LAST_GAP).fullmatch(text, out[j - 1].end, out[j].start):
                j -= 1
                out[j] = Timex(out[j].start, out[j].end, out[j].text, "TIME", day.value[:10] + out[j].value[10:])
            continue
        # ("Polls closed at 7 p.m. local time in six states last night": the night's day, for a clock
        # in that part of the day)
        part = day.type == "TIME" and _PART_OF_DAY_VALUE.fullmatch(day.value) and day.value[-2:]
        if not part and (day.type != "DATE" or not _FULL_DAY.fullmatch(day.value)):
            continue
        j, gap = i, ""
        while j > 0 and out[j - 1].type == "TIME" and _CLOCK_VALUE.search(out[j - 1].value) \
                and (not part or _in_part_of_day(out[j - 1].value, part)):
            gap = text[out[j - 1].end:out[j].start] + gap
            if not (")" in gap and _BRACKETED_CLOCK_GAP.fullmatch(gap)
                    or _CLAUSE_GAP.fullmatch(text, out[j - 1].end, out[j].start) and not _TOLD_WITH_ITS_DAY.search(out[j - 1].text)
                    and (j < i or not _CLAUSE_LINK.search(text, out[j - 1].end, out[j].start))
                    and not (out[j - 1].text.endswith(".") and _NEW_SENTENCE.match(text, out[j - 1].end)
                             and not _ZONE_IN_WORDS.match(text, out[j - 1].end))):
                # (a bare comma is no tie: "At 6 p.m., Friday was declared over"; a clock alone in its
                # clause is: "a noon rally and a 3 p.m. march are planned Saturday")
                break
            j -= 1
            clock = out[j]
            if clock.value[:10] != day.value[:10]:
                out[j] = Timex(clock.start, clock.end, clock.text, "TIME", day.value[:10] + clock.value[10:])
    return out


# the hours each part of a day holds, as a clock told with it would be ("7 p.m. ... last night")
_PART_HOURS = {"MO": range(4, 12), "AF": range(12, 18), "EV": range(16, 24), "NI": range(18, 24), "DT": range(8, 18)}


def _in_part_of_day(clock: str, part: str) -> bool:
    return int(clock[11:13]) in _PART_HOURS.get(part, ())


_FULL_DAY = patterns.compile(r"\d{4}-\d\d-\d\d")
_WEEK_OF_BEFORE = patterns.compile(r"\b[Tt]he\s+(week|weekend)\s+(of|beginning|starting|commencing)\s+$")
_CLOCK_WITH_ITS_DAY = patterns.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d.*")
_CLOCK_LIST_GAP = patterns.compile(r",?\s+(?:or|and)\s+|,\s+")
_CLOCK_SPAN_GAP = patterns.compile(r"\s*(?:to|until|till|through|thru|-|–)\s*")
_CLOCK_LIST_LAST_GAP = patterns.compile(r",?\s+(?:or|and)\s+")  # (not a comma alone: "At 9 a.m., 1 p.m. Saturday was chosen")
_CLAUSE_GAP = patterns.compile(r"[^,.;:!?()\[\]\"“”—–\n]{1,60}")
# (another clause between the clock and the day: "At 6 p.m. the rally began and a march is planned Saturday")
_NEW_SENTENCE = patterns.compile(r"\s+[A-Z]")  # (after "3:30 p.m.": its point may end the sentence)
_ZONE_IN_WORDS = patterns.compile(r"\s+(?:Eastern|Pacific|Central|Mountain|Atlantic|[A-Z]{1,2}[SD]?T)\b")  # ("6 a.m. Eastern on Friday")
_CLAUSE_LINK = patterns.compile(r"\b(?:and|but|while|when|after|before|as|until|then)\b")
# ("just after midnight on Wednesday")
_AFTER_BEFORE = patterns.compile(r"\b(?:after|past|since)\s+(?:the\s+)?$", re.I)
# (a clock told with its day or its part of day is anchored already: "8 p.m. Friday", "6pm tonight")
_TOLD_WITH_ITS_DAY = patterns.compile(r"[Dd]ay\b|(?<![Mm]id)[Nn]ight|[Mm]orning|[Ee]vening|[Aa]fternoon|[Tt]omorrow|[Tt]onight|\d{4}-"
                             r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _day_spans(text: str, dct: date | None, out: list[Timex]) -> list[Timex]:
    """"from Monday to Friday", "Thursday through Saturday", "from Aug. 26 to Oct. 20": a stretch
    ends after it starts, so when its two ends, each read on its own, come out in the wrong order,
    the one on the wrong side of the creation date moves a week (or, a yearless date, a year): the
    stretch lies wholly behind it or wholly ahead."""
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        if dct is not None and _SPAN_GAP.fullmatch(text, first.end, last.start) and _FULL_DAY.fullmatch(first.value) \
                and _FULL_DAY.fullmatch(last.value) and date.fromisoformat(first.value) > dct \
                and _PRESENT_STRETCH_BEFORE.search(text, max(0, first.start - 24), first.start) \
                and not any(_YEAR_WRITTEN.search(t.text) or _WEEKDAY_WORD.search(t.text) for t in (first, last)):
            # "the season, which runs from June 1 to November 30", said in September: told in the
            # present, the stretch that holds the article's day
            start, end = _moved_by(first.value, -365), last.value
            while end[:4] > start[:4]:
                end = _moved_by(end, -365)
            while end[:4] < start[:4] or end < start:
                end = _moved_by(end, 365)  # (the first such day from the start on: "November 1 to March 31")
            if start <= dct.isoformat() <= end:
                out[i] = Timex(first.start, first.end, first.text, first.type, start)
                out[i + 1] = Timex(last.start, last.end, last.text, last.type, end)
                continue
        if dct is None or first.value <= last.value or not _FULL_DAY.fullmatch(first.value) \
                or not _FULL_DAY.fullmatch(last.value) or not _SPAN_GAP.fullmatch(text, first.end, last.start):
            continue
        if _day_moved(text, first.start):
            # "moved from Oct. 2 to Feb. 26", said in June: a day still ahead is moved to one ahead too,
            # never to one gone (a move may go earlier: "pushed from Friday to Thursday")
            if date.fromisoformat(first.value) > dct >= date.fromisoformat(last.value) \
                    and not _YEAR_WRITTEN.search(last.text) and not _WEEKDAY_WORD.search(last.text):
                out[i + 1] = Timex(last.start, last.end, last.text, last.type, _moved_by(last.value, 365))
            continue
        if _WEEKDAY_WORD.fullmatch(first.text) and _WEEKDAY_WORD.fullmatch(last.text):
            step = 7
        elif not _YEAR_WRITTEN.search(first.text) and not _YEAR_WRITTEN.search(last.text) \
                and not _WEEKDAY_WORD.search(first.text) and not _WEEKDAY_WORD.search(last.text):
            step = 365
        else:
            continue
        if date.fromisoformat(last.value) <= dct:
            out[i] = Timex(first.start, first.end, first.text, first.type, _moved_by(first.value, -step))
        else:
            out[i + 1] = Timex(last.start, last.end, last.text, last.type, _moved_by(last.value, step))
    return out


_PRESENT_STRETCH_BEFORE = patterns.compile(r"\b(?:runs|run|lasts|last|is|are|covers|cover|spans|span|stretches)\s+"
                                           r"(?:from\s+)?$")


def _moved_by(day: str, step: int) -> str:
    """The day a week (step 7) or a year (step 365: the same month and day) before or after; the
    day itself at the calendar's edges."""
    d = date.fromisoformat(day)
    try:
        if abs(step) == 365:
            y = d.year + (1 if step > 0 else -1)
            moved = d.replace(year=y) if tv.valid_day(y, d.month, d.day) else d.replace(year=y, day=28)
        else:
            moved = d + timedelta(days=step)
    except (ValueError, OverflowError):
        return day
    return moved.isoformat() if tv.EARLIEST <= moved <= tv.LATEST else day


def _day_moved(text: str, at: int) -> bool:
    """"pushed from Friday to Thursday": a day moved to another, no stretch between them."""
    m = _FROM_BEFORE.search(text, max(0, at - 40), at)
    return m is not None and any(w.lower() in PUT_OFF or w.lower() in MOVED for w in m.group(1).split())


_FROM_BEFORE = patterns.compile(r"\b((?:[\w'’]+\s+){1,4})from\s+$")
_WEEKDAY_WORD = patterns.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_SPAN_OF_DAYS_REST = patterns.compile(rf"{DAYS_TO}{_WEEKDAY_WORD.pattern}s?\b")  # ("... Monday to Saturday")
_YEAR_WRITTEN = patterns.compile(r"\d{4}|['’]\d\d\b")
_SPAN_GAP = patterns.compile(r"\s*(?:-|–|to|through|thru|until|till)\s*")
# what lies between such clocks and their day, the clocks themselves left out: " (" ... ") on "
# (" local time (" ... ") on ": "at 3 p.m. local time (0700 GMT) on Tuesday")
_BRACKETED_CLOCK_GAP = patterns.compile(r"\s*(?:(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+Time\s*|"
                                        r"local\s+time\s*)?\(?(?:\s*(?:local\s+time|GMT|UTC|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT"
                                        r"|(?:Eastern|Pacific|Central|Mountain)(?:\s+(?:Standard|Daylight))?\s+Time))?\s*\)?\s*,?\s*(?:on\s+)?")


_PERIOD_GAP = patterns.compile(r"\s{1,2}")
_SET_DAY_GAP = patterns.compile(r",?\s+(?:on|in)\s+")
_MONTH_OR_DAY_VALUE = patterns.compile(r"\d{4}-\d\d(?:-\d\d)?")
_COUNTED_WEEKDAY = patterns.compile(r"(?:[Tt]he\s+)?(?:previous|following)\s+(\w+)")
_APPOSED = patterns.compile(r",\s{1,2}")
_FOR_THE_DAY = patterns.compile(r"\s+for\s+|,\s{1,2}")
# "In 1910, on October 5": the year told frames the yearless date right after it
_FRAME_GAP = patterns.compile(r",?\s{1,2}(?:on\s+)?")
_IN_BEFORE = patterns.compile(r"\b[Ii]n\s+$")


def _frame_year(text: str, out: list[Timex], a: int, lo: int) -> int | None:
    """The year of a bare year told just before the date at a, framing it ("In 1910, on October 5"),
    or opening the date's sentence, with no other date between ("In 2019, the vote was held in seven
    phases over 39 days, and results were declared on May 23")."""
    told = out[-1]
    if _bare_year_in(text, told) and _FRAME_GAP.fullmatch(text, told.end, a):
        return int(told.value)
    if told.type == "DATE" and len(told.value) == 4 and told.value.isdigit() and told.start >= lo \
            and text.startswith(("'s ", "’s "), told.end) and not text[lo:told.start].strip(" \"“(") \
            and not _CLAUSE_BREAK.search(text, told.end, a):
        return int(told.value)  # "Next year's ceremony is set for March 2": the year its subject names
    for told in reversed(out[-4:]):
        if told.start < lo:
            return None
        if told.type in ("DURATION", "SET"):
            continue  # (a stretch between frames nothing: "over 39 days")
        if _bare_year_in(text, told) and _YEAR_OPENING.fullmatch(text, lo, told.end) and text.startswith(",", told.end):
            return int(told.value)
        return None
    return None


def _bare_year_in(text: str, told: Timex) -> bool:
    return told.type == "DATE" and len(told.value) == 4 and told.value.isdigit() \
        and bool(_IN_BEFORE.search(text, max(0, told.start - 4), told.start))


_CLAUSE_BREAK = patterns.compile(r"[,;:()]|\b(?:and|but|while|after|before|when)\b")
_YEAR_OPENING = patterns.compile(r"[\s\"“(]*In\s+\d{4}")



def _moved(value: str, m) -> str | None:
    """The value of a period followed by 'a year ago' / 'two weeks later': the period, moved."""
    from .timex_rules import _number
    n = _number(m["num"])
    if n is None or n != int(n):
        return None
    # (with neither word, it was "in two weeks' time": from now; "back" is "ago")
    sign = 1 if (m["dir"] or m["dir2"] or "from now").lower() in ("later", "hence", "from now", "after") else -1
    unit = m["unit"].lower().rstrip("s")
    return tv.safely(tv.shift_value, value, unit, sign * int(n))


_DAY_VALUE = patterns.compile(r"\d{4}-\d\d-\d\d|XXXX-WXX-\d")
_COUNTED_FROM_TOLD = patterns.compile(r"\b(?:later|earlier)$", re.I)
_APPOSED_DAY_GAP = patterns.compile(r",\s+(?:on\s+)?")
_YEARS_COUNTED_FROM_TOLD = patterns.compile(r"\byears?\s+(?:later|earlier)$", re.I)
_APPOSED_YEAR_GAP = patterns.compile(r",\s+in\s+")
_APPOSITION_END = patterns.compile(r"\s*(?:[,.;:)]|$)")
_AGO_TOLD = patterns.compile(r"\bago$", re.I)


def _same_day_in(value: str, dct: date) -> str | None:
    """This month and day in the year (or this day in the month) a value names, when it has one."""
    if len(value) == 4 and value.isdigit():
        y, m = int(value), dct.month
    elif len(value) == 7 and value[:4].isdigit() and value[4] == "-" and value[5:].isdigit():
        y, m = int(value[:4]), int(value[5:])
    else:
        return None
    return f"{y:04d}-{m:02d}-{dct.day:02d}" if tv.valid_day(y, m, dct.day) else None


_DAY_BESIDE = patterns.compile(r"the\s+(day|week|month|year|decade)\s+(before|after)", re.I)
_CLOCK_VALUE = patterns.compile(r"T\d\d:\d\d")
_WEEKLY_VALUE = patterns.compile(r"XXXX-WXX-\d")
_MONTH_ALONE_VALUE = patterns.compile(r"\d{4}-\d\d")
_DURATION_AND_GAP = patterns.compile(r"\s+(?:and\s+)?")  # ("an hour and 25 minutes", "2 hours 4 minutes")
_ONE_UNIT = patterns.compile(r"P(T?)(\d+)([YMWDHS])")
_UNIT_RANK = {("", "Y"): 0, ("", "M"): 1, ("", "W"): 2, ("", "D"): 3, ("T", "H"): 4, ("T", "M"): 5, ("T", "S"): 6}


def _joined_duration(first: str, second: str) -> str | None:
    """'PT1H' and 'PT25M' -> 'PT1H25M'; None unless each is a whole count of one unit and the second
    unit is the smaller (weeks join no other unit: TimeML writes them alone)."""
    a, b = _ONE_UNIT.fullmatch(first), _ONE_UNIT.fullmatch(second)
    if a is None or b is None:
        return None
    ra, rb = _UNIT_RANK[(a[1], a[3])], _UNIT_RANK[(b[1], b[3])]
    if rb <= ra or "W" in (a[3], b[3]) and not (a[1] or b[1]):
        return None
    date_part = "".join(f"{m[2]}{m[3]}" for m in (a, b) if not m[1])
    time_part = "".join(f"{m[2]}{m[3]}" for m in (a, b) if m[1])
    return "P" + date_part + ("T" + time_part if time_part else "")


_WEEK_TOLD = patterns.compile(r"(?:last|next|this)\s+week", re.I)
_WEEKDAY_WEEK_GAP = patterns.compile(r"\s{1,2}(?:of\s+)?")
_OVERNIGHT_GAP = patterns.compile(r"\s{1,2}(?:on\s+)?")  # ("overnight on Saturday", "overnight Tuesday")
_ON_A_DAY_GAP = patterns.compile(r"\bon\s")  # ("9 am on Monday morning": a clock on a day and its part)
_SPAN_OF_DAYS_GAP = patterns.compile(DAYS_TO)


def _ends_a_span_of_days(text: str, out: list[Timex]) -> bool:
    """The last set is the end of a span of every week's days ("Monday to Friday")."""
    return len(out) >= 2 and out[-2].type == "SET" and bool(_WEEKLY_VALUE.fullmatch(out[-2].value)) \
        and bool(_SPAN_OF_DAYS_GAP.fullmatch(text, out[-2].end, out[-1].start))


_WEEKLY_CLOCK_VALUE = patterns.compile(r"(XXXX-WXX-\d)T\d\d:\d\d")
_CLOCK_RANGE_GAP = patterns.compile(r"\s*(?:[-–]|to|until|till)\s*")
_CLOCK_SET_GAP = patterns.compile(r"\s{1,2}(?:on\s+)?")
_SET_CLOCK_GAP = patterns.compile(r",?\s{1,2}(?:at\s+|from\s+)?")
# (a zone in words may stand between: "at 9:30 Eastern time Saturday")
_ZONE_WORDS = r"(?:\s+(?:Eastern|Central|Mountain|Pacific|Atlantic|local)\s+time)?"
# (and a zone a noon or a midnight is told in: "at midnight BST on Friday")
_TIME_DAY_GAP = patterns.compile(_ZONE_WORDS + rf"(?:\s+(?:{ZONES})(?![A-Za-z]))?,?\s{{1,2}}(?:on\s+)?")
_PART_OF_DAY_VALUE = patterns.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)")
_CLOCK_PART_GAP = patterns.compile(_ZONE_WORDS + r"\s{1,2}")
_AM_PM = patterns.compile(r"[ap]\.?m\b", re.I)


_FROM_GAP = patterns.compile(r"\s+from\s+")
_WEEK_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_WEEKS_AGO = patterns.compile(r"(a|one|two|three|[1-9])\s+weeks?\s+ago", re.I)
_LENGTH_BEFORE = patterns.compile(r"\b(?:for|over|within|during|lasting|lasts?|lasted|runs?|ran|running|took|spanning|"
                                  r"spanned)\s+(?:(?:about|some|nearly|almost|only|just)\s+)?$", re.I)
_COUNT_OF_DAYS = patterns.compile(r"P(\d{1,3})([DWMY])")


def _counted_from(day: str, length: str) -> str | None:
    """The day a whole count of days, weeks, months or years lands on from a day named."""
    count = _COUNT_OF_DAYS.fullmatch(length)
    if count is None:
        return None
    unit = {"D": "day", "W": "week", "M": "month", "Y": "year"}[count[2]]
    try:
        return tv.shift(date.fromisoformat(day), unit, int(count[1])).isoformat()
    except (ValueError, OverflowError):
        return None


_CALENDAR_POINT = patterns.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")
# the periods a named one may be beside: no finer than the date named ("the week after 2030" is none)
_BESIDE_AT_LEAST = {"day": 3, "week": 3, "month": 2, "year": 1, "decade": 1}


def _day_beside(value: str, side) -> str | None:
    unit, sign = side.group(1).lower(), 1 if side.group(2).lower() == "after" else -1
    point = _CALENDAR_POINT.fullmatch(value)
    if point is None or point.lastindex < _BESIDE_AT_LEAST[unit]:  # (the groups told: year, month, day)
        return None
    try:
        d = date(int(point[1]), int(point[2] or 1), int(point[3] or 1))
        return tv.value_at(tv.shift(d, unit, sign), unit)
    except (ValueError, OverflowError):
        return None  # (the calendar's edge)


def _clock_in_part(clock: Timex, part: str) -> str:
    """A clock time's hour in the part of the day told with it: "9:30 Saturday night" is 21:30 (a
    time written with a.m. or p.m. keeps its hour)."""
    time = clock.value.split("T", 1)[1]
    h = int(time[:2])
    if not _AM_PM.search(clock.text) and (part in ("EV", "NI") and 5 <= h <= 11 or part == "AF" and 1 <= h <= 6):
        return f"{h + 12:02d}{time[2:]}"
    return time


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# One byte per character (offsets kept; a character beyond Latin-1 becomes '?'), translated in C so
# that finding words and numbers is a split and a few finds, not a regex over every position.
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_DIGITS_ONLY = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))


def _trigger_hits(lowered: str, start: int) -> dict[str, list[tuple[int, int]]]:
    """Where the words that every time expression holds are, by word class. The words present are
    found as a set first (in C), then only those few are located."""
    hits: dict[str, list[tuple[int, int]]] = {}
    raw = lowered.encode("latin-1", "replace")
    digits = raw.translate(_DIGITS_ONLY)
    i = digits.find(b"0", start)
    while i >= 0:
        j = digits.find(b" ", i)
        if j < 0:
            j = len(digits)
        cls = _digit_class(lowered[i:j], lowered, j)
        if cls is not None:
            hits.setdefault(cls, []).append((i, j))
        i = digits.find(b"0", j)
    present = TRIGGER_WORD_BYTES.intersection(raw[start:].translate(_LETTERS_ONLY).split())
    find, n = lowered.find, len(lowered)
    for wb in present:
        w = wb.decode()
        cls, size = TRIGGER_OF_WORD[w], len(w)
        i = find(w, start)
        while i >= 0:
            j = i + size
            if (i == 0 or not lowered[i - 1].isalpha()) and (j >= n or not lowered[j].isalpha()):
                hits.setdefault(cls, []).append((i, j))
            i = find(w, j)
    return hits


_SPACES = (" ", "\xa0", "\u202f")  # (web pages write "9\xa0a.m.", and some clocks a narrow no-break space)
_WIRE_ZONES = ("gmt", "utc")
_CLOCK_WORDS = (" local time", " hours", " hrs", " hr ", " hr.")
_ZONE_NEXT = patterns.compile(rf"\s?(?:{ZONES.lower()})(?![a-z])")
_NUMERIC_DATE_REST = patterns.compile(r"([-.])\d{1,2}\1\d{4}(?!\d|[.-]\d)")


def _digit_class(digits: str, lowered: str, end: int) -> str | None:
    """What a number could start: a year, a clock time, a numeric date, an ordinal; else nothing
    (a day of the month is found from its month name)."""
    if len(digits) == 4:
        if lowered.startswith(_WIRE_ZONES, end) or lowered.startswith(_WIRE_ZONES, end + 1) \
                or lowered.startswith(_CLOCK_WORDS, end) and digits < "2400" and digits[2] < "6":
            # "0800 GMT", the wire services' clock ("2000 GMT" too: no year is told in GMT); "at 2000
            # local time", "at 0600 hours", as armies and police write it
            return "clock"
        return "year4" if "1600" <= digits <= "2099" else None
    if len(digits) > 2:
        return None
    nxt = lowered[end:end + 2]
    if len(digits) == 2 and lowered[end - 3:end - 2] in ("'", "’") and not nxt[:1].isalnum() and nxt[:1] != ":":
        return "year2"  # "returned in '68" (not "the '80s", nor a clock)
    if nxt[:1] in (":", "a", "p") or nxt[:1] in _SPACES and lowered[end + 1:end + 2] in ("a", "p"):
        return "clock"
    if nxt[:1] == "." and lowered[end + 1:end + 3].isdigit() and lowered[end + 3:end + 5].lstrip()[:1] in ("a", "p"):
        return "clock"  # "11.30am", as British news writes it
    if nxt[:1] == "." and lowered[end + 1:end + 3].isdigit() and _ZONE_NEXT.match(lowered, end + 3):
        return "clock"  # "16.00 CET": a 24-hour clock, told with its zone
    if nxt[:1] == "/" or nxt[:1] in ("-", ".") and _NUMERIC_DATE_REST.match(lowered, end):
        return "slash"  # "3/14/2022"; "29-03-2022", "29.03.2022" (with their four-digit year only)
    if nxt in ("st", "nd", "rd", "th"):
        return "ordinal"
    if nxt[:1] == "s" and len(digits) == 2 and lowered[end - 3:end - 2] in ("'", "’"):
        return "decade2"  # "the '80s"
    return None


def _lowered(text: str) -> str:
    """Lower-cased with every offset kept: str.lower() is fast but may lengthen a few letters ("İ")."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


# read backwards from a trigger: spaces and hyphens, then the letters and digits before them ("five"
# in "five-day", "5" in "1.5 years"); never longer than the word a rule's own \b would see
_REVERSED_WORD = patterns.compile(r"[\s-]*([^\W_]*)")


def _candidates(text: str, start: int):
    """Run each rule only in the small windows around its trigger words."""
    lowered = _lowered(text)
    hits = _trigger_hits(lowered, start)
    end = len(text)
    before: dict[int, str] = {}  # trigger start -> the word before it, read once for every rule's guard
    passing: dict[tuple, list] = {}  # (trigger class, guard) -> the triggers that pass it
    reversed_text = None
    for rule in _rules_for(frozenset(hits)):
        pattern = rule.pattern
        subject = lowered if rule.lowered else text
        span_group = rule.has_span_group
        if rule.anchored:
            # the match starts at its trigger: one anchored attempt per trigger word
            cls, _, ahead = rule.triggers[0]
            found = (pattern.match(subject, a, _word_end(lowered, b + ahead, end)) for a, b in hits[cls])
        else:
            windows = []
            for cls, back, ahead in rule.triggers:
                guard = rule.guards.get(cls)
                if guard is None:
                    kept = hits.get(cls, ())
                else:
                    # (rules that share a guard share its verdicts: each trigger is tested once)
                    kept = passing.get((cls, guard))
                    if kept is None:
                        kept = passing[cls, guard] = []
                        for a, b in hits.get(cls, ()):
                            word = before.get(a)
                            if word is None:
                                if reversed_text is None:
                                    reversed_text = lowered[::-1]
                                word = before[a] = _REVERSED_WORD.match(reversed_text, end - a).group(1)[::-1]
                            if word in guard.after if guard.words_only else guard.passes(word, lowered, a, b):
                                kept.append((a, b))
                windows += [(a - back if a - back > start else start, _word_end(lowered, b + ahead, end))
                            for a, b in kept]
            if not windows:
                continue
            found = (m for lo, hi in _merge(windows) for m in pattern.finditer(subject, lo, hi))
        for m in found:
            if m is None:
                continue
            a, b = m.span("t") if span_group and m.group("t") is not None else m.span()
            if b > a:
                yield a, b, rule, m


_WORD_REST = patterns.compile(r"\w*")


def _word_end(lowered: str, hi: int, end: int) -> int:
    """A window never ends inside a word: its end would read as a word boundary ('five-day' in
    'five-daythree')."""
    if hi >= end:
        return end
    c = lowered[hi]
    return _WORD_REST.match(lowered, hi).end() if c.isalnum() or c == "_" else hi


@lru_cache(maxsize=512)
def _rules_for(classes: frozenset) -> tuple:
    """The rules that can match in a text holding trigger words of these classes."""
    return tuple(r for r in RULES if any(c in classes for c, _, _ in r.triggers))


def _merge(spans) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


# an impossible calendar date ("February 30") is no date at all, not a month
_NO_FALLBACK = frozenset({"iso-date", "numeric-date", "month-day", "day-month", "month-year"})


def _fallbacks(cands, a: int, b: int, failed):
    """The candidates within [a, b) of other rules than the one that failed there, best first."""
    if failed.name in _NO_FALLBACK:
        return []
    return sorted((c for c in cands if a <= c[0] and c[1] <= b and c[2] is not failed), key=_order_key)


def _order_key(c):
    return -(c[1] - c[0]), -c[2].priority, c[0]


def _select(cands):
    """Longest first, then the rule's priority; a match overlapping a chosen one is dropped."""
    ordered = sorted(cands, key=_order_key)
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
    return _join_weekday_dates(chosen)


_WEEKDAY_GAP = patterns.compile(r",?\s{1,3}")
_DAY_RULES = ("month-day", "day-month")
# ("this Tuesday, Sept. 12", "next Friday, May 3": the date written out says which; not "the
# previous Friday, May 3", a day counted from another)
_JOINED_RELATIONS = frozenset({"", "this", "next", "last", "coming"})


def _join_weekday_dates(chosen):
    """'Tuesday, January 4' is one expression: the date's value with the weekday's span."""
    out = []
    for c in chosen:
        if out and c[2].name in _DAY_RULES and out[-1][2].name == "weekday" \
                and (out[-1][3]["rel"] or "").lower() in _JOINED_RELATIONS \
                and out[-1][3]["pod"] is None and _WEEKDAY_GAP.fullmatch(c[3].string, out[-1][1], c[0]):
            out[-1] = (out[-1][0], c[1], c[2], c[3])
            continue
        out.append(c)
    return out


# rules whose value is counted from a year already told ("that spring", "the following year"), and
# a month, which may take the year of the story told
_TOLD_YEARS_RULES = frozenset({"season-or-month-told", "of-year-told", "that-period", "anaphoric-day", "month"})
_ORDINAL_IN = patterns.compile(r"(?i)\b(?:first|second|third|fourth)\b")


def _forecast(period: str, dct) -> bool:
    """A quarter or half not over when the article was written is a forecast: "losses through the
    third quarter of 1990", "into the fourth quarter" do not make it the period whose results a report
    compares with "a year ago"."""
    if dct is None:
        return False
    ends = tv.period_end(period)
    return ends is not None and ends >= dct


_BASE_PERIOD_BEFORE = patterns.compile(r"\b(?:after|following|than|from|versus|vs\.?|compared\s+(?:with|to))\s+"
                                      r"(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$", re.I)


_DAY_CLOCK_VALUE = patterns.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _remember(ctx: Context, value: str, surface: str, where: tuple[int, int, int], rule: str = "") -> None:
    if (rule == "quarter" or rule == "month-quarter" or rule in ("month-span-period", "report-period") and value[4:6] in ("-Q", "-H") or rule == "year-quarter" and _ORDINAL_IN.search(surface)
            or rule == "quarter-code" and "-H" in value) and value[:4].isdigit() \
            and not (_forecast(value, ctx.dct) and ctx.tense_of(where[0], where[1]) != tv.PAST) \
            and not (ctx.ref_period and _BASE_PERIOD_BEFORE.search(ctx.text, max(0, where[0] - 40), where[0])):
        # (a period told as the base of a comparison, once the report's own is known, is not the
        # report's: "After a flat second quarter, the company said ..." keeps the third)
        ctx.ref_period = value  # a quarter named, not one counted from another ("a year ago", "the 1988 period")
    if value[:4].isdigit() and not (rule == "ago" and COMPARED_WITH.search(ctx.text, max(0, where[0] - 24), where[0])) \
            and not (ctx.last_value and figure_base_before(ctx.text, where[0])):
        # (a comparison's base, "rose 2.5% in October from a year earlier", "grew 4% in September,
        # slowing from 7.5% in August", is no date the story moves to: "the prior month" after it
        # is September)
        ctx.last_value = value.split("/")[-1]
        ctx.last_span = where[:2]
    if rule in ("month", "month-may", "may-before-month", "may-after-month") and _MONTH_ALONE_VALUE.fullmatch(value):
        ctx.months_told.append((int(value[:4]), int(value[5:7]), where))
    if _DAY_CLOCK_VALUE.match(value):
        ctx.last_clock = (value, where[:2])
    elif WEEK_VALUE.fullmatch(value):
        ctx.last_week = (value, where[:2])
    if value[:4].isdigit():
        day = tv.parse_value_date(value.split("/")[-1])
        if day and ("T" not in value or _PART_OF_DAY_VALUE.fullmatch(value)) and "-W" not in value:
            # (a day told with its part, "Sunday morning", is a day told; a clock time is not)
            ctx.days_told.append((day, where))
        # only a full date sets the year for later yearless ones: a bare "since 2002" does not
        m = _YEAR_IN.search(surface)
        if m and value.startswith(m.group(1)) and len(value.split("/")[0]) >= 7 and value[4] == "-":
            ctx.ref_year = int(m.group(1))
            # ("In January 1945, Allied forces ...": a date opening its sentence sets the story's year)
            if ctx.sentence_of is not None and SENTENCE_OPENING.fullmatch(ctx.text, ctx.sentence_of(*where[:2])[0], where[0]):
                ctx.story_year = ctx.ref_year
        elif ctx.sentence_of is not None and value[:4].isdigit() and (
                rule in _TOLD_YEARS_RULES and SENTENCE_OPENING.fullmatch(ctx.text, ctx.sentence_of(*where[:2])[0], where[0])
                or rule == "year" and ctx.text.startswith(",", where[1])
                and _YEAR_OPENING.fullmatch(ctx.text, ctx.sentence_of(*where[:2])[0], where[1])):
            # ("In 2029, the council rejected it", "That spring, ...", "The following year, ...", "In
            # September, ..." of a story years back: a sentence opened by a year, or by a time counted
            # from the year told, goes on in that year, as one opened by a date does)
            ctx.story_year = int(value[:4])
        if ctx.story_year is not None and ctx.dct and abs(int(value[:4]) - ctx.dct.year) <= 1:
            ctx.story_year = None  # the story is back in its own days

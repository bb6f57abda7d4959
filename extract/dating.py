"""When was an undated article written? Read it from the article's own dates, and across a corpus
from dated articles that tell the same events.

Every explicit date is evidence, by the tense of the verb it goes with: what happened on a day
bounds the creation date from below, what will happen bounds it from above. A weekday said in the
past ("a NATO official said on Tuesday") is most often the day the report was written, one ahead
lies in the week after it. The guess is the day that agrees with the most evidence, the earliest
such day when something bounds it from below (news is written soon after what it tells), the
latest before a day still ahead when only that bounds it. Evidence that bounds the date without
fixing a day gives an interval; too little leaves the article undated, and the reason says what
was missing. Never a confident wrong date: no day is guessed without a year told somewhere.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import patterns, timevalues as tv
from .lexicon import WEEKDAY_NAMES, WEEKDAYS
from .model import Annotations
from .tense import SINCE_BEFORE
from .timex import content_words, tense_reader

_DAY = patterns.compile(r"(\d{4}|XXXX)-(\d\d)-(\d\d)$")
_MONTH = patterns.compile(r"(\d{4}|XXXX)-(\d\d)$")
_YEAR_WRITTEN = patterns.compile(r"\d{4}|['’]\d\d\b")
_WEEKDAY = patterns.compile(r"XXXX-WXX-([1-7])(?:T\w+)?$")
# how far from the evidence a guess may lie: a future event named by its date is at most this far
# ahead of the report that names it, and the day it is guessed from at most this far behind
REACH_DAYS = 45
BRACKET_DAYS = 13  # a day past and a day ahead at most this far apart fix the day between them
STORY_DAYS = 92  # dated articles within this many days of each other tell one story
MIN_SHARED_WORDS = 2  # content words two sentences must share to tell the same event
MIN_SHARED_NAMES = 1  # names an undated article that names any must share with the dated ones to be of their story


@dataclass(frozen=True)
class Clue:
    """One piece of evidence: a date told in the article, read with the tense of its verb."""
    kind: str          # day | month | weekday | dateline | beside (a writer's day named beside a date)
    tense: str | None  # past | future | None
    first: date | None  # the day, or the month's first day (None for a weekday)
    last: date | None
    weekday: int       # ISO weekday for a weekday clue (1 = Monday), else 0
    current: bool      # its year came from the dated articles that tell it, not from its own words or
                       # another date's: a date written without its year is one of the writer's present
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Dating:
    """A creation date guessed from evidence: a day, or an interval, with the reason in words."""
    day: str | None
    earliest: str | None
    latest: str | None
    reason: str


# a wire dateline opens a paragraph: "BRUSSELS, Jan 4 (Reuters) -", "GENEVA, Switzerland, March 3, 2022 (AP) _"
# (a press release's: "LONDON, UK – March 3, 2031 – Acme ...", "NEW YORK, March 3, 2031 /PRNewswire/ --")
# (and the agency before the date: "PYEONGCHANG, South Korea (AP) — Feb. 11, 2018 — The men's downhill ...")
_DATELINE_BEFORE = patterns.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'’ -]{1,30})?"
                                    r"(?:[ \t]*\([A-Z][A-Za-z ]{0,20}\))?(?:,|[ \t][–—]|[ \t]--?)[ \t]*$")
# (South Asian wires write a colon: "ISLAMABAD, May 25 (APP): The ministry ...")
_DATELINE_AFTER = patterns.compile(r"(?:,?[ \t]*\d{4})?[ \t]*(?:\([^()\n]{1,30}\)|/[A-Za-z][\w -]{1,30}/)?[ \t]*"
                             r"(?:-{1,2}|–|—|_|:)(?:[ \t]|[ \t]*\n)")


_YEAR_AFTER = patterns.compile(r",?[ \t]*(\d{4})")


def _dateline_year(text: str, t) -> int | None:
    """The year a wire dateline writes after its yearless-read date, or None."""
    m = _YEAR_AFTER.match(text, t.end)
    return int(m.group(1)) if m and is_dateline(text, t.start, t.end) else None


def is_dateline(text: str, start: int, end: int) -> bool:
    """Is the date at [start, end) a wire dateline's, the day the report was filed?"""
    return bool(_DATELINE_BEFORE.search(text, max(0, start - 80), start)) and bool(_DATELINE_AFTER.match(text, end))


# a day of the writer's own named beside a date: "yesterday, March 3, 2031", "today (4 March 2031)"
_DEICTIC_BEFORE = patterns.compile(r"\b(yesterday|today|tonight|tomorrow)\s*(?:,|\(|—|–)\s*(?:on\s+)?$", re.I)
_DEICTIC_OFFSET = {"yesterday": 1, "today": 0, "tonight": 0, "tomorrow": -1}


def clues(text: str, ann: Annotations, year_of=None) -> list[Clue]:
    """The evidence in an article read undated. year_of(timex) -> a year for a yearless date, or
    None (the corpus's answer); a date without a year otherwise tells nothing about the year."""
    tense_of = tense_reader(text, ann.sentences)
    out = []
    for t in ann.timexes:
        if t.type not in ("DATE", "TIME"):
            continue
        value = t.value.split("/")[0]
        m = _DAY.match(value[:10]) if len(value) >= 10 else None
        if m and value[10:11] in ("", "T"):
            year = _year(m.group(1), t, year_of)
            if year is None and (written := _dateline_year(text, t)) is not None:
                year = written  # "NEW DELHI, May 25, 2031: ..." (the year's colon kept it out of the date)
            if year is None:
                continue
            mon, d = int(m.group(2)), int(m.group(3))
            if not tv.valid_day(year, mon, d) or not tv.EARLIEST.year <= year <= tv.LATEST.year:
                continue
            day = date(year, mon, d)
            if m.group(1) != "XXXX" and not _YEAR_WRITTEN.search(t.text):
                continue  # a year borrowed from another date told earlier: evidence of nothing
            # a date written with its weekday, and the right one, is news of the week it was
            # written in, not background: "struck on Sunday, March 10, 2024"
            written = _weekday_written(t.text)
            with_weekday = m.group(1) != "XXXX" and written == day.isoweekday()
            if m.group(1) == "XXXX" and written is not None and written != day.isoweekday():
                continue  # "Thursday, July 25" is no July 25 of a year in which that is not a Thursday
            if m.group(1) != "XXXX" and (beside := _DEICTIC_BEFORE.search(text, max(0, t.start - 16), t.start)):
                # "storms battered the coast yesterday, March 3, 2031": the day the article was written
                # is named beside it, counted from it
                written_on = day + timedelta(days=_DEICTIC_OFFSET[beside.group(1).lower()])
                end = t.end + 1 if "(" in beside.group() and text.startswith(")", t.end) else t.end
                out.append(Clue("beside", tv.PAST, written_on, written_on, 0, True,
                                " ".join(text[beside.start():end].split()), beside.start(), end))
                continue
            tense = tense_of(t.start, t.end)
            photo = _photo_caption(text, t.end)
            if photo == "archive":
                continue  # "REUTERS/Jan Kowal/File Photo": the archive's day, not the story's
            if photo and m.group(1) != "XXXX":
                # a news photo's caption dates the photo, taken for this report: a day already past,
                # of the week the report was written in
                with_weekday, tense = True, tv.PAST
            current = m.group(1) == "XXXX" or with_weekday
            if current and tense != tv.FUTURE and _STRETCH_EDGE_BEFORE.search(text, max(0, t.start - 30), t.start):
                # a past stretch's edge ("the quarter ended Sept. 30", "shares bought from Sept. 14"):
                # a report follows it by weeks; it bounds the creation date but names no day of its week
                current = False
            said = t.text
            if is_dateline(text, t.start, t.end):
                kind = "dateline"
                line = text.rfind("\n", 0, t.start) + 1
                said = " ".join(text[line:_DATELINE_AFTER.match(text, t.end).end()].split()).rstrip(" -–—_")
            else:
                kind = "day"
            out.append(Clue(kind, tense, day, day, 0, current, said, t.start, t.end))
            continue
        m = _MONTH.match(value)
        if m:
            year = _year(m.group(1), t, year_of)
            if year is None or not tv.EARLIEST.year <= year <= tv.LATEST.year:
                continue
            mon = int(m.group(2))
            if m.group(1) != "XXXX" and not _YEAR_WRITTEN.search(t.text):
                continue
            first = date(year, mon, 1)
            out.append(Clue("month", tense_of(t.start, t.end), first, tv.shift_months(first, 1) - timedelta(days=1),
                            0, m.group(1) == "XXXX", t.text, t.start, t.end))
            continue
        m = _WEEKDAY.match(value)
        if m:
            out.append(Clue("weekday", tense_of(t.start, t.end), None, None, int(m.group(1)), False, t.text,
                            t.start, t.end))
    return _weekday_agreeing(out, text)


def _weekday_agreeing(found: list[Clue], text: str) -> list[Clue]:
    """The latest full date told, when the article also says its weekday as past ("engineers were at
    work on Thursday" beside "October 26, 2017", a Thursday), is the day that weekday names: news of
    its week, not background (an older date sharing a weekday by chance is not the latest, nor the
    start of a stretch: "its best gain since Nov. 30, 2011")."""
    said_past = {c.weekday for c in found if c.kind == "weekday" and c.tense != tv.FUTURE}
    written = [c for c in found if c.kind == "day" and not c.current and c.tense != tv.FUTURE
               and not SINCE_BEFORE.search(text, max(0, c.start - 8), c.start)]
    if not said_past or not written:
        return found
    latest = max(written, key=lambda c: (c.first, c.start))
    if latest.first.isoweekday() not in said_past or any(
            c.first is not None and c.first > latest.first for c in found if c.kind != "weekday"):
        return found
    return [replace(c, tense=tv.PAST, current=True) if c is latest else c for c in found]


# the edges of a stretch: "the quarter ended Sept. 30", "as of June 30", "through Oct. 19", "bought
# from Sept. 14 to Thursday", "eight days after Oct. 12"
_STRETCH_EDGE_BEFORE = patterns.compile(r"\b(?:(?:quarter|year|months|weeks|period|half)\s+(?:ended|ending)|[Aa]s of"
                                  r"|[Tt]hrough|[Ff]rom|(?:days|weeks|months)\s+(?:after|before))\s+$")
# a news agency's photo credit right after a caption's date: "... October 26, 2017. REUTERS/Romeo Ranoco"
_PHOTO_CREDIT = patterns.compile(r"[.,]?[ \t]*\(?(?:REUTERS|Reuters|AP Photo|AFP|EPA|Getty Images|Xinhua)[/ ]")
_ARCHIVE_PHOTO = patterns.compile(r"\bfile\b", re.I)


def _photo_caption(text: str, end: int) -> str | None:
    """'news' when the date ending at end is a photo caption's, 'archive' for an archive photo's."""
    if not _PHOTO_CREDIT.match(text, end):
        return None
    line_start, line_end = text.rfind("\n", 0, end) + 1, text.find("\n", end)
    return "archive" if _ARCHIVE_PHOTO.search(text, line_start, line_end if line_end >= 0 else len(text)) else "news"


_WEEKDAY_FIRST = patterns.compile(rf"(?:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b\.?", re.I)


def _weekday_written(text: str) -> int | None:
    """The ISO weekday a date's own text opens with ("Sunday, March 10, 2024"), or None."""
    m = _WEEKDAY_FIRST.match(text)
    return WEEKDAYS.get(m.group().rstrip(".").lower()) if m else None


def _year(field: str, timex, year_of) -> int | None:
    if field != "XXXX":
        return int(field)
    return year_of(timex) if year_of is not None else None


def date_from_clues(found: list[Clue]) -> Dating | None:
    """The creation date the clues point to, or None when they say nothing sure about it.

    A date written with its year is often background ("the treaty of April 4, 1949"): it bounds
    the creation date but never fixes it alone. A day is guessed from a date the writer left yearless
    (its year from the dated articles that tell the same event), or between a day past and a day
    ahead at most BRACKET_DAYS apart."""
    datelines = [c for c in found if c.kind == "dateline"]
    if datelines:  # the day the report was filed, as its dateline says
        c = datelines[0]
        return Dating(c.first.isoformat(), None, None, f"{c.first.isoformat()}: dateline {c.text!r}")
    beside = [c for c in found if c.kind == "beside"]
    if beside:  # the writer's own day, named beside a date ("yesterday, March 3, 2031")
        c = beside[0]
        return Dating(c.first.isoformat(), None, None, f"{c.first.isoformat()}: {c.text!r}")
    days = [c for c in found if c.kind == "day"]
    months = [c for c in found if c.kind == "month"]
    weekdays = [c for c in found if c.kind == "weekday"]
    said_past = [c.weekday for c in weekdays if c.tense != tv.FUTURE]
    said_ahead = [c.weekday for c in weekdays if c.tense == tv.FUTURE]
    lows = [c for c in days if c.tense == tv.PAST]     # what already happened on a known day
    highs = [c for c in days if c.tense == tv.FUTURE]  # what is still to come
    if lows or highs:
        anchor = [c.first for c in (*lows, *highs)]
        lo, hi = min(anchor) - timedelta(days=7), max(anchor) + timedelta(days=7)
        best: tuple | None = None
        for d in _candidate_days(lo, hi, lows, highs):
            score = 2 * sum(d >= c.first for c in lows) + 2 * sum(d <= c.first for c in highs) \
                + sum(d.isoweekday() == w for w in said_past) \
                + sum(0 < (w - d.isoweekday()) % 7 for w in said_ahead)
            if best is None or score > best[0]:
                best = (score, [d])
            elif score == best[0]:
                best[1].append(d)
        tied = best[1]
        low = max((c for c in lows if c.first <= tied[0]), key=lambda c: (c.first, c.start), default=None)
        high = min((c for c in highs if c.first >= tied[-1]), key=lambda c: (c.first, c.start), default=None)
        gap = (high.first - low.first).days if low and high else None
        if low and (low.current or gap is not None and gap <= BRACKET_DAYS):
            day = tied[0]  # written soon after the last thing it tells
            why = _quote(low, "already past")
            if high and high.first > day:
                why += f", {_quote(high, 'still ahead')}"
        elif high and high.current and said_past:
            # only a day still ahead bounds it: the last day before it that is the weekday the
            # article says things were said on
            fits = [x for x in tied if x <= high.first and (high.first - x).days <= BRACKET_DAYS
                    and x.isoweekday() in said_past]
            if not fits:
                return _interval(high.first - timedelta(days=REACH_DAYS), high, "no day told as past fixes it")
            day = fits[-1]
            why = f"{WEEKDAY_NAMES[day.isoweekday() - 1]} said as past, {_quote(high, 'still ahead')}"
        elif gap is not None and gap <= REACH_DAYS:
            return _interval(low.first, high, f"{_quote(low, 'already past')}; no day between fixes it")
        elif high and high.current:
            return _interval(high.first - timedelta(days=REACH_DAYS), high, "no day told as past fixes it")
        else:
            return None
        return Dating(day.isoformat(), None, None, f"{day.isoformat()}: {why}")
    # months only: a month still ahead that the writer named without its year is most often the next
    ahead = [c for c in months if c.tense == tv.FUTURE and c.current]
    if ahead:
        first = min(ahead, key=lambda c: (c.first, c.start))
        before = tv.shift_months(first.first, -1)
        if any(c.first > before for c in months if c.tense == tv.PAST):
            return None  # the evidence disagrees with itself
        end = first.first - timedelta(days=1)
        return Dating(None, before.isoformat(), end.isoformat(),
                      f"in {before.strftime('%B %Y')}: {_quote(first, 'still ahead')}; no day told fixes the day")
    return None


def _candidate_days(lo: date, hi: date, lows: list, highs: list) -> list[date]:
    """The days of [lo, hi] that date_from_clues must score to find what scoring every day would: the
    score is constant between the days where a bound starts or stops holding but for the weekday
    terms, which repeat every 7 days; so the first and last 7 days of each such stretch hold its
    earliest and latest best day, and the BRACKET_DAYS before each day still ahead hold every day a
    weekday said as past may pick there. (Scoring every day cost an article telling a 1998 treaty
    beside a 2005 date 2,700 days times its clues.)"""
    one = timedelta(days=1)
    edges = sorted({lo, *(c.first for c in lows if lo < c.first <= hi),
                    *(c.first + one for c in highs if lo < c.first + one <= hi)})
    days: set[date] = set()
    for i, start in enumerate(edges):
        end = edges[i + 1] - one if i + 1 < len(edges) else hi
        span = (end - start).days
        days.update(start + timedelta(days=k) for k in range(min(7, span + 1)))
        days.update(end - timedelta(days=k) for k in range(min(7, span + 1)))
    for c in highs:
        before = (c.first - timedelta(days=k) for k in range(BRACKET_DAYS + 1))
        days.update(d for d in before if lo <= d <= hi)
    return sorted(days)


def why_undated(timexes: list, found: list[Clue]) -> str:
    """What was missing, in words, for an article left undated."""
    dated = [c for c in found if c.first is not None]
    if dated:
        return f"undated: {_quote(dated[0], 'bounds it')}, but nothing told fixes the day"
    yearless = [t for t in timexes if t.type in ("DATE", "TIME") and re.match(r"XXXX-\d\d", t.value)] or \
        [t for t in timexes if t.type in ("DATE", "TIME") and t.value.startswith("XXXX-W")]
    if yearless:
        said = ", ".join(repr(t.text if len(t.text) <= 24 else t.text[:23] + "…") for t in yearless[:2])
        return f"undated: its dates ({said}) name no year"
    if any(t.type in ("DATE", "TIME") and t.value[:4].isdigit() for t in timexes):
        return "undated: it names years but no day or month of its own"
    return "undated: it tells no date"


def _interval(start: date, high: Clue, why: str) -> Dating:
    return Dating(None, start.isoformat(), high.first.isoformat(),
                  f"between {start.isoformat()} and {high.first.isoformat()}: {_quote(high, 'still ahead')}; {why}")


def _quote(c: Clue, what: str) -> str:
    text = c.text if len(c.text) <= 40 else c.text[:39] + "…"
    return f"{text!r} {what}"


# ---------------------------------------------------------------------------------------------
# across a corpus: yearless dates take the year of the same event told in a dated article

class Calendar:
    """The dated articles' days, each with the words of the sentence it was told in."""

    def __init__(self):
        self._by_month_day: dict[tuple[int, int], list[tuple[int, frozenset, str]]] = {}
        self._created: list[date] = []
        self._names: set[str] = set()

    def add(self, text: str, ann: Annotations, name: str) -> None:
        if not ann.dct:
            return
        try:
            self._created.append(date.fromisoformat(ann.dct))
        except ValueError:
            return
        self._names.update(e.text for e in ann.entities)
        for t in ann.timexes:
            m = _DAY.match(t.value[:10]) if t.type == "DATE" and len(t.value) >= 10 else None
            if m and m.group(1) != "XXXX":
                self._by_month_day.setdefault((int(m.group(2)), int(m.group(3))), []).append(
                    (int(m.group(1)), _sentence_words(text, ann, t.start), name))

    def year_of(self, text: str, ann: Annotations):
        """year_of(timex) for clues(): the year of the same month and day told of the same event
        (the two sentences share content words) in a dated article; None when none does. The dated
        articles' story lends its years to an article that names none of its people, bodies or places
        only when it names none at all."""
        names = {e.text for e in ann.entities}
        story = self.story_day() if not names or len(names & self._names) >= MIN_SHARED_NAMES else None

        def year_of(t) -> int | None:
            m = _DAY.match(t.value[:10]) if len(t.value) >= 10 else None
            told = self._by_month_day.get((int(m.group(2)), int(m.group(3)))) if m else None
            if not told:
                return self._story_year(story, t)
            here = _sentence_words(text, ann, t.start)
            votes: dict[int, int] = {}
            for year, words, _ in told:
                if len(here & words) >= MIN_SHARED_WORDS:
                    votes[year] = votes.get(year, 0) + 1
            if not votes:
                return self._story_year(story, t)
            return max(sorted(votes), key=lambda y: votes[y])
        return year_of

    def has_dates(self) -> bool:
        return bool(self._created)

    def story_day(self) -> date | None:
        """The middle of the dated articles' days when they all lie within STORY_DAYS of each other
        (a corpus about one story): a yearless month told in an undated one is read against it."""
        if not self._created or max(self._created) - min(self._created) > timedelta(days=STORY_DAYS):
            return None
        days = sorted(self._created)
        return days[len(days) // 2]

    @staticmethod
    def _story_year(story: date | None, t) -> int | None:
        if story is None:
            return None
        m = _DAY.match(t.value[:10]) if len(t.value) >= 10 else _MONTH.match(t.value)
        if not m:
            return None
        day = int(m.group(3)) if m.re is _DAY else None
        return tv.pick_year(story, int(m.group(2)), day, None)

    def sources_of(self, text: str, ann: Annotations, found: list[Clue]) -> int:
        """How many dated articles gave the clues their years."""
        names = set()
        for c in found:
            if c.first is None:
                continue
            here = _sentence_words(text, ann, c.start)
            for year, words, name in self._by_month_day.get((c.first.month, c.first.day), ()):
                if year == c.first.year and len(here & words) >= MIN_SHARED_WORDS:
                    names.add(name)
        return len(names)


def _sentence_words(text: str, ann: Annotations, at: int) -> frozenset:
    for s in ann.sentences:
        if s.start <= at < s.end:
            return content_words(text[s.start:s.end])
    return content_words(text[max(0, at - 120):at + 120])


# ---------------------------------------------------------------------------------------------
# what an inferred date changes in the article's values

def mark_inferred(undated: list, dated: list) -> list:
    """The dated reading, each value that the undated reading could not give marked as counted
    from the inferred creation date ("Tuesday" -> 2022-01-04), the others left as they are."""
    known = {(t.start, t.end): t.value for t in undated}
    for t in dated:
        if known.get((t.start, t.end)) != t.value and t.value[:4].isdigit():
            t.inferred = True
    return dated


def with_years(timexes: list, found: Dating) -> list:
    """An interval that fixes no day still fixes the year of a yearless month or day ('January'
    written in December 2021 is 2022-01); those values are taken, marked as inferred."""
    ref = date.fromisoformat(found.latest)
    for t in timexes:
        m = _DAY.match(t.value) or _MONTH.match(t.value)
        if m and m.group(1) == "XXXX" and t.type == "DATE":
            mon = int(m.group(2))
            day = int(m.group(3)) if m.re is _DAY else None
            year = tv.pick_year(ref, mon, day, tv.NONE)
            t.value = f"{year:04d}" + t.value[4:]
            t.inferred = True
    return timexes

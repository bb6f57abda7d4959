"""One timeline from every source: events that tell the same happening become one entry, each
source keeps its own date, and a source whose date disagrees is marked as conflicting.

Merging looks only at pairs of events that share a name or a rare word (an inverted index), so it
grows with the corpus, not with its square. A pair merges when what the two statements share
(names, places, words) outweighs what they do not, with a bar that depends on their dates:
compatible dates (the same day, a day inside a range, a week inside a month) need less evidence;
dates that differ in a single field ("April 4-6" for "January 4-6": a slip of the month) need much
more; dates that differ otherwise never merge.
"""
from __future__ import annotations

import gc
import hashlib
import math
from functools import lru_cache
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta

from .events import Event

SAME, COMPATIBLE, NEAR_MISS, UNRELATED, UNKNOWN = "same", "compatible", "near-miss", "unrelated", "unknown"
BAR = {SAME: 0.22, COMPATIBLE: 0.30, UNKNOWN: 0.45, NEAR_MISS: 0.42}
KIND_BONUS = 0.15     # both statements name the same sort of happening
# A year or a quarter holds many happenings, and a report tells each of its happenings once:
# two statements dated only so coarsely, or from one document, need more evidence to be one.
COARSE_EXTRA = 0.15
SAME_DOC_EXTRA = 0.0
COARSE_DAYS = 31
RARE_WORDS = 4         # and its rarest words
MAX_CANDIDATES = 16    # the most pairs any one event takes part in
BLOCKING_FEATURES = 12 # the rarest features of an event that open candidate pairs
NEIGHBOURS = 6         # in a block, the events after each one (in date order) it is compared with


@dataclass
class Entry:
    id: str
    date: str
    title: str
    sources: list[Event]
    conflicting: set[int] = field(default_factory=set)   # indices into sources
    participants: list[str] = field(default_factory=list)
    place: str | None = None

    @property
    def conflict(self) -> bool:
        return bool(self.conflicting)

    @property
    def reported(self) -> bool:
        """Dated only by its sources' articles: no source gives a date of its own."""
        return all(s.reported for s in self.sources)

    @property
    def support(self) -> int:
        """Independent sources: distinct documents whose date agrees."""
        # (kept once counted: an entry of a large corpus can have hundreds of sources, and the
        # timeline asks on every repaint; the key notices a source list or a conflict changed)
        key = (len(self.sources), tuple(sorted(self.conflicting)))
        memo = self.__dict__.get("_support")
        if memo is None or memo[0] != key:
            memo = self.__dict__["_support"] = (key, len({s.doc for i, s in enumerate(self.sources)
                                                          if i not in self.conflicting}))
        return memo[1]


# ---------------------------------------------------------------------------------------------
# dates as intervals

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (1, 2)}


@lru_cache(maxsize=65536)
def interval(value: str) -> tuple[date, date] | None:
    """The days a TimeML value covers, or None when it is not anchored (XXXX, REFs, durations)."""
    if "/" in value:
        parts = value.split("/")
        ia, ib = interval(parts[0]), interval(parts[-1])  # (neither holds a "/": one level deep)
        return (ia[0], ib[1]) if ia and ib else None
    v = value.split("T")[0]
    try:
        if len(v) == 10:
            d = date.fromisoformat(v)
            return d, d
        if len(v) == 7 and v[4] == "-" and v[5:].isdigit():
            y, m = int(v[:4]), int(v[5:])
            return date(y, m, 1), date(y, m, monthrange(y, m)[1])
        if "-W" in v and v[:4].isdigit() and v[6:8].isdigit():
            y, w = int(v[:4]), int(v[6:8])
            start = date.fromisocalendar(y, w, 1)
            return (start + timedelta(days=5), start + timedelta(days=6)) if v.endswith("WE") else (
                start, start + timedelta(days=6))
        if "-Q" in v and v[:4].isdigit():
            y, q = int(v[:4]), int(v[6])
            return date(y, 3 * q - 2, 1), date(y, 3 * q, monthrange(y, 3 * q)[1])
        if "-H" in v and v[:4].isdigit() and v[6:7] in ("1", "2") and len(v) == 7:
            y, h = int(v[:4]), int(v[6])
            return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
        if len(v) == 7 and v[:4].isdigit() and v[5:] in _SEASON_MONTHS:
            # (a season as the northern meteorological one; winter as the months of its year it holds)
            y, (a, b) = int(v[:4]), _SEASON_MONTHS[v[5:]]
            return date(y, a, 1), date(y, b, monthrange(y, b)[1])
        if len(v) == 4 and v.isdigit():
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if len(v) == 3 and v.isdigit():
            return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
    except (ValueError, OverflowError):
        return None  # not a day of the calendar, or past its edges
    return None


def compatibility(a: str, b: str) -> str:
    if a.split("T")[0] == b.split("T")[0]:
        return SAME
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return UNKNOWN
    if ia[0] <= ib[1] and ib[0] <= ia[1]:
        return COMPATIBLE
    return NEAR_MISS if _one_field_apart(ia, ib) else UNRELATED


def _one_field_apart(ia, ib) -> bool:
    """Would changing only the year or only the month of one date make them meet? A slipped month
    may drag the year with it (a yearless "May 8" in a past-tense sentence is placed last May), so
    the same days of the month within a year of each other count too. Another day is another day."""
    for field_name in ("year", "month"):
        try:
            moved = tuple(d.replace(**{field_name: getattr(ib[0], field_name)}) for d in ia)
        except ValueError:
            continue
        if moved[0] <= ib[1] and ib[0] <= moved[1] and (ia[1] - ia[0]) == (moved[1] - moved[0]):
            return True
    same_days = (ia[0].day, ia[1].day) == (ib[0].day, ib[1].day) or (
        ia[0] == ia[1] and ib[0].day <= ia[0].day <= ib[1].day and ib[0].month == ib[1].month)
    return same_days and abs((ia[0] - ib[0]).days) <= 366


@lru_cache(maxsize=65536)
def group_of(value: str) -> tuple[int, int | None] | None:
    """Where an entry goes in a timeline grouped by year and month: (year, month) for a date within
    about a month (by its first day), (year, None) for a coarser one (a quarter, a season, a year),
    None for an undated one. The reader and the exports group alike."""
    iv = interval(value)
    if not iv:
        return None
    return (iv[0].year, None) if (iv[1] - iv[0]).days > 31 else (iv[0].year, iv[0].month)


def precision_days(value: str) -> int:
    iv = interval(value)
    return (iv[1] - iv[0]).days + 1 if iv else 10 ** 6


# ---------------------------------------------------------------------------------------------
# merging

def features(e: Event) -> set[str]:
    return ({"n:" + p for p in e.participants} | {"p:" + p for p in e.places} | {"w:" + w for w in e.keywords}
            )


def similarity(fa: set[str], fb: set[str], idf: dict[str, float]) -> float:
    """Weighted overlap over the geometric mean of the two weights: a short statement and a long
    one telling the same thing still score high, unlike plain Jaccard."""
    shared = fa & fb
    if not shared:
        return 0.0
    # (fsum is exact, so the score does not depend on the order a set happens to iterate in, which
    # changes with the hash seed: a merge decided at the bar must come out the same on every run)
    wa, wb = math.fsum(idf[f] for f in fa), math.fsum(idf[f] for f in fb)
    return math.fsum(idf[f] for f in shared) / math.sqrt(wa * wb)


def _same_names(a: Event, b: Event) -> bool:
    """Statements that name different sets of people are different events: Borrell's visit is not
    Borrell's call with Stoltenberg. (People named in full; a statement naming nobody agrees.)"""
    return not a.people or not b.people or a.people == b.people


def _blocks(events: list[Event], feats: list[set[str]], df: dict[str, int]) -> dict[tuple, list[int]]:
    """Candidate pairs come from events that share a feature and a date bucket: the same month (for
    compatible dates), the same day of the month (for a slip of the month or year), and, for
    coarse dates (a year, a quarter), the years they cover -- where only a coarse event opens pairs."""
    blocks: dict[tuple, list[int]] = {}
    coarse_years: dict[tuple, list[int]] = {}
    for i, (e, f) in enumerate(zip(events, feats)):
        iv = interval(e.value)
        if iv is None:
            keys = [("x",)]
        elif (iv[1] - iv[0]).days <= 31:
            keys = [("ym", iv[0].year, iv[0].month)]
            if (iv[1].year, iv[1].month) != (iv[0].year, iv[0].month):
                keys.append(("ym", iv[1].year, iv[1].month))
            if (iv[1] - iv[0]).days < 7:
                keys.append(("d", iv[0].day))  # a slipped month or year keeps the day of the month
        else:
            keys = [("Y", y) for y in range(iv[0].year, min(iv[1].year, iv[0].year + 10) + 1)]
        fine_years = [iv[0].year] if iv is not None and (iv[1] - iv[0]).days <= 31 else []
        # block on names, places and the rarest words: two tellings of one event share some of them;
        # with the neighbour bound this keeps the pairs per event bounded as the corpus grows
        shared = sorted((x for x in f if df[x] > 1), key=lambda x: (df[x], x))  # (ties by name, never by hash)
        names = [x for x in shared if x[0] in "np"][:BLOCKING_FEATURES]
        words = [x for x in shared if x[0] == "w"][:RARE_WORDS]
        for x in names + words:
            for k in keys:
                blocks.setdefault((x, *k), []).append(i)
            for y in fine_years:
                coarse_years.setdefault((x, "Y", y), []).append(i)
    # a coarse event meets the fine ones of its years: add them as guests to its blocks
    for key, members in blocks.items():
        if key[1] == "Y" and key in coarse_years:
            members.extend(coarse_years[key][:NEIGHBOURS * len(members)])
    return blocks


class _Compat:
    """Date compatibility between events, from intervals computed once per distinct value."""

    def __init__(self, events: list[Event]):
        self.values = [e.value for e in events]
        self.cache: dict[tuple[str, str], str] = {}

    def __call__(self, i: int, j: int) -> str:
        return self.of(self.values[i], self.values[j])

    def of(self, a: str, b: str) -> str:
        key = (a, b) if a <= b else (b, a)
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = compatibility(*key)
        return hit


class _Cluster:
    """A growing entry, with what a newcomer must agree with: its main date (no date of either side
    may be unrelated to the other side's main date), the one set of people it names, and the sorts
    of happening all of its statements share. Checking against the main date, not every member,
    keeps a merge's cost linear in the cluster's size."""

    def __init__(self, i: int, e: Event):
        self.members = [i]
        self.values = {e.value: 1}
        self.people = e.people or None
        self.kinds = e.kinds or None

    @property
    def main(self) -> str:
        return max(self.values, key=lambda v: (self.values[v], -precision_days(v)))

    def fits(self, other: "_Cluster", compat: _Compat) -> bool:
        if self.people and other.people and self.people != other.people:
            return False
        if self.kinds and other.kinds and not self.kinds & other.kinds:
            return False
        mine, theirs = self.main, other.main
        return (all(compat.of(v, mine) != UNRELATED for v in other.values)
                and all(compat.of(v, theirs) != UNRELATED for v in self.values))

    def absorb(self, other: "_Cluster") -> None:
        self.members.extend(other.members)
        for v, c in other.values.items():
            self.values[v] = self.values.get(v, 0) + c
        self.people = self.people or other.people
        if self.kinds and other.kinds:
            self.kinds = self.kinds & other.kinds
        else:
            self.kinds = self.kinds or other.kinds


def _same_kind(a: Event, b: Event) -> bool:
    """Statements whose triggers name different sorts of happening (a visit, a call), or that name
    different models ("iPhone 3G", "iPhone 3GS"), tell different events."""
    if a.products and b.products and not a.products & b.products:
        return False
    return not a.kinds or not b.kinds or bool(a.kinds & b.kinds)


def build_timeline(events: list[Event]) -> list[Entry]:
    """Merge events into entries, in date order."""
    # The merge allocates many small objects and no reference cycles: pausing the cyclic garbage
    # collector keeps its full sweeps, whose cost grows with the heap, from making a large corpus
    # slower per article than a small one.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_timeline(events)
    finally:
        if enabled:
            gc.enable()


def _build_timeline(events: list[Event]) -> list[Entry]:
    n = len(events)
    feats = [features(e) for e in events]
    df: dict[str, int] = {}
    for f in feats:
        for x in f:
            df[x] = df.get(x, 0) + 1
    idf = {x: math.log((n + 1) / (c + 0.5)) + 0.1 for x, c in df.items()}
    # weight names and places above words: they say who and where
    for x in idf:
        if x[0] in "np":
            idf[x] *= 2.0
    pairs: set[tuple[int, int]] = set()
    starts = [(interval(e.value) or (date.max,))[0] for e in events]
    taken = [0] * n
    # rarest blocks first, each event meeting its nearest neighbours in date, and no event taking
    # part in more than MAX_CANDIDATES pairs: a bounded cost per event however large the corpus
    for members in sorted(_blocks(events, feats, df).values(), key=len):
        if len(members) < 2:
            continue
        if len(members) > NEIGHBOURS + 1:
            members = sorted(set(members), key=lambda k: (starts[k], k))
        for ai in range(len(members)):
            x = members[ai]
            for bi in range(ai + 1, min(ai + 1 + NEIGHBOURS, len(members))):
                y = members[bi]
                if x == y or taken[x] >= MAX_CANDIDATES or taken[y] >= MAX_CANDIDATES:
                    continue
                key = (x, y) if x < y else (y, x)
                if key not in pairs:
                    pairs.add(key)
                    taken[x] += 1
                    taken[y] += 1
    compat = _Compat(events)
    scored = []
    for (i, j) in sorted(pairs):
        a, b = events[i], events[j]
        if not _same_names(a, b) or not _same_kind(a, b):
            continue
        comp = compat(i, j)
        if comp == UNRELATED or a.doc == b.doc and (a.another or b.another):
            continue  # (a report that says "another", "also", "a second" tells a further happening)
        if (a.reported or b.reported) and (comp == NEAR_MISS or a.doc == b.doc and a.reported != b.reported):
            continue  # a date from the report's own is "about then": no slipped digit, and no other date of its article
        # (the sorts their triggers name must agree, above; the sorts their words name add evidence)
        s = similarity(feats[i], feats[j], idf) + (KIND_BONUS if a.topics & b.topics else 0.0)
        # (a month inside a year is compatible with it, and so is each of the year's other happenings)
        coarse = comp == COMPATIBLE and max(precision_days(a.value), precision_days(b.value)) > COARSE_DAYS
        bar = BAR[comp] + (COARSE_EXTRA if coarse else 0.0) + (SAME_DOC_EXTRA if a.doc == b.doc else 0.0)
        if s >= bar:
            scored.append((s, i, j))
    scored.sort(reverse=True)
    parent = list(range(n))
    clusters = {i: _Cluster(i, events[i]) for i in range(n)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s, i, j in scored:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        ci, cj = clusters[ri], clusters[rj]
        if not ci.fits(cj, compat):
            continue  # a cluster must hold together (see _Cluster.fits)
        parent[rj] = ri
        ci.absorb(clusters.pop(rj))
    members = {r: c.members for r, c in clusters.items()}
    entries = [make_entry([events[k] for k in sorted(group, key=lambda k: (events[k].doc, events[k].timex.start))])
               for group in members.values()]
    entries.sort(key=entry_order)
    return entries


def make_entry(sources: list[Event]) -> Entry:
    # (a source dated only by its article's date says "about then": it neither sets the date of an
    # entry that has dates of its own nor disagrees with them)
    own = [i for i, s in enumerate(sources) if not s.reported]
    if own and len(own) < len(sources):
        date_value, mine = resolve_date([sources[i].value for i in own])
        conflicting = {own[k] for k in mine}
    else:
        date_value, conflicting = resolve_date([s.value for s in sources])
    if not own:
        date_value = report_day([s.value for s in sources], date_value)
    main = next(s for i, s in enumerate(sources) if i not in conflicting)
    first = min(sources, key=lambda s: (s.doc, s.timex.start, s.timex.end))
    eid = hashlib.sha1(f"{first.doc}:{first.timex.start}:{first.timex.end}".encode()).hexdigest()[:12]
    participants: list[str] = []
    for s in sources:
        for p in s.participants:
            if p not in participants:
                participants.append(p)
    # where: the place the statements put it "in" or "at", else the place they name most
    places = [s.location for s in sources if s.location] or [p for s in sources for p in s.places]
    place = max(set(places), key=lambda p: (places.count(p), -places.index(p))) if places else None
    return Entry(eid, date_value, main.title, sources, conflicting, participants, place)


def report_day(values: list[str], chosen: str) -> str:
    """The day of an entry told only by reports with no date of their own ("Jobs resigns"): the
    latest day all their articles allow, which is most often the day the first was written."""
    ivs = [iv for iv in map(interval, values) if iv]
    whole = interval(chosen)
    if not ivs or not whole:
        return chosen
    first, last = max(iv[0] for iv in ivs), min(iv[1] for iv in ivs)
    return (last if first <= last else whole[1]).isoformat()


def resolve_date(values: list[str]) -> tuple[str, set[int]]:
    """The entry's date and the sources that disagree with it. The largest group of mutually
    compatible values wins (ties: the more precise); its date is an explicit range that covers the
    group ("January 4-6" over "January 4"), else its most precise value. Works on the distinct
    values, so a story told a thousand times costs no more than one told ten ways."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    distinct = list(counts)
    agree = {v: [w for w in distinct if compatibility(v, w) in (SAME, COMPATIBLE, UNKNOWN)] for v in distinct}
    seed = max(distinct, key=lambda v: (sum(counts[w] for w in agree[v]), -precision_days(v), v))
    group = set(agree[seed])
    covering = [v for v in group if "/" in v and all(_covers(v, w) for w in group)]
    if covering:
        chosen = min(covering, key=lambda v: (precision_days(v), v))
    else:
        chosen = min(group, key=lambda v: (precision_days(v), "T" in v, v))
    conflicting = {j for j, v in enumerate(values) if v not in group}
    return chosen, conflicting


def _covers(outer: str, inner: str) -> bool:
    io, ii = interval(outer), interval(inner)
    return bool(io and ii and io[0] <= ii[0] and ii[1] <= io[1])


def entry_order(e: Entry):
    iv = interval(e.date)
    return (0, iv[0], iv[1], e.id) if iv else (1, date.max, date.max, e.id)

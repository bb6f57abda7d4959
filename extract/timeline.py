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

import hashlib
import math
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, timedelta

from .events import Event

SAME, COMPATIBLE, NEAR_MISS, UNRELATED, UNKNOWN = "same", "compatible", "near-miss", "unrelated", "unknown"
BAR = {SAME: 0.22, COMPATIBLE: 0.30, UNKNOWN: 0.45, NEAR_MISS: 0.42}
KIND_BONUS = 0.15     # both statements name the same sort of happening
COMMON_FEATURE = 0.35  # a feature in more than this share of events (and of more than 20) opens no pair


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
    def support(self) -> int:
        """Independent sources: distinct documents whose date agrees."""
        return len({s.doc for i, s in enumerate(self.sources) if i not in self.conflicting})


# ---------------------------------------------------------------------------------------------
# dates as intervals

def interval(value: str) -> tuple[date, date] | None:
    """The days a TimeML value covers, or None when it is not anchored (XXXX, REFs, durations)."""
    if "/" in value:
        a, b = value.split("/", 1)
        ia, ib = interval(a), interval(b)
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
        if len(v) == 4 and v.isdigit():
            return date(int(v), 1, 1), date(int(v), 12, 31)
        if len(v) == 3 and v.isdigit():
            return date(int(v) * 10, 1, 1), date(int(v) * 10 + 9, 12, 31)
    except ValueError:
        return None
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
    """Would changing only the year, only the month or only the day of one date make them meet?"""
    for field_name in ("year", "month"):  # a slip of the year or the month; another day is another day
        try:
            moved = tuple(d.replace(**{field_name: getattr(ib[0], field_name)}) for d in ia)
        except ValueError:
            continue
        if moved[0] <= ib[1] and ib[0] <= moved[1] and (ia[1] - ia[0]) == (moved[1] - moved[0]):
            return True
    return False


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
    wa, wb = sum(idf[f] for f in fa), sum(idf[f] for f in fb)
    return sum(idf[f] for f in shared) / math.sqrt(wa * wb)


def _same_names(a: Event, b: Event) -> bool:
    """Statements that name different sets of people are different events: Borrell's visit is not
    Borrell's call with Stoltenberg. (People named in full; a statement naming nobody agrees.)"""
    return not a.people or not b.people or a.people == b.people


def _same_kind(a: Event, b: Event) -> bool:
    return not a.kinds or not b.kinds or bool(a.kinds & b.kinds)


def build_timeline(events: list[Event]) -> list[Entry]:
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
    common = {x for x, c in df.items() if c > max(20, COMMON_FEATURE * n)}
    index: dict[str, list[int]] = {}
    for i, f in enumerate(feats):
        for x in f:
            if x not in common:
                index.setdefault(x, []).append(i)
    pairs: dict[tuple[int, int], float] = {}
    for members in index.values():
        for ai in range(len(members)):
            for bi in range(ai + 1, len(members)):
                key = (members[ai], members[bi])
                if key not in pairs:
                    pairs[key] = 0.0
    scored = []
    for (i, j) in pairs:
        comp = compatibility(events[i].value, events[j].value)
        if comp == UNRELATED or not _same_names(events[i], events[j]) or not _same_kind(events[i], events[j]):
            continue
        s = similarity(feats[i], feats[j], idf)
        if events[i].kinds & events[j].kinds:
            s += KIND_BONUS
        if s >= BAR[comp]:
            scored.append((s, i, j))
    scored.sort(reverse=True)
    parent = list(range(n))
    members = {i: [i] for i in range(n)}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s, i, j in scored:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        # a cluster must hold together: no member may be unrelated in date to a member of the other
        if any(compatibility(events[a].value, events[b].value) == UNRELATED or not _same_names(events[a], events[b])
               or not _same_kind(events[a], events[b]) for a in members[ri] for b in members[rj]):
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    entries = [_entry([events[k] for k in sorted(group, key=lambda k: (events[k].doc, events[k].timex.start))])
               for group in members.values()]
    entries.sort(key=_sort_key)
    return entries


def _entry(sources: list[Event]) -> Entry:
    date_value, conflicting = resolve_date([s.value for s in sources])
    main = next(s for i, s in enumerate(sources) if i not in conflicting)
    first = min(sources, key=lambda s: (s.doc, s.timex.start, s.timex.end))
    eid = hashlib.sha1(f"{first.doc}:{first.timex.start}:{first.timex.end}".encode()).hexdigest()[:12]
    participants: list[str] = []
    for s in sources:
        for p in s.participants:
            if p not in participants:
                participants.append(p)
    places = [p for s in sources for p in s.places]
    place = max(set(places), key=lambda p: (places.count(p), -places.index(p))) if places else None
    return Entry(eid, date_value, main.title, sources, conflicting, participants, place)


def resolve_date(values: list[str]) -> tuple[str, set[int]]:
    """The entry's date and the sources that disagree with it. The largest group of mutually
    compatible values wins (ties: the more precise); its date is an explicit range that covers the
    group ("January 4-6" over "January 4"), else its most precise value."""
    n = len(values)
    best: list[int] = []
    for i in range(n):
        group = [j for j in range(n) if compatibility(values[i], values[j]) in (SAME, COMPATIBLE, UNKNOWN)]
        key = (len(group), -precision_days(values[i]))
        if not best or key > (len(best), -min(precision_days(values[j]) for j in best)):
            best = group
    group_values = [values[j] for j in best]
    covering = [v for v in group_values if "/" in v and all(_covers(v, w) for w in group_values)]
    if covering:
        chosen = min(covering, key=precision_days)
    else:
        chosen = min(group_values, key=lambda v: (precision_days(v), "T" in v))
    conflicting = {j for j in range(n) if j not in best}
    return chosen, conflicting


def _covers(outer: str, inner: str) -> bool:
    io, ii = interval(outer), interval(inner)
    return bool(io and ii and io[0] <= ii[0] and ii[1] <= io[1])


def _sort_key(e: Entry):
    iv = interval(e.date)
    return (0, iv[0], iv[1], e.id) if iv else (1, date.max, date.max, e.id)

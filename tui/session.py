"""What the reader shows, computed once per load: documents, the corrected timeline, and the
indexes that keep the three panes in step."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extract.timeline import group_of, interval
from store.apply import Corrected
from store.corpus import Built, Document

from extract.lexicon import MONTH_NAMES as MONTHS


@dataclass
class DocInfo:
    doc: Document
    body_start: int
    events: int = 0
    conflicts: int = 0
    conflicting: set = field(default_factory=set)   # (start, end) of its dates that disagree
    triggers: set = field(default_factory=set)      # (start, end) of the words naming its events
    entries: list = field(default_factory=list)     # the entries it tells


@dataclass
class Row:
    """A timeline row: a group heading (entry is None) or an entry."""
    label: str
    entry: int | None = None


@dataclass
class Session:
    built: Built
    docs: list[DocInfo]
    problems: list[str] = field(default_factory=list)
    # (doc index, sentence start) -> entry indices whose source sits in that sentence
    by_sentence: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    doc_index: dict[str, int] = field(default_factory=dict)   # digest -> doc index
    reviewed: int = 0   # entries someone has decided on (kept in step by the reader as it corrects)

    @property
    def entries(self) -> list[Corrected]:
        return self.built.corrected

    @classmethod
    def from_built(cls, built: Built, problems: list[str]) -> "Session":
        from extract.header import parse_header
        docs = []
        for d in built.documents:
            h = parse_header(d.text)
            start = d.text.find("\n", h.body_start) + 1 if h.dct and h.body_start else 0
            docs.append(DocInfo(d, start if 0 < start <= len(d.text) else 0))
        s = cls(built, docs, problems)
        s.doc_index = {d.doc.digest: i for i, d in enumerate(docs)}
        s.reviewed = sum(ce.status != "auto" for ce in built.corrected)
        for k, ce in enumerate(built.corrected):
            seen = set()
            for i, src in enumerate(ce.entry.sources):
                di = s.doc_index[src.doc]
                s.by_sentence.setdefault((di, src.sentence.start), []).append(k)
                if di not in seen:
                    docs[di].events += 1
                    docs[di].entries.append(k)
                    seen.add(di)
                if getattr(src, "trigger", None) is not None:
                    docs[di].triggers.add((src.trigger.start, src.trigger.end))
                if i in ce.entry.conflicting:
                    docs[di].conflicts += 1
                    docs[di].conflicting.add((src.timex.start, src.timex.end))
        return s

    def entry_at(self, doc: int, offset: int) -> list[int]:
        """Entries told by the sentence of this document that holds the offset."""
        ann = self.docs[doc].doc.annotations
        starts = [x.start for x in ann.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return []
        return self.by_sentence.get((doc, ann.sentences[i].start), [])

    def rows(self, keep) -> list[Row]:
        """Timeline rows, grouped by year and month, for the entries that pass the filter."""
        rows: list[Row] = []
        group = None
        for k, ce in enumerate(self.entries):
            if not keep(ce):
                continue
            group_at = group_of(ce.final_date)
            if group_at is None:
                label = "Undated"
            elif group_at[1] is None:
                iv = interval(ce.final_date)
                label = str(iv[0].year) if iv[0].year == iv[1].year else f"{iv[0].year}–{iv[1].year}"
            else:
                label = f"{group_at[0]} · {MONTHS[group_at[1] - 1]}"
            if label != group:
                rows.append(Row(label))
                group = label
            rows.append(Row("", k))
        return rows


_MONTH_OF = {m[:3].lower(): i for i, m in enumerate(MONTHS, 1)}
_MONTH_WORD = r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_MONTH_QUERY = re.compile(rf"(?:(\d{{4}})\s+({_MONTH_WORD})|({_MONTH_WORD})(?:,?\s+(\d{{4}}))?)")


def make_filter(query: str, conflicts_only: bool):
    """A predicate over entries: a name or word, a date or a date range (A..B), or 'conflicts'."""
    q = query.strip()
    lo = hi = None
    month_any_year = None
    words = q.lower()
    m = _MONTH_QUERY.fullmatch(q)
    if m:
        mon = _MONTH_OF[(m.group(2) or m.group(3)).lower().rstrip(".")[:3]]
        year = m.group(1) or m.group(4)
        if year:
            q = f"{int(year):04d}-{mon:02d}"  # "Jan 2022", "January 2022", "2022 January": that month
        else:
            month_any_year, words = mon, ""  # "January": every January
    if month_any_year is not None:
        pass  # (a month of any year: no day range, no words)
    elif q.lower() in ("conflict", "conflicts"):
        conflicts_only, words = True, ""
    elif ".." in q:
        a, _, b = q.partition("..")
        ia, ib = interval(a.strip()), interval(b.strip())
        if ia and ib:
            lo, hi, words = ia[0], ib[1], ""
    elif interval(q):
        lo, hi = interval(q)
        words = ""

    def keep(ce: Corrected) -> bool:
        if conflicts_only and not ce.entry.conflict:
            return False
        if month_any_year is not None:
            iv = interval(ce.final_date)
            return bool(iv) and iv[0].month <= month_any_year <= iv[1].month and iv[0].year == iv[1].year
        if lo is not None:
            iv = interval(ce.final_date)
            if not iv or iv[1] < lo or iv[0] > hi:
                return False
        if words:
            hay = " ".join([ce.final_title, *ce.entry.participants, ce.entry.place or "",
                            *(p for s in ce.entry.sources for p in s.places)]).lower()
            return words in hay
        return True

    return keep

"""What the reader shows, computed once per load: documents, the corrected timeline, and the
indexes that keep the three panes in step."""
from __future__ import annotations

import bisect
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
        for k, ce in enumerate(built.corrected):
            seen = set()
            for i, src in enumerate(ce.entry.sources):
                di = s.doc_index[src.doc]
                s.by_sentence.setdefault((di, src.sentence.start), []).append(k)
                if di not in seen:
                    docs[di].events += 1
                    docs[di].entries.append(k)
                    seen.add(di)
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


def make_filter(query: str, conflicts_only: bool):
    """A predicate over entries: a name or word, a date or a date range (A..B), or 'conflicts'."""
    q = query.strip()
    lo = hi = None
    words = q.lower()
    if q.lower() in ("conflict", "conflicts"):
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

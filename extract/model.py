"""The small data model every layer shares.

Annotations never modify the text: each one points into it by character offsets (brat's standoff
idea), as Python string indices into the text exactly as it was read.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)  # not frozen: frozen dataclasses cost 3x to build, and we build thousands
class Timex:
    """A TimeML TIMEX3: a time expression, its type and its normalised value."""
    start: int
    end: int
    text: str
    type: str   # DATE | TIME | DURATION | SET
    value: str  # TimeML value, e.g. 2022-01-04, 2022-W02, P3D, XXXX-WXX-2; a range is START/END
    inferred: bool = False  # its value was counted from an inferred creation date, not a known one

    def to_json(self) -> dict:
        d = {"start": self.start, "end": self.end, "text": self.text, "type": self.type, "value": self.value}
        if self.inferred:
            d["inferred"] = True
        return d


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    type: str   # PERSON | ORG | PLACE

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Header:
    """What the first line says about the document: its creation date and title."""
    title: str
    dct: str | None          # YYYY-MM-DD from a ' date YYYY-MM-DD' header, else None
    body_start: int          # offset where the article text proper begins


@dataclass(slots=True)
class Annotations:
    """Everything extraction says about one document's text."""
    title: str
    dct: str | None
    dct_source: str | None   # header | option | store | inferred | None
    sentences: list[Span] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dct_reason: str | None = None  # why, when the DCT was inferred (or why none could be)
    dct_between: str | None = None  # "START/END": the interval the evidence bounds it to, when no day


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a correction is about, stable across re-extraction: the document's content hash and the
    span (and text) of the date, sentence or name it corrects."""
    doc: str          # sha256 of the document text
    kind: str         # timex | sentence | entity | document
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict) -> "Anchor":
        return cls(d["doc"], d["kind"], int(d["start"]), int(d["end"]), d.get("text", ""))


@dataclass(frozen=True, slots=True)
class Correction:
    """A person's decision about the machine's output. User data: small, precious, never rebuilt."""
    kind: str                 # e.g. event.date, event.title, event.confirm, event.reject, dct, entity.type, note
    anchor: Anchor
    value: object = None      # JSON-serialisable: the new date, title, type, note text...
    author: str = "person"
    created: str = ""         # ISO 8601, set by the store when it is saved
    id: str = ""              # set by the store
    seq: int = 0              # order of saving, set by the store

    def to_json(self) -> dict:
        return {"id": self.id, "seq": self.seq, "kind": self.kind, "anchor": self.anchor.to_json(),
                "value": self.value, "author": self.author, "created": self.created}

    @classmethod
    def from_json(cls, d: dict) -> "Correction":
        return cls(kind=d["kind"], anchor=Anchor.from_json(d["anchor"]), value=d.get("value"),
                   author=d.get("author", "person"), created=d.get("created", ""), id=d.get("id", ""),
                   seq=int(d.get("seq", 0)))

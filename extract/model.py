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

    def to_json(self) -> dict:
        return asdict(self)


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
    dct_reason: str | None = None  # why, when the DCT was inferred

"""Every kind of correction, once: what recent changes calls it and how it is applied (which
sources make which entry, a name in the article, an event added). The store, the pure apply step,
the reader and its history read this table."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    label: str                 # as recent changes (h) says it
    structural: bool = False   # changes which sources make up which entry: applied first, in order
    names: bool = False        # fixes a name in the article, not an event
    adds: bool = False         # an event the machine missed


KINDS = {k.name: k for k in (
    Kind("event.confirm", "confirmed"),
    Kind("event.reject", "rejected"),
    Kind("event.date", "date set"),
    Kind("event.title", "title set"),
    Kind("event.participants", "participants set"),
    Kind("event.place", "place set"),
    Kind("note", "note"),
    Kind("source.note", "note on a source"),
    Kind("source.overrule", "source overruled"),
    Kind("source.detach", "source split off", structural=True),
    Kind("source.move", "source moved", structural=True),
    Kind("entry.merge", "entries merged", structural=True),
    Kind("event.add", "event added", adds=True),
    Kind("entity.type", "name retyped", names=True),
    Kind("entity.remove", "not a name", names=True),
    Kind("entity.add", "name marked", names=True),
)}

STRUCTURAL = tuple(k.name for k in KINDS.values() if k.structural)
ENTITY_KINDS = tuple(k.name for k in KINDS.values() if k.names)


def label(kind: str) -> str:
    """What recent changes calls a kind (a kind from a newer dateline: its own name)."""
    k = KINDS.get(kind)
    return k.label if k else kind


def rebuilds_timeline(kind: str) -> bool:
    """Whether undoing or redoing it changes which entries there are, not one entry's fields."""
    k = KINDS.get(kind)
    return bool(k and (k.structural or k.adds))


def fixes_names(kind: str) -> bool:
    k = KINDS.get(kind)
    return bool(k and k.names)

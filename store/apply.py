"""Apply the analyst's corrections to a freshly built timeline. Pure: entries and corrections in,
corrected entries and the corrections that found nothing to attach to out."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.model import Annotations, Correction
from datetime import date

from extract.timeline import Entry, entry_order, interval, make_entry

from .anchors import reattach
from .kinds import ENTITY_KINDS, STRUCTURAL

STATUS_RANK = {"auto": 0, "confirmed": 1, "edited": 2, "added": 3}


@dataclass
class Corrected:
    entry: Entry
    status: str = "auto"                  # auto | confirmed | edited | added | rejected
    date: str | None = None               # set when a person changed it
    title: str | None = None
    participants: list[str] | None = None
    place: str | None = None
    notes: list[str] = field(default_factory=list)
    overruled: set[int] = field(default_factory=set)  # sources whose date a person set aside
    source_notes: dict[int, list[str]] = field(default_factory=dict)  # notes on one source

    @property
    def final_date(self) -> str:
        return self.date or self.entry.date

    @property
    def final_title(self) -> str:
        return self.title or self.entry.title


# (corrections that change which sources make up which entry, STRUCTURAL, are applied first, in the
# order made)


def apply_corrections(entries: list[Entry], corrections: list[Correction],
                      docs: dict[str, tuple[str, Annotations]],
                      paths: dict[str, str] | None = None) -> tuple[list[Corrected], list[Correction]]:
    """docs: content hash -> (text, annotations); paths: content hash -> path as given (for events a
    person added). Returns the corrected entries and the orphans."""
    orphans: list[Correction] = []
    attached: list[tuple[Correction, tuple[str, int, int]]] = []
    by_doc: dict[str, list[Correction]] = {}
    for c in corrections:
        if c.kind not in ENTITY_KINDS:  # names are fixed in the article (apply_entity_corrections)
            by_doc.setdefault(c.anchor.doc, []).append(c)
    for digest, cs in by_doc.items():
        if digest not in docs:
            continue  # a document not in this timeline: its corrections wait, untouched
        text, ann = docs[digest]
        result = reattach(cs, digest, text, ann)
        orphans.extend(result.orphaned)
        attached += [(c, (digest, a.start, a.end)) for c, a in result.attached]
    attached.sort(key=lambda ca: ca[0].seq)
    added = [(c, span) for c, span in attached if c.kind == "event.add"]
    if added:
        entries = sorted([*entries, *(_added_entry(c, span, docs, paths or {}) for c, span in added)],
                         key=entry_order)
    structural = [(c, span) for c, span in attached if c.kind in STRUCTURAL]
    if structural:
        entries = _restructure(entries, structural, orphans)
    out = [Corrected(e) for e in entries]
    by_date_span = {(s.doc, s.timex.start, s.timex.end): (k, i) for k, e in enumerate(entries)
                    for i, s in enumerate(e.sources)}
    added_ids = {_added_id(span) for c, span in added}
    for k, ce in enumerate(out):
        if ce.entry.id in added_ids:
            ce.status = "added"
    for c, span in attached:
        if c.kind in STRUCTURAL or c.kind == "event.add":
            continue
        hit = by_date_span.get(span)
        if hit is None:
            orphans.append(c)
            continue
        _apply(out[hit[0]], hit[1], c)
    out.sort(key=corrected_order)  # a date set by hand moves its entry
    return out, orphans


def corrected_order(ce: Corrected):
    """Timeline order by the date the entry ends up with (a person's date first)."""
    iv = interval(ce.final_date)
    return (0, iv[0], iv[1], ce.entry.id) if iv else (1, date.max, date.max, ce.entry.id)


def _added_id(span) -> str:
    import hashlib
    return "added-" + hashlib.sha1(f"{span[0]}:{span[1]}:{span[2]}".encode()).hexdigest()[:10]


def _added_entry(c: Correction, span, docs, paths) -> Entry:
    """An event a person added from a sentence: the sentence is its source, the typed date its date."""
    from extract.events import Event
    from extract.model import Span, Timex
    digest, start, end = span
    text, ann = docs[digest]
    value = c.value or {}
    sentence = text[start:end]
    event = Event(digest, paths.get(digest, digest[:12]), Span(start, end), Span(start, end),
                  Timex(start, end, sentence, "DATE", str(value.get("date", ""))),
                  title=str(value.get("title") or " ".join(sentence.split())[:72]))
    entry = make_entry([event])
    entry.id = _added_id(span)
    return entry


def _restructure(entries: list[Entry], structural, orphans: list[Correction]) -> list[Entry]:
    """Split off, move and merge sources as a person decided; each touched entry is made again
    (its date, conflicts and id follow from its new sources)."""
    groups = [list(e.sources) for e in entries]
    where = {(s.doc, s.timex.start, s.timex.end): g for g, e in enumerate(entries) for s in e.sources}
    touched: set[int] = set()

    def target(c: Correction):
        v = c.value if isinstance(c.value, dict) else {}
        return where.get((v.get("doc"), v.get("start"), v.get("end")))

    for c, span in structural:
        g = where.get(span)
        source = next((s for s in groups[g] if (s.doc, s.timex.start, s.timex.end) == span), None) \
            if g is not None else None
        if source is None:
            orphans.append(c)
            continue
        if c.kind == "source.detach":
            if len(groups[g]) > 1:
                groups[g].remove(source)
                groups.append([source])
                where[span] = len(groups) - 1
                touched.update((g, len(groups) - 1))
        else:
            t = target(c)
            if t is None:
                orphans.append(c)
                continue
            if t == g:
                continue
            moving = [source] if c.kind == "source.move" else list(groups[g])
            for s in moving:
                groups[g].remove(s)
                groups[t].append(s)
                where[(s.doc, s.timex.start, s.timex.end)] = t
            touched.update((g, t))
    out = [make_entry(sorted(grp, key=lambda s: (s.doc, s.timex.start))) if k in touched else entries[k]
           for k, grp in enumerate(groups) if grp]
    out.sort(key=entry_order)
    return out


def _apply(ce: Corrected, source_index: int, c: Correction) -> None:
    kind = c.kind
    if kind == "event.reject":
        ce.status = "rejected"
        return
    if kind == "event.confirm":
        if ce.status in ("auto", "rejected"):
            ce.status = "confirmed"
        return
    if kind == "event.date":
        ce.date = str(c.value)
    elif kind == "event.title":
        ce.title = str(c.value)
    elif kind == "event.participants":
        ce.participants = [str(v) for v in (c.value or [])]
    elif kind == "event.place":
        ce.place = str(c.value) if c.value else None
    elif kind == "note":
        ce.notes.append(str(c.value))
        return
    elif kind == "source.note":
        ce.source_notes.setdefault(source_index, []).append(str(c.value))
        return
    elif kind == "source.overrule":
        ce.overruled.add(source_index)
    else:
        return
    if ce.status != "added":
        ce.status = "edited"




def apply_entity_corrections(text: str, digest: str, ann: Annotations, corrections: list[Correction]) -> list:
    """The document's names as the analyst fixed them: a type changed, a false one removed, a missed
    one marked. Returns the entity list (the annotations themselves are not changed)."""
    from extract.model import Entity

    from .anchors import relocate
    mine = sorted((c for c in corrections if c.kind in ENTITY_KINDS and c.anchor.doc == digest),
                  key=lambda c: c.seq)
    if not mine:
        return ann.entities
    entities = {(e.start, e.end): e for e in ann.entities}
    for c in mine:
        a = c.anchor
        span = (a.start, a.end) if text[a.start:a.end] == a.text else relocate(text, a)
        if span is None:
            continue
        if c.kind == "entity.add":  # a missed name, or a longer one than the machine saw
            for k in [k for k in entities if k[0] < span[1] and span[0] < k[1]]:
                del entities[k]
            entities[span] = Entity(span[0], span[1], text[span[0]:span[1]], str(c.value))
            continue
        hit = next((k for k in entities if k[0] < span[1] and span[0] < k[1]), None)
        if hit is None:
            continue
        if c.kind == "entity.remove":
            del entities[hit]
        else:
            e = entities[hit]
            entities[hit] = Entity(e.start, e.end, e.text, str(c.value))
    return [entities[k] for k in sorted(entities)]

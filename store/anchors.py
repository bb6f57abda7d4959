"""Re-attach corrections to a fresh extraction. A correction whose anchor matches nothing is kept
and reported as orphaned, never dropped."""
from __future__ import annotations

from dataclasses import dataclass, field

from extract.model import Anchor, Annotations, Correction


@dataclass
class Reattached:
    attached: list[tuple[Correction, Anchor]] = field(default_factory=list)  # with the anchor as it is now
    orphaned: list[Correction] = field(default_factory=list)


def reattach(corrections: list[Correction], digest: str, text: str, ann: Annotations) -> Reattached:
    out = Reattached()
    spans = {"timex": [(t.start, t.end) for t in ann.timexes],
             "sentence": [(s.start, s.end) for s in ann.sentences],
             "entity": [(e.start, e.end) for e in ann.entities]}
    for c in corrections:
        a = c.anchor
        if a.kind == "document":
            out.attached.append((c, Anchor(digest, a.kind, 0, 0, "")))
            continue
        start, end = a.start, a.end
        if a.doc != digest or text[start:end] != a.text:
            found = relocate(text, a)  # the article changed: find the anchored words again
            if found is None:
                out.orphaned.append(c)
                continue
            start, end = found
        best = _best_overlap(spans.get(a.kind, []), start, end)
        if best is None:
            out.orphaned.append(c)
        else:
            out.attached.append((c, Anchor(digest, a.kind, best[0], best[1], text[best[0]:best[1]])))
    return out


def relocate(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """The occurrence of the anchored text nearest its old place, if the text still holds it."""
    if not anchor.text:
        return None
    best, i = None, text.find(anchor.text)
    while i >= 0:
        if best is None or abs(i - anchor.start) < abs(best - anchor.start):
            best = i
        i = text.find(anchor.text, i + 1)
    return None if best is None else (best, best + len(anchor.text))


def _best_overlap(spans, start: int, end: int):
    best, best_len = None, 0
    for s, e in spans:
        overlap = min(e, end) - max(s, start)
        if overlap > best_len or (overlap == best_len and overlap > 0 and abs(s - start) < abs(best[0] - start)):
            best, best_len = (s, e), overlap
    return best

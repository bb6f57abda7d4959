"""From article files to a corrected timeline: the pipeline the reader and `dateline export` share."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from extract import EXTRACTOR_VERSION, date_from_corpus, extract, redate
from extract.events import Event, find_events
from extract.model import Annotations, Correction, Entity, Span, Timex
from extract.timeline import Entry, build_timeline

from .apply import Corrected, apply_corrections


@dataclass
class Document:
    source: str            # path as given
    digest: str
    text: str
    annotations: Annotations
    url: str | None = None
    also_at: tuple[str, ...] = ()  # copies of the same story read from other places


def date_undated(docs: list[Document], store=None, fresh: list | None = None, on_failure=None) -> None:
    """Date the undated articles from the dated ones that tell the same events (extract's
    date_from_corpus), in place: the store's cache for a dating seen before, else extraction, kept
    in fresh for the cache."""
    if not any(d.annotations.dct for d in docs) or all(d.annotations.dct for d in docs):
        return
    try:
        datings = date_from_corpus([(d.source, d.text, d.annotations) for d in docs])
    except Exception as e:  # a bug here costs the corpus its inferred dates, nothing more
        if on_failure is None or os.environ.get("DATELINE_DEBUG"):
            raise
        on_failure(_Where("inferring creation dates across the articles"), e)
        return
    for i, found in datings.items():
        doc = docs[i]
        key = f"{EXTRACTOR_VERSION}:corpus:{found.day or found.earliest + '/' + found.latest}"
        cached = store.annotations(doc.digest, key) if store is not None else None
        ann = _from_json(cached) if cached else None
        if ann is None or ann.dct_reason != found.reason:
            try:
                ann = redate(doc.text, doc.annotations, found)
            except Exception as e:
                if on_failure is None or os.environ.get("DATELINE_DEBUG"):
                    raise
                on_failure(_Where(doc.source), e)
                continue
            if fresh is not None:
                fresh.append((doc.digest, key, ann))
        doc.annotations = ann


@dataclass(frozen=True)
class _Where:
    path: str


@dataclass
class Built:
    documents: list[Document]
    events: list[Event]
    entries: list[Entry]
    corrected: list[Corrected]
    orphans: list[Correction] = field(default_factory=list)

    def sentences(self) -> dict[tuple[str, int], str]:
        return {(d.digest, s.start): d.text[s.start:s.end] for d in self.documents for s in d.annotations.sentences}

    def links(self) -> dict[str, str]:
        """digest -> the article's web address, for those that came with one."""
        return {d.digest: d.url for d in self.documents if d.url}


def annotate(sources, dates: dict[str, tuple[str | None, str | None]], store=None,
             later: list | None = None, on_failure=None) -> list[Document]:
    """Extract every source, reusing the store's cached annotations of unchanged articles.
    dates: digest -> (dct, where it comes from) for dates not in the text itself. With a list as
    `later`, fresh annotations are put there for save_annotations() instead of being written now
    (the reader writes them once its first screen is up). An article the extraction fails on is
    read as bare text (on_failure(source, error) is told) and the batch goes on."""
    docs, fresh = [], []
    for src in sources:
        dct, why = dates.get(src.digest, (None, None))
        published = getattr(src, "publication", None)
        cache_key = f"{dct or ''}" + (f":{published[0]}" if published and not dct else "")
        cached = store.annotations(src.digest, f"{EXTRACTOR_VERSION}:{cache_key}") if store else None
        ann = _from_json(cached) if cached else None
        if ann is None:
            try:
                ann = extract(src.text, dct=dct, dct_source=why, published=published)
                fresh.append((src.digest, f"{EXTRACTOR_VERSION}:{cache_key}", ann))
            except Exception as e:  # a bug in a rule costs this article its annotations, nothing more
                if on_failure is None or os.environ.get("DATELINE_DEBUG"):
                    raise
                on_failure(src, e)
                ann = Annotations(title=src.path.rsplit("/", 1)[-1], dct=dct, dct_source=why if dct else None)
        docs.append(Document(src.path, src.digest, src.text, ann, getattr(src, "url", None),
                             getattr(src, "also_at", ())))
    if later is not None:
        later += fresh
    elif store is not None:
        save_annotations(store, fresh)
    return docs


def failure_message(path: str, error: Exception) -> str:
    """The one line that tells which article the extraction failed on, what failed, and how to report it."""
    what = f"{error.__class__.__name__}: {str(error)[:60]}" if str(error) else error.__class__.__name__
    return (f"{path}: extraction failed ({what}); read without dates and names; please report it "
            "(DATELINE_DEBUG=1 shows the details)")


def save_annotations(store, fresh: list) -> None:
    """Keep extraction results (digest, key, Annotations) in the store's derived cache."""
    if fresh and not store.read_only:
        store.save_annotations([(digest, key, _to_json(ann)) for digest, key, ann in fresh])


def timeline_of(sources, date_of, store=None, *, later: list | None = None, on_failure=None,
                progress=None) -> Built:
    """The one way from articles to their corrected timeline, for the command line and the reader:
    each article's creation date (date_of(source) -> (dct, where from)), its annotations (the
    store's cache for an unchanged article, else extraction, kept for the next run where the store
    is writable), then the store's corrections. progress(done, total) is told as chunks finish."""
    docs: list[Document] = []
    total = len(sources)
    chunk = max(1, total // 50)
    # (fresh extraction is kept once, at the end: saved chunk by chunk, every shard of the cache
    # would be rewritten fifty times over, a cost that grows with the corpus squared)
    fresh: list = later if later is not None else []
    for i in range(0, total, chunk):
        part = sources[i:i + chunk]
        docs += annotate(part, {s.digest: date_of(s) for s in part}, store, later=fresh, on_failure=on_failure)
        if progress is not None:
            progress(min(total, i + chunk), total)
    date_undated(docs, store, fresh, on_failure=on_failure)
    if later is None and store is not None:
        try:
            save_annotations(store, fresh)
        except Exception:
            pass  # a cache: not keeping it costs the next run some time, nothing else
    return build(docs, store.corrections() if store is not None else [])


def build(docs: list[Document], corrections: list[Correction]) -> Built:
    events = [e for d in docs for e in find_events(d.text, d.annotations, d.digest, d.source)]
    entries = build_timeline(events)
    corrected, orphans = apply_corrections(entries, corrections, {d.digest: (d.text, d.annotations) for d in docs},
                                           {d.digest: d.source for d in docs})
    return Built(docs, events, entries, corrected, orphans)


def _to_json(a: Annotations) -> dict:
    return {"title": a.title, "dct": a.dct, "dct_source": a.dct_source, "dct_reason": a.dct_reason,
            "dct_between": a.dct_between,
            "sentences": [[s.start, s.end] for s in a.sentences],
            "timexes": [[t.start, t.end, t.text, t.type, t.value, *([True] if t.inferred else [])] for t in a.timexes],
            "entities": [[e.start, e.end, e.text, e.type] for e in a.entities]}


def _from_json(d: dict) -> Annotations | None:
    if not isinstance(d, dict):
        return None
    try:
        ann = Annotations(d["title"], d["dct"], d["dct_source"], [Span(*s) for s in d["sentences"]],
                          [Timex(*t) for t in d["timexes"]], [Entity(*e) for e in d["entities"]], d.get("dct_reason"),
                          d.get("dct_between"))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # an old or damaged cache entry: extract again
    spans = [*ann.sentences, *ann.timexes, *ann.entities]
    if not all(type(x.start) is int and type(x.end) is int for x in spans) or not all(
            isinstance(x.text, str) and isinstance(x.type, str) for x in [*ann.timexes, *ann.entities]) or not all(
            isinstance(t.value, str) and type(t.inferred) is bool for t in ann.timexes) or not isinstance(ann.title, str):
        return None
    return ann

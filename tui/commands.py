"""Command-palette providers: sources, events, names, themes and export."""
from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from store.formats import FORMATS

def _plain(text: str) -> Content:
    from .widgets.virtual_list import visible
    return Content(visible(text))  # article text is never markup, and its controls are shown, not sent


class _Words:
    """Every word of the query, in any order, anywhere in the label: linear time, unlike the
    palette's fuzzy matcher, whose cost explodes on long labels (article titles) and queries."""

    def __init__(self, query: str):
        self.words = query.lower().split()

    def match(self, label: str) -> float:
        low = label.lower()
        if not all(w in low for w in self.words):
            return 0.0
        first = min((low.find(w) for w in self.words), default=0)
        return 1.0 / (1 + first / 50)


class SourcesProvider(Provider):
    async def search(self, query: str) -> Hits:
        app = self.app
        if not app.session:
            return
        matcher = _Words(query)
        for i, d in enumerate(app.session.docs):
            label = f"Open article: {d.doc.annotations.title or d.doc.source}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _plain(label), partial(app.open_document, i, True), help=_plain(d.doc.source))


class EventsProvider(Provider):
    async def search(self, query: str) -> Hits:
        app = self.app
        if not app.session:
            return
        matcher = _Words(query)
        for k, ce in enumerate(app.session.entries[:20000]):
            label = f"Go to event: {ce.final_date}  {ce.final_title}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _plain(label), partial(app.go_to_entry, k))


class EntitiesProvider(Provider):
    async def search(self, query: str) -> Hits:
        app = self.app
        if not app.session:
            return
        names = {}
        for d in app.session.docs:
            for e in d.doc.annotations.entities:
                names.setdefault(e.text, e.type)
        matcher = _Words(query)
        for name, typ in sorted(names.items()):
            label = f"Filter timeline by {typ.lower()}: {name}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _plain(label), partial(app.apply_filter, name))


class ThemesProvider(Provider):
    async def discover(self) -> Hits:
        for name in self.app.dateline_themes:
            yield DiscoveryHit(_plain(f"Theme: {name}"), partial(self.app.set_theme, name))

    async def search(self, query: str) -> Hits:
        matcher = _Words(query)
        for name in self.app.dateline_themes:
            label = f"Theme: {name}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _plain(label), partial(self.app.set_theme, name))


class ExportProvider(Provider):
    async def discover(self) -> Hits:
        for fmt in FORMATS:
            yield DiscoveryHit(_plain(f"Export timeline as {fmt}"), partial(self.app.export_timeline, fmt))

    async def search(self, query: str) -> Hits:
        matcher = _Words(query)
        for fmt in FORMATS:
            label = f"Export timeline as {fmt}"
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _plain(label), partial(self.app.export_timeline, fmt))

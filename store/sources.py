"""Read article files and folders, refusing bad input with one clear line and losing nothing else.

Text is decoded exactly as ``open(path, encoding="utf-8").read()`` would return it (universal
newlines included), because every offset dateline reports is an index into that string.
"""
from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass, replace
from pathlib import Path

from .readers import (FEED_SUFFIXES, JSONL_SUFFIXES, MAYBE_FEED_SUFFIXES, WEB_SUFFIXES, Unreadable,
                      date_in_name, reader_for)

MAX_ARTICLE_BYTES = 10 * 2**20   # a news article is kilobytes; 10 MiB is a log or a dump
MAX_COLLECTION_BYTES = 256 * 2**20  # a feed or a JSON Lines file holds many articles
TEXT_SUFFIXES = {"", ".txt", ".text", ".md", ".markdown"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | WEB_SUFFIXES | FEED_SUFFIXES | MAYBE_FEED_SUFFIXES | JSONL_SUFFIXES
# what a dateline store holds: such a folder (kept inside the folder being read) is never read
_STORE_MARKS = ("meta.json", "user", "derived", "lock")


@dataclass(frozen=True)
class Source:
    path: str      # as the user gave it (or joined onto the folder they gave); "#N" for a feed's item or a line
    text: str
    digest: str    # sha256 of the text: the stable identity of this version of the article
    published: str | None = None       # YYYY-MM-DD the file says (a page's metadata, a feed item, its name)
    published_from: str | None = None  # where that was found, in words
    url: str | None = None
    also_at: tuple[str, ...] = ()      # the other places the same story was read from (copies)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    @property
    def publication(self) -> tuple[str, str] | None:
        """(date, where it was found) for extraction, or None."""
        return (self.published, self.published_from or "the file") if self.published else None


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def read_sources(paths: list[str]) -> tuple[list[Source], list[Problem]]:
    sources: list[Source] = []
    problems: list[Problem] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            unreadable: list[OSError] = []
            files = _article_files(p, unreadable)
            for e in unreadable:
                where = e.filename if e.filename and str(e.filename) != str(p) else given
                problems.append(Problem(str(where), f"folder cannot be read ({e.strerror or e})"))
            if not files and not unreadable:
                problems.append(Problem(given, "folder holds no article files (.txt, .md, .html, .rss, .atom, "
                                               ".xml, .jsonl or no suffix)"))
            for f in files:
                _read_one(os.path.join(given, os.path.relpath(f, p)), f, sources, problems)
        else:
            _read_one(given, p, sources, problems)
    return merge_copies(sources), problems


def merge_copies(sources: list[Source]) -> list[Source]:
    """The same story read twice (identical text, or the same link: two feeds, a page and its feed
    item, two copies of a file) is one article with several places, so that it never counts as two
    sources agreeing with each other. The first place read keeps it."""
    kept: list[Source] = []
    by_digest: dict[str, int] = {}
    by_url: dict[str, int] = {}
    for src in sources:
        i = by_digest.get(src.digest)
        if i is None and src.url:
            i = by_url.get(src.url)
        if i is None:
            by_digest[src.digest] = len(kept)
            if src.url:
                by_url[src.url] = len(kept)
            kept.append(src)
            continue
        first = kept[i]
        kept[i] = replace(first, also_at=(*first.also_at, src.path),
                          published=first.published or src.published,
                          published_from=first.published_from if first.published else src.published_from,
                          url=first.url or src.url)
    return kept


def count_articles(paths: list[str], limit: int) -> int:
    """How many files reading these paths would open, counting no further than limit (no reading)."""
    n = 0
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".") and not is_store(Path(root, d))]
                n += sum(1 for f in files if not f.startswith(".") and Path(f).suffix.lower() in ARTICLE_SUFFIXES)
                if n > limit:
                    return n
        else:
            n += 1
        if n > limit:
            return n
    return n


def is_store(folder: Path) -> bool:
    """A dateline store: its schema file beside its user data or its lock."""
    try:
        return (folder / "meta.json").is_file() and any((folder / m).exists() for m in _STORE_MARKS[1:])
    except OSError:
        return False


def _article_files(folder: Path, unreadable: list[OSError] | None = None) -> list[Path]:
    found = []
    # (a folder os.walk cannot list is reported, not taken for an empty one)
    for root, dirs, files in os.walk(folder, onerror=unreadable.append if unreadable is not None else None):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not is_store(Path(root, d)))
        for name in sorted(files):
            f = Path(root, name)
            if not name.startswith(".") and f.suffix.lower() in ARTICLE_SUFFIXES:
                found.append(f)
    return found


def _read_one(shown: str, path: Path, sources: list[Source], problems: list[Problem]) -> None:
    try:
        text = read_article(path, MAX_COLLECTION_BYTES if path.suffix.lower() in FEED_SUFFIXES | JSONL_SUFFIXES
                            | MAYBE_FEED_SUFFIXES else MAX_ARTICLE_BYTES)
        reader = reader_for(path.suffix.lower(), text)
        articles = reader(text) if reader is not None else None
    except Unreadable as e:
        problems.append(Problem(shown, str(e)))
        return
    if articles is None:
        named = date_in_name(path.name)
        sources.append(Source(shown, text, _digest(text), named,
                              f"the file name {path.name!r}" if named else None))
        return
    for a in articles:
        for note in a.notes:
            problems.append(Problem(shown, note))
        published, published_from = a.published, a.published_from
        if published is None and a.url and (named := date_in_name(a.url)):
            published, published_from = named, f"the link {a.url[:60]!r}"
        sources.append(Source(shown + a.where, a.text, _digest(a.text), published, published_from, a.url))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_article(path: Path, limit: int = MAX_ARTICLE_BYTES) -> str:
    """The article's text; raises Unreadable with a one-line reason."""
    try:
        if not path.exists():
            if path.is_symlink():
                try:
                    os.stat(path)
                except OSError as e:
                    if e.errno == errno.ELOOP:
                        raise Unreadable("a symbolic link that loops back on itself") from None
                raise Unreadable(f"a symbolic link to {os.readlink(path)}, which does not exist")
            raise Unreadable("no such file or folder")
        if path.is_dir():
            raise Unreadable("is a folder")
        if not path.is_file():
            raise Unreadable("not a regular file")
        size = path.stat().st_size
        if size > limit:
            what = "one article" if limit == MAX_ARTICLE_BYTES else "one feed or JSON Lines file"
            raise Unreadable(f"{size / 2**20:.1f} MiB is over the {limit // 2**20} MiB limit for {what}; skipped")
        data = path.read_bytes()
    except PermissionError:
        raise Unreadable("permission denied") from None
    except OSError as e:
        raise Unreadable(f"cannot be read ({e.strerror or e})") from None
    if b"\x00" in data[:8192]:
        raise Unreadable("binary file (it holds NUL bytes), not an article; skipped")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Unreadable(f"not valid UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
                         "save it as UTF-8 and retry") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Unreadable("empty file, nothing to read")
    return text


def document_date(src: Source, by_name: dict, every: str | None, store) -> tuple[str | None, str | None]:
    """The creation date to use and where it comes from: --dct beats a date set by hand in the
    store, which beats the file's header (extraction reads the header itself)."""
    if src.name in by_name:
        return by_name[src.name], "option"
    if every:
        return every, "option"
    if store is not None:
        stored = store.document_date(src.digest)
        if stored:
            return stored, "store"
    return None, None

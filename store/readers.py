"""The files people have, read as articles: saved web pages, RSS and Atom feeds, JSON Lines.

Each reader takes the file's decoded text and gives one Article per story in it, with what the
file says about the story (title, publication date, link). The libraries that do the hard part
load only when such a file is read, so a corpus of plain text starts as fast without them:
- trafilatura finds a page's main text without its navigation, scripts and boilerplate, its title,
  and (through htmldate) its publication date from the page's metadata;
- feedparser reads every dialect of RSS and Atom, and survives the broken ones it can.
A file that holds no story says why, in one line (Unreadable); a bad line of a JSON Lines file is
reported by number and the others are read.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

WEB_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# a .xml file is read as a feed when it is one (its root says so)
MAYBE_FEED_SUFFIXES = {".xml"}
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)
# htmldate rejects dates after the day it runs unless told a latest date: a fixed one keeps the
# result the same whenever it runs
_LATEST_PAGE_DATE = "2099-12-31"
MIN_PAGE_WORDS = 8


class Unreadable(Exception):
    """Why a file is not an article we can read, in one line."""


@dataclass(frozen=True)
class Article:
    text: str
    where: str = ""                 # "" for the file itself, else "#N" (the N-th item or line)
    title: str | None = None
    published: str | None = None    # YYYY-MM-DD, from the file's own metadata
    published_from: str | None = None  # where that date was found, in words
    url: str | None = None
    notes: list[str] = field(default_factory=list)  # one line for each part skipped or read in part


def is_feed(text: str) -> bool:
    return bool(_FEED_ROOT.search(text[:4096]))


def compose(title: str | None, body: str) -> str:
    """The article text dateline shows: the title on the first line, then the body."""
    body = _tidy(body)
    title = " ".join((title or "").split())
    if title and not body.startswith(title):
        return f"{title}\n\n{body}" if body else title
    return body


def _tidy(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out, blank = [], False
    for line in lines:
        if not line:
            blank = bool(out)
            continue
        if blank:
            out.append("")
        out.append(line)
        blank = False
    return "\n".join(out)


def _day(value) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def read_web_page(text: str) -> list[Article]:
    import trafilatura  # (loaded only for web pages)
    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "max_date": _LATEST_PAGE_DATE})
    except Exception as e:  # malformed markup the parser gives up on
        raise Unreadable(f"web page could not be parsed ({e.__class__.__name__})") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(body.split()) < MIN_PAGE_WORDS:  # a menu's "Home" is what is left of a page with no story
        raise Unreadable("web page with no article text (only navigation, scripts or markup); skipped")
    title = getattr(doc, "title", None)
    published = _day(getattr(doc, "date", None))
    body = "\n\n".join(line for line in body.split("\n") if line.strip())  # a paragraph a line: blank lines between
    return [Article(compose(title, body), "", title, published,
                    "the page's metadata" if published else None, getattr(doc, "url", None) or None)]


def read_feed(text: str) -> list[Article]:
    import feedparser  # (loaded only for feeds)
    parsed = feedparser.parse(text)
    entries = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo"):
            why = parsed.get("bozo_exception")
            raise Unreadable(f"not a readable feed ({_first_line(why) or 'malformed XML'})")
        raise Unreadable("feed with no items; nothing to read")
    out, skipped = [], []
    for n, entry in enumerate(entries, 1):
        title = _html_text(entry.get("title") or "")
        content = entry.get("content") or []
        html = " ".join(c.get("value", "") for c in content) or entry.get("summary") or entry.get("description") or ""
        body = _html_text(html)
        if not body and not title:
            skipped.append(f"#{n}: item with no title and no text; skipped")
            continue
        published = None
        for key in ("published_parsed", "updated_parsed", "created_parsed"):
            stamp = entry.get(key)
            if stamp:
                try:
                    published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday).isoformat()
                except ValueError:
                    published = None
                if published:
                    break
        out.append(Article(compose(title, body), f"#{n}", title or None, published,
                           "the feed item's date" if published else None, entry.get("link") or None))
    if not out:
        if parsed.get("bozo"):
            raise Unreadable(f"not a readable feed ({_first_line(parsed.get('bozo_exception')) or 'malformed XML'})")
        raise Unreadable("feed whose items hold no text; nothing to read")
    if skipped:
        out[0] = Article(out[0].text, out[0].where, out[0].title, out[0].published, out[0].published_from,
                         out[0].url, skipped)
    return out


def _html_text(html: str) -> str:
    """Feed items carry HTML: its text, paragraphs kept as lines."""
    if "<" not in html and "&" not in html:
        return html.strip()
    import trafilatura
    try:
        text = trafilatura.html2txt(f"<html><body>{html}</body></html>") or ""
    except Exception:
        text = ""
    if not text:
        from html import unescape
        text = unescape(re.sub(r"<[^>]*>", " ", html))
    return text.strip()


def _first_line(e) -> str:
    return str(e).strip().splitlines()[0][:80] if e and str(e).strip() else ""


def read_json_lines(text: str) -> list[Article]:
    out, skipped = [], []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            skipped.append(f"line {n}: not JSON ({e.msg}); skipped")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            skipped.append(f"line {n}: not an object with a \"text\" string; skipped")
            continue
        title = record.get("title") if isinstance(record.get("title"), str) else None
        raw_date = record.get("date")
        published = _day(raw_date) if isinstance(raw_date, str) else None
        if raw_date is not None and published is None:
            skipped.append(f"line {n}: \"date\" {str(raw_date)[:30]!r} is not YYYY-MM-DD; read undated")
        url = record.get("url") if isinstance(record.get("url"), str) else None
        out.append(Article(compose(title, record["text"]), f"#{n}", title, published,
                           "the line's \"date\" field" if published else None, url))
    if not out:
        raise Unreadable(skipped[0] if len(skipped) == 1 else f"no line holds an article ({len(skipped)} bad lines)")
    if skipped:
        out[0] = Article(out[0].text, out[0].where, out[0].title, out[0].published, out[0].published_from,
                         out[0].url, skipped)
    return out


def reader_for(suffix: str, text: str):
    """The reader of a file of this suffix (and, for .xml, content), or None for plain text."""
    if suffix in WEB_SUFFIXES:
        return read_web_page
    if suffix in FEED_SUFFIXES or suffix in MAYBE_FEED_SUFFIXES and is_feed(text):
        return read_feed
    if suffix in MAYBE_FEED_SUFFIXES:
        raise Unreadable("an XML file that is not an RSS or Atom feed; skipped")
    if suffix in JSONL_SUFFIXES:
        return read_json_lines
    return None


# "APW19980807.0261.txt", "2022-01-04-borrell.txt", ".../2022/01/04/story": a date in a file's name
# or a link, as archives and news sites write them (year first, a real day)
_NAME_DATE = re.compile(r"(?<!\d)(19\d\d|20\d\d)([-_/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


_TOKEN = re.compile(r"[A-Za-z0-9]+")
# the news archives' older form: a source's letters, then year, month and day in six figures, then a
# separator ("AP900815-0044", "WSJ910225-0066", "ea980120.1830"); 70-99 are the 1900s, 00-69 the 2000s
_ARCHIVE_DATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,4}(\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[-_.])")


def date_in_name(name: str) -> str | None:
    """The first date in a name or link, or None. Eight digits run together count only beside
    letters or separators ("APW19980807"), never inside a run of digits and letters mixed like a
    hash ("e3f20220104b9")."""
    for m in _NAME_DATE.finditer(name):
        if not m[2]:
            token = next(t for t in _TOKEN.finditer(name) if t.start() <= m.start() < t.end())
            rest = name[token.start():m.start()] + name[m.end():token.end()]
            if any(c.isdigit() for c in rest) or re.search(r"[a-fA-F]", name[m.end():token.end()]):
                continue
        try:
            return date(int(m[1]), int(m[3]), int(m[4])).isoformat()
        except ValueError:
            continue
    for m in _ARCHIVE_DATE.finditer(name):
        yy = int(m[1])
        try:
            return date((1900 if yy >= 70 else 2000) + yy, int(m[2]), int(m[3])).isoformat()
        except ValueError:
            continue
    return None

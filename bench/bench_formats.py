"""What reading web pages, feeds and JSON Lines costs per article, against plain text, same run.

    make bench        (or: .venv/bin/python bench/bench_formats.py [--articles N])

The same N articles of the benchmark corpus are written four ways: one .txt file each, one saved web
page each (the story inside a page's navigation, scripts, sidebar and footer, as a browser saves it),
one RSS feed holding them all as items with HTML paragraphs, and one JSON Lines file. Each is read
with store.sources.read_sources; the figure is milliseconds per article and the ratio to plain
text, with the cost of extracting one article beside it for scale. The first read of each kind,
which loads its library, is timed apart (what the first page of a session costs).
"""
from __future__ import annotations

import argparse
import html
import json
import statistics
import sys
import tempfile
import time
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_corpus  # noqa: E402


def page(title: str, body: str, dct: str) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{html.escape(title)} | Courier</title>
<meta property="article:published_time" content="{dct}T08:00:00Z">
<script>window.dataLayer = [{{"page": "article"}}];</script><style>body {{ margin: 0 }}</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<main><article><h1>{html.escape(title)}</h1>{paragraphs}</article>
<aside><h3>Most read</h3><ul><li>Ten recipes for summer</li><li>Markets today</li></ul></aside></main>
<footer>Copyright Courier. Subscribe to our newsletter.</footer></body></html>"""


def feed(docs) -> str:
    items = []
    for i, (name, text, dct) in enumerate(docs):
        title, _, body = text.partition("\n")
        stamp = format_datetime(datetime.fromisoformat(dct).replace(hour=8, tzinfo=timezone.utc))
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n") if p.strip())
        items.append(f"<item><title>{html.escape(title)}</title><link>https://courier.example.org/{i}</link>"
                     f"<pubDate>{stamp}</pubDate><description>{html.escape(paragraphs)}</description></item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Courier</title>'
            f'<link>https://courier.example.org/</link>{"".join(items)}</channel></rss>')


def timed(paths, rounds: int) -> tuple[float, int]:
    from store.sources import read_sources
    best, n = [], 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        sources, problems = read_sources(paths)
        best.append(time.perf_counter() - t0)
        n = len(sources)
        assert not problems, problems[:3]
    return statistics.median(best), n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    docs = make_corpus(a.articles)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for kind in ("txt", "html"):
            (root / kind).mkdir()
        for i, (name, text, dct) in enumerate(docs):
            (root / "txt" / f"{i:05d}.txt").write_text(text, encoding="utf-8")
            title, _, body = text.partition("\n")
            (root / "html" / f"{i:05d}.html").write_text(page(title, body, dct), encoding="utf-8")
        (root / "news.rss").write_text(feed(docs), encoding="utf-8")
        (root / "news.jsonl").write_text("".join(
            json.dumps({"title": t.partition("\n")[0], "text": t.partition("\n")[2], "date": d,
                        "url": f"https://courier.example.org/{i}"}) + "\n" for i, (_, t, d) in enumerate(docs)),
            encoding="utf-8")
        kinds = {"plain text": [str(root / "txt")], "web pages": [str(root / "html")],
                 "RSS feed": [str(root / "news.rss")], "JSON Lines": [str(root / "news.jsonl")]}
        first = {}
        for label, paths in kinds.items():
            t0 = time.perf_counter()
            timed(paths[:1] if label != "web pages" else [sorted(Path(paths[0]).iterdir())[0].as_posix()], 1)
            first[label] = time.perf_counter() - t0
        results = {label: timed(paths, a.rounds) for label, paths in kinds.items()}
    from extract import extract
    t0 = time.perf_counter()
    for _, text, dct in docs:
        extract(text, dct=dct)
    per_extract = (time.perf_counter() - t0) / len(docs)
    base = results["plain text"][0] / results["plain text"][1]
    print(f"reading {a.articles} articles, median of {a.rounds} rounds (extraction: {per_extract * 1e3:.2f} ms/article)")
    for label, (secs, n) in results.items():
        per = secs / n
        print(f"  {label:<11} {per * 1e3:7.3f} ms/article  {per / base:6.1f}x plain text  "
              f"{per / per_extract:5.2f}x extraction  (first file, with its imports: {first[label] * 1e3:.0f} ms)")


if __name__ == "__main__":
    main()

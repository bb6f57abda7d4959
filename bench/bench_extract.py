"""Extraction throughput: dateline against dateparser's search_dates on the same texts, same run.

    make bench        (or: .venv/bin/python bench/bench_extract.py [--articles N] [--peer-sample K])

dateline's figure is the whole of extraction (sentences, time expressions, entities); search_dates
finds dates only. search_dates is much slower, so on the large corpus it runs on an evenly spaced
sample of K articles; the ratio is per document. Both sides run in alternating rounds and the
median round is reported, so a slow moment of the machine does not favour either. In a round each
side runs for about the same wall time: search_dates one pass, dateline as many passes as fit
(its first pass after search_dates pays for the caches search_dates evicted, as the first article
of a real run would). dateline's memo of names is emptied before each of its passes: every pass
reads its texts cold, as a fresh `dateline extract` does.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import SEEDS, make_corpus  # noqa: E402
from extract import extract  # noqa: E402
from extract.header import parse_header  # noqa: E402


def time_dateline(docs, passes: int = 1) -> float:
    """Seconds per pass over docs; the memo of names is emptied before every pass."""
    from extract import entities
    total = 0.0
    for _ in range(passes):
        entities._CHUNK_CACHE.clear()
        t0 = time.perf_counter()
        for _, text, dct in docs:
            extract(text, dct=dct)
        total += time.perf_counter() - t0
    return total / passes


def time_dates_only(docs, passes: int = 1) -> float:
    """The part of extraction that does search_dates' job: sentences and time expressions."""
    from extract.sentences import split_sentences
    from extract.timex import find_timexes
    from datetime import date
    t0 = time.perf_counter()
    for _ in range(passes):
        for _, text, dct in docs:
            start = parse_header(text).body_start
            find_timexes(text, date.fromisoformat(dct), split_sentences(text, start), start)
    return (time.perf_counter() - t0) / passes


def time_search_dates(docs) -> float:
    from dateparser.search import search_dates
    t0 = time.perf_counter()
    for _, text, dct in docs:
        base = datetime.fromisoformat(dct) if dct else datetime(2022, 1, 9)
        search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    return time.perf_counter() - t0


def row(label, docs, peer_docs, rounds, ours_fn=time_dateline):
    results = []
    for _ in range(rounds):
        peer = time_search_dates(peer_docs) / len(peer_docs)
        # a block of our passes about as long as search_dates' pass, as a stream of articles would be
        passes = max(1, round(peer * len(peer_docs) / (ours_fn(docs) or 1e-9)))
        ours = ours_fn(docs, passes) / len(docs)
        results.append((peer / ours, ours, peer))
    ratio, ours, peer = sorted(results)[len(results) // 2]
    print(f"{label:<22} {len(docs):>5} docs  dateline {ours * 1000:6.2f} ms/doc ({1 / ours:6.0f} docs/s)  "
          f"search_dates {peer * 1000:6.1f} ms/doc (on {len(peer_docs)})  ratio {ratio:5.1f}x  "
          f"(median of {rounds} rounds; all: {', '.join(f'{r[0]:.1f}' for r in results)})")
    return ratio


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--peer-sample", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    seeds = []
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        seeds.append((f.name, text, parse_header(text).dct or "2022-01-04"))
    # warm both sides: gazetteers, compiled patterns, dateparser's language data
    extract(seeds[0][1], dct="2022-01-09")
    time_search_dates(seeds[:1])
    print("full extraction: sentences, time expressions, people, organisations, places")
    ratios = [row("seeds (5 articles)", seeds, seeds, a.rounds * 3)]
    corpus = make_corpus(a.articles)
    step = max(1, len(corpus) // a.peer_sample)
    ratios.append(row("synthetic corpus", corpus, corpus[::step][: a.peer_sample], a.rounds))
    print("time expressions only (the job search_dates does):")
    row("seeds, dates only", seeds, seeds, a.rounds * 3, time_dates_only)
    row("corpus, dates only", corpus, corpus[::step][: a.peer_sample], a.rounds, time_dates_only)
    worst = min(ratios)
    print(f"target (full extraction): dateline >= 20x faster per document -> "
          f"{'met' if worst >= 20 else 'NOT met'} ({worst:.1f}x)")


if __name__ == "__main__":
    main()

"""Timeline build time per article at 1,000 and 10,000 articles (same run).

    .venv/bin/python bench/bench_timeline.py [--small N] [--large M]

Extraction runs first and is not timed here (bench_extract.py measures it); what is timed is
finding the events and merging them into a timeline. Target: the time per article at 10,000 is
within 1.5x of the time per article at 1,000 -- merging must not compare every event with every other.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_corpus  # noqa: E402
from extract import extract  # noqa: E402
from extract.events import find_events  # noqa: E402
from extract.timeline import build_timeline  # noqa: E402


def annotated(n: int, seed: int):
    out = []
    for name, text, dct in make_corpus(n, seed=seed):
        out.append((name, text, hashlib.sha256(text.encode()).hexdigest(), extract(text, dct=dct)))
    return out


def time_build(docs) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    events = [e for name, text, digest, ann in docs for e in find_events(text, ann, digest, name)]
    entries = build_timeline(events)
    return time.perf_counter() - t0, len(events), len(entries)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=10000)
    a = ap.parse_args()
    large = annotated(a.large, seed=21)
    small = large[: a.small]
    per = {}
    for label, docs in (("small", small), ("large", large), ("small", small)):
        secs, n_events, n_entries = time_build(docs)
        per.setdefault(label, []).append(secs / len(docs))
        print(f"{len(docs):>6} articles: {n_events:>7} events -> {n_entries:>7} entries in {secs:6.2f} s "
              f"({secs / len(docs) * 1000:.3f} ms/article)")
    ratio = min(per["large"]) / min(per["small"])
    print(f"time per article at {a.large} / at {a.small}: {ratio:.2f}x "
          f"(target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})")


if __name__ == "__main__":
    main()

"""Store speed: opening a store and saving one correction, with 10,000 documents and 1,000
corrections beside a 5-document store, in the same run.

    .venv/bin/python bench/bench_store.py [--documents N] [--corrections K] [--saves S]

Targets: saving a correction at 10,000 documents within 2x of saving one at 5 documents, p95 < 20 ms.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_corpus  # noqa: E402
from extract import EXTRACTOR_VERSION, extract  # noqa: E402
from extract.model import Anchor, Correction  # noqa: E402
from store import Store  # noqa: E402


def build(folder: Path, docs, corrections: int, rng: random.Random) -> list[tuple[str, str]]:
    """A store holding the derived annotations of docs and `corrections` corrections."""
    with Store.open(folder) as s:
        batch, keys = [], []
        for name, text, dct in docs:
            digest = hashlib.sha256(text.encode()).hexdigest()
            ann = extract(text, dct=dct)
            batch.append((digest, EXTRACTOR_VERSION, {"timexes": [t.to_json() for t in ann.timexes],
                                                      "entities": [e.to_json() for e in ann.entities]}))
            keys.append((digest, ann.timexes[0].text if ann.timexes else "x"))
        s.save_annotations(batch)  # one write per shard, as the reader's extraction worker does
        for i in range(corrections):
            digest, surface = rng.choice(keys)
            s.add_correction(Correction("event.date", Anchor(digest, "timex", i, i + len(surface), surface),
                                        "2022-01-04"))
        s.set_setting("theme", "dateline-dark")
    return keys


def time_open(folder: Path, n: int = 20) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        s = Store.open(folder)
        s.session(), s.setting("theme")
        out.append(time.perf_counter() - t0)
        s.close()
    return out


def time_saves(folder: Path, keys, n: int, rng: random.Random) -> list[float]:
    out = []
    with Store.open(folder) as s:
        for i in range(n):
            digest, surface = rng.choice(keys)
            c = Correction("event.title", Anchor(digest, "sentence", i, i + 10, surface), f"title {i}")
            t0 = time.perf_counter()
            s.add_correction(c)
            out.append(time.perf_counter() - t0)
    return out


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] * 1000


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--corrections", type=int, default=1_000)
    ap.add_argument("--saves", type=int, default=300)
    a = ap.parse_args()
    rng = random.Random(3)
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    try:
        t0 = time.perf_counter()
        big_keys = build(tmp / "big", make_corpus(a.documents, seed=11), a.corrections, rng)
        small_keys = build(tmp / "small", make_corpus(5, seed=12), 5, rng)
        print(f"built stores in {time.perf_counter() - t0:.1f} s "
              f"({sum(f.stat().st_size for f in (tmp / 'big').rglob('*')) / 2**20:.1f} MiB at {a.documents} documents)")
        rows = []
        # alternate the two sizes so that machine noise falls on both
        opens = {"small": [], "big": []}
        saves = {"small": [], "big": []}
        for _ in range(3):
            for size, keys in (("small", small_keys), ("big", big_keys)):
                opens[size] += time_open(tmp / size, 10)
                saves[size] += time_saves(tmp / size, keys, a.saves // 3, rng)
        for what, data in (("open", opens), ("save one correction", saves)):
            for size, label in (("small", "5 documents"), ("big", f"{a.documents} documents, {a.corrections} corrections")):
                rows.append((what, label, pct(data[size], 50), pct(data[size], 95)))
        for what, label, p50, p95 in rows:
            print(f"{what:<22} {label:<40} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms")
        ratio = pct(saves["big"], 50) / pct(saves["small"], 50)
        p95 = pct(saves["big"], 95)
        print(f"save at {a.documents} / save at 5 (p50): {ratio:.2f}x (target <= 2x: {'met' if ratio <= 2 else 'NOT met'}); "
              f"p95 {p95:.2f} ms (target < 20 ms: {'met' if p95 < 20 else 'NOT met'})")
        print(f"open at {a.documents} / open at 5 (p50): {pct(opens['big'], 50) / pct(opens['small'], 50):.2f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

"""One hostile article never stalls the batch: extraction time per KB of pathological texts at 1x,
2x, 4x and 8x of the same shape.

    .venv/bin/python bench/bench_pathological.py [--base-kb N]

Each shape repeats one unit (a name, a date, an anaphor...) up to the size; what is timed is the
whole machine side of one article: extraction, its events and their timeline. Target: for every
shape, the time per KB at 8x is within 1.5x of the time per KB at 1x (linear, not quadratic), and
nothing raises (no recursion that grows with the text).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import extract  # noqa: E402
from extract.events import find_events  # noqa: E402
from extract.timeline import build_timeline  # noqa: E402

SHAPES = {
    "names": "John Smith ",
    "dates": "January 1, ",
    "next day": "The meeting was held the next day. ",
    "mixed": "On Tuesday John Smith met IBM in Paris the next day. ",
    "titles": "Minister President Secretary General ",
    "connectors": "Bank of the Union and State of ",
    "controls": "\x1b]2;title\x07 \u202e abc \x00 ",
    "no sentence end": "and then ",
}
SCALES = (1, 2, 4, 8)
TARGET = 1.5


def once(text: str) -> float:
    """Milliseconds per KB for the machine side of one article."""
    t0 = time.perf_counter()
    ann = extract(text, dct="2022-01-09")
    build_timeline(find_events(text, ann, "doc", "doc.txt"))
    return (time.perf_counter() - t0) * 1000 / (len(text) / 1000)


def per_kb(texts: list[str], rounds: int) -> list[float]:
    """The median of interleaved rounds (each round times every scale once), so that a slow
    moment of the machine lands on every scale alike."""
    samples: list[list[float]] = [[] for _ in texts]
    for _ in range(rounds):
        for i, text in enumerate(texts):
            samples[i].append(once(text))
    return [statistics.median(s) for s in samples]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-kb", type=float, default=16.0, help="size of the 1x text (default 16 KB)")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    extract("Warm-up: John Smith met IBM in Paris on Tuesday.", dct="2022-01-09")  # gazetteers loaded
    print(f"Pathological texts: ms per KB at {', '.join(f'{s}x' for s in SCALES)} of {a.base_kb:g} KB "
          f"(median of {a.rounds} interleaved rounds); target 8x/1x <= {TARGET}")
    worst = 0.0
    for name, unit in SHAPES.items():
        times = per_kb([unit * max(1, int(a.base_kb * 1000 * scale / len(unit))) for scale in SCALES], a.rounds)
        ratio = times[-1] / times[0]
        worst = max(worst, ratio)
        print(f"  {name:<16} " + "  ".join(f"{t:7.3f}" for t in times) + f"   8x/1x {ratio:.2f}"
              + ("" if ratio <= TARGET else "  OVER TARGET"))
    print(f"worst 8x/1x: {worst:.2f} ({'met' if worst <= TARGET else 'not met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A large, deterministic news-like corpus for benchmarks, built from the bundled seeds.

Each article mixes sentences of the seeds with templated ones carrying varied dates and names, so
extraction does real work on every document. Same seed, same corpus.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

PEOPLE = ["Josep Borrell", "Antony Blinken", "Jens Stoltenberg", "Dmytro Kuleba", "Liz Truss", "Wendy Sherman",
          "Sergei Lavrov", "Karen Donfried", "Maria Zakharova", "Ned Price", "Olaf Scholz", "Emmanuel Macron"]
PLACES = ["Kyiv", "Geneva", "Brussels", "Vienna", "Moscow", "Warsaw", "Berlin", "Paris", "London", "Riga"]
ORGS = ["NATO", "the European Union", "the OSCE", "the State Department", "the NATO-Russia Council",
        "the United Nations", "Reuters", "the Kremlin"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TEMPLATES = [
    "{p} will travel to {pl} on {m} {d} to meet officials from {o}.",
    "{p} said on {wd} that talks with {o} would resume {rel}.",
    "{o} announced a meeting in {pl} on {m} {d}-{d2}, followed the next day by talks in {pl2}.",
    "Last {unit}, {p} met {p2} in {pl} for a {n}-day visit.",
    "The agreement, signed in {y}, was renewed on {d} {m} {y2} in {pl}.",
    "{p} spoke by phone with {p2} on {wd} night, {o} said in a statement.",
    "More than {big} people attended the rally in {pl}, where {p} spoke for {n} hours.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def seed_sentences() -> list[str]:
    out = []
    for f in sorted(SEEDS.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 40]
    return out


def make_corpus(n: int, seed: int = 7) -> list[tuple[str, str, str]]:
    """n articles as (name, text, dct)."""
    rng = random.Random(seed)
    pool = seed_sentences()
    docs = []
    for i in range(n):
        y = rng.randint(2005, 2024)
        dct = f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        lines = [f"{rng.choice(PEOPLE)} meets {rng.choice(PEOPLE)} in {rng.choice(PLACES)}", ""]
        for _ in range(rng.randint(12, 22)):
            if rng.random() < 0.5:
                lines.append(rng.choice(pool))
            else:
                d = rng.randint(1, 27)
                lines.append(rng.choice(TEMPLATES).format(
                    p=rng.choice(PEOPLE), p2=rng.choice(PEOPLE), pl=rng.choice(PLACES), pl2=rng.choice(PLACES),
                    o=rng.choice(ORGS), m=rng.choice(MONTHS), d=d, d2=d + 1, wd=rng.choice(WEEKDAYS),
                    rel=rng.choice(["next week", "this week", "later in January", "in the spring"]),
                    unit=rng.choice(["week", "month", "year"]), n=rng.randint(2, 9), y=y - rng.randint(1, 9),
                    y2=y, big=f"{rng.randint(1, 99)},{rng.randint(100, 999)}"))
        docs.append((f"synthetic_{i:05d}.txt", " ".join(lines[2:]) and "\n".join([lines[0], ""] + lines[2:]), dct))
    return docs


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, _ in make_corpus(n, seed):
        p = folder / name
        if not p.exists():
            p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths

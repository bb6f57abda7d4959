"""Same input, same output: the timeline, its merges and its event ids do not depend on the hash
seed (which changes the order sets iterate in) -- corrections are anchored to those ids."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from helpers import ROOT


# One statement sharing a rare word with each of many others, on the same day: more shared words
# than an event blocks on, so which pairs are even considered must not be left to set order.
_BUILD = r"""
import json
from extract.events import Event
from extract.model import Span, Timex
from extract.timeline import build_timeline


def event(doc, start, words):
    return Event(doc=doc, source=doc, sentence=Span(start, start + 10), clause=Span(start, start + 10),
                 timex=Timex(start, start + 5, "Jan 4", "DATE", "2031-01-04"), keywords=frozenset(words))

hub = event("hub", 0, [f"word{k}" for k in range(10)])
spokes = [event(f"spoke{k}", 100 * k, [f"word{k}"]) for k in range(10)]
entries = build_timeline([hub, *spokes])
print(json.dumps(sorted((e.id, sorted(s.doc for s in e.sources)) for e in entries)))
"""


def _run(code: str, seed: int, *args: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_merges_and_ids_do_not_depend_on_the_hash_seed():
    results = {_run(_BUILD, seed) for seed in range(8)}
    assert len(results) == 1, f"{len(results)} different timelines from 8 hash seeds"
    entries = json.loads(results.pop())
    assert any("hub" in docs and len(docs) > 1 for _, docs in entries)  # the hub does merge


def test_the_exported_timeline_of_the_bundled_corpus_does_not_depend_on_the_hash_seed(tmp_path):
    code = ("import sys; from tui.cli import main; sys.exit(main(['export', '--format', 'json', "
            "'--store', sys.argv[1], 'seeds']))")
    outs = {_run(code, seed, str(tmp_path / f"store{seed}")) for seed in (0, 1, 2, 3)}
    assert len(outs) == 1

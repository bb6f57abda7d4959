"""The export formats and their file suffixes: one list, read by the command line, the reader, the
palette and the writers (small, so the reader can name them without loading the writers)."""
from __future__ import annotations

from pathlib import Path

FORMATS = ("json", "csv", "md", "ics", "timelinejs")
EXTENSIONS = {"json": "json", "csv": "csv", "md": "md", "ics": "ics", "timelinejs": "timeline.json"}
SUFFIXES_SAID = ", ".join("." + EXTENSIONS[f] for f in FORMATS[:-1]) + " or ." + EXTENSIONS[FORMATS[-1]]


def format_of(path: Path) -> str | None:
    """The format a file's name asks for (the longest suffix that fits: '.timeline.json' before
    '.json'), or None."""
    name = path.name.lower()
    return next((f for f, ext in sorted(EXTENSIONS.items(), key=lambda kv: -len(kv[1]))
                 if name.endswith("." + ext)), None)

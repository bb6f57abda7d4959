"""Read the document header: a creation date (DCT) and a title, without touching the text."""
from __future__ import annotations

import re
from datetime import date

from .model import Header

# The seeds' header: ' date 2022-01-09 The title...' on the first line.
_DATE_HEADER = re.compile(r"[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
_MAX_TITLE = 160


def parse_header(text: str) -> Header:
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    first = text[:first_end]
    m = _DATE_HEADER.match(first)
    if m:
        try:
            dct = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            dct = None
        if dct:
            return Header(title=first[m.end():].strip(), dct=dct, body_start=m.end())
    stripped = first.strip()
    if stripped and len(stripped) <= _MAX_TITLE and not stripped.endswith((".", "!", "?", ",", ";", ":")):
        return Header(title=stripped, dct=None, body_start=0)
    return Header(title=_shorten(stripped or text.strip()), dct=None, body_start=0)


def _shorten(line: str, width: int = 80) -> str:
    line = " ".join(line.split())
    if len(line) <= width:
        return line
    cut = line.rfind(" ", 0, width - 1)
    return line[: cut if cut > 0 else width - 1] + "…"

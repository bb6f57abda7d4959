"""Read the document header: a creation date (DCT) and a title, without touching the text."""
from __future__ import annotations


from . import patterns
from .model import Header
from .timevalues import accepted_day

# The seeds' header: ' date 2022-01-09 The title...' on the first line.
_DATE_HEADER = patterns.compile(r"[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
_MAX_TITLE = 160


def parse_header(text: str) -> Header:
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    first = text[:first_end]
    # (a byte-order mark that an editor wrote stays in the text, offsets count it, but it hides nothing)
    m = _DATE_HEADER.match(first, 1 if first.startswith("\ufeff") else 0)
    if m:
        try:
            dct = accepted_day(f"{m[1]}-{m[2]}-{m[3]}")
        except ValueError:
            dct = None  # not a day, or outside the dates dateline handles: the line is the title
        if dct:
            return Header(title=first[m.end():].strip(), dct=dct, body_start=m.end())
    first = first.lstrip("\ufeff")
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

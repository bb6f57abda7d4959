"""What a row of each store table must look like. A row of another shape (a damaged file, a hand
edit, another program) is set aside with a message instead of raising deep inside the reader.

Each check returns None for a good row, else the reason in a few words.
"""
from __future__ import annotations

from extract.timevalues import accepted_day


def _int(v) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def correction(row: dict) -> str | None:
    kind, anchor = row.get("kind"), row.get("anchor")
    if not isinstance(kind, str) or not kind:
        return "a correction without a kind"
    if not isinstance(anchor, dict):
        return "a correction without an anchor"
    if not isinstance(anchor.get("doc"), str) or not isinstance(anchor.get("kind"), str):
        return "a correction whose anchor names no document"
    start, end = anchor.get("start"), anchor.get("end")
    if not (_int(start) and _int(end) and 0 <= start <= end):
        return "a correction whose anchor has no valid span"
    if not isinstance(anchor.get("text", ""), str):
        return "a correction whose anchor text is not text"
    if not _int(row.get("seq", 0)) or not isinstance(row.get("id", ""), str):
        return "a correction without a valid id or order"
    return None


def document(row: dict) -> str | None:
    if not isinstance(row.get("digest"), str) or not row["digest"]:
        return "a document date without its document"
    dct = row.get("dct")
    if dct is not None:
        if not isinstance(dct, str):
            return "a creation date that is not text"
        try:
            accepted_day(dct)
        except ValueError as e:
            return f"creation date {dct[:40]!r}: {e if 'outside' in str(e) else 'not a date'}"
    return None


def setting(row: dict) -> str | None:
    return None if isinstance(row.get("key"), str) and "value" in row else "a setting without key or value"


def session(row: dict) -> str | None:
    sources = row.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        return "a session whose sources are not a list of paths"
    if row.get("open") is not None and not isinstance(row.get("open"), str):
        return "a session whose open article is not a path"
    read = row.get("read", [])
    if not isinstance(read, list) or not all(isinstance(d, str) for d in read):
        return "a session whose read articles are not a list of digests"
    return None


def meta(row: dict) -> str | None:
    schema = row.get("schema")
    return None if _int(schema) and schema >= 0 else f"a schema version {str(schema)[:20]!r} that is not a number"


def annotation(row: dict) -> str | None:
    return None if isinstance(row.get("key"), str) and isinstance(row.get("data"), dict) else "a cache row without data"


CHECKS = {"corrections": correction, "documents": document, "settings": setting, "session": session,
          "meta": meta, "annotations": annotation}


def split(data: dict) -> tuple[dict, dict, list[str]]:
    """(good tables, bad tables, reasons): every row checked by its table's rule; a row that is
    not an object, or in a table we do not know, is bad."""
    good: dict = {}
    bad: dict = {}
    reasons: list[str] = []
    for table, rows in data.items():
        check = CHECKS.get(table)
        for doc_id, row in rows.items():
            reason = ("a row that is not an object" if not isinstance(row, dict) else
                      f"a table {table[:30]!r} dateline does not know" if check is None else check(row))
            if reason is None and not str(doc_id).isdigit():
                reason = "a row without a number"
            if reason is None:
                good.setdefault(table, {})[doc_id] = row
            else:
                bad.setdefault(table, {})[doc_id] = row
                if reason not in reasons:
                    reasons.append(reason)
    for table in data:
        good.setdefault(table, {})
    return good, bad, reasons

"""Our regular expressions, compiled once for an installation rather than at every start.

Python compiles a pattern in Python code (`re._parser`, `re._compiler`): ours cost about 0.17 s of
every start of the reader, more than any other part of its own start-up. The programs the compiler
makes are kept, as the gazetteers are, in a small cache file in the user cache folder, for this
Python's regular-expression engine only; a pattern not in it (a new or a changed one) is compiled as
usual and the file written again when the process ends. The engine checks every program it is given
and refuses a malformed one; any problem with the cache (another Python, a damaged file, a refusal)
means compiling as `re.compile` does. The cache only ever saves time: a pattern made from it is equal
(`==`: same source, flags and program) to the one `re.compile` makes.
"""
from __future__ import annotations

import re
import sys

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # (another Python's engine: compiling as re does)
    _sre = None

_table: dict | None = None       # (source, flags) -> the program's parts, as read from the file
_used: set = set()               # the keys read from the table in this process
_new: dict = {}                  # programs compiled in this process, to be written at exit
_path: str | None = None


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 (re.compile's name, for its callers)
    """`re.compile(source, flags)`, from the installation's cache when it holds the program."""
    flags = int(flags)
    if _sre is None or not isinstance(source, str):
        return re.compile(source, flags)
    key = (source, flags)
    table = _table if _table is not None else _load()
    parts = table.get(key)
    if parts is not None:
        try:
            pattern = _sre.compile(source, *parts)
            _used.add(key)
            return pattern
        except Exception:
            pass  # refused (a damaged entry): compiled again below, and the entry replaced
    try:
        parts = _program(source, flags)
        pattern = _sre.compile(source, *parts)
    except Exception:
        return re.compile(source, flags)
    if not _new:
        import atexit
        atexit.register(_save)
    _new[key] = parts
    return pattern


def _program(source: str, flags: int) -> tuple:
    """What re._compiler.compile hands the engine: the flags, the program, and the groups' names."""
    parsed = _parser.parse(source, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    index = parsed.state.groupdict
    names = [None] * parsed.state.groups
    for name, i in index.items():
        names[i] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, dict(index), tuple(names))


def _engine_key() -> str:
    import zlib
    return "%08x" % zlib.crc32(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_sre.MAXGROUPS}".encode())


def _load() -> dict:
    global _table, _path
    _table = {}
    try:
        import marshal
        import os
        import zlib

        from platformdirs import user_cache_dir
        _path = os.path.join(user_cache_dir("dateline", appauthor=False), f"patterns-{_engine_key()}.marshal")
        with open(_path, "rb") as fh:
            raw = fh.read()
        if int.from_bytes(raw[:4], "big") == zlib.crc32(raw[4:]):  # (a damaged file: compiled afresh)
            data = marshal.loads(raw[4:])
            if isinstance(data, dict):
                _table = data
    except Exception:
        pass  # no cache yet, or one that cannot be read: every pattern is compiled, and kept at exit
    return _table


# a table that has grown past this many times what a process uses holds patterns since changed
_STALE_FACTOR = 3


def _save() -> None:
    """Write the table with this process's new programs (atomically: a reader never sees half)."""
    if not _new or _path is None:
        return
    import marshal
    import os
    import zlib
    table = {**(_table or {}), **_new}
    if len(table) > _STALE_FACTOR * (len(_used) + len(_new)):
        table = {k: v for k, v in table.items() if k in _used or k in _new}
    try:
        folder = os.path.dirname(_path)
        os.makedirs(folder, exist_ok=True)
        tmp = f"{_path}.{os.getpid()}.tmp"
        payload = marshal.dumps(table)
        with open(tmp, "wb") as fh:
            fh.write(zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(tmp, _path)
        for old in os.listdir(folder):  # tables of another Python
            if old.startswith("patterns-") and old.endswith(".marshal") and old != os.path.basename(_path):
                os.unlink(os.path.join(folder, old))
    except (OSError, ValueError):
        pass  # a cache we cannot write costs time, nothing else
    _new.clear()

"""A TinyDB storage that never leaves a half-written file.

TinyDB's JSONStorage rewrites its file in place (seek, write, truncate): a crash mid-write leaves
invalid JSON. Here every write goes to a temporary file in the same folder, is fsynced, replaces
the old file with os.replace (atomic on POSIX), and the folder is fsynced so the rename itself is
durable. The parsed data is kept in memory: with one writer per store, the file only changes
through us, so reads cost nothing.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from tinydb.storages import Storage

from .errors import StoreWriteFailed


class CorruptFile(Exception):
    """The file exists but is not the JSON object a store file holds."""


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path, read_only: bool = False, durable: bool = True,
                 preloaded: dict | None = None):
        super().__init__()
        self.path = Path(path)
        self.read_only = read_only
        self.durable = durable          # derived data may skip fsync: it can be rebuilt
        self._data: dict | None = preloaded
        self._loaded = preloaded is not None

    def read(self) -> dict | None:
        if not self._loaded:
            self._data = load_json(self.path)
            self._loaded = True
        return self._data

    def write(self, data: dict) -> None:
        if self.read_only:
            from .errors import StoreReadOnly
            self._loaded = False  # forget the change TinyDB made in memory
            raise StoreReadOnly(f"{self.path.parent}: the store is open read-only; nothing was saved")
        try:
            atomic_write_json(self.path, data, durable=self.durable)
        except OSError as e:
            self._loaded = False  # TinyDB changed our dict in place: reload the durable state
            raise StoreWriteFailed(f"could not save to {self.path} ({e.strerror or e}); "
                                   "the store is as it was before this change") from None
        self._data = data
        self._loaded = True

    def close(self) -> None:
        self._data = None
        self._loaded = False


def load_json(path: Path) -> dict | None:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    if not raw.strip():
        raise CorruptFile("the file is empty")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CorruptFile(f"not valid JSON ({e.__class__.__name__}: {str(e)[:80]})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorruptFile("not a store file (the top level is not a table of tables)")
    return data


def atomic_write_json(path: Path, data: dict, durable: bool = True) -> None:
    """Write data as JSON to path so that path always holds either the old or the new content."""
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), durable)


def atomic_write_text(path: Path, text: str, durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable)


def atomic_write_bytes(path: Path, payload: bytes, durable: bool = True) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if durable:
        fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # some platforms cannot open a folder; the rename is still atomic
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)

"""A TinyDB storage that never leaves a half-written file.

TinyDB's JSONStorage rewrites its file in place (seek, write, truncate): a crash mid-write leaves
invalid JSON. Here every write goes to a temporary file in the same folder, is fsynced, replaces
the old file with os.replace (atomic on POSIX), and the folder is fsynced so the rename itself is
durable. The parsed data is kept in memory: with one writer per store, the file only changes
through us, so reads cost nothing -- and before every write the file on disk is compared with the
one we read or wrote last, so that a writer who got in anyway (a deleted lock file) is never
overwritten with our older copy.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Callable

from tinydb.storages import Storage

from .errors import StoreConflict, StoreError, StoreWriteFailed


class CorruptFile(Exception):
    """The file exists but is not the JSON object a store file holds."""


class NotDurable(OSError):
    """The new file is in place, but the folder's fsync failed: a crash now may bring back the old one."""


Stamp = tuple  # (device, inode, size, mtime in ns) of a file as we last saw it, or None: no file


def stamp_of(path: Path) -> Stamp | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path, read_only: bool = False, durable: bool = True,
                 preloaded: dict | None = None, stamp: Stamp | None = None,
                 guard: Callable[[], None] | None = None, warn: Callable[[str], None] | None = None):
        super().__init__()
        self.path = Path(path)
        self.read_only = read_only
        self.durable = durable          # derived data may skip fsync: it can be rebuilt
        self._data: dict | None = preloaded
        self._loaded = preloaded is not None
        self._stamp = stamp if self._loaded else None
        self._guard = guard             # raises a StoreError when this process may no longer write
        self._warn = warn               # told what the user must know about a save that happened

    def read(self) -> dict | None:
        if not self._loaded:
            self._data, self._stamp = load_json_stamped(self.path)
            self._loaded = True
        return self._data

    def write(self, data: dict) -> None:
        if self.read_only:
            from .errors import StoreReadOnly
            self._loaded = False  # forget the change TinyDB made in memory
            raise StoreReadOnly(f"{self.path.parent}: the store is open read-only; nothing was saved")
        try:
            if self._guard is not None:
                self._guard()
            if stamp_of(self.path) != self._stamp:
                raise StoreConflict(f"{self.path} was changed on disk by another program since dateline read it; "
                                    "nothing was saved (close and reopen to see both changes)")
        except StoreError:
            self._loaded = False  # TinyDB changed our dict in place: what is on disk stands
            raise
        try:
            atomic_write_json(self.path, data, durable=self.durable)
        except NotDurable as e:
            self._data, self._loaded, self._stamp = data, True, stamp_of(self.path)
            if self._warn is not None:
                self._warn(f"saved to {self.path}, but the disk did not confirm it ({e.strerror or e}): "
                           "the change may be lost if the machine stops now")
            return
        except OSError as e:
            self._loaded = False  # TinyDB changed our dict in place: reload the durable state
            raise StoreWriteFailed(f"could not save to {self.path} ({e.strerror or e}); "
                                   "the store is as it was before this change") from None
        self._data = data
        self._loaded = True
        self._stamp = stamp_of(self.path)

    def close(self) -> None:
        self._data = None
        self._loaded = False


def load_json(path: Path) -> dict | None:
    return load_json_stamped(path)[0]


def load_json_stamped(path: Path) -> tuple[dict | None, Stamp | None]:
    """The file's tables and its stamp as read (None, None: no file)."""
    try:
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            raw = fh.read()
    except FileNotFoundError:
        return None, None
    if not raw.strip():
        raise CorruptFile("the file is empty")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise CorruptFile(f"not valid JSON ({e.__class__.__name__}: {str(e)[:80]})") from None
    except RecursionError:
        raise CorruptFile("nested too deep to be a store file") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise CorruptFile("not a store file (the top level is not a table of tables)")
    return data, (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def atomic_write_json(path: Path, data: dict, durable: bool = True) -> None:
    """Write data as JSON to path so that path always holds either the old or the new content."""
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), durable)


def atomic_write_text(path: Path, text: str, durable: bool = True, mode: int | None = None) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable, mode)


TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")  # what atomic_write_bytes names its temporary files


def remove_stale_temporaries(folder: Path) -> int:
    """Temporary files of saves that were killed before their rename. Only the store's writer
    calls this, under its lock: no save of anyone else can be under way."""
    n = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        if TEMP_NAME.match(name):
            try:
                os.unlink(folder / name)
                n += 1
            except OSError:
                pass
    return n


def atomic_write_bytes(path: Path, payload: bytes, durable: bool = True, mode: int | None = None) -> None:
    """Replace path with payload (mode: the new file's permissions; else mkstemp's 0600). Raises
    NotDurable, an OSError, when the file is in place but the folder's fsync failed."""
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if durable:
        try:
            fsync_dir(folder)
        except OSError as e:
            raise NotDurable(e.errno, e.strerror) from None


def fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # some platforms cannot open a folder; the rename is still atomic
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)

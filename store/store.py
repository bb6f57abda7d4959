"""The store: a folder of small TinyDB files.

    STORE/lock                 one writer at a time (see lock.py)
    STORE/meta.json            schema version
    STORE/user/session.json    the session (open sources, reading position) and settings (theme)
    STORE/user/docs-XX.json    corrections and hand-set creation dates of the documents whose
                               content hash starts with XX: precious, written atomically and durably
    STORE/derived/XX.json      extraction results by content hash and extractor version: rebuildable

User data is sharded by document so that saving a correction rewrites one small file, whatever the
size of the corpus or the number of corrections; derived data lives apart so a large corpus never
slows a save. Every file is written with AtomicJSONStorage.
"""
from __future__ import annotations

import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from tinydb import Query, TinyDB

from extract.model import Anchor, Correction

from . import rows
from .atomic import AtomicJSONStorage, CorruptFile, atomic_write_json, load_json, load_json_stamped, \
    remove_stale_temporaries
from .errors import StoreError, StoreLocked, StoreTooNew, StoreWriteFailed
from .lock import WriterLock

SCHEMA_VERSION = 1
LEGACY_FILE = "dateline.json"  # schema 0: everything in one plain TinyDB file


def shard_of(digest: str) -> str:
    return (digest[:2] or "00").lower()


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """Open with Store.open(path). Every method that saves user data returns only once the change
    is on disk; one that fails raises a StoreError and leaves the store as it was."""

    def __init__(self, folder: Path, read_only: bool, lock: WriterLock | None, notices: list[str]):
        self.folder = folder
        self.read_only = read_only
        self.notices = notices           # one-line messages for the user, newest last (read them as they come)
        self.unread: list[str] = []      # user files, or rows of them, that could not be read: not applied
        self._lock = lock
        self._dbs: dict[Path, TinyDB] = {}

    # ---------------------------------------------------------------------------------------------
    # opening and closing

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> "Store":
        folder = Path(path)
        notices: list[str] = []
        if folder.exists() and not folder.is_dir():
            raise StoreError(f"{folder}: the store must be a folder, and this is a file")
        if not folder.exists():
            if read_only:
                return cls(folder, True, None, notices)  # nothing stored yet: an empty view
            try:
                (folder / "user").mkdir(parents=True, exist_ok=True)
                (folder / "derived").mkdir(exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the store at {folder} ({e.strerror or e})") from None
        lock = None
        if not read_only:
            lock = WriterLock(folder)
            try:
                got = lock.acquire()
            except OSError as e:
                got, lock, read_only = None, None, True
                notices.append(f"{folder}: cannot write here ({e.strerror or e}); opened read-only, "
                               "changes will not be saved")
            if got is False:
                raise StoreLocked(f"{folder}: {lock.holder()} is already using this store; close it first, "
                                  "or open this one read-only")
        store = cls(folder, read_only, lock, notices)
        try:
            if not read_only:
                (folder / "user").mkdir(exist_ok=True)
                (folder / "derived").mkdir(exist_ok=True)
                for sub in (folder, folder / "user", folder / "derived"):
                    remove_stale_temporaries(sub)  # left by saves that were killed (we hold the lock)
            store._check_schema()
            store._read_user_files()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        self._dbs.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------------------------------------
    # files

    def _db(self, relative: str, durable: bool = True) -> TinyDB:
        path = self.folder / relative
        db = self._dbs.get(path)
        if db is not None:
            return db
        rebuildable = relative.startswith("derived")
        stamp = None
        try:
            data, stamp = load_json_stamped(path)
        except CorruptFile as e:
            data = None
            if not rebuildable:
                self.unread.append(str(path))
            if self.read_only:
                self.notices.append(f"{path} is unreadable ({e}); left untouched and read as empty")
                db = TinyDB(storage=_EmptyStorage)
            else:
                self._set_aside(path, str(e), rebuildable)
        except OSError as e:
            raise StoreError(f"cannot read {path} ({e.strerror or e})") from None
        if data is not None:
            data, stamp = self._checked_rows(path, data, stamp, rebuildable)
        if db is None:
            db = TinyDB(path, storage=AtomicJSONStorage, read_only=self.read_only, durable=durable,
                        preloaded=data, stamp=stamp, guard=self._still_the_writer, warn=self.notices.append)
        self._dbs[path] = db
        return db

    def _checked_rows(self, path: Path, data: dict, stamp, rebuildable: bool):
        """Every row checked against its table's shape; the wrong ones set aside (a cache's simply
        dropped: it is rebuilt), the rest read."""
        good, bad, reasons = rows.split(data)
        if not bad:
            return data, stamp
        count = sum(len(r) for r in bad.values())
        if rebuildable:
            return good, stamp  # written over at the next save of this shard: a cache
        self.unread.append(f"{path} ({count} row{'s' if count != 1 else ''})")
        why = "; ".join(reasons[:3])
        if self.read_only:
            self.notices.append(f"{path}: {count} row(s) of the wrong shape ({why}) left in place and not applied")
            return good, stamp
        aside = self._aside_name(path, "bad-rows")
        try:
            atomic_write_json(aside, bad)
            atomic_write_json(path, good)
        except OSError as e:
            raise StoreError(f"cannot set aside the damaged rows of {path} ({e.strerror or e})") from None
        self.notices.append(f"{path}: {count} row(s) of the wrong shape ({why}) moved aside to {aside.name}; "
                            "the rest is read")
        return good, load_json_stamped(path)[1]

    @staticmethod
    def _aside_name(path: Path, what: str) -> Path:
        """A new name beside path, never one that exists: an earlier set-aside file is never replaced."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.{what}-{stamp}")
        n = 1
        while aside.exists():
            aside = path.with_name(f"{path.name}.{what}-{stamp}-{n}")
            n += 1
        return aside

    def _set_aside(self, path: Path, reason: str, rebuildable: bool) -> None:
        """A corrupt file is moved aside, never overwritten, and the user is told."""
        aside = self._aside_name(path, "corrupt")
        try:
            path.rename(aside)
        except OSError as e:
            raise StoreError(f"{path} is unreadable ({reason}) and cannot be moved aside ({e.strerror or e})") from None
        what = "it will be rebuilt from the articles" if rebuildable else "it starts empty; the old file is kept"
        self.notices.append(f"{path} was unreadable ({reason}); moved aside to {aside.name}; {what}")

    def _still_the_writer(self) -> None:
        """Raise before a write unless this process still holds the store's lock: a deleted lock
        file lets another dateline in, and our older copies must not overwrite its saves."""
        if self._lock is not None and not self._lock.still_held():
            raise StoreWriteFailed(f"{self._lock.path} was removed while this dateline held it, so another "
                                   "dateline may be writing here; nothing was saved (close and reopen)")

    def _read_user_files(self) -> None:
        """Open every user file now, so that a damaged one is announced when the store opens (and
        not when a shard happens to be needed, after the reader has shown its notices)."""
        self._session_db()
        self._user_shards()

    def _check_schema(self) -> None:
        meta = self._meta_table()
        row = meta.get(doc_id=1)
        version = row.get("schema") if row else None  # (a row of the wrong shape was set aside)
        legacy = self.folder / LEGACY_FILE
        if version is None:
            if legacy.exists():
                self._migrate_from_legacy(legacy)
            if not self.read_only:
                meta.upsert({"schema": SCHEMA_VERSION, "created": now_iso()}, Query().schema.exists())
            return
        if version > SCHEMA_VERSION:
            raise StoreTooNew(f"{self.folder} was written by a newer dateline (store schema {version}, "
                              f"this one knows {SCHEMA_VERSION}); update dateline to open it")
        for v in range(version, SCHEMA_VERSION):
            MIGRATIONS[v](self)
            meta.update({"schema": v + 1})

    def _meta_table(self):
        return self._db("meta.json").table("meta")

    def _migrate_from_legacy(self, legacy: Path) -> None:
        """Schema 0 kept everything in one plain TinyDB file; spread it into the sharded layout."""
        try:
            data = load_json(legacy) or {}
        except CorruptFile as e:
            raise StoreError(f"{legacy} (a store of schema 0) is unreadable ({e}); left untouched") from None
        data, bad, reasons = rows.split(data)
        if bad:
            self.notices.append(f"{legacy}: {sum(len(r) for r in bad.values())} row(s) of the wrong shape "
                                f"({'; '.join(reasons[:3])}) not carried over; the old file is kept")
        for row in data.get("corrections", {}).values():
            c = Correction.from_json(row)
            self._shard(c.anchor.doc).table("corrections").insert(c.to_json())
        for row in data.get("documents", {}).values():
            self._shard(row["digest"]).table("documents").insert(row)
        settings = self._session_db().table("settings")
        for row in data.get("settings", {}).values():
            settings.upsert(row, Query().key == row["key"])
        if not self.read_only:
            legacy.rename(legacy.with_name(f"{legacy.name}.pre-schema-{SCHEMA_VERSION}"))
            self.notices.append(f"{self.folder}: store updated from schema 0 to {SCHEMA_VERSION}; "
                                f"the old file is kept as {legacy.name}.pre-schema-{SCHEMA_VERSION}")

    def _shard(self, digest: str) -> TinyDB:
        return self._db(f"user/docs-{shard_of(digest)}.json")

    def _session_db(self) -> TinyDB:
        return self._db("user/session.json")

    def _user_shards(self):
        folder = self.folder / "user"
        if not folder.is_dir():
            return []
        return [self._db(f"user/{p.name}") for p in sorted(folder.glob("docs-??.json"))]

    # ---------------------------------------------------------------------------------------------
    # corrections

    def add_correction(self, c: Correction) -> Correction:
        """Save a correction; it is on disk when this returns."""
        saved = Correction(kind=c.kind, anchor=c.anchor, value=c.value, author=c.author,
                           created=c.created or now_iso(), id=c.id or uuid.uuid4().hex[:16],
                           seq=c.seq or time.time_ns())
        self._shard(c.anchor.doc).table("corrections").insert(saved.to_json())
        return saved

    def remove_correction(self, correction_id: str, doc: str | None = None) -> bool:
        shards = [self._shard(doc)] if doc else self._user_shards()
        for db in shards:
            if db.table("corrections").remove(Query().id == correction_id):
                return True
        return False

    def corrections(self, doc: str | None = None) -> list[Correction]:
        shards = [self._shard(doc)] if doc else self._user_shards()
        out = []
        for db in shards:
            for row in db.table("corrections").all():
                c = Correction.from_json(row)
                if doc is None or c.anchor.doc == doc:
                    out.append(c)
        out.sort(key=lambda c: c.seq)
        return out

    def corrections_for(self, docs) -> list[Correction]:
        """The corrections of these documents, each shard read once (an event told by hundreds of
        articles is corrected as fast as one told by a single article)."""
        docs = set(docs)
        out = []
        for shard in sorted({shard_of(d) for d in docs}):
            for row in self._db(f"user/docs-{shard}.json").table("corrections").all():
                c = Correction.from_json(row)
                if c.anchor.doc in docs:
                    out.append(c)
        out.sort(key=lambda c: c.seq)
        return out

    # ---------------------------------------------------------------------------------------------
    # document creation dates set by hand

    def set_document_date(self, digest: str, dct: str | None, path: str = "", author: str = "") -> None:
        docs = self._shard(digest).table("documents")
        docs.upsert({"digest": digest, "dct": dct, "path": path, "set": now_iso(), "author": author},
                    Query().digest == digest)

    def document_dates(self) -> list[dict]:
        """Every creation date set by hand: digest, dct (None when removed), path, set (when), author."""
        return [dict(row) for db in self._user_shards() for row in db.table("documents").all()]

    def document_date(self, digest: str) -> str | None:
        row = self._shard(digest).table("documents").get(Query().digest == digest)
        return row.get("dct") if row else None

    # ---------------------------------------------------------------------------------------------
    # session and settings

    def setting(self, key: str, default=None):
        row = self._session_db().table("settings").get(Query().key == key)
        return row["value"] if row else default

    def set_setting(self, key: str, value) -> None:
        self._session_db().table("settings").upsert({"key": key, "value": value}, Query().key == key)

    def session(self) -> dict:
        row = self._session_db().table("session").get(doc_id=1)
        return dict(row) if row else {}

    def set_session(self, data: dict) -> None:
        table = self._session_db().table("session")
        if table.get(doc_id=1):
            table.update(data, doc_ids=[1])
        else:
            table.insert(data)

    # ---------------------------------------------------------------------------------------------
    # derived data

    def annotations(self, digest: str, version: str) -> dict | None:
        row = self._db(f"derived/{shard_of(digest)}.json", durable=False).table("annotations").get(
            Query().key == f"{digest}:{version}")
        return row.get("data") if row else None

    def save_annotations(self, items: list[tuple[str, str, dict]]) -> None:
        """Cache extraction results (digest, extractor version, data), one write per shard touched."""
        if self.read_only:
            return  # a cache: a read-only store simply does not keep it
        by_shard: dict[str, list] = {}
        for digest, version, data in items:
            by_shard.setdefault(shard_of(digest), []).append({"key": f"{digest}:{version}", "data": data})
        for shard, fresh in by_shard.items():
            table = self._db(f"derived/{shard}.json", durable=False).table("annotations")
            keys = sorted({r["key"] for r in fresh})
            try:
                table.remove(Query().key.one_of(keys))
                table.insert_multiple(fresh)
            except StoreError as e:
                self.notices.append(f"extraction cache not kept ({e})")  # rebuilt next time: no loss
                return


MIGRATIONS: dict = {}  # version -> function(store) bringing it to version + 1


class _EmptyStorage:
    """Storage for a file we may not touch: empty, and refuses writes."""

    def __init__(self, *args, **kwargs):
        pass

    def read(self):
        return None

    def write(self, data):
        from .errors import StoreReadOnly
        raise StoreReadOnly("the store is open read-only; nothing was saved")

    def close(self):
        pass


def correction_for(digest: str, kind: str, start: int, end: int, text: str, value=None,
                   anchor_kind: str = "timex") -> Correction:
    """A convenience for callers: a correction anchored to a span of a document."""
    return Correction(kind=kind, anchor=Anchor(digest, anchor_kind, start, end, text), value=value)

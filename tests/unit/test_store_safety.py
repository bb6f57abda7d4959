"""The store under faults: every damaged file or row is announced and set aside, never a traceback;
a second writer who got in is never overwritten; killed saves leave nothing behind for long."""
import errno
import json
import os

import pytest

from extract.model import Anchor, Correction
from store import Store, StoreWriteFailed
from store import atomic

DOC = "ab" * 32


def corr(i=0, doc=DOC, value="2022-01-04"):
    return Correction("event.date", Anchor(doc, "timex", 10 + i, 17 + i, "Tuesday"), value)


def shard(folder):
    return folder / "user" / "docs-ab.json"


@pytest.mark.parametrize("content", [b"", b'{"corrections": {"1": {"id": ', b"\x00\x00\x00", b"[]", b"null",
                                     b"[" * 100_000 + b"]" * 100_000])
def test_a_corrupt_shard_is_announced_as_soon_as_the_store_opens(tmp_path, content):
    with Store.open(tmp_path / "s") as s:
        s.add_correction(corr())
    shard(tmp_path / "s").write_bytes(content)
    with Store.open(tmp_path / "s") as s:  # announced before anything asks for the shard
        assert any("docs-ab.json" in n and "moved aside" in n for n in s.notices)
        assert s.unread and "docs-ab.json" in s.unread[0]
    with Store.open(tmp_path / "s", read_only=True) as ro:
        assert ro.unread == []  # set aside once: the store is whole again (and empty)


def test_a_corrupt_shard_in_a_read_only_store_is_unread_and_untouched(tmp_path):
    with Store.open(tmp_path / "s") as s:
        s.add_correction(corr())
    shard(tmp_path / "s").write_bytes(b"garbage")
    with Store.open(tmp_path / "s", read_only=True) as ro:
        assert ro.unread and "left untouched" in ro.notices[0]
    assert shard(tmp_path / "s").read_bytes() == b"garbage"


def test_a_second_set_aside_never_replaces_the_first(tmp_path):
    path = shard(tmp_path / "s")
    for content in (b"first damage", b"second damage"):
        Store.open(tmp_path / "s").close()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        Store.open(tmp_path / "s").close()
    kept = sorted(p.read_bytes() for p in path.parent.glob("docs-ab.json.corrupt-*"))
    assert kept == [b"first damage", b"second damage"]


BAD_ROWS = {
    "a correction without kind": ("corrections", {"id": "x", "seq": 1, "anchor": {"doc": DOC, "kind": "timex",
                                                                               "start": 1, "end": 2}}),
    "a correction without anchor": ("corrections", {"id": "x", "seq": 1, "kind": "event.date"}),
    "a correction that is a list": ("corrections", [1, 2]),
    "a creation date that is not one": ("documents", {"digest": DOC, "dct": "not-a-date"}),
    "a creation date past the calendar": ("documents", {"digest": DOC, "dct": "9999-12-31"}),
}


@pytest.mark.parametrize("case", sorted(BAD_ROWS))
def test_a_row_of_the_wrong_shape_is_set_aside_and_the_good_rows_read(tmp_path, case):
    with Store.open(tmp_path / "s") as s:
        good = s.add_correction(corr())
    data = json.loads(shard(tmp_path / "s").read_text())
    table, row = BAD_ROWS[case]
    data.setdefault(table, {})["99"] = row
    shard(tmp_path / "s").write_text(json.dumps(data))
    with Store.open(tmp_path / "s") as s:
        assert [c.id for c in s.corrections()] == [good.id]
        assert s.document_date(DOC) is None
        assert any("wrong shape" in n and "moved aside" in n for n in s.notices)
    [aside] = shard(tmp_path / "s").parent.glob("docs-ab.json.bad-rows-*")
    assert json.loads(aside.read_text()) == {table: {"99": row}}


def test_a_schema_that_is_not_a_number_is_set_aside_not_a_crash(tmp_path):
    Store.open(tmp_path / "s").close()
    meta = tmp_path / "s" / "meta.json"
    meta.write_text(json.dumps({"meta": {"1": {"schema": "1"}}}))
    with Store.open(tmp_path / "s") as s:
        assert any("meta.json" in n and "schema version" in n for n in s.notices)
    with Store.open(tmp_path / "s") as s:
        assert s.notices == []


def test_a_cache_row_without_data_is_extracted_again(tmp_path):
    with Store.open(tmp_path / "s") as s:
        s.save_annotations([(DOC, "1", {"timexes": []})])
    derived = tmp_path / "s" / "derived" / "ab.json"
    data = json.loads(derived.read_text())
    data["annotations"]["1"].pop("data")
    derived.write_text(json.dumps(data))
    with Store.open(tmp_path / "s") as s:
        assert s.annotations(DOC, "1") is None
        s.save_annotations([(DOC, "1", {"timexes": [1]})])
        assert s.annotations(DOC, "1") == {"timexes": [1]}


def test_a_deleted_lock_never_lets_our_old_copy_overwrite_the_next_writer(tmp_path):
    first = Store.open(tmp_path / "s")
    first.add_correction(corr())
    (tmp_path / "s" / "lock").unlink()  # someone "cleans up" while the reader runs
    second = Store.open(tmp_path / "s")  # gets in
    theirs = second.add_correction(corr(1))
    with pytest.raises(StoreWriteFailed, match="lock"):
        first.add_correction(corr(2))
    second.close()
    first.close()
    with Store.open(tmp_path / "s") as s:
        assert theirs.id in {c.id for c in s.corrections()}


def test_a_shard_changed_on_disk_is_not_overwritten_with_an_older_copy(tmp_path):
    s = Store.open(tmp_path / "s")
    s.add_correction(corr())
    path = shard(tmp_path / "s")
    other = json.loads(path.read_text())
    other["corrections"]["2"] = corr(5).to_json() | {"id": "theirs", "seq": 5}
    path.write_text(json.dumps(other))  # another program wrote the file
    with pytest.raises(StoreWriteFailed, match="changed on disk"):
        s.add_correction(corr(1))
    s.close()
    assert "theirs" in path.read_text()


def test_when_the_folder_fsync_fails_the_save_is_kept_and_said_to_be_unconfirmed(tmp_path, monkeypatch):
    s = Store.open(tmp_path / "s")
    s.add_correction(corr())
    real_fsync = os.fsync

    def folder_fails(fd):
        import stat
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "Input/output error")
        return real_fsync(fd)

    monkeypatch.setattr(atomic.os, "fsync", folder_fails)
    saved = s.add_correction(corr(1))  # the new file is in place: this is no failure to hide
    monkeypatch.undo()
    assert saved.id in {c.id for c in s.corrections()}
    assert any("did not confirm" in n and "Input/output error" in n for n in s.notices)
    s.add_correction(corr(2))  # and later saves go on
    s.close()
    with Store.open(tmp_path / "s") as s:
        assert len(s.corrections()) == 3


def test_atomic_writes_sync_the_file_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    import stat
    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (events.append(
        "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"), real_fsync(fd))[1])
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (events.append("rename"), real_replace(a, b))[1])
    atomic.atomic_write_text(tmp_path / "f.json", "{}")
    assert events == ["file", "rename", "folder"]


def test_temporary_files_of_killed_saves_are_removed_when_the_writer_opens(tmp_path):
    Store.open(tmp_path / "s").close()
    stale = [tmp_path / "s" / "user" / ".docs-ab.json.k3j_9xqz.tmp", tmp_path / "s" / "derived" / ".ab.json.abcdefgh.tmp",
             tmp_path / "s" / ".meta.json.01234567.tmp"]
    for p in stale:
        p.write_bytes(b"half a save")
    mine = tmp_path / "s" / "user" / "notes.txt"  # not ours: never touched
    mine.write_text("keep")
    Store.open(tmp_path / "s", read_only=True).close()
    assert all(p.exists() for p in stale)  # a reader removes nothing
    Store.open(tmp_path / "s").close()
    assert not any(p.exists() for p in stale) and mine.read_text() == "keep"

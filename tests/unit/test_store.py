"""The store never loses a correction: atomic saves, one writer, corrupt files set aside, migrations."""
import errno
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from extract import extract
from extract.model import Anchor, Correction
from store import Store, StoreLocked, StoreReadOnly, StoreTooNew, StoreWriteFailed
from store import atomic
from store.anchors import reattach

from helpers import ROOT

DOC = "ab" * 32


def corr(i=0, doc=DOC, value="2022-01-04"):
    return Correction("event.date", Anchor(doc, "timex", 10 + i, 17 + i, "Tuesday"), value)


def test_a_saved_correction_is_there_after_reopening(tmp_path):
    with Store.open(tmp_path / "s") as s:
        saved = s.add_correction(corr())
        assert saved.id and saved.created and saved.seq
    with Store.open(tmp_path / "s") as s:
        assert [c.id for c in s.corrections()] == [saved.id]
        assert s.corrections(DOC)[0].value == "2022-01-04"


def test_the_corrections_of_several_documents_come_in_the_order_they_were_made(tmp_path):
    docs = ["ab" * 32, "ac" * 32, "cd" * 32, "ef" * 32]   # two share a shard
    with Store.open(tmp_path / "s") as s:
        made = [s.add_correction(corr(i, doc=d)) for i, d in enumerate(docs * 2)]
        wanted = [c.id for c in made if c.anchor.doc in docs[:3]]
        assert [c.id for c in s.corrections_for(docs[:3])] == wanted
        assert [c.id for c in s.corrections_for([docs[3]])] == [c.id for c in s.corrections(docs[3])]
        assert s.corrections_for([]) == []


def test_user_and_derived_data_live_in_separate_files(tmp_path):
    with Store.open(tmp_path / "s") as s:
        s.add_correction(corr())
        s.save_annotations([(DOC, "1", {"timexes": []})])
        s.set_setting("theme", "dateline-light")
    files = {p.relative_to(tmp_path / "s").as_posix() for p in (tmp_path / "s").rglob("*.json")}
    assert files == {"meta.json", "user/docs-ab.json", "user/session.json", "derived/ab.json"}
    with Store.open(tmp_path / "s") as s:
        assert s.annotations(DOC, "1") == {"timexes": []} and s.annotations(DOC, "2") is None
        assert s.setting("theme") == "dateline-light"


def test_a_second_writer_gets_a_clear_message_and_may_read(tmp_path):
    first = Store.open(tmp_path / "s")
    first.add_correction(corr())
    child = subprocess.run([sys.executable, "-c", textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(ROOT)!r})
        from store import Store, StoreLocked
        try:
            Store.open({str(tmp_path / 's')!r})
        except StoreLocked as e:
            print("LOCKED", e)
        ro = Store.open({str(tmp_path / 's')!r}, read_only=True)
        print("READ", len(ro.corrections()))
        """)], capture_output=True, text=True, timeout=60)
    assert "LOCKED" in child.stdout and "already using this store" in child.stdout and f"pid {os.getpid()}" in child.stdout
    assert "READ 1" in child.stdout
    with pytest.raises(StoreLocked):
        Store.open(tmp_path / "s")  # in this process too
    first.close()
    Store.open(tmp_path / "s").close()  # and the lock is released on close


def test_read_only_refuses_to_save_and_says_so(tmp_path):
    Store.open(tmp_path / "s").close()
    ro = Store.open(tmp_path / "s", read_only=True)
    with pytest.raises(StoreReadOnly):
        ro.add_correction(corr())
    assert ro.corrections() == []


@pytest.mark.parametrize("content", [b"", b'{"corrections": {"1": {"id": ', b"\x00\xff garbage", b"[1, 2, 3]"])
def test_a_corrupt_file_is_moved_aside_never_overwritten(tmp_path, content):
    with Store.open(tmp_path / "s") as s:
        s.add_correction(corr())
    shard = tmp_path / "s" / "user" / "docs-ab.json"
    shard.write_bytes(content)
    with Store.open(tmp_path / "s") as s:
        assert s.corrections() == []
        assert len(s.notices) == 1 and "docs-ab.json" in s.notices[0] and "moved aside" in s.notices[0]
        s.add_correction(corr(1))
    asides = list(shard.parent.glob("docs-ab.json.corrupt-*"))
    assert len(asides) == 1 and asides[0].read_bytes() == content


def test_a_corrupt_file_in_a_read_only_store_is_left_alone(tmp_path):
    Store.open(tmp_path / "s").close()
    meta = tmp_path / "s" / "meta.json"
    meta.write_bytes(b"{oops")
    ro = Store.open(tmp_path / "s", read_only=True)
    assert "left untouched" in ro.notices[0] and meta.read_bytes() == b"{oops"


def test_a_failing_write_loses_nothing_and_says_why(tmp_path, monkeypatch):
    s = Store.open(tmp_path / "s")
    first = s.add_correction(corr())

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    with pytest.raises(StoreWriteFailed, match="No space left on device"):
        s.add_correction(corr(1))
    monkeypatch.undo()
    assert [c.id for c in s.corrections()] == [first.id]  # memory holds what the disk holds
    assert not list((tmp_path / "s" / "user").glob(".*.tmp"))  # no temporary file left behind
    json.loads((tmp_path / "s" / "user" / "docs-ab.json").read_text())
    s.add_correction(corr(2))  # and the store keeps working once the disk has room
    s.close()
    with Store.open(tmp_path / "s") as s:
        assert len(s.corrections()) == 2


def test_a_folder_we_cannot_write_opens_read_only(tmp_path, monkeypatch):
    Store.open(tmp_path / "s").close()
    import store.lock as lock_module
    real_open = os.open

    def no_write(path, flags, *args):
        if str(path).endswith("lock"):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(lock_module.os, "open", no_write)
    s = Store.open(tmp_path / "s")
    assert s.read_only and "opened read-only" in s.notices[0]
    with pytest.raises(StoreReadOnly):
        s.add_correction(corr())


def test_a_newer_store_is_refused(tmp_path):
    Store.open(tmp_path / "s").close()
    meta = tmp_path / "s" / "meta.json"
    data = json.loads(meta.read_text())
    data["meta"]["1"]["schema"] = 99
    meta.write_text(json.dumps(data))
    with pytest.raises(StoreTooNew, match="newer dateline"):
        Store.open(tmp_path / "s")


def test_a_schema_0_store_is_migrated_and_its_file_kept(tmp_path):
    folder = tmp_path / "s"
    folder.mkdir()
    old = {"corrections": {"1": corr().to_json() | {"id": "old1", "seq": 1},
                           "2": corr(doc="cd" * 32).to_json() | {"id": "old2", "seq": 2}},
           "documents": {"1": {"digest": "cd" * 32, "dct": "2021-12-22", "path": "003.txt"}},
           "settings": {"1": {"key": "theme", "value": "dateline-contrast"}}}
    (folder / "dateline.json").write_text(json.dumps(old))
    with Store.open(folder) as s:
        assert [c.id for c in s.corrections()] == ["old1", "old2"]
        assert s.document_date("cd" * 32) == "2021-12-22" and s.setting("theme") == "dateline-contrast"
        assert "schema 0 to 1" in s.notices[0]
    assert (folder / "dateline.json.pre-schema-1").exists()
    with Store.open(folder) as s:
        assert len(s.corrections()) == 2 and s.notices == []


def test_reextraction_keeps_every_correction_reattached_or_orphaned():
    text = "Borrell spoke with Stoltenberg on Tuesday. The council meets on 12 January."
    digest = "ef" * 32
    ann = extract(text, dct="2022-01-09")
    tuesday = next(t for t in ann.timexes if t.text == "Tuesday")
    c1 = Correction("event.date", Anchor(digest, "timex", tuesday.start, tuesday.end, "Tuesday"), "2022-01-04")
    c2 = Correction("event.title", Anchor(digest, "sentence", 43, 75, text[43:75]), "Council meets")
    c3 = Correction("event.date", Anchor(digest, "timex", 8, 13, "spoke"), "2022-01-03")  # matches no date
    # the same text, extracted by a changed extractor whose spans include the preposition
    ann.timexes = [type(t)(t.start - 3, t.end, text[t.start - 3:t.end], t.type, t.value) for t in ann.timexes]
    result = reattach([c1, c2, c3], digest, text, ann)
    assert [c.value for c, _ in result.attached] == ["2022-01-04", "Council meets"]
    assert result.attached[0][1].text == "on Tuesday"
    assert result.orphaned == [c3]


def test_an_edited_article_keeps_its_corrections_where_the_words_still_are():
    # the article was "Talks opened on Tuesday in Geneva."; the date was corrected at 16-23
    new = "UPDATED: Talks opened on Tuesday in Geneva, officials said."
    c = Correction("event.date", Anchor("01" * 32, "timex", 16, 23, "Tuesday"), "2022-01-04")
    result = reattach([c], "02" * 32, new, extract(new, dct="2022-01-09"))
    assert result.attached and result.attached[0][1].text == "Tuesday" and result.attached[0][1].start == 25


CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {root!r})
    from store import Store
    from extract.model import Anchor, Correction
    s = Store.open({path!r})
    print("READY", flush=True)
    i = 0
    while True:
        i += 1
        doc = "%02x" % (i % 7) * 32
        c = s.add_correction(Correction("event.date", Anchor(doc, "timex", i, i + 7, "Tuesday"), str(i)))
        print("ACK", c.id, flush=True)
""")


def test_killed_at_random_moments_every_acknowledged_correction_survives(tmp_path):
    path = str(tmp_path / "crash")
    rng = random.Random(20261123)
    acknowledged: set[str] = set()
    for _ in range(50):
        proc = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), path=path)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "READY"
        first = proc.stdout.readline()  # every round writes at least once, however slow the machine
        assert first.startswith("ACK ")
        acknowledged.add(first.split()[1])
        time.sleep(rng.uniform(0.0, 0.08))
        os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        # only complete lines count: a line cut short by the kill was never acknowledged
        complete = out.split("\n")[:-1]
        acknowledged.update(line.split()[1] for line in complete if line.startswith("ACK ") and len(line) == 20)
        with Store.open(path) as s:  # opens every time: no stale lock, no corrupt file
            assert s.notices == []
            stored = {c.id for c in s.corrections()}
        assert acknowledged <= stored, f"lost: {acknowledged - stored}"
    assert len(acknowledged) >= 50  # the rounds really did write (one each, at least)


def test_every_correction_the_reader_saves_has_one_entry_in_the_kinds_table():
    import re
    from store.kinds import KINDS, label
    app_source = "".join(p.read_text(encoding="utf-8")
                         for p in sorted((ROOT / "tui").glob("*.py")))
    saved = set(re.findall(r'(?:_correct\(|Correction\()"([a-z]+\.[a-z]+|note)"', app_source))
    assert saved and saved <= set(KINDS)
    assert label("event.reject") == "rejected" and label("some.future.kind") == "some.future.kind"

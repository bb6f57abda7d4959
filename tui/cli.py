"""The `dateline` command: the reader by default, `extract` and `export` for scripts."""
from __future__ import annotations

import argparse
import json
import os
import sys
import unicodedata

from extract.controls import DEL_AND_C1, REORDERING
from extract.timevalues import OutOfRange, accepted_day
from pathlib import Path

from store.sources import Source, document_date, read_sources

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COMMANDS = ("extract", "export")


class UsageError(Exception):
    """A mistake in the command line: one line to stderr, exit status 2."""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "extract":
            return cmd_extract(argv[1:])
        if argv and argv[0] == "export":
            return cmd_export(argv[1:])
        return cmd_read(argv)
    except UsageError as e:
        print(f"dateline: {_printable(str(e))}", file=sys.stderr)
        return 2
    except StoreUnreadable as e:
        print(f"dateline: {_printable(str(e))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader of our output went away (`| head`): not an error worth a traceback
        sys.stderr.close()
        return 0
    except Exception as e:  # a bug: one line for the user, the traceback only when asked for
        if os.environ.get("DATELINE_DEBUG"):
            raise
        print(f"dateline: internal error ({e.__class__.__name__}: {e}); please report it "
              "(run with DATELINE_DEBUG=1 to see the details)", file=sys.stderr)
        return 70


# ---------------------------------------------------------------------------------------------
# arguments shared by the commands

class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage dump
        raise UsageError(f"{self.prog.split()[-1]}: {message} (see --help)")


def parse_dct_options(values: list[str]) -> tuple[str | None, dict[str, str]]:
    """--dct YYYY-MM-DD (every file) and --dct NAME=YYYY-MM-DD (the file of that basename)."""
    every, by_name = None, {}
    for v in values:
        name, _, day = v.rpartition("=")
        try:
            iso = accepted_day(day)
        except OutOfRange as e:
            raise UsageError(f"--dct {v!r}: {e}") from None
        except ValueError:
            raise UsageError(f"--dct {v!r}: {day.strip()!r} is not a date (use YYYY-MM-DD)") from None
        if name:
            by_name[name] = iso
        else:
            every = iso
    return every, by_name


def _read(paths: list[str]) -> list[Source]:
    sources, problems = read_sources(paths)
    for p in problems:
        print(f"dateline: {_printable(str(p))}", file=sys.stderr)
    if not sources:
        raise NoInput()
    return sources


class NoInput(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# dateline extract

def cmd_extract(argv: list[str]) -> int:
    ap = _Parser(prog="dateline extract", description="Print the dates and names found in articles.")
    ap.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    ap.add_argument("--format", choices=("table", "jsonl"), default="table")
    ap.add_argument("--dct", action="append", default=[], metavar="[NAME=]YYYY-MM-DD",
                    help="creation date for every file, or for the file named NAME (repeatable)")
    ap.add_argument("--store", metavar="PATH", help="the store whose hand-set creation dates apply "
                    "(default: $DATELINE_STORE, else the user data folder); only read")
    _keep_going_option(ap, "without the creation dates it could not read")
    a = ap.parse_args(argv)
    every, by_name = parse_dct_options(a.dct)
    store = open_store_for_reading(a.store, a.keep_going)
    try:
        sources = _read(a.paths)
    except NoInput:
        print("dateline: no article could be read", file=sys.stderr)
        return 1
    from store.corpus import annotate, date_undated, failure_message

    def failed(src, e):
        print(f"dateline: {_printable(failure_message(src.path, e))}", file=sys.stderr)

    docs = annotate(sources, {s.digest: document_date(s, by_name, every, store) for s in sources},
                    on_failure=failed)
    date_undated(docs, on_failure=failed)
    out = sys.stdout
    for doc in docs:
        record = article_record(doc)
        # every file given has its record: a copy repeats its story's, saying which one it copies
        # (the timeline counts the story once)
        copies = [{**record, "source": place, "copy_of": doc.source, "also_at": None} for place in doc.also_at]
        for r in (record, *copies):
            r = {k: v for k, v in r.items() if v is not None or k in ("dct", "dct_source", "dct_reason")}
            out.write(json_line(r) + "\n" if a.format == "jsonl" else format_table(r))
    out.flush()
    return 0


def article_record(doc) -> dict:
    """One article as `dateline extract` prints it (the contract in the README)."""
    ann = doc.annotations
    record = {"source": doc.source, "title": ann.title, "dct": ann.dct, "dct_source": ann.dct_source,
              "dct_reason": ann.dct_reason}
    if ann.dct_between:
        record["dct_between"] = ann.dct_between
    if doc.url:
        record["url"] = doc.url
    if doc.also_at:
        record["also_at"] = list(doc.also_at)
    record["timexes"] = [t.to_json() for t in ann.timexes]
    record["entities"] = [e.to_json() for e in ann.entities]
    return record


def _keep_going_option(ap, what: str) -> None:
    ap.add_argument("--keep-going", action="store_true",
                    help=f"when the store cannot be read, or holds damaged files, go on {what} (else: exit 1)")


class StoreUnreadable(Exception):
    """The store's user data could not all be read: the output would silently lack it."""


def open_store_for_reading(option: str | None, keep_going: bool = False):
    """The store, read-only (a script never takes the writer's lock). When it, or some of its user
    data, cannot be read, say so; then go on without it only when told to (--keep-going)."""
    from store import Store, StoreError, resolve_store_path
    try:
        store = Store.open(resolve_store_path(option), read_only=True)
    except StoreError as e:
        if not keep_going:
            raise StoreUnreadable(f"{e}; nothing was written (--keep-going goes on without the store)") from None
        print(f"dateline: {_printable(str(e))}; going on without the store", file=sys.stderr)
        return None
    for note in store.notices:
        print(f"dateline: {_printable(note)}", file=sys.stderr)
    if store.unread and not keep_going:
        store.close()
        raise StoreUnreadable(f"{len(store.unread)} file(s) of the store could not be read ({_printable(store.unread[0])}"
                              f"{', ...' if len(store.unread) > 1 else ''}); nothing was written "
                              "(--keep-going goes on without what they held)")
    return store


def json_line(record: dict) -> str:
    """JSON with every control and bidi character escaped (\\u001b, \\u202e): the same string to
    a parser, nothing a terminal acts on when it is printed."""
    return json.dumps(record, ensure_ascii=False).translate(_JSON_ESCAPES)


# (json.dumps escapes C0 itself)
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (*DEL_AND_C1, *REORDERING)}


def format_table(r: dict) -> str:
    """A per-document listing for people. Article text is untrusted: control characters are shown,
    never sent to the terminal."""
    p = _printable
    lines = [p(r["source"]), f"  {p(r['title'])}"]
    if r["dct"]:
        why = (": " if r["dct_source"] == "metadata" else ", ") + p(r["dct_reason"]) if r.get("dct_reason") else ""
        lines.append(f"  created {r['dct']} ({r['dct_source']}{why})")
    elif r.get("dct_between"):
        lines.append(f"  undated, written between {r['dct_between'].replace('/', ' and ')} ({p(r.get('dct_reason') or '')}); "
                     "give the day with --dct NAME=YYYY-MM-DD")
    else:
        said = p(r["dct_reason"]) if r.get("dct_reason") else "undated"
        lines.append(f"  {said}; relative dates stay unresolved (give one with --dct NAME=YYYY-MM-DD)")
    lines.append(f"  {len(r['timexes'])} time expressions")
    width = max((len(p(t["text"])) for t in r["timexes"]), default=4)
    for t in r["timexes"]:
        mark = "  (from the inferred date)" if t.get("inferred") else ""
        lines.append(f"    {t['start']:>6}  {p(t['text']):<{width}}  {t['type']:<8}  {t['value']}{mark}")
    by_type: dict[str, list[str]] = {}
    for e in r["entities"]:
        names = by_type.setdefault(e["type"], [])
        if e["text"] not in names:
            names.append(e["text"])
    for typ, label in (("PERSON", "people"), ("ORG", "organisations"), ("PLACE", "places")):
        names = by_type.get(typ, [])
        lines.append(f"  {label} ({len(names)}): " + ", ".join(p(n) for n in names))
    return "\n".join(lines) + "\n\n"


def _printable(s: str) -> str:
    return "".join(ch if ch in "\t" or unicodedata.category(ch) not in ("Cc", "Cf") or ch == "\u200d"
                   else f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}" for ch in s)


# ---------------------------------------------------------------------------------------------
# dateline export

def cmd_export(argv: list[str]) -> int:
    from store.export import render
    from store.formats import EXTENSIONS, FORMATS
    ap = _Parser(prog="dateline export", description="Write the corrected timeline of articles (or of the "
                 "store's session when no PATH is given).")
    ap.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    ap.add_argument("--format", choices=FORMATS, default="json")
    ap.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    ap.add_argument("--dct", action="append", default=[], metavar="[NAME=]YYYY-MM-DD")
    ap.add_argument("--store", metavar="PATH", help="the store whose corrections apply (only read)")
    _keep_going_option(ap, "without the corrections it could not read")
    a = ap.parse_args(argv)
    every, by_name = parse_dct_options(a.dct)
    store = open_store_for_reading(a.store, a.keep_going)
    paths = a.paths or (store.session().get("sources", []) if store else [])
    if not paths:
        raise UsageError("export: no articles: name them, or open them in the reader first")
    try:
        sources = _read(paths)
    except NoInput:
        print("dateline: no article could be read", file=sys.stderr)
        return 1
    built = build_timeline_for(sources, by_name, every, store)
    for c in built.orphans:
        print(f"dateline: a correction ({c.kind} on {_printable(c.anchor.text)!r}) no longer matches its "
              "article; it is kept in the store, not applied", file=sys.stderr)
    payload = render(a.format, built.corrected, built.sentences(), built.links())
    if a.output:
        from store.atomic import NotDurable
        from store.output import RefusedOutput, write_export
        try:
            write_export(Path(a.output), payload, [s.path for s in sources])
        except RefusedOutput as e:
            print(f"dateline: export: {_printable(str(e))}; nothing was written", file=sys.stderr)
            return 1
        except NotDurable as e:
            print(f"dateline: wrote {_printable(a.output)}, but the disk did not confirm it ({e.strerror or e})",
                  file=sys.stderr)
            return 1
        except OSError as e:
            print(f"dateline: export: cannot write {_printable(a.output)} ({e.strerror or e})", file=sys.stderr)
            return 1
        print(f"dateline: wrote {len(built.corrected)} events to {a.output} ({a.format}; "
              f"usual suffix .{EXTENSIONS[a.format]})", file=sys.stderr)
    else:
        sys.stdout.write(payload)
        sys.stdout.flush()
    return 0


def build_timeline_for(sources: list[Source], by_name: dict, every: str | None, store):
    """The reader's pipeline (store.corpus.timeline_of), the extraction cache read, never written."""
    from store.corpus import failure_message, timeline_of
    return timeline_of(sources, lambda src: document_date(src, by_name, every, store), store,
                       on_failure=lambda src, e: print(f"dateline: {_printable(failure_message(src.path, e))}",
                                                       file=sys.stderr))


# ---------------------------------------------------------------------------------------------
# dateline [PATH...]

def cmd_read(argv: list[str]) -> int:
    ap = _Parser(prog="dateline", description="Read news articles as a checked timeline. "
                 "Commands: extract, export (dateline COMMAND --help).")
    ap.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the bundled seeds)")
    ap.add_argument("--dct", action="append", default=[], metavar="[NAME=]YYYY-MM-DD")
    ap.add_argument("--store", metavar="PATH", help="where corrections are kept (default: $DATELINE_STORE, "
                    "else the user data folder)")
    a = ap.parse_args(argv)
    paths = a.paths or [str(SEEDS)]
    missing = [p for p in paths if not os.path.exists(p)]
    if missing and len(missing) == len(paths):
        from store.sources import Unreadable, read_article
        try:
            read_article(Path(missing[0]))
        except Unreadable as e:
            raise UsageError(f"{missing[0]}: {e}") from None
    if not a.paths and not SEEDS.is_dir():
        raise UsageError(f"the bundled corpus is missing ({SEEDS}); name the articles to open")
    every, by_name = parse_dct_options(a.dct)
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        # not a terminal (a pipe, a script): print what the reader would show, as a table
        store_args = ["--store", a.store] if a.store else []
        return cmd_extract(["--format", "table", *store_args, *sum((["--dct", d] for d in a.dct), []), *paths])
    from .app import run_reader
    return run_reader(paths, a.store, (by_name, every))


if __name__ == "__main__":
    sys.exit(main())

"""Writers keyed by format: the session's timeline as json, csv, md, ics or timelinejs.

Every writer takes the same rows (see timeline_rows) and returns text. Article text is untrusted:
every text field loses its control characters (C0 but tab and newline, DEL, C1) and bidirectional
controls before any writer sees it, so that no format carries an escape sequence to a terminal or
reorders what a reader sees; then csv neutralises formula-looking cells, timelinejs HTML-escapes,
md makes text inert (no formatting, no autolinks), ics and json escape by construction.
"""
from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import datetime, timedelta, timezone

from extract.controls import C0, DEL_AND_C1, REORDERING
from extract.lexicon import MONTH_NAMES as MONTHS, PART_NAMES, SEASON_NAMES
from extract.timeline import group_of, interval

from .apply import Corrected

from .formats import EXTENSIONS, FORMATS

__all__ = ["EXTENSIONS", "FORMATS", "WRITERS", "clean", "render", "safe_cell", "shown", "timeline_rows",
           "to_csv", "to_ics", "to_json", "to_md", "to_timelinejs", "display_date"]


# What no exported text keeps (extract/controls.py); tab and newline stay where a format allows them.
_CONTROLS = {c: None for c in (*C0, *DEL_AND_C1, *REORDERING) if c not in (0x09, 0x0A)}


def clean(s):
    """Text without the characters in _CONTROLS (other values as they are)."""
    return s.translate(_CONTROLS) if isinstance(s, str) else s


def timeline_rows(corrected: list[Corrected], sentences: dict[tuple[str, int], str],
                  links: dict[str, str] | None = None) -> list[dict]:
    """The full-fidelity form (json): every entry, rejected ones included with their status; every
    text cleaned of control characters (offsets still point into the untouched article). links:
    digest -> the article's URL, where it came with one (a page, a feed item, a JSON line)."""
    return [_clean_row(r) for r in _rows(corrected, sentences, links or {})]


def _clean_row(r: dict) -> dict:
    out = {k: clean(v) for k, v in r.items()}
    out["participants"] = [clean(p) for p in r["participants"]]
    out["notes"] = [clean(n) for n in r["notes"]]
    out["sources"] = [{k: ([clean(n) for n in v] if k == "notes" else
                           {**v, "text": clean(v["text"])} if k == "trigger" and v else clean(v))
                       for k, v in s.items()} for s in r["sources"]]
    return out


def _rows(corrected: list[Corrected], sentences: dict[tuple[str, int], str], links: dict[str, str]) -> list[dict]:
    rows = []
    for ce in corrected:
        e = ce.entry
        rows.append({
            "id": e.id,
            "date": ce.final_date,
            "title": ce.final_title,
            "conflict": e.conflict and not ce.date,
            "participants": ce.participants if ce.participants is not None else e.participants,
            "place": ce.place if ce.place is not None else e.place,
            "status": ce.status,
            "support": e.support,
            "notes": ce.notes,
            "sources": [{"source": s.source, "start": s.timex.start, "end": s.timex.end, "text": s.timex.text,
                         "value": s.value, "conflict": i in e.conflicting, "overruled": i in ce.overruled,
                         "notes": ce.source_notes.get(i, []),
                         "sentence": sentences.get((s.doc, s.sentence.start), ""),
                         "trigger": _trigger(s, sentences),
                         # (a lead with no date of its own is dated by its article: its text is its trigger)
                         **({"dated_by": "article"} if s.reported else {}),
                         **({"url": links[s.doc]} if s.doc in links else {})}
                        for i, s in enumerate(e.sources)],
        })
    return rows


def _trigger(s, sentences) -> dict | None:
    """The word that names the source's happening, by offset into its article, with its text."""
    t = getattr(s, "trigger", None)
    sentence = sentences.get((s.doc, s.sentence.start))
    if t is None or sentence is None:
        return None
    return {"start": t.start, "end": t.end, "text": sentence[t.start - s.sentence.start:t.end - s.sentence.start]}


def shown(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["status"] != "rejected"]


def to_json(rows: list[dict]) -> str:
    return json.dumps({"events": rows}, ensure_ascii=False, indent=1) + "\n"


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A spreadsheet must not run what an article wrote: '=HYPERLINK(...)' becomes text."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA_START) else s


CSV_COLUMNS = ["id", "date", "title", "status", "conflict", "participants", "place", "source", "start", "end",
               "text", "value", "source_conflict", "sentence", "url", "dated_by"]


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for r in shown(rows):
        for s in r["sources"]:
            w.writerow([safe_cell(v) for v in (
                r["id"], r["date"], r["title"], r["status"], r["conflict"], "; ".join(r["participants"]),
                r["place"], s["source"], s["start"], s["end"], s["text"], s["value"], s["conflict"], s["sentence"],
                s.get("url", ""), s.get("dated_by", ""))])
    return buf.getvalue()


# GFM links bare 'https://...' and 'www....': an escaped ':' or '.' breaks the match and reads the
# same. An e-mail address is linked whatever is escaped in it, so it goes into a code span.
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(:)(?=//)|(?<=\bwww)(\.)")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _md(s: str) -> str:
    """Markdown-inert text: escape the characters that would format, and break GFM's autolinks."""
    text = " ".join(str(s).split())
    parts, at = [], 0
    for m in _EMAIL.finditer(text):
        parts += [_md_inert(text[at:m.start()]), f"`{m.group()}`"]
        at = m.end()
    return "".join(parts) + _md_inert(text[at:])


def _md_inert(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>#|!~":
        out = out.replace(ch, "\\" + ch)
    return _AUTOLINK.sub(lambda m: "\\" + m.group(), out)




def _heading(value: str) -> tuple[str, str, str]:
    """(year, month heading or "" for a date known only to the year, the quarter..., first day)."""
    group_at = group_of(value)
    if group_at is None:
        return ("Undated", "", "")
    d = interval(value)[0]
    if group_at[1] is not None:
        return (str(d.year), f"{MONTHS[d.month - 1]} {d.year}", d.isoformat())
    # a quarter, a season, a year: a heading of its own, never filed under the month it starts in
    shown_as = display_date(value.split("/")[0]) if "/" not in value else None
    return (str(d.year), shown_as if shown_as and shown_as != str(d.year) else f"{d.year}, no closer date",
            d.isoformat())


def to_md(rows: list[dict]) -> str:
    lines = ["# Timeline", ""]
    year = month = None
    for r in shown(rows):
        y, m, _ = _heading(r["date"])
        if y != year:
            lines += [f"## {y}", ""]
            year, month = y, None
        if m and m != month:
            lines += [f"### {m}", ""]
            month = m
        flags = []
        if r["conflict"]:
            flags.append("⚠ sources disagree")
        if r["status"] != "auto":
            flags.append(r["status"])
        support = f"{r['support']} source{'s' if r['support'] != 1 else ''}"
        lines.append(f"- **{_md(r['date'])}** {_md(r['title'])} ({support}{'; ' + ', '.join(flags) if flags else ''})")
        for s in r["sources"]:
            mark = " — **conflicting date**" if s["conflict"] else ""
            mark += " — overruled" if s.get("overruled") else ""
            lines.append(f"  - {_md(s['source'])}: “{_md(s['text'])}” → {_md(s['value'])}{mark}")
            for note in s.get("notes", []):
                lines.append(f"    - note: {_md(note)}")
        for note in r.get("notes", []):
            lines.append(f"  - note: {_md(note)}")
    return "\n".join(lines) + "\n"


def to_ics(rows: list[dict]) -> str:
    from icalendar import Calendar, Event
    cal = Calendar()
    cal.add("prodid", "-//dateline//timeline//EN")
    cal.add("version", "2.0")
    for r in shown(rows):
        iv = interval(r["date"])
        if not iv:
            continue  # an unanchored date has no place in a calendar
        ev = Event()
        ev.add("uid", f"{r['id']}@dateline")
        ev.add("summary", r["title"])
        ev.add("dtstart", iv[0])
        coarse = (iv[1] - iv[0]).days > 31
        if not coarse:
            try:
                ev.add("dtend", iv[1] + timedelta(days=1))  # all-day: DTEND is exclusive
            except OverflowError:
                continue  # the calendar's last day: no exclusive end to write (typed dates never get here)
        # (a fixed stamp: the same timeline exports to the same bytes; RFC 5545 wants UTC date-time)
        ev.add("dtstamp", datetime(2000, 1, 1, tzinfo=timezone.utc))
        desc = [f"{s['source']}: {s['text']} -> {s['value']}{' (conflicting)' if s['conflict'] else ''}"
                for s in r["sources"]]
        if coarse:
            # a year or a quarter is not a block of hundreds of days in a calendar: one day, said so
            desc.insert(0, f"Date known only as {r['date']} ({iv[0].isoformat()} to {iv[1].isoformat()}).")
        ev.add("description", "\n".join(desc))
        if r["place"]:
            ev.add("location", r["place"])
        if r["conflict"]:
            ev.add("categories", ["conflict"])
        cal.add_component(ev)
    return cal.to_ical().decode("utf-8")


_SEASON_NAMES = {code: name.capitalize() for code, name in SEASON_NAMES.items()}
_POD_NAMES = PART_NAMES


def display_date(value: str) -> str | None:
    """How a person says a date that is not one plain day ('week 2 of 2022', 'Q3 2015'); None for a day."""
    m = re.fullmatch(r"(\d{4})(?:-(?:W(\d\d)(-WE)?|Q(\d)|H(\d)|(SP|SU|FA|WI)|(\d\d)(?:-(\d\d)(?:T(MO|AF|EV|NI))?)?))?", value)
    if not m:
        return None
    y, week, weekend, q, h, season, mon, day, pod = m.groups()
    if week:
        return f"{'weekend of ' if weekend else ''}week {int(week)} of {y}"
    if q:
        return f"Q{q} {y}"
    if h:
        return f"H{h} {y}"
    if season:
        return f"{_SEASON_NAMES[season]} {y}"
    if pod:
        return f"{int(day)} {MONTHS[int(mon) - 1]} {y}, {_POD_NAMES[pod]}"
    if day:
        return None
    if mon:
        return f"{MONTHS[int(mon) - 1]} {y}"
    return y


def _tl_date(value: str, end: bool = False) -> dict | None:
    """TimelineJS dates carry only the fields that are known; a week, a quarter or a season spans
    its days."""
    v = value.split("/")[1 if end else 0] if "/" in value else value
    if end and "/" not in value:
        iv = interval(value)
        if iv and "-" in value and (iv[1] - iv[0]).days > 0 and not re.fullmatch(r"\d{4}-\d\d", value):
            return {"year": str(iv[1].year), "month": str(iv[1].month), "day": str(iv[1].day)}
        return None
    v = v.split("T")[0]
    parts = v.split("-")
    if not parts[0].isdigit():
        return None
    out = {"year": str(int(parts[0]))}
    if len(parts) > 1 and parts[1].isdigit():
        out["month"] = str(int(parts[1]))
        if len(parts) > 2 and parts[2].isdigit():
            out["day"] = str(int(parts[2]))
    elif len(parts) > 1:
        iv = interval(v)
        if iv:  # a week or a quarter: its first day
            out.update(month=str(iv[0].month), day=str(iv[0].day))
    return out


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _where(source: dict) -> str:
    """A source's file name, linked to its article where it has a web address (http and https only:
    a 'javascript:' link from a hostile feed is shown as text, never made a link)."""
    name = html.escape(_file_name(source["source"]))
    url = source.get("url") or ""
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}">{name}</a>'
    return name


def to_timelinejs(rows: list[dict]) -> str:
    events = []
    for r in shown(rows):
        start = _tl_date(r["date"])
        if not start:
            continue
        # what each source says (its sentence), and where it says it (the file's name, not its path)
        body = "".join(f"<p>“{html.escape(s['sentence'] or s['text'])}”<br><small>{_where(s)}: "
                       f"“{html.escape(s['text'])}” → {html.escape(s['value'])}"
                       f"{' <b>(conflicting date)</b>' if s['conflict'] else ''}</small></p>" for s in r["sources"])
        shown_as = display_date(r["date"].split("/")[0]) if "/" not in r["date"] else None
        if shown_as:
            start["display_date"] = shown_as
        ev = {"start_date": start, "text": {"headline": html.escape(r["title"]), "text": body},
              "unique_id": r["id"]}
        end = _tl_date(r["date"], end=True)
        if end:
            ev["end_date"] = end
        events.append(ev)
    return json.dumps({"title": {"text": {"headline": "Timeline", "text": "Built by dateline"}}, "events": events},
                      ensure_ascii=False, indent=1) + "\n"


WRITERS = {"json": to_json, "csv": to_csv, "md": to_md, "ics": to_ics, "timelinejs": to_timelinejs}


def render(fmt: str, corrected: list[Corrected], sentences: dict[tuple[str, int], str],
           links: dict[str, str] | None = None) -> str:
    """The timeline in one format: what `dateline export` prints and the reader's E writes."""
    return WRITERS[fmt](timeline_rows(corrected, sentences, links))

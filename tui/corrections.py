"""Corrections made by key: each saved through the store, then the session refreshed by store/apply.py."""
from __future__ import annotations

import itertools

from textual.content import Content

from .dates import analyst
from .prompts import DATE_PROMPT
from .session import Session
from .widgets.article import ArticleView
from .widgets.status import StatusLine
from .widgets.virtual_list import VirtualList


class Corrections:
    """The keys that correct the timeline: accept, reject, dates, titles, names, merges, splits, notes."""

    def _selected(self):
        if not self.session or self.current_entry is None:
            self.notify("select an event in the timeline first", severity="warning", markup=False)
            return None
        return self.session.entries[self.current_entry]

    def _writable(self) -> bool:
        if self.store is None or self.store.read_only:
            self.notify("the store is read-only: corrections cannot be saved", severity="error", markup=False)
            return False
        return True

    def _save(self, correction):
        """Save one correction (durably, before anything shows it) and make it undoable."""
        from dataclasses import replace

        from store import StoreError
        correction = replace(correction, author=analyst())  # who made it, for recent changes (h)
        try:
            saved = self.store.add_correction(correction)
        except StoreError as e:
            self.notify(str(e), severity="error", markup=False)
            return None
        finally:
            self._announce_store_notices()
        if self._step is not None:
            self._step.append(saved)
        else:
            self._undo.append([saved])
        self._redo.clear()
        return saved

    def _correct(self, kind: str, value=None, what: str = "", source=None) -> bool:
        """Save one correction of the selected entry (anchored at its first source, or at the given
        source), re-apply, and make it undoable."""
        from extract.model import Anchor, Correction
        ce = self._selected()
        if ce is None or not self._writable():
            return False
        src = source or ce.entry.sources[0]
        saved = self._save(Correction(kind, Anchor(src.doc, "timex", src.timex.start, src.timex.end, src.timex.text),
                                      value))
        if saved is None:
            return False
        self._after_change(saved)
        self._say(f"{what or kind}: {ce.final_title[:60]} — saved (u undoes, h lists changes)")
        return True

    def action_edit_title(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            self._open_prompt("title", "the event's title", ce.final_title)

    def _source_on_screen(self):
        ce = self._selected()
        return (ce, ce.entry.sources[self.source_step % len(ce.entry.sources)]) if ce else (None, None)

    @staticmethod
    def _span_of(src) -> dict:
        return {"doc": src.doc, "start": src.timex.start, "end": src.timex.end}

    def action_split_source(self) -> None:
        """The source on screen (] and [ choose) tells another event: it becomes an entry of its own."""
        ce, src = self._source_on_screen()
        if ce is None:
            return
        if len(ce.entry.sources) < 2:
            self.notify("this entry has one source: nothing to split off", markup=False)
            return
        self._correct("source.detach", what=f"source {src.timex.text!r} split off", source=src)

    def action_merge(self) -> None:
        """m on one entry, then m on another: the first is merged into the second."""
        ce = self._selected()
        if ce is None or not self._writable():
            return
        marked = getattr(self, "_merge_mark", None)
        if marked is None:
            self._merge_mark = ce.entry.sources[0]
            self.notify("marked for merging: select the entry to merge it into and press m", markup=False)
            return
        self._merge_mark = None
        if any(s is marked for s in ce.entry.sources):
            self.notify("an entry cannot be merged with itself; nothing was changed", severity="error",
                        markup=False)
            return
        self._correct("entry.merge", self._span_of(ce.entry.sources[0]), what="merged", source=marked)

    def action_move_source(self) -> None:
        """M on a source (] and [ choose), then M on another entry: the source moves there."""
        ce, src = self._source_on_screen()
        if ce is None or not self._writable():
            return
        marked = getattr(self, "_move_mark", None)
        if marked is None:
            self._move_mark = src
            self.notify(f"source {src.timex.text!r} marked: select the entry it belongs to and press M",
                        markup=False)
            return
        self._move_mark = None
        if any(s is marked for s in ce.entry.sources):
            self.notify("the source is already in this entry; nothing was changed", markup=False)
            return
        self._correct("source.move", self._span_of(ce.entry.sources[0]), what="source moved", source=marked)

    def action_fix_name(self) -> None:
        if self.session and self.current_doc >= 0 and self._writable():
            self._open_prompt("name", "a name on the reading line: Name=PERSON, Name=ORG, Name=PLACE, or Name=none "
                                      "(not a name)")

    def _fix_name(self, typed: str) -> None:
        from extract.model import Anchor, Correction
        name, _, kind = typed.rpartition("=")
        name, kind = name.strip(), kind.strip().upper()
        if not name or kind not in ("PERSON", "ORG", "PLACE", "NONE"):
            self.notify("write Name=PERSON, Name=ORG, Name=PLACE or Name=none", severity="error", markup=False)
            return
        info = self.session.docs[self.current_doc]
        article = self.query_one("#article", ArticleView)
        a, b = article.line_span()
        at = info.doc.text.find(name, a, b + len(name))
        if at < 0:
            self.notify(f"{name!r} is not on the reading line", severity="error", markup=False)
            return
        span = (at, at + len(name))
        overlapping = [e for e in info.doc.annotations.entities if e.start < span[1] and span[0] < e.end]
        known = next((e for e in overlapping if e.text == name), None)
        if kind == "NONE":
            known = known or (overlapping[0] if overlapping else None)
            if known is None:
                self.notify(f"{name!r} is not marked as a name", markup=False)
                return
            c = Correction("entity.remove", Anchor(info.doc.digest, "entity", known.start, known.end, known.text))
        elif known is not None:
            c = Correction("entity.type", Anchor(info.doc.digest, "entity", known.start, known.end, known.text), kind)
        else:
            c = Correction("entity.add", Anchor(info.doc.digest, "entity", span[0], span[1], name), kind)
        if self._save(c) is None:
            return
        self._refresh_names(self.current_doc)
        self.notify(f"{name}: {kind.lower() if kind != 'NONE' else 'not a name'} (u undoes)", markup=False)

    def _refresh_names(self, index: int) -> None:
        """Show the article's names as fixed by the analyst (entity corrections)."""
        from store.apply import apply_entity_corrections
        info = self.session.docs[index]
        ann = info.doc.annotations
        ann.entities = apply_entity_corrections(info.doc.text, info.doc.digest, self._machine.get(info.doc.digest, ann),
                                                self.store.corrections(info.doc.digest) if self.store else [])
        if index == self.current_doc:
            article = self.query_one("#article", ArticleView)
            line = article.cursor_line
            article.show(info.doc.text, ann, info.body_start, info.conflicting, triggers=info.triggers)
            article.set_cursor_line(line, announce=False, center=True)

    def action_add_event(self) -> None:
        """An event the machine missed, from the sentence at the article's reading line."""
        if not self.session or self.current_doc < 0 or not self._writable():
            return
        self._open_prompt("add", "date of the event told by the sentence at the reading line "
                                 "(2022-01-04, Jan 5, last Tuesday)")

    def _add_event(self, typed: str) -> None:
        import bisect as _bisect
        from extract.model import Anchor, Correction
        from extract.userdate import NotADate, parse_user_date
        info = self.session.docs[self.current_doc]
        ann = info.doc.annotations
        try:
            value = parse_user_date(typed, ann.dct)
        except NotADate as e:
            self.notify(str(e), severity="error", markup=False)
            return
        offset = self.query_one("#article", ArticleView).cursor_offset
        starts = [x.start for x in ann.sentences]
        i = max(0, _bisect.bisect_right(starts, offset) - 1)
        sent = ann.sentences[i]
        text = info.doc.text[sent.start:sent.end]
        if self._save(Correction("event.add", Anchor(info.doc.digest, "sentence", sent.start, sent.end, text),
                                 {"date": value})) is None:
            return
        self._reapply()
        self.notify(f"event added on {value}: {' '.join(text.split())[:50]} (u undoes)", markup=False)

    def action_edit_participants(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            current = ce.participants if ce.participants is not None else ce.entry.participants
            self._open_prompt("participants", "who took part, separated by commas", ", ".join(current))

    def action_edit_place(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            self._open_prompt("place", "where it happened (empty: nowhere named)", ce.place or ce.entry.place or "")

    def action_source_note(self) -> None:
        ce, src = self._source_on_screen()
        if ce is not None and self._writable():
            self._open_prompt("source-note", f"a note on this source ({src.source}: “{src.timex.text}”)")

    def action_note(self) -> None:
        if self._selected() is not None and self._writable():
            self._open_prompt("note", "a note on this event")

    def action_resolve(self) -> None:
        """The source on screen (step with ] and [) is right: its date stands, the disagreeing sources
        are marked as overruled (kept, with their text)."""
        from extract.timeline import compatibility
        ce = self._selected()
        if ce is None or not self._writable():
            return
        if not ce.entry.conflict:
            self.notify("this event's sources agree: nothing to resolve", markup=False)
            return
        chosen = ce.entry.sources[self.source_step % len(ce.entry.sources)]
        self._step = step = []
        try:
            self._correct("event.date", chosen.value, what=f"date of {chosen.timex.text!r} stands")
            for src in ce.entry.sources:
                if compatibility(src.value, chosen.value) not in ("same", "compatible"):
                    self._correct("source.overrule", chosen.value, what="overruled", source=src)
        finally:
            self._step = None
            if step:
                self._undo.append(step)  # one press of u takes the whole resolution back

    def _reapply(self) -> None:
        """Apply every correction again to the machine's timeline; entries are found again by id
        (a split or a merge changes which entry is where)."""
        from store.apply import apply_corrections
        built = self.session.built
        keep = self.session.entries[self.current_entry].entry.id if self.current_entry is not None else None
        docs = {d.digest: (d.text, d.annotations) for d in built.documents}
        built.corrected, built.orphans = apply_corrections(built.entries, self.store.corrections(), docs,
                                                           {d.digest: d.source for d in built.documents})
        self.session = Session.from_built(built, self.session.problems)
        self._mine_doc = None
        self.current_entry = next((k for k, ce in enumerate(self.session.entries) if ce.entry.id == keep), None)
        self.query_one("#timeline", VirtualList).generation += 1
        self.query_one("#sources", VirtualList).generation += 1
        self.query_one("#sources", VirtualList).refresh()
        self._refresh_timeline(self.current_entry)

    def action_accept(self) -> None:
        if self._correct("event.confirm", what="confirmed"):
            self.action_next_unreviewed(moving_on=True)  # as Prodigy: decided, on to the next

    def action_reject(self) -> None:
        if self._correct("event.reject", what="rejected"):
            self.action_next_unreviewed(moving_on=True)

    def action_accept_shown(self) -> None:
        """Y: confirm every entry the timeline shows that nobody has reviewed (after the filter),
        asked first, taken back by one u."""
        if self.session is None or not self._writable():
            return
        todo = [k for k in self.shown_entries() if self.session.entries[k].status == "auto"]
        if not todo:
            self._say("every entry shown is reviewed")
            return
        from .confirm import ConfirmScreen
        what = f"the {len(todo)} entries the filter shows" if self.filter_text or self.conflicts_only else \
            f"all {len(todo)} entries not yet reviewed"
        self.push_screen(ConfirmScreen(f"Accept {what}? (one u takes them all back)"),
                         lambda yes: self._accept_all(todo) if yes else None)

    def _accept_all(self, todo: list[int]) -> None:
        from extract.model import Anchor, Correction
        self._step = step = []
        try:
            for k in todo:
                src = self.session.entries[k].entry.sources[0]
                if self._save(Correction("event.confirm", Anchor(src.doc, "timex", src.timex.start, src.timex.end,
                                                                 src.timex.text))) is None:
                    break
        finally:
            self._step = None
            if step:
                self._undo.append(step)  # one press of u takes them all back
                self._reapply()
                self._show_counts()
                self._say(f"confirmed {len(step)} entries (u takes them all back)")

    def action_next_unreviewed(self, moving_on: bool = False) -> None:
        """The next entry the timeline shows that nobody has reviewed yet (after the selected one,
        round to the top)."""
        if self.session is None:
            return
        # (walked row by row from the selection: the next one is usually a row or two away, and a
        # press costs the same at 10,000 articles)
        rows, here = self._rows, self._row_of.get(self.current_entry, -1)
        for step in range(1, len(rows) + 1):
            k = rows[(here + step) % len(rows)].entry
            if k is not None and k != self.current_entry and self.session.entries[k].status == "auto":
                self.go_to_entry(k)
                return
        if not moving_on:
            self._say("every entry shown is reviewed")

    def action_edit_date(self) -> None:
        ce = self._selected()
        if ce is not None and self._writable():
            self._open_prompt("date", DATE_PROMPT, ce.final_date)

    def _save_date(self, typed: str) -> None:
        from extract.userdate import NotADate, parse_user_date
        ce = self._selected()
        if ce is None:
            return
        dct = self.session.docs[self.session.doc_index[ce.entry.sources[0].doc]].doc.annotations.dct
        try:
            value = parse_user_date(typed, dct)
        except NotADate as e:
            self.notify(str(e), severity="error", markup=False)
            self._open_prompt("date", DATE_PROMPT, typed)  # the text stays, to be corrected
            return
        self._correct("event.date", value, what=f"date set to {value}")

    def _say(self, text: str) -> None:
        """A quiet confirmation in the line under the article (a toast would re-lay the screen)."""
        self.query_one("#mention", StatusLine).show(Content(text))

    def _after_change(self, c) -> None:
        from store.kinds import fixes_names, rebuilds_timeline
        if fixes_names(c.kind):
            index = self.session.doc_index.get(c.anchor.doc)
            if index is not None:
                self._refresh_names(index)
        elif rebuilds_timeline(c.kind):
            self._reapply()  # which sources make which entry changed: the whole timeline again
        else:
            self._reapply_entry(c)
        self._show_counts()

    def _reapply_entry(self, c) -> None:
        """A status, date, title... changes one entry: correct that entry alone (its documents'
        corrections), so saving costs the same at 5 articles or 10,000."""
        from store.apply import apply_corrections, corrected_order
        doc, start, end = c.anchor.doc, c.anchor.start, c.anchor.end
        # (the entries told by the anchor's sentence, found by the session's index: an undo after
        # the selection moved on costs the same as a correction of the selected entry)
        di = self.session.doc_index.get(doc)
        near = self.session.entry_at(di, start) if di is not None else []
        k = next((k for k in itertools.chain([] if self.current_entry is None else [self.current_entry], near)
                  if any(s.timex.start == start and s.timex.end == end and s.doc == doc
                         for s in self.session.entries[k].entry.sources)),
                 None)
        if k is None:
            self._reapply()
            return
        entry = self.session.entries[k].entry
        digests = {s.doc for s in entry.sources}
        built = self.session.built
        docs = {d: (self.session.docs[self.session.doc_index[d]].doc.text,
                    self.session.docs[self.session.doc_index[d]].doc.annotations) for d in digests}
        corrections = self.store.corrections_for(digests)
        corrected, _ = apply_corrections([entry], corrections, docs)
        self.session.reviewed += (corrected[0].status != "auto") - (built.corrected[k].status != "auto")
        built.corrected[k] = corrected[0]
        key, entries = corrected_order(corrected[0]), built.corrected
        if (k > 0 and corrected_order(entries[k - 1]) > key) or (k + 1 < len(entries) and key > corrected_order(entries[k + 1])):
            # a new date moves the entry under its new heading, and the selection with it
            keep = corrected[0].entry.id
            entries.sort(key=corrected_order)
            self.session = Session.from_built(built, self.session.problems)
            self._mine_doc = None
            self.current_entry = next((i for i, ce in enumerate(entries) if ce.entry.id == keep), None)
            self.query_one("#sources", VirtualList).generation += 1
            self._refresh_timeline(self.current_entry)
            return
        timeline = self.query_one("#timeline", VirtualList)
        if self.filter_text or self.conflicts_only or self.hide_rejected:
            timeline.generation += 1
            self._refresh_timeline(self.current_entry)  # the entry may now pass the filter, or not
        elif k in self._row_of:
            timeline.rows_changed(self._row_of[k])      # one row changed: the others stay drawn
        else:
            timeline.generation += 1
            timeline.refresh()

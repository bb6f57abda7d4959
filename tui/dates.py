"""Creation dates set or accepted by hand, and the history, undo and redo of every change."""
from __future__ import annotations

from dataclasses import dataclass


CREATION_DATE_PROMPT = "this article's creation date: 2022-01-04, Jan 4 2022, 4 January 2022 (empty: none)"


class CreationDates:
    """D sets an article's creation date, d accepts the inferred one; h, u and U go through the changes."""

    def action_set_creation_date(self) -> None:
        if self.session and self.current_doc >= 0 and self._writable():
            ann = self.session.docs[self.current_doc].doc.annotations
            self._open_prompt("dct", CREATION_DATE_PROMPT, ann.dct or "")

    def action_accept_creation_date(self) -> None:
        """Take the creation date inferred from the article's words as the analyst's own (as D would)."""
        if not (self.session and self.current_doc >= 0):
            return
        doc = self.session.docs[self.current_doc].doc
        ann = doc.annotations
        if ann.dct_source != "inferred" or not ann.dct:
            self._say("only an interval is known: D sets the day" if ann.dct_between else
                      "no suggested creation date for this article: D sets one")
            return
        if not self._writable():
            return
        step = DateStep(doc.digest, doc.source, self.store.document_date(doc.digest), ann.dct)
        if self._set_creation_date(step.digest, step.path, step.after):
            self._undo.append(step)
            self._redo.clear()

    def _save_creation_date(self, typed: str) -> None:
        from extract.timevalues import OutOfRange, accepted_day
        from extract.userdate import NotADate, parse_creation_date
        try:
            value = parse_creation_date(typed)
            value = accepted_day(value) if value else None
        except (NotADate, OutOfRange) as e:
            self.notify(str(e), severity="error", markup=False)
            self._open_prompt("dct", CREATION_DATE_PROMPT, typed)  # the text stays, to be corrected
            return
        doc = self.session.docs[self.current_doc].doc
        step = DateStep(doc.digest, doc.source, self.store.document_date(doc.digest), value)
        if self._set_creation_date(step.digest, step.path, step.after):
            self._undo.append(step)
            self._redo.clear()

    def _set_creation_date(self, digest: str, path: str, value: str | None) -> bool:
        """Set (or remove) a hand-set creation date and read the article again; False if not saved."""
        from store import StoreError
        try:
            self.store.set_document_date(digest, value, path, author=analyst())
        except StoreError as e:
            self.notify(str(e), severity="error", markup=False)
            return False
        finally:
            self._announce_store_notices()
        self.notify(f"creation date {value or 'removed'}: its relative dates are read again", markup=False)
        self._reopen = path
        self.session = None
        self.current_doc, self.current_entry = -1, None
        self.load()  # extraction runs again for that article (the others come from the cache)
        return True

    def action_history(self) -> None:
        from .history import HistoryScreen
        orphans = {c.id for c in self.session.built.orphans} if self.session else set()
        titles = {(s.doc, s.timex.start, s.timex.end): ce.final_title
                  for ce in (self.session.entries if self.session else []) for s in ce.entry.sources}
        self.push_screen(HistoryScreen(self.store.corrections() if self.store else [], orphans=orphans,
                                       dates=self.store.document_dates() if self.store else [], titles=titles))

    def action_undo(self) -> None:
        from store import StoreError
        if not self._undo or not self._writable() or not self.session:
            return
        step = self._undo[-1]
        if isinstance(step, DateStep):
            if self._set_creation_date(step.digest, step.path, step.before):
                self._undo.pop()
                self._redo.append(step)
            return
        done: list = []
        try:
            while step:  # newest first; a failure leaves what is not yet undone undoable
                c = step[-1]
                self.store.remove_correction(c.id, c.anchor.doc)
                done.insert(0, step.pop())
        except StoreError as e:
            self.notify(str(e), severity="error")
        finally:
            self._announce_store_notices()
            if done:
                if not step:
                    self._undo.pop()
                self._redo.append(done)
                for c in done:
                    self._after_change(c)
                self._say(f"undone: {', '.join(c.kind for c in done)} (U redoes)")

    def action_redo(self) -> None:
        from extract.model import Correction
        from store import StoreError
        if not self._redo or not self._writable() or not self.session:
            return
        step = self._redo[-1]
        if isinstance(step, DateStep):
            if self._set_creation_date(step.digest, step.path, step.after):
                self._redo.pop()
                self._undo.append(step)
            return
        saved = []
        try:
            while step:
                c = step[0]
                saved.append(self.store.add_correction(Correction(c.kind, c.anchor, c.value, author=c.author)))
                step.pop(0)
        except StoreError as e:
            self.notify(str(e), severity="error")
        finally:
            self._announce_store_notices()
            if saved:
                if not step:
                    self._redo.pop()
                self._undo.append(saved)
                for c in saved:
                    self._after_change(c)
                self._say(f"redone: {', '.join(c.kind for c in saved)}")


@dataclass
class DateStep:
    """A creation date set with D, as one undoable step: the article's date before and after."""
    digest: str
    path: str
    before: str | None
    after: str | None

def analyst() -> str:
    """The name corrections are saved under: the login name of whoever runs the reader."""
    import getpass
    try:
        return getpass.getuser() or "person"
    except Exception:  # no login name to be had (a container without a passwd entry)
        return "person"

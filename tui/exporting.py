"""Exporting the session's timeline from the reader: E, and the palette's export commands."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path


class Exporting:
    """E: type a path, its suffix chooses the format; the palette names a format."""

    def action_export(self) -> None:
        self.export_timeline("json")

    def export_timeline(self, fmt: str) -> None:
        """Ask where to write the timeline; the format follows the file's suffix."""
        from store.formats import EXTENSIONS, SUFFIXES_SAID
        if not self.session:
            return
        self._open_prompt("export", f"write the timeline to (the suffix chooses the format: {SUFFIXES_SAID})",
                          f"dateline-timeline-{datetime.now():%Y%m%d}.{EXTENSIONS[fmt]}")

    def _write_export(self, typed: str) -> None:
        """The same file `dateline export` writes for this store and these articles; an existing
        file is replaced only once the analyst says so."""
        from store.formats import SUFFIXES_SAID, format_of
        from store.output import RefusedOutput, output_target
        from .confirm import ConfirmScreen
        path = Path(typed.strip()).expanduser()
        fmt = format_of(path)
        if not typed.strip() or fmt is None:
            self.notify(f"{typed.strip() or 'no file'}: end the name with {SUFFIXES_SAID}",
                        severity="error", markup=False)
            return
        articles = [d.doc.source for d in self.session.docs]
        try:
            target = output_target(path, articles)
        except RefusedOutput as e:
            self.notify(f"{e}; nothing was written", severity="error")
            return
        if target.exists():
            self.push_screen(ConfirmScreen(f"{target} exists. Replace it with the timeline ({fmt})?"),
                             lambda yes: self._export_to(path, fmt, articles) if yes else
                             self.notify(f"{path} left as it was", timeout=3))
            return
        self._export_to(path, fmt, articles)

    def _export_to(self, path: Path, fmt: str, articles: list[str]) -> None:
        from store.atomic import NotDurable
        from store.export import render
        from store.output import RefusedOutput, write_export
        try:
            write_export(path, render(fmt, self.session.entries, self.session.built.sentences(),
                                            self.session.built.links()), articles)
        except RefusedOutput as e:
            self.notify(f"{e}; nothing was written", severity="error")
            return
        except NotDurable as e:
            self.notify(f"wrote {fmt} to {path}, but the disk did not confirm it ({e.strerror or e})",
                        severity="warning")
            return
        except OSError as e:
            self.notify(f"export failed: {path}: {e.strerror or e}", severity="error", markup=False)
            return
        self.notify(f"wrote {fmt} to {path}", markup=False)

"""The timeline pane: a VirtualList whose footer also shows the keys that correct its entries."""
from __future__ import annotations

from textual.binding import Binding

from .virtual_list import VirtualList


class TimelineList(VirtualList):
    # (the app binds the same keys everywhere; here they are shown in the footer while the timeline
    # has the keys, so the first thing a reviewer sees is how to decide)
    BINDINGS = [
        Binding("a", "app.accept", "Accept"),
        Binding("x", "app.reject", "Reject"),
        Binding("e", "app.edit_date", "Date"),
        Binding("full_stop", "app.next_unreviewed", "Next to review"),
    ]

    def on_focus(self) -> None:
        super().on_focus()
        # the keys that decide act on the selected entry: one taken into the timeline selects the
        # entry under the cursor, so that `a` or `x` pressed at once has something to act on
        # (only when nothing is selected yet: coming back from a prompt keeps the source chosen)
        if getattr(self.app, "current_entry", 0) is None and 0 <= self.cursor < self._count \
                and self._selectable(self.cursor):
            self._tell(self.Highlighted(self, self.cursor))

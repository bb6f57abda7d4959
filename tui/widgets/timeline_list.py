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

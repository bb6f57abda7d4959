"""Textual's footer, rebuilt only when the keys it shows change.

Every move refreshes the screen's bindings (which actions are enabled depends on the selection), and
Textual's Footer answers each refresh by removing and mounting all its key widgets again, several
times per start and once per key press. The keys rarely change; when they do not, nothing happens.
"""
from __future__ import annotations

from textual.widgets import Footer


class DatelineFooter(Footer):
    _shown: tuple | None = None
    _pending = False

    def bindings_changed(self, screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True  # several refreshes in one frame: one look
            self.call_after_refresh(self._recompose_if_changed)

    def shown_keys(self) -> tuple:
        """What compose() would show: every shown binding, its state, and the palette's key."""
        bindings = self.screen.active_bindings
        keys = tuple((b.key, b.action, b.description, enabled, tooltip, id(b.group))
                     for _, b, enabled, tooltip in bindings.values() if b.show)
        palette = bindings.get(self.app.COMMAND_PALETTE_BINDING)
        return keys, (palette[1].key, palette[2]) if palette else None, self.compact

    async def _recompose_if_changed(self) -> None:
        self._pending = False
        shown = self.shown_keys()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()

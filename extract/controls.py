"""The characters no output may carry as they are: one definition for the screen, the exports and jsonl.

C0 controls (tab and newline are the only ones some outputs keep), DEL, C1 controls, and the
characters that reorder or hide text: bidi marks, embeddings, overrides and isolates, zero-width
space, line and paragraph separators, the byte-order mark.
"""
from __future__ import annotations

C0 = tuple(range(0x00, 0x20))
DEL_AND_C1 = (0x7F, *range(0x80, 0xA0))
REORDERING = (0x061C, 0x200B, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029,
              0xFEFF)

"""The help screen: every key, for the pane in focus first (a Markdown document, not markup)."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

GENERAL = """
| key | does |
| --- | --- |
| `tab` / `shift+tab` | next / previous pane |
| `?` or `f1` | this help |
| `ctrl+p` | command palette: sources, events, names, themes, export |
| `/` | search the article |
| `f` | filter the timeline: a name, a month (`2022-01`, `Jan 2022`, `January`), a range (`2022-01-04..2022-01-10`), `conflicts` |
| `c` | conflicts only, on and off |
| `]` / `[` | the same event in its next / previous source, across articles |
| `s` / `t` | show or hide the sources / the timeline |
| `ctrl+q` | quit |
"""

PANES = {
    "sources": """
### Sources
| key | does |
| --- | --- |
| `↑` `↓` or `k` `j` | move (the article follows) |
| `enter` or click | open the article |
| `home` `end` / `g` `G` | first / last |
| `b` | sort: in the order read, or by creation date (oldest first, undated last) |

`N` marks an article not yet opened (as newsboat does); `●` the one open.
""",
    "article": """
### Article
| key | does |
| --- | --- |
| `↑` `↓` or `k` `j`, wheel | move the reading line; the timeline follows the sentence |
| `n` / `N` | next / previous date mention, with its value below the text |
| `;` / `,` | next / previous search match |
| `pgup` `pgdn` `space`, `g` `G` | page, top, bottom |

Names are coloured by kind (people, organisations, places), dates are underlined, the word that
names each event's happening ("visited", "talks") is in the dates' colour, and a date that
disagrees with the other sources of its event is marked in the conflict colour, with `⚠` in the
gutter of its line.
""",
    "timeline": """
### Timeline
| key | does |
| --- | --- |
| `↑` `↓` or `k` `j` | move; the article opens at the entry's sentence |
| `enter` or click | open its source and focus the article |
| `]` / `[` | step through the entry's other sources |
| `a` / `x` | accept (confirm) / reject the selected event |
| `e` | edit its date: `2022-01-04`, `Jan 5`, `2022-01-04 to 2022-01-06`, `last Tuesday` |
| `T` | edit its title |
| `r` | resolve its conflict: the date of the source on screen (`]`/`[`) stands, the others are overruled |
| `o` / `O` | add a note on the event / on the source on screen |
| `P` / `L` | set who took part (comma-separated) / where it happened |
| `S` | split the source on screen off into an entry of its own |
| `A` | add an event the machine missed, from the sentence at the article's reading line |
| `i` | fix a name on the reading line: `Name=PERSON`, `Name=ORG`, `Name=PLACE`, or `Name=none` |
| `m` … `m` | merge the first entry marked into the second |
| `M` … `M` | move the source on screen into the entry selected next |
| `u` / `U` | undo / redo the last correction |
| `h` | recent changes: every correction, who made it and when |
| `Y` | accept every entry the timeline shows that is not yet reviewed (after the filter; asked first, one `u` takes them back) |
| `.` | the next entry nobody has reviewed yet (`a` and `x` move on to it by themselves) |
| `v` | the selected entry in full: its title, its date in words, status, every source with its own date and sentence, who, where, notes (`↑` `↓` step through entries) |
| `E` | export the timeline: type a path, its suffix chooses the format |
| `D` | set the creation date of the open article (its relative dates are read again) |
| `d` | accept the creation date suggested for the open article (inferred from its words: `2022-01-04?`) |
| `X` | hide or show the rejected entries |

Corrections are saved at once; `✓` marks a confirmed entry, `✎` an edited one, `✗` a rejected one.

An entry shows its date, title, the number of independent sources (`×3`) and `⚠` when its sources
disagree on the date; entries of the open article are marked `●`.
""",
}


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 100; height: 90%; border: thick $primary;
                                  background: $surface; padding: 0 1; }
    """

    def __init__(self, focused: str | None):
        super().__init__()
        self.pane = focused

    def compose(self) -> ComposeResult:
        order = [self.pane] if self.pane in PANES else []
        order += [p for p in PANES if p not in order]
        text = "# dateline keys\n" + "".join(PANES[p] for p in order) + "\n### Everywhere\n" + GENERAL
        with VerticalScroll():
            yield Markdown(text)

"""One key table: every key the reader binds is in its help screen and in the README's key table."""
import re

from tui.app import DatelineApp
from tui.help import GENERAL, PANES
from tui.widgets.article import ArticleView
from tui.widgets.timeline_list import TimelineList
from tui.widgets.virtual_list import VirtualList

from helpers import ROOT

# how a binding's key is written for people
SHOWN = {"question_mark": "?", "slash": "/", "right_square_bracket": "]", "left_square_bracket": "[",
         "semicolon": ";", "comma": ",", "full_stop": ".", "up": "↑", "down": "↓", "pageup": "pgup", "pagedown": "pgdn"}
# keys that are spelled out together with another in the tables ("home end / g G"), or Textual's own
QUIET = {"escape", "home", "end", "space", "ctrl+home", "ctrl+end"}


def _keys(cls) -> set[str]:
    out = set()
    for b in cls.BINDINGS:
        for key in b.key.split(","):
            key = key.strip()
            if key not in QUIET:
                out.add(SHOWN.get(key, key))
    return out


def _listed(markdown: str) -> set[str]:
    rows = [line.split("|")[1] for line in markdown.splitlines() if line.startswith("| ") and "---" not in line]
    return {k for row in rows for k in re.findall(r"`([^`]+)`", row) for k in k.split()} | \
        {k for row in rows for k in re.findall(r"`([^`]+)`", row)}


def test_every_key_the_reader_binds_is_in_its_help_and_in_the_readme():
    bound = _keys(DatelineApp) | _keys(ArticleView) | _keys(VirtualList) | _keys(TimelineList)
    help_keys = _listed(GENERAL + "".join(PANES.values()))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| key | where | does |"):]
    table = table[:table.index("\n\n")]
    readme_keys = _listed(table)
    assert bound - help_keys == set(), "keys bound but not in the help screen"
    assert bound - readme_keys == set(), "keys bound but not in the README's key table"

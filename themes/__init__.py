"""dateline's themes: a dark and a light default, a high-contrast one, one safe for colour-blind
readers, and any the user drops into their themes folder.

Entity and date highlights are theme variables (`dateline-person`, `dateline-org`,
`dateline-place`, `dateline-date`, `dateline-conflict`), so every theme colours them its own way.

A user theme is a TOML file in `<config>/dateline/themes/NAME.toml` (see `user_themes_folder()`):

    name = "my-theme"
    primary = "#88c0d0"
    background = "#1d2128"
    dark = true
    [variables]
    dateline-person = "#ebcb8b"
"""
from __future__ import annotations

from pathlib import Path

from textual.theme import Theme

HIGHLIGHT_VARIABLES = ("dateline-person", "dateline-org", "dateline-place", "dateline-date", "dateline-conflict")
# A theme that does not set a highlight (Textual's own, a user's) lends one of its own colours to it,
# so names and dates stay coloured, and told apart, in every theme of the palette.
HIGHLIGHT_FALLBACKS = {"dateline-conflict": ("error",), "dateline-date": ("warning", "accent", "secondary"),
                       "dateline-place": ("success", "secondary", "accent"),
                       "dateline-org": ("primary", "secondary", "accent"),
                       "dateline-person": ("accent", "secondary", "warning", "foreground")}


def highlight_colours(variables: dict) -> dict:
    """Every highlight's colour in a theme: its own variable, else the first of its fallbacks that
    no other highlight has taken (Textual's dark theme gives accent and warning one orange)."""
    out, taken = {}, set()
    for name in HIGHLIGHT_VARIABLES:
        if variables.get(name):
            out[name] = variables[name]
            taken.add(str(variables[name]).lower())
    for name, candidates in HIGHLIGHT_FALLBACKS.items():
        if name in out:
            continue
        values = [str(variables[c]) for c in candidates if variables.get(c)]
        free = [v for v in values if v.lower() not in taken]
        if free or values:
            out[name] = (free or values)[0]
            taken.add(out[name].lower())
    return out

DARK = Theme(
    name="dateline-dark", primary="#5fafd7", secondary="#87af87", accent="#d7af5f", warning="#d7af5f",
    error="#ff5f5f", success="#87d787", foreground="#d0d0d0", background="#16181c", surface="#1e2127",
    panel="#262a31", dark=True,
    variables={"dateline-person": "#ffaf5f", "dateline-org": "#87afff", "dateline-place": "#87d7af",
               "dateline-date": "#ffd75f", "dateline-conflict": "#ff5f5f"},
)
LIGHT = Theme(
    name="dateline-light", primary="#005f87", secondary="#5f8700", accent="#875f00", warning="#875f00",
    error="#af0000", success="#005f00", foreground="#1c1c1c", background="#fafaf7", surface="#f0efe9",
    panel="#e4e2da", dark=False,
    variables={"dateline-person": "#af5f00", "dateline-org": "#0000af", "dateline-place": "#005f5f",
               "dateline-date": "#875f00", "dateline-conflict": "#d70000"},
)
# Black and white with pure, saturated highlights: contrast over subtlety.
CONTRAST = Theme(
    name="dateline-contrast", primary="#ffff00", secondary="#00ffff", accent="#ff00ff", warning="#ffff00",
    error="#ff0000", success="#00ff00", foreground="#ffffff", background="#000000", surface="#000000",
    panel="#1a1a1a", dark=True,
    variables={"dateline-person": "#ffff00", "dateline-org": "#00ffff", "dateline-place": "#00ff00",
               "dateline-date": "#ff00ff", "dateline-conflict": "#ff0000"},
)
# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies; conflicts also
# carry a mark, never colour alone.
COLOURBLIND = Theme(
    name="dateline-colourblind", primary="#56b4e9", secondary="#009e73", accent="#e69f00", warning="#f0e442",
    error="#d55e00", success="#009e73", foreground="#e8e8e8", background="#101418", surface="#182028",
    panel="#202a34", dark=True,
    variables={"dateline-person": "#e69f00", "dateline-org": "#56b4e9", "dateline-place": "#009e73",
               "dateline-date": "#f0e442", "dateline-conflict": "#d55e00"},
)
THEMES = [DARK, LIGHT, CONTRAST, COLOURBLIND]
DEFAULT_THEME = DARK.name


def user_themes_folder() -> Path:
    from platformdirs import user_config_dir
    return Path(user_config_dir("dateline", appauthor=False)) / "themes"


def load_user_themes(folder: Path | None = None) -> tuple[list[Theme], list[str]]:
    """Themes from TOML files, and one line per file that could not be used (never an exception)."""
    folder = folder or user_themes_folder()
    themes, problems = [], []
    if not folder.is_dir():
        return themes, problems
    import tomllib  # (only when there is a folder to read: every start of the reader asks)
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            variables = {str(k): str(v) for k, v in dict(data.pop("variables", {})).items()}
            for var in HIGHLIGHT_VARIABLES:  # a user theme need not define our highlights
                variables.setdefault(var, DARK.variables[var] if data.get("dark", True) else LIGHT.variables[var])
            data.setdefault("name", path.stem)
            themes.append(Theme(**data, variables=variables))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TypeError, ValueError) as e:
            problems.append(f"theme {path.name} not loaded: {str(e).splitlines()[0][:120]}")
    return themes, problems

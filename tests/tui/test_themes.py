"""Themes: four of ours, and the user's own from a folder, with a clear line for a broken file."""
from themes import HIGHLIGHT_VARIABLES, THEMES, load_user_themes


def test_our_four_themes_define_every_highlight():
    assert {t.name for t in THEMES} == {"dateline-dark", "dateline-light", "dateline-contrast",
                                        "dateline-colourblind"}
    for t in THEMES:
        assert set(HIGHLIGHT_VARIABLES) <= set(t.variables)
    assert sum(not t.dark for t in THEMES) == 1


def test_user_themes_load_and_a_broken_file_is_reported_not_raised(tmp_path):
    (tmp_path / "mine.toml").write_text('primary = "#88c0d0"\nbackground = "#1d2128"\ndark = true\n'
                                        '[variables]\ndateline-person = "#ebcb8b"\n', encoding="utf-8")
    (tmp_path / "broken.toml").write_text("primary = [oops", encoding="utf-8")
    (tmp_path / "wrong.toml").write_text('nonsense = 3\nprimary = "#ffffff"\n', encoding="utf-8")
    themes, problems = load_user_themes(tmp_path)
    assert [t.name for t in themes] == ["mine"]
    assert themes[0].variables["dateline-person"] == "#ebcb8b"
    assert set(HIGHLIGHT_VARIABLES) <= set(themes[0].variables)
    assert len(problems) == 2 and all(p.startswith("theme ") and "\n" not in p for p in problems)


def test_no_themes_folder_is_no_problem(tmp_path):
    assert load_user_themes(tmp_path / "absent") == ([], [])


async def test_the_shaded_sentence_is_visible_in_every_theme(tmp_path):
    from textual.color import Color

    from store import Store
    from themes import THEMES
    from tui.app import DatelineApp
    from tui.widgets.article import ArticleView, _contrast

    from helpers import DCTS, SEEDS, loaded
    app = DatelineApp([SEEDS], Store.open(tmp_path / "store"), DCTS)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        view = app.query_one("#article", ArticleView)
        for theme in [t.name for t in THEMES] + ["textual-dark", "textual-light"]:
            app.theme = theme
            await pilot.pause()
            shade = view.sentence_style().bgcolor
            page = Color.parse(app.theme_variables["surface"])
            assert shade is not None and _contrast(page, Color.from_rich_color(shade)) >= 1.3, theme

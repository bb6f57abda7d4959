"""The reader shows a creation date inferred from an article's words as a suggestion, and d accepts it."""
from helpers import loaded
from stories import DATED_A, DATED_B, UNDATED_WEEKDAY


def _source_line(app, i):
    return "".join(seg.text for seg in app.query_one("#sources").render_line(i)).strip()


async def test_the_reader_suggests_an_inferred_date_and_d_accepts_it(tmp_path):
    from store import Store
    from tui.app import DatelineApp
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in {"a.txt": DATED_A, "b.txt": DATED_B, "c.txt": UNDATED_WEEKDAY,
                       "z.txt": "Nothing here says when it was written.\n"}.items():
        (folder / name).write_text(text, encoding="utf-8")
    app = DatelineApp([str(folder)], Store.open(tmp_path / "store"), ({}, None))
    async with app.run_test(size=(160, 40)) as pilot:
        await loaded(pilot)
        names = [d.doc.source.rsplit("/", 1)[-1] for d in app.session.docs]
        c, z = names.index("c.txt"), names.index("z.txt")
        app.open_document(c)
        await pilot.pause()
        head = str(app.query_one("#article-head").render())
        assert "suggested 2031-03-11" in head and "d accepts" in head and "Tuesday" in head
        assert "2031-03-11?" in _source_line(app, c)  # a suggestion, not a known date
        digest = app.session.docs[c].doc.digest
        # the inferred date already places the article's events: no entry of it is undated
        assert all(app.session.entries[k].entry.date for k in app.session.docs[c].entries)

        await pilot.press("d")
        await loaded(pilot)
        await pilot.pause()
        c = [d.doc.source.rsplit("/", 1)[-1] for d in app.session.docs].index("c.txt")
        assert app.session.docs[c].doc.annotations.dct_source == "store"
        assert app.store.document_date(digest) == "2031-03-11"
        assert "set by hand" in str(app.query_one("#article-head").render())
        assert "2031-03-11?" not in _source_line(app, c) and "2031-03-11" in _source_line(app, c)
        assert app.focused is not None  # the keys still answer

        await pilot.press("u")
        await loaded(pilot)
        await pilot.pause()
        assert app.store.document_date(digest) is None
        c = [d.doc.source.rsplit("/", 1)[-1] for d in app.session.docs].index("c.txt")
        assert app.session.docs[c].doc.annotations.dct_source == "inferred"

        z = [d.doc.source.rsplit("/", 1)[-1] for d in app.session.docs].index("z.txt")
        app.open_document(z)
        await pilot.pause()
        # an article left undated says what was missing
        assert "undated: it tells no date" in str(app.query_one("#article-head").render())
        await pilot.press("d")
        await pilot.pause()
        assert "no suggested creation date" in str(app.query_one("#mention").render())
        assert app.store.document_date(app.session.docs[z].doc.digest) is None

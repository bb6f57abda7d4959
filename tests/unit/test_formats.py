"""The files people have: saved web pages, RSS and Atom feeds, JSON Lines, each with its dates."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from store.sources import read_sources
from tui.cli import main

from helpers import FIXTURES, ROOT

FORMATS = FIXTURES / "formats"


def extract_records(capsys, *paths):
    code = main(["extract", "--format", "jsonl", *map(str, paths)])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines() if line.strip()], err


def test_a_saved_web_page_gives_its_story_title_date_and_link(tmp_path, capsys):
    code, [r], err = extract_records(capsys, FORMATS / "page.html")
    assert code == 0 and err == ""
    assert r["title"] == "Harbour talks resume in Valletta"
    assert (r["dct"], r["dct_source"]) == ("2021-06-15", "metadata") and "page" in r["dct_reason"]
    assert r["url"] == "https://courier.example.org/world/harbour-talks-resume"
    [src], _ = read_sources([str(FORMATS / "page.html")])
    # the story, without the menu, the script, the sidebar or the footer
    assert "Negotiators from Malta and Tunisia met in Valletta" in src.text
    for noise in ("Sport", "tracker", "color: red", "Most read", "Subscribe", "Cookie"):
        assert noise not in src.text
    # offsets are indices into the text dateline shows; relative dates count from the page's date
    by_text = {t["text"]: t for t in r["timexes"]}
    assert by_text["Monday"]["value"] == "2021-06-14" and by_text["June 21"]["value"] == "2021-06-21"
    assert all(src.text[t["start"]:t["end"]] == t["text"] for t in r["timexes"])
    assert all(src.text[e["start"]:e["end"]] == e["text"] for e in r["entities"])


def test_each_feed_item_is_an_article_with_its_date_and_link(capsys):
    code, recs, err = extract_records(capsys, FORMATS / "feed.rss", FORMATS / "feed.atom")
    assert code == 0 and err == ""
    got = [(Path(r["source"]).name, r["title"], r["dct"], r["dct_source"], r["url"]) for r in recs]
    assert got == [
        ("feed.rss#1", "Harbour talks resume in Valletta", "2021-06-15", "metadata",
         "https://courier.example.org/world/harbour-talks-resume"),
        ("feed.rss#2", "Dockworkers end strike in Genoa", "2021-06-16", "metadata",
         "https://courier.example.org/world/genoa-strike-ends"),
        ("feed.atom#1", "Ferry service to Gozo restored", "2021-06-17", "metadata",
         "https://wire.example.net/2021/06/17/gozo-ferry"),
    ]
    sources, _ = read_sources([str(FORMATS / "feed.rss")])
    # HTML in items is reduced to text: no tags, entities decoded, paragraphs kept apart
    assert "<p>" not in sources[0].text and "They will meet again on June 21" in sources[0].text
    assert "strike & return" in sources[1].text
    assert [t["value"] for t in recs[1]["timexes"] if t["text"] == "Wednesday"] == ["2021-06-16"]


def test_json_lines_read_each_article_and_report_bad_lines_by_number(capsys):
    code, recs, err = extract_records(capsys, FORMATS / "articles.jsonl")
    assert code == 0
    assert [Path(r["source"]).name for r in recs] == ["articles.jsonl#1", "articles.jsonl#3", "articles.jsonl#5"]
    first = recs[0]
    assert (first["title"], first["dct"], first["dct_source"], first["url"]) == (
        "Port of Marsaxlokk expands", "2021-06-18", "metadata", "https://scraper.example.com/a/1")
    assert recs[1]["dct"] is None and recs[2]["dct"] is None
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert "line 2" in lines[0] and "not JSON" in lines[0]
    assert "line 4" in lines[1] and '"text"' in lines[1]
    assert "line 5" in lines[2] and "next week" in lines[2]


def test_bad_files_of_every_kind_get_one_line_each_and_the_others_are_read(tmp_path, capsys):
    for name in ("empty.html", "noitems.rss", "broken.rss", "notafeed.xml", "page.html"):
        shutil.copy(FORMATS / name, tmp_path / name)
    code, recs, err = extract_records(capsys, tmp_path)
    assert code == 0 and [Path(r["source"]).name for r in recs] == ["page.html"]
    lines = err.strip().splitlines()
    assert len(lines) == 4 and all(line.startswith("dateline: ") and "Traceback" not in line for line in lines)
    said = dict(line.split(": ", 2)[1:] for line in lines)
    assert "no article text" in said[str(tmp_path / "empty.html")]
    assert "no items" in said[str(tmp_path / "noitems.rss")]
    assert "not a readable feed" in said[str(tmp_path / "broken.rss")]
    assert "not an RSS or Atom feed" in said[str(tmp_path / "notafeed.xml")]


def test_the_same_story_read_twice_is_one_article_with_two_places(tmp_path):
    (tmp_path / "a.txt").write_text("The quay at Mgarr reopened on Monday.\n", encoding="utf-8")
    (tmp_path / "copy of a.txt").write_text("The quay at Mgarr reopened on Monday.\n", encoding="utf-8")
    sources, problems = read_sources([str(tmp_path)])
    assert problems == [] and len(sources) == 1
    assert sources[0].path.endswith("a.txt") and sources[0].also_at[0].endswith("copy of a.txt")
    # a page and its feed item share a link: one article, dated as the first place read says
    sources, _ = read_sources([str(FORMATS / "feed.rss"), str(FORMATS / "page.html")])
    assert [s.path.rsplit("/", 1)[-1] for s in sources] == ["feed.rss#1", "feed.rss#2"]
    assert sources[0].also_at == (str(FORMATS / "page.html"),)


def test_extract_still_gives_every_file_its_record_and_names_the_copy(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("The quay at Mgarr reopened on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The quay at Mgarr reopened on Monday.\n", encoding="utf-8")
    code, recs, _ = extract_records(capsys, tmp_path / "a.txt", tmp_path / "b.txt")
    assert code == 0 and [Path(r["source"]).name for r in recs] == ["a.txt", "b.txt"]
    assert recs[0]["also_at"] == [str(tmp_path / "b.txt")] and recs[1]["copy_of"] == str(tmp_path / "a.txt")
    assert recs[0]["timexes"] == recs[1]["timexes"]


def test_a_copy_never_counts_as_a_second_source_of_an_event(tmp_path, capsys):
    story = " date 2031-03-09 Port reopens\n\nThe port of Valletta reopened on Monday after a storm.\n"
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "b.txt").write_text(story, encoding="utf-8")
    code = main(["export", "--store", str(tmp_path / "store"), "--format", "json", str(tmp_path / "a.txt"),
                 str(tmp_path / "b.txt")])
    out, _ = capsys.readouterr()
    events = json.loads(out)["events"]
    assert code == 0 and events and all(len({s["source"] for s in e["sources"]}) == 1 for e in events)


def records_by_name(capsys, tmp_path, files: dict[str, str]) -> dict[str, dict]:
    """Write the files, extract the folder, and give each file's record by its name."""
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    _, recs, _ = extract_records(capsys, tmp_path)
    return {Path(r["source"]).name: r for r in recs}


def test_a_date_in_the_file_name_dates_an_article_without_a_header(tmp_path, capsys):
    by_name = records_by_name(capsys, tmp_path, {
        "WIRE20310304.0012.txt": "The council met on Tuesday.\n",
        "2031-03-04-council.txt": " date 2031-03-09 Council\n\nIt met on Tuesday.\n",
        "e3f20310304b9.txt": "A hash is no date. It met on Tuesday.\n"})
    named = by_name["WIRE20310304.0012.txt"]
    assert (named["dct"], named["dct_source"]) == ("2031-03-04", "metadata") and "file name" in named["dct_reason"]
    assert named["timexes"][0]["value"] == "2031-03-04"
    assert by_name["2031-03-04-council.txt"]["dct_source"] == "header"  # the text's own header wins
    assert by_name["e3f20310304b9.txt"]["dct"] is None


def test_an_archive_name_with_a_six_figure_date_dates_its_article(tmp_path, capsys):
    # the older archives' form: a source's letters, YYMMDD, a separator
    by_name = records_by_name(capsys, tmp_path, {
        "WIRE310304-0012.txt": "The council met on Tuesday.\n",
        "ny980120.1830.txt": "The senate met on Tuesday.\n",
        "ab991332-x.txt": "No such day. It met on Tuesday.\n"})
    assert (by_name["WIRE310304-0012.txt"]["dct"], by_name["WIRE310304-0012.txt"]["dct_source"]) == (
        "2031-03-04", "metadata")
    assert by_name["ny980120.1830.txt"]["dct"] == "1998-01-20"
    assert by_name["ab991332-x.txt"]["dct"] is None


def test_a_store_and_hidden_files_inside_the_folder_read_are_never_articles(tmp_path):
    (tmp_path / "a.txt").write_text("The quay at Mgarr reopened on Monday.\n", encoding="utf-8")
    from store import Store
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "b.txt").write_text("Hidden.\n", encoding="utf-8")
    with Store.open(tmp_path / "store") as kept:  # (holding its lock: a file with no suffix)
        kept.set_document_date("ab" * 32, "2031-03-04", str(tmp_path / "a.txt"))
        assert (tmp_path / "store" / "lock").exists()
        sources, problems = read_sources([str(tmp_path)])
    assert [Path(s.path).name for s in sources] == ["a.txt"] and problems == []


def test_plain_text_never_loads_the_web_page_and_feed_libraries(tmp_path):
    (tmp_path / "a.txt").write_text("The quay at Mgarr reopened on Monday.\n", encoding="utf-8")
    code = ("import sys; from tui.cli import main; main(['extract', sys.argv[1]]); "
            "print(sorted(m for m in ('trafilatura', 'feedparser', 'lxml') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_exports_keep_the_link_of_an_article_that_came_with_one(tmp_path, capsys):
    import csv
    import io
    lines = [
        {"title": "Quay reopens", "text": "The quay at Mgarr reopened on Monday after repairs.", "date": "2031-03-04",
         "url": "https://wire.example.net/2031/03/04/quay"},
        {"title": "Ferry resumes", "text": "The ferry to Gozo resumed on Tuesday, operators said.", "date": "2031-03-05",
         "url": "javascript:alert(1)"},
    ]
    (tmp_path / "wire.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = {}
    for fmt in ("json", "csv", "timelinejs"):
        assert main(["export", "--store", str(tmp_path / "store"), "--format", fmt, str(tmp_path / "wire.jsonl")]) == 0
        out[fmt] = capsys.readouterr().out
    urls = {s["url"] for e in json.loads(out["json"])["events"] for s in e["sources"]}
    assert urls == {"https://wire.example.net/2031/03/04/quay", "javascript:alert(1)"}
    assert {r["url"] for r in csv.DictReader(io.StringIO(out["csv"]))} == urls
    page = " ".join(e["text"]["text"] for e in json.loads(out["timelinejs"])["events"])
    assert '<a href="https://wire.example.net/2031/03/04/quay">wire.jsonl#1</a>' in page
    assert "javascript:" not in page  # a hostile link is never made a link


def test_a_feed_or_json_lines_file_may_be_larger_than_one_article(tmp_path):
    line = json.dumps({"title": "Quay", "text": "The quay at Mgarr reopened on Monday after repairs. " * 40})
    many = "\n".join(line.replace("Mgarr", f"Mgarr {i}") for i in range(6000))  # about 13 MiB
    (tmp_path / "big.jsonl").write_text(many + "\n", encoding="utf-8")
    sources, problems = read_sources([str(tmp_path / "big.jsonl")])
    assert problems == [] and len(sources) == 6000

"""The corpus view (issue 16): merged lists in a fixed order, the filter over them (the text
index matches exactly what the single-article filter matches), the outlet and article-date
facets, exports and ``marsad corpus``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_helpers import write_corpus
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.corpus.export import export, export_bytes
from tui.corpus.index import TextIndex
from tui.corpus.load import resolve
from tui.corpus.workspace import open_workspace
from tui.view.filter import Filter, _any_matches

ROOT = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.usefixtures("corpus_cache")


@pytest.fixture
def ws(tmp_path: Path):
    return open_workspace(resolve([write_corpus(tmp_path / "news")]), jobs=1)


WORDS = ["قال", "وقال", "الوزير", "وزير", "للوزير", "الحكومة", "حكومة", "٢٠٢٣", "2023", "مارس", "الزراعة",
         "والزراعة", "Reuters", "reuters", "خطة", "بخطة", "الخطة"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=6).map(" ".join), min_size=1, max_size=12),
       st.lists(st.sampled_from([*WORDS, "وز", "ال", "ح", "Reu", "!", '"', "«"]), max_size=4).map(" ".join))
def test_the_index_keeps_exactly_what_the_filter_keeps(texts, query) -> None:
    fields = [(t, None) for t in texts]
    got = TextIndex(fields).matching(query)
    want = {n for n, f in enumerate(fields) if _any_matches(query, f)}
    assert (set(range(len(texts))) if got is None else set(got)) == want


def test_lists_are_merged_and_ordered(ws) -> None:
    v = ws.view
    assert [v.doc(i).name for i in v.articles] == ["a.txt", "wire/b.txt", "c.txt", "empty.txt"]  # by date
    top = v.cards[0]
    assert top.name == "سمير الحداد" and len(top.docs) == 3
    speakers = [v.cards[q.card].name if q.card >= 0 else None for q in v.quotes]
    assert speakers[:3] == ["سمير الحداد"] * 3  # grouped by speaker, most-cited first
    values = [e.event.time.value for e in v.events]
    assert values == sorted(values)


def test_a_text_query_and_the_facets_narrow_every_pane(ws) -> None:
    v = ws.view
    vis = v.apply(Filter(quotes_query="النقابة"))
    assert {v.quotes[p].quote.text for p in vis.quotes} == {"إن النقابة ترحب بخطة وزير الزراعة سمير الحداد"}
    vis = v.apply(Filter(outlets=frozenset({"wire"})))
    assert [v.doc(v.articles[p]).name for p in vis.articles] == ["wire/b.txt"]
    assert {v.doc(v.quotes[p].doc).name for p in vis.quotes} == {"wire/b.txt"}
    assert {v.doc(v.events[p].doc).name for p in vis.events} == {"wire/b.txt"}
    vis = v.apply(Filter(article_from="2024-03-05", article_to="2024-03-07"))
    assert [v.doc(v.articles[p]).name for p in vis.articles] == ["wire/b.txt", "c.txt"]
    card = v.cards[0]
    vis = v.apply(Filter(actor=card.id))
    assert [v.cards[p].id for p in vis.cards] == [card.id]
    assert all(v.quotes[p].card == 0 for p in vis.quotes) and len(vis.quotes) == card.quotes
    assert {v.articles[p] for p in vis.articles} == set(card.docs)
    vis = v.apply(Filter(kinds=frozenset({"anonymous"})))
    assert [v.cards[p].kind for p in vis.cards] == ["anonymous"] and len(vis.quotes) == 1
    vis = v.apply(Filter(date_from="2024-03", date_to="2024-03-04"))
    assert [v.events[p].event.time.value for p in vis.events] == ["2024-03-03", "2024-03-04"]
    assert isinstance(v.apply(Filter()).quotes, range)  # nothing filtered: no list is built
    assert v.facet_values()["outlets"] == ["wire", "الرصد اليومي"]


def test_exports_are_deterministic_and_name_each_item_s_article(ws) -> None:
    v = ws.view
    vis = v.apply(Filter())
    data = json.loads(export(v, vis, "json"))
    assert data["schema"] == "marsad.corpus/1"
    assert [a["article"] for a in data["articles"]] == ["a.txt", "wire/b.txt", "c.txt", "empty.txt"]
    haddad = data["actors"][0]
    assert haddad["name"] == "سمير الحداد" and len(haddad["members"]) == 3 and haddad["why"]
    assert {q["article"] for q in data["quotes"]} == {"a.txt", "wire/b.txt", "c.txt"}
    assert all(q["speaker"] is None or q["speaker"].startswith("c") for q in data["quotes"])
    rows = list(csv.reader(io.StringIO(export(v, vis, "csv"))))
    assert rows[0][0] == "record" and {r[0] for r in rows[1:]} == {"actor", "quote", "event"}
    assert export_bytes(v, vis, "csv").startswith("\ufeff".encode())
    md = export(v, vis, "md")
    assert "## Quotes by speaker (7)" in md and "### سمير الحداد" in md
    assert export(v, vis, "md") == md and export(v, vis, "json") == export(v, vis, "json")


def test_the_brief_names_a_title_less_article_once(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "news", empty=False)
    (folder / "untitled.txt").write_text("وقال المتحدث إن الموسم جيد.\n", encoding="utf-8")
    v = open_workspace(resolve([folder]), jobs=1).view
    md = export(v, v.apply(Filter()), "md")
    assert "· الحكومة تدعم المزارعين (a.txt)" in md  # a title, then the file it is in
    assert "· untitled.txt\n" in md and "(untitled.txt)" not in md


def marsad(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, timeout=120, cwd=cwd,
                          env={**os.environ, **env})


def test_marsad_corpus_writes_the_merged_view(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "news")
    p = marsad("corpus", str(folder), "-j", "1")
    assert p.returncode == 2  # like marsad parse DIR: the output is whole, one file was bad
    assert b"1 of 4 articles could not be read" in p.stderr
    data = json.loads(p.stdout)
    assert len(data["articles"]) == 4 and data["actors"][0]["name"] == "سمير الحداد"
    (folder / "empty.txt").unlink()
    out = tmp_path / "view.csv"
    p = marsad("corpus", str(folder), "-o", str(out))
    assert p.returncode == 0, p.stderr
    assert out.read_bytes().startswith("\ufeffrecord,".encode())
    p = marsad("corpus", str(folder), "-o", str(out))
    assert p.returncode == 2 and b"already exists" in p.stderr and p.stderr.count(b"\n") == 1
    p = marsad("corpus", str(folder), "--format", "md", "-o", str(tmp_path / "b.md"))
    first = (tmp_path / "b.md").read_bytes()
    marsad("corpus", str(folder), "--format", "md", "-o", str(tmp_path / "b.md"), "--force")
    assert (tmp_path / "b.md").read_bytes() == first and first.startswith(b"# Marsad corpus brief")


def test_marsad_corpus_refuses_bad_input_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for args in (("corpus", str(tmp_path / "missing")), ("corpus", str(tmp_path / "empty")),
                 (str(tmp_path / "empty"),), ("corpus", str(tmp_path), "--format", "xml")):
        p = marsad(*args)
        assert p.returncode == 2 and p.stderr.count(b"\n") == 1 and b"Traceback" not in p.stderr, (args, p.stderr)
    (tmp_path / "corpus").mkdir()
    p = marsad("corpus", cwd=tmp_path)
    assert p.returncode == 2 and b"marsad ./corpus" in p.stderr


def test_marsad_corpus_refuses_a_bad_number_of_processes_like_marsad_parse(tmp_path: Path, capsys) -> None:
    from tui.corpus.cli import run

    for bad in ("0", "-2", "many"):
        with pytest.raises(SystemExit) as e:
            run([str(tmp_path), "-j", bad])
        err = capsys.readouterr().err
        assert e.value.code == 2 and err.count("\n") == 1 and "number of processes (1 or more)" in err, err

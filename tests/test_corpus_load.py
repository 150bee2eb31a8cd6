"""Corpus loading (issue 16): a folder, files or JSON Lines; the content-hash model cache
(hits, a changed file or .toml re-parsed, damaged entries, an unwritable cache); every bad
JSON line is one error document with one line, never a stop."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from corpus_helpers import ARTICLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.article.errors import InputError
from tui.commands import batch
from tui.corpus import load as corpus_load
from tui.corpus.cache import ModelCache
from tui.corpus.load import check_model, resolve
from tui.corpus.load import load as load_corpus

pytestmark = pytest.mark.usefixtures("corpus_cache")


def _load(folder: Path, **kw):
    return load_corpus(resolve([folder]), jobs=1, max_bytes=5 << 20, **kw)


def test_a_folder_loads_every_article_in_order_with_outlet_date_and_errors(corpus: Path) -> None:
    r = _load(corpus)
    assert [d.name for d in r.docs] == ["a.txt", "c.txt", "empty.txt", "wire/b.txt"]
    by = {d.name: d for d in r.docs}
    assert by["a.txt"].outlet == "الرصد اليومي" and by["a.txt"].date == ("2024-03-04", "metadata")
    assert by["wire/b.txt"].outlet == "wire"  # no outlet in its .toml: the sub-folder names it
    assert by["a.txt"].title == "الحكومة تدعم المزارعين"
    assert not by["empty.txt"].ok and "empty" in by["empty.txt"].error and "\n" not in by["empty.txt"].error
    assert r.errors == 1 and r.parsed == 4 and r.from_cache == 0
    assert by["a.txt"].article.text == ARTICLES["a.txt"]
    assert by["a.txt"].full_article().sentences  # sentences are built when the article is shown


def test_an_article_without_a_date_shows_the_file_date(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("وقال المتحدث إن الاجتماع انتهى.\n", encoding="utf-8")
    os.utime(tmp_path / "x.txt", (1_700_000_000, 1_700_000_000))
    (d,) = _load(tmp_path).docs
    assert d.article.published is None and d.date == ("2023-11-14", "file")


def test_reopening_reads_the_cache_and_parses_nothing(corpus: Path, monkeypatch) -> None:
    _load(corpus)

    def no_parse(*a, **kw):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(batch, "results", lambda paths, *a, **kw: iter(()) if not paths else no_parse())
    # only the unreadable file is parsed again (errors are not cached)
    calls = []
    real = batch.parse_one

    def one(paths, *a, **kw):
        calls.append(list(paths))
        return iter([real(p) for p in paths])

    monkeypatch.setattr(batch, "results", one)
    r = _load(corpus)
    assert r.from_cache == 3 and calls == [[str(corpus / "empty.txt")]]
    assert [d.from_cache for d in r.docs] == [True, True, False, True]


def test_a_changed_file_or_toml_is_parsed_again(corpus: Path) -> None:
    first = {d.name: d for d in _load(corpus).docs}
    (corpus / "c.txt").write_text(ARTICLES["c.txt"] + "وقال الحداد إن الموسم جيد.\n", encoding="utf-8")
    (corpus / "a.toml").write_text('title = "عنوان آخر"\npublished = "2024-03-09"\n', encoding="utf-8")
    r = _load(corpus)
    by = {d.name: d for d in r.docs}
    assert not by["c.txt"].from_cache and not by["a.txt"].from_cache and by["wire/b.txt"].from_cache
    assert len(by["c.txt"].article.quotes) > len(first["c.txt"].article.quotes)
    assert by["a.txt"].title == "عنوان آخر" and by["a.txt"].date[0] == "2024-03-09"


def test_the_published_flag_is_part_of_the_key(corpus: Path) -> None:
    _load(corpus)
    r = load_corpus(resolve([corpus]), jobs=1, published="2020-01-01")
    assert r.from_cache == 0 and {d.date for d in r.docs if d.ok} == {("2020-01-01", "flag")}


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"schema": "other"}', b"[1, 2]", b"\xff\xfe\x00",
                                    b'{"schema": "marsad.article/1", "text": 5}', b"[" * 100_000])
def test_a_damaged_cache_entry_is_a_miss_and_is_replaced(corpus: Path, damage: bytes) -> None:
    _load(corpus)
    entries = list(Path(os.environ["MARSAD_CACHE_DIR"]).rglob("*.json"))
    assert len(entries) == 3
    for e in entries:
        e.write_bytes(damage)
    r = _load(corpus)
    assert r.from_cache == 0 and r.errors == 1 and not r.problems
    assert all(json.loads(e.read_bytes())["schema"] == "marsad.article/1" for e in entries)
    assert _load(corpus).from_cache == 3


def test_an_unwritable_cache_is_one_line_and_the_corpus_still_opens(corpus: Path, tmp_path: Path,
                                                                   monkeypatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(blocker))
    r = _load(corpus)
    assert r.errors == 1 and len(r.docs) == 4
    assert len(r.problems) == 1 and "cache" in r.problems[0] and "\n" not in r.problems[0]


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path / "c"))
    assert ModelCache().folder == tmp_path / "c" / "models"
    monkeypatch.delenv("MARSAD_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert ModelCache().folder == tmp_path / "xdg" / "marsad" / "models"


def test_bad_inputs_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        resolve([tmp_path / "missing"])
    with pytest.raises(InputError, match="standard input"):
        resolve([Path("-")])
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("x")
    with pytest.raises(InputError, match="no article files"):
        _load(tmp_path / "empty")


def test_a_file_list_is_relative_to_its_common_folder(corpus: Path) -> None:
    src = resolve([corpus / "a.txt", corpus / "wire" / "b.txt"])
    assert src.kind == "files" and src.root == corpus.resolve()
    assert src.corrections_path == corpus.resolve() / "marsad-corrections.toml"
    r = load_corpus(src, jobs=1)
    assert [d.name for d in r.docs] == ["a.txt", "wire/b.txt"]


# -- JSON Lines ---------------------------------------------------------------------------------


@pytest.fixture
def jsonl(corpus: Path, tmp_path: Path) -> Path:
    out = tmp_path / "all.jsonl"
    with out.open("wb") as f:
        batch.run([corpus], f, 1, None, 5 << 20)
    return out


def test_json_lines_from_marsad_parse_open_as_the_same_corpus(corpus: Path, jsonl: Path) -> None:
    src = resolve([jsonl])
    assert src.kind == "jsonl" and src.corrections_path == jsonl.with_name("all.marsad-corrections.toml")
    r = load_corpus(src)
    files = _load(corpus)
    assert [d.name for d in r.docs] == [f"news/{d.name}" for d in files.docs]  # relative to the .jsonl's folder
    for a, b in zip(r.docs, files.docs, strict=True):
        assert a.ok == b.ok
        if a.ok:
            assert a.full_article() == b.full_article()
        else:
            assert "empty" in a.error


def _write(tmp_path: Path, lines: list[bytes]) -> Path:
    p = tmp_path / "x.jsonl"
    p.write_bytes(b"\n".join(lines) + b"\n")
    return p


def _good(jsonl: Path) -> bytes:
    return jsonl.read_bytes().splitlines()[0]


def test_every_bad_json_line_is_one_error_document(jsonl: Path, tmp_path: Path) -> None:
    good = _good(jsonl)
    model = json.loads(good)
    outside = dict(model, quotes=[dict(model["quotes"][0], end=10**6)])
    escape = dict(model, text=model["text"] + "\x1b]52;c;aGk=\x07")
    lines = [good, b"{broken", b"[1, 2, 3]", b'{"path": "x.txt", "schema": "marsad.article/2", "text": ""}',
             b'{"path": "y.txt", "error": "the file is empty (0 bytes)"}', b"\xff\xfe not utf-8",
             json.dumps(outside).encode(), json.dumps(escape).encode(), b"[" * 50_000 + b"]" * 50_000,
             b'{"schema": "marsad.article/1"}', b"", b"   "]
    r = load_corpus(resolve([_write(tmp_path, lines)]))
    assert len(r.docs) == 10  # blank lines are skipped
    assert r.docs[0].ok and all(not d.ok for d in r.docs[1:])
    for d in r.docs[1:]:
        assert d.error and "\n" not in d.error and "\x1b" not in d.error
    errors = [d.error for d in r.docs[1:]]
    assert "not JSON" in errors[0] and "not an object" in errors[1] and "schema" in errors[2]
    assert errors[3] == "y.txt: the file is empty (0 bytes)" and "UTF-8" in errors[4]
    assert "outside its text" in errors[5] and "control characters" in errors[6]
    assert "nested too deeply" in errors[7] or "not JSON" in errors[7]
    assert "not a marsad.article/1 model" in errors[8]


def test_a_huge_line_is_skipped_and_the_next_ones_load(jsonl: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(corpus_load, "MAX_LINE", 64 << 10)
    good = _good(jsonl)
    r = load_corpus(resolve([_write(tmp_path, [b'{"x": "' + b"a" * (200 << 10) + b'"}', good])]))
    assert not r.docs[0].ok and "longer than" in r.docs[0].error and r.docs[1].ok


def test_a_jsonl_without_any_model_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article model"):
        load_corpus(resolve([_write(tmp_path, [b"{}", b"[]"])]))
    with pytest.raises(InputError, match="no JSON lines"):
        load_corpus(resolve([_write(tmp_path, [b""])]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.binary(max_size=60), st.text(max_size=40).map(str.encode),
                          st.recursive(st.none() | st.integers() | st.text(max_size=8),
                                       lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c,
                                                                                              max_size=3),
                                       max_leaves=8).map(lambda v: json.dumps(v).encode())),
                min_size=1, max_size=8))
def test_any_json_lines_file_loads_or_is_refused_in_one_line(tmp_path_factory, lines) -> None:
    folder = tmp_path_factory.mktemp("j")
    lines = [x.replace(b"\n", b" ").replace(b"\r", b" ") for x in lines]
    path = folder / "r.jsonl"
    path.write_bytes(b"\n".join(lines))
    try:
        r = load_corpus(resolve([path]))
    except InputError as e:
        assert "\n" not in str(e)
        return
    assert len(r.docs) == sum(1 for x in lines if x.strip())
    assert all(d.ok or (d.error and "\n" not in d.error) for d in r.docs)


def test_check_model_accepts_what_the_parser_writes(corpus: Path) -> None:
    for d in _load(corpus).docs:
        if d.ok:
            assert check_model(d.article, d.sentences) is None

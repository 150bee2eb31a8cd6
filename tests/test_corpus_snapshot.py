"""The corpus snapshot (tui/corpus/snapshot.py): reopening an unchanged folder reads one file,
not every article; a changed file is read again; a damaged snapshot or a cleaned model cache
only costs time, never a wrong article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus_helpers import ARTICLES, write_corpus

from tui.corpus import load as corpus_load
from tui.corpus.load import load as load_corpus
from tui.corpus.load import resolve

OLD = 1_600_000_000  # file times well before any snapshot: not "racy"


pytestmark = pytest.mark.usefixtures("corpus_cache")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = write_corpus(tmp_path / "news", empty=False)
    for p in folder.rglob("*"):
        if p.is_file():
            os.utime(p, (OLD, OLD))
    return folder


def _load(folder: Path, **kw):
    return load_corpus(resolve([folder]), jobs=1, max_bytes=5 << 20, **kw)


def _snapshots() -> list[Path]:
    return list((Path(os.environ["MARSAD_CACHE_DIR"]) / "corpora").glob("*.marshal"))


def _no_reading(monkeypatch) -> list[str]:
    read: list[str] = []
    real = corpus_load._read_small

    def spy(path, limit):
        read.append(os.path.basename(path))
        return real(path, limit)

    monkeypatch.setattr(corpus_load, "_read_small", spy)
    return read


def test_an_unchanged_folder_reopens_from_the_snapshot_without_reading_its_files(corpus: Path, monkeypatch) -> None:
    first = {d.name: d for d in _load(corpus).docs}
    assert len(_snapshots()) == 1
    read = _no_reading(monkeypatch)
    r = _load(corpus)
    assert read == [] and r.from_cache == 3 and r.parsed == 0
    for d in r.docs:
        f = first[d.name]
        assert d.text_later and d.title == f.title and d.outlet == f.outlet and d.date == f.date
        assert d.article.actors == f.article.actors and d.article.quotes == f.article.quotes
        assert d.article.events == f.article.events
        full = d.full_article()  # the text and sentences come when the article is shown
        assert full.text == ARTICLES[d.name] and full.sentences == f.full_article().sentences


def test_a_changed_file_is_read_again_and_the_others_are_not(corpus: Path, monkeypatch) -> None:
    _load(corpus)
    (corpus / "c.txt").write_text(ARTICLES["c.txt"] + "وقال الحداد إن الموسم جيد.\n", encoding="utf-8")
    os.utime(corpus / "c.txt", (OLD + 10, OLD + 10))
    (corpus / "a.toml").write_text('title = "عنوان آخر"\n', encoding="utf-8")  # only the .toml changed
    os.utime(corpus / "a.toml", (OLD + 10, OLD + 10))
    read = _no_reading(monkeypatch)
    by = {d.name: d for d in _load(corpus).docs}
    assert sorted(read) == ["a.txt", "c.txt"]
    assert by["a.txt"].title == "عنوان آخر" and not by["c.txt"].text_later
    assert by["c.txt"].article.text.endswith("الموسم جيد.\n")
    read.clear()
    _load(corpus)
    assert read == []  # the snapshot was rewritten with the changes


def test_a_file_changed_just_before_the_snapshot_is_not_trusted(corpus: Path, monkeypatch) -> None:
    os.utime(corpus / "c.txt")  # now: within the file system's clock tick of the snapshot
    _load(corpus)
    read = _no_reading(monkeypatch)
    _load(corpus)
    assert read == ["c.txt"]


@pytest.mark.parametrize("damage", [b"", b"\x00" * 8, b"garbage" * 10, None])
def test_a_damaged_snapshot_is_ignored(corpus: Path, monkeypatch, damage: bytes | None) -> None:
    _load(corpus)
    (snap,) = _snapshots()
    raw = snap.read_bytes()
    snap.write_bytes(damage if damage is not None else raw[:8] + raw[8:-1] + bytes([raw[-1] ^ 1]))
    read = _no_reading(monkeypatch)
    r = _load(corpus)
    assert sorted(read) == ["a.txt", "b.txt", "c.txt"] and r.from_cache == 3 and not r.problems
    assert all(d.article.text == ARTICLES[d.name] for d in r.docs)


def test_a_cleaned_model_cache_still_gives_the_text_when_shown(corpus: Path) -> None:
    _load(corpus)
    for e in (Path(os.environ["MARSAD_CACHE_DIR"]) / "models").rglob("*.json"):
        e.unlink()
    r = _load(corpus)
    d = next(d for d in r.docs if d.name == "a.txt")
    assert d.text_later
    assert d.full_article().text == ARTICLES["a.txt"] and d.full_article().sentences


def test_another_published_flag_is_another_snapshot(corpus: Path) -> None:
    _load(corpus)
    r = _load(corpus, published="2020-01-01")
    assert {d.date for d in r.docs} == {("2020-01-01", "flag")} and len(_snapshots()) == 2


def test_a_lower_size_limit_is_not_answered_from_the_snapshot(corpus: Path) -> None:
    _load(corpus)
    r = load_corpus(resolve([corpus]), jobs=1, max_bytes=100)  # every article is larger than this
    assert r.errors == 3 and not any(d.text_later for d in r.docs)


def test_an_entry_of_the_wrong_shape_is_a_miss(corpus: Path, monkeypatch) -> None:
    from tui.corpus import snapshot

    _load(corpus)
    real = snapshot.read
    monkeypatch.setattr(snapshot, "read", lambda path: {**real(path), "files": {k: 5 for k in real(path)["files"]}})
    r = _load(corpus)
    assert r.from_cache == 3 and not any(d.text_later for d in r.docs)

"""The merged cards of an unchanged corpus are read back, not merged again
(tui/corpus/merge_cache.py), and are the same cards; anything they depend on changing —
an article, a correction — or a damaged file merges afresh."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from corpus_helpers import ARTICLES

from tui.corpus import corrections as corr
from tui.corpus import merge_cache
from tui.corpus.load import resolve
from tui.corpus.merge import merge
from tui.corpus.workspace import open_workspace

pytestmark = pytest.mark.usefixtures("corpus_cache")


def _cards(result):
    return [(c.id, c.name, c.kind, [(m.doc, m.article, m.actor) for m in c.members], c.names, c.titles,
             c.affiliations, c.docs, c.quotes, c.mentions, c.why) for c in result.cards], result.card_of


def _merges(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = merge_cache.merge

    def counting(docs, corrections=()):
        calls.append(1)
        return real(docs, corrections)

    monkeypatch.setattr(merge_cache, "merge", counting)
    return calls


def _merge_files() -> list[Path]:
    return list((Path(os.environ["MARSAD_CACHE_DIR"]) / "merges").glob("*.marshal"))


def test_reopening_reads_the_same_cards_without_merging(corpus: Path, monkeypatch) -> None:
    first = open_workspace(resolve([corpus]), jobs=1)
    calls = _merges(monkeypatch)
    again = open_workspace(resolve([corpus]), jobs=1)
    assert calls == [] and len(_merge_files()) == 1
    assert _cards(again.view.merged) == _cards(first.view.merged) == _cards(merge(again.docs))


def test_a_changed_article_or_correction_merges_again(corpus: Path, monkeypatch) -> None:
    open_workspace(resolve([corpus]), jobs=1)
    calls = _merges(monkeypatch)
    (corpus / "c.txt").write_text(ARTICLES["c.txt"] + "وقال كريم بن حمدان إن السوق تتحسن.\n", encoding="utf-8")
    ws = open_workspace(resolve([corpus]), jobs=1)
    assert calls == [1] and _cards(ws.view.merged) == _cards(merge(ws.docs))
    ws.correct(corr.Correction("split", corr.MemberRef("wire/b.txt", "الحداد", "person")))
    calls.clear()
    again = open_workspace(resolve([corpus]), jobs=1)
    assert calls == [1] and {c.name for c in again.view.cards} >= {"الحداد", "سمير الحداد"}
    calls.clear()
    open_workspace(resolve([corpus]), jobs=1)
    assert calls == []


@pytest.mark.parametrize("damage", [b"", b"\x00" * 8, b"junk" * 40, None])
def test_a_damaged_file_merges_afresh(corpus: Path, monkeypatch, damage: bytes | None) -> None:
    first = open_workspace(resolve([corpus]), jobs=1)
    (path,) = _merge_files()
    raw = path.read_bytes()
    path.write_bytes(damage if damage is not None else raw[:-1] + bytes([raw[-1] ^ 1]))
    calls = _merges(monkeypatch)
    again = open_workspace(resolve([corpus]), jobs=1)
    assert calls == [1] and _cards(again.view.merged) == _cards(first.view.merged)


def test_json_lines_without_content_keys_always_merge(tmp_path: Path, corpus: Path, monkeypatch) -> None:
    import subprocess
    import sys

    out = tmp_path / "c.jsonl"
    subprocess.run([sys.executable, "-m", "tui", "parse", str(corpus), "-o", str(out)], check=False,
                   capture_output=True)
    open_workspace(resolve([out]), jobs=1)
    calls = _merges(monkeypatch)
    open_workspace(resolve([out]), jobs=1)
    assert calls == [1]

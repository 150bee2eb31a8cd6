"""The dev articles as one corpus (issue 16: "works on ../shared/corpus/dev as a corpus"),
read only by path and skipped when absent: every article loads, the second opening comes
from the cache, actors merge across articles (each merged card saying why), the merge does
not depend on the order of the articles, and the filter keeps what the index says."""

from __future__ import annotations

import pytest
from conftest import DEV_CORPUS

from tui.corpus.load import resolve
from tui.corpus.merge import merge
from tui.corpus.workspace import open_workspace
from tui.view.filter import Filter, _any_matches

pytestmark = [pytest.mark.devset, pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="no ../shared/corpus/dev")]


def test_the_dev_articles_open_as_one_corpus(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path / "cache"))
    src = resolve([DEV_CORPUS])
    ws = open_workspace(src, jobs=2)
    n = len(list(DEV_CORPUS.glob("*.txt")))
    assert len(ws.docs) == n and ws.loaded.errors == 0 and ws.loaded.parsed == n
    again = open_workspace(src, jobs=2)
    assert again.loaded.from_cache == n and again.loaded.parsed == 0
    v = ws.view
    actors = sum(len(d.article.actors) for d in ws.docs)
    assert len(v.cards) < actors  # actors named in several articles are one card
    multi = [c for c in v.cards if len(c.docs) > 1]
    assert len(multi) >= 10 and all(c.why.startswith(f"{len(c.docs)} articles") for c in multi)
    assert all(len({m.actor.kind for m in c.members}) == 1 for c in v.cards)
    assert len(v.quotes) == sum(len(d.article.quotes) for d in ws.docs)
    reordered = merge(list(reversed(ws.docs)))
    assert [(c.name, c.why, [m.order for m in c.members]) for c in reordered.cards] == \
        [(c.name, c.why, [m.order for m in c.members]) for c in v.cards]
    for query in ("قال", "الرئيس", "!وزير", '"وزير الخارجية"'):
        vis = v.apply(Filter(quotes_query=query))
        fields = v._fields("quotes")
        assert list(vis.quotes) == [i for i, f in enumerate(fields) if _any_matches(query, f)]

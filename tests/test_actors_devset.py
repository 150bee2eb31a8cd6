"""Dev-set regression for the actor stage: the scorer's own matching (imported from
../shared/eval/score.py) run on the whole pipeline, with floors just under the figures
measured when the recogniser was last tuned (actors F1 0.98, speakers_named 1.0,
titles recall 0.94)."""

from __future__ import annotations

import importlib.util
import sys
import tomllib

import pytest

from tests.conftest import DEV_CORPUS
from tui.article.parse import parse

SCORER = DEV_CORPUS.parent.parent / "eval" / "score.py"

pytestmark = [
    pytest.mark.devset,
    pytest.mark.skipif(not DEV_CORPUS.is_dir() or not SCORER.is_file(), reason="../shared/corpus/dev absent"),
]

ACTORS_F1 = 0.95
ACTORS_PRECISION = 0.95
SPEAKERS_NAMED_RECALL = 0.95
TITLES_RECALL = 0.90


def _scorer():
    spec = importlib.util.spec_from_file_location("marsad_score_actors", SCORER)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["marsad_score_actors"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def totals():
    score = _scorer()
    total = {k: score.Tally() for k in score.TASKS}
    for gold_path in sorted(DEV_CORPUS.glob("*.gold.toml")):
        txt = gold_path.with_name(gold_path.name.removesuffix(".gold.toml") + ".txt")
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        published = str(gold["published"]) if "published" in gold else None
        model = parse(txt.read_text(encoding="utf-8"), published).to_dict()
        for k, v in score.score_article(gold, model, txt.name).items():
            total[k].add(v)
    return total


def _misses(tally) -> str:
    return "\n".join(tally.misses[:30])


def test_actor_cards(totals):
    p, _r, f1 = totals["actors"].prf()
    assert f1 >= ACTORS_F1, _misses(totals["actors"])
    assert p >= ACTORS_PRECISION, _misses(totals["actors"])


def test_named_speakers_have_cards(totals):
    _p, r, _f = totals["speakers_named"].prf()
    assert r >= SPEAKERS_NAMED_RECALL, _misses(totals["speakers_named"])


def test_titles(totals):
    _p, r, _f = totals["titles"].prf()
    assert r >= TITLES_RECALL, _misses(totals["titles"])

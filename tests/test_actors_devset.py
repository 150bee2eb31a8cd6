"""Dev-set regression for the actor stage: the scorer's own matching (imported from
../shared/eval/score.py) run on the whole pipeline, with floors just under the figures
measured when the recogniser was last tuned (actors F1 0.98, speakers_named 1.0,
titles recall 0.94)."""

from __future__ import annotations

import pytest
from scoring import SCORER, score_folder

from tests.conftest import DEV_CORPUS

pytestmark = [
    pytest.mark.devset,
    pytest.mark.skipif(not DEV_CORPUS.is_dir() or not SCORER.is_file(), reason="../shared/corpus/dev absent"),
]

ACTORS_F1 = 0.95
ACTORS_PRECISION = 0.95
SPEAKERS_NAMED_RECALL = 0.95
TITLES_RECALL = 0.90


@pytest.fixture(scope="module")
def totals():
    return score_folder(DEV_CORPUS)


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

"""events+date on the dev corpus (../shared/corpus/dev), scored by ../shared/eval/score.py's
own code: an event hits a gold event when its span overlaps the gold snippet and its value
is one of the gold values; optional gold neither credits nor penalises; every other event
is a false positive.  Skipped when the corpus is absent (a user's fresh clone)."""

from __future__ import annotations

import pytest
from scoring import SCORER, misses, score_folder

from tests.conftest import DEV_CORPUS

pytestmark = [
    pytest.mark.devset,
    pytest.mark.skipif(not DEV_CORPUS.is_dir() or not SCORER.is_file(), reason="../shared/corpus/dev absent"),
]

FLOOR_F1 = 0.97  # measured 1.000 (23/0/0); one miss or one extra event still passes


def test_events_and_dates_on_the_dev_set():
    tally = score_folder(DEV_CORPUS)["events+date"]
    assert tally.tp + tally.fn > 0, "no gold events found"
    p, r, f1 = tally.prf()
    assert f1 >= FLOOR_F1, f"events+date P {p:.3f} R {r:.3f} F1 {f1:.3f} < {FLOOR_F1}\n{misses(tally)}"

"""Regression sets: tests/heldout holds invented articles in styles the dev set barely has
(Levantine, Maghrebi, Gulf/Hijri, Egyptian, wire copy, Iraqi with Arabic-Indic digits, a
ministry statement, relative dates), each with a hand-made gold in the dev format, and
tests/heldout/blind 14 more.  The team wrote them and read their errors while tuning, so
they are regression sets, not unseen text.  They are scored with the project scorer's own
matching (../shared/eval/score.py, imported when present) on the in-process pipeline; per-task
F1 floors sit a little under the figures last measured, so a change that only helps the dev
set and hurts other styles fails CI.  Skipped when ../shared is absent."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from scoring import SCORER, misses, pairs, score_folder, scorer

HELDOUT = Path(__file__).resolve().parent / "heldout"
BLIND = HELDOUT / "blind"  # written and kept private while the stages were tuned, added afterwards
# 984 articles in 123 batches of eight, written in twenty-four December rounds by helpers who
# saw none of the code, in genres and regions chosen to be varied (court, sports, decrees, wire
# copy, Maghrebi and Egyptian spelling, interviews, business, diplomacy, conflict …); each
# round's classes of fixes were chosen by reading their misses, so this too is a regression set
CLASSES = HELDOUT / "classes"

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval/score.py not present")

# F1 floors: the figures last measured (December, the rebuilt engine) less a small margin.
# The old engine had been tuned sentence by sentence on these articles (0.98–1.00); the
# rebuilt one was only checked against them by class of error, and scores lower here while
# scoring higher on the cross-validated dev set (README, "Measured").
FLOORS = {  # tests/heldout: 0.959 / 1.000 / 0.994 / 0.958 / 0.988 / 1.000
    "actors": 0.90,
    "speakers_named": 0.96,
    "quotes": 0.97,
    "quotes+speaker": 0.86,
    "titles": 0.93,
    "events+date": 0.98,
}
BLIND_FLOORS = {  # tests/heldout/blind: 0.943 / 0.980 / 1.000 / 0.985 / 0.971 / 0.983
    "actors": 0.88,
    "speakers_named": 0.96,
    "quotes": 0.98,
    "quotes+speaker": 0.95,
    "titles": 0.95,
    "events+date": 0.98,
}

# (1368 articles; since the sixth round the tagger trains on the first 200 of them, so these are
# partly in-sample for the learned part as well: 0.875 / 0.989 / 0.973 / 0.898 / 0.960 / 0.960;
# the actors floor went from 0.87 to 0.86 when the twenty-fifth round's 64, at 0.832, joined)
CLASSES_FLOORS = {
    "actors": 0.86,
    "speakers_named": 0.98,
    "quotes": 0.95,
    "quotes+speaker": 0.88,
    "titles": 0.94,
    "events+date": 0.91,
}


@pytest.fixture(scope="module")
def score():
    return scorer()


@pytest.fixture(scope="module")
def totals(score):
    return score_folder(HELDOUT)


_SET_TOTALS: dict[str, dict] = {}  # a further set's tallies, scored once per run


def _set_totals(name: str, folder: Path) -> dict:
    if name not in _SET_TOTALS:
        _SET_TOTALS[name] = score_folder(folder)
    return _SET_TOTALS[name]


def test_corpus_shape():
    found = pairs(HELDOUT)
    assert len(found) >= 8
    for txt, gold_path in found:
        assert txt.is_file(), f"{gold_path.name} has no article"
        words = len(re.findall(r"\S+", txt.read_text(encoding="utf-8")))
        assert 150 <= words <= 350, f"{txt.name}: {words} words"


@pytest.mark.parametrize("pair", pairs(HELDOUT) + pairs(BLIND) + pairs(CLASSES), ids=lambda p: p[0].stem)
def test_gold_is_well_formed(score, pair):
    txt, gold_path = pair
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(gold.get("published", ""))), "published date missing"
    # every snippet occurs exactly once and every speaker is a gold actor (raises SystemExit otherwise)
    score.check_gold(gold, txt.read_text(encoding="utf-8"), gold_path.name)
    kinds = {"person", "organization", "place", "group", "anonymous"}
    assert all(a["kind"] in kinds for a in gold["actors"])
    assert all(q["kind"] in {"direct", "indirect", "mixed"} for q in gold["quotes"])


@pytest.mark.parametrize("task", list(FLOORS))
def test_heldout_floor(totals, task):
    tally = totals[task]
    p, r, f1 = tally.prf()
    assert f1 >= FLOORS[task], f"{task}: P {p:.3f} R {r:.3f} F1 {f1:.3f} < {FLOORS[task]}\n{misses(tally)}"


_SETS = {"blind": (BLIND, BLIND_FLOORS), "classes": (CLASSES, CLASSES_FLOORS)}


@pytest.mark.parametrize(("name", "task"), [(n, t) for n, (_, floors) in _SETS.items() for t in floors])
def test_set_floor(score, name, task):
    folder, floors = _SETS[name]
    tally = _set_totals(name, folder)[task]
    p, r, f1 = tally.prf()
    floor = floors[task]
    assert f1 >= floor, f"{name} {task}: P {p:.3f} R {r:.3f} F1 {f1:.3f} < {floor}\n{misses(tally)}"

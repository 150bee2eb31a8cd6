"""events+date on the dev corpus (../shared/corpus/dev), scored the way ../shared/eval/score.py
scores it: an event hits a gold event when its span overlaps the gold snippet and its value
is one of the gold values; optional gold neither credits nor penalises; every other event
is a false positive.  Skipped when the corpus is absent (a user's fresh clone)."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import DEV_CORPUS
from tui.article.parse import parse

pytestmark = [
    pytest.mark.devset,
    pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="dev corpus (../shared/corpus/dev) not present"),
]

FLOOR_F1 = 0.97  # measured 1.000 (23/0/0); one miss or one extra event still passes


def _score_article(gold: dict, text: str, events) -> tuple[int, int, int]:
    tp = fp = fn = 0
    used: set[int] = set()
    for ge in gold.get("events", []):
        i = text.find(ge["contains"])
        span = (i, i + len(ge["contains"])) if i >= 0 else (-1, -1)
        values = ge["value"] if isinstance(ge["value"], list) else [ge["value"]]
        hit = None
        for j, e in enumerate(events):
            got = e.time.value if e.time else None
            if j not in used and min(e.end, span[1]) > max(e.start, span[0]) and (got in values or "*" in values):
                hit = j
                break
        if hit is None:
            fn += not ge.get("optional")
        else:
            used.add(hit)
            tp += not ge.get("optional")
    fp = sum(1 for j in range(len(events)) if j not in used)
    return tp, fp, fn


def test_events_and_dates_on_the_dev_set():
    tp = fp = fn = 0
    for txt in sorted(DEV_CORPUS.glob("*.txt")):
        gold_path = txt.with_name(txt.stem + ".gold.toml")
        if not gold_path.exists():
            continue
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
        art = parse(txt.read_text(encoding="utf-8"), gold.get("published"))
        a, b, c = _score_article(gold, art.text, art.events)
        tp, fp, fn = tp + a, fp + b, fn + c
    assert tp + fn > 0, "no gold events found"
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    assert f1 >= FLOOR_F1, f"events+date F1 {f1:.3f} (tp={tp} fp={fp} fn={fn}) fell below {FLOOR_F1}"

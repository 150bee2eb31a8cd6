"""Scoring gold corpora in process with the project's own scorer (../shared/eval/score.py),
shared by the dev-set and held-out regression tests.  The scorer is imported, not copied,
so the tests judge exactly as CI's scoreboard does; tests skip when it is absent."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from tui.article.model import Actor
from tui.article.parse import parse

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("marsad_shared_score", SCORER)
    assert spec and spec.loader, SCORER
    mod = importlib.util.module_from_spec(spec)
    sys.modules["marsad_shared_score"] = mod  # dataclasses look their module up by name
    spec.loader.exec_module(mod)
    return mod


def pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(article, gold) paths of a corpus folder, in name order."""
    return [(g.with_name(g.name.removesuffix(".gold.toml") + ".txt"), g) for g in sorted(folder.glob("*.gold.toml"))]


def load_gold(gold_path: Path) -> dict[str, Any]:
    return tomllib.loads(gold_path.read_text(encoding="utf-8"))


def published_of(gold: dict[str, Any]) -> str | None:
    return str(gold["published"]) if "published" in gold else None


def score_models(models: Iterable[tuple[str, dict[str, Any], dict[str, Any]]]) -> dict[str, Any]:
    """Totals per task (the scorer's Tally) over (name, gold, model-as-dict) triples."""
    score = scorer()
    total = {k: score.Tally() for k in score.TASKS}
    for name, gold, model in models:
        for k, v in score.score_article(gold, model, name).items():
            total[k].add(v)
    return total


def score_folder(folder: Path) -> dict[str, Any]:
    """Parse every article of a gold folder with the whole pipeline and score it."""
    models = []
    for txt, gold_path in pairs(folder):
        gold = load_gold(gold_path)
        models.append((txt.name, gold, parse(txt.read_text(encoding="utf-8"), published_of(gold)).to_dict()))
    return score_models(models)


def gold_cards(gold: dict[str, Any], text: str) -> tuple[Actor, ...]:
    """The gold actors as cards with every mention of their name and aliases (whole words,
    maybe after proclitics): to run the quote stage without the actor stage's errors."""
    out = []
    for i, g in enumerate(gold.get("actors", []), 1):
        spans: list[tuple[int, int]] = []
        for n in sorted([g["name"], *g.get("aliases", [])], key=len, reverse=True):
            for m in re.finditer(rf"(?<![^\W\d_])(?:[وفبلك]{{0,2}})({re.escape(n)})(?![^\W\d_])", text):
                if not any(a <= m.start(1) < b for a, b in spans):
                    spans.append((m.start(1), m.end(1)))
        out.append(Actor(f"a{i}", g["name"], g["kind"], tuple(g.get("aliases", [])), tuple(g.get("titles", [])),
                         None, tuple(sorted(spans))))
    return tuple(out)


def misses(tally: Any, most: int = 40) -> str:
    return "\n".join(tally.misses[:most])

"""The quote stage alone, fed the gold actor cards: attribution measured without the actor
stage's errors (dev set, in process).

    .venv/bin/python tools/goldcards.py [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from quote_helpers import run_quotes  # noqa: E402
from scoring import gold_cards, load_gold, pairs, score_models  # noqa: E402

from tui.article.clean import clean_text  # noqa: E402
from tui.article.doc.tokens import sentences  # noqa: E402
from tui.article.model import Article  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev"


def main() -> int:
    models = []
    for txt, gold_path in pairs(DEV):
        gold = load_gold(gold_path)
        text = clean_text(txt.read_text(encoding="utf-8"))
        quotes, actors = run_quotes(text, gold_cards(gold, text))
        models.append((txt.name, gold, Article(text=text, sentences=sentences(text), actors=actors,
                                               quotes=quotes).to_dict()))
    total = score_models(models)
    for k in ("quotes", "quotes+speaker"):
        p, r, f = total[k].prf()
        print(f"{k:16} {p:6.3f} {r:6.3f} {f:6.3f}   {total[k].tp}/{total[k].fp}/{total[k].fn}")
    if "-v" in sys.argv:
        for m in total["quotes+speaker"].misses:
            print("  " + m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

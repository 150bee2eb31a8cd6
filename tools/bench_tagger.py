#!/usr/bin/env python3
"""The name tagger's speed: model load time (from the file and from the compiled cache) and
tagging time per 1,000 tokens.

    .venv/bin/python tools/bench_tagger.py            # the dev articles (or the seed without ../shared)

CPU time of this process (``time.process_time``), best of several runs, so other work on
the machine disturbs it little; tagging is also given as a ratio to ``build_doc`` on the same
text, which does not depend on the machine's speed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.article.doc import build_doc  # noqa: E402
from tui.article.models import tagger  # noqa: E402
from tui.article.models.data import DEV_DIR, dev_names  # noqa: E402


def best(fn, repeat: int) -> float:
    out = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        out = min(out, time.process_time() - t)
    return out


def main() -> int:
    path = tagger.model_path()
    texts = [(DEV_DIR / f"{n}.txt").read_text(encoding="utf-8") for n in dev_names()] if DEV_DIR.is_dir() else []
    texts = texts or [(ROOT / "seeds" / "niger-coup-washington-paris.txt").read_text(encoding="utf-8")]
    build_doc("تحميل المعجم.")  # the lexicon loads outside the timings
    load = best(lambda: tagger.Model(tagger.read_model(path), str(path)), 5)
    tagger._decoded(path)  # writes the compiled cache if a run before did not
    cached = best(lambda: tagger.Model(tagger._decoded(path), str(path)), 5)
    docs = [build_doc(t) for t in texts]
    n = sum(len(d.tokens) for d in docs)
    model = tagger.Model(tagger.read_model(path), str(path))
    cold = best(lambda: [model.tag(d) for d in docs], 1)  # first run: the caches fill
    warm = best(lambda: [model.tag(d) for d in docs], 7)
    doc_time = best(lambda: [build_doc(t) for t in texts], 5)
    print(f"model {path.name}: {path.stat().st_size:,} bytes, load {load * 1000:.0f} ms "
          f"(from the compiled cache, as marsad loads it: {cached * 1000:.1f} ms)")
    print(f"{len(docs)} texts, {n:,} tokens: tagging {warm / n * 1e6:.2f} ms per 1,000 tokens "
          f"(first run {cold / n * 1e6:.2f}); build_doc {doc_time / n * 1e6:.2f}; "
          f"tag / build_doc = {warm / doc_time:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The tagger alone on one article, as the JSON contract's actor mentions (for scoring it).

    python -m tui.article.models FILE
    python3 ../shared/eval/ner_score.py TEST --cmd "python -m tui.article.models {file}"

Every labelled name is its own actor of kind person / organization / place with one
mention (character offsets into the cleaned text); no rules, no merging.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..clean import clean_text
from ..doc import build_doc
from ..load import InputError, read_article
from .tagger import ModelError, tag

KIND = {"PERS": "person", "ORG": "organization", "LOC": "place"}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tui.article.models FILE", file=sys.stderr)
        return 2
    try:
        text = clean_text(read_article(Path(args[0])))
        doc = build_doc(text)
        tagging = tag(doc)
    except (InputError, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    toks = doc.tokens
    actors = []
    for a, b, typ in tagging.entities():
        s, e = toks[a].start, toks[b - 1].end
        actors.append({"id": f"a{len(actors) + 1}", "name": text[s:e], "kind": KIND[typ], "mentions": [[s, e]],
                       "confidence": round(tagging.span_confidence(a, b, typ), 4)})
    json.dump({"schema": "marsad.article/1", "text": text, "actors": actors}, sys.stdout, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

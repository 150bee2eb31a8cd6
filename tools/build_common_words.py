#!/usr/bin/env python3
"""Write tui/article/models/common_words.txt: the Arabic words ANERcorp *train* writes at
least three times, nine times in ten outside any name (its test split is never read).

The actor rules use it to tell a word no lexicon lists that is still an ordinary word
("استعداده"، "ارتفعت") from an unlisted family name after a given name.  Derived from
ANERcorp, so it carries the model's licence (LICENSE-ANERcorp.md, CC BY-SA 4.0).

    .venv/bin/python tools/build_common_words.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.article.models.common import COMMON_FILE  # noqa: E402
from tui.article.models.data import ANERCORP_TRAIN, common_words  # noqa: E402

_ARABIC = re.compile(r"^[\u0621-\u064a]+$")


def main() -> int:
    words = sorted(w for w in common_words(ANERCORP_TRAIN) if _ARABIC.match(w))
    if not words:
        print(f"{ANERCORP_TRAIN}: not found or empty", file=sys.stderr)
        return 1
    header = ("# Ordinary words: written at least 3 times in ANERcorp train, 9 times in 10 outside a name\n"
              "# (normal form, one per line).  Derived from ANERcorp: CC BY-SA 4.0, see LICENSE-ANERcorp.md.\n"
              "# Rebuilt by tools/build_common_words.py.\n")
    COMMON_FILE.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {COMMON_FILE} ({len(words):,} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

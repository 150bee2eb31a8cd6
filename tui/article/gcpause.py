"""``paused()``: Python's cyclic garbage collector held off while an article is parsed.

Nearly every object a parse makes stays alive until the parse ends, and the rest is freed by
reference counting; a collection during the parse only walks the growing heap (and the
lexicons and the tagger) again.  Those walks made parse time grow faster than the text:
n^1.14 from 10,000 to 100,000 words of dates with the collector on, n^0.96 with it held off.
Nested or concurrent parses (the dashboard's worker thread) share one pause; the collector is
turned back on, if it was on, when the last one ends, and collects then as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False  # whether the collector was on when the first pause began


@contextmanager
def paused() -> Iterator[None]:
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()

"""A corpus opened for work: its documents, the user's corrections, the merged view.

``open_workspace`` is what both the dashboard (in a worker thread) and ``marsad corpus``
call; ``Workspace.correct`` records a split or a merge, saves it beside the corpus and
merges again.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import corrections as corr
from .cache import cache_dir
from .load import CorpusSource, LoadResult, Progress, load
from .merge import merge
from .merge_cache import cached_merge
from .view import CorpusView


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Building 100,000s of small objects that form no cycles: Python's cycle collector would
    walk them again and again as they pile up (it doubled the time to open 10,000 articles),
    so it is off meanwhile, and what survives is then frozen out of its way, which also
    keeps later collections short while the dashboard runs."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
        gc.freeze()


@dataclass
class Workspace:
    source: CorpusSource
    loaded: LoadResult
    corrections: list[corr.Correction]
    view: CorpusView
    problems: list[str] = field(default_factory=list)  # one line each, for the user

    @property
    def docs(self):
        return self.loaded.docs

    @property
    def corrections_path(self) -> Path:
        return self.source.corrections_path

    def remerge(self) -> None:
        with bulk():
            merged = merge(self.loaded.docs, self.corrections)
            self.view = CorpusView(self.loaded.docs, merged)

    def correct(self, new: corr.Correction) -> str | None:
        """Apply ``new`` at once and save it; returns a notice (a damaged file set aside).
        StorageError when the file cannot be written (the correction stays for this session)."""
        self.corrections = corr.add(self.corrections, new)
        self.remerge()
        return corr.save(self.corrections_path, self.corrections)


def open_workspace(source: CorpusSource, *, published: str | None = None, max_bytes: int | None = None,
                   jobs: int | None = None, cache=None, progress: Progress | None = None) -> Workspace:
    """Load, read the corrections, merge.  InputError when the corpus itself cannot be read."""
    with bulk():
        loaded = load(source, published=published, max_bytes=max_bytes, jobs=jobs, cache=cache, progress=progress)
        read = corr.read(source.corrections_path)
        folder = cache.folder.parent if cache is not None else cache_dir()
        merged = cached_merge(loaded.docs, read.corrections, folder)  # as merge(), without merging again
        view = CorpusView(loaded.docs, merged)
    problems = [*loaded.problems, *read.problems, *merged.problems]
    return Workspace(source, loaded, read.corrections, view, problems)

"""A corpus opened for work: its documents, the user's corrections, the merged view.

``open_workspace`` is what both the dashboard (in a worker thread) and ``marsad corpus``
call; ``Workspace.correct`` records a split or a merge, saves it beside the corpus and
merges again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import corrections as corr
from .load import CorpusSource, LoadResult, Progress, load
from .merge import merge
from .view import CorpusView


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
    loaded = load(source, published=published, max_bytes=max_bytes, jobs=jobs, cache=cache, progress=progress)
    read = corr.read(source.corrections_path)
    merged = merge(loaded.docs, read.corrections)
    problems = [*loaded.problems, *read.problems, *merged.problems]
    return Workspace(source, loaded, read.corrections, CorpusView(loaded.docs, merged), problems)

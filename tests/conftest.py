"""Shared fixtures: the seed article, an article of our own (tests/fixtures), and the dev
corpus when ../shared is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "seeds" / "niger-coup-washington-paris.txt"
# The seed is also a dev article: tests that assert names, quotes or dates parse this one,
# written for the tests (invented people and organisation; dated 2031, published 2031-03-14).
OASIS = ROOT / "tests" / "fixtures" / "oasis-dam.txt"


@pytest.fixture(scope="session")
def seed_article():
    from tui.cli import load_article

    return load_article(SEED, None)


@pytest.fixture(scope="session")
def oasis_article():
    from tui.cli import load_article

    return load_article(OASIS, None)


@pytest.fixture
def corpus_cache(tmp_path_factory, monkeypatch) -> Path:
    """A cache folder of the test's own (MARSAD_CACHE_DIR): corpus tests neither read the
    user's cached models and merges nor see another test's.  Corpus test modules use it
    with ``pytestmark = pytest.mark.usefixtures("corpus_cache")``."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The invented mini-corpus of corpus_helpers, in a folder named news."""
    from corpus_helpers import write_corpus

    return write_corpus(tmp_path / "news")


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's config directory."""
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: one worker more than the cores.  Many tests wait (Pilot pauses, tmux, child
    processes), so a third worker on two cores fills the waits: the default run drops from
    about 135 s to 110–120 s here, CPU time about the same."""
    return (os.cpu_count() or 1) + 1

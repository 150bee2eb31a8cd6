"""Shared fixtures: the seed article, and the dev corpus when ../shared is present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEED = ROOT / "seeds" / "niger-coup-washington-paris.txt"


@pytest.fixture(scope="session")
def seed_article():
    from tui.cli import load_article

    return load_article(SEED, None)


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's config directory."""
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: one worker more than the cores.  Many tests wait (Pilot pauses, tmux, child
    processes), so a third worker on two cores fills the waits: the default run drops from
    about 135 s to 110–120 s here, CPU time about the same."""
    return (os.cpu_count() or 1) + 1

"""SVG snapshots of the dashboard at 80×24 (compact, tabbed) and 160×48 (2×2 grid) for the
states that matter: first frame, an actor chosen, help.  Update with
``.venv/bin/pytest tests/test_snapshots.py --snapshot-update`` after a deliberate change.

SVG renderers reorder Arabic on their own, so these guard the layout; Arabic content is
asserted on the rendered cells in tests/test_app.py.  Nothing here depends on the time:
the dashboard has no clock, and the fixed article and theme make every frame the same.
"""

from __future__ import annotations

import pytest
from test_app_article import build_article

from tui.app.app import MarsadApp

SIZES = {"80x24": (80, 24), "160x48": (160, 48)}
STATES = {
    "initial": (),
    "actor-selected": ("2", "j", "j", "enter"),
    "help": ("3", "question_mark"),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("state", STATES)
def test_dashboard_snapshot(snap_compare, size, state):
    app = MarsadApp(build_article(), theme="marsad-dark")
    assert snap_compare(app, press=STATES[state], terminal_size=SIZES[size])

"""The corpus dashboard in a real terminal (issue 16): tmux starts ``marsad DIR`` on an
invented mini-corpus, sends keys and reads the screen: the five panes fill, `enter` opens
an article alone and `esc` comes back, `m` lists a merged card's members and `s` splits one
off (saved beside the corpus), `q` quits."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import uuid

import pytest
from conftest import ROOT
from corpus_helpers import write_corpus
from test_tmux import SOCKET, _screen, _tmux, _wait_for, _wait_gone

from tui.corpus import corrections

pytestmark = [pytest.mark.tmux, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]


def test_the_corpus_dashboard_in_tmux(tmp_path):
    folder = write_corpus(tmp_path / "news")
    session = f"marsad-corpus-{uuid.uuid4().hex[:8]}"
    marsad = ROOT / ".venv" / "bin" / "marsad"
    launcher = f"{marsad}" if marsad.exists() else f"{sys.executable} -m tui"
    command = (f"cd {ROOT} && env -u COLUMNS -u LINES TERM=xterm-256color MARSAD_CONFIG_DIR={tmp_path}/config "
               f"MARSAD_CACHE_DIR={tmp_path}/cache {launcher} --rtl terminal {folder}; echo MARSAD-EXITED-$?; "
               "sleep 30")
    _tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "48", command)
    try:
        _tmux("resize-window", "-t", session, "-x", "160", "-y", "48")
        _wait_for(session, "Art 4/4", timeout=60)  # loaded in the background, then filled
        screen = _wait_for(session, "3 articles · 3 quotes")  # the lists paint in the frame after the status
        for title in ("1 Articles", "2 Timeline", "3 Actors", "4 Quotes", "5 Source"):
            assert title in screen
        assert "سمير الحداد" in screen and "3 articles · 3 quotes" in screen
        _tmux("send-keys", "-t", session, "1")
        _tmux("send-keys", "-t", session, "Enter")
        screen = _wait_for(session, "published 2024-03-04")  # the first article alone
        assert "4 Source" in screen and "5 Source" not in screen
        _tmux("send-keys", "-t", session, "Escape")
        _wait_for(session, "Art 4/4")
        _tmux("send-keys", "-t", session, "3")
        _wait_for(session, "m Members")  # the Actors pane has the focus (the key bar says so)
        _tmux("send-keys", "-t", session, "m")
        screen = _wait_for(session, "Members of")
        assert "in wire/b.txt" in screen
        found = re.search(r"Art 4/4  T \d+/\d+  A (\d+)/", screen)  # the status line's card count
        assert found, screen
        n = int(found.group(1))
        _tmux("send-keys", "-t", session, "j", "j", "s")  # split the third member off: one card more
        _wait_for(session, f"A {n + 1}/{n + 1}")
        _wait_gone(session, "Members of")
        saved = corrections.read(folder / "marsad-corrections.toml").corrections
        assert [(c.action, c.a.article) for c in saved] == [("split", "wire/b.txt")]
        _tmux("send-keys", "-t", session, "q")
        screen = _wait_for(session, "MARSAD-EXITED-0")
        assert "Traceback" not in _screen(session)
    finally:
        subprocess.run(["tmux", "-L", SOCKET, "kill-session", "-t", session], check=False, capture_output=True)

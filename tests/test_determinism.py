"""Every ordering in the model and the views is the same whatever PYTHONHASHSEED is: the
same input gives byte-identical JSON, the same "with" lists, the same timeline and exports.

Each check runs in two fresh interpreters with different hash seeds (set and str hashing,
hence set iteration order, depend on it) and compares what they print."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

# A fixture where ties abound: one sentence names five actors (every pair shares exactly
# one sentence), so any order taken from a set shows up as a different "with" list.
SCRIPT = r'''
import json, sys
sys.path.insert(0, "tests")
from tui.article.model import Actor, Article, Event, TimeValue
from tui.article.parse import parse
from tui.article.doc.tokens import sentences
from tui.app.actors import mentioned_with
from tui.view.export import export_bytes
from tui.view.filter import Filter, apply, event_sort_key

text = "التقى سامر وهادي ونديم ورامي وجاد في المقهى.\nثم عاد هادي إلى بيته.\n"
def span(w):
    i = text.index(w)
    return (i, i + len(w))
names = ["سامر", "هادي", "نديم", "رامي", "جاد"]
actors = tuple(Actor(f"a{n}", w, "person", mentions=(span(w),)) for n, w in enumerate(names, 1))
t = TimeValue(0, 5, "اليوم", "2024-01-02")
events = tuple(Event(f"e{n}", 0, 10, "حدث", (), t) for n in (3, 1, 2))
art = Article(text, "2024-01-02", sentences(text), actors, (), events)
out = {
    "with": mentioned_with(art, top=2),
    "timeline": [e.id for e in sorted(art.events, key=event_sort_key)],
    "md": export_bytes(art, apply(art, Filter()), "md").decode(),
    "json": export_bytes(art, apply(art, Filter()), "json").decode(),
    "seed": parse(open(sys.argv[1], encoding="utf-8").read(), "2023-08").to_json(),
}
sys.stdout.write(json.dumps(out, ensure_ascii=False, sort_keys=True))
'''


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    p = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT / "seeds" / "niger-coup-washington-paris.txt")],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    return p.stdout


def test_orderings_do_not_depend_on_the_hash_seed():
    first, second = _run("1"), _run("2")
    assert first == second


def test_with_list_breaks_ties_by_first_mention():
    import json

    out = json.loads(_run("3"))
    # هادي shares one sentence with each of the four others: the two named first win
    assert out["with"]["a2"] == ["سامر", "نديم"]
    assert out["with"]["a1"] == ["هادي", "نديم"]

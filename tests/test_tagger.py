"""The trained name tagger: the shipped model tags invented sentences sensibly, deterministically,
on the standard library alone; MARSAD_NER_MODEL overrides it; retraining on a slice works."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from tui.article.doc import build_doc
from tui.article.models import tagger
from tui.article.models.tagger import LABELS, ModelError, load_model, tag

ANERCORP = ROOT.parent / "shared" / "corpus" / "anercorp" / "train.txt"
needs_corpus = pytest.mark.skipif(not ANERCORP.exists(), reason="needs ../shared/corpus/anercorp")


def names(text: str) -> set[tuple[str, str]]:
    doc = build_doc(text)
    t = tag(doc)
    return {(" ".join(tok.raw for tok in doc.tokens[a:b]), typ) for a, b, typ in t.entities()}


def test_the_shipped_model_is_small_and_carries_its_licence():
    assert tagger.MODEL_FILE.exists()
    assert tagger.MODEL_FILE.stat().st_size <= 10 * 1024 * 1024
    assert (tagger.MODEL_FILE.parent / "LICENSE-ANERcorp.md").exists()
    assert "ANERcorp" in load_model(tagger.MODEL_FILE).meta["licence"]


def test_a_person_after_a_title():
    found = names("وقال وزير الزراعة سليم القاسمي إن الموسم كان جيدا.")
    assert ("سليم القاسمي", "PERS") in found


def test_a_place_after_fi():
    found = names("وعقد المؤتمر في القاهرة بحضور عدد من الخبراء.")
    assert ("القاهرة", "LOC") in found


def test_an_organisation_with_a_head_noun():
    found = names("وأعلنت منظمة الصحة العالمية عن برنامج جديد للتطعيم.")
    assert ("منظمة الصحة العالمية", "ORG") in found


def test_function_words_are_not_names():
    found = names("ويجب على الجميع أن يعملوا معا من أجل المستقبل.")
    assert found == set()


def test_probabilities_are_coherent():
    doc = build_doc("وقال وزير الزراعة سليم القاسمي إن الموسم كان جيدا. وعقد المؤتمر في القاهرة.")
    t = tag(doc)
    for i in range(len(doc.tokens)):
        ps = [t.marginal(i, lab) for lab in LABELS]
        assert all(0.0 <= p <= 1.0 for p in ps)
        assert math.isclose(sum(ps), 1.0, abs_tol=1e-6)
        best = max(LABELS, key=lambda lab: t.marginal(i, lab))
        assert t.marginal(i, t.labels[i]) >= t.marginal(i, best) - 0.5  # Viterbi and marginals agree roughly
    (a, b, typ), *_ = [e for e in t.entities() if e[2] == "PERS"]
    assert t.span_confidence(a, b, typ) > 0.5
    assert t.span_confidence(a, b + 1, typ) < t.span_confidence(a, b, typ)  # one word too many
    assert t.span_confidence(a, b, "LOC") < 0.5
    last_of_first = doc.sentence_tokens(0)[-1]
    assert t.span_confidence(last_of_first, last_of_first + 2, "PERS") == 0.0  # across sentences
    assert t.span_confidence(a, a, typ) == 0.0


def test_tagging_is_deterministic_across_processes():
    code = (
        "import json\nfrom tui.article.doc import build_doc\nfrom tui.article.models.tagger import tag, LABELS\n"
        "d = build_doc('أكد رئيس الوزراء نادر الحلبي في تونس أن الاتحاد الأوروبي سيدعم الخطة.')\n"
        "t = tag(d)\nprint(json.dumps([t.labels, [[round(t.marginal(i, l), 12) for l in LABELS]"
        " for i in range(len(d.tokens))]]))\n"
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}) for seed in (1, 2)]
    assert runs[0].returncode == 0, runs[0].stderr
    assert runs[0].stdout == runs[1].stdout
    assert "B-PERS" in json.loads(runs[0].stdout)[0]


def test_the_tagger_needs_no_third_party_package():
    code = (
        "import sys\n"
        "class Hide:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in {'textual', 'rich', 'tomli_w', 'hijridate', 'platformdirs', 'pyarabic',"
        " 'bidi', 'arabic_reshaper', 'pycrfsuite', 'numpy'}:\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "from tui.article.doc import build_doc\n"
        "from tui.article.models.tagger import tag\n"
        "print(tag(build_doc('وقال المتحدث باسم الشركة كريم المنصوري في بيروت إن العمل مستمر.')).labels)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert "B-PERS" in out.stdout


def test_a_broken_model_file_is_one_clear_error(tmp_path, monkeypatch):
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"\x1f\x8b not gzip at all")
    monkeypatch.setenv("MARSAD_NER_MODEL", str(bad))
    with pytest.raises(ModelError, match="cannot read"):
        tag(build_doc("نص قصير."))
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"format": "something else"}', encoding="utf-8")
    monkeypatch.setenv("MARSAD_NER_MODEL", str(wrong))
    with pytest.raises(ModelError, match="not a"):
        tag(build_doc("نص قصير."))
    monkeypatch.setenv("MARSAD_NER_MODEL", str(tmp_path / "missing.json.gz"))
    with pytest.raises(ModelError):
        tag(build_doc("نص قصير."))


def _train(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.article.models.train", "--algo", "perceptron", "--epochs", "2",
         "--limit", "120", "--dev-limit", "1", "--out", str(out), "-q", *extra],
        capture_output=True, text=True, cwd=ROOT)


@needs_corpus
def test_retraining_on_a_slice_is_deterministic_and_the_override_loads_it(tmp_path, monkeypatch):
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    for path in (a, b):
        out = _train(path)
        assert out.returncode == 0, out.stderr
    assert a.read_bytes() == b.read_bytes()
    monkeypatch.setenv("MARSAD_NER_MODEL", str(a))
    assert tagger.model_path() == a
    model = load_model()
    assert model.source == str(a) and model.meta["anercorp_chunks"] == 10
    assert len(model.meta["dev_articles"]) == 1 and len(model.meta["team_articles"]) == 1  # --dev-limit 1 each
    doc = build_doc("وقال الرئيس إن البلاد تواجه تحديات.")
    assert len(tag(doc).labels) == len(doc.tokens)
    monkeypatch.delenv("MARSAD_NER_MODEL")
    assert load_model().source == str(tagger.MODEL_FILE)


@needs_corpus
def test_the_mean_of_several_seeds_is_one_deterministic_model(tmp_path):
    one, two, again = tmp_path / "1.json.gz", tmp_path / "2.json.gz", tmp_path / "2b.json.gz"
    for path, extra in ((one, ()), (two, ("--seeds", "2")), (again, ("--seeds", "2"))):
        out = _train(path, *extra)
        assert out.returncode == 0, out.stderr
    assert two.read_bytes() == again.read_bytes() != one.read_bytes()
    model = load_model(two)
    assert model.meta["options"]["seeds"] == 2
    assert len(model.tag(build_doc("زار الوزير المدينة.")).labels) == 3


def test_the_mean_of_perceptrons_averages_every_weight():
    from tui.article.models.train import _mean

    a = ({0: [1.0, 3.0]}, [[2.0, 0.0]], [1.0, 1.0], [0.0, 2.0])
    b = ({0: [3.0, 1.0], 1: [2.0, 2.0]}, [[0.0, 2.0]], [3.0, 1.0], [2.0, 0.0])
    assert _mean([a, b]) == ({0: [2.0, 2.0], 1: [1.0, 1.0]}, [[1.0, 1.0]], [2.0, 1.0], [1.0, 1.0])
    assert _mean([a]) is a


@needs_corpus
def test_retraining_the_crf_on_a_slice(tmp_path):
    pytest.importorskip("pycrfsuite")
    out = _train(tmp_path / "c.json.gz", "--algo", "crf", "--iterations", "20")
    assert out.returncode == 0, out.stderr
    model = load_model(tmp_path / "c.json.gz")
    assert model.meta["options"]["algo"] == "crf"
    assert len(model.tag(build_doc("زار الوزير المدينة.")).labels) == 3


def test_viterbi_finds_the_best_allowed_path():
    """The unrolled Viterbi (with its "O leads" shortcut) against brute force over every BIO path."""
    import itertools
    import random

    from tui.article.models.tagger import _STARTABLE, N, Pass, _allowed

    def score(p, em, path):
        return (p.start[path[0]] + sum(em[k][y] for k, y in enumerate(path))
                + sum(p.trans[path[k - 1]][path[k]] for k in range(1, len(path))) + p.end[path[-1]])

    rng = random.Random(7)
    for trial in range(200):
        spread = 30 if trial % 2 else 400  # small: full steps; large: O often leads, the shortcut
        p = Pass({"w": {}, "maxabs": 0, "trans": [[rng.randint(-50, 50) for _ in range(N)] for _ in range(N)],
                  "start": [rng.randint(-20, 20) for _ in range(N)], "end": [rng.randint(-20, 20) for _ in range(N)]})
        n = rng.randint(1, 4)
        em = [tuple(rng.randint(-spread, spread) for _ in range(N)) for _ in range(n)]
        legal = [q for q in itertools.product(range(N), repeat=n)
                 if _STARTABLE[q[0]] and all(_allowed(q[k - 1], q[k]) for k in range(1, n))]
        best = max(score(p, em, q) for q in legal)
        got = p.viterbi(em, 0, n)
        assert tuple(got) in legal and score(p, em, got) == best

"""Training and evaluation data for the tagger: ANERcorp and the dev gold, as labelled Docs.

Both corpora go through the same :func:`~tui.article.doc.build_doc` as inference does:

* ANERcorp (one ``token TAG`` a line) is rebuilt as running text the way
  ``shared/eval/ner_score.py`` does — tokens joined by single spaces, a newline per
  sentence, chunks of 12 sentences standing for articles — and its gold entities are
  projected onto the Doc tokens their characters overlap.  MISC becomes O.
* A dev article's gold (``NAME.gold.toml``) lists each actor's name and aliases; every
  occurrence of those of a person, organisation or place actor (optional ones included)
  is found on the tokens' normal forms — the first token may carry proclitics — longest
  match first, and becomes B-/I- of its type.  Titles, unnamed sources and groups stay O.

Evaluation counts exact entities, as conlleval and ner_score.py do.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..clean import clean_text
from ..doc import Doc, build_doc
from ..doc.normal import norm_word
from ..doc.tokens import WORD, comma, hard

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "corpus"
ANERCORP_TRAIN = SHARED / "anercorp" / "train.txt"
DEV_DIR = SHARED / "dev"
# Articles the team wrote and annotated (invented news with gold, read while fixing rules): more
# in-domain training text.  Never the unread set (tests/heldout/unread), which stays for scoring.
TEAM_DIR = ROOT / "tests" / "heldout" / "classes"
CHUNK = 12  # sentences per ANERcorp chunk, as ner_score.py
KIND_TYPE = {"person": "PERS", "organization": "ORG", "place": "LOC"}
TYPES = ("PERS", "ORG", "LOC")

Entity = tuple[int, int, str]  # first token, one past the last, type


@dataclass
class Example:
    """A labelled document: its Doc, a BIO label per token, and where it came from."""

    name: str
    doc: Doc
    labels: list[str]


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, tag = line.rsplit(" ", 1)
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def conll_entities(tags: Sequence[str]) -> list[Entity]:
    """PERS/ORG/LOC chunks of IOB2 tags (an I- without its B- starts a chunk, as ner_score.py)."""
    out: list[Entity] = []
    start: int | None = None
    typ = ""
    for i, tag in enumerate([*tags, "O"]):
        b, _, t = tag.partition("-")
        if start is not None and (b != "I" or t != typ):
            if typ in TYPES:
                out.append((start, i, typ))
            start = None
        if b == "B" or (b == "I" and start is None):
            start, typ = i, t
    return out


def chunk_example(name: str, sents: Sequence[list[tuple[str, str]]]) -> Example:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    tags: list[str] = []
    pos = 0
    for s in sents:
        for i, (tok, tag) in enumerate(s):
            if i:
                parts.append(" ")
                pos += 1
            parts.append(tok)
            spans.append((pos, pos + len(tok)))
            tags.append(tag)
            pos += len(tok)
        parts.append("\n")
        pos += 1
    doc = build_doc("".join(parts))
    labels = ["O"] * len(doc.tokens)
    for a, b, typ in conll_entities(tags):
        toks = doc.token_range(spans[a][0], spans[b - 1][1])
        for k, t in enumerate(toks):
            labels[t] = ("B-" if k == 0 else "I-") + typ
    return Example(name, doc, labels)


def anercorp(path: Path = ANERCORP_TRAIN, limit: int = 0) -> list[Example]:
    """ANERcorp as chunks of CHUNK sentences (``limit``: the first N sentences only)."""
    sents = read_conll(path)
    if limit:
        sents = sents[:limit]
    return [chunk_example(f"anercorp:{k // CHUNK}", sents[k : k + CHUNK]) for k in range(0, len(sents), CHUNK)]


def dev_names(dev: Path = DEV_DIR) -> list[str]:
    """The dev articles with a gold file, by sorted name (the cross-validation order)."""
    return sorted(p.name[: -len(".gold.toml")] for p in dev.glob("*.gold.toml") if p.with_name(
        p.name[: -len(".gold.toml")] + ".txt").exists())


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in (norm_word(m.group()) for m in WORD.finditer(phrase)) if w)


def dev_example(name: str, dev: Path = DEV_DIR) -> Example:
    text = clean_text((dev / f"{name}.txt").read_text(encoding="utf-8"))
    gold = tomllib.loads((dev / f"{name}.gold.toml").read_text(encoding="utf-8"))
    doc = build_doc(text)
    return Example(f"dev:{name}", doc, project_names(doc, _gold_names(gold)))


@cache
def common_words(path: Path = ANERCORP_TRAIN) -> frozenset[str]:
    """Words ANERcorp train writes at least three times, nine times in ten outside any name:
    "الحزب"، "الوزارة"، "المملكة" — common nouns, whatever a gold file lists among an actor's
    aliases as a back-reference."""
    counts: dict[str, list[int]] = {}
    if not path.exists():
        return frozenset()
    for sent in read_conll(path):
        for tok, tag in sent:
            c = counts.setdefault(norm_word(tok), [0, 0])
            c[0] += tag == "O"
            c[1] += 1
    return frozenset(w for w, (o, n) in counts.items() if n >= 3 and o >= 0.9 * n)


def _gold_names(gold: dict) -> list[tuple[tuple[str, ...], str]]:
    """Each actor's name and its aliases that are names: an alias made only of common words
    (a back-reference such as "الحزب") is not taught to the tagger as a name."""
    out: list[tuple[tuple[str, ...], str]] = []
    common = common_words()
    for actor in gold.get("actors", []):
        typ = KIND_TYPE.get(actor.get("kind", ""))
        if not typ:
            continue
        for k, phrase in enumerate([actor.get("name", ""), *actor.get("aliases", [])]):
            words = _words(phrase)
            if k and words and all(w in common for w in words):
                continue
            if words and (words, typ) not in out:
                out.append((words, typ))
    return out


def project_names(doc: Doc, names: Iterable[tuple[tuple[str, ...], str]]) -> list[str]:
    """BIO labels of every occurrence of the names, longest first (earlier actors win ties)."""
    toks = doc.tokens
    n = len(toks)
    found: list[tuple[int, int, int, str]] = []  # (-length, start, order, type)
    by_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for order, (words, typ) in enumerate(names):
        by_first.setdefault(words[0], []).append((order, words, typ))
    for i, tok in enumerate(toks):
        for form, _cut in tok.readings:
            for order, words, typ in by_first.get(form, ()):
                j = i + len(words)
                if j > n or any(toks[k].sent != tok.sent for k in range(i + 1, j)):
                    continue
                if all(toks[i + k].norm == words[k] and not hard(toks[i + k].gap) and not comma(toks[i + k].gap)
                       for k in range(1, len(words))):
                    found.append((-len(words), i, order, typ))
    labels = ["O"] * n
    for neg, i, _order, typ in sorted(found):
        if any(labels[k] != "O" for k in range(i, i - neg)):
            continue
        for k in range(i, i - neg):
            labels[k] = ("B-" if k == i else "I-") + typ
    return labels


def dev_corpus(names: Iterable[str] | None = None, dev: Path = DEV_DIR) -> list[Example]:
    return [dev_example(n, dev) for n in (dev_names(dev) if names is None else names)]


def entities(labels: Sequence[str]) -> list[Entity]:
    """(first, one past the last, type) of each B/I chunk (a stray I- starts one)."""
    out: list[Entity] = []
    start: int | None = None
    typ = ""
    for i, lab in enumerate([*labels, "O"]):
        if start is not None and lab != "I-" + typ:
            out.append((start, i, typ))
            start = None
        if lab != "O" and start is None:
            start, typ = i, lab[2:]
    return out


class Score:
    """Exact-entity counts by type."""

    def __init__(self, counts: dict[str, list[int]] | None = None) -> None:
        self.c = {t: list(counts[t]) if counts else [0, 0, 0] for t in (*TYPES, "all")}

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        g, p = set(entities(gold)), set(entities(pred))
        for typ in TYPES:
            gt = {e for e in g if e[2] == typ}
            pt = {e for e in p if e[2] == typ}
            self.c[typ][0] += len(gt & pt)
            self.c[typ][1] += len(pt - gt)
            self.c[typ][2] += len(gt - pt)
        self.c["all"][0] += len(g & p)
        self.c["all"][1] += len(p - g)
        self.c["all"][2] += len(g - p)

    def merge(self, other: Score) -> None:
        for k, v in other.c.items():
            for j in range(3):
                self.c[k][j] += v[j]

    def prf(self, typ: str = "all") -> tuple[float, float, float]:
        tp, fp, fn = self.c[typ]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def table(self) -> str:
        lines = [f"{'':<6}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn"]
        for k, (tp, fp, fn) in self.c.items():
            p, r, f = self.prf(k)
            lines.append(f"{k:<6}{p:7.3f}{r:7.3f}{f:7.3f}   {tp}/{fp}/{fn}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {k: dict(zip(("p", "r", "f1"), (round(x, 4) for x in self.prf(k)), strict=True)) for k in self.c}

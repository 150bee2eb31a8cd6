"""One card per real-world actor across the articles of a corpus, each saying why.

Each article's parser already made one card per actor *in that article*; here the cards of
all articles are joined, by these rules only, and only when their kinds agree:

1. **Same normal form.**  Two cards whose names — or aliases that are not a short form of
   their own name (an acronym, another spelling) — have the same normal form
   (``tui.article.doc.normal.key``: tashkeel, alef forms, ى/ي, ة/ه … folded) are one actor.
2. **Short forms** (people only).  A card whose every name is the first or last words of a
   fuller name — a surname ("ماكرون"), "بن سلمان", a first name — joins that fuller name's
   card when exactly one card of the corpus has such a name; when several do it stays on
   its own and its ``why`` names them.
3. **Never merged:** unnamed sources and groups ("مصدر مطلع", "المحتجون"): the same words
   in two articles are rarely the same people.
4. **The user's corrections** (``tui.corpus.corrections``): a member split off takes part in
   no automatic join; a merge joins two members' cards, whatever the rules said.

The result does not depend on the order of the articles: joins are a partition (union-find
over symmetric relations), and every list is sorted by names and article names, never by
arrival.  Kinds must agree in every join, corrections included.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from tui.article.doc.normal import key as normal_key
from tui.article.model import ACTOR_KINDS, Actor

from .corrections import Correction, MemberRef
from .load import CorpusDoc

MERGED_KINDS = frozenset({"person", "organization", "place"})
SHORT_FORM_KINDS = frozenset({"person"})
_KIND_ORDER = {k: n for n, k in enumerate(ACTOR_KINDS)}


class Member(NamedTuple):
    """One article's card for the actor."""

    doc: int  # the document's index in the corpus
    article: str  # the document's name (what corrections use)
    actor: Actor

    @property
    def ref(self) -> MemberRef:
        return MemberRef(self.article, self.actor.name, self.actor.kind)

    @property
    def order(self) -> tuple[str, str]:
        return (self.article, self.actor.id)


@dataclass(frozen=True)
class Card:
    """A merged actor: the fullest name, every spelling, the titles with the articles that
    used them, how many articles and quotes, and why its members are one."""

    id: str
    name: str
    kind: str
    members: tuple[Member, ...]
    names: tuple[str, ...]  # every spelling seen, the card's name first
    titles: tuple[tuple[str, tuple[int, ...]], ...]  # (title, the documents that used it)
    affiliations: tuple[str, ...]
    docs: tuple[int, ...]  # the documents it appears in, by index
    quotes: int
    mentions: int
    why: str


@dataclass
class MergeResult:
    cards: list[Card]
    card_of: dict[tuple[int, str], int]  # (document index, actor id) -> index into cards
    problems: list[str] = field(default_factory=list)  # corrections that no longer apply


_nkey = lru_cache(maxsize=65536)(normal_key)  # names repeat across a corpus's articles


@lru_cache(maxsize=65536)
def _tokens(s: str) -> tuple[str, ...]:
    return tuple(normal_key(s).split())


@lru_cache(maxsize=65536)
def is_short_form(short: str, full: str) -> bool:
    """True when ``short``'s words are the first or the last words of ``full`` (and fewer)."""
    s, f = _tokens(short), _tokens(full)
    return 0 < len(s) < len(f) and (f[:len(s)] == s or f[-len(s):] == s)


class _Sets:
    """Union-find over member indexes; ``union`` keeps the smaller index as the root."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


def _q(s: str) -> str:
    return f"«{s}»"


def merge(docs: Sequence[CorpusDoc], corrections: Iterable[Correction] = ()) -> MergeResult:
    """The merged cards of every readable document, corrections applied (see the module doc)."""
    members: list[Member] = []
    for d in sorted((d for d in docs if d.article is not None), key=lambda d: (d.name, d.index)):
        assert d.article is not None
        members += [Member(d.index, d.name, a) for a in d.article.actors]
    n = len(members)
    corrections = list(corrections)
    problems: list[str] = []
    wanted = {c.a for c in corrections} | {c.b for c in corrections if c.b is not None}
    by_ref: dict[MemberRef, int] = {}
    if wanted:  # only the members the corrections name (a corpus has 100,000s of actors)
        for i, m in enumerate(members):
            ref = MemberRef(m.article, m.actor.name, m.actor.kind)
            if ref in wanted:
                by_ref.setdefault(ref, i)
    split = {by_ref[c.a] for c in corrections if c.action == "split" and c.a in by_ref}

    sets = _Sets(n)
    # 1. same normal form (names, and aliases that are not short forms of the name)
    keys_of: list[frozenset[str]] = []
    owner: dict[tuple[str, str], int] = {}
    same: dict[tuple[str, str, tuple[str, ...]], int] = {}  # (kind, name, aliases) seen first at
    none: frozenset[str] = frozenset()
    for i, m in enumerate(members):
        a = m.actor
        if a.kind not in MERGED_KINDS or i in split:
            keys_of.append(none)
            continue
        sig = (a.kind, a.name, a.aliases)
        first_seen = same.get(sig)
        if first_seen is not None:  # a name a corpus repeats: its keys are known, it joins at once
            keys_of.append(keys_of[first_seen])
            sets.union(first_seen, i)
            continue
        same[sig] = i
        ks = {normal_key(a.name)} | {normal_key(x) for x in a.aliases if not is_short_form(x, a.name)}
        ks.discard("")
        keys_of.append(frozenset(ks))
        for k in ks:
            first = owner.setdefault((a.kind, k), i)
            if first != i:
                sets.union(first, i)

    # 2. short forms, people only, when exactly one fuller name fits
    short_notes: dict[int, str] = {}  # root of a short group -> why it was (not) joined
    groups = sets.groups()
    heads: dict[int, set[tuple[str, ...]]] = {}
    full_index: dict[tuple[str, tuple[str, ...]], set[int]] = defaultdict(set)
    for root, idx in groups.items():
        kind = members[root].actor.kind
        if kind not in SHORT_FORM_KINDS or root in split:
            continue
        heads[root] = {_tokens(members[i].actor.name) for i in idx} - {()}
        for i in idx:
            a = members[i].actor
            for name in (a.name, *a.aliases):
                t = _tokens(name)
                if is_short_form(name, a.name):  # the article itself said this short form is this actor
                    full_index[(kind, t)].add(root)
                    continue
                for k in range(1, len(t)):
                    full_index[(kind, t[:k])].add(root)
                    full_index[(kind, t[-k:])].add(root)
    candidates: dict[int, set[int]] = {}
    for root, hs in heads.items():
        kind = members[root].actor.kind
        found: set[int] | None = None
        for h in hs:
            fits = full_index.get((kind, h), set()) - {root}
            found = fits if found is None else found & fits
        if found:
            candidates[root] = found
    joins: list[tuple[int, int]] = []
    for root, found in sorted(candidates.items()):
        targets = sorted(found - set(candidates), key=lambda r: _group_label(members, groups[r]))
        head = _q(min((members[i].actor.name for i in groups[root]), key=lambda s: (normal_key(s), s)))
        if len(targets) == 1:
            joins.append((root, targets[0]))
            short_notes[root] = (f"{head} is a short form of {_q(_group_label(members, groups[targets[0]]))}, "
                                 f"the only such {members[root].actor.kind} in the corpus")
        elif len(targets) > 1:
            names = ", ".join(_q(_group_label(members, groups[t])) for t in targets[:3])
            more = f" and {len(targets) - 3} more" if len(targets) > 3 else ""
            short_notes[root] = f"{head} could be {names}{more}: not merged"
    for a, b in joins:
        sets.union(a, b)

    # 4. the user's merges (splits were kept out of the automatic joins above)
    user_merged: set[int] = set()
    for c in corrections:
        if c.action == "split":
            if c.a not in by_ref:
                problems.append(f"a split of {_q(c.a.name)} in {c.a.article} no longer matches an actor; kept in the "
                                "file")
            continue
        if c.a not in by_ref or c.b is None or c.b not in by_ref:
            missing = c.a if c.a not in by_ref else c.b
            assert missing is not None
            problems.append(f"a merge with {_q(missing.name)} in {missing.article} no longer matches an actor; kept "
                            "in the file")
            continue
        i, j = by_ref[c.a], by_ref[c.b]
        if members[i].actor.kind != members[j].actor.kind:
            problems.append(f"a merge of {_q(c.a.name)} ({c.a.kind}) and {_q(c.b.name)} ({c.b.kind}) joins two kinds; "
                            "ignored")
            continue
        if sets.find(i) != sets.find(j):
            user_merged |= {sets.find(i), sets.find(j)}
            sets.union(i, j)
    user_merged = {sets.find(r) for r in user_merged}

    speakers = {d.index: Counter(q.speaker for q in d.article.quotes if q.speaker) for d in docs
                if d.article is not None}
    by_index = {d.index: d for d in docs}
    names_in: dict[int, dict[str, str]] = {}
    cards = [_card(members, idx, keys_of, short_notes, split, sets.find(idx[0]) in user_merged, by_index, speakers,
                   names_in) for idx in sets.groups().values()]
    cards.sort(key=lambda c: (-len(c.docs), -c.quotes, -c.mentions, _KIND_ORDER.get(c.kind, 9), normal_key(c.name),
                              c.members[0].order))
    cards = [_with_id(c, f"c{k + 1}") for k, c in enumerate(cards)]
    card_of = {(m.doc, m.actor.id): k for k, c in enumerate(cards) for m in c.members}
    return MergeResult(cards, card_of, problems)


def _with_id(c: Card, cid: str) -> Card:
    from dataclasses import replace

    return replace(c, id=cid)


def _group_label(members: list[Member], idx: list[int], counts: Counter[str] | None = None) -> str:
    """The fullest name of a group: most words, then most articles, then the normal form's order."""
    if counts is None:
        counts = Counter(members[i].actor.name for i in idx)
    if len(counts) == 1:
        return next(iter(counts))
    return min(counts, key=lambda s: (-len(_tokens(s)), -counts[s], normal_key(s), s))


def _card(members: list[Member], idx: list[int], keys_of: list[frozenset[str]], short_notes: dict[int, str],
          split: set[int], by_user: bool, docs: dict[int, CorpusDoc], speakers: dict[int, Counter[str]],
          names_in: dict[int, dict[str, str]]) -> Card:
    ms = [members[i] for i in idx]  # members are numbered in article order, and so are groups
    counts = Counter(m.actor.name for m in ms)
    name = _group_label(members, idx, counts)
    names = (name, *sorted((s for s in counts if s != name), key=lambda s: (-counts[s], normal_key(s), s)))
    titles: dict[str, set[int]] = defaultdict(set)
    spelled: dict[str, Counter[str]] = defaultdict(Counter)
    affiliations: set[str] = set()
    quotes = mentions = 0
    for m in ms:
        a = m.actor
        for t in a.titles:
            k = normal_key(t)
            titles[k].add(m.doc)
            spelled[k][t] += 1
        if a.affiliation:
            if m.doc not in names_in:
                art = docs[m.doc].article
                assert art is not None
                names_in[m.doc] = {x.id: x.name for x in art.actors}
            affiliations.add(names_in[m.doc].get(a.affiliation, a.affiliation))
        quotes += speakers[m.doc].get(a.id, 0)
        mentions += len(a.mentions)
    title_list = tuple((min(spelled[k], key=lambda s: (-spelled[k][s], s)), tuple(sorted(titles[k])))
                       for k in sorted(titles, key=lambda k: (-len(titles[k]), k)))
    doc_ids = tuple(sorted({m.doc for m in ms}))
    why = _why(members, idx, ms, keys_of, short_notes, split, by_user, names)
    return Card("", name, ms[0].actor.kind, tuple(ms), names, title_list, tuple(sorted(affiliations)), doc_ids,
                quotes, mentions, why)


def _why(members: list[Member], idx: list[int], ms: list[Member], keys_of: list[frozenset[str]],
         short_notes: dict[int, str], split: set[int], by_user: bool, names: tuple[str, ...]) -> str:
    """What joined the members, in words (sorted, so the same card always says the same)."""
    kind = ms[0].actor.kind
    articles = len({m.article for m in ms})
    notes = sorted({short_notes[i] for i in idx if i in short_notes})
    if len(ms) == 1:
        m = ms[0]
        own = m.actor.why or "recognised by the parser"
        if kind not in MERGED_KINDS:
            return f"{own}; an unnamed source or group is never merged across articles"
        if idx[0] in split:
            return f"{own}; split off by you"
        return "; ".join([own, *notes])
    reasons: list[str] = []
    shared: Counter[str] = Counter()
    for i in idx:
        shared.update(keys_of[i])
    # each member's normal forms once (a card of a corpus-wide actor has 1,000s of members)
    normal = [(m.article, _nkey(m.actor.name), m.actor.name, [(_nkey(x), x) for x in m.actor.aliases]) for m in ms]
    for k in sorted(k for k, c in shared.items() if c > 1):
        as_name = {art for art, nk, _, _ in normal if nk == k}
        as_alias = {art for art, nk, _, al in normal if nk != k and any(ak == k for ak, _ in al)}
        written = sorted({name for _, nk, name, _ in normal if nk == k}
                         | {x for _, _, _, al in normal for ak, x in al if ak == k})
        label = " / ".join(_q(w) for w in written[:3])
        if len(written) > 1:
            label += " (one normal form)"
        where = []
        if as_name:
            where.append(f"the name in {len(as_name)}")
        if as_alias:
            where.append(f"an alias in {len(as_alias)}")
        reasons.append(f"{label}: {' and '.join(where)}")
    reasons += notes
    if by_user:
        reasons.append("merged by you")
    head = f"{articles} article{'s' * (articles != 1)}"
    return f"{head}: " + "; ".join(reasons) if reasons else head

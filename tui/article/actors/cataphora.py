"""A speaker introduced by role, then named: "وقال مدير هيئة الموانئ إن …" and, a
sentence later, "وقال سامي الخطيب …" with no title of his own.

News text often gives a speaker's office first and the name after it.  When an unnamed
source described by a role noun in construct speaks, and the next person the article
names (with nothing but the role in between) is a speaker with no title, introduced by
a full name within the next two sentences, the role is that person's: the source's card joins the
person's, its description becomes the person's title, and its quotes become theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..doc.normal import key
from ..doc.tokens import comma, plain
from ..lexicon import load, phrase_at, phrase_index
from .board import Board, Card
from .proposals import anonymous_words, kin_nouns, one_of_a_plural, owner_of_a_thing, people_nouns
from .words import Words

_REACH = 2  # sentences after the role's last mention in which the person may be named


def name_roles(board: Board, words: Words, speakers: Iterable[tuple[int, Card]]) -> dict[int, Card]:
    """Merge each role card into the person it introduces; ``speakers`` are (token, card)
    of every attributed quote.  Returns the merged role cards' numbers → the person."""
    speaking: dict[int, list[int]] = {}
    for at, card in speakers:
        speaking.setdefault(card.n, []).append(at)
    people = sorted(((min(m.t0 for m in c.names()), c) for c in board.live() if c.kind == "person" and c.names()),
                    key=lambda x: x[0])
    merged: dict[int, Card] = {}
    for role in [c for c in board.live() if c.kind == "anonymous" and c.n in speaking]:
        person = _named_as(board, words, role) or _introduced(board, words, role, people, speaking)
        if person is None:
            continue
        first = min(role.mentions, key=lambda m: m.start)
        person.add_title(first.surface)
        for m in role.mentions:
            m.role = "reference"
        board.merge(role, person)
        person.add_why("named after the role it was introduced by")
        merged[role.n] = person
    return merged


def _named_as(board: Board, words: Words, role: Card) -> Card | None:
    """"وقال أحد المتظاهرين، ويدعى X،": a person named by a naming word right after the
    description (`naming_words` in anonymous.toml)."""
    naming = anonymous_words("naming_words")
    for m in role.names():
        k = m.t1
        if k + 1 < words.n and words.toks[k].norm in naming and words.joined(k + 1):
            person = board.card_at(k + 1)
            if person is not None and person.kind == "person":
                return person
        # "سيدة في الثلاثينات عرفت نفسها باسم X": a few words on, a phrase naming the person
        for j in range(m.t1, min(words.n, m.t1 + _PHRASE_REACH)):
            phrase = phrase_at(words.toks, j, _naming_phrases())
            end = j + len(phrase) if phrase is not None else words.n
            if end < words.n:
                person = board.card_at(end)
                if person is None:  # the name written there only, its card made from a later mention
                    person = next((c for c in board.live() if c.kind == "person" and any(
                        x.key == key(words.toks[end].norm) for x in c.names())), None)
                return person if person is not None and person.kind == "person" else None
    return None


_PHRASE_REACH = 4  # words between a description and the phrase that names the person


@cache
def _naming_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrase_index(load("anonymous")["naming_phrases"])


def _introduced(board: Board, words: Words, role: Card, people: list[tuple[int, Card]],
                speaking: dict[int, list[int]]) -> Card | None:
    names = role.names()
    if not names:
        return None
    first = min(names, key=lambda m: m.t0)
    # "المسؤول": a back-reference, not an office — unless the person named next holds that office
    # by a title of their own ("وقال الوزير …" then "وأوضح وزير الزراعة X")
    one_word = any(m.t1 - m.t0 < 2 for m in names)
    spokesman = first.t0 + 1 < words.n and words.toks[first.t0 + 1].norm == "باسم"
    if not words.is_(first.t0, "title", bare=True) or (words.is_(first.t0, "anon", bare=True) and not spokesman):
        return None  # an office ("مدير الهيئة"، "متحدث باسم الوزارة"), not a source noun ("مصدر في الوزارة")
    if words.toks[first.t0].norm in kin_nouns():
        return None  # "والدة الطفل": a relative of someone in the story, no office a name will fill
    last = max(m.t1 for m in role.mentions)
    sent = words.toks[last - 1].sent
    head = words.toks[first.t0].norm
    for start, person in people:
        if start < last:
            if start >= first.t0:
                return None  # a person named inside or between the role's mentions
            continue
        same_office = _same_office(words, person, first.t0, first.t1)
        if one_word and not same_office:
            return None
        if words.toks[start].sent - sent > _REACH or not (same_office or _untitled(words, person, head)) or (
                person.n not in speaking):
            return None  # only the very next person named can be the role's holder
        if min(person.names(), key=lambda m: m.t0).t1 - start < 2:
            return None  # "وقال بوتين": a figure known by one name is no newcomer to introduce
        return person
    return None


def _same_office(words: Words, person: Card, t0: int, t1: int) -> bool:
    """The person holds a title of the same office as the role at tokens [t0, t1): the words of
    one hold the other's ("المدير التنفيذي للصندوق" and "المدير التنفيذي"; "الوزير" and "وزير
    الزراعة") — "مدير الهيئة" and "مدير المستشفى" are two offices."""
    role = {key(words.toks[k].norm).removeprefix("ال") for k in range(t0, t1)}
    for t in person.titles:
        held = {w.removeprefix("ال") for w in key(t).split()}
        if held and words.lexicon_has("title", key(t).split()[0]) and (held <= role or role <= held):
            return True
    return False


def _untitled(words: Words, person: Card, head: str) -> bool:
    """No title, or only a rank or an honorific ("وأضاف اللواء X"; "الوزير" is an office): no
    office of their own — but the role's own head word, definite, refers back to the office
    ("وقال وزير الزراعة إن …" … "وأضاف الوزير X"): the office the article gave before."""
    return all(len(t.split()) == 1 and (key(t).removeprefix("ال") == head or (
        not words.lexicon_has("title", key(t)) and (
            words.lexicon_has("rank", key(t)) or words.lexicon_has("honorific", key(t))))) for t in person.titles)


def named_descriptions(board: Board, words: Words) -> None:
    """"جلس حارس ستيني يدعى X"، "وأوضح صاحب محل في السوق يدعى Y أن": an indefinite description
    right before a naming word (`naming_words` in anonymous.toml) and the person it names there
    — the description is that person's title."""
    naming = anonymous_words("naming_words")
    toks = words.toks
    for k in range(1, words.n - 1):
        if toks[k].norm not in naming or not words.joined(k + 1) or not (plain(toks[k].gap) or comma(toks[k].gap)):
            continue  # ("أحد المصابين، | ويدعى X": the naming word may open an aside)
        m = board.owner[k + 1]
        person = board.card_at(k + 1)
        if person is None or person.kind != "person" or m is None or m.t0 != k + 1:
            continue
        start = None
        for j in range(k - 1, max(-1, k - _DESCRIPTION_REACH), -1):
            if _describes_someone(words, j):
                start = j  # the earliest head of the run: "صاحب | مخبز في الحي"، not "مخبز"
            elif words.reporting(j) is not None or (
                    words.is_(j, "stop", "never", bare=True) and toks[j].norm not in _INSIDE) or (
                    (c := board.card_at(j)) is not None and c.kind == "person") or (
                    toks[j].norm[0] in "يت" and 4 <= len(toks[j].norm) <= 6):
                break  # (a present verb before the description: "يقلّب | مزارع …")
            if not plain(toks[j].gap):
                break
        if start is not None:
            person.add_title(board.surface(start, k, words.proclitic_cut(start)))


_DESCRIPTION_REACH = 9  # words of a description before its naming word
_INSIDE = frozenset(["في", "من", "لدي", "داخل"])  # prepositions inside a description ("صاحب مخبز | في الحي")


def _describes_someone(words: Words, j: int) -> bool:
    """Token j is an indefinite noun for a person: a role, a source, a person of the story, an
    owner of something, or a relative."""
    t = words.toks[j]
    if t.definite:
        return False
    if one_of_a_plural(words, j):
        return True  # "أحد المصابين"، "إحدى العاملات": one of the people a definite plural names
    return words.is_(j, "title", "title_possessive", "anon") or any(
        f in people_nouns() or f in kin_nouns() for f, _ in t.readings) or owner_of_a_thing(words, j)

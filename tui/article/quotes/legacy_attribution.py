"""Choosing the speaker of a quote from the actor cards (separate from span finding).

Given where the cue's subject may stand (``region``), the cue itself, and the speakers of
earlier quotes, pick an actor id and say why:

- an explicit subject after the verb: "وقال مسؤول فرنسي"، "قالت المتحدثة باسم …، أدريان واتسون"
  (a person or unnamed source wins over the organisation named inside a title);
- a back-reference by title or description: "وقال مساعد وزير الخارجية"، "وقال الدبلوماسي";
- a subject before the verb: "مصطفى نياس، قال"، "أما الرئيس عبد الله واد، فقد … قال";
- the antecedent of a relative clause: "رفسنجاني الذي قال إن"، "الفيدرالية، التي تقول إنها";
- continuation: "وأضاف"، "مضيفة"، "وقال سعادته" → the latest speaker agreeing with the verb.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import lexicon
from ..model import Actor
from .cues import MASDAR, Cue
from .legacy_text import normalize

SPEAKING_KINDS = ("person", "anonymous", "organization", "group")
# Words that open an adjunct rather than a subject right after the verb.
_ADJUNCT = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["adjunct"])
# Honorifics before a name; a suffixed one ("سعادته"، "سموه") is a pronoun subject.
_HONORIFIC = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["honorific"])
_PRONOUN_SUBJECT = re.compile(r"^(?:سعادت|معالي|فخامت|سمو|حضرت|دولت)(?:ه|ها)$|^(?:هو|هي|هم)$")
_RELATIVE = {"الذي": ("m", "sg"), "التي": ("f", "sg"), "الذين": ("m", "pl"), "اللذين": ("m", "du"),
             "اللتين": ("f", "du"), "اللواتي": ("f", "pl"), "اللاتي": ("f", "pl")}
_MALE_TA = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["male_ta"])
_WORD = re.compile(r"\w+")
_AUDIENCE = re.compile(r"(?:^|[\s،,])ل[ـ]?\s?[\"«“]?$")
# a "mention" that is a prepositional filler, never a subject ("بالقول"، "للصحفيين")
_NOT_NAME = re.compile(r"^(?:بال|لل)\w+$")


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    actor: Actor


class Mentions:
    """Every actor mention, sorted, for range look-ups."""

    def __init__(self, actors: Sequence[Actor]):
        ms = sorted((Mention(s, e, a) for a in actors for s, e in a.mentions), key=lambda m: (m.start, -m.end))
        self.items = ms
        self.starts = [m.start for m in ms]
        self.actors = {a.id: a for a in actors}
        # gender and number learnt from the text: "وقالت ليلى" makes ليلى feminine
        self.learned: dict[str, tuple[str, str]] = {}

    def add(self, actor: Actor, span: tuple[int, int]) -> Actor:
        """Record a mention (a new card, or a new mention of a card); returns the card as stored."""
        old = self.actors.get(actor.id, actor)
        if span not in old.mentions:
            old = replace(old, mentions=tuple(sorted((*old.mentions, span))))
        self.actors[actor.id] = old
        m = Mention(span[0], span[1], old)
        i = bisect.bisect_left(self.starts, m.start)
        self.items.insert(i, m)
        self.starts.insert(i, m.start)
        self.items = [Mention(x.start, x.end, self.actors[x.actor.id]) for x in self.items]
        return old

    def learn(self, actor: Actor, cue: Cue | None) -> None:
        if cue is not None and cue.gender and cue.person == 3 and actor.kind == "person":
            self.learned.setdefault(actor.id, (cue.gender, cue.number))

    def within(self, a: int, b: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.items) and self.items[i].start < b:
            if self.items[i].end <= b:
                out.append(self.items[i])
            i += 1
        return out

    def ending_before(self, pos: int, lo: int) -> list[Mention]:
        """Mentions inside [lo, pos), nearest to pos first."""
        return sorted(self.within(lo, pos), key=lambda m: -m.end)


def gender(actor: Actor) -> tuple[str | None, str | None]:
    """(gender, number) of an actor as a verb would agree with it; None where unsure."""
    head = ""
    if actor.kind == "person":
        for t in actor.titles:
            w = normalize(t).split()
            if w:
                head = w[0]
                break
        if head.endswith("ه") and head not in _MALE_TA:
            return "f", "sg"
        first = normalize(actor.name).split()
        if first and first[0].endswith("ه") and first[0] not in _MALE_TA:
            return "f", "sg"
        return "m", "sg"
    words = normalize(actor.name).split()
    head = words[0] if words else ""
    if actor.kind in ("anonymous", "group") and len(_strip_al(head)) >= 5 and head.endswith(("ون", "ين")):
        return "m", "pl"  # مسؤولون، محللين (not أمين)
    if head.endswith("ه"):
        return "f", "sg"
    return None, None


def agrees(cue: Cue, actor: Actor, learned: dict[str, tuple[str, str]] | None = None) -> bool:
    g, n = (learned or {}).get(actor.id) or gender(actor)
    if cue.gender is None or g is None:
        return True
    if cue.number == "pl" and n == "sg" and actor.kind == "person":
        return False
    if cue.number == "sg" and n == "pl":
        return False
    return cue.number != "sg" or n != "sg" or cue.gender == g


def _strip_al(w: str) -> str:
    for p in ("وال", "بال", "لل", "ال"):
        if w.startswith(p) and len(w) > len(p) + 1:
            return w[len(p):]
    return w


@lru_cache(maxsize=4096)
def _desc_words(d: str) -> list[str]:
    return [_strip_al(w) for w in _WORD.findall(normalize(d))]


def _bare(w: str) -> str:
    """A noun without its accusative ending: "مسؤولا" → "مسؤول"."""
    return w[:-1] if len(w) >= 4 and w.endswith("ا") else w


def _lead_words(text: str, a: int, b: int) -> list[str]:
    """The noun phrase at the start of [a, b): words up to the first comma or colon."""
    seg = re.split(r"[،,:؛(]", text[a:b], maxsplit=1)[0]
    return [_strip_al(w) for w in _WORD.findall(normalize(seg))]


def by_description(text: str, region: tuple[int, int], mentions: Mentions, before: int) -> Actor | None:
    """A back-reference by title or description: "وقال الدبلوماسي"، "وأضاف مساعد وزير الخارجية"."""
    lead = []
    for w in _lead_words(text, *region):
        if w in _ADJUNCT or w in ("ايضا", "كذلك", "نفسه", "نفسها", "ذاته", "ذاتها", "نفسهم", "ذاتهم"):
            break  # "وأضاف المصدر نفسه": the same one
        if w not in _HONORIFIC:
            lead.append(w)
    if not lead:
        return None
    best: tuple[int, Actor] | None = None
    for actor in mentions.actors.values():
        if actor.kind not in ("person", "anonymous"):
            continue
        descs = list(actor.titles) + ([actor.name, *actor.aliases] if actor.kind == "anonymous" else [])
        for d in descs:
            dw = _desc_words(d)
            k = 1 if actor.kind == "anonymous" else min(len(dw), len(lead))
            need = 1 if actor.kind == "anonymous" or len(dw) == 1 or len(lead) == 1 else 2
            if k >= need and [_bare(w) for w in dw[:k]] == [_bare(w) for w in lead[:k]]:
                last = max((s for s, _ in actor.mentions if s < before), default=-1)
                if last < 0:
                    break  # a back-reference refers back: this one is only named later
                if best is None or last > best[0]:
                    best = (last, actor)
                break
    if best is None and len(lead) <= 2 and lead[0] in _heads("titles", "heads"):
        # "كما أكد الوزير": the person last named right after that title in the text
        for m in mentions.within(0, before):
            if m.actor.kind != "person":
                continue
            near = [_strip_al(w) for w in _WORD.findall(normalize(text[max(0, m.start - 40) : m.start]))]
            if lead[0] in near and all(w in near for w in lead[1:]) and (best is None or m.start > best[0]):
                best = (m.start, m.actor)
    return best[1] if best else None


_APPOSITION = re.compile(r"\s*[،,]\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*(?=[،,.:]|$)")


def next_id(mentions: Mentions) -> str:
    nums = [int(i[1:]) for i in mentions.actors if i[:1] == "a" and i[1:].isdigit()]
    return f"a{max(nums, default=0) + 1}"


def _apposition_name(text: str, after: int, limit: int, mentions: Mentions) -> Actor | None:
    """"… باسم وزارة الخارجية، فيدانت.": a short uncarded name set off by commas after a description."""
    m = _APPOSITION.match(text[:limit], after)
    if not m or mentions.within(m.start(1), m.end(1)):
        return None
    words = normalize(m.group(1)).split()
    if words[0].startswith("ال") or any(w in _NP_STOP or w in _HONORIFIC for w in words):
        return None
    if _strip_al(words[0]) in _heads("titles", "heads") | _heads("anonymous", "heads"):
        return None
    actor = Actor(next_id(mentions), m.group(1), "person", mentions=((m.start(1), m.end(1)),),
                  why="name in apposition after a description (carded by the quote stage)")
    return mentions.add(actor, (m.start(1), m.end(1)))


def _title_holder(anon: Actor, mentions: Mentions, before: int) -> Actor | None:
    """A person named earlier whose title this description repeats ("مساعد وزير الخارجية")."""
    words = [_strip_al(w) for w in _WORD.findall(normalize(anon.name))]
    if len(words) < 2:
        return None
    best: tuple[int, Actor] | None = None
    for actor in mentions.actors.values():
        if actor.kind != "person":
            continue
        first = actor.mentions[0][0] if actor.mentions else before
        if first >= before:
            continue
        for t in actor.titles:
            tw = _desc_words(t)
            if tw[: len(words)] == words and (best is None or first > best[0]):
                best = (first, actor)
    return best[1] if best else None


def explicit_subject(
    text: str, region: tuple[int, int], mentions: Mentions, cue: Cue | None
) -> tuple[Actor, str] | None:
    """The subject standing in ``region`` (between the cue and its complement), if any."""
    a, b = region
    if cue is not None and cue.lemma == "نقل":
        # "نقلت الوكالة عن المسؤول أن …": the source is the one after عن
        m = re.search(r"(?<!\w)عن\s", text[a:b])
        if m:
            a += m.end()
    words = _WORD.findall(normalize(text[a:b]))
    if not words:
        return None
    if _PRONOUN_SUBJECT.match(words[0]):
        return None  # "وقال سعادته": a pronoun, resolved by continuation
    adjunct_first = words[0] in _ADJUNCT or words[0].startswith("لل") or words[0] in ("ل", "ب")
    cands = [
        m
        for m in mentions.within(a, b)
        if (m.actor.kind in SPEAKING_KINDS or m.actor.kind == "place")
        and not _NOT_NAME.match(text[m.start : m.end])
        and not (m.start > a + 1 and _AUDIENCE.search(text, max(0, m.start - 4), m.start))  # 'وقال لـ"الشرق"
    ]
    people = [m for m in cands if m.actor.kind in ("person", "anonymous")]
    if cands and cands[0].actor.kind in ("person", "anonymous"):
        first = cands[0]
        if first.actor.kind == "anonymous":
            holder = _title_holder(first.actor, mentions, a)
            if holder is not None:
                return holder, "back-reference by title"
            # "نائب المتحدث باسم الوزارة، فيدانت": the description, then the name in apposition
            nxt = next((m for m in people if m.start >= first.end), None)
            if nxt and nxt.actor.kind == "person" and not text[first.end : nxt.start].strip(" ،,"):
                return nxt.actor, "named after the title"
            named = _apposition_name(text, first.end, b, mentions)
            if named is not None:
                return named, "named after the title (carded by the quote stage)"
        return first.actor, "explicit subject after the cue"
    if adjunct_first:
        return (people[0].actor, "explicit subject after an adjunct") if people else None
    lead_text = text[a : cands[0].start] if cands else text[a:b]
    lead = [w for w in _WORD.findall(normalize(lead_text)) if w not in _HONORIFIC]
    if cands and not lead:
        return cands[0].actor, "explicit subject after the cue"
    described = by_description(text, region, mentions, a)
    if described is not None:
        return described, "back-reference by title or description"
    if people and lead and _strip_al(lead[0]) in _org_heads():
        # "وكان مكتب المبعوث الأممي إلى اليمن هانس غروندبرغ قد أعلن": the office speaks, not the envoy
        end = people[0].start
        while end > a and not text[end - 1].isalnum():
            end -= 1
        start = a + len(text[a:end]) - len(text[a:end].lstrip())
        if end - start > 3:
            actor = Actor(next_id(mentions), text[start:end], "organization", mentions=((start, end),),
                          why="body whose title names a person (carded by the quote stage)")
            return mentions.add(actor, (start, end)), "the body heading the subject"
    if people:
        return people[0].actor, "named after the title"
    if lead and _strip_al(lead[0]) in _heads("titles", "heads") | _heads("anonymous", "heads"):
        return None  # "وقال المتحدث باسم التحالف": a person behind the title, not the body itself
    if cands and cands[0].actor.kind != "place":
        return cands[0].actor, "organisation named in the subject"
    return None


def subject_before(
    text: str, cue: Cue, sent_start: int, mentions: Mentions, floor: int
) -> tuple[Actor, str] | None:
    """A subject placed before the verb: "X، قال"، "أما X، فقد … قال"، "X الذي قال".
    ``floor``: where the previous quote of the sentence ended (its words are not subjects)."""
    lo = max(sent_start, floor)
    before = text[lo : cue.start]
    words = _WORD.findall(normalize(text[sent_start : cue.start]))
    # relative clause: "… رفسنجاني الذي قال إن" (the antecedent may sit inside an earlier quote)
    if words and words[-1] in _RELATIVE and not cue.suffix:
        g, n = _RELATIVE[words[-1]]
        if cue.gender in (None, g) and cue.number == n:
            near = mentions.ending_before(cue.start, max(sent_start, cue.start - 120))
            near = [m for m in near if m.actor.kind in SPEAKING_KINDS or m.actor.kind == "place"]
            if near:
                return near[0].actor, "antecedent of the relative clause"
    if cue.prefix:
        return None
    # "X، قال" / "المعارضة تقول": a mention right before the verb, maybe after a comma
    tail = before.rstrip()
    near = mentions.ending_before(cue.start, max(lo, cue.start - 60))
    if near and near[0].actor.kind in SPEAKING_KINDS and not text[near[0].end : cue.start].strip():
        return near[0].actor, "subject before the cue"
    if tail.endswith(("،", ",")):
        near = mentions.ending_before(cue.start, lo)
        if near and near[0].actor.kind in SPEAKING_KINDS and not text[near[0].end : cue.start].strip(" ،,"):
            return near[0].actor, "subject before the cue"
    # "أما X، ف…": the topic of the clause
    m = re.search(r"(?<!\w)أما\s", before)
    if m:
        for mm in mentions.within(lo + m.end(), cue.start):
            if mm.actor.kind in SPEAKING_KINDS:
                return mm.actor, "topic of أما … ف"
    # sentence opening with its subject: "مرشحو المعارضة … طالبوا"
    if lo == sent_start:
        first = [mm for mm in mentions.within(lo, cue.start) if mm.actor.kind in SPEAKING_KINDS]
        if first and len(_WORD.findall(text[lo : first[0].start])) <= 1 and agrees(cue, first[0].actor):
            return first[0].actor, "subject opening the sentence"
    return None


def continuation(
    cue: Cue | None, history: Sequence[tuple[int, str]], mentions: Mentions, pos: int
) -> tuple[Actor, str] | None:
    """The latest earlier speaker agreeing with the verb ("وأضاف"، "مضيفة"، "وقال إنهم")."""
    for _, sid in reversed(history):
        actor = mentions.actors.get(sid)
        if actor is None:
            continue
        if cue is None or agrees(cue, actor, mentions.learned):
            return actor, "continues the previous speaker"
    if cue is not None and cue.kind == MASDAR:
        near = [m for m in mentions.ending_before(pos, max(0, pos - 80)) if m.actor.kind in ("person", "anonymous")]
        if near:
            return near[0].actor, "source named before the verbal noun"
        return None
    if not history:
        # nobody has spoken yet: the person last named before, in the sentences just before
        near = [m for m in mentions.ending_before(pos, max(0, pos - 300)) if m.actor.kind in ("person", "anonymous")]
        near = [m for m in near if cue is None or agrees(cue, m.actor, mentions.learned)]
        if near:
            return near[0].actor, "the person named just before"
    return None


# ------------------------------------------------------------------ cards the actor stage missed
_NP_STOP = frozenset(normalize(w) for w in lexicon.load("reporting_verbs")["words"]["np_stop"]) | _ADJUNCT
# definite nouns that speak without being people or bodies the lexicons know
_NOT_PERSON = frozenset(
    _strip_al(normalize(w)) for w in lexicon.load("reporting_verbs")["words"].get("not_person", [])
)
_NP_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[^\w\s]")


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    return _heads("organizations", "strong") | _heads("organizations", "weak") | frozenset(["مكتب"])


@lru_cache(maxsize=64)
def _heads(name: str, key: str) -> frozenset[str]:
    try:
        words = lexicon.load(name).get(key, [])
    except (FileNotFoundError, OSError, ValueError):
        words = []
    return frozenset(_strip_al(normalize(w)) for w in words if " " not in w)


def subject_phrase(text: str, region: tuple[int, int]) -> tuple[int, int] | None:
    """The noun phrase opening ``region`` (1 to 4 words, up to a comma, a preposition or
    an adjunct), or None when the region does not open with one."""
    words: list[re.Match[str]] = []
    for m in _NP_WORD.finditer(text, *region):
        w = normalize(m.group())
        name_ali = m.group() == "علي"  # the name, not the preposition على (both fold to علي)
        genitive_of_title = bool(words) and _strip_al(normalize(words[0].group())) in _heads("titles", "heads")
        if w.startswith("لل") and genitive_of_title:
            words.append(m)  # "الأمين العام للنقابة المستقلة": the title's complement
            continue
        if not w or not w[0].isalpha() or (w in _NP_STOP and not name_ali) or w.startswith(("بال", "لل")):
            break
        if len(w) == 1:
            break  # a detached proclitic ("لـ"، "بـ") opens a prepositional phrase
        if not words and (_PRONOUN_SUBJECT.match(w) or w in _HONORIFIC):
            if w in _HONORIFIC:
                continue
            return None
        words.append(m)
        if len(words) > (6 if genitive_of_title else 4):
            return _unnamed_source(words)
    if not words:
        return None
    return words[0].start(), words[-1].end()


_SOURCE_ADJ = frozenset(normalize(w) for w in ("مطلع", "مطلعة", "مطلعون", "رفيع", "رفيعة", "مقرب", "مقربة", "مقربون",
                                               "بارز", "بارزة", "سابق", "سابقة", "كبير", "كبيرة", "موثوق", "خاص"))


def _unnamed_source(words: list[re.Match[str]]) -> tuple[int, int] | None:
    """"مصدر مصرفي تحدث شريطة …": an unnamed-source head and its adjectives, when the phrase runs on."""
    if _strip_al(normalize(words[0].group())) not in _heads("anonymous", "heads"):
        return None
    end = 1
    while end < min(len(words), 3):
        w = normalize(words[end].group())
        if not (w.endswith(("ي", "يه", "يون", "يين")) or w in _SOURCE_ADJ):
            break
        end += 1
    return words[0].start(), words[end - 1].end()


def _named_body(text: str, head: str, mentions: Mentions, before: int) -> Actor | None:
    """The organisation last named before ``before`` whose name, or the word just before one
    of its mentions, is ``head`` (منظمة، وزارة، حركة …)."""
    best: tuple[int, Actor] | None = None
    for actor in mentions.actors.values():
        if actor.kind not in ("organization", "group"):
            continue
        first = _desc_words(actor.name)[0] if _desc_words(actor.name) else ""
        k = bisect.bisect_left(actor.mentions, (before, 0))
        for s, _ in actor.mentions[max(0, k - 3) : k]:  # its last few mentions before
            lead = re.findall(r"\w+", normalize(text[max(0, s - 16) : s]))
            named = first == head or (lead and _strip_al(lead[-1]) == head)
            if named and (best is None or s > best[0]):
                best = (s, actor)
    return best[1] if best else None


def card_for_subject(
    text: str, region: tuple[int, int], mentions: Mentions, new_id: str, people_only: bool = False
) -> tuple[Actor, str] | None:
    """A card for a reporting verb's subject the actor stage did not card ("وقال رئيس الجامعة"،
    "وقالت ليلى حداد"): an existing card when the phrase is its name or surname, else a new one."""
    span = subject_phrase(text, region)
    if span is None:
        return None
    phrase = text[span[0] : span[1]]
    words = normalize(phrase).split()
    for actor in list(mentions.actors.values()):
        for n in (actor.name, *actor.aliases):
            nw = normalize(n).split()
            if nw == words or (actor.kind == "person" and len(nw) > len(words) and nw[-len(words) :] == words):
                return mentions.add(actor, span), "subject matched to a card by its name"
    head = _strip_al(words[0])
    head_m = head[:-1] if head.endswith("ه") else head  # نائبة → نائب
    if head in _heads("anonymous", "heads") or head_m in _heads("titles", "heads") or head in _heads("titles", "heads"):
        kind = "anonymous"
    elif len(_strip_al(words[0])) >= 5 and words[0].endswith(("ون", "يون")):
        kind = "anonymous"  # a group of people: "المفتشون الدوليون"، "المتظاهرون"
    elif head in _heads("organizations", "strong") or head in _heads("organizations", "weak") or head in _heads(
        "organizations", "media"
    ):
        kind = "organization"
        if len(words) == 1:
            # "وقالت المنظمة": the body of that kind named last ("منظمة "هيومن رايتس ووتش"")
            body = _named_body(text, head, mentions, span[0])
            if body is not None:
                return mentions.add(body, span), "back-reference to the body named before"
    elif people_only:
        return None  # after a verb that takes an object, only a title, a body or a source noun is its subject
    elif len(words) >= 2 and not words[0].startswith("ال"):
        kind = "person"
    elif len(words) == 1 and words[0].startswith("ال") and head not in _NOT_PERSON and head.endswith("ي"):
        kind = "person"  # a family name alone, mostly a nisba: "وقال السبسي إن"، "الحريري"
    else:
        return None
    actor = Actor(new_id, phrase, kind, mentions=(span,),
                  why="subject of a reporting verb (carded by the quote stage)")
    actor = mentions.add(actor, span)
    # the same phrase elsewhere in the text (a whole word, maybe after a proclitic: "للمعارضة")
    for m in re.finditer(r"(?<![^\W\d_وفبلك])" + re.escape(phrase) + r"(?!\w)", text):
        if (m.start(), m.end()) != span:
            actor = mentions.add(actor, (m.start(), m.end()))
    return actor, "subject carded by the quote stage"

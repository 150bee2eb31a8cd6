"""People: where a name starts, how far it runs, and whether it is one.

Candidates come from the tagger's PERS spans and from cues the rules know: a title phrase
right before ("وزير الخارجية الأمريكي …"), a reporting verb right before ("قال …"), a given
name or a name particle (بن، أبو، عبد + a divine name).  A candidate runs over the words
the tagger keeps inside the name and over name particles.  It is accepted on the tagger's
confidence, or on a cue together with some support from the tagger or the name lexicon;
closed-class words, roles and verbs of speech never open a name unless the tagger is sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..doc.normal import key
from ..doc.tokens import Token, aside_dash, comma, plain, readings
from ..lexicon import load, word_set
from ..lexicon.index import lexicon
from ..models.common import common_words
from ..quotes.cues import VERB
from . import proposals, titles
from .board import Board
from .registry import Registry
from .words import NAME_CLASSES, POSSESSIVE, RARE_NAME_CLASSES, TYPES, Words, prepositions

_NASAB = frozenset(["بن", "ابن", "بنت", "ولد", "منت"])  # "son/daughter of" before the father's name
_MAX = 9  # words in a name (a nasab chain: "X بن Y بن Z آل W" runs long)
_INSIDE_P = 0.35  # the tagger's probability that keeps a word inside a name
_SURE = 0.9  # a lone word the tagger is this sure of is a name
_SURE_INSIDE = 0.7  # ... and that keeps a common definite word inside a full name
_STOP_INSIDE = ("stop", "never", "title", "rank", "honorific", "title_modifier", "title_stop", "nationality",
                "country", "capital", "month", "weekday", "org_head", "media_head", "anon", "reporting")


@dataclass(slots=True)
class Candidate:
    t0: int
    t1: int
    cut: int
    score: float
    why: list[str]


def spans(words: Words, typ: str) -> list[tuple[int, int]]:
    """The tagger's best-path spans of one type (every type's found in one pass over the
    labels and kept for the document: a span is open for one type at a time)."""
    memo = words.memo("tagger_spans")
    got = memo.get(typ)
    if got is None:
        out: dict[str, list[tuple[int, int]]] = {t: [] for t in TYPES}
        start = None
        inside = ""  # the label that continues the open span
        labels = words.tagging.labels if words.tagging is not None else ["O"] * words.n  # type: ignore[attr-defined]
        for i, lab in enumerate([*labels[: words.n], "O"]):
            if start is not None and lab != inside:
                out[inside[2:]].append((start, i))
                start = None
            if lab[0] == "B" or (lab[0] == "I" and start is None):
                start, inside = i, "I-" + lab[2:]
        memo.update(out)
        got = out[typ]
    return got


def _joined_spans(words: Words) -> list[tuple[int, int]]:
    """The tagger's person spans, two that touch with only white space between made one where
    the first opens with a given name ("X Y | Z W" → "X Y Z W"): no name follows another
    unmarked, so the tagger split one name."""
    out: list[tuple[int, int]] = []
    for a, b in spans(words, "PERS"):
        t = words.toks[a]
        if out and out[-1][1] == a and words.joined(a) and not aside_dash(t.gap) and b - out[-1][0] <= 5 and not (
                t.norm.startswith("و") and len(t.readings) > 1) and (
                _given(words, out[-1][0]) or _divine_compound(words, out[-1][0])):  # (not "الرياضي | X Y")
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _and_definite(words: Words, j: int) -> bool:
    """Token j is و + a definite word that is no name whole: a name's word never opens with
    the conjunction and the article, so a second person or noun is coordinated there."""
    w = words.toks[j].norm
    return w.startswith("وال") and len(w) > 5 and not words.bare[j] & NAME_CLASSES


def _particle(words: Words, i: int) -> bool:
    return words.is_(i, "particle", bare=True)


_GIVEN_OR_FIRST = frozenset({"given", "compound_first"})


def _given(words: Words, i: int) -> bool:
    # words.is_(i, "given", "compound_first") and not words.is_(i, "given_ambiguous", bare=True), read directly
    if 0 <= i < words.n and not words.any[i].isdisjoint(_GIVEN_OR_FIRST) and "given_ambiguous" not in words.bare[i]:
        return True
    return words.divine_compound_glued(i)  # "عبدالرحمن": عبد + a divine name written as one word




def given_name(words: Words, i: int) -> bool:
    """Token i is a given name: listed, or عبد glued to a divine name ("عبدالعزيز")."""
    return _given(words, i)


def _title_in_construct(words: Words, j: int) -> bool:
    """An indefinite role noun governing the definite word after it ("مفتي المدينة"، "قاضي
    المحكمة"): a title, though the role's word is a family name too — unless that definite
    word is one only a family name can be and the clause breaks after it ("X Y | مرشد
    الZي،"): a role governs a place, a body or a thing, and the word is then the grandfather's."""
    if not (words.is_(j, "title", bare=True) and not words.toks[j].definite and j + 1 < words.n
            and words.joined(j + 1) and words.toks[j + 1].definite):
        return False
    return not (words.is_(j, "given", "given_rare", "surname", bare=True) and _unknown_definite(words, j + 1)
                and _breaks_at(words, j + 2))


def _given_chain_to_family(board: Board, words: Words, i: int, j: int) -> int:
    """The end of one or two listed given names from token j (a father's and grandfather's,
    whatever else the words are: "علي"، "خلف") closed by a definite listed family name, after
    the given name at token i; j where the chain is not there."""
    if not words.is_(i, "given", bare=True) or words.toks[i].definite:
        return j
    m = j
    while m < words.n and m - j < 2 and board.owner[m] is None and words.joined(m) and (
            words.is_(m, "given", bare=True) and not words.toks[m].definite and words.toks[m].norm[:1] != "و"
            and len(words.toks[m].norm) >= 3 and not words.is_(m, "never", bare=True)):
        m += 1
    if m == j or m >= words.n or board.owner[m] is not None or not words.joined(m):
        return j
    t = words.toks[m]
    if t.definite and words.is_(m, "surname", "surname_rare", bare=True) and t.norm not in common_words() and (
            not words.is_(m, "nationality", "title", "stop", "never", bare=True)):
        return m + 1
    return j


def _family_nisba(words: Words, j: int) -> bool:
    """Token j is a definite nisba no everyday word or nationality writes ("الدهمي")."""
    t = words.toks[j]
    return t.definite and t.norm.endswith("ي") and len(t.norm) >= 5 and t.norm not in common_words() and not (
        words.is_(j, "nationality", "title", "stop", "never", "rank", bare=True))


def _unknown_definite(words: Words, j: int) -> bool:
    """Token j is a definite word no lexicon and no everyday text knows but as a name ("البطوش")."""
    t = words.toks[j]  # (not a plural or dual: "الأرقام" is in no list, "الهدفين" neither)
    return t.definite and len(t.norm) >= 6 and words.bare[j] <= NAME_CLASSES and not any(
        f in common_words() for f, _ in t.readings) and not t.norm.endswith(("ين", "ون", "ات", "ان"))


def _unknown(words: Words, j: int) -> bool:
    """A word the lexicons know only as a name, if at all ("لانتيري", "فالنتي")."""
    return words.bare[j] <= NAME_CLASSES and not words.toks[j].norm.isdigit()


_GIVEN_ANY = ("given", "given_m", "given_f", "given_rare", "given_x")


def extent(board: Board, words: Words, i: int, tag_end: int | None = None) -> int:
    """One past the last word of a name starting at token i: over the words the tagger keeps
    inside it, name particles (بن، أبو، آل), عبد + a divine name, and — right after a given
    name or a particle — a word the lexicons know only as a name or not at all."""
    j = i + 1
    while j < words.n and j - i < _MAX and board.owner[j] is None and words.joined(j):
        if aside_dash(words.toks[j].gap):
            break  # "معبر X - Y"، "بغداد - X": a dash with space around it joins two names, not one
        if words.toks[j].raw.endswith("ـ") and len(words.toks[j].norm) == 1:
            break  # "وصفته الوزيرة X | بـ«…»": a preposition set apart by a tatweel opens what follows
        if _li_and_a_word_of_the_story(words, j):
            break  # "يقول X | لزاجل": ل and a word the story writes alone elsewhere — whom X told
        if words.toks[j - 1].norm == "عبد":
            j += 1  # "عبد الأمير"، "عبد الملك": عبد and the word after it are one name, whatever that word is
            continue
        if words.toks[j].gap == "-" and not (words.is_(j, *_GIVEN_ANY, bare=True) and words.is_(
                j - 1, *_GIVEN_ANY, bare=True)) and not words.is_(j, "stop", "never", bare=True):
            j += 1  # "غروبر-ناغل": a hyphen with no space joins the parts of one compound family name
            continue  # (not two given names: "ماركس-لينين" pairs two people)
        if j + 1 < words.n and words.toks[j + 1].gap == "-" and not words.is_(j, "stop", "never", bare=True) and (
                not words.is_(j + 1, "stop", "never", bare=True)) and words.reporting(j) is None and not (
                words.toks[j].definite) and words.toks[j].norm.isalpha() and words.toks[j + 1].norm.isalpha():
            j += 1  # "X | كيت-نغام": a word a hyphen ties to the next is the first half of a compound
            continue  # family name, however unsure the tagger is of it
        if j == i + 1 and words.is_(i, "compound_first", bare=True) and words.is_(j, "divine", bare=True):
            j += 1  # "عوض الكريم"، "فضل الرحيم": a compound given name in a divine name, as with عبد
            continue
        if j == i + 2 and words.is_(i, "compound_first", bare=True) and (
                words.is_(i + 1, "divine", bare=True) or words.toks[i + 1].norm in _compound_seconds()) and (
                words.toks[j].definite and words.is_(j, "surname", bare=True) and words.bare[j] <= NAME_CLASSES):
            j += 1  # "عوض الكريم الطيب"، "سيف الدين الصافي": after a compound given name, the family's
            continue
        if (end := _given_chain_to_family(board, words, i, j)) > j:
            j = end  # "X علي خلف الجبوري": listed given names (one a word too) up to a listed family name
            continue
        if _units(words, i, j) == 1 and words.toks[j].norm in _regnal() and (
                words.is_(i, "given", bare=True) or words.toks[i].norm == "عبد"):
            j += 1  # "خالد الرابع"، "عبد الله الخامس": a regnal ordinal after a given name is the name's
            continue
        if words.is_(j, "compound_first", bare=True) and j + 1 < words.n and words.joined(j + 1) and (
                words.toks[j + 1].norm in _compound_seconds()) and words.is_(
                j - 1, "given", "surname", "given_rare", "surname_rare", bare=True) and (
                j - i >= 2 or words.toks[j + 1].norm == "الله"):
            # "X (Y) | دفع الله": a family name that is a compound in الله (or الدين، الرسول after two names)
            j += 2
            continue
        if words.wa_name(j) and words.bare[j - 1] <= NAME_CLASSES:
            j += 1  # "X Y وارفا": a family name that begins with و, written so again after a verb of speech
            continue
        if _wa_word_before_apposed_title(words, j):
            j += 1  # "قال X ونغسافان، وزير …": a foreign name's word that opens with و, the title set off after it
            break
        if _next_person(words, j) or _and_definite(words, j) or words.and_name_opener(j):
            break  # even where the tagger ran the two names together ("X | والعتيبي"، "أيت X | وأيت Y")
        inside = words.p_inside(j, "PERS")
        if j - 1 > i and words.toks[j - 1].raw == "آل" and words.toks[j].definite and not words.is_(
                j, "stop", "never", bare=True):
            j += 1  # "X آل الشيخ": after آل comes the family's name, though it be a rank's word
            continue
        if words.toks[j - 1].norm in _NASAB and words.toks[j].norm in _surname_honorifics():
            j += 1  # "X ولد الشيخ Y"، "X بن الحاج Y": after "son of", a rank's word is the father's name
            if j < words.n and words.joined(j) and board.owner[j] is None and (
                    _unknown(words, j) or words.is_(j, "given", bare=True)) and not words.is_(
                    j, *_STOP_INSIDE, bare=True):
                j += 1  # (and the name it opens: "الشيخ Y")
            continue
        if j - i >= 3 and words.toks[j - 2].raw in ("آل", "ال") and _common_definite(words, j):
            break  # "X بن Y آل Z | الوفد": آل and the family's name end a name; the word after is the verb's
        if j - i >= 2 and words.toks[j - 2].norm in _NASAB and words.toks[j].definite and words.toks[j].norm.endswith(
                ("ي", "يه")) and len(words.toks[j].norm) >= 5 and not words.is_(j, *_STOP_INSIDE, bare=True):
            j += 1  # "X بنت Y | الحجرية": after "son/daughter of" and the father's name, a nisba is the family's
            continue
        if (j == i + 2 or (j == i + 3 and words.toks[i + 1].norm == "عبد")) and _family_before_that(words, i, j):
            j += 1  # "الرائد X Y | العدوان | إن": two given names, then a family name that is a word too
            break
        if _closes_a_set_off_name(words, i, j):
            j += 1  # "، X الY،": a definite word that closes a name set off by commas is the family's
            break  # (a nationality, a rank or an honorific too: "X المصري"، "X الشيخ")
        if (inside < _SURE and j - i >= 2 and _common_definite(words, j)) or (
                inside < _SURE_INSIDE and _clause_word(words, j)):
            break  # "استقبل X Y الوفد"، "X بعودة"، "X رجلا": the name's clause goes on, not the name
        if _inflected_modifier(words, j):
            break  # "زوجتا X السابقتان": a role's adjective in the dual or plural, agreeing with a noun before
        if _marked_clause_word(words, j) or _possessed_noun(words, j):
            break  # "X ببالغ الأسى"، "X بيانا"، "X حديثه": a preposition, case ending or possessive no name carries
        if words.toks[j].definite and words.is_(j, "rank", bare=True) and j + 1 < words.n and words.joined(
                j + 1) and _given(words, j + 1):
            break  # "الملا X | الملا Y": a rank before a given name opens the next person, whatever the tagger
        if j - i >= 2 and _title_in_construct(words, j):
            break  # "X Y مفتي المدينة": a role in construct after a full name is its apposition
        if tag_end is not None and j < tag_end:
            j += 1
            continue
        if words.reporting(j) is not None:
            break
        compound = words.is_(i + 1, "compound_second", bare=True)
        if (j <= i + 2 or (j == i + 3 and compound)) and all(
                words.is_(k, "given", "given_f", "given_m", "given_rare")
                or (k > i and words.is_(k, "compound_second", bare=True)) for k in range(i, j)) and (
                _name_and_role(words, j)):
            j += 1  # "إبراهيم (خليل) الأمين | إن": a role's word that is also a name, with nothing of a title
            continue  # after it, after a given name or a given and a father's name (a compound one: "نور الدين")
        if words.is_(j - 1, "given") and j - 1 < i + 2 and _surname_honorific(words, j):
            j += 1  # "فهد يوسف الملا": an honorific that is a family name after a given name
            continue
        # "روس" is Russians and a surname: an indefinite nationality after a name may be its end
        surname_too = words.is_(j, "nationality") and words.is_(j, "surname") and not words.toks[j].definite
        if words.is_(j, *_STOP_INSIDE, bare=True) and not (surname_too and inside >= 0.2):
            break
        if _particle(words, j - 1) or _particle(words, j) or inside >= _INSIDE_P:
            j += 1
            continue
        if j == i + 1 and ((words.is_(i, "given") and (_unlisted_surname(words, j) or _recurring_unknown(words, j)))
                           or (words.is_(i, "given", "given_rare", bare=True) and _listed_surname(words, j))
                           or (words.is_(i, "given") and _tagged_family_name(words, j))):
            j += 1  # "كمال لعور": a given name, then a word no lexicon and no news text knows, or
            continue  # one the article writes again (a surname comes back alone: "وقالت X")
        if j == i + 2 and words.toks[i].norm == "عبد" and words.toks[i + 1].definite and (
                _unlisted_surname(words, j) or _surname_only(words, j)):
            j += 1  # "عبد الرحيم X": عبد and the word after it are one given name; the family name follows
            continue
        if j == i + 1 and words.unagreeing_nisba(i) and words.label(j) == "B-PERS" and words.p(j, "PERS") >= 0.5:
            j += 1  # "مدرب الفريق جورجي X": a given name of a nisba's shape, then the name the tagger opens
            continue
        if (words.is_(j - 1, "given") or (j - 1 == i and titles.name_not_rank(words, i))) and words.label(
                j) == "B-PERS" and (inside >= 0.2 or words.is_(j, "given", bare=True)):
            j += 1  # "سامي يوسف الخطيب": a given name, then the father's — one name the tagger split
            continue
        if _units(words, i, j) == 2 and (_given(words, i) or words.toks[i].norm == "عبد") and words.is_(
                j - 1, "given", bare=True) and words.is_(j, "given", "surname", bare=True) and not words.toks[
                j].definite and inside >= 0.1:
            j += 1  # "علي حسن خليل"، "عبد الله حسن خليل": three listed names in a row — the person's,
            continue  # the father's, the family's
        if j - i >= 2 and words.unlisted(j) and not words.toks[j].definite and inside >= 0.03 and all(
                words.bare[k] <= NAME_CLASSES for k in range(i, j)) and _closes_here(words, j + 1):
            j += 1  # "عثمان كوندي تيرامبو | وثلاثة": after a name of names, a word only a name can be, where
            continue  # the clause breaks after it (an unknown verb would have its object after it)
        if words.is_(j, "divine", bare=True) and words.toks[j - 1].norm == "عبد":
            j += 1
            continue
        if j == i + 1 and words.toks[j].norm == "عبد" and _unknown(words, i) and not any(
                f in common_words() for f, _ in words.toks[i].readings) and j + 1 < words.n and (
                words.joined(j + 1) and words.is_(j + 1, "divine", bare=True)):
            j += 2  # "سروة عبد الواحد": a name, then the father's in عبد + a divine name
            continue
        if _blessing(words, j):
            break  # "X حفظه الله": a prayer after the name, no more of it
        if words.toks[j].norm == "الله" and not words.is_(j - 1, *_STOP_INSIDE, bare=True):
            j += 1  # "سيف الله"، "عطا الله": a compound name in الله
            continue
        if words.toks[j - 1].norm == "الله" and j - 1 > i and len(words.toks[j].readings) == 1 and (
                _unknown(words, j) or (words.bare[j] and words.bare[j] <= NAME_CLASSES)):
            j += 1  # "وحيد الله | X": a compound given name in الله, then a family name
            continue
        if ((_given(words, j - 1) and not words.toks[j - 1].definite) or _particle(words, j - 1)) and _unknown(
                words, j) and inside >= 0.15 and (
            len(words.toks[j].readings) == 1 or words.unlisted(j)  # ("لانتيري": no reading is a word)
        ):
            j += 1  # "ماريان تولوز": a given name, then a word that is nothing but a name (a definite
            continue  # word is a family name already: "X الأحمد | مرسوما" goes on with the verb's object)
        if j - i >= 1 and _woman(words, i, j) and _feminine_family(words, j):
            j += 1  # "X بنت Y الZية": a woman's family name takes the feminine of its nisba
            continue
        if j - i >= 2 and words.toks[j - 2].norm in ("بن", "ابن", "بنت") and words.is_(j - 1, "given", bare=True) and (
                _family_nisba(words, j)):
            j += 1  # "X بن Y الZي": after a nasab, a definite nisba is the family's name
            continue
        if j == i + 2 and _given(words, i) and words.bare[i + 1] and words.bare[i + 1] <= NAME_CLASSES and (
                _family_nisba(words, j) or (not words.toks[i + 1].definite and _unknown_definite(words, j))) and (
                inside >= 0.05):
            j += 1  # "X Y الZي"، "X Y الZ": a given name, the father's, then a definite word no everyday
            continue  # word writes — the family's, though the tagger has not met it
        break
    while j > i + 1 and _particle(words, j - 1):
        j -= 1  # a name does not end on بن/أبو
    return j


_NOT_A_FAMILY = ("stop", "never", "month", "weekday", "reporting", "country", "capital", "org_head", "media_head",
                 "anon", "title", "title_stop", "title_modifier")


def _closes_a_set_off_name(words: Words, i: int, j: int) -> bool:
    """Token j, definite, ends a name of one or two listed given names that a comma opens
    (maybe with an honorific or a role's word first) and a comma closes ("…، X الY، …"): in
    apposition the whole of what the commas set off is the name, so the definite word is the
    family's, not an adjective or the clause's next word."""
    if not (1 <= j - i <= 2 and j + 1 < words.n and comma(words.toks[j + 1].gap) and words.toks[j].definite):
        return False
    opens = i if comma(words.toks[i].gap) else i - 1
    if opens < 1 or not comma(words.toks[opens].gap) or (
            opens < i and not words.is_(opens, "honorific", "title", "rank", bare=True)):
        return False
    return all(words.is_(k, *_GIVEN_ANY, bare=True) for k in range(i, j)) and not words.is_(
        j, *_NOT_A_FAMILY, bare=True) and words.reporting(j) is None


def _li_and_a_word_of_the_story(words: Words, j: int) -> bool:
    """Token j is ل glued to a word the article also writes on its own ("لزاجل" where "زاجل"
    opens the byline, "لسنديان" after "إذاعة سنديان"): the preposition and that word, whom or what the
    name before it is said to or for — not a family name that opens with ل ("لعرابي"، which
    the story never writes without it), nor a listed name."""
    stem = words.li_glued(j)
    return stem is not None and not words.bare[j] & _LISTED_NAME and words.count(stem) > 0


def _said_of_me(w: str) -> bool:
    """A relative with "my" (أبي، أمي، ابنتي، زوجتي) or an imperfect verb with "me" as its
    object (يريدني، تعطيني): words of first-person speech, never a word of a name (the normal
    form writes ة as ه, so "ابنتي" is "ابنه" + ي)."""
    if w[:1] in "وف" and len(w) >= 4 and _said_of_me(w[1:]):
        return True  # ("وأبي"، "فيريدني")
    if len(w) >= 5 and w[:1] in "يتن" and w.endswith("ني"):
        return True
    if not w.endswith("ي") or len(w) < 3:
        return False
    base = w[:-2] + "ه" if w.endswith("تي") else w[:-1]
    return base in proposals.anonymous_words("relatives")


_TAGGER_DOUBTS = 0.5  # a word's PERS probability below which the tagger doubts it is a name's
_LISTED_NAME = frozenset({"given", "given_m", "given_f", "surname"})  # (not the noisy rare and unknown-gender lists)


def _indefinite_role_genitive(board: Board, words: Words, i: int) -> bool:
    """Token i follows a title that is one indefinite role noun of the rules' own (``rules_only_heads``:
    "بائعة | قهوة"، "حارس | مرمى"), and the tagger doubts it is a name: the noun's genitive, not its
    holder (a holder after such a noun alone follows a definite one: "البائعة X")."""
    t = titles.before(board, words, i)
    return (t is not None and t.t1 == i and t.t1 - t.t0 == 1 and not words.toks[t.t0].definite
            and words.rules_role(t.t0) and words.p(i, "PERS") < _TAGGER_DOUBTS)


def _told_me(words: Words, i: int) -> bool:
    """Token i is "لي" ("to me") right after a verb of speech, before the clause's end or a
    word that is no name ("وقال لي صاحب المتجر"، "وأكد لي المزارع"): whom the speaker told, not
    a given name opening the subject (names.toml ``speech_recipient_homographs``).  Before a
    name it stays the tagger's: the lexicons list Chinese and Arabic given names alike."""
    if i == 0 or words.cue_at.get(i - 1) is None or words.toks[i].norm not in _recipient_homographs():
        return False
    j = i + 1
    if j >= words.n or not words.joined(j) or words.is_(j, "stop", "never", bare=True):
        # ("وقال لي إن": he told me — unless a "لي" is named in full in the story, whom that is)
        return not _li_named_in_full(words)
    if words.toks[j].definite or words.is_(j, "title", "rank", "honorific", "profession", "anon", bare=True):
        return True
    # a word no main name list holds (a rare one's noise holds everyday words: "صاحب"), which
    # the tagger doubts is a name's: "تاجر"، "صاحب" — not a transliterated name it is sure of
    return not words.bare[j] & _LISTED_NAME and words.p(j, "PERS") < _TAGGER_DOUBTS


def _li_named_in_full(words: Words) -> bool:
    """Somewhere in the story the homograph opens a name the tagger is sure of, its next word on
    no main name list: a transliterated full name ("لي X" of Korea or China), whom it stands for
    (once per document)."""
    memo = words.memo("li_named_in_full")
    got = memo.get(0)
    if got is None:
        homographs = _recipient_homographs()
        got = memo[0] = any(t.norm in homographs and k + 1 < words.n and not words.bare[k + 1] & _LISTED_NAME
                            and words.p(k + 1, "PERS") >= _TAGGER_DOUBTS and words.joined(k + 1)
                            for k, t in enumerate(words.toks))
    return got


@cache
def _recipient_homographs() -> frozenset[str]:
    return frozenset(key(w) for w in load("names")["speech_recipient_homographs"])


def _opens_no_name(words: Words, i: int) -> bool:
    """Token i opens something else, whatever the tagger reads: bodies in a broken plural ("لجان"),
    an owner described ("مالك مخبز"), a prayer ("رحمه الله") or a time ("هلال شوال")."""
    return (words.toks[i].norm in word_set("organizations", "broken_plural_heads")
            or proposals.owner_of_a_thing(words, i) or _blessing(words, i) or _time_phrase(words, i))


@cache
def _hijri_month_words() -> frozenset[str]:
    """The first words of the Hijri months' names ("شوال"، "ذي" of "ذي الحجة"), normal form."""
    return frozenset(key(w).split()[0] for ws in load("months")["hijri"].values() for w in ws)


def _time_phrase(words: Words, i: int) -> bool:
    """Token i, a given name too, opens a time with the word after it: "هلال | شوال" (the new
    moon of a month, "شهر" between or not), "صبيحة | العيد" (the morning of a day or feast)."""
    if i + 1 >= words.n or not words.joined(i + 1):
        return False
    w, nxt = words.toks[i].norm, words.toks[i + 1].norm
    if w in word_set("names", "before_a_month"):
        return nxt in _hijri_month_words() or (nxt == "شهر" and i + 2 < words.n and words.toks[i + 2].norm in (
            _hijri_month_words()))
    return w in word_set("names", "before_a_day") and nxt in word_set("names", "day_words")


def _blessing(words: Words, i: int) -> bool:
    """Token i and الله after it make a prayer ("رحمه الله"، "حفظه الله": `blessings` in names.toml)."""
    return (words.toks[i].norm in word_set("names", "blessings") and i + 1 < words.n and words.joined(i + 1)
            and words.toks[i + 1].norm == "الله")


def _womans_slot(board: Board, words: Words, i: int, cues: list[str]) -> bool:
    """Token i is where a woman's name opens: after a feminine verb of speech ("وقالت"، "وترى")
    or a feminine title ("المتحدثة باسم X")."""
    cue = words.cue_at.get(i - 1)
    if cue is not None and cue.gender == "f" and words.joined(i):
        return True
    if "after a title" in cues and (t := titles.before(board, words, i)) is not None:
        head = words.toks[t.heads[0] if t.heads else t.t0].raw.rstrip("\u064b-\u0652")
        return head.endswith("ة")
    return False


def _role_adjective(words: Words, i: int) -> bool:
    """Token i is a definite everyday word in ة right after a definite role noun in ة, with
    nothing between ("المديرة المالية"، "المستشارة القانونية"): the role's adjective."""
    t, prev = words.toks[i], words.toks[i - 1] if i else None
    return (prev is not None and words.joined(i) and t.definite and prev.definite and t.norm.endswith("ه")
            and prev.norm.endswith("ه") and words.is_(i - 1, "title", bare=True)
            and any(f in common_words() for f, _ in t.readings))


def _name_before_honorific(words: Words, a: int) -> bool:
    """The tagger opens a name at token a on a word that is an honorific and a given name
    ("الحاج"), right after a listed given name (however rare) that a role noun precedes: that
    word is the name's first, the honorific the father's ("العضوة X الحاج Y")."""
    if a < 2 or not words.is_(a, "honorific", bare=True) or not words.is_(a, "given", bare=True):
        return False
    return words.joined(a) and words.is_(a - 1, "given", "given_rare", bare=True) and _role_noun_before(words, a - 1)


def _dated_month(words: Words, i: int) -> bool:
    """A month's name of the lexicon opens at token i with a day before it or a year after it."""
    hit = words.longest(i, ("month", "hijri_month"))
    if hit is None or hit.start != i:
        return False
    return (i > 0 and words.toks[i - 1].norm.isdigit()) or (hit.end < words.n and words.toks[hit.end].norm.isdigit())


def _woman(words: Words, i: int, j: int) -> bool:
    """Tokens [i, j) are a woman's name: بنت in it, a first name listed only as a woman's, or a
    feminine role noun right before it ("الطبيبة X")."""
    return (words.is_(i, "given_f", bare=True) and not words.is_(i, "given_m", bare=True)) or any(
        words.toks[k].norm == "بنت" for k in range(i, j)) or (
        i > 0 and words.joined(i) and words.toks[i - 1].raw.endswith("ة")
        and words.is_(i - 1, "title", "profession", bare=True) and key(words.toks[i - 1].raw) not in titles.male_ta())


def _feminine_family(words: Words, j: int) -> bool:
    """Token j is a definite nisba in ـية whose masculine ("الهنائي") is a listed family name."""
    t = words.toks[j]
    if not (t.definite and t.raw.endswith("ية") and len(t.norm) >= 6) or words.is_(j, "nationality", bare=True):
        return False
    return bool(lexicon().classes_of(key(t.raw[:-1])) & {"surname", "surname_rare"})


@cache
def _compound_seconds() -> frozenset[str]:
    return frozenset(key(w) for w in [*load("names")["compound_seconds"], *load("names")["prophet_seconds"]])


@cache
def _regnal() -> frozenset[str]:
    return frozenset(key(w) for w in load("names")["regnal"] if " " not in w)


def _closes_here(words: Words, k: int) -> bool:
    """Token k opens no part of the clause before it: the sentence ends or breaks, or it is a
    conjunction's or a preposition's ("وثلاثة"، "للقاهرة"، "في")."""
    if k >= words.n or not plain(words.toks[k].gap) or words.toks[k].sent != words.toks[k - 1].sent:
        return True
    t = words.toks[k]
    return t.norm in prepositions() or any(c and t.norm[0] in "وفلب" for _, c in t.readings)


def _foreign_pair(words: Words, i: int) -> bool:
    """Tokens i and i+1 are indefinite words no lexicon knows but as a rare name, and the clause
    breaks after them (or its reported content opens: "إن"، "أن")."""
    k = i + 2
    if k > words.n or not words.joined(i + 1):
        return False
    common = common_words()
    for j in (i, i + 1):
        t = words.toks[j]
        if not words.bare[j] - _GENDERS <= RARE_NAME_CLASSES or t.definite or len(t.norm) < 3 or any(
                f in common for f, _ in t.readings):
            return False
        if _inflected(t) and not _french_ending(t, common) and not words.bare[j] & _GENDERS and not (
                t.norm.endswith("ين") and len(t.norm) >= 5 and t.norm[:-2] not in common and not t.raw.endswith("ا")):
            # ("فيلين"، "ماتين": a foreign name in -in whose stem is no word, not a plural)
            return False  # "رجلا"، "بمباراتين": a case ending, a suffix or a dual or plural — no name's shape
    return _breaks_at(words, k)


_GENDERS = frozenset(["given_m", "given_f", "given_x"])  # (a rare given name's gender comes with it)


def _french_ending(t: Token, common: frozenset[str]) -> bool:
    """"بوليه"، "غارنييه": the ـيه of French names (-et, -ier), not a pronoun suffix, where the
    word without its ه is no word news text writes either."""
    return t.norm.endswith("يه") and len(t.norm) >= 5 and t.norm[:-1] not in common and t.norm[:-2] not in common and (
        t.norm[0] != "و")  # ("وكاردونيه": a second name joined by و)


_PRESENT = ("ي", "ت", "ن")  # a present verb's prefixes


def _word_surname(words: Words, i: int) -> bool:
    """"المتحدث باسم الجيش يحيى سريع في بيان": after a title and a listed given name, an
    everyday word with no case ending, suffix or verb's prefix, where the clause breaks right
    after it, is the family name — a proper name is definite, so an indefinite adjective
    cannot be its modifier, and the verb's object would come after the subject."""
    j, k = i + 1, i + 2
    if k > words.n or not words.is_(i, "given", bare=True) or not words.joined(j):
        return False
    t = words.toks[j]
    if any(f.startswith("ال") for f, _ in t.readings) or len(t.norm) < 3 or not words.bare[j] <= NAME_CLASSES:
        return False  # (behind و or ب too: "X والرئيس" is a list)
    if words.reporting(j) is not None or (len(t.readings) > 1 and words.any[j] != words.bare[j]):
        return False  # a proclitic reading the lexicon knows: "و" + a word, not a family name
    if (_inflected(t) and not _foreign_ie(words, j)) or t.norm.startswith(_PRESENT):
        return False
    return _breaks_at(words, k)


def _foreign_ie(words: Words, j: int) -> bool:
    """"باسوليه"، "غوتييه": a long word in ـيه that no lexicon knows, whose stem is no word of
    news text with a possessive ("محاميه"، "مؤيديه": محامي، مؤيدين), is a foreign name's ending."""
    t = words.toks[j]
    w = t.norm
    if not (t.raw.endswith("يه") and len(w) >= 6) or words.any[j] or words.bare[j]:
        return False
    common = common_words()
    return not {w, w[:-1], w[:-2] + "ين", w[:-2] + "ون"} & common


def _inflected(t: Token) -> bool:
    """A case ending, ة, a possessive suffix or a dual's or plural's ending: no name's shape."""
    return t.raw.endswith(("ا", "ة", *POSSESSIVE)) or t.norm.endswith(_AGREEMENT)


def _breaks_at(words: Words, k: int) -> bool:
    """The clause before token k ends there, or its reported content opens ("إن"، "أن")."""
    return _closes_here(words, k) or words.toks[k].norm in ("ان", "بان")


def _units(words: Words, i: int, j: int) -> int:
    """Names in tokens [i, j), "عبد" and the word after it counting as one ("عبد الله"، "عبد ربه")."""
    return j - i - sum(1 for k in range(i + 1, j) if words.toks[k - 1].norm == "عبد")


_AGREEMENT = ("تين", "تان", "ين", "ون", "ات")


def _inflected_modifier(words: Words, j: int) -> bool:
    """A definite dual or plural of a role's adjective or a nationality ("السابقتين"،
    "السابقين"، "الأمريكيين"): it agrees with a noun of two or more, never a person's name."""
    t = words.toks[j]
    if not t.definite:
        return False
    lx = lexicon()
    return any(t.norm.endswith(suf) and len(t.norm) - len(suf) >= 4 and not lx.classes_of(
        t.norm[: -len(suf)]).isdisjoint(_MODIFIERS) for suf in _AGREEMENT)


_MODIFIERS = frozenset(["title_modifier", "nationality", "temporal"])


def _common_definite(words: Words, j: int) -> bool:
    """A definite word news text writes outside names, and no lexicon lists as one."""
    t = words.toks[j]
    return t.definite and not words.bare[j] & NAME_CLASSES and t.norm in common_words()


def _everyday(words: Words, j: int) -> bool:
    """A word news text writes outside names that no lexicon lists as a name."""
    t = words.toks[j]
    return not words.bare[j] & NAME_CLASSES and any(f in common_words() for f, _ in t.readings)


def _clause_word(words: Words, j: int) -> bool:
    """A word no lexicon lists as a name that shows it is not one: an everyday word behind a
    glued preposition ("بعودة"، "لزيارة"، "بالحكومة"), or an everyday noun with the accusative
    ending ("رجلا"، "بيانا")."""
    if words.bare[j] & NAME_CLASSES:
        return False
    t = words.toks[j]
    common = common_words()
    for form, cut in t.readings:
        if cut and t.norm[:cut].endswith(("ب", "ل", "ك")) and (form in common or form.startswith("ال")):
            return not words.is_(j, "divine")
    if _governs_a_definite(words, j) and words.label(j) != "I-PERS" and not (
            words.p(j, "PERS") >= 0.3 and words.unlisted(j) and not t.norm.startswith(("بب", "لل", "بال"))):
        # (inside the tagger's name it may be one: "X لامونت" + a definite title after; so may a
        # word no reading of which is a word, that the tagger reads as a name's)
        return True
    if t.norm in common and not t.definite:
        return True  # "X قدم"، "X بدأ": an everyday word, no name's
    if len(t.norm) >= 5 and t.norm.startswith(("سي", "ست", "سن")) and not words.is_(j, *NAME_CLASSES):
        return True  # "X سيحدث": a future verb
    if 4 <= len(t.norm) <= 6 and t.norm[0] == "ي" and not t.definite and not words.is_(j, *NAME_CLASSES):
        return True  # "X يدافع"، "X يستقبل": a present verb; names in ي- are listed given names
    return len(t.norm) >= 4 and t.norm.endswith("ا") and t.norm[:-1] in common


_LISTED_NAME = frozenset({"given", "surname", "compound_first", "divine"})  # not the rare lists' noise


def _governs_a_definite(words: Words, j: int) -> bool:
    """"ببالغ الأسى"، "بكامل الثقة": a glued ب/ل on a word no lexicon lists as a name in any
    reading, in construct with the definite word after it — a prepositional phrase."""
    t = words.toks[j]
    if words.any[j] & _LISTED_NAME or t.norm[0] not in "بل" or len(t.norm) < 5:
        return False
    if j + 1 >= words.n or not words.joined(j + 1) or not words.toks[j + 1].definite:
        return False
    return any(cut == 1 and not form.startswith("ال") for form, cut in t.readings[1:])


def _marked_clause_word(words: Words, j: int) -> bool:
    """An everyday word news text writes outside names, marked as a clause's by a glued ب/ل,
    the accusative ending or a dual's or plural's oblique ending, that no lexicon lists as a name."""
    named = words.bare[j] & NAME_CLASSES
    t = words.toks[j]
    common = common_words()
    if len(t.norm) >= 4 and t.norm.endswith("ا") and t.norm[:-1] in common and named <= RARE_NAME_CLASSES:
        return True  # "بيانا"، "رجلا"، "جيشا": an everyday noun with the accusative ending (no name but a rare list's)
    if named:
        return False
    if len(t.norm) >= 5 and t.norm.startswith("بب"):
        return True  # "ببالغ": ب governing a word that itself opens with ب (no name opens so)
    if len(t.norm) >= 4 and t.norm[0] == "س" and t.norm[1] in "يتن" and t.norm[1:] in common:
        return True  # "سيعقد"، "ستكون": the future's س on an everyday imperfect verb
    if len(t.norm) >= 5 and t.norm.endswith("ين") and not t.definite and (
            t.norm[:-2] in common or (t.norm[-3] == "ت" and t.norm[:-3] + "ه" in common)):
        return True  # "هدفين"، "ساعتين": a dual's or plural's oblique ending on an everyday noun
    return any(cut == 1 and t.norm[0] in "بل" and form in common and len(form) >= 3 and not form.startswith("ال")
               for form, cut in t.readings[1:])


def _possessed_noun(words: Words, j: int) -> bool:
    """An everyday noun with a possessive pronoun ("حديثه"، "كلمتها"، "زيارتهم"): the clause
    after a name goes on ("وتابع X حديثه"), however sure the tagger is that the name does."""
    t = words.toks[j]
    if t.definite or words.is_(j, "given", "surname", bare=True):  # (a rare name or a place may be the
        return False  # same letters with ة: "حديثة" folds to "حديثه")
    suffix = next((s for s in POSSESSIVE if t.raw.endswith(s)), None)  # never on a name
    if suffix is None or len(t.norm) - len(suffix) < 3:
        return False
    common = common_words()
    stem = t.norm[: -len(suffix)]
    if t.norm in common or stem in common or stem[:-1] + "ه" in common:  # زيارت|ه: the stem's ة
        return True
    # "يقفل المعلم X كشكه" with "الكشك" or "كشك" elsewhere in the story: the noun the story writes
    # bare is no name's last word when it carries a possessive
    return len(stem) >= 3 and not words.bare[j] and (stem_count(words, "ال" + stem) + stem_count(words, stem)) > 0


def _wa_word_before_apposed_title(words: Words, j: int) -> bool:
    """Token j opens with و, neither it nor its rest is a word any list or news text knows, and a
    title set off by a comma follows it: the last word of a foreign name, not و + a second
    person (two people would take a dual title: "X وY، وزيرا …")."""
    t = words.toks[j]
    if not t.norm.startswith("و") or len(t.norm) < 5 or words.bare[j] or j + 1 >= words.n:
        return False
    rest = t.norm[1:]
    if rest in common_words() or t.norm in common_words() or lexicon().classes_of(rest):
        return False
    return comma(words.toks[j + 1].gap) and words.is_(j + 1, "title", "title_possessive", bare=True)


def _next_person(words: Words, j: int) -> bool:
    """"وياسمين"، "وكريم": و + a given name opens the next person of a list, not more of this name
    (unless the word is itself a given name: وليد، وائل، وفاء)."""
    t = words.toks[j]
    if not t.norm.startswith("و") or len(t.readings) < 2 or words.bare[j] & NAME_CLASSES - RARE_NAME_CLASSES:
        return False  # (a rare list's "وعمر" is still و + "عمر")
    form = t.readings[1][0]
    # (a family name too: "X وعنان" is two people; the word whole is no name of any list)
    return t.readings[1][1] == 1 and len(form) >= 3 and (
        lexicon().has("given", form) or lexicon().has("surname", form) or lexicon().has("given_rare", form))


def _recurring_unknown(words: Words, j: int) -> bool:
    """A word no lexicon lists and news text does not write outside names, written more than
    once in the article."""
    t = words.toks[j]
    if not _unknown(words, j) or len(t.norm) < 3 or any(f in common_words() for f, _ in t.readings):
        return False
    return stem_count(words, t.norm[words.proclitic_cut(j) :]) >= 2


def stem_count(words: Words, stem: str) -> int:
    """How many words of the article are ``stem`` once their proclitics are cut (a word of one
    reading has no cut).  Asked of a few words per article, so proclitic_cut runs only on the
    words with a reading that leaves ``stem``, not on every word (cached per stem)."""
    counts = words.memo("stem_counts")
    got = counts.get(stem)
    if got is None:
        # (a word's readings depend on the word alone: every token written ``stem`` has one reading, or none has)
        got = words.count(stem) if len(readings(stem)) == 1 else 0
        got += sum(1 for i in _cut_forms(words).get(stem, ()) if words.toks[i].norm[words.proclitic_cut(i) :] == stem)
        counts[stem] = got
    return got


def _cut_forms(words: Words) -> dict[str, list[int]]:
    """What each cut of a word of several readings leaves of it (the whole word too) → the
    tokens of such words (cached for the document)."""
    memo = words.memo("cut_forms")
    got = memo.get(0)
    if got is None:
        got = memo[0] = {}
        for t in words.toks:
            if len(t.readings) > 1:
                for _, cut in t.readings:
                    form = t.norm[cut:]
                    at = got.get(form)
                    if at is None:
                        got[form] = [t.i]
                    else:
                        at.append(t.i)
    return got


def _unlisted_surname(words: Words, j: int) -> bool:
    return words.unlisted(j)


_SURNAMES = frozenset({"surname", "surname_rare"})


def _tagged_family_name(words: Words, j: int) -> bool:
    """A definite word listed as a family name that the tagger reads inside a name, if as the
    start of one ("سلمى | العبيدي": a second person right after a given name, with no و between,
    is rarer than a family name the tagger opens anew)."""
    return (words.toks[j].definite and words.is_(j, "surname", bare=True)
            and not words.is_(j, "title", "rank", bare=True) and words.p(j, "PERS") >= _INSIDE_P)


def _listed_surname(words: Words, j: int) -> bool:
    """A word the lexicons list only as a family name ("العكرمي"), definite or not, that news
    text does not write as a word."""
    t = words.toks[j]
    return (bool(words.bare[j]) and words.bare[j] <= _SURNAMES and t.norm not in common_words()
            and len(t.readings) == 1)  # (no proclitic reading: "ولينين" is و + a name)


def _surname_only(words: Words, j: int) -> bool:
    """An indefinite word the lexicons list only as a family name, and news text does not write."""
    t = words.toks[j]
    return bool(words.bare[j]) and words.bare[j] <= _SURNAMES and not t.definite and t.norm not in common_words()


def _surname_honorific(words: Words, j: int) -> bool:
    """"الملا"، "الحاج" after a given name, closing the name (a given name after it would make
    it the next person's honorific)."""
    return words.toks[j].norm in _surname_honorifics() and not (j + 1 < words.n and words.joined(j + 1)
                                                                 and _given(words, j + 1))


def _opening_wa_verb(words: Words, a: int) -> bool:
    """Token a opens its sentence as و + a verb of speech ("وروي X" in a local spelling, "وسأل X"):
    the verb before a name, however sure the tagger is that the word is a given name too."""
    cue = words.cue_at.get(a)
    return cue is not None and cue.prefix == "و" and (a == 0 or words.toks[a - 1].sent != words.toks[a].sent)


def _name_and_role(words: Words, j: int) -> bool:
    """A definite word the lexicon lists as a name and as a role ("الأمين"، "القاضي"، "المفتي")
    right after a given name, with no word of a title after it (no modifier, genitive or link:
    "الأمين العام للحزب" is a title): the family name."""
    if not words.toks[j].definite or not words.is_(j, "title", bare=True):
        return False
    if words.bare[j].isdisjoint({"given", "given_rare", "surname", "surname_rare"}):
        return False
    k = j + 1
    if k < words.n and words.joined(k) and not words.is_(k, "stop", "never", bare=True) and (
            words.is_(k, "given", "given_rare", "given_m", "given_f") or words.label(k) == "B-PERS"
            or words.unlisted(k)):
        return False  # "الملا X الملا Y": the next person's rank, a name after it
    return k >= words.n or not words.joined(k) or not titles.inside(words, k)


@cache
def _surname_honorifics() -> frozenset[str]:
    return frozenset(key(w) for w in load("names")["surname_honorifics"])


def _cut(words: Words, i: int) -> int:
    return words.proclitic_cut(i)


def _governed_by_letter(words: Words, i: int) -> bool:
    """Token i is a given name only with ل or ب cut off ("ممثلين عن مجموعة X | لأرباب العمل"): a
    title's holder follows it bare, so a word a preposition governs is not the holder's name."""
    cut = _cut(words, i)
    return cut > 0 and words.toks[i].norm[cut - 1] in "لب" and words.is_(i, "given") and not words.is_(
        i, "given", "given_m", "given_f", "given_x", "given_rare", "surname", "surname_rare", bare=True)


def find(board: Board, reg: Registry, words: Words) -> None:
    n = words.n
    starts: dict[int, Candidate] = {}
    for a, b in _joined_spans(words):
        if _name_before_honorific(words, a):
            a -= 1  # "العضوة X | الحاج Y": the given name, then a father's name with its honorific
        if _told_me(words, a):
            a += 1  # "وقال لي | صاحب المتجر": whom the speaker told, then the speaker
        while a < b and not titles.name_not_rank(words, a) and (
                words.is_(a, "honorific", "rank", "title", "profession", bare=True) or titles.in_long_head(words, a)
                or (a + 1 < b and _everyday(words, a) and words.p(a, "PERS") < _SURE_INSIDE)
                or (a + 1 < b and words.cue_at.get(a) is not None and (
                    words.p(a, "PERS") < _SURE_INSIDE or _opening_wa_verb(words, a)
                    or _clause_opening_verb(words, a)))):
            a += 1  # the tagger sometimes takes a rank, or the verb before a name ("بدأ X"، "روى X"), into it
        if _opens_no_name(words, a):
            continue  # "لجان المقاومة": the tagger read "جان" after ل; "مالك مخبز": an owner, no name
        if a < b - 2 and _governed_by_head(words, a):
            # "مدير عام مديرية | X | عبدالرحمن …"، "شيخ عشيرة | البو X | Y": what the head governs,
            # then the holder's name
            a = max(a + 1, titles.tribe_name_end(words, a))
        elif a < b - 2 and _definite_before_given(words, a):
            a += 1  # "الفلاح | محمود X": a role or description before the given name that opens the name
        if a >= b or words.relation(a):
            continue  # ("وقالت شقيقتاه الكبريان": a relation and its adjective, not a name)
        if b - a == 1 and words.refers_back(a) and words.cue_at.get(a - 1) is not None:
            continue  # "وأضاف | الصياد" after "صياد في …": the article points back to someone described
        if b - a == 1 and words.cue_at.get(a - 1) is not None and _people_noun(words, a):
            continue  # "وتقول | امرأة من سكان المخيم": a person of the story, described — the quote stage cards her
        # on the tagger's best path: its own reading, no probability needed
        end = extent(board, words, a, b)
        # a lone word keeps its marginal as its score, so the checks of everyday words that ask
        # how sure the tagger is apply to it ("فرز البطاقات"، "ببالغ الأسى"); a longer span is the
        # tagger's own reading of a name
        starts[a] = Candidate(a, end, _cut(words, a), words.p(a, "PERS") if end - a == 1 else 1.0, ["tagger"])
    near = titles.may_end_before(words)
    # where a name of two words or more the tagger reads ends at a comma: a title "ending" there
    # is a word of that name ("X Y مرشد الZي، صاحبة …"), so what follows is no holder of it
    name_ends = {c.t1 for c in starts.values() if c.t1 - c.t0 >= 2 and c.t1 < n and comma(words.toks[c.t1].gap)}
    # (read once: asked of every token)
    owner, not_name, cue_at, long_heads = board.owner, words.not_name, words.cue_at, titles.long_heads(words)
    for i in range(n):
        if owner[i] is not None or i in long_heads:
            continue  # (in a long head) "اللواء | ركن X": a later word of a rank of several words
        if not_name(i) and not titles.name_not_rank(words, i):
            continue
        if _opens_no_name(words, i):
            continue  # "لجان المقاومة": bodies in a broken plural, no name (not ل + "جان")
        if _told_me(words, i):
            continue  # "وقال لي | صاحب المتجر": whom the speaker told, then the speaker
        if _role_of_a_place(board, words, i):
            continue  # "ووالي سوسة"، "أمير منطقة X": a role that is a given name too, the place's — no name
        if words.toks[i].definite and words.is_(i, "profession", bare=True):
            continue  # "وقال الأكاديمي X": a profession written as a nisba opens no name (a family name
            # of that form comes after a given name, whose span holds it)
        cues = []
        if near[i] and i not in name_ends and (titles.before(board, words, i) is not None or (
                i and words.is_(i - 1, "nationality", bare=True) and titles.before_nationality(board, words, i))) and (
                not _governed_by_letter(words, i)):
            cues.append("after a title")
        cue = cue_at.get(i - 1)  # words.reporting(i - 1)
        if cue is not None and words.joined(i):
            cues.append(f"subject of {cue.text}")
        if _given(words, i):
            cues.append("given name")
        elif words.is_(i, "given_f", "given_m", "given_rare") and _apposed_title_after(board, words, i):
            cues.append("given name")  # ("، ودانة X، المحللة في …": a rarer given name, its title after it)
        if words.is_(i, "given", bare=True) and _described_after(words, i + 1):
            cues.append("a given name described after it")  # "أما حسن، وهو فلاح …"، "X (23 عاما)"
        if cues == ["after a title"] and _governed_by_head(words, i):
            continue  # "مدير عام مديرية | X | عبدالرحمن …": the head's place, the name after it
        if cues == ["after a title"] and _indefinite_role_genitive(board, words, i):
            continue  # "وهي بائعة | قهوة": an indefinite role noun alone, then its genitive the tagger doubts
        if any(c.startswith("subject of") for c in cues) and "after a title" not in cues and _people_noun(
                words, i) and (i + 1 >= n or not _given(words, i + 1)):
            continue  # (as above, no given name after it)
        if len(cues) == 1 and cues[0].startswith("subject of") and words.refers_back(i):
            continue  # "وقال صياد … وأضاف | الصياد": the article points back to someone described
        if i > 1 and titles.tribe_name_end(words, i - 1) == i + 1 and i + 1 < n and (
                _given(words, i + 1) or words.is_(i + 1, "given", "given_m", bare=True)):
            continue  # "شيخ عشيرة البو | X | Y …": the tribe's name word, a given name too, then the sheikh's
        if not cues:
            continue
        if (nxt := starts.get(i + 1)) is not None and nxt.t1 - nxt.t0 >= 2 and _definite_before_given(words, i):
            continue  # "قال الفلاح | محمود X": the role before a name the tagger reads, no name itself
        c = starts.get(i)
        if c is None:
            conf = words.p(i, "PERS")
            if "after a title" in cues and _given(words, i) and _after_body(board, i):
                # "رئيس ائتلاف X | Y Z": the tagger ran the body's name on over the
                # holder's; the body is closed, so its reading of a name counts for the person
                conf = max(conf, words.p(i, "ORG"))
            tag_end = None
            if "after a title" in cues and _role_noun_before(words, i) and words.is_(i, "given", bare=True) and (
                    other := _body_or_place_span_at(words, i)):
                # "المحامية | X Y": a role noun is followed by its holder, so the tagger's span of
                # a body or a place from a listed given name (one that is a word too) is the person's name
                conf, tag_end = max(conf, words.p(i, other[1])), other[0]
            end = extent(board, words, i, tag_end)
            if words.unagreeing_nisba(i):  # (the tagger reads its first word as the adjective it looks like)
                conf = max(words.p(k, "PERS") for k in range(i, end))
            c = starts[i] = Candidate(i, end, _cut(words, i), conf, [f"tagger {conf:.2f}"])
        c.why.extend(cues)
        if c.t1 == i + 1 and (nxt := starts.get(i + 1)) is not None and nxt.t1 - nxt.t0 >= 2 and (
                _womans_slot(board, words, i, cues)) and (words.is_(i + 1, "given_m", bare=True) or (
                words.toks[i + 1].norm == "عبد")) and not (
                words.is_(i + 1, "given_f", "given_x", bare=True) or _everyday(words, i) or words.toks[i].definite
                or words.is_(i, "given_m", bare=True)):
            # "وقالت المتحدثة باسم X | ريتاج | عبد الكريم العتيبي"، "وترى | رهف | إبراهيم الساعدي": a woman's
            # slot, then a man's given name the tagger opens a name with — her father's: the word
            # before it is her own given name, however rare, and the name is one
            c.t1 = nxt.t1
            del starts[i + 1]
            c.why.append("a woman's given name before her father's")
        if c.t1 == i + 1 and "after a title" in cues and _unlisted_first_name(board, words, starts.get(i + 1), i):
            # "مدير المستشفى في المدينة | X | Y Z": a title closed by its place, then a word no list
            # knows and the name the tagger reads from a listed given name on — the holder's own
            # given name, the listed one his father's: one name
            c.t1 = starts.pop(i + 1).t1
            c.why.append("an unlisted given name before the name the tagger reads")
        if "given name" in cues and (k := _apposed_title_after(board, words, i)):
            c.t1 = max(c.t1, k)
            c.why.append("a title set off by commas after it")
        if c.t1 == i + 1 and "after a title" in cues and (_foreign_pair(words, i) or _word_surname(words, i)):
            c.t1 = i + 2  # "المتحدث باسم الوزارة X Y إن": the family name the tagger left out
        if "after a title" in cues and (k := _titled_apposition(words, i)) and k >= c.t1:
            c.t1 = k
            c.why.append("set off by commas after a title")
            if c.cut and words.bare[i] & NAME_CLASSES:
                c.cut = 0  # "، لارس X،": an apposition opens with a noun, not a preposition's
    named_words: set[str] = set()  # the later words of the names carded so far
    title_genitives: set[int] = set()  # words of a title's genitive before its holder set off by commas
    for i in sorted(starts):
        c = starts[i]
        if c.t1 - c.t0 >= 2 and _verb_before_known_name(words, c, named_words):
            c.t0, c.cut = c.t0 + 1, 0  # "وطالب X": the verb, then the family name of someone named before
        if "set off by commas after a title" in c.why and not board.free(c.t0, c.t1):
            _release_town(board, words, c)
        if not board.free(c.t0, c.t1) or c.t0 in board.not_actors:
            continue  # (taken, or inside a competition's name: "كأس X")
        if board.card_named(f"organization:{key(board.surface(c.t0, c.t1, c.cut))}") is not None:
            continue  # "وأضافت تراك": a body's short name met again (its mention comes later)
        if c.t0 in title_genitives:
            continue  # ("أمير إمارة بني | حسان، X،": a later start inside a title's genitive)
        if _inside_a_title_before_its_holder(board, words, c, starts):
            title_genitives.update(range(c.t0, c.t1))
            continue
        if c.t1 - c.t0 == 1 and c.score < _SURE and titles.occupation_after_name(board, words, c.t0):
            continue  # "X، فلاح من بلدة Y،": the person's occupation, not a second person
        if c.t1 - c.t0 == 1 and words.toks[c.t0].definite and c.t1 < words.n and plain(words.toks[c.t1].gap) and (
                words.toks[c.t1].norm.removeprefix("ال") in titles.age_nouns()):
            continue  # "يقول الراعي الستيني": a definite noun and an age describe someone, no name
        if c.t1 - c.t0 == 1 and _said_of_me(words.toks[c.t0].norm) and not (
                words.bare[c.t0] & NAME_CLASSES - {"given", "given_x"}):
            continue  # «أبي يريدني …»: "my father", "wants me" — first-person speech, no name alone
            # (two words may be a name: "أبي X" is a Lebanese family's; "X تيجاني" a family name)
        if c.t1 - c.t0 == 1 and _definite_before_given(words, c.t0) and (nxt := starts.get(c.t0 + 1)) is not None and (
                nxt.t1 - nxt.t0 >= 2):
            continue  # "وقال الصياد | سالم X": the role before a name of its own, no name itself
        if c.t1 - c.t0 == 1 and c.score < _SURE and _role_adjective(words, c.t0):
            continue  # "قالت المديرة | المالية": the role's own adjective, no name
        if c.t1 - c.t0 >= 3 and _place_before_given(words, c.t0):
            # "عميد بلدية X | عبد الرحمن Y Z": the tagger ran the place its title's head governs into
            # the holder's name — the name opens on the listed given name after it
            c.t0, c.cut = c.t0 + 1, _cut(words, c.t0 + 1)
            c.why.append("after the place of a title")
        if _accept(words, c):
            if _first_name_before(board, words, c.t0) or _given_before_patronymic(board, words, c.t0):
                c.t0, c.cut = c.t0 - 1, _cut(words, c.t0 - 1)  # "سلمى | يوسف X": the tagger opened the name late
            elif _handmaid_before(board, words, c.t0):
                c.t0, c.cut = c.t0 - 1, _cut(words, c.t0 - 1)  # "أمة | الرحمن X": as عبد + a divine name
            if c.cut and words.toks[c.t0].norm in named_words:
                c.cut = 0  # "وقالت بالحاج عمر": a word of a name met before, its letters its own
            card = reg.card(f"person:{_name_key(board, c)}", "person", ", ".join(c.why))
            m = board.mention(card, c.t0, c.t1, c.cut)
            if _role_cut_before(board, words, c.t0):
                card.add_title(board.surface(c.t0 - 1, c.t0, _cut(words, c.t0 - 1)))  # "الفلاح | X": the role
            named_words.update(words.toks[k].norm for k in range(m.t0 + 1, m.t1))
            _second_in_apposition(board, reg, words, c)
            _first_in_apposition(board, reg, words, c)


# (a rare entry of the unknown-gender list is no evidence: it holds family names and words)
_GIVEN_CLASSES = ("given", "given_m", "given_f", "compound_first", "particle", "honorific")


@cache
def _age_adjectives() -> frozenset[str]:
    """"الستيني"، "الخمسينية": the nisba of a decade of age (`age_decades` in anonymous.toml)."""
    return frozenset(key(d) + end for d in proposals.anonymous_words("age_decades") if d.endswith("ين")
                     for end in ("ي", "يه"))


def _definite_before_given(words: Words, i: int) -> bool:
    """"الفلاح محمود X"، "الصياد سالم X": an Arabic full name opens on its given name, so a
    definite word no lexicon gives as a given name, right before a listed given name, is the
    person's role or description (family names of that form come after the given name); before
    a given name written with the article, only a word of an agent's shape is."""
    t = words.toks[i]
    if not (t.definite and words.joined(i + 1) and not words.is_(i, *_GIVEN_CLASSES)):
        return False
    if words.toks[i + 1].definite:
        # "البحار الهادي X"، "الفلاح السعيد X": a given name written with the article, after a
        # noun of an agent's or occupation's shape — the role, not two words of one name
        return words.is_(i + 1, "given", bare=True) and titles.person_noun_shape(t.norm.removeprefix("ال")) and (
            words.reporting(i) is None)
    return _given(words, i + 1) or (words.is_(i + 1, "given", bare=True) and words.p(i + 1, "PERS") >= 0.5)


def _role_cut_before(board: Board, words: Words, t0: int) -> bool:
    """"قال الفلاح | منير X": the word before the name at t0 is a role the name stage cut off
    (`_definite_before_given`), shaped as an agent noun and opening its clause — no title or body
    the title stage reads ("المتحدث باسم الوزارة X": the body is inside a title)."""
    k = t0 - 1
    return k >= 0 and board.card_at(k) is None and _definite_before_given(words, k) and not words.is_(
        k, "title", "title_possessive", "rank", "honorific", "profession", "org_head", "org_head_weak") and (
        k == 0 or not plain(words.toks[k].gap) or words.cue_at.get(k - 1) is not None) and (
        titles.person_noun_shape(words.toks[k].norm.removeprefix("ال")))


def _clause_opening_verb(words: Words, a: int) -> bool:
    """Token a is a bare verb of speech opening its clause (at the sentence's start or after a
    comma) right before a listed given name ("في الصباح التالي، روي X Y أن": a local spelling of روى):
    the verb, then its subject's name — however sure the tagger is that both are one name."""
    cue = words.cue_at.get(a)
    if cue is None or cue.kind != VERB or cue.prefix or a + 1 >= words.n:
        return False
    opens = a == 0 or words.toks[a - 1].sent != words.toks[a].sent or comma(words.toks[a].gap)
    return opens and plain(words.toks[a + 1].gap) and words.is_(a + 1, "given", bare=True)


def _verb_before_known_name(words: Words, c: Candidate, named_words: set[str]) -> bool:
    """"وطالب X بـ …"، "فسعيد X": a verb of speech with its و or ف that is a given name too
    ("طالب") opens the candidate, and the rest is a later word of a name carded before — the
    verb and that person's family name, not a new person."""
    cue = words.cue_at.get(c.t0)
    return cue is not None and bool(cue.prefix) and cue.kind == "verb" and all(
        words.toks[k].norm in named_words for k in range(c.t0 + 1, c.t1))


def _release_town(board: Board, words: Words, c: Candidate) -> None:
    """"، فرناندو تافاريش ليما،": a name set off by commas after a title whose last word the
    places stage took for a town of the lexicon — the word is the name's; the town's mention goes."""
    last = c.t1 - 1
    m = board.owner[last]
    if last == c.t0 or m is None or m.t0 != last or m.t1 != c.t1 or not board.free(c.t0, last):
        return
    card = board.card_at(last)
    if card is None or card.kind != "place" or not words.is_(last, "city", "capital", bare=True):
        return
    card.mentions.remove(m)
    board.owner[last] = None


def _inside_a_title_before_its_holder(board: Board, words: Words, c: Candidate,
                                      starts: dict[int, Candidate] | None = None) -> bool:
    """"المدرب البرتغالي لأولمبيك X، جواو Y،"، "شيخ قبيلة آل X، الشيخ Y،": the words run on from a
    title up to a name set off by commas after them; they are the title's genitive (the body or
    tribe whose role it is), the name after the comma its holder."""
    if c.t1 >= words.n or not comma(words.toks[c.t1].gap):
        return False
    t = words.toks[c.t0]
    headed = _tribe_or_body_of_a_title(words, c.t0)
    if "after a title" not in c.why and not headed:
        return False
    construct = headed or (c.t0 > 0 and words.joined(c.t0) and not words.toks[c.t0 - 1].definite and words.is_(
        c.t0 - 1, "title", bare=True))  # "مدرب | نجم X، Y،": an indefinite role governs the body after it
    if not construct and (not (t.norm.startswith("ل") and any(k == 1 for _, k in t.readings)) or words.is_(
            c.t0, "given", bare=True)):
        return False  # (only the genitive's glued ل tells it from a name: "الوزير X، Y،" may list two people)
    if _titled_apposition(words, c.t1) > 0:
        return True
    if not headed or starts is None:
        return False
    k = c.t1  # "…، الشيخ Y Z": the holder's name, maybe after a rank or a form of address
    while k < min(words.n, c.t1 + 2) and words.is_(k, "rank", "honorific", bare=True) and (
            k == c.t1 or words.joined(k)):
        k += 1
    nxt = starts.get(k)
    return nxt is not None and nxt.t1 - nxt.t0 >= 2


def _tribe_or_body_of_a_title(words: Words, i: int) -> bool:
    """The name at token i is the genitive of a title through a tribe's or body's head: the
    tagger took the head in ("شيخ | قبيلة آل X"), or the head stands between ("أمير إمارة | بني X")."""
    def indefinite_title(k: int) -> bool:
        return k >= 0 and not words.toks[k].definite and words.is_(k, "title", bare=True) and words.joined(k + 1)

    def head(k: int) -> bool:
        return not words.toks[k].definite and (key(words.toks[k].norm) in titles.tribe_heads() or words.is_(
            k, "org_head", "place_transparent", bare=True))

    if head(i) and indefinite_title(i - 1):
        return True
    return i > 1 and words.joined(i) and head(i - 1) and indefinite_title(i - 2)


def _second_in_apposition(board: Board, reg: Registry, words: Words, c: Candidate) -> None:
    """"محاميا المتهم، X وY، إن …": a name set off by commas after a title, then و and a word
    of no other class, up to the closing comma — a second person named in the same apposition."""
    toks, k = words.toks, c.t1
    if c.t0 == 0 or not re.search(r"[،,]", toks[c.t0].gap) or "after a title" not in c.why:
        return
    if k >= words.n or not words.joined(k) or not proposals.conjunct_name(words, k):
        return
    end = k + 1
    while end < words.n and end - k < 3 and words.joined(end) and not words.not_name(end) and (
            words.bare[end] <= NAME_CLASSES) and not toks[end].definite:
        end += 1
    if end < words.n and not re.search(r"[،,]", toks[end].gap):
        return  # an apposition closes on a comma
    if board.free(k, end) and all(words.bare[x] <= NAME_CLASSES for x in range(k, end)):
        card = reg.card(f"person:{name_key(board.surface(k, end, 1))}", "person",
                        "a second name in the same apposition, after و")
        board.mention(card, k, end, 1)


def _first_in_apposition(board: Board, reg: Registry, words: Words, c: Candidate) -> None:
    """"زوجتاه، X Y وZ W، …": a person named after و at the close of an apposition set off by
    commas — the words of no other class between the opening comma and و name a first person."""
    toks = words.toks
    if not c.cut or toks[c.t0].norm[0] != "و" or (c.t1 < words.n and not re.search(r"[،,]", toks[c.t1].gap)):
        return
    start = c.t0
    while start > 0 and c.t0 - start < 3 and words.joined(start) and board.owner[start - 1] is None and not (
            toks[start - 1].definite or words.not_name(start - 1)) and words.bare[start - 1] <= NAME_CLASSES:
        start -= 1
    if start == c.t0 or words.joined(start) or not re.search(r"[،,]", toks[start].gap):
        return  # an apposition opens on a comma
    card = reg.card(f"person:{name_key(board.surface(start, c.t0))}", "person",
                    "a first name in the same apposition, before و and a person")
    board.mention(card, start, c.t0)


# How much of the tagger's confidence a name needs, by the other evidence it has.
_NEED_ALONE = 0.5  # the tagger alone
_NEED_CUE = 0.35  # after a title or a reporting verb, or a given name (set by dev CV, see README)
_NEED_STRONG = 0.10  # a cue and a given name, or a cue and a name of several words (dev CV: README)
_NEED_COMPOUND = 0.05  # a cue and a compound given name in الله with a family name after it


def _family_name_alone(words: Words, c: Candidate) -> bool:
    """"وأعلن الحداد": one definite word the lexicon knows only as a family name."""
    if c.t1 - c.t0 != 1 or c.t0 == 0 or not words.toks[c.t0].definite or words.bare[c.t0] != _SURNAME_ONLY_CLASS:
        return False
    cue = words.reporting(c.t0 - 1)  # right after a verb of speech: "التخطيط العمراني" is an adjective
    return cue is not None and cue.kind == VERB


_SURNAME_ONLY_CLASS = frozenset({"surname"})


def _accept(words: Words, c: Candidate) -> bool:
    """The tagger vets every candidate; the rules' evidence lowers the bar it must clear.
    Closed-class words, roles and verbs never open a name unless the tagger is sure, and a
    divine name alone ("الله"، "القدير") is never a person."""
    if words.not_name(c.t0) and not titles.name_not_rank(words, c.t0):
        return c.score >= 0.9
    if c.t1 - c.t0 == 1 and (words.is_(c.t0, "divine", bare=True) or words.toks[c.t0].norm == "الله"):
        return False
    if _dated_month(words, c.t0):
        return False  # "7 ربيع الأول 1438": a month's name in a date, no person
    if _after_territory_head(words, c.t0) and "after the place of a title" not in c.why:
        return False  # "رئيس بلدية دير X"، "قرية أبو Y": the name of the place the head noun governs
    if _future_verb_shape(words, c.t0) and words.p(c.t0, "PERS") < _SURE_INSIDE and not (
            "set off by commas after a title" in c.why and words.is_(c.t0, *_GENDERS, bare=True)):
        return False  # "الرئيس سيسافر": a future verb after a title, not a name (a listed given name set off
        # by commas after a title is the name it is listed as: "، سيلفي X،")
    if c.t1 - c.t0 == 1 and words.toks[c.t0].definite and c.score < _SURE and (
            words.toks[c.t0].norm[2:] in proposals.anonymous_words("relatives")):
        return False  # "وقال الوالد": a relative of someone in the story, described, no name
    if c.t1 - c.t0 == 1 and words.toks[c.t0].norm in proposals.collective_pronouns():
        return False  # "ويقول كثيرون": a collective that speaks, never a name
    if c.t1 - c.t0 == 1 and words.toks[c.t0].norm in _age_adjectives():
        return False  # "وتابع الشيخ الخمسيني": an adjective of age describes whom the title names, no name
    if words.toks[c.t0].norm in proposals.community_nouns() and c.score < _SURE:
        return False  # "وقال أولياء أمور الطلبة"، "وجهاء العشائر": a community's people, a group
    if proposals.dual_of_a_head(words, words.toks[c.t0].norm) and words.p(c.t0, "PERS") < _SURE:
        return False  # "وأكدت منظمتان حقوقيتان": two bodies (and their adjective), not a name the tagger half reads
    if c.t1 - c.t0 == 1 and _plural_shape(words.toks[c.t0].norm) and c.score < _NEED_ALONE:
        return False  # "وقال المحتجون": a definite plural that speaks is a group, not a family name
    if c.t1 - c.t0 == 1 and c.score < _SURE and _participle_plural(words, c.t0):
        return False  # "وتجمع مزارعون"، "وقال متظاهرون": people by a participle's plural, a group
    if c.t1 - c.t0 == 1 and _plural_described(words, c.t0):
        return False  # "مزارعون خسروا محاصيلهم": a plural and the plural verb describing it, a group
    if c.t1 - c.t0 == 1 and _role_adjective_before_name(words, c.t0):
        return False  # "الصحافي الرياضي X": the role's nisba, then the holder's given name
    if c.t1 - c.t0 == 1 and c.score < _SURE and _TANWIN.search(words.toks[c.t0].raw):
        return False  # "عافيةٍ": a word written with its indefinite case ending is a common noun
    if c.t1 - c.t0 == 1 and c.score < _SURE and c.t1 < words.n and words.joined(c.t1) and (
            words.toks[c.t1].norm in _honorific_pronouns()):
        return False  # "كرم سموه"، "زيارة معاليه": a noun the honorific possesses, no name
    if c.t1 - c.t0 == 1 and _construct_plural(words, c.t0):
        return False  # "وقال سائقو شاحنات": a participle's plural in construct, a group
    if c.t1 - c.t0 == 1 and c.score < _SURE and _before_plural_adjective(words, c.t0):
        return False  # "وأشار دبلوماسيون أوروبيون": a plural noun and its adjective, an unnamed source
    if c.t1 - c.t0 == 1 and _genitive_of_a_title(words, c.t0):
        return False  # "خطيب جمعة النجف": the title's noun in construct with a place, not a name
    if (_marked_clause_word(words, c.t0) or _governs_a_definite(words, c.t0)) and c.score < _SURE_INSIDE:
        return False  # "كان الأمير X رجلا …"، "بعودة": an everyday word with a case ending or ب/ل opens no name
    if c.t1 - c.t0 == 1 and c.score < _SURE_INSIDE and words.toks[c.t0].norm[:1] in "بل" and (
            words.toks[c.t0].norm in common_words() and not words.bare[c.t0] & NAME_CLASSES):
        return False  # "إلى الوزيرة | بشأن": a preposition news text writes glued, whole, outside names
    if _role_in_construct(words, c.t0, c.t1):
        return False  # "أمين عام الحزب"، "أمين بغداد": a role that is also a given name, in construct
    if _construct_complement(words, c.t0) and (c.score < _NEED_ALONE or (
            c.t1 - c.t0 == 1 and c.t1 < words.n and words.joined(c.t1) and _given(words, c.t1))):
        # "مدير المبيعات": a role noun in construct governs the definite word after it — surely
        # where the holder's given name follows ("أمين الهيئة X")
        return False
    cues = [w for w in c.why if not w.startswith("tagger")]
    context = [w for w in cues if w != "given name"]
    if not context and _lone_word(words, c):
        return False
    if c.score >= _NEED_ALONE:
        return True
    if context and c.t1 - c.t0 >= 3 and words.toks[c.t0 + 1].norm == "الله" and c.score >= _NEED_COMPOUND:
        return True  # "الناطق باسم الحركة وحيد الله X": a compound given name in الله and a family name
    if "set off by commas after a title" in cues or "a title set off by commas after it" in cues:
        return True
    if "after a title" in cues and c.t1 - c.t0 == 2 and words.is_(c.t0, "given", "given_rare", bare=True) and (
            _listed_surname(words, c.t0 + 1)):
        return True  # "رئيسة الرابطة X Y": a listed given name and a word listed only as a family name
    if context and ("given name" in cues or c.t1 - c.t0 >= 2 or _closed_apposition(words, c)
                    or _family_name_alone(words, c)):
        return c.score >= _NEED_STRONG
    return bool(cues) and c.score >= _NEED_CUE


def _place_before_given(words: Words, i: int) -> bool:
    """Token i, right after a territory's head in construct, is no given name and a listed given
    name follows it: the place's one-word name, then a person's ("بلدية X | سالم Y")."""
    return (_after_territory_head(words, i) and words.label(i) == "B-PERS" and i + 1 < words.n
            and plain(words.toks[i + 1].gap) and not words.is_(i, *_GIVEN_CLASSES, bare=True)
            and words.is_(i + 1, *_GIVEN_CLASSES, bare=True))


def _after_territory_head(words: Words, i: int) -> bool:
    """Token i (or the start of the tagger's name it is inside) follows an indefinite territory
    head in construct ("بلدية"، "قرية"، "محافظة")."""
    while i > 0 and words.label(i) == "I-PERS" and plain(words.toks[i].gap):
        i -= 1
    if i == 0 or not plain(words.toks[i].gap):
        return False
    t = words.toks[i - 1]
    return not t.definite and any(f in word_set("organizations", "territory_heads") for f, _ in t.readings)


def _body_or_place_span_at(words: Words, i: int) -> tuple[int, str] | None:
    """(end, type) of the tagger's ORG or LOC span that opens at token i (indexed once per
    document: asked per candidate, a scan of every span would be quadratic)."""
    memo = words.memo("body_or_place_span_starts")
    if not memo:
        for typ in ("LOC", "ORG"):  # (an ORG span wins where both open: set last)
            memo.update({a: (b, typ) for a, b in spans(words, typ)})
        memo.setdefault(-1, (-1, ""))  # (the index is built: an empty document's is not rebuilt)
    return memo.get(i)


def _first_name_before(board: Board, words: Words, i: int) -> bool:
    """Token i opens an accepted name with a given name, and the word before it, free and
    joined to it, is a listed given name that is no word, role or place as well: the first
    name, the one i opens the father's ("سلمى يوسف X")."""
    return (i > 0 and board.owner[i - 1] is None and words.joined(i) and not aside_dash(words.toks[i].gap)
            and (_given(words, i) or _divine_compound(words, i))
            and (_given(words, i - 1) or _rare_opening(words, i - 1))
            and not words.is_(i - 1, "title", "rank", "honorific", "stop", "never", "country", "city", "capital")
            and not words.not_name(i - 1) and not words.toks[i - 1].definite
            and not titles.in_long_head(words, i - 1))  # ("الفريق أول | ركن": a rank's last word)


def _given_before_patronymic(board: Board, words: Words, i: int) -> bool:
    """Token i opens an accepted name with a patronymic particle, and the word before it, free,
    is the bearer's own given name (`Words.given_before_patronymic`) and no rank, form of address,
    place or verb: "الهادي | بن X"، "السالكة | منت X" (a title before a particle stays a title:
    "الرئيس | بن X" is the family name alone)."""
    return (i > 0 and board.owner[i - 1] is None and words.given_before_patronymic(i - 1)
            and not words.is_(i - 1, "rank", "honorific", "stop", "never", "country", "city", "capital", bare=True)
            and words.cue_at.get(i - 1) is None and words.reporting(i - 1) is None
            and not titles.in_long_head(words, i - 1))


def _handmaid_before(board: Board, words: Words, i: int) -> bool:
    """Token i is a divine name and the free word joined before it is "أمة" ("handmaid of"): with it,
    a woman's compound given name ("أمة الرحمن"، "أمة الله"), as عبد + a divine name is a man's."""
    return (i > 0 and board.owner[i - 1] is None and words.joined(i) and words.toks[i - 1].norm in ("امه", "وامه")
            and words.is_(i, "divine", bare=True))


def _divine_compound(words: Words, i: int) -> bool:
    """Tokens i, i+1 are عبد + a divine name ("عبد الرحمن"): a given name, though عبد alone is a word."""
    return (words.toks[i].norm == "عبد" and i + 1 < words.n and words.joined(i + 1)
            and words.is_(i + 1, "divine", bare=True))


def _unlisted_first_name(board: Board, words: Words, nxt: Candidate | None, i: int) -> bool:
    """Token i, after a title, is a listed given name (however rare, a word too), or a word no
    lexicon lists that news text does not write outside names, joined to a name of two words or
    more the tagger reads from a listed given name on.  The title is closed before it: by a
    definite word (no rank, which an unlisted adjective may follow: "المقدم بحري"), a place's or
    a body's name, or a mark — never an indefinite head whose genitive the word could be."""
    prev = words.toks[i - 1]
    closed = (prev.definite and not words.is_(i - 1, "rank")) or board.owner[i - 1] is not None or (
        not plain(words.toks[i].gap))
    if not closed or nxt is None or nxt.t1 - nxt.t0 < 2 or not words.joined(i + 1) or (
            not words.is_(i + 1, *_GIVEN_ANY, bare=True)):
        return False
    t = words.toks[i]
    if not words.bare[i] <= NAME_CLASSES or len(t.norm) < 3 or t.norm.isdigit() or words.p(i, "PERS") < _NEED_STRONG:
        return False
    if words.is_(i, *_GIVEN_ANY, bare=True):
        return True  # (a given name a list holds, however rare, or a word too: "التجاني"، "إخلاص")
    return not t.definite and not any(f in common_words() for f, _ in t.readings)


def _rare_opening(words: Words, k: int) -> bool:
    """Token k is a rare given name right after a verb of speech or a role noun ("وقال مثنى
    X Y"، "العضوة X"): the slot a name opens, so the rare listing is enough."""
    return words.is_(k, "given_rare", bare=True) and k > 0 and (
        words.cue_at.get(k - 1) is not None or _role_noun_before(words, k))


def _described_after(words: Words, j: int) -> bool:
    """A person's apposition opens at token j: "، وهو/وهي …" or an age in brackets ("(23 عاما)")."""
    if j >= words.n:
        return False
    t = words.toks[j]
    if comma(t.gap) and t.norm in ("وهو", "وهي"):
        return j + 1 < words.n and words.toks[j + 1].norm not in ("ما", "امر")  # ("، وهو ما …": "which is")
    return titles.after_age(words, j) != j


def _role_noun_before(words: Words, i: int) -> bool:
    """Token i follows, with only white space, a definite role noun standing alone as the title
    ("المحامية"، "الطبيب"): no head of a body, whose name could follow it."""
    return (i > 0 and plain(words.toks[i].gap) and words.toks[i - 1].definite
            and words.is_(i - 1, "title", bare=True) and not words.is_(
                i - 1, "org_head", "org_head_weak", "media_head", "place_head", "rank"))


def _people_noun(words: Words, i: int) -> bool:
    """Token i is an indefinite noun for a person of the story ("امرأة"، "سيدة"، "صيدلي":
    `people_nouns`, or its dual: "امرأتان") or for people ("زوار"، "تجار": `people_plurals`), not a given name of one
    gender only — a description, no name."""
    norm = words.toks[i].norm
    return (not words.toks[i].definite and (norm in proposals.people_nouns() or norm in proposals.people_plurals()
                                            or proposals.people_dual(norm))
            and not words.is_(i, "given_m", "given_f", bare=True))


def _family_before_that(words: Words, i: int, j: int) -> bool:
    """Tokens i, i+1 are given names and token j a definite word right before إنّ/أنّ or a comma:
    between a verb of speech's subject and what was said nothing but the name stands, so the word
    is its family name, though the lexicon knows it as a common noun ("العدوان")."""
    toks = words.toks
    if j + 1 >= words.n or not toks[j].definite or not plain(toks[j].gap) or len(toks[j].norm) < 5:
        return False
    listed = all(words.is_(k, "given", "given_m", "given_f", bare=True) or (toks[k].norm == "عبد" and k + 1 < j)
                 or (k > i and toks[k - 1].norm == "عبد") for k in range(i, j))
    # (two given names, or three with "عبد" and its second half: "X عبد Y | Z"; before إنّ the
    # father's may be any name, or عبد written joined: "X عبدالرحيم | Z | إن")
    loose = listed or (words.is_(i, "given", "given_m", "given_f", bare=True) and all(
        _fathers_name(words, k) for k in range(i + 1, j)))
    if not loose:
        return False
    if words.is_(j, "stop", "never", "title", "temporal", "nationality", bare=True) or (
            words.reporting(j) is not None):
        return False
    nxt = toks[j + 1]
    if words.is_(j, "rank", bare=True):
        # "X Y | المقدم | أن": a rank's word right before أنّ, with no comma setting it off, is the
        # family's name (a rank in apposition is set off: "X Y، العقيد في الجيش، …")
        return listed and nxt.norm in _THAT
    if nxt.norm in _THAT_LINKS and j + 2 < words.n and plain(toks[j + 2].gap) and toks[j + 2].norm in _THAT:
        return True  # "وحذر X Y | Z | من أن …": the verb's preposition, then أنّ
    if nxt.raw.startswith("ل") and not comma(nxt.gap) and any(
            toks[k].norm in _THAT for k in range(j + 2, min(words.n, j + 5))):
        return True  # "وقال X Y | Z | لـ«الصحيفة» إن": whom it was said to, then إنّ
    return nxt.norm in _THAT or (listed and comma(nxt.gap))


def _fathers_name(words: Words, k: int) -> bool:
    """Token k may be a father's name inside a full name: a word the lexicons know only as a
    name (a family name too: "مفلح"), or عبد written joined to its second half ("عبدالرحيم")."""
    if words.toks[k].definite:
        return False
    return _given(words, k) or _unknown(words, k) or (bool(words.bare[k]) and words.bare[k] <= NAME_CLASSES)


_THAT = ("ان", "انه", "انها")
_THAT_LINKS = frozenset(["من", "الي", "علي", "على"])  # "حذر من أن"، "أشار إلى أن"، "شدد على أن"


def _role_of_a_place(board: Board, words: Words, i: int) -> bool:
    """Token i is a role noun the lexicon lists as a given name too ("والي"، "أمير"، "حاكم") with a
    place's name right after it: the role of that place, no person's name."""
    if i + 1 >= words.n or not plain(words.toks[i + 1].gap) or not words.is_(i, "title"):
        return False
    m, card = board.owner[i + 1], board.card_at(i + 1)
    return card is not None and card.kind == "place" and m is not None and m.t0 == i + 1


def _governed_by_head(words: Words, i: int) -> bool:
    """Token i, no given name, follows an indefinite head of a body or place in construct and a
    given name follows it: the head's genitive (its district, its town), not a name's first word —
    or i opens a tribe's name after its head ("شيخ عشيرة | البو X | Y …")."""
    if (end := titles.tribe_name_end(words, i)) > i and end < words.n and (
            _given(words, end) or words.is_(end, "given", "given_m", "given_f", bare=True)):
        return True
    return 0 < i < words.n - 1 and not words.toks[i - 1].definite and plain(words.toks[i].gap) and words.is_(
        i - 1, "org_head", "org_head_weak", "place_head", "place_transparent", bare=True) and not words.is_(
        i, "given", bare=True) and _given(words, i + 1)


def _after_body(board: Board, i: int) -> bool:
    """Token i follows, with only white space, the last word of a body's name."""
    if i == 0 or not plain(board.toks[i].gap):
        return False
    card, m = board.card_at(i - 1), board.owner[i - 1]
    return card is not None and card.kind == "organization" and m is not None and m.t1 == i


_NAME_OR_TOWN = NAME_CLASSES | {"city", "capital"}
_NAME_OR_PLACE = NAME_CLASSES | {"gaz_place"}  # ("الراشدية": a family name a town's too)


def _titled_apposition(words: Words, i: int) -> int:
    """The end of a name of two or three words set off by commas right after a title ("قال
    عضو مجلس البلدية، X Y، إن"): words that are names in the lexicon (however rare) or no
    word of news text, none an everyday word; the commas and the title are the evidence a
    rare or foreign name lacks in the tagger.  0 when the words between are no such name."""
    toks = words.toks
    if i == 0 or not (comma(toks[i].gap) or (  # (or before the nationality opening it: "، البرتغالي X Y،")
            i > 1 and comma(toks[i - 1].gap) and plain(toks[i].gap) and toks[i - 1].definite
            and words.is_(i - 1, "nationality", bare=True)) or _role_noun_after_comma(words, i)):
        return 0
    j = i + 1
    while j < words.n and j - i < 2 and words.joined(j) and words.is_(j, "given", "surname", bare=True) and (
            words.is_(i, "given", bare=True)) and not comma(toks[j].gap) and not toks[j].definite:
        j += 1  # ("، المحامية X Y الZ،": the given and father's names before the family's)
    if j + 1 < words.n and words.is_(i, "given", bare=True) and words.joined(j) and comma(toks[j + 1].gap) and (
            toks[j].definite and not words.any[j] and not _inflected(toks[j])):
        return j + 1  # "، كمال العدوان،": a listed given name, then a definite word of no class at
        # all — the family name, even one news text writes as an everyday noun
    common = common_words()
    k = i
    while k < words.n and k - i < 4 and (k == i or words.joined(k)):
        t = words.toks[k]
        # (a nationality's shape after a definite word is a given name: "، البرتغالي جورجي X،")
        bare = words.bare[k] - {"nationality"} if words.unagreeing_nisba(k) else words.bare[k]
        if words.madda_name(k):
            bare = bare & NAME_CLASSES  # ("، آنا X،": the given name, not the pronoun it folds with)
        named = bare and bare <= NAME_CLASSES and bare != {"gaz_place"}
        if k > i and bare and bare <= _NAME_OR_TOWN:
            named = True  # "، فرناندو تافاريش ليما،": a later word of the name may be a town's
        # (a later word no lexicon knows under any reading may open like a verb: "ليندكفيست")
        foreign = k > i and len(t.norm) >= 5 and (not words.any[k] or (
            # a foreign word ending in ا has no class as written, whatever a clitic reading finds
            not words.bare[k] and t.norm.endswith("ا") and not any(f in common for f, _ in t.readings)))
        family = k > i and t.definite and "surname" in bare  # ("، X Y العمر،": a listed family name, a word too)
        if words.not_name(k) or not (named or words.unlisted(k) or foreign) or (any(
                f in common for f, _ in t.readings) and not family) or (not named and _inflected(t) and not (
                foreign and t.norm.endswith("ا") and t.norm[:-1] not in common
                and not lexicon().classes_of(t.norm[:-1]))):
            return 0  # (a foreign name may end in ا, "باياكا"، where the word without it is none either)
        k += 1
    if not 2 <= k - i <= 3 or k >= words.n or not comma(toks[k].gap):
        return 0
    return k


def _apposed_title_after(board: Board, words: Words, i: int) -> int:
    """"…، وكارين X، نائبة وزير الدفاع، …": a listed given name opening a comma-set apposition
    (maybe after و), one or two words that are names or no word at all, a comma, then a title:
    the title's holder.  The end of the name, else 0."""
    t = words.toks[i]
    opened = "،" in t.gap or "," in t.gap  # (after a closing bracket too: "(X)، وكارين …")
    if not opened or not words.is_(i, "given", "given_f", "given_m", "given_rare"):
        return 0
    common = common_words()
    k = i + 1
    while k < min(words.n, i + 3) and words.joined(k) and (_unknown(words, k) or words.bare[k] <= _NAME_OR_PLACE) and (
            not words.not_name(k)) and not any(f in common for f, _ in words.toks[k].readings):
        k += 1
    if k == i + 1 or k >= words.n or not comma(words.toks[k].gap):
        return 0
    return k if titles.after(board, words, k) is not None else 0


def _role_noun_after_comma(words: Words, i: int) -> bool:
    """"، المحامية | X Y،": token i follows a definite role noun alone that a comma opens."""
    return i > 1 and comma(words.toks[i - 1].gap) and _role_noun_before(words, i)


def _closed_apposition(words: Words, c: Candidate) -> bool:
    """"…، مساعدة وزير الصحة، X." : words no lexicon or news text knows but as names, set off by
    a comma after a title and closed by punctuation — the title's holder."""
    toks = words.toks
    if c.t0 == 0 or not re.search(r"[،,]", toks[c.t0].gap):
        return False
    if c.t1 < words.n and not re.search(r"[،,.:؛]", toks[c.t1].gap):
        return False
    return all(words.unlisted(k) for k in range(c.t0, c.t1))


def _lone_word(words: Words, c: Candidate) -> bool:
    """One indefinite word, written once in the article, joined to the word before it with no
    title or reporting verb around it: an everyday noun or adjective in a noun phrase that the
    tagger took for a name ("موقف كريم"، "مستقبل زاهر"), unless the tagger is sure.  A real name
    comes back (a second mention), is definite (a family name in ال), or stands after a
    title, a cue or a preposition."""
    if c.t1 - c.t0 != 1 or words.toks[c.t0].definite or words.p(c.t0, "PERS") >= _SURE:
        return False
    if c.cut or not words.joined(c.t0) or words.toks[c.t0 - 1].norm in prepositions():
        return False  # "مع X"، "لـX", or after a comma: where a name stands alone as often as a noun
    return stem_count(words, words.toks[c.t0].norm[c.cut :]) <= 1


def _genitive_of_a_title(words: Words, i: int) -> bool:
    """One word between a role noun and a place or a place's head noun ("خطيب جمعة النجف"،
    "إمام جمعة مسجد X"): the role's genitive chain, not a name between them."""
    if i == 0 or i + 1 >= words.n or not words.joined(i) or not words.joined(i + 1):
        return False
    if not words.is_(i - 1, "title", "profession", bare=True) or words.toks[i].definite:
        return False
    # a definite place ("النجف"); a bare one may be a family name ("جورج واشنطن")
    if words.toks[i + 1].definite and words.is_(i + 1, *_PLACES, bare=True):
        return True
    # "… مسجد الكوفة": an indefinite noun (no name) in construct with the place
    j = i + 1
    return (j + 1 < words.n and words.joined(j + 1) and not words.toks[j].definite and words.toks[j + 1].definite
            and not words.bare[j] & NAME_CLASSES and words.is_(j + 1, *_PLACES, bare=True))


_PLACES = ("country", "capital", "city", "region", "place_head", "gaz_place")


def _role_in_construct(words: Words, i: int, end: int) -> bool:
    """A word that is both a given name and a role noun ("أمين") opening a longer role ("أمين
    عام"), in construct with a place ("أمين بغداد") or with a definite noun no name is ("أمين
    الهيئة" before its holder's name, though the tagger read the two as one name): the role, not a name."""
    if not words.is_(i, "title", "title_possessive", bare=True) or not words.is_(i, "given", bare=True):
        return False
    if end == i + 1 and any(h.cls == "title" and h.cut == 0 and h.end > i + 1 for h in words.hits[i]):
        return True
    if i + 1 >= words.n or not words.joined(i + 1):
        return False
    if end == i + 1 and words.is_(i + 1, "country", "capital", "city", bare=True):
        return True
    # "أمين الهيئة X": a definite word no lexicon lists, then the holder's given name
    return (words.toks[i + 1].definite and not words.bare[i + 1] and i + 2 < words.n and words.joined(i + 2)
            and _given(words, i + 2))


def _construct_complement(words: Words, i: int) -> bool:
    """A definite word no lexicon lists as a name, right after an indefinite role noun: the
    role's genitive ("مدير المبيعات"، "وزير الخارجية"), a name only if the tagger is sure."""
    if i == 0 or not words.joined(i) or not words.toks[i].definite or words.bare[i] & NAME_CLASSES:
        return False
    prev = words.toks[i - 1]
    return words.is_(i - 1, "title", "title_possessive", bare=True) and not prev.definite


def _future_verb_shape(words: Words, i: int) -> bool:
    norm = words.toks[i].norm
    return len(norm) >= 5 and norm.startswith(("سي", "ست", "سن")) and not words.is_(i, "given", bare=True)


def _before_plural_adjective(words: Words, i: int) -> bool:
    """A word followed by a plural nisba ("دبلوماسيون أوروبيون"، "أطباء ميدانيون"، "ناشطات
    محليات"): the adjective agrees in number with a plural noun, never with a name."""
    w = words.toks[i].norm
    if len(w) < 4 or i + 1 >= words.n or not words.joined(i + 1) or words.is_(i, "given", bare=True):
        return False  # (a broken plural too: "أطباء ميدانيون")
    nxt = words.toks[i + 1]
    return (not nxt.definite and len(nxt.norm) >= 6 and nxt.norm.endswith(("يون", "يين", "يات"))
            and not words.bare[i + 1] & {"given", "surname", "stop", "never"})


_TANWIN = re.compile("[\u064b-\u064d]")  # the three tanwin marks


def _participle_plural(words: Words, i: int) -> bool:
    """An indefinite sound plural of a participle (مـ … ون/ين, seven letters or more: "مزارعون"،
    "متظاهرين") that no list holds as a name: people described, never one person's name."""
    t = words.toks[i]
    w = t.norm[1:] if t.norm[:1] == "و" and len(t.readings) > 1 else t.norm
    return (not t.definite and w.startswith("م") and len(w) >= 7 and w.endswith(("ون", "ين"))
            and not words.bare[i] & NAME_CLASSES)


def _plural_described(words: Words, i: int) -> bool:
    """An indefinite sound plural in ون with a plural past verb right after it (no name takes a
    plural verb): "نازحون فروا"، "مزارعون خسروا"."""
    w, nxt = words.toks[i].norm, words.toks[i + 1].norm if i + 1 < words.n else ""
    return (not words.toks[i].definite and len(w) >= 5 and w.endswith("ون") and words.joined(i + 1)
            and len(nxt) >= 4 and nxt.endswith("وا") and not words.bare[i + 1] & NAME_CLASSES)


def _role_adjective_before_name(words: Words, i: int) -> bool:
    """A definite nisba between a role noun and a listed given name ("الصحافي الرياضي X"،
    "المحلل الاقتصادي X"): the role's adjective, not a family name."""
    w = words.toks[i].norm
    return (0 < i < words.n - 1 and w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) >= 6
            and words.joined(i) and words.joined(i + 1) and words.is_(i - 1, "title", bare=True)
            and words.toks[i - 1].definite and words.is_(i + 1, "given", bare=True))


@cache
def _honorific_pronouns() -> frozenset[str]:
    """A form of address with a pronoun (سموه، معاليه، فخامتها …), from `pronoun_referents`."""
    return frozenset(stem + p for stem in titles.pronoun_referents() for p in ("ه", "ها"))


def _construct_plural(words: Words, i: int) -> bool:
    """A participle's sound plural in construct ("سائقو"، "مراقبو"), no listed name, with a
    definite or everyday noun joined after it — whatever the tagger reads."""
    if words.bare[i] & NAME_CLASSES or i + 1 >= words.n or not words.joined(i + 1):
        return False
    nxt = words.toks[i + 1]
    if not nxt.definite and (words.bare[i + 1] & NAME_CLASSES or not (
            nxt.norm in common_words() or nxt.norm.endswith(("ات", "ين")))):
        return False  # "مارسيلو X": a foreign given name of that shape, then its family name
    return proposals.construct_plural_shape(words.toks[i].norm)


def _plural_shape(norm: str) -> bool:
    """A definite sound plural (المحتجون، المتظاهرات): never a family name alone."""
    return norm.startswith("ال") and len(norm) >= 7 and norm.endswith(("ون", "ات"))


def _name_key(board: Board, c: Candidate) -> str:
    return name_key(board.surface(c.t0, c.t1, c.cut))


@lru_cache(maxsize=65536)  # asked of every reading of every token when names repeat (cards._match)
def name_key(surface: str) -> str:
    """A person's name in one form for matching: normal form, عبد joined to what follows."""
    return key(surface).replace("عبد ال", "عبدال").replace("ابو ", "ابو")


def plain_gap(words: Words, i: int) -> bool:
    return plain(words.toks[i].gap)

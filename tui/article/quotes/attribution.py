"""Who said it: the speaker of each stretch of speech, chosen among the actor mentions.

The evidence, strongest first, each named in the quote's ``why``:

- the source after an attribution ("حسب / وفقا لـ / نقلا عن X"), or after "عن" when a medium
  relays it ("نقلت الوكالة عن الوزير أن …": the minister, not the agency);
- the subject right after the verb (verb–subject order, "وقال الوزير X"), skipping adjuncts
  ("في بيان"، "أمس") and never taking the addressee ("قال X لـY": X);
- the antecedent of a relative clause ("X الذي قال") or a subject before the verb ("X، قال");
- a statement as subject ("وأشار البيان إلى") speaks for whoever issued it;
- a participle ("مضيفا") shares the subject of its sentence's verb;
- a continuation with no subject ("وأضاف") goes to the previous *speaker*, not the last
  actor mentioned.

Throughout, the verb's gender and number must agree with the candidate (a feminine verb
is not a man's).  A subject no card covers is handed back to the actor stage, which makes
an unnamed-source, group or person card of it, or refuses.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import lexicon
from ..actors import orgs, titles
from ..actors.cards import body_gender
from ..actors.proposals import (
    GUARDIANS,
    SPEAKER_NOUNS,
    anonymous_words,
    behind_preposition,
    community_nouns,
    construct_plural_shape,
    counted_by,
    dual_of_a_head,
    one_of_someones,
    people_dual,
    people_nouns,
    people_plurals,
    source_noun,
    subject_phrase,
)
from ..actors.words import NAME_CLASSES, POSSESSIVE, manner_noun, prepositions
from ..doc.normal import key
from ..doc.shapes import verbal_noun_shape
from ..doc.tokens import Token, comma, plain
from ..lexicon import phrase_at, phrase_index
from ..lexicon.index import lexicon as lexicon_index
from ..models.common import common_words
from .cues import AFTER, MASDAR, PARTICIPLE, VERB, Cue
from .spans import HONORIFIC_PRONOUN, RELATIVE, THAT, Ctx, Draft, document_noun, opens_clause, statement_only

if TYPE_CHECKING:
    from ..actors import ActorStage
    from ..actors.board import Card

SPEAKING = ("person", "anonymous", "organization", "group")
_RELATIVE_AGREEMENT = {"الذي": ("m", "sg"), "التي": ("f", "sg"), "الذين": ("m", "pl"), "اللذين": ("m", "du"),
                       "اللتين": ("f", "du"), "اللواتي": ("f", "pl"), "اللاتي": ("f", "pl")}
_PRONOUN_SUBJECT = re.compile(r"^(?:هو|هي|هم)$")  # and HONORIFIC_PRONOUN
_WHAT = frozenset(["ما", "بما", "مما"])  # the relative ما: the object of the verb after it, no antecedent
_MASDAR_REACH = 20  # tokens back from "قوله" to the "عن" naming its source
_FROM_THEM = {"عنه": "m", "عنها": "f"}  # "ونقل زوار X عنه": from him, the one named in who relays it
_KANA = frozenset(["كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا"])
_BARE_KANA = {"كان": "m", "كانت": "f", "كانوا": "pl"}  # what each form agrees with
_MASCULINE_PLACES = frozenset(key(w) for w in ["لبنان", "العراق", "الأردن", "السودان", "المغرب", "اليمن",
                                              "الكويت", "البحرين", "قطر", "الصومال", "الكيان"])


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("reporting_verbs")["words"][name])


@cache
def _male_ta() -> frozenset[str]:
    return _words("male_ta")


@cache
def _dual_role(w: str) -> str | None:
    """The gender of a role or source noun's nominative dual ("مسؤولان": m, "موظفتان": f; in the
    normal form), or None when the word is no such dual."""
    if len(w) < 6 or not w.endswith("ان"):
        return None
    roles = ("anon", "title", "profession")
    if w.endswith("تان") and (lexicon_index().classes_of(w[:-3] + "ه") & set(roles) or people_dual(w)):
        return "f"
    return "m" if lexicon_index().classes_of(w[:-2]) & set(roles) or people_dual(w) else None


@dataclass(slots=True)
class Choice:
    card: Card | None
    why: str
    feature: str = ""  # the kind of evidence that offered this speaker


@cache
def _weights() -> dict[str, float]:
    path = Path(__file__).with_name("attribution.toml")
    if path.is_file():  # a plain read: importlib.resources' readers (zipfile …) cost more than the file
        raw = path.read_text(encoding="utf-8")
    else:  # the package inside an archive
        from importlib import resources

        raw = resources.files(__package__).joinpath("attribution.toml").read_text(encoding="utf-8")
    return {k: float(v) for k, v in tomllib.loads(raw)["weights"].items()}


class _Weights:
    def __getitem__(self, k: str) -> float:
        return _weights()[k]


_W = _Weights()


def _weight(ch: Choice) -> float:
    return _W[ch.feature]


def _tagged(ch: Choice | None, feature: str) -> Choice | None:
    if ch is None:
        return None
    if not ch.feature:
        ch.feature = feature
    return ch


def _best(offers: list[Choice]) -> Choice | None:
    """The highest-weighted offer; on a tie, the one offered first (the stronger reading)."""
    best: Choice | None = None
    for ch in offers:
        if best is None or _weight(ch) > _weight(best):
            best = ch
    return best


_DESCRIBED_BACK = 150  # tokens back within which "«…»، يقول الحرفي" finds the person it describes

# normal forms of words that open another clause with its own subject ("…، فيما X قال"، "لكن X رفض")
_BUT = frozenset(["لكن", "ولكن", "بل", "بينما", "فيما"])
_HOWEVER = frozenset(["غير", "الا"])  # (before أن: "غير أن"، "إلا أن" open a sentence as "but")
@cache
def _continuing() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("reporting_verbs")["words"]["continuing"])


_INTERVIEWED_AFTER = frozenset(key(w) for w in ["مع", "إلى"])  # "حوار مع X"، "أسئلة إلى X"


_DESCRIPTION_MAX = 10  # words of a description a person's name is set off after, taken as their title


_NAME_IN_MARKS = 5  # words in quotation marks that may be a name ("«X Y»"), not someone's speech
_ASKED_REACH = 30  # words between a verb of asking and the answer in its sentence
_HE_IS = frozenset(["وهو", "وهي"])
_DESCRIPTION_REACH = 8  # words of a description set off after "وهو"


class Attributor:
    def __init__(self, ctx: Ctx, stage: ActorStage) -> None:
        self.ctx = ctx
        self.stage = stage
        self.toks = ctx.toks
        self.history: list[tuple[int, Card]] = []  # (offset, speaker) of the quotes so far
        self.question: tuple[Draft, Card | None] | None = None  # the last quotation a verb of asking opened
        # (the cards' state it was built at, mention starts, rows): bodies by position, see _body_between
        self._bodies: tuple[tuple[int, int], list[int], list[tuple[int, int, Card]]] | None = None
        self.issued: dict[str, list[tuple[int, Card]]] = {}  # a word of a statement → who issued it, where
        self._first_stem: dict[str, int] | None = None  # a word (without ال) → its first token
        self.learned: dict[int, tuple[str | None, str]] = {}  # card → (gender, number) seen on its verbs
        self.subjects = self._sentence_subjects()  # (offset, card) of each sentence's opening subject
        self.subject_starts = [pos for pos, _ in self.subjects]
        # "نقلا عن X"، "على لسان X" between a verb and its content: X said it
        self.relays = [c for c in ctx.cues if c.kind == AFTER and key(c.text).startswith(("نقلا", "علي لسان"))]
        self.relay_starts = [c.start for c in self.relays]

    # -- mentions ---------------------------------------------------------------------------
    def card(self, i: int) -> Card | None:
        return self.stage.card_at(i)

    def mentions_in(self, a: int, b: int) -> list[tuple[int, Card]]:
        """(first token, card) of each mention starting inside tokens [a, b)."""
        out: list[tuple[int, Card]] = []
        prev = None
        for i in range(max(0, a), min(b, self.ctx.n)):
            m = self.stage.board.owner[i]
            if m is not None and m is not prev and not self._in_dateline(m.t0, m.t1):
                c = self.stage.board.card_of_mention.get(id(m))
                if c is not None:
                    out.append((i, c))
            prev = m
        return out

    def _in_dateline(self, t0: int, t1: int) -> bool:
        """A mention in an article's dateline ("المدينة (الوكالة) - قال …"): the first words
        of a line, before a dash — where the story was filed and by whom, never a subject."""
        toks = self.toks
        k = t0
        while k > 0 and "\n" not in toks[k].gap and t0 - k < 4:
            k -= 1
        if k > 0 and "\n" not in toks[k].gap:
            return False
        return any(_DASH.search(toks[j].gap) for j in range(t1, min(t1 + 2, self.ctx.n)))

    # -- agreement --------------------------------------------------------------------------
    def features(self, card: Card) -> tuple[str | None, str | None]:
        if card.n in self.learned:
            return self.learned[card.n]
        if card.kind == "person":
            g = card.gender
            if g == "m" and self._female_given(card):
                # "عضو الكونغرس سارة X": a woman's role often keeps its masculine form, and a name
                # listed as a woman's may be a man's elsewhere ("المتحدث باسم الكرملين، فاليري X"):
                # either gender, until a verb with the person as its subject settles it (learn)
                return None, "sg"
            return (g or self._name_gender(card)), "sg"
        first = key(card.names()[0].surface).split()[0].removeprefix("ال") if card.names() else ""
        if card.kind in ("anonymous", "group") and (g := _dual_role(first)) is not None:
            return g, "du"  # "مسؤولان"، "موظفتان": two people by a role noun's dual
        if card.kind in ("anonymous", "group") and any(
                len(w) >= 5 and w.endswith(("ون", "ين")) for w in (card.head or first, first)):
            return "m", "pl"  # "ناشطون": people (its head noun is listed as "ناشط")
        if card.kind in ("anonymous", "group") and ((len(first) >= 5 and first.endswith("ات")) or (
                first in anonymous_words("feminine_plurals"))):
            return "f", "pl"  # "زوجات"، "أرامل": women, whom a feminine verb before them has as its subject
        if card.plural:
            return None, "pl"
        if card.kind == "anonymous" and card.gender:
            return card.gender, "sg"
        g = body_gender(card, self.stage.words)
        if g is not None:
            return g, "sg"  # "تنظيم X" takes "أعلن"، "منظمة X" "أعلنت": the head noun its name shows
        # a body's or a state's verb agrees with its head noun, which its name seldom shows
        # ("أعلنت الأمم المتحدة"، "قال البنتاغون"): no gender is assumed for them
        return None, "sg"

    def _female_given(self, card: Card) -> bool:
        """The full name may be a woman's: its given name is listed only as a woman's (not a rare
        entry), written with a final ة that no man's name has, or listed for either gender on a
        person with a title (a role women hold in the masculine form too)."""
        names = card.names()
        if not names:
            return False
        m = max(names, key=lambda m: (m.t1 - m.t0, -m.t0))
        if m.t1 - m.t0 < 2:
            return False  # a family name alone says nothing of the gender
        w, t = self.stage.words, self.toks[m.t0]
        if t.raw.endswith("ة") and t.norm not in _male_ta() and not t.norm.startswith(("بو", "ابو")):
            return True  # (not a man's name in ة, nor a kunya: "بوقرة")
        if card.titles and w.is_(m.t0, "given_x", bare=True) and not w.is_(m.t0, "given_m", "given_f", bare=True):
            return True  # "المفوض العام، د. X": a name the lists give either gender, a role women hold in the masculine
        return w.is_(m.t0, "given_f", bare=True) and not w.is_(m.t0, "given_m", "given_rare", bare=True)

    def _name_gender(self, card: Card) -> str | None:
        """A person's gender from their given name: the gendered name lists, or a final ة."""
        w = self.stage.words
        names = card.names()
        longest = max((m.t1 - m.t0 for m in names), default=0)
        # the given name opens the fullest name; a family name said alone ("وأضاف X" for "Y Z X")
        # is no given name, whatever its ending ("… حمادة")
        givens = {key(m.surface).split()[0] for m in names if m.t1 - m.t0 == longest and m.surface.split()}
        for m in names:
            if longest >= 2 and m.surface.split() and key(m.surface).split()[0] not in givens:
                continue
            if w.is_(m.t0, "given_f", bare=True) and not w.is_(m.t0, "given_m", bare=True):
                return "f"
            if w.is_(m.t0, "given_m", bare=True) and not w.is_(m.t0, "given_f", bare=True):
                return "m"
            raw = self.toks[m.t0].raw
            if raw.endswith("ة") and self.toks[m.t0].norm not in _male_ta():
                return "f"
        return None

    def agrees(self, cue: Cue | None, card: Card, order: str = "pro") -> bool:
        """Whether the verb can have this subject.  A verb before its subject ("vso") is
        singular whatever the subject's number, and a plural of things or a broken plural
        takes a feminine singular verb ("قالت مصادر"); a verb after its subject or with its
        subject only in the verb ("svo", "pro") agrees in number too."""
        if cue is None or cue.gender is None:
            return True
        if order == "vso" and card.kind in ("organization", "place") and card.n in self.learned:
            return True  # the verb agrees with the name it stands before ("قالت الوزارة" … "وأكد البنتاغون")
        g, n = self.features(card)
        if g is None and n is None:
            return True
        if n == "pl":
            if g == "m" and order != "vso":
                return cue.number == "pl"  # "إعلاميون" are people: "وتابعت" is not theirs, "وتابعوا" is
            if g != "f" and card.kind == "group" and card.gender != "f" and cue.transitive and (
                    cue.number, cue.gender) == ("sg", "f"):
                return False  # "ودعت السكان إلى …": people (not women, not bodies) after a feminine verb
                # that takes an object are its object
            return order == "vso" or cue.number == "pl" or (cue.number == "sg" and cue.gender == "f")
        if n == "du" and order != "vso":
            return cue.number == "pl" or (cue.number == "du" and cue.gender in (g, None))  # "وقالتا": the two
        if cue.number == "du" and card.kind == "anonymous" and order != "vso":
            return False  # (one unnamed source, "الوزيرة", takes no "وقالتا")
        if cue.number == "pl" and order != "vso" and (card.kind in ("person", "anonymous") or (
                card.kind in ("organization", "place") and g == "f")):
            return False  # (a singular unnamed source, "مدرس في مدرسة خاصة", takes no "وقالوا", nor a body
            # whose head is feminine: "وأضافوا" after "قالت المديرية" is other people's — a council of
            # people may speak in the plural)
        if (order == "vso" and card.kind == "anonymous" and cue.number == "sg" and cue.gender == "f"
                and not cue.transitive and card.names() and not key(card.names()[0].surface).startswith("ال")):
            # "قالت عضو في اللجنة": a woman in a role whose noun keeps its masculine form, newly
            # met (a definite role after a transitive verb is its object: "ودعت النائب العام")
            return True
        return cue.number not in ("sg", "du") or g is None or cue.gender == g

    def learn(self, cue: Cue | None, card: Card) -> None:
        # a body's or a state's gender is its head noun's, which a verb naming it shows
        # ("قالت الحكومة" … "وأضاف" is not the government's)
        if cue is not None and cue.gender and card.kind in ("person", "organization", "place") and cue.number == "sg":
            self.learned[card.n] = (cue.gender, "sg")
        elif cue is not None and card.kind == "anonymous" and (cue.gender, cue.number) == ("f", "sg") and (
                self.features(card) == ("m", "sg")):
            self.learned[card.n] = ("f", "sg")  # "قالت عضو في اللجنة …، نافية": she, from then on

    # -- the decision -----------------------------------------------------------------------
    def _apposed_person(self, region: tuple[int, int]) -> Card | None:
        """"وقال المكلف بالإعلام في المديرية، الملازم الأول X، …": a description no card covers,
        then a person set off by a comma (maybe after a rank) — the description's holder."""
        board, words = self.stage.board, self.stage.words
        for i, cd in self.mentions_in(region[0] + 1, region[1]):
            if cd.kind != "person":
                continue
            t = titles.before(board, words, i)
            k = t.t0 if t is not None and t.t0 > region[0] else i  # "، الملازم الأول X،": the rank before the name
            if k == i and i - 1 > region[0] and words.is_(i - 1, "nationality", bare=True) and plain(self.toks[i].gap):
                k = i - 1  # "، البريطاني X،": a nationality before the name
            if comma(self.toks[k].gap) and not any(
                    (c := board.card_at(j)) is not None and c.kind == "person" for j in range(region[0], k)):
                if words.is_(region[0], "title", "title_possessive") and k - region[0] <= _DESCRIPTION_MAX:
                    # "اعتبرت الوزيرة المكلفة بالتنسيق مع المحافظات، X، أن": the description is X's title
                    cut = words.proclitic_cut(region[0]) if board.owner[region[0]] is None else 0
                    cd.add_title(board.surface(region[0], k, cut))
                return cd
            return None
        return None

    def _named_subject(self, region: tuple[int, int]) -> Card | None:
        """"وقال أحدهم، ويدعى X:": a subject no card covers, named by a naming word right
        after it (`naming_words` in anonymous.toml) — the person named there."""
        naming = anonymous_words("naming_words")
        for k in range(region[0] + 1, min(region[1], region[0] + 4)):
            if self.toks[k].norm in naming and k + 1 < self.ctx.n:
                card = self.stage.board.card_at(k + 1)
                return card if card is not None and card.kind == "person" else None
        return None

    def speaker(self, d: Draft, floor_tok: int) -> Choice:
        """The speaker a weighted vote of the evidence picks (weights in attribution.toml)."""
        ctx = self.ctx
        if d.mode == "marked":
            return Choice(None, "")
        if d.mode == "after":
            got = self._source(d.source, cue_end=d.cue.end if d.cue else None)
            return _tagged(got, "after_source") or Choice(None, "")
        if d.mode == "interview":
            # the label before the answer's colon, else the lines introducing the interview
            bodies: list[Card] = []
            # "حوار أجرته الصحيفة مع نقيب المعلمين:"، "سؤالان إلى رئيسة النقابة": the role
            # after the last مع or إلى of the lines introducing it is who was interviewed (carded,
            # unnamed, if need be)
            for a, b in (d.region, d.source):
                k = next((k for k in range(b - 2, a - 1, -1) if self.toks[k].norm in _INTERVIEWED_AFTER
                          and self.stage.words.is_(k + 1, "title", "anon", bare=True)), None)
                if k is not None and (any(cd.kind == "person" for _, cd in self.mentions_in(k + 1, b)) or any(
                        "\n" in self.toks[j].gap for j in range(k + 1, min(b, self.ctx.n)))):
                    break  # a person named after the role, or the مع not in the line right before the
                    # block: the people of the lines decide, below
                if k is not None and (holder := self._holder_of_role(k + 1)) is not None:
                    return Choice(holder, "the interviewee of a question-and-answer block (the role's holder)")
                got_role = self._propose((k + 1, b), None) if k is not None else None
                if got_role is not None and got_role.card.kind in ("person", "anonymous"):
                    return Choice(got_role.card, "the interviewee of a question-and-answer block (after مع)")
            for a, b in (d.region, d.source):
                ms = [(i, cd) for i, cd in self.mentions_in(*(a, b)) if _speaks(cd) and cd.kind != "place"]
                got = [cd for _, cd in ms]
                people = [cd for cd in got if cd.kind == "person"]
                # "وجاءت تصريحات X في حوار مع …"، "مقابلة مع X": the person an interview noun names
                # is the one interviewed, whoever else the lines name after
                named = next((cd for i, cd in ms if cd.kind == "person" and self._after_interview_noun(i)), None)
                if named is not None:
                    return Choice(named, "the interviewee of a question-and-answer block (named by the interview)")
                if people:
                    return Choice(people[-1], "the interviewee of a question-and-answer block")
                bodies = bodies or got
            # no person in the lines introducing it ("وإلى نص الحوار:"): the person quoted before
            # the block is the one interviewed, rather than a body named in passing there
            before = next((cd for q, cd in reversed(self.history) if q < d.start and cd.kind == "person"), None)
            if before is not None:
                return Choice(before, "the interviewee of a question-and-answer block (the person quoted before it)")
            return Choice(bodies[-1], "the interviewee of a question-and-answer block") if bodies else Choice(None, "")
        if d.mode == "headline":
            a, b = d.region or (0, 0)
            why = "named before the headline's colon"
            # a person or a body, not a place ("مصر: …" is the story's topic)
            got = next((cd for _, cd in self.mentions_in(a, b) if _speaks(cd) and cd.kind != "place"), None)
            if got is None and self.stage.words.is_(a, "title", "title_possessive"):
                # "وزير المالية: …" over the story of the minister it names (a role; a place's
                # name alone, "سطيف: …", is the story's topic, whoever holds an office there)
                role = set(key(self.ctx.text[self.toks[a].start : self.toks[b - 1].end]).split())
                got = next((cd for cd in self.stage.board.live()
                            if cd.kind == "person" and any(role <= set(key(t).split()) for t in cd.titles)), None)
            return Choice(got, why)  # no card of its own: a headline names, the story introduces
        c = d.cue
        assert c is not None
        ci = d.ci
        sent = self.toks[ci].sent
        sent_t0 = ctx.doc.sentence_tokens(sent).start
        lo = max(sent_t0, floor_tok)
        region = d.region or (ci + 1, ci + 1)
        if c.kind == VERB:
            region = self._past_addressee(region)
        # "… بيانا أكدوا فيه": فيه right after the verb, whatever its number, points at the statement
        in_it = region[0] < region[1] and self.toks[region[0]].norm in _IN_IT
        if c.kind == VERB and c.person == 3 and c.number in ("pl", "du") and d.mode != "inverted":
            # "وطالبوا الوزارة بـ"، "وأكدا": a verb carrying its subject's number has that subject in
            # it (they, the ones before); the noun after it is its object, never its subject
            region = (region[0], region[0])
        offers: list[Choice] = []

        def offer(got: Choice | None, feature: str) -> None:
            if got is not None and got.card is not None:
                offers.append(_tagged(got, feature))

        if key(c.lemma) in _words("learned_from"):
            return self._learned_from(region)
        first = self.toks[region[0]].norm if region[0] < region[1] else ""
        addressed = HONORIFIC_PRONOUN.match(first)
        pronoun = addressed or _PRONOUN_SUBJECT.match(first)
        if addressed:
            offer(self._addressed(addressed.group(1), c, ci), "addressed_holder")
        if c.kind == MASDAR and c.suffix:
            offer(self._masdar_source(ci), "masdar_source")
        said = [self.toks[k].norm for k in range(region[0], min(region[1], region[0] + 3))]
        statement = next((w for j, w in enumerate(said) if w in _words("statement") and not (
            j and said[j - 1] in GUARDIANS)), None)  # ("ولية أمر": a guardian, no order issued)
        k = said.index(statement) if statement else 0
        if k and said[k - 1] in ("في", "عبر") and c.lemma not in statement_only():
            # "وقالت الوزارة في بيان"، "وقالت في البيان": a statement is the verb's medium and its
            # subject speaks; only "وجاء في البيان" has the statement speak, for its issuer
            statement = None
        if statement and c.kind == VERB:
            k = region[0] + said.index(statement)
            # "وأفاد بيان من الناطق باسم الهيئة": the role that issued it, not the body in its title
            j = k + 2 if k + 1 < ctx.n and self.toks[k + 1].norm == "من" else None
            if j is not None and j < region[1] and self.stage.words.is_(j, "title", bare=True):
                got = self._propose((j, region[1]), None)
                if got is not None:
                    offer(Choice(got.card, "the role named as issuing the statement"), "statement_issuer")
            # "كشف تقرير صادر عن الديوان أن": the body that issued it — not where it was posted
            # ("في تغريدة على موقع X"، "عبر حسابه على X")
            # ("البيان، الذي قرأه الوزير X،": who read it out is not who issued it)
            aside = self._before_aside(k + 1, min(region[1], k + 8))
            issuer = next((cd for i, cd in self.mentions_in(k + 1, aside)
                           if _speaks(cd)
                           and self.toks[i - 1].norm not in _MEDIUM and self.toks[i - 2].norm not in _MEDIUM), None)
            if issuer is None and aside + 2 < region[1] and self.toks[aside + 1].norm in _authoring():
                # "الدراسة، التي أنجزتها هيئة X التابعة لـY،": the author the relative clause names
                issuer = next((cd for _i, cd in self.mentions_in(aside + 2, min(region[1], aside + 10))
                               if _speaks(cd)), None)
            if issuer is not None:
                offer(Choice(issuer, "speaks for the body named as issuing the statement"), "statement_issuer")
            elif (j := self._issuer_opens(k + 1, region[1])) is not None:
                # "وجاء في بيان للرئاسة"، "وكشف التقرير الفصلي للوزارة"، "تقرير صادر عن الصندوق":
                # the statement's ل or "صادر عن" names its issuer, carded if need be
                got = self._propose((j, region[1]), None, cut=1 if _lam_glued(self.toks[j]) else 0)
                issuer = got.card if got is not None else None
                if issuer is not None:
                    offer(Choice(issuer, "speaks for the body named as issuing the statement"), "statement_issuer")
            if issuer is None:
                offer(self._issuer(statement.removeprefix("ال"), c.start), "statement_issuer")
        document_speaks = c.tense == "present" and not c.prefix and ci > 0 and not ctx.named(ci - 1)
        if c.kind == VERB and (in_it or document_speaks):
            # "أصدر X بيانا قال فيه"، "بيان لـX ذكر فيه"، "نشر X فتوى تعلن أن": whoever issued the
            # document said it
            offer(self._statement_before(c, ci, sent_t0), "statement_issuer")
        relay = self._relayed_source(region)
        if relay is not None:
            offer(relay, "after_source")  # "قالت الوكالة نقلا عن X إن …": X said it, the agency relays
        if c.kind != PARTICIPLE and not pronoun:
            # "X، الذي كان قد أكد"، "أن النقابة كانت قد نفت": a bare كان (maybe with قد) right
            # before the verb stands where the verb would, its subject before it
            head = self._bare_kana_before(c, ci, sent_t0)
            if _relative_before(ctx, head) and d.mode != "inverted":
                offer(self._antecedent(c, head, sent_t0), "relative_antecedent")
            shared = self._shared_by_coordination(c, ci, sent_t0, region) if d.mode != "inverted" else None
            if shared is not None:
                # "حذرت X من …، ودعت الأهالي إلى …": a transitive verb coordinated after a comma
                # shares its sentence's subject; the unnamed group after it is whom it addressed
                offer(shared, "sentence_subject")
                region = (region[1], region[1])  # (no subject after the verb: nothing to propose)
            else:
                if region[1] - region[0] > 2 and self.toks[region[0]].norm == "كل" and (
                        self.toks[region[0] + 1].norm == "من"):
                    # "وقال كل من X وY إن": the first of them speaks (the verb agrees with كل, not X)
                    region = (region[0] + 2, region[1])
                    first = self._first_speaker(*region, None)
                    if first is not None and first.kind != "person":
                        # "كل من مدير شركة X Y": a body named inside the first one's title
                        first = next((cd for _, cd in self.mentions_in(*region) if cd.kind == "person"), first)
                    if first is not None and (self.card(region[0]) is first or self._titled_first(region, first)):
                        offer(Choice(first, "the first of the speakers named after كل من"), "after_verb")
                offer(self._after_verb(c, region), "after_verb")
            if d.mode != "inverted" and not c.prefix:
                offer(self._before_verb(c, head, lo, self._subject_here(region)), "before_verb")
            elif d.mode != "inverted" and c.prefix in ("ف", "و"):
                offer(self._amma_topic(c, ci, lo), "before_verb")
            if not (c.lemma == "نقل" and any(self.toks[k].norm == "عن" for k in range(*region))):
                # ("وكانت الوكالة قد نقلت عن مصادر أن": the medium only relays; the source after عن speaks)
                offer(self._kana(c, ci, lo), "kana_subject")
        if d.source is not None and c.kind != PARTICIPLE and not self._by_a_norm(d.source):
            got = self._source(d.source, may_propose=False, cue_end=c.end)
            offer(Choice(got.card, "after-quote attribution") if got else None, "after_quote_source")
        if c.kind == PARTICIPLE or not self._subject_here(region):
            offer(self._sentence_subject(c, ci, lo), "sentence_subject")
        if region[0] < region[1] and self.toks[region[0]].norm in _BOTH_OF_THEM:
            offer(self._pair_named_before(c, ci), "sentence_subject")  # "وأكدت الاثنتان": the pair named before
        best = _best(offers)
        if not pronoun and c.kind in (VERB, MASDAR) and self._subject_here(region) and (
            best is None or _weight(best) < _W["proposed_subject"]
        ):
            got = None
            if (named := self._apposed_person(region)) is not None:
                got = Choice(named, "the person set off by commas after the subject's description")
            if got is None:
                got = self._propose(region, c, order="vso")
            if got is None and (body := self.stage.statement_body(*region)) is not None and self.agrees(
                    c, body[0], "vso"):
                got = Choice(body[0], body[1])  # "وذكرت قيادة X في بيان أن": what issues a statement
            if got is None and (named := self._named_subject(region)) is not None:
                got = Choice(named, "the subject named by ويدعى / واسمه right after it")
            if got is None and not c.transitive and best is None and not self._address_alone(region):
                described = self._described_speaker(c, ci, region)
                return described or Choice(None, "subject not among the actor cards")
            offer(got, "proposed_subject")
            best = _best(offers)
        if best is None and c.kind == VERB and c.transitive and c.prefix == "و" and self._subject_here(region):
            # "رفضت الجبهة النتائج، ووصفت الانتخابات بأنها …": the noun after a transitive verb is
            # its object; the subject is the one the coordinated verbs share
            offer(self._opening_subject(c, ci, lo), "sentence_subject")
            best = _best(offers)
        if best is None and c.kind != PARTICIPLE and not pronoun and self._kana_subject(c, ci, lo):
            # "وكانت الرئاسة قد أعلنت": a subject stands between كان and the verb, so the speaker
            # is not the previous one, even when no card covers it
            return Choice(None, "subject of كان … قد not among the actor cards")
        if best is None and not pronoun and key(c.lemma) in _words("answer_verbs") and not self._subject_here(region):
            offer(self._answerer(c, ci), "answerer")
            best = _best(offers)
        if best is None or _weight(best) < _W["continuation"]:
            offer(self._continuation(c, ci), "continuation")
            best = _best(offers)
        return best or Choice(None, "no source named")

    def _one_described(self, a: int, c: Cue | None) -> Choice | None:
        """"أحدهم، وهو سائق في الخمسين، …": one of a group, then set off by commas "وهو/وهي" and an
        indefinite description of them — that description is who speaks, an unnamed source (a
        name there is a person's card already and the mentions decide)."""
        toks = self.toks
        k = a + 1
        if k + 1 >= self.ctx.n or not comma(toks[k].gap) or toks[k].norm not in _HE_IS or not plain(toks[k + 1].gap):
            return None
        if toks[k + 1].definite or self.card(k + 1) is not None:
            return None
        end = next((j for j in range(k + 2, min(self.ctx.n, k + 2 + _DESCRIPTION_REACH)) if not plain(toks[j].gap)),
                   None)
        if end is None or not comma(toks[end].gap):
            return None
        got = self._propose((k + 1, end), c, why="one of them, described after وهو", order="pro")
        if got is None and (desc := self.stage.describe(k + 1, end)) is not None and self.agrees(c, desc[0], "pro"):
            got = Choice(desc[0], "one of them, described after وهو")  # ("طالب": a noun here, not the verb)
        return got

    def _one_named(self, a: int) -> Card | None:
        """"وقال أحدهم، X Y، إن …"، "وقال أحدهم، ويدعى X:": one of a group, then set off by a comma
        the person's name (maybe after a naming word) — that person speaks, not the group."""
        k = a + 1
        if k >= self.ctx.n or not comma(self.toks[k].gap):
            return None
        if self.toks[k].norm in anonymous_words("naming_words") and k + 1 < self.ctx.n:
            k += 1
        card, m = self.card(k), self.stage.board.owner[k]
        return card if card is not None and card.kind == "person" and m is not None and m.t0 == k else None

    def _described_speaker(self, c: Cue, ci: int, region: tuple[int, int]) -> Choice | None:
        """"وتابع المدرب الجزائري"، "وأضافت الأم": a definite description no card covers after a
        verb that goes on (و): the person or source who spoke last, if the verb agrees — a
        description that names no one new refers back."""
        t = self.toks[region[0]]
        present = not c.prefix and self.toks[ci].norm[:1] in "يت"
        # "«…»، يقول الحرفي": a present verb right after the quotation, then a description
        after_quote = present and bool(re.search("[»\"”]", self.toks[ci].gap))
        # "تقول الأم المقيمة عند …: «…»": a present verb opening its sentence, then a description
        opening = present and not after_quote and (ci == 0 or self.toks[ci - 1].sent != self.toks[ci].sent)
        if (c.prefix != "و" and not after_quote and not opening) or not t.definite or (
                self.card(region[0]) is not None or orgs.head_at(self.stage.words, region[0]) is not None) or (
                t.norm[2:] in anonymous_words("sides")):
            return None  # ("وأكد الجانب المغربي": a side speaks, no person)
        k = region[0] + 1
        if k < region[1] and plain(self.toks[k].gap) and (named := self.card(k)) is not None and (
                named.kind == "person" and (m := self.stage.board.owner[k]) is not None and m.t0 == k):
            return None  # "وقال النوخذة X": a role no lexicon class lists, then the person it names
        if after_quote or opening:
            # the person the story named last before, whom the description fits (the quotation may
            # be their first: "يجلس X أمام دكانه … «…»، يقول الحرفي")
            where = "after the quotation" if after_quote else "opening its sentence"
            for _i, card in reversed(self.mentions_in(max(0, ci - _DESCRIBED_BACK), ci)):
                if card.kind in ("person", "anonymous") and self.agrees(c, card):
                    self._describes(card, region)
                    return Choice(card, f"a description {where} referring back to the person named before")
            return None
        for _pos, card in reversed(self.history[-30:]):
            if card.kind in ("person", "anonymous"):
                if not self.agrees(c, card):
                    return None
                self._describes(card, region)
                return Choice(card, "a description referring back to the previous speaker")
        return None

    def _describes(self, card: Card, region: tuple[int, int]) -> None:
        """What the story calls a person it refers back to ("الراعي الستيني"، "الأم") is one of
        their titles: the definite noun and its adjectives."""
        if card.kind != "person":
            return
        board, words = self.stage.board, self.stage.words
        np = subject_phrase(board, words, region[0], region[1])
        if np is not None and np[0] == region[0] and np[1] - np[0] <= 3:
            # (how they spoke is no part of it: "يحكي البحار | بصوت خافت"، "تقول الأم | بحسرة")
            end = next((k for k in range(np[0] + 1, np[1]) if manner_noun(self.toks[k])), np[1])
            card.add_title(board.surface(np[0], end))

    def _answerer(self, c: Cue, ci: int) -> Choice | None:
        """"وسأل صحفي المدرب: «…؟»، فأجاب: «…»": who answers is the one asked — a card named
        after the verb of asking other than who asked, or, when the verb carries the one asked as
        its pronoun ("وسألها صحفي"), the speaker before the question that the answer's verb fits."""
        if self.question is None:
            return self._asked_in_sentence(c, ci)
        q, asker = self.question
        if q.cue is None or q.ci is None or q.start > self.toks[ci].start or (
                self.toks[ci].sent - self.toks[q.ci].sent > 1):
            return self._asked_in_sentence(c, ci)
        end = self.ctx.tok_after(q.start)
        for _, card in self.mentions_in(q.ci + 1, end):
            if card is not asker and card.kind in ("person", "anonymous") and self.agrees(c, card, "pro"):
                return Choice(card, "the one asked, answering (after سأل … «…؟»)")
        for k in range(q.ci + 2, end):  # "وسأل صحفي الوزير": the role asked, referring back to its holder
            if self.toks[k].definite and self.card(k) is None and self.stage.words.is_(k, "title", bare=True):
                got = self._propose((k, end), c, order="pro")
                if got is not None and got.card is not asker:
                    return Choice(got.card, "the one asked, answering (after سأل … «…؟»)")
                break
        if q.cue.suffix:
            for pos, card in reversed(self.history):
                if pos < q.start and card is not asker and self.agrees(c, card, "pro"):
                    return Choice(card, "the one asked, answering (the pronoun of سألها/سأله)")
        return None

    def _asked_in_sentence(self, c: Cue, ci: int) -> Choice | None:
        """"وسألت «X» الوزيرة عن …، فأجابت: «…»": a verb of asking earlier in the sentence with no
        quotation of its own; its subject asks, the next card named after it is the one asked."""
        lo = max(self.ctx.doc.sentence_tokens(self.toks[ci].sent).start, ci - _ASKED_REACH)
        for k in range(ci - 1, lo - 1, -1):
            v = self.stage.words.reporting(k)
            if v is None or v.kind != VERB or key(v.lemma) not in _words("question_verbs"):
                continue
            cards = [cd for _, cd in self.mentions_in(k + 1, ci)]
            for card in cards[1:]:
                if card is not cards[0] and card.kind in ("person", "anonymous") and self.agrees(c, card, "pro"):
                    return Choice(card, "the one asked, answering (after سأل X Y)")
            return None
        return None

    # -- evidence ---------------------------------------------------------------------------
    def _subject_here(self, region: tuple[int, int]) -> bool:
        a, b = region
        if a >= b or a >= self.ctx.n:
            return False
        if _PUNCT_IN_GAP(self.toks[a].gap) and a != region[0]:
            return False
        if a == region[0] and comma(self.toks[a].gap):
            return False  # "وقالت، والدموع في عينيها، إنها": a parenthesis after the verb, no subject
        # (a bare preposition opens no subject: "وكتب على منصة X أن" — the subject is the sentence's)
        norm = self.toks[a].norm
        name_like = self.toks[a].raw.endswith("ي") and self.stage.words.is_(a, "given", bare=True)
        if norm in prepositions() and not name_like:
            return False  # (على; but علي written so may be the name: "وقال علي بن X")
        if norm in ("وهو", "وهي", "وهم", "وهما"):
            return False  # "وتختم وهي تغلق الدكان:": a circumstance, its pronoun the speaker already named
        if _LATIN_AFTER_PREP.match(norm):
            return False  # "قال لـBBC إن": a preposition on a name in Latin letters, whom he told
        if self._adverbial(a, b):
            return False
        return not _adjunct(norm) and not behind_preposition(self.stage.words, a)

    def _address_alone(self, region: tuple[int, int]) -> bool:
        """The subject is a form of address that tells a profession, and no name after it
        ("وأضافت الدكتورة أن"): the one it refers back to, else whoever spoke before it fits."""
        a = region[0]
        return (a < self.ctx.n and self.toks[a].norm in titles.honorific_titles()
                and (a + 1 >= region[1] or self.card(a + 1) is None))

    def _holder_of_role(self, k: int) -> Card | None:
        """The person named before token k whose title opens with the role noun at k
        ("مع وكيلة الوزارة" after "وكيلة وزارة X، Y"), the last such one."""
        role = key(self.toks[k].norm).removeprefix("ال")
        at = self.toks[k].start
        best: tuple[int, Card] | None = None
        for card in self.stage.board.live():
            if card.kind != "person" or not any(
                    key(t).split()[0].removeprefix("ال") == role for t in card.titles if key(t)):
                continue
            before = [m.start for m in card.mentions if m.start < at]
            if before and (best is None or max(before) > best[0]):
                best = (max(before), card)
        return best[1] if best else None

    def _adverbial(self, a: int, b: int) -> bool:
        """A word right after a verb of saying that opens no subject: ل or ب glued to a card
        ("وقال لبي بي سي") or to a noun with a possessive pronoun ("وقال لأنصاره"، "وقالت
        لزملائها"), or the manner of saying: an indefinite accusative participle ("وتابع
        مبتسما"، "وأضاف متسائلا") or ب glued to an indefinite noun ("وأضاف بحسرة") — none of
        them a name the lexicon or the tagger knows."""
        t = self.toks[a]
        words = self.stage.words
        mention = self.stage.board.owner[a]
        if mention is not None:
            # (the card told, and no subject after it: "وقال لسامي X مصدر حكومي" has one)
            return mention.start > t.start and t.norm[0] in "لب" and len(t.readings) > 1 and (
                mention.t1 >= b or not plain(self.toks[mention.t1].gap) or bool(THAT.match(self.toks[mention.t1].norm)))
        if t.definite or not words.bare[a].isdisjoint(NAME_CLASSES) or words.p(a, "PERS") > 0.5:
            return False
        if t.norm[0] in "لب" and len(t.readings) > 1 and t.raw.endswith(_POSSESSIVE_ENDINGS):
            return True
        if t.norm[0] == "ل" and len(t.readings) > 1 and b - a <= 2 and not words.bare[a] and (
                t.norm not in common_words() and words.p(a, "PERS") < 0.2):
            return True  # "وقال لX Y:": ل glued to an outlet no list holds, and no more words — whom he
            # told (a body's head in ل, "لجنة"، "لواء", is a word the lexicon holds whole)
        if (t.norm[0] == "ب" and len(t.readings) > 1 and (t.raw[1:2] != "ا" or _derived_verbal_noun(t.norm[1:]))
                and words.p(a, "PERS") < 0.2 and t.norm not in common_words()
                and t.norm not in people_plurals() and t.norm not in people_nouns()):  # ("بحارة": sailors)
            # "وأضاف بحسرة"، "وقال بصوت خافت"، "وتقول بابتسامة متعبة" (not "بعض"، nor "باحثون", a فاعل
            # noun: after ب an alif opens only a derived verb's verbal noun, ابتسامة، اهتمام)
            return True
        return (len(t.norm) >= 5 and t.raw.rstrip("\u064b").endswith("ا") and not t.raw.endswith("وا")
                and (t.norm[0] == "م" or t.norm[1] == "ا"))

    def _shared_by_coordination(self, c: Cue, ci: int, lo: int, region: tuple[int, int]) -> Choice | None:
        """The subject of the verb opening the sentence, for a transitive verb coordinated with it
        after a comma ("، ودعت") whose words before the content are a short unnamed group or
        none that a card names — the addressee, not a new speaker."""
        a, b = region
        if not (c.kind == VERB and c.transitive and c.prefix == "و" and comma(self.toks[ci].gap) and 0 < b - a <= 3):
            return None
        if any(cd.kind != "group" for _, cd in self.mentions_in(a, b)) or not self.toks[a].definite:
            return None
        return self._opening_subject(c, ci, lo)

    def _after_verb(self, c: Cue, region: tuple[int, int]) -> Choice | None:
        a, b = region
        toks = self.toks
        if c.lemma == "نقل":
            # "نقلت الوكالة عن المسؤول أن …": the source is the one after عن
            k = next((k for k in range(a, b) if toks[k].norm == "عن"), None)
            if k is None and (got := next((cd for j in range(a + 1, b) if (cd := self._named_by_pronoun(a, j))), None)):
                return Choice(got, "the one عنه refers to, named in who relays it")
            if k is not None:
                got = self._unnamed_after_an(k, b, c, "source after نقل … عن (the medium only relays it)")
                if got:
                    return got
                got = self._first_speaker(k + 1, b, c)
                if got:
                    return Choice(got, "source after نقل … عن (the medium only relays it)")
                if k == a:
                    # "ونُقل عن مصدر دبلوماسي أن …": the passive names no medium, only the source
                    return self._propose((k + 1, b), None, why="source after نقل عن (passive)")
                # "ونقلت الصحيفة عن مصادر نيابية أن …": a source no card names yet, carded
                got = self._propose((k + 1, b), None, why="source after نقل … عن (the medium only relays it)")
                if got is not None:
                    return got
                a = k + 1
        if a + 1 < b and toks[a].norm in ("فيه", "فيها") and plain(toks[a + 1].gap):
            a += 1  # "في حين رأت فيه الوزارة أن": the pronoun of the time or the text, then the subject
        if a >= b:
            return None
        if _PRONOUN_SUBJECT.match(toks[a].norm) or HONORIFIC_PRONOUN.match(toks[a].norm):
            return None  # "وقال سعادته": a pronoun; its holder or continuation decides
        # another verb inside the region opens another clause ("أكد في حوار، ونقله موقع X، أن"):
        # what follows it is that verb's
        # (not a word of a carded name: "روي" is a given name, though "رُوي" is a verb of telling)
        b = next((k for k in range(a + 1, b) if self.stage.words.reporting(k) is not None and self.card(k) is None), b)
        # "وشدد التجمع في البيان الختامي، الذي تلاه الوزير X، على أن": a relative clause set off by
        # a comma describes what comes before it; who is named inside it is its own subject
        b = next((k for k in range(a + 1, b) if comma(toks[k].gap) and toks[k].norm in _RELATIVE_ASIDE), b)
        if toks[a].norm in _ONE_OF_THEM and (described := self._one_described(a, c)) is not None:
            return described  # "وقال أحدهم، وهو موظف في مصرف حكومي، إن": the description says who
        if toks[a].norm in _ONE_OF_THEM and (named := self._one_named(a)) is not None:
            return Choice(named, "one of the group named before, named after أحدهم")
        if toks[a].norm in _ONE_OF_THEM and (group := self._group_before(a)) is not None:
            return Choice(group, "one of the group named before (أحدهم)")
        if self._some_of_them(a, b) and (group := self._group_before(a)) is not None:
            return Choice(group, "some of the group named before (بعضهم، عدد منهم)")
        cands = [(i, card) for i, card in self.mentions_in(a, b) if _speaks(card)]
        if cands and (members := self._members_of(a, *cands[0])) is not None:
            return members
        if cands and one_of_someones(self.stage.board, self.stage.words, a, b) > cands[0][0]:
            # "قال أحد أقارب X": one of X's people speaks, not X
            return self._propose((a, b), c, why="one of someone's people, unnamed", order="vso")
        cands = [(i, card) for i, card in cands if not _governed(self.ctx, self.stage, i)
                 and not (card.kind == "group" and _oblique_plural(toks[i].norm))]
        if not cands:
            return None
        i, card = cands[0]
        lead = [k for k in range(a, i) if not _honorific(toks[k].norm)]
        if card.kind == "organization" and lead == [a] and i == a + 1 and toks[a].norm.endswith(("تا", "تي")) and (
                dual_of_a_head(self.stage.words, toks[a].norm)):
            # "وقالت منظمتا «X» و«Y»": the dual of the bodies' head in construct, the first body
            # named after it speaks for both (as a dual verb's first subject does)
            return Choice(card, "the first of the two bodies the dual of their head noun names")
        if card.kind in ("organization", "place") and lead:
            # "وقالت المتحدثة باسم الوزارة، ليلى حداد": the person named right after the title
            holder = self._title_holder(i, card, b)
            if holder is not None and self.agrees(c, holder, "vso"):
                return Choice(holder, "named after the title (verb–subject order)")
            if card.kind == "organization" and toks[lead[0]].norm in _body_members() and lead[0] == a and all(
                    not toks[k].definite for k in lead):
                # "وقال وزراء خارجية الاتحاد الأوروبي"، "أعضاء مجلس الأمن": its members speak for the body
                return Choice(card, "its members speak for the body (verb–subject order)")

            # "وقال المتحدث باسم الوزارة": a person behind a title, not the body named in it
            return None
        if lead and any(_adjunct(toks[k].norm) for k in lead[:1]):
            if c.transitive and not c.prefix:
                return None  # "دعا، في الوقت نفسه، X إلى": after an adjunct, X is the object
            people = [(k, cd) for k, cd in cands if cd.kind in ("person", "anonymous")]
            if people:
                return Choice(people[0][1], "subject after an adjunct (verb–subject order)")
        if card.kind == "place" and not lead:
            return Choice(card, "subject after the verb: a state standing for its government")
        if not self.agrees(c, card, "vso"):
            return None
        return Choice(card, "subject after the verb (verb–subject order)" + self._agree_note(c))

    def _statement_before(self, c: Cue, ci: int, sent_t0: int) -> Choice | None:
        """The issuer of the statement named just before a verb "… فيه": the body after its
        ل ("بيان للوزارة")، else the sentence's subject, who issued it ("أصدر X بيانا")."""
        k = next((k for k in range(ci - 1, max(sent_t0, ci - 6) - 1, -1)
                  if document_noun(self.toks[k].norm)), None)
        if k is None:
            # "وعقد X مؤتمرا صحافيا، أعلن خلاله أن …": the occasion's holder, the clause's subject
            k = next((k for k in range(ci - 1, max(sent_t0, ci - 6) - 1, -1) if _occasion(self.toks[k].norm)), None)
            if k is None:
                return None
            ms = self.mentions_in(max(sent_t0, k - _ISSUER_REACH), k)
            got = next((cd for n, (i, cd) in enumerate(ms) if _speaks(cd) and not _governed(self.ctx, self.stage, i)
                        and not self._in_title_of_next(ms, n)), None)
            return Choice(got, "held the occasion it speaks at (… مؤتمرا أعلن خلاله)") if got is not None else None
        nxt = k + 1
        if nxt < ci and self.toks[nxt].norm.startswith("ل"):
            got = self._first_speaker(nxt, min(ci, nxt + 4), None)
            if got is not None:
                return Choice(got, "issued the statement (بيان لـX … فيه)")
        if nxt + 1 < ci and (self.toks[nxt].norm == "باسم" or (
                self.toks[nxt].norm == "نيابه" and self.toks[nxt + 1].norm == "عن")):
            # "تلا X بيانا باسم مجلس الإدارة أكد فيه"، "بيانا نيابة عن اللجنة": whom it speaks for
            at = nxt + (1 if self.toks[nxt].norm == "باسم" else 2)
            got = self._first_speaker(at, min(ci, at + 4), None)
            if got is not None and got.kind in ("organization", "group"):
                return Choice(got, "issued the statement read in its name (بيانا باسم X … فيه)")
        if nxt + 1 < ci and self.toks[nxt].norm in _ISSUED and self.toks[nxt + 1].norm == "عن":
            got = self._first_speaker(nxt + 2, min(ci, nxt + 6), None)
            if got is not None:
                return Choice(got, "issued the statement (بيان صادر عن X … فيه)")
        v = next((j for j in range(k - 1, max(sent_t0, k - 16) - 1, -1) if self.toks[j].norm in _reading()), None)
        if v is not None:
            # "وتلا المتحدث باسم اللجنة بيانا جاء فيه": the reader's body speaks, not the reader
            body = self._body_between(v + 1, k)
            if body is not None:
                return Choice(body, "issued the statement its spokesperson read out")
        ms = self.mentions_in(max(sent_t0, k - _ISSUER_REACH), k)
        got = next((cd for n, (i, cd) in enumerate(ms) if _speaks(cd) and not _governed(self.ctx, self.stage, i)
                    and not self._in_title_of_next(ms, n)), None)  # the clause's subject
        if got is not None:
            return Choice(got, "issued the statement it speaks in (… بيانا قال فيه)")
        # "وأصدر الجيش بيانا قال فيه": no card yet, the subject between the issuing verb and the
        # statement is handed to the actor stage
        v = next((j for j in range(k - 1, max(sent_t0, k - 6) - 1, -1) if self.toks[j].norm in _issuing()), None)
        if v is None or v + 1 >= k:
            return None
        # (the verb in the statement refers back to its issuer, so it agrees in full, as after a
        # subject: "وأصدر ثلاثة مترشحين بيانا أكدوا فيه")
        return self._propose((v + 1, k), c, why="issued the statement it speaks in (… بيانا قال فيه)", order="svo")

    def _in_title_of_next(self, ms: list[tuple[int, Card]], n: int) -> bool:
        """The n-th mention is a body or place inside the title of the person named next
        ("رئيسة [مجلس النواب] X"): the title's, not a subject of its own."""
        i, cd = ms[n]
        if cd.kind not in ("organization", "place") or n + 1 >= len(ms) or ms[n + 1][1].kind != "person":
            return False
        t = titles.before(self.stage.board, self.stage.words, ms[n + 1][0])
        return t is not None and t.t0 <= i

    def _body_between(self, a: int, b: int) -> Card | None:
        """The first body named in tokens [a, b), inside a title too ("المتحدث باسم [اللجنة]",
        a mention that claims no tokens): looked up in an index of the bodies' mentions by
        position, rebuilt only when a card was made or merged since (linear in the article)."""
        board = self.stage.board
        stamp = (board.numbered, board.merges)
        if self._bodies is None or self._bodies[0] != stamp:
            rows = sorted(((m.t0, cd.n, cd) for cd in board.live() if cd.kind == "organization" for m in cd.mentions),
                          key=lambda r: r[:2])
            self._bodies = (stamp, [r[0] for r in rows], rows)
        _, starts, rows = self._bodies
        k = bisect_left(starts, a)
        return rows[k][2] if k < len(rows) and rows[k][0] < b else None

    def _relayed_source(self, region: tuple[int, int]) -> Choice | None:
        """The source after "نقلا عن" or "على لسان" between a verb and its content: the one
        who said it."""
        a, b = region
        if b <= a:
            return None
        lo, hi = self.toks[a].start, self.toks[min(b, self.ctx.n) - 1].end
        k = bisect_left(self.relay_starts, lo)
        if k == len(self.relays) or self.relay_starts[k] >= hi:
            return None
        got = self._source((self.ctx.tok_after(self.relays[k].end), b))
        if got is None or got.card is None:
            return None
        return Choice(got.card, "source after نقلا عن / على لسان (the verb's subject relays it)")

    def _named_by_naming_word(self, k: int, stop: int) -> tuple[int, Card] | None:
        """A description opening at token k and a naming word after it, in the same clause
        ("حارس ستيني | يدعى X"): the token and card of the person named there."""
        naming = anonymous_words("naming_words")
        for j in range(k + 1, min(stop - 1, k + _NAMED_REACH)):
            if not plain(self.toks[j].gap):
                return None
            if self.toks[j].norm in naming:
                card = self.card(j + 1)
                return (j + 1, card) if card is not None and card.kind == "person" and plain(
                    self.toks[j + 1].gap) else None
        return None

    def _past_honorifics(self, lo: int, k: int) -> int:
        """Where the forms of address right before token k open ("، السيد X"، "، الحاج X"), not
        before token lo; k when there are none."""
        while k - 1 > lo and self.card(k - 1) is None and (
                _honorific(self.toks[k - 1].norm) or self.stage.words.is_(k - 1, "honorific", bare=True)):
            k -= 1
        return k

    def _holder_in_title(self, body: Card, a: int, b: int) -> Card | None:
        """The person a title in tokens [a, b) names after the body or place ``body`` inside it
        ("الناطق باسم [الحكومة]، العقيد X"), when the body is not the phrase's first word."""
        i = next((i for i, cd in self.mentions_in(a, b) if cd is body), None)
        return self._title_holder(i, body, b) if i is not None and i > a else None

    def _title_holder(self, i: int, card: Card, b: int) -> Card | None:
        """The person named right after a title phrase whose body ``card`` is named at i
        ("المتحدث باسم الوزارة [السفير] X")."""
        end = i
        while end < b and self.card(end) is card:
            end += 1
        while end + 1 < b and self.toks[end].norm in _TITLE_LINKS and self.card(end + 1) is not None and (
                self.card(end + 1).kind in ("organization", "place")):
            # "المتحدثة باسم هيئة الطيران في وزارة النقل، X": a body inside another
            inner = self.card(end + 1)
            end += 1
            while end < b and self.card(end) is inner:
                end += 1
        while end < b and self._glued_body(end):
            # "رئيس شعبة X بالغرفة التجارية بالمدينة، Y": a body behind a glued ب/ل, inside the first
            inner = self.card(end)
            while end < b and self.card(end) is inner:
                end += 1
        if end + 1 < b and self.toks[end].norm in orgs.AFFAIRS and self.card(end) is None and (
                plain(self.toks[end].gap) and plain(self.toks[end + 1].gap)):
            end += 2  # "وكيل وزارة النقل لشؤون الموانئ، X": the role's portfolio after the body
        while end < b and self.card(end) is None and (self.stage.words.is_(end, "rank", "title") or (
                self.toks[end].definite and self.stage.words.is_(end, "nationality", bare=True)) or (
                self.toks[end].definite and self.toks[end].norm.endswith(("ي", "يه"))
                and self.stage.words.is_(end - 1, "rank", "title"))):
            end += 1  # "المتحدث باسم الرئاسة السفير X"، "مدرب النادي، البرتغالي X": a rank or nationality first
            # (a rank's own nisba too: "رئيس اللجنة، المستشار القانوني X")
        holder = self.card(end) if end < b else None
        if holder is None:
            # "رئيس الجمعية الوطنية لرعاية الكفيف وأسرته X": the person whose title runs over the body
            k = next((k for k in range(end, min(b, end + 4)) if self.card(k) is not None), None)
            cand = self.card(k) if k is not None else None
            if cand is not None and cand.kind == "person":
                t = titles.before(self.stage.board, self.stage.words, k)
                holder = cand if t is not None and t.t0 < i else None
        return holder if holder is not None and holder.kind in ("person", "anonymous") else None

    def _glued_body(self, k: int) -> bool:
        """Token k is ب or ل glued to a body's or a place's name ("بالغرفة"، "للشركة")."""
        card, m = self.card(k), self.stage.board.owner[k]
        t = self.toks[k]
        return card is not None and card.kind in ("organization", "place") and m is not None and (
            m.t0 == k and m.start > t.start and t.norm[0] in "بل")

    def _agree_note(self, c: Cue) -> str:
        if c.gender is None:
            return ""
        return f"; agrees {c.gender}/{c.number}"

    def _source_noun(self, k: int, b: int) -> bool:
        """Token k opens an unnamed source no card covers ("مسؤول"، "مصادر") and no person is
        named in [k, b) (a role's holder: "عن المتحدث باسمها X")."""
        words = self.stage.words
        return k < min(b, self.ctx.n) and self.card(k) is None and (
            source_noun(words, k) or words.longest(k, ("anon",), max_cut=0) is not None) and not any(
            card.kind == "person" for _, card in self.mentions_in(k, b))

    def _learned_from(self, region: tuple[int, int]) -> Choice:
        """"وعلمت «X» من مصادر Y أن": what an outlet learned is the words of the source after من
        (carded if need be), never the outlet's; with no source named, no one's."""
        a, b = region
        k = next((k for k in range(a, b) if self.toks[k].norm == "من"), None)
        none = Choice(None, "learned by the outlet, no source named (علم … أن)")
        if k is None:
            return none
        why = "source after علم … من (the outlet only learned it)"
        got = self._unnamed_after_an(k, b, None, why)
        if got is None and (card := self._first_speaker(k + 1, b, None)) is not None:
            got = Choice(card, why)
        return got or self._propose((k + 1, b), None, why=why) or none

    def _unnamed_after_an(self, k: int, b: int, c: Cue | None, why: str) -> Choice | None:
        """"عن مسؤول في وزارة X": the source is the unnamed one right after عن, not the body
        named in its description — carded by the actor stage."""
        if not self._source_noun(k + 1, b):
            return None
        return self._propose((k + 1, b), c, why=why)

    def _statement_of_sentence(self, c: Cue, ci: int) -> Choice | None:
        """"وذكر البيان أن …، مضيفا أن": a participle whose sentence opens on a statement as
        the subject of a verb of speech agrees with the statement, and speaks for whoever the
        statement's own quote went to."""
        if c.kind != PARTICIPLE:
            return None
        s = self.ctx.doc.sentence_tokens(self.toks[ci].sent).start
        k = next((k for k in range(s, min(ci, s + 3)) if (v := self.stage.words.reporting(k)) is not None
                  and v.kind == VERB), None)
        if k is None or k + 1 >= ci or self.toks[k + 1].norm not in _words("statement"):
            return None
        for q_start, card in reversed(self.history):
            if q_start < self.toks[k].start:
                break
            if q_start < self.toks[ci].start:
                return Choice(card, "shares the statement its sentence opens on (… البيان، مضيفا)")
        return None

    def _unnamed_head_before(self, card: Card, a: int, b: int) -> bool:
        """A definite unnamed source's head ("المصدر"، "المسؤول") opens tokens [a, b) before the
        first mention of ``card`` there."""
        i = next((i for i, cd in self.mentions_in(a, b) if cd is card), None)
        return i is not None and i > a and self.card(a) is None and self.toks[a].definite and (
            self.toks[a].norm.removeprefix("ال") in anonymous_words("heads"))

    def _told_after(self, k: int) -> bool:
        """Token k opens whom something was said to: a detached لـ, or ل glued to an outlet's or
        a body's name ("لـ«X»"، "لموقع X")."""
        t = self.toks[k]
        if t.norm == "ل":
            return True
        if t.norm[:1] != "ل" or t.norm.startswith("ال"):
            return False
        m, card = self.stage.board.owner[k], self.card(k)
        if m is not None and card is not None and card.kind == "organization" and m.t0 == k and m.start > t.start:
            return True
        return self.stage.words.is_(k, "media_head") and t.norm[1:2] != "ل"

    def _first_subject(self, a: int, b: int) -> Card | None:
        """The first person or body named in tokens [a, b) that may be a subject: not behind a
        preposition or an adverb of place ("تظاهروا أمام الوزارة، مطالبين": not the ministry)."""
        return next((cd for i, cd in self.mentions_in(a, b) if _speaks(cd) and not (
            _governed(self.ctx, self.stage, i) or (i > 0 and self.toks[i - 1].norm in _words("opening_adverbs")))),
            None)

    def _first_speaker(self, a: int, b: int, c: Cue | None) -> Card | None:
        for _, card in self.mentions_in(a, b):
            if _speaks(card):
                return card
        return None

    def _antecedent(self, c: Cue, ci: int, sent_t0: int) -> Choice | None:
        rel = self.toks[ci - 1].norm
        if rel in _WHAT:
            return self._what_clause(c, ci, sent_t0)
        g, n = _RELATIVE_AGREEMENT.get(rel, (None, None))
        if g is not None and (c.gender not in (None, g) or c.number != n):
            return None
        described = self._described_by_apposition(ci - 1, sent_t0)
        if described is not None and self.agrees(c, described, "svo"):
            # "X، محلل الأسواق في بنك Y، الذي توقع": the person the apposition describes, not the
            # body named inside the title
            return Choice(described, "antecedent of the relative clause (the person before the apposition)")
        toks = self.toks
        if ci - 2 >= sent_t0 and comma(toks[ci - 1].gap) and self.card(ci - 2) is None and toks[ci - 2].definite and (
                toks[ci - 2].norm in anonymous_words("collective_pronouns")):
            # "لدى الأهالي، الذين أكدوا": the collective right before the relative clause, carded
            return self._propose((ci - 2, ci - 1), c, why="antecedent of the relative clause (a collective)",
                                 order="svo")
        for _i, card in reversed(self.mentions_in(max(sent_t0, ci - 25), ci - 1)):
            if _speaks(card):
                if not self.agrees(c, card, "svo"):
                    return None  # "بعد توصية من الخبراء الذين رأوا": the plural noun, not a card before it
                return Choice(card, "antecedent of the relative clause")
        return None

    def _described_by_apposition(self, rel: int, sent_t0: int) -> Card | None:
        """The person named right before a title set off by commas that ends at the relative
        pronoun at token ``rel`` ("X، مدير Y، الذي"), or None."""
        toks = self.toks
        if not comma(toks[rel].gap):
            return None
        k0 = next((k for k in range(rel - 1, max(sent_t0, rel - 15), -1) if comma(toks[k].gap)), None)
        if k0 is None:
            return None
        person = self.card(k0 - 1)
        if person is None or person.kind != "person":
            return None
        t = titles.after(self.stage.board, self.stage.words, k0)
        return person if t is not None and t.t0 == k0 and t.t1 == rel else None

    def _what_clause(self, c: Cue, ci: int, sent_t0: int) -> Choice | None:
        """"انتقد X ما وصفه بـ«…»": ما is the verb's object, and its subject is the subject of
        the clause ما depends on — the sentence's earlier verb's, else the nearest actor before
        ما that agrees with the verb (a body in between is no subject: "قرار الحكومة")."""
        got = self._sentence_subject(c, ci - 1, sent_t0)
        if got is not None:
            return Choice(got.card, f"subject of the clause ما depends on ({got.why})")
        lo = max(sent_t0, ci - 25)
        for i, card in reversed(self.mentions_in(lo, ci - 1)):
            if _speaks(card) and self.agrees(c, card, "svo"):
                holder = self._holder_of_title_over(i, lo) if card.kind != "person" else None
                if holder is not None and self.agrees(c, holder, "svo"):
                    # "تقدمت الناشطة X، عضو الهيئة Y، بشكوى ضد ما وصفته": a body inside a person's title
                    return Choice(holder, "subject of the clause ما depends on (the holder of the title naming "
                                          "the nearest)")
                return Choice(card, "subject of the clause ما depends on (the nearest that agrees)")
        return None

    def _holder_of_title_over(self, i: int, lo: int, set_off: bool = True) -> Card | None:
        """The person named last before token ``i`` whose title, right after the name (set off by
        a comma or not; with ``set_off`` false, not), runs over the body or place mentioned at i,
        or None."""
        for k, card in reversed(self.mentions_in(lo, i)):
            if card.kind != "person":
                continue
            end = k
            while end < i and self.card(end) is card:
                end += 1
            t = titles.after(self.stage.board, self.stage.words, end)
            ok = t is not None and t.t0 == end and t.t1 > i and (set_off or plain(self.toks[end].gap))
            return card if ok else None
        return None

    def _before_verb(self, c: Cue, ci: int, lo: int, subject_after: bool = False) -> Choice | None:
        """"X، قال" / "المعارضة تقول" / "أما X، فقد … قال".  A name set off by a comma before a
        verb whose own subject follows it ("وتعليقا على تأخر X، قال مصدر") is no subject."""
        toks = self.toks
        near = [(i, card) for i, card in self.mentions_in(lo, ci)
                if card.kind in SPEAKING or (card.kind == "place" and opens_clause(self.ctx, i))]
        ms = [(i, card) for i, card in near if card.kind in SPEAKING]
        if near and not _governed(self.ctx, self.stage, near[-1][0]):
            # ("وفي حديث لوكالة X تحدث …": the body behind ل is spoken to, not the subject)
            i, card = near[-1]
            end = i
            while end < ci and self.card(end) is card:
                end += 1
            between = toks[end].gap if end == ci else None
            if between is not None and ")" in between and "(" in toks[i].gap and i - 1 >= lo and (
                    self.card(i - 1) is card):
                between = between.replace(")", "")  # "منظمة X (Y) أعلنت": the body's short name in brackets
            if card.kind != "person" and end == ci and (held := self._holder_of_title_before(c, i, lo)) is not None:
                # "X رئيس الكتلة عضو الأمانة العامة لحزب Y اعتبر": the body closes X's title
                return Choice(held, "subject before the verb, past the title after the name")
            if (end == ci and between is not None and re.fullmatch(r"[\s،,]*", between) and self.agrees(c, card)
                    and not (subject_after and comma(between))):
                if c.number == "du" and len(near) >= 2 and toks[i].norm.startswith("و") and near[-2][0] < i and (
                        self.card(i - 1) is near[-2][1]):
                    # "فرنسا وألمانيا أعلنتا": a dual verb after two coordinated subjects, the first
                    return Choice(near[-2][1], "the first of two subjects before a dual verb")
                # a state right before its verb stands for its government ("فرنسا أعلنت")
                return Choice(card, "subject before the verb (subject–verb order)")
        got = self._amma_topic(c, ci, lo)
        if got is not None:
            return got
        got = self._person_past_description(c, ci, lo)
        if got is not None:
            return got
        if not c.prefix:
            got = self._uncarded_subject_before(c, ci, lo)
            if got is not None:
                return got
            if c.number in ("pl", "du") and lo < ci - 1 and self.card(ci - 1) is None and (
                    not toks[ci - 1].definite and plain(toks[ci].gap)
                    and self.stage.words.reporting(ci - 2) is not None):
                # "قال صيادون تحدثوا إلى الصحيفة إنهم": the verb of speech, its indefinite subject, and
                # a clause describing them — they are who spoke
                got = self._propose((ci - 1, ci), c, why="subject of the verb of speech a clause describes",
                                    order="vso")
                if got is not None:
                    return got
            got = self._opening_described_subject(c, ci, lo, ms)
            if got is not None:
                return got
        if c.tense == "present" and not c.prefix:
            # "اتصلت امرأة مسنة تقول إن …": the person described right before the verb speaks
            k = next((k for k in range(ci - 1, max(lo, ci - 3) - 1, -1) if toks[k].norm in people_nouns()), None)
            if k is not None and self.card(k) is None:
                got = self._propose((k, ci), c, why="subject before the verb: a person of the story", order="svo")
                if got is not None:
                    return got
            got = self._circumstantial(c, ci, lo)
            if got is not None:
                return got
        sent_t0 = self.ctx.doc.sentence_tokens(toks[ci].sent).start
        if lo == sent_t0 and ms:
            i, card = ms[0]
            # (not the agency of a dateline: "المدينة (الوكالة) - …" opens the line, not the sentence)
            # (nor the outlet credited right before the verb: "الوكالة/ أفاد مصدر …")
            credit = _DATELINE_END.search(toks[ci].gap) is not None and (lo == 0 or "\n" in toks[lo].gap)
            # (nor a body or place behind the preposition that fronts where it happened: "وفي جامعة X، قالت …")
            if i - lo <= 1 and self.agrees(c, card) and i >= self._story_start(lo, ci) and not credit and not (
                    _governed(self.ctx, self.stage, i)):
                return Choice(card, "subject opening the sentence")
        return None

    _DESCRIPTION_REACH = 16  # words of a description set off between a name and its verb

    def _holder_of_title_before(self, c: Cue, i: int, lo: int) -> Card | None:
        """The person whose title, right after the name with no comma, holds the body or place
        mentioned at token ``i`` and runs to the verb, or None."""
        card = self._holder_of_title_over(i, lo, set_off=False)
        return card if card is not None and self.agrees(c, card) else None

    def _person_past_description(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """"غير أن X، أستاذ علم الأوبئة في جامعة Y للعلوم الصحية في Z، حذر من …": a person named
        right before a description set off by commas that runs up to the verb (no verb in it) —
        however many bodies and places the description names — is the verb's subject."""
        toks = self.toks
        if c.prefix or ci <= lo or not comma(toks[ci].gap):
            return None
        for k in range(ci - 1, max(lo, ci - self._DESCRIPTION_REACH) - 1, -1):
            if self.stage.words.reporting(k) is not None or (not plain(toks[k].gap) and not comma(toks[k].gap)):
                return None  # another verb, or a bracket or a quotation: no plain description
            if comma(toks[k].gap):
                card = self.card(k - 1) if k - 1 >= lo else None
                if card is not None and card.kind == "person" and self.agrees(c, card) and k < ci - 1:
                    return Choice(card, "subject before the verb, past the description set off after the name")
                return None
        return None

    def _opening_described_subject(self, c: Cue, ci: int, lo: int, ms: list[tuple[int, Card]]) -> Choice | None:
        """"سيدة خمسينية كانت تقف في الطابور، رفضت ذكر اسمها، قالت إن …"، "مدرس في أحد المعاهد،
        فضل عدم الكشف عن اسمه، قال …": an unnamed person or source opening the sentence, then
        what describes them (a clause, an aside), is the subject of the verb of speech that has
        none after it — when the opening word is a people noun, "one of" a group, or the aside
        says the source stayed unnamed."""
        toks, words = self.toks, self.stage.words
        s = self.ctx.doc.sentence_tokens(toks[ci].sent).start
        opened = s
        while s < ci - 1 and s - opened < 2 and toks[s].norm in _SVO_OPENERS:
            s += 1  # "لكن صيادا من القرية اعتبر": the nominal clause's subject after its opener
        one_of = toks[s].norm in ("احد", "احدي") and s + 1 < ci and toks[s + 1].definite
        if c.kind != VERB or s >= ci - 1 or ms or toks[s].definite or (not one_of and words.is_(
                s, "stop", "never", bare=True)):
            return None
        aside = self._past_unnamed_aside(ci, lo)
        if any((cue := words.reporting(k)) is not None and cue.kind == VERB and not cue.ambiguous and k < aside
               for k in range(s, ci)):
            return None  # another verb of speech opens a clause of its own before (not "رفض ذكر اسمه")
        w = toks[s].norm
        if s > opened and w.endswith("ا") and w[:-1] in people_nouns():
            w = w[:-1]  # (the accusative after لكنّ/أنّ: "بائعا")
        if not (w in people_nouns() or one_of or aside != ci):
            return None
        end = next((k for k in range(s + 1, ci) if not plain(toks[k].gap)), ci)
        return self._propose((s, end), c, why="the unnamed person opening the sentence (subject–verb order)",
                             order="svo")

    def _uncarded_subject_before(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """"غير أن السلطات المحلية اتهمت …"، "لكن المعارضة رفضت …": a definite noun phrase
        right before the verb, opening its clause (after إن/أن/لكن or at the sentence's start),
        is its subject though no card names it yet — a body, source or group the actor stage
        cards on request."""
        toks, words = self.toks, self.stage.words
        aside = self._past_unnamed_aside(ci, lo)  # "لكن مصدرا في X، طلب عدم نشر اسمه، قال …"
        if aside == ci:
            aside = -1  # (no aside: the verb's own gap must be plain)
        else:
            ci = aside
        if aside == ci:
            k = self._indefinite_source_before(ci, lo, True)  # (before an aside only an unnamed source)
        else:
            k = ci
            while k > max(lo, ci - 3) and toks[k - 1].definite and plain(toks[k].gap) and self.card(k - 1) is None:
                k -= 1
            if lo < k < ci and not toks[k - 1].definite and plain(toks[k].gap) and self.card(k - 1) is None and (
                    orgs.head_at(words, k - 1) is not None) and self._opens_clause(k - 1, ci):
                k -= 1  # "غير أن حركة التحرير الشعبية نفت": a body's head in construct with the definite words
            head = k  # (or the broken plural in construct before the definite words: "أصحاب المحلات")
            if k < ci and k - 3 >= lo and not toks[k - 1].definite and toks[k - 2].norm == "من" and plain(
                    toks[k].gap) and self.card(k - 1) is None:
                head = k - 1
            if head - 2 >= lo and head < ci and toks[head - 1].norm == "من" and counted_by(toks[head - 2].norm):
                k = head - 2  # "لكن عددا من النواب أكدوا": a quantifier and the plural it counts
            if k == ci or not self._opens_clause(k, ci):
                # "لكن مصادر قبلية في X أفادت بأن …"، "إلا أن مصدرا في الوزارة قال": the definite
                # words before the verb end an unnamed source's phrase, not a subject of their own
                k = self._indefinite_source_before(ci, lo)
            if k == ci and c.number in ("du", "pl"):
                k = self._plural_opening_clause(ci, lo)
                if k < ci:
                    return self._propose((k, ci), c, why="subject before the verb (subject–verb order), carded",
                                         order="svo")
        if k == ci and c.number in ("du", "pl") and (span := self._governed_plural_phrase(ci, lo)) is not None:
            return self._propose(span, c, why="subject before the verb (subject–verb order), carded", order="svo")
        if k == ci or (k > lo and not plain(toks[k].gap)):
            return None
        if not self._opens_clause(k, ci):
            return None
        governed = k - 1 >= lo and (bool(THAT.match(toks[k - 1].norm)) or toks[k - 1].norm in _BUT)
        if not (orgs.head_at(words, k) is not None or words.is_(k, "anon") or source_noun(words, k)
                or toks[k].norm.endswith(("ون", "ات")) or toks[k].norm in anonymous_words("collective_pronouns")
                or counted_by(toks[k].norm) or (governed and toks[k].definite and c.number == "pl" and (
                    toks[k].norm.endswith("ين") or toks[k].norm[2:] in anonymous_words("people_plurals")))):
            # ("لكن المزارعين أكدوا"، "غير أن التجار قالوا": after إن/أن/لكن the plural is accusative,
            # and a plural verb after it agrees with people)
            if governed and not toks[k].definite and c.number in ("du", "pl") and (
                    self._plural_opening_clause(ci, lo) == k):
                # "غير أن حدادين في الورشة قالوا": an indefinite noun after إن/أن/لكن, its plural verb
                # a few plain words on, is the people who speak, whatever the noun
                return self._propose((k, ci), c, why="subject before the verb (subject–verb order), carded",
                                     order="svo")
            return None
        return self._propose((k, ci), c, why="subject before the verb (subject–verb order), carded", order="svo")

    def _plural_opening_clause(self, ci: int, lo: int) -> int:
        """"غير أن أصحاب مخابز في المدينة أكدوا": the words right after إن/أن/لكن, up to a plural
        verb, with no card, verb of speech or punctuation among them — its subject, whatever
        its head (the actor stage decides what they are); ci when there is none."""
        toks = self.toks
        for k in range(ci - 1, max(lo, ci - _OPENING_CLAUSE_REACH) - 1, -1):
            if not plain(toks[k + 1].gap) or (self.card(k) is not None and self.card(k).kind != "place") or (
                    self.stage.words.reporting(k) is not None):
                return ci  # (a place may say where they are: "غير أن أصحاب محلات في X أكدوا")
            if k > lo and self._opens_clause(k, ci):
                return k
        return ci

    def _governed_plural_phrase(self, ci: int, lo: int) -> tuple[int, int] | None:
        """"إلا أن موظفين في X، تجمعوا أمام …، قالوا"، "لكن مزارعين التقتهم «الصحيفة» في X أكدوا":
        an indefinite plural of people right after إن/أن/لكن, further from its plural verb than
        the plain words above reach — asides and quotation marks between — with no card but a
        place's, no reported clause and no verb of speech of its own between: its phrase, up to
        the first mark, is the subject."""
        toks, words = self.toks, self.stage.words
        for k in range(ci - 1, max(lo, ci - _GOVERNED_REACH) - 1, -1):
            if THAT.match(toks[k].norm) or (k < ci - 1 and words.reporting(k) is not None and (
                    not comma(toks[k].gap))):
                return None  # (a verb of speech opening no aside: its own clause)
            if (card := self.card(k)) is not None and card.kind != "place" and not self._linked_body(k):
                return None  # (a body after في/من is where they are: "لكن طلابا في كلية X قالوا")
            if k <= lo or not (THAT.match(toks[k - 1].norm) or toks[k - 1].norm in _BUT):
                continue
            w = toks[k].norm
            if toks[k].definite or not plain(toks[k].gap) or not (
                    (len(w) >= 5 and w.endswith(("ين", "ون"))) or w in people_plurals()
                    or (w.endswith("ا") and w[:-1] in people_plurals())  # (accusative: "لكن تجارا في …")
                    or (counted_by(w) and k + 1 < ci and toks[k + 1].norm == "من")):
                return None
            return k, next((j for j in range(k + 1, ci) if not plain(toks[j].gap)), ci)
        return None

    def _opens_clause(self, k: int, ci: int) -> bool:
        """Token k opens the clause of the verb at ci: the sentence's first word, or right after
        إن/أن or لكن."""
        toks = self.toks
        return k == self.ctx.doc.sentence_tokens(toks[ci].sent).start or bool(THAT.match(toks[k - 1].norm)) or (
            toks[k - 1].norm in _BUT)

    def _past_unnamed_aside(self, ci: int, lo: int) -> int:
        """Where the aside of a source who asked not to be named starts, set off by commas right
        before the verb at ci ("…، فضّلت عدم ذكر اسمها، حذّرت"): the subject ends there.  ci
        when there is none."""
        toks = self.toks
        if not comma(toks[ci].gap):
            return ci
        for s in range(ci - 1, max(lo, ci - 8), -1):
            if comma(toks[s].gap):
                return s if any(toks[j].norm == "عدم" or toks[j].norm in anonymous_words("identity_words")
                                for j in range(s, ci)) else ci  # ("رفضت ذكر اسمها" too)
        return ci

    def _indefinite_source_before(self, ci: int, lo: int, aside: bool = False) -> int:
        """Where an unnamed source's indefinite phrase opens right before the verb at ci (its
        head a source noun, at most six words back, nothing but plain spaces between, no card
        there), else ci."""
        toks, words = self.toks, self.stage.words
        k = ci - 1
        outside = 0  # words not in a linked body's name: a long name ("في هيئة شؤون X
        # والثروة Y") counts as one word of the phrase
        while k > max(lo, ci - _SOURCE_PHRASE_MAX) - 1 and outside < 7 and (
                plain(toks[k + 1].gap) or (aside and k + 1 == ci)) and (
                self.card(k) is None or self.card(k).kind == "place" or self._linked_body(k)) and not (
                words.reporting(k) is not None or THAT.match(toks[k].norm)):  # ("مصادر في X": its place)
            if not toks[k].definite and source_noun(words, k):
                while k - 1 >= lo and plain(toks[k].gap) and not toks[k - 1].definite and source_noun(words, k - 1):
                    k -= 1  # ("مصدرا | مقربا": the head, not its adjective)
                return k
            if self._linked_body(k) and (m := self.stage.board.owner[k]) is not None and m.t0 < k and all(
                    plain(toks[j].gap) for j in range(m.t0 + 1, k + 1)):
                k = m.t0  # (to the body's first word, in one step)
                continue
            outside += 1
            k -= 1
        return ci

    def _linked_body(self, k: int) -> bool:
        """Token k lies in a body's name that a link word opens ("مقربا من | قوة X"): where an
        unnamed source sits, inside its phrase."""
        card, m = self.card(k), self.stage.board.owner[k]
        return card is not None and card.kind == "organization" and m is not None and m.t0 > 0 and (
            self.toks[m.t0 - 1].norm in ("في", "من", "داخل", "لدى") or (
                m.start > self.toks[m.t0].start and self.toks[m.t0].norm[:1] == "ب"))  # ("مصدر | بمديرية X")

    def _circumstantial(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """"وصلت امرأة إلى المحكمة تقول إنها …"، "ظهر الوزير في تسجيل يقول إن …": a present verb
        with no subject of its own, right before its content, describes the subject of the
        clause it closes — the one named right after the sentence's opening verb."""
        toks, words = self.toks, self.stage.words
        if lo != self.ctx.doc.sentence_tokens(toks[ci].sent).start or ci + 1 >= self.ctx.n:
            return None
        if not THAT.match(toks[ci + 1].norm) or not plain(toks[ci + 1].gap):
            return None
        if self.card(lo) is not None or toks[lo].norm in people_nouns() or any(
                THAT.match(toks[k].norm) or words.reporting(k) is not None or not plain(toks[k].gap)
                for k in range(lo + 1, ci)):
            return None  # the sentence opens on no verb, or the verb sits in a clause of its own
        k = self._after_opening_verb(lo, ci)
        card = self.card(k) if k < ci else None
        why = "subject of the clause a present verb describes (… تقول إن)"
        if card is not None:
            return Choice(card, why) if card.kind in ("person", "anonymous") and self.agrees(c, card) else None
        if toks[lo + 1].norm in people_nouns():
            return self._propose((lo + 1, ci), c, why=why, order="svo")
        return None

    def _amma_topic(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """"أما X، فأكد" / "أما المعارضة فقالت": the topic of أما is the subject of the verb its
        ف introduces, even when no card names it yet — and of a verb of speech joined by و to
        that ف-verb ("أما العمال فاعتصموا …، وأكدوا")."""
        toks = self.toks
        amma = next((k for k in range(ci - 1, lo - 1, -1) if toks[k].norm == "اما"), None)
        if amma is None or amma + 1 >= ci:
            return None
        end = ci
        if c.prefix.startswith("و"):
            # the ف answers the أما on another verb: the topic ends before it
            end = next((k for k in range(amma + 2, ci) if toks[k].norm[:1] == "ف" and len(toks[k].norm) > 3
                        and plain(toks[k].gap) and any(cut == 1 for _, cut in toks[k].readings)), ci)
            if end == ci:
                return None
        w = toks[amma + 1].norm
        if self.card(amma + 1) is None and not toks[amma + 1].definite and (
                source_noun(self.stage.words, amma + 1) or w in anonymous_words("people_plurals") or (
                    len(w) >= 6 and w.endswith(("ون", "ين")) and not self.stage.words.bare[amma + 1])):
            # "أما مهندسون في هيئة X فأكدوا": an unnamed source, the body it sits in part of
            # its description — not the topic
            fa = next((k for k in range(amma + 1, ci) if toks[k].norm in ("فقد", "فلقد")), None)
            if end < ci or fa is not None or "ف" in c.prefix:
                return self._propose((amma + 1, end if end < ci else fa or ci), c, why="topic of أما … ف",
                                     order="svo")
        ms = [(i, card) for i, card in self.mentions_in(amma + 1, end)
              if card.kind in SPEAKING and self.agrees(c, card)]
        for i, card in ms:
            if card.kind == "person" and self.stage.board.owner[i].t0 == amma + 1:
                # "أما X، ابنة Y، فتقول": a person right after أما is the topic; who the apposition
                # names after it describes them (not past a title: there a body or a person may head it)
                return Choice(card, "topic of أما … ف")
            # "أما النائبة عن حزب X، Y، فأكدت"، "أما رئيسة قائمة «X»، المحامية Y، فاعتبرت": a body
            # inside a person's title, or in a description the person's name is set off after, is
            # not the topic
            holder = next((cd for k, cd in ms if k > i and cd.kind == "person" and (
                ((t := titles.before(self.stage.board, self.stage.words, k)) is not None and t.t0 < i)
                or comma(toks[t.t0 if t is not None else self._past_honorifics(i, k)].gap))), None)
            return Choice(holder or card, "topic of أما … ف")
        if end < ci:
            return self._propose((amma + 1, end), c, why="topic of أما … ف, shared by the verb joined to its verb",
                                 order="svo")
        fa = next((k for k in range(amma + 1, ci) if toks[k].norm in ("فقد", "فلقد")), None)
        if fa is None and "ف" not in c.prefix:
            return None  # no ف answers the أما: the verb is not its clause's
        return self._propose((amma + 1, fa or ci), c, why="topic of أما … ف", order="svo")

    def _kana_at(self, c: Cue, ci: int, lo: int) -> int | None:
        """The كان before the verb at ci, within reach ("وكانت الحكومة قد أعلنت")."""
        if c.prefix or comma(self.toks[ci].gap):
            return None  # ("… إذا كانت X ستسحب قواتها، قالت Y": a comma before the verb opens its own clause)
        # (reach enough for a name and a relative clause: "وكانت X Y، التي قدمت مشروع القرار، قد صرحت";
        # never past a clause of its own: "وكانت الوزارة قد رفعت …، فيما أعلنت X")
        for k in range(ci - 1, max(lo, ci - 16) - 1, -1):
            norm = self.toks[k].norm
            if norm in _KANA:
                return k
            if norm in _BUT or (norm in ("قد", "لقد") and k < ci - 1):
                return None  # ("وكانت X قد وافقت على Z، التي وصفتها Y بأنها": قد gave كان its
                # verb before this one, which opens a clause of its own)
        return None

    def _bare_kana_before(self, c: Cue, ci: int, lo: int) -> int:
        """The token of a كان without a proclitic right before the verb at ci, only قد between
        ("كانت قد أعلنت"), when it agrees with the verb; else ci."""
        k = ci - 1 if ci - 1 > lo and self.toks[ci - 1].norm in ("قد", "لقد") else ci
        if c.prefix or k - 1 <= lo or self.toks[k - 1].norm not in _BARE_KANA or not plain(self.toks[k].gap):
            return ci
        kana = _BARE_KANA[self.toks[k - 1].norm]
        agrees = c.number == "pl" if kana == "pl" else c.gender == "f" if kana == "f" else (
            c.gender != "f" and c.number == "sg")
        return k - 1 if agrees else ci

    def _kana_subject(self, c: Cue, ci: int, lo: int) -> bool:
        """Words other than قد stand between كان and the verb: its subject."""
        k = self._kana_at(c, ci, lo)
        return k is not None and any(self.toks[j].norm not in ("قد", "لقد") for j in range(k + 1, ci))

    def _kana(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """"وكانت الحكومة قد أعلنت": the subject between كان and the verb."""
        k = self._kana_at(c, ci, lo)
        if k is None:
            return None
        got = self._first_speaker(k + 1, ci, c)
        if got is not None and got.kind in ("organization", "place") and self.card(k + 1) is not got:
            person = next((cd for _i, cd in self.mentions_in(k + 1, ci) if cd.kind == "person"), None)
            if person is not None and self.agrees(c, person) and self.stage.words.is_(
                    k + 1, "title", "title_possessive", "rank", bare=True):
                # "وكان مدير دائرة X، المهندس Y، قد حذر": the person the title names, not its body
                return Choice(person, "subject of كان … قد")
            # "وكان مسؤول في الوزارة اتهم": the body is named inside the subject, not the subject
            described = self._propose((k + 1, ci), c, why="subject of كان … قد")
            if described is not None and described.card is not got:
                return described
        if got and self.agrees(c, got):
            return Choice(got, "subject of كان … قد")
        return self._propose((k + 1, ci), c, why="subject of كان … قد")

    def _sentence_subject(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """A participle or subjectless verb shares the subject of its sentence's earlier verb."""
        got = self._statement_of_sentence(c, ci)
        if got is not None:
            return got
        for q_start, card in reversed(self.history):
            if q_start < self.toks[lo].start:
                break  # the history is in text order (drafts are): nothing earlier is in this sentence
            if q_start < self.toks[ci].start and self.agrees(c, card):
                return Choice(card, "shares the subject of its sentence's earlier quote")
        for k in range(ci - 1, lo - 1, -1):
            v = self.stage.words.reporting(k)
            if v is not None and v.kind == VERB and key(v.lemma) in _words("question_verbs") and (
                    key(c.lemma) in _words("answer_verbs")):
                return self._asked_in_sentence(c, ci)  # "وسألت X Y عن …، فأجابت": who was asked answers
            if v is not None and v.kind == VERB:
                end = self._clause_end(k + 1, min(ci, k + 12))
                # its subject comes before the clause of what another said ("وشكا سكان …، وهذا ما استبعده X")
                end = next((x for x in range(k + 1, end) if self.toks[x].norm in _WHAT or (
                    self.stage.words.reporting(x) is not None)), end)
                if k + 1 < end and self._told_after(k + 1):
                    continue  # "«…»، يقول لـ«X»، ويتابع": whom the earlier verb was said to, no subject of it
                got = self._first_subject(k + 1, end)
                if got is not None and got.kind in ("organization", "place") and self._unnamed_head_before(
                        got, k + 1, end):
                    # "وهذا ما استبعده المصدر بهيئة الإسعاف، موضحا": the source referred back to, not
                    # the body its description names
                    ref = self._propose((k + 1, end), c, why=f"subject of the sentence's earlier verb {v.text}")
                    if ref is not None and ref.card.kind == "anonymous":
                        return ref
                if got is not None and got.kind in ("organization", "place"):
                    # "نفى الناطق باسم [الحكومة]، العقيد X، …، وقال": the holder the title names
                    holder = self._holder_in_title(got, k + 1, end)
                    if holder is not None and self.agrees(c, holder):
                        return Choice(holder, f"subject of the sentence's earlier verb {v.text}")
                if got and self.agrees(c, got):
                    return Choice(got, f"subject of the sentence's earlier verb {v.text}")
        if c.kind == VERB and (c.prefix == "و" or (not c.prefix and ci > lo and self.toks[ci - 1].norm in _WHEN)
                               or (not c.prefix and ci > lo and self.toks[ci - 1].norm in _BUT_HE)):
            # ("رفضت X التعليق، لكنها قالت": "but she" is the subject its sentence opened on)
            # ("… أشعل الجلسة حين قال إن": a clause of time shares its main clause's subject)
            got = self._opening_subject(c, ci, lo)
            if got is not None:
                return got
        if c.kind == PARTICIPLE and lo < ci:
            # the clause the participle continues: after the last "…، فيما/بينما/لكن" that opens one
            # ("رحبت أحزاب …، فيما انتقده X، معتبرا": X's clause, not the bodies')
            first = next((k + 1 for k in range(ci - 1, lo, -1) if self.toks[k].norm in _BUT and re.search(
                r"[،,]", self.toks[k].gap)), lo + 1)
            got = self._first_subject(first, ci)
            if got is not None and got.kind in ("organization", "place"):
                i = next(i for i, cd in self.mentions_in(first, ci) if cd is got)
                a = i - 2 if i - 2 > lo and self.toks[i - 1].norm in ("في", "من", "داخل") else i - 1
                # "وهذا ما استبعده المصدر بهيئة الإسعاف / في الهيئة، موضحا": the source, not its body
                ref = self._propose((a, ci), c, why="subject of the clause the participle continues") if (
                    a > lo and self._unnamed_head_before(got, a, ci)) else None
                if ref is not None and ref.card.kind == "anonymous":
                    return ref
            if got is not None and got.kind in ("organization", "place"):
                # "غير أن النائبة عن [محافظة X]، Y، شككت …، مؤكدة": the holder the title names
                holder = self._holder_in_title(got, first, ci)
                if holder is not None and self.agrees(c, holder):
                    return Choice(holder, "subject of the clause the participle continues")
            if got and got.kind in ("person", "anonymous", "organization") and self.agrees(c, got):
                return Choice(got, "subject of the clause the participle continues")
            if got is None and lo == self.ctx.doc.sentence_tokens(self.toks[ci].sent).start:
                v = self._past_opening_adjunct(lo, ci)  # "في المقابل، حمّل X …، معتبرا": the verb after it
                if v + 2 < ci and self.toks[v].norm in _HOWEVER and self.toks[v + 1].norm == "ان":
                    v += 1  # "غير أن / إلا أن تجارا …، معتبرين": the subject after the particle's أن
                why = "subject of the clause the participle continues"
                if v + 1 < ci and self.card(v + 1) is None and self.stage.words.is_(v + 1, "title", bare=True) and (
                        self.toks[v].norm not in _KANA):
                    # "دافع نائب مدير X عن …، مشيرا": a role with no name — its holder or an
                    # unnamed source, past its genitives only (after كان the verb is further on)
                    return self._role_holder_subject(c, ci, v + 1, why)
                return self._propose((v + 1, ci), c, why=why)
        return None

    def _first_of_each(self, card: Card, lo: int, ci: int) -> bool:
        """The card is the first person named after "كل من" in tokens [lo, ci)."""
        toks = self.toks
        for k in range(max(lo + 1, ci - _EACH_REACH), ci - 1):  # (bounded: one huge sentence stays linear)
            if toks[k].norm == "من" and toks[k - 1].norm == "كل":
                first = next((cd for _i, cd in self.mentions_in(k + 1, min(ci, k + 6)) if cd.kind == "person"), None)
                return first is card
        return False

    def _some_of_them(self, a: int, b: int) -> bool:
        """Tokens from a are "بعضهم"، "معظمهن" or "عدد منهم"، "كثيرون منهم" (`some_of_them` and
        `counted_of_them` in reporting_verbs.toml) and nothing after them but how they spoke."""
        toks = self.toks
        w = toks[a].norm
        if w in _words("some_of_them"):
            return a + 1 == b or not plain(toks[a + 1].gap) or self.card(a + 1) is None
        return (a + 1 < b and w in _words("counted_of_them") and toks[a + 1].norm in ("منهم", "منهن")
                and plain(toks[a + 1].gap))

    def _group_before(self, a: int) -> Card | None:
        """The unnamed people or group last named in the sentence before token a or the one
        before it, of more than one: whom "أحدهم" is one of."""
        sent = self.toks[a].sent
        lo = self.ctx.doc.sentence_tokens(max(0, sent - 1)).start
        for i, card in reversed(self.mentions_in(lo, a)):
            if card.kind in ("anonymous", "group") and (
                    self.features(card)[1] == "pl" or _dual_noun(self.toks[i].norm)):
                return card  # (or two: "موظفان يعملان في المصفاة … وأوضح أحدهما")
        # "احتشد عدد من الآباء … وقال أحدهم": a counted group no verb of speech carded yet
        k = next((k for k in range(a - 2, lo - 1, -1) if counted_by(self.toks[k].norm)
                  and self.toks[k + 1].norm == "من" and self.card(k) is None), None)
        if k is None:
            return None
        end = next((e for e in range(k + 2, a) if not plain(self.toks[e].gap)), a)
        got = self._propose((k, end), None, why="a counted group named before")
        return got.card if got is not None and got.card.kind == "group" else None

    def _members_of(self, a: int, i: int, card: Card) -> Choice | None:
        """"أكد الوزراء الماليون للاتحاد X": a definite plural of members (``body_members``), maybe
        with an adjective, right after the verb, then لـ + a body — the members speak for it."""
        toks = self.toks
        m = self.stage.board.owner[i]
        if card.kind != "organization" or m is None or not 0 < i - a <= 3 or toks[a].norm[2:] not in _body_members():
            return None
        if not all(toks[k].definite and plain(toks[k + 1].gap) for k in range(a, i)):
            return None
        if not self.ctx.text[toks[i].start : m.start].startswith("ل"):
            return None
        return Choice(card, "its members speak for the body (verb–subject order)")

    def _past_opening_adjunct(self, lo: int, ci: int, reach: int = 3) -> int:
        """The first token after an adjunct of up to ``reach`` words set off by a comma at a
        sentence's start ("في المقابل،"، "من جهته،"، "وفي السياق ذاته،"), else lo."""
        toks = self.toks
        pp = self._opens_with_preposition(lo)
        for k in range(lo + 1, min(ci, lo + 1 + reach)):
            if (self.card(k - 1) is not None and not (pp and self.card(k - 1).kind == "place")) or (
                    (cue := self.stage.words.reporting(k - 1)) is not None and not (pp and cue.ambiguous)):
                return lo  # (a place inside an opening prepositional phrase is where: "وفي حي X،"; so is
                # a bare form that is mostly another word: "ومن بين X،" is "among", no verb)
            if comma(toks[k].gap):
                return k
            if not plain(toks[k].gap):
                return lo
        return lo

    def _clause_end(self, a: int, b: int) -> int:
        """Where "…، فيما/بينما/لكن" opens another clause in tokens [a, b), else b."""
        toks = self.toks
        return next((k for k in range(a, b) if toks[k].norm in _BUT and re.search(r"[،,]", toks[k].gap)), b)

    def _after_opening_verb(self, lo: int, ci: int) -> int:
        """Where the subject of the verb at token lo is named: after an honorific or a title
        ("ظهر الوزير X"، "رفض الوزير X"), at most three words on and before ci."""
        k = lo + 1
        while k < min(ci, lo + 4) and self.card(k) is None and (
                _honorific(self.toks[k].norm) or self.toks[k].definite):
            k += 1
        if self.card(k) is None:
            # "رفع رئيس المجلس X الجلسة": a title in construct before the name (or a definite one
            # set off by commas: "رفض المتحدث باسم المصرف، X، التعليق")
            k = lo + 1
            j = next((j for j in range(k + 1, min(ci, k + 8))
                      if (cd := self.card(j)) is not None and cd.kind == "person"), None)  # (past a body in it)
            t = titles.before(self.stage.board, self.stage.words, j) if j is not None else None
            if t is None and j is not None:
                # "حمّل مدرب الفريق، التونسي X، الحكم …": the role set off before the nationality
                t = titles.before_nationality(self.stage.board, self.stage.words, j)
            if t is not None and t.t0 > k and comma(self.toks[t.t0].gap):
                # "دافع وزير النقل، المهندس X، عن …": the role set off before the form of address
                t = titles.before(self.stage.board, self.stage.words, t.t0)
            if t is not None and t.t0 == k:
                return j
        return k

    def _past_adverbial_that(self, lo: int, ci: int) -> int:
        """"وعلى إثر ذلك رفع X …"، "وبعد ذلك أعلن X …": a preposition and "that" (at most four
        words) open the sentence before its verb; the token after them, else lo."""
        first = self.toks[lo].norm
        first = first[1:] if first[:1] in ("و", "ف") and first[1:] in prepositions() else first
        if first not in prepositions():
            return lo
        k = next((k for k in range(lo, min(ci, lo + 4)) if self.toks[k].norm in _THAT_WORDS), None)
        return k + 1 if k is not None and k + 1 < ci else lo

    def _opening_subject(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """"رفضت الحكومة القرار وقالت إنها …": a verb of speech coordinated with the verb that
        opens its sentence shares that verb's subject, whatever it did first — unless a
        reported clause or another verb of speech comes between."""
        toks = self.toks
        if lo != self.ctx.doc.sentence_tokens(toks[ci].sent).start:
            return None
        # "المدينة - (الوكالة): رفضت …": a dateline opens the line; the story's first verb follows it
        lo = self._story_start(lo, ci)
        lo = self._past_adverbial_that(lo, ci)
        reach = _ADJUNCT_REACH if self._opens_with_preposition(lo) else 3
        after = self._past_opening_adjunct(lo, ci, reach)  # ("في المقابل، هاجم X …، وقال": the verb after it)
        got = self._opening_subject_from(c, ci, after)
        if got is None and after != lo and not self._opens_with_preposition(lo):
            # "رفضت الوزارة القرار، لكنها قالت": the words before the comma were the opening clause
            # itself, no adjunct
            got = self._opening_subject_from(c, ci, lo)
        return got

    def _opening_subject_from(self, c: Cue, ci: int, lo: int) -> Choice | None:
        toks = self.toks
        if lo + 2 < ci and toks[lo].norm in _BEFORE_VERB and self.card(lo + 1) is None:
            lo += 1  # ("ولم يخف X قلقه، إذ قال": the verb after its particle)
        if self.card(lo) is not None or toks[lo].norm in _SVO_OPENERS:
            return self._opening_topic(c, ci, lo)
        if (got := self._described_topic(c, ci, lo)) is not None:
            return got
        if any(THAT.match(toks[j].norm) or (self.stage.words.reporting(j) is not None and not (
                toks[j - 1].norm in _WHAT_WAS and plain(toks[j].gap)) and not (
                not toks[j - 1].definite and self._met_by_outlet(j))) for j in range(lo + 1, ci)):
            # (a relative's verb is the object's: "نفى X | ما ورد في الرسالة، وقال"; "رفض عمال
            # تحدثوا للإذاعة الخطة، وقالوا": a clause describing an indefinite subject, no speech)
            return None
        why = "shares the subject of the verb opening its sentence (… وقال)"
        k = self._after_opening_verb(lo, ci)
        card = self.card(k) if k < ci else None
        words = self.stage.words
        if card is None and lo + 1 < ci and self.card(lo + 1) is None and (
                orgs.head_at(words, lo + 1) is not None or words.is_(lo + 1, "anon") or (
                    c.number in ("du", "pl") and not toks[lo + 1].definite and plain(toks[lo + 1].gap)
                    and (toks[lo + 1].norm.endswith(("ان", "ون")) or toks[lo + 1].norm in people_plurals()
                         or toks[lo + 1].norm in community_nouns()  # "واجتمع وجهاء البلدة …، وأكدوا"
                         or (counted_by(toks[lo + 1].norm) and lo + 2 < ci and toks[lo + 2].norm == "من")
                         or (lo + 2 < ci and plain(toks[lo + 2].gap) and (
                             construct_plural_shape(toks[lo + 1].norm) or words.plural_in_construct(lo + 1))))
                    and not words.is_(lo + 1, "stop", "never"))):
            # ("صوت نائبان من الكتلة ضد القرار، وقالا": people counted by a dual or plural, too, or
            # by a quantifier: "تجمع عشرات من الأهالي …، وطالبوا", or a plural in construct, its ن
            # dropped: "اعترض ممثلو أندية X …، وقالوا"، "شكا أهالي القرية …، وقالوا")
            # "رفضت الحكومة القرار وقالت …": a body or source no card names yet — the actor stage decides
            # (its clause ends at a pause: "…، لكنها قالت")
            end = next((j for j in range(lo + 2, ci) if not plain(toks[j].gap)), ci)
            return self._propose((lo + 1, end), c, why=why, order="vso")
        if card is None and lo + 1 < ci and self.card(lo + 1) is None and words.is_(lo + 1, "title", bare=True):
            return self._role_holder_subject(c, ci, lo + 1, why)
        if card is None or not _speaks(card) or not self.agrees(c, card, "vso"):
            return None
        m = self.stage.board.owner[k]
        if m is not None and self._in_dateline(m.t0, m.t1):
            return None  # "المدينة (الوكالة) - رفضت …": who filed the story, not its subject
        return Choice(card, why + self._agree_note(c))

    def _role_holder_subject(self, c: Cue, ci: int, k: int, why: str) -> Choice | None:
        """"اعترف وزير النقل بالتأخير، لكنه رأى": a role with no name after the opening verb is its
        subject — the person set off by commas after it, else the one the actor stage decides
        (the holder named before or after, or an unnamed source)."""
        toks = self.toks
        end = k + 1  # the role's genitive chain: it ends at a pause or an indefinite word after a definite one
        while end < ci and plain(toks[end].gap) and (toks[end].definite or not toks[end - 1].definite or (
                toks[end].norm.startswith("لل") and len(toks[end].norm) > 4) or toks[end].norm == "باسم"):
            end += 1  # ("العام للملك": ل and the article; "المتحدث باسم X": whom they speak for)
        j = end  # "…، السيدة X،": a name set off by a comma, maybe after forms of address, is the holder's
        while j < ci and j - end < 2 and self.card(j) is None and (
                _honorific(toks[j].norm) or self.stage.words.is_(j, "honorific", bare=True)):
            j += 1
        named = self.card(j) if j < ci and comma(toks[end].gap) else None
        if named is not None and named.kind == "person" and self.agrees(c, named):
            return Choice(named, why + self._agree_note(c))
        return self._propose((k, end), c, why=why, order="vso")

    def _opening_topic(self, c: Cue, ci: int, lo: int) -> Choice | None:
        """"غير أن الجبهة المعارضة شككت في الأرقام، ووصفت …": a sentence opening on its subject
        and a verb (after غير أن، لكن، إلا أن) — a verb of speech coordinated with that verb
        shares its subject when both verbs agree with it, unless a reported clause or another
        verb of speech comes between."""
        toks, words = self.toks, self.stage.words
        k = lo
        while k < ci and k - lo < 2 and toks[k].norm in _SVO_OPENERS:
            k += 1
        if self.card(k) is None and (got := self._described_topic(c, ci, k)) is not None:
            return got
        if self.card(k) is None:
            # "غير أن النائب X أشعل …": the subject's title before its name
            k0 = k
            k = next((j for j in range(k + 1, min(ci, k + 8)) if self.card(j) is not None), k)
            t = titles.before(self.stage.board, words, k) if self.card(k) is not None else None
            if t is None or t.t0 != k0:
                return None
        card, m = self.card(k), self.stage.board.owner[k]
        if card is None or m is None or m.t0 != k or not _speaks(card) or not self.agrees(c, card, "svo"):
            return None
        v = m.t1
        while v < ci and v - m.t1 < 2 and toks[v].definite and self.card(v) is None and plain(toks[v].gap):
            v += 1  # its adjectives ("الجبهة المعارضة")
        if v < ci - 1 and toks[v].norm in _BEFORE_VERB and plain(toks[v].gap):
            v += 1  # "X لم ترحب بالخطة": the verb after its particle
        if v >= ci - 1 or not plain(toks[v].gap) or self.card(v) is not None or toks[v].definite or (
                words.not_name(v) and words.reporting(v) is None) or not _verb_agrees(toks[v].norm, c):
            return None
        if any(THAT.match(toks[j].norm) or words.reporting(j) is not None for j in range(v + 1, ci)):
            return None
        why = "shares the subject of its sentence's first verb (subject–verb order)"
        return Choice(card, why + self._agree_note(c))

    def _described_topic(self, c: Cue, ci: int, k: int) -> Choice | None:
        """"ولكن عاملا في المصنع أطفأ …، وأوضح"، "صياد في المرفأ ربط قاربه …، وقال": an unnamed
        person or source (indefinite, maybe in the accusative after لكنّ) opens the clause, then
        its verb; a verb of speech coordinated with that verb after a pause shares the subject
        when both agree with it and no reported clause or other verb of speech comes between."""
        toks, words = self.toks, self.stage.words
        w = toks[k].norm
        if toks[k].definite or c.kind != VERB or not (
                w in people_nouns() or (w.endswith("ا") and w[:-1] in people_nouns()) or source_noun(words, k)):
            return None
        pause = next((j for j in range(k + 1, ci + 1) if not plain(toks[j].gap)), ci + 1)
        if pause > ci or pause - k > self._DESCRIPTION_REACH:
            return None  # (the verb of speech follows the clause after a pause)
        np = subject_phrase(self.stage.board, words, k, pause)
        if np is None or np[0] != k or np[1] >= pause:
            return None
        v = np[1]
        if self.card(v) is not None or toks[v].definite or toks[v].norm in prepositions() or not (
                _verb_agrees(toks[v].norm, c)):
            return None
        if any(THAT.match(toks[j].norm) or words.reporting(j) is not None for j in range(v + 1, ci)):
            return None
        return self._propose((k, v), c, why="shares the subject of its sentence's first verb, an unnamed person",
                             order="svo")

    def _sentence_subjects(self) -> list[tuple[int, Card]]:
        """The person opening each sentence right after its verb ("وذكر الرئيس X …"): whom a
        later subjectless "وقال" most likely continues, even if X said nothing quoted yet."""
        out: list[tuple[int, Card]] = []
        doc = self.ctx.doc
        for s in range(len(doc.sentences)):
            rng = doc.sentence_tokens(s)
            if len(rng) < 2:
                continue
            lo = rng.start
            if self._opens_with_preposition(lo):
                # "وفي مركز صحي بالمدينة، وقفت X": the verb and its subject after the opening adjunct
                lo = self._past_opening_adjunct(lo, rng.stop, reach=_ADJUNCT_REACH)
            if lo + 1 >= rng.stop:
                continue
            k = lo + 1
            if self.toks[lo].norm in _SVO_OPENERS:
                # "غير أن الناشطة X، …، رفضت …": the subject after the opener of a nominal clause
                k = lo + (2 if k < rng.stop and self.toks[k].norm in _SVO_OPENERS else 1)
            while k < rng.stop and k - lo <= 5 and self.card(k) is None and (
                _honorific(self.toks[k].norm) or self.stage.words.is_(k, "title", "rank", "honorific",
                                                                       "nationality", "title_modifier")):
                k += 1
            card = self.card(k) if k < rng.stop else None
            if card is None and k < rng.stop and (named := self._named_by_naming_word(k, rng.stop)) is not None:
                k, card = named  # "يرمم نجار أربعيني يدعى X الباب": the person the description names
            if (card is None or card.kind not in ("person", "anonymous")) and k < rng.stop:
                # "كانت والدة الطفل، X، تستقبل …": the person a title opening the subject names
                # (past a place or body the title holds: "أما أمين محافظة X، Y، فقد …")
                j = next((j for j in range(k + 1, min(rng.stop, k + 8))
                          if (cd := self.card(j)) is not None and cd.kind == "person"), None)
                t = titles.before(self.stage.board, self.stage.words, j) if j is not None else None
                if t is not None and lo < t.t0 <= k:
                    k, card = j, self.card(j)
            if card is not None and card.kind in ("person", "anonymous") and not self._quoted_speech(k):
                out.append((self.toks[k].start, card))
        return out

    def _quoted_speech(self, k: int) -> bool:
        """Token k stands inside a quotation of more than a name's few words: a sentence of
        someone's speech, whose subject is no one a later "وقال" continues."""
        span = self.ctx.marks.inside(self.toks[k].start) if self.ctx.marked[k] else None
        return span is not None and len(self.ctx.text[span[0]:span[1]].split()) > _NAME_IN_MARKS

    def _story_start(self, lo: int, ci: int) -> int:
        """Past a dateline and its agency at a line's start ("المدينة (الوكالة) - …"), else lo."""
        if lo == 0 or "\n" in self.toks[lo].gap:
            return next((k for k in range(min(ci - 1, lo + _DATELINE_REACH), lo, -1)
                         if _DATELINE_END.search(self.toks[k].gap)), lo)
        return lo

    def _opens_with_preposition(self, lo: int) -> bool:
        """Token lo is a preposition or an adverb in construct, maybe behind و or ف ("وفي المقابل"،
        "وأمام المقر")."""
        first = self.toks[lo].norm
        opens = prepositions() | _words("opening_adverbs")
        return first in opens or (first[:1] in ("و", "ف") and first[1:] in opens)

    def _pair_named_before(self, c: Cue, ci: int) -> Choice | None:
        """"وأكدت الاثنتان"، "وقال كلاهما": the first of the two people last named as a pair in this
        sentence or the two before it."""
        first = self._first_of_pair(ci, 2, lambda card: True)
        return Choice(first, "the first of the pair named before (الاثنان / كلاهما)") if first else None

    def _pair_before(self, c: Cue, ci: int) -> Choice | None:
        """"التقت الوكالة موظفتين، X وY، فقالتا إن …": a dual verb with no subject of its own
        after two people named as a pair in its sentence, both of whom it fits: the first."""
        first = self._first_of_pair(ci, 0, lambda card: self.agrees(c, card))
        return Choice(first, "the first of the pair named before its dual verb") if first else None

    def _first_of_pair(self, ci: int, back: int, fits: Callable[[Card], bool]) -> Card | None:
        """The first of the last two people (or unnamed sources) named as a pair — the second
        behind و — from ``back`` sentences before token ci's up to it, both passing ``fits``."""
        lo = self.ctx.doc.sentence_tokens(max(0, self.toks[ci].sent - back)).start
        ms = [(i, cd) for i, cd in self.mentions_in(lo, ci) if cd.kind in ("person", "anonymous")]
        for (_, a), (j, b) in zip(reversed(ms[:-1]), reversed(ms[1:]), strict=True):
            if a is not b and self.toks[j].norm.startswith("و") and fits(a) and fits(b):
                return a
        return None

    def _continuation(self, c: Cue, ci: int) -> Choice:
        if c.number == "du" and (pair := self._pair_before(c, ci)) is not None:
            return pair
        at = self.toks[ci].start
        spoken = [(pos, card, "continues the previous speaker") for pos, card in self.history[-30:]]
        k = bisect.bisect_left(self.subject_starts, at)  # the subjects are in text order
        opened = [(pos, card, "continues the subject of an earlier sentence")
                  for pos, card in self.subjects[max(0, k - 30) : k]]
        ranked = sorted(spoken + opened, key=lambda x: x[0], reverse=True)
        if key(c.lemma) in _continuing() and any(self.agrees(c, card) for _, card, _ in spoken):
            # "وأضاف": "added" — whoever spoke last, before a subject who has said nothing yet
            ranked = sorted(spoken, key=lambda x: x[0], reverse=True) + sorted(
                opened, key=lambda x: x[0], reverse=True)
        if ranked and c.number in ("du", "pl") and self.history and ranked[0][1] is self.history[-1][1]:
            # "قال كل من X وY إن …، مشيرين": the pair the last quote went to the first of
            card = ranked[0][1]
            if self._first_of_each(card, self.ctx.doc.sentence_tokens(self.toks[ci].sent).start, ci):
                return Choice(card, "the first of the speakers named after كل من")
        for _, card, why in ranked:
            if self.agrees(c, card):
                return Choice(card, why + self._agree_note(c))
        if c.kind == MASDAR:
            return Choice(None, "no source named")
        if c.number == "pl" and (group := self._group_before(ci)) is not None and self.agrees(c, group):
            return Choice(group, "the group named before")  # "ووقف عدد من الباعة … وقالوا: «…»"
        # no one spoken before (or none the verb fits: "… تجلس أم X بين أطفالها. «…»، تقول" after
        # a man quoted): a person named just before — in this sentence or the one before it
        lo = max(0, self.toks[ci].start - 300)
        if self.history:
            lo = max(lo, self.toks[self.ctx.doc.sentence_tokens(max(0, self.toks[ci].sent - 1)).start].start)
        for _i, card in reversed(self.mentions_in(self.ctx.tok_after(lo), ci)):
            if card.kind in ("person", "anonymous") and self.agrees(c, card):
                return Choice(card, "the person named just before")
        return Choice(None, "no source named")

    def _addressed(self, form: str, c: Cue, ci: int) -> Choice | None:
        """"وأكد سموه"، "وأشار معاليه": the most recent person before the verb whose title holds
        a role that form of address goes with (a prince or sheikh, a minister, a president)."""
        roles = titles.pronoun_referents().get(form)
        if not roles:
            return None
        start = self.toks[ci].start
        for _i, card in reversed(self.mentions_in(self.ctx.tok_after(max(0, start - 3000)), ci)):
            if card.kind == "person" and self.agrees(c, card) and any(
                    set(key(t).split()) & roles or any(r in key(t) for r in roles if " " in r) for t in card.titles):
                return Choice(card, "the holder its form of address goes with")
        return None

    def _masdar_source(self, ci: int) -> Choice | None:
        """"عن المسؤول قوله": the one named just before the verbal noun; "وأضاف X قوله": the
        subject of the verb it completes."""
        # as far back as "عن" may stand before it: a title and a name in apposition may come between
        # ("عن ممثل منظمة X في Y، الدكتور Z، قوله"), inside the sentence
        lo = max(0, ci - _MASDAR_REACH, self.ctx.doc.sentence_tokens(self.toks[ci].sent).start)
        if ci - 1 > lo and (card := self._named_by_pronoun(lo, ci - 1)) is not None:
            return Choice(card, "the one عنه refers to, named in who relays it")
        near = self.mentions_in(max(0, ci - 4), ci)
        if near and self.card(ci - 1) is near[-1][1] and re.fullmatch(r"\s*", self.toks[ci].gap) and not any(
                self.toks[k].norm == "عن" and self._source_noun(k + 1, ci)
                for k in range(lo, near[-1][0])):
            card = near[-1][1]
            if card.kind in ("person", "anonymous", "organization"):
                return Choice(card, "named right before the verbal noun")
        for k in range(ci - 1, lo - 1, -1):
            if self.toks[k].norm == "عن":
                got = self._unnamed_after_an(k, ci, None, "source named before the verbal noun")
                if got:
                    return got
                got = self._first_speaker(k + 1, ci, None)
                if got is not None and got.kind in ("organization", "place"):
                    # "عن وزيرة خارجية [X]، Y، قولها": the holder the title names
                    holder = self._holder_in_title(got, k + 1, ci) or self._apposed_holder(near, ci)
                    if holder is not None:
                        return Choice(holder, "source named before the verbal noun (the holder its title names)")
                if got:
                    return Choice(got, "source named before the verbal noun")
                got = self._propose((k + 1, ci), None)
                if got:
                    return got
        for _, card in reversed(self.history[-5:]):
            return Choice(card, "continues the previous speaker")
        return None

    def _titled_first(self, region: tuple[int, int], first: Card) -> bool:
        """"كل من | المهندسة في شركة X | Y وزميلها …": the first speaker's name right after a
        title that opens the region."""
        if first.kind != "person":
            return False  # ("كل من مدير شركة X Y": the body inside the title is not the speaker)
        at = next((i for i, card in self.mentions_in(*region) if card is first), None)
        t = titles.before(self.stage.board, self.stage.words, at) if at is not None else None
        return t is not None and t.t0 == region[0]

    def _named_by_pronoun(self, lo: int, k: int) -> Card | None:
        """Token k is "عنه"/"عنها" after نقل ("ونقل زوار X | عنه قوله"، "ونقلت مقربات من Y | عنها
        أن"): the last person named in tokens [lo, k) whom the pronoun's gender fits — the source,
        where those who relay it are described by their tie to that person."""
        g = _FROM_THEM.get(self.toks[k].norm)
        if g is None:
            return None
        for _, card in reversed(self.mentions_in(lo, k)):
            if card.kind == "person" and self.features(card)[0] in (None, g):
                return card
        return None

    def _apposed_holder(self, near: list[tuple[int, Card]], ci: int) -> Card | None:
        """"عن ممثل منظمة X في Y، الدكتور Z، قوله": the person set off by commas right before the
        verbal noun, in apposition to the title after عن."""
        if not near or near[-1][1].kind != "person" or self.card(ci - 1) is not near[-1][1]:
            return None
        i = near[-1][0]
        while i > 0 and self.card(i - 1) is near[-1][1]:
            i -= 1
        k = i - 1 if i > 0 and self.stage.words.is_(i - 1, "title", "rank", "honorific") else i
        return near[-1][1] if comma(self.toks[k].gap) and comma(self.toks[ci].gap) else None

    def _before_aside(self, a: int, b: int) -> int:
        """Where a relative clause set off by a comma opens in tokens [a, b), else b: "البيان، الذي
        قرأه الوزير X،" — who read a statement out is not who issued it."""
        return next((j for j in range(a, b) if comma(self.toks[j].gap) and self.toks[j].norm in _RELATIVE_ASIDE), b)

    def _after_interview_noun(self, i: int) -> bool:
        """Token i follows an interview noun, maybe behind مع ("تصريحات | X"، "حوار مع | X")."""
        nouns = orgs.interview_nouns()  # ("تصريحات"، "حوار"، "مقابلة" … in organizations.toml)
        k = i - 1 if i > 0 and self.toks[i - 1].norm != "مع" else i - 2
        return k >= 0 and self.toks[k].norm.removeprefix("ال") in nouns and plain(self.toks[k + 1].gap)

    def _issuer_opens(self, k: int, b: int) -> int | None:
        """Where the issuer opens after a statement noun, past its definite adjectives: a glued
        ل ("التقرير الفصلي | للوزارة") or after "(ال)صادر عن" ("التقرير النصفي الصادر عن | X")."""
        toks = self.toks
        if k < b and not toks[k - 1].definite and toks[k].definite and plain(toks[k].gap) and (
                orgs.head_at(self.stage.words, k) is not None):
            return k  # "وتشير أرقام | الوزارة"، "بيانات | الهيئة": a body's head noun in construct, its issuer
        while k < b and toks[k].definite and toks[k].norm.endswith(("ي", "يه")) and plain(toks[k].gap):
            k += 1  # "السنوي"، "الربعي"، "الرسمية"
        if k < b and _lam_glued(toks[k]) and not toks[k].definite:
            return k
        if k + 2 < b and toks[k].norm in _ISSUED and toks[k + 1].norm == "عن":
            return k + 2
        return None

    def _issuer(self, stem: str, before: int) -> Choice | None:
        for pos, card in reversed(self.issued.get(stem, ())):
            if pos < before:
                return Choice(card, "speaks for whoever issued the statement")
        if self._first_stem is None:  # looked up, not searched from the top for every statement
            self._first_stem = {}
            for t in self.toks:
                self._first_stem.setdefault(t.norm.removeprefix("ال"), t.i)
        k = self._first_stem.get(stem)
        first = self.toks[k] if k is not None and self.toks[k].start < before else None
        if first is not None:  # "تقرير صادر عن الديوان … وذكر التقرير": the body named after its first mention
            end = self._before_aside(first.i + 1, min(first.i + 8, self.ctx.tok_after(before)))
            # ("بيان نشرته على «فيسبوك»"، "عبر منصة X": where it was published is no issuer)
            end = next((k for k in range(first.i + 1, end) if self.toks[k].norm in _PUBLISHED_ON), end)
            got = self._first_speaker(first.i + 1, end, None)
            if got is not None:
                return Choice(got, "speaks for the body that issued the statement")
        # bodies issue statements and reports: the last body quoted before, else whoever spoke last
        body = next((card for _, card in reversed(self.history[-30:]) if card.kind in ("organization", "group")), None)
        if body is not None:
            return Choice(body, "speaks for the body quoted last (who issues statements)")
        named = self._body_named_before(self.ctx.tok_after(before), ("organization",))
        if named is not None:
            return Choice(named, "speaks for the body named last (who issues statements)")
        for _, card in reversed(self.history[-30:]):
            return Choice(card, "speaks for whoever issued the statement")
        return None

    def _source(self, source: tuple[int, int] | None, may_propose: bool = True,
                cue_end: int | None = None) -> Choice | None:
        """The source named after "حسب/وفقا لـ/بحسب ما قال/نقلا عن"."""
        if source is None:
            return None
        a, b = source
        b = min(b, a + 12)
        toks = self.toks
        # "وفقا لمصادر": the cue's preposition is glued to the source's first word
        glued = cue_end - toks[a].start if a < b and cue_end is not None and toks[a].start < cue_end else 0
        if a < b and toks[a].norm == "ما":
            a += 1
        if 0 < a < b - 1 and toks[a - 1].norm.endswith("ما") and self.card(a) is None and (
                self.stage.words.reporting(a) is None and not toks[a].definite):
            a += 1  # "حسب ما أعلنه X"، "بحسبما نقله X": the verb of the relative ما, whatever its form
        if a < b and self.stage.words.reporting(a) is not None:
            a += 1  # "حسبما قال X"
            if a < b and toks[a].norm in ("عنه", "عنها", "عنهم", "به", "بها"):
                a += 1
        if 0 < a < b and a > source[0] and toks[a - 1].raw.endswith(("ه", "ها", "هم")) and self._told_after(a):
            # "بحسب ما أكده لموقع X": the verb's pronoun is who said it, the outlet after لـ heard
            # it — the one spoken of last, as a pronoun is
            for _, card in reversed(self.history[-5:]):
                return Choice(card, "source after حسب ما قاله لـ X: the pronoun, not whom it was told to")
            return None
        relay = "عن" if a > 0 and toks[a - 1].norm.startswith("نقل") else (
            "من" if a > 0 and toks[a - 1].norm.startswith("علم") else None)
        if relay is None and any(toks[k].norm == "نقلا" and toks[k + 1].norm == "عن" for k in range(a, b - 1)):
            relay = "عن"  # "حسب ما بثته الإذاعة نقلا عن أرقام X": the medium relays X's figures
        if relay is not None:
            # "بحسب ما نقلته الوكالة عن شهود"، "وفق ما علمته الصحيفة من مصادر": the medium relays
            # or learned it; the source is after عن / من
            k = next((k for k in range(a, b) if toks[k].norm == relay), None)
            if k is not None:
                why = ("source after حسب ما نقله … عن (the medium only relays it)" if relay == "عن"
                       else "source after حسب ما علمه … من (the medium learned it from them)")
                got = self._unnamed_after_an(k, b, None, why) if may_propose else None
                if got is not None:
                    return got
                card = self._first_speaker(k + 1, b, None)
                if card is not None:
                    return Choice(card, why)
        met = next((k for k in range(a + 1, b) if self._met_by_outlet(k)), None)
        if met is not None and may_propose and self.card(a) is None:
            # "بحسب وسطاء تحدثت إليهم رويترز"، "وفق تجار التقتهم الصحيفة": the outlet only met them
            got = self._propose((a, met), None, why="source after حسب / وفقا لـ, whom the outlet met", cut=glued)
            if got is not None:
                return got
        if may_propose and (by := self._issued_by_relative(a, b, glued)) is not None:
            return by
        got = self._first_speaker(a, b, None)
        if got is None and a < b and (stem := toks[a].norm[glued:]).startswith("ال") and (
                stem in _words("statement")):
            # "وبحسب التقرير، فإن …": the statement named before speaks for whoever issued it
            return self._issuer(stem.removeprefix("ال"), toks[a].start)
        if got is not None:
            first = next(i for i, c in self.mentions_in(a, b) if c is got)
            anon = a < first and any(h.cls == "anon" and h.cut == glued for h in self.ctx.doc.hits[a])
            # (an unnamed source heading the phrase is proposed even after the quotation: "…، بحسب
            # مسؤولين في الحكومة" is the officials', not the government's)
            named = self._named_before_title(a, first, b, glued) if may_propose or anon else None
            if named is not None:
                return named
            if got.kind in ("organization", "place") and any(
                    self.stage.words.is_(k, "title") for k in range(a, first)):
                # "بحسب ما ذكره الناطق باسم الهيئة X": the person after the title, not the body in it
                got = self._title_holder(first, got, b) or got
            issuer = self._issuer_after_finding(a, b, glued) if may_propose else None
            if issuer is not None and issuer < first and orgs.head_at(self.stage.words, issuer) is not None:
                # "بحسب تقرير لبعثة مراقبي الهيئة X": the body the finding names by its head, of which
                # the named body is a part of the name
                own = self._propose((issuer, b), None, why="source after حسب / وفقا لـ: the issuer of the finding",
                                    cut=self.stage.words.proclitic_cut(issuer) if toks[issuer].norm[:1] == "ل" else 0)
                if own is not None and own.card is not None and own.card is not got:
                    return own
            if first - a <= 8:
                return Choice(got, "source after حسب / وفقا لـ / نقلا عن")
        if may_propose and (by := self._issued_by_verb(a, b, glued)) is not None:
            return by
        if may_propose:
            issuer = self._issuer_after_finding(a, b, glued)
            if issuer is not None:
                got = self._propose((issuer, b), None, why="source after حسب / وفقا لـ: the issuer of the finding",
                                    cut=self.stage.words.proclitic_cut(issuer) if toks[issuer].norm[:1] == "ل" else 0)
                if got is not None:
                    return got
            return self._propose((a, b), None, why="source after حسب / وفقا لـ / نقلا عن", cut=glued)
        return None

    def _met_by_outlet(self, k: int) -> bool:
        """Token k is "التقتهم" (`met_by`) or "تحدث(ت) إليهم/معهم": the outlet after it met or
        spoke to the people named before it."""
        w = self.toks[k].norm
        if w in anonymous_words("met_by"):
            return True
        if not w.removeprefix("و").startswith("تحدث") or k + 1 >= self.ctx.n:
            return False
        nxt = self.toks[k + 1]
        # ("بحسب تجار تحدثوا لـ«X»"، "… تحدثوا إلى X": they spoke to the outlet, which only carries it)
        return (nxt.norm in _SPOKE_TO and plain(nxt.gap)) or (
            k > 0 and plain(self.toks[k].gap) and (nxt.norm[:1] == "ل" or nxt.norm in ("الي", "مع"))
            and not nxt.norm.startswith(("لان", "لكن")))

    def _named_before_title(self, a: int, first: int, b: int, glued: int) -> Choice | None:
        """The source opening the phrase after حسب / نقلا عن when a place, body or person is
        named further in (at ``first``): a source noun or title at its head ("نقلا عن مصادر
        مطلعة في البلد"), or words no card covers before a title in apposition ("نقلا عن X Y
        مبعوث الرئيس إلى البلد") — not what the phrase names inside it."""
        words = self.stage.words
        holder = self.card(first)
        if a < first and holder is not None and holder.kind == "person" and (
                t := titles.before(self.stage.board, words, first)) is not None and t.t0 <= a:
            # "نقلا عن خبير الاقتصاد X": the person the title right before names
            return Choice(holder, "source after حسب / وفقا لـ / نقلا عن, named after its title")
        anon_at_a = any(h.cls == "anon" and h.cut == glued for h in self.ctx.doc.hits[a]) if a < first else False
        if a < first and (not glued or anon_at_a) and (words.is_(a, "anon", "title") or anon_at_a) and all(
                self.card(k) is None for k in range(a, first)):
            # ("وفقا لمسؤولين في X": the sources after the glued ل too)
            # "نقلا عن مصادر مطلعة في البلد"، "كما أوضح مساعد الوزير، X": the source noun
            # or the one the title describes, not the place or body that qualifies it
            got = self._propose((a, b), None, why="source after حسب / وفقا لـ / نقلا عن", cut=glued)
            if got is not None:
                return got
        ti = next((k for k in range(a + 1, first) if words.is_(k, "title")), None)
        if ti is None or any(self.card(k) is not None for k in range(a, ti)):
            return None
        return self._propose((a, ti), None, why="source after حسب / وفقا لـ / نقلا عن, named before its title",
                             cut=glued)

    def _finding_at(self, a: int, b: int, glued: int) -> bool:
        """Token a (its first ``glued`` letters a preposition) is a finding or statement noun
        ("تقديرات"، "بيان") with a word joined after it inside [a, b)."""
        if a + 1 >= b or not plain(self.toks[a + 1].gap):
            return False
        w = self.toks[a].norm[glued:]
        return w in _words("findings") or document_noun(w)

    def _issued_by_verb(self, a: int, b: int, glued: int) -> Choice | None:
        """"وفق إحصاءات نشرتها الوزارة"، "بحسب بيان أصدرته X"، "حسب تعميم صادر عنها": a finding and
        the verb that issued it with the finding as its object pronoun — the subject after the
        verb (a back-reference the actor stage resolves: "الوزارة"), else the body named last
        before it (the verb's or "عنها"'s own pronoun)."""
        toks = self.toks
        if not self._finding_at(a, b, glued):
            return None
        k = a + 1
        if k + 1 < b and not toks[k].definite and toks[k].norm.endswith(("ي", "يه")) and self.card(k) is None:
            k += 1  # "بيان رسمي"
        pronoun = toks[k].norm in _ISSUED and k + 1 < b and toks[k + 1].norm in _OF_IT
        if not pronoun and not _issuing_verb(toks[k].norm):
            return None
        after = k + 2 if pronoun else k + 1
        if not pronoun and after < b and plain(toks[after].gap) and toks[after].definite:
            got = self._propose((after, b), None, why="source after حسب / وفقا لـ: whoever issued the finding")
            if got is not None:
                return got
            if self.card(after) is not None:
                return None
        # no subject named: the body named last before the finding
        body = self._body_named_before(a, ("organization", "group"))
        return Choice(body, "source after حسب / وفقا لـ: the body named before issued the finding") if body else None

    def _by_a_norm(self, source: tuple[int, int]) -> bool:
        """The words after حسب/وفق open on a law, rule or custom ("وفق قانون X"، "وفقا للأعراف",
        `norms` in reporting_verbs.toml): what the clause follows, no one who said it."""
        a, b = source
        if a >= min(b, self.ctx.n):
            return False
        return any(form.removeprefix("ال") in _words("norms") for form, _ in self.toks[a].readings)

    def _issued_by_relative(self, a: int, b: int, glued: int) -> Choice | None:
        """"وبحسب الإحصاءات (النهائية) التي نشرتها الهيئة"، "بحسب البيان الذي أصدرته X": a definite
        finding or statement, its adjectives, then a relative clause whose verb issued it — the
        subject after the verb, carded if need be (a back-reference the actor stage resolves)."""
        toks = self.toks
        if a >= min(b, self.ctx.n):
            return None
        w = toks[a].norm[glued:]
        if not (w.startswith("ال") and (w[2:] in _words("findings") or document_noun(w))):
            return None
        k = a + 1
        while k < b and toks[k].definite and toks[k].norm.endswith(("ي", "يه")) and plain(toks[k].gap) and (
                toks[k].norm not in RELATIVE):
            k += 1  # "الرسمية"، "المؤقتة"، "الأولية"
        if k + 2 >= b or toks[k].norm not in ("التي", "الذي") or not plain(toks[k + 1].gap) or not plain(
                toks[k + 2].gap):
            return None
        if not _issuing_verb(toks[k + 1].norm) or self.stage.words.is_(k + 2, "stop", "never", bare=True):
            return None
        return self._propose((k + 2, b), None, why="source after حسب / وفقا لـ: whoever issued the finding")

    def _body_named_before(self, k: int, kinds: tuple[str, ...]) -> Card | None:
        """The last card of one of ``kinds`` named before token k, in its sentence or the two
        before it, and not behind a preposition: who issued a statement no one is named for."""
        lo = self.ctx.doc.sentence_tokens(max(0, self.toks[min(k, self.ctx.n - 1)].sent - 2)).start
        return next((cd for i, cd in reversed(self.mentions_in(lo, k)) if cd.kind in kinds
                     and not _governed(self.ctx, self.stage, i)), None)

    def _issuer_after_finding(self, a: int, b: int, glued: int) -> int | None:
        """"وفقا لتقديرات خبراء مستقلين"، "بحسب تقرير رسمي للهيئة": where the issuer opens after
        a finding noun (and one indefinite adjective, or "صادر عن")."""
        toks = self.toks
        if not self._finding_at(a, b, glued):
            return None
        k = a + 1
        if k + 1 < b and toks[k].norm in ("صادر", "الصادر", "صادره", "الصادره") and toks[k + 1].norm == "عن":
            k += 2
        elif k + 1 < b and not toks[k].definite and (toks[k].norm.endswith(("ي", "يه")) or toks[k].norm == "خاص") and (
                self.card(k) is None):
            k += 1  # "تقرير خاص"، "بيان رسمي"
        return k if k < b else None

    def _propose(self, region: tuple[int, int], c: Cue | None, why: str = "", order: str = "svo",
                 cut: int = 0) -> Choice | None:
        a, b = region
        if order == "vso" and a < b and _oblique_plural(self.toks[a].norm):
            return None  # "ودعا المحتجين": the -ين plural after the verb is its object, not its subject
        while order == "vso" and a < b and self.card(a) is not None and _addressee(self.ctx, self.stage, a):
            m = self.stage.board.owner[a]  # "وقال لـX مصدر حكومي": the one spoken to, then the subject
            a = max(a + 1, m.t1)
        if order == "vso" and c is not None and c.transitive and a < b and not self.toks[a].definite:
            b = self._object_after_indefinite(a, b)
        prefer = self.history[-1][1] if c is not None and self.history and (
            key(c.lemma) in _continuing() or (a < b and self.toks[a].norm in SPEAKER_NOUNS)) else None
        # (a verb that continues, or "the speaker" as the subject: the previous speaker, if named again)
        got = self.stage.propose(a, b, cut, prefer)  # (a verb that continues: the previous speaker, if named again)
        if got is None or not self.agrees(c, got[0], order):
            return None
        return Choice(got[0], why or got[1])

    def _past_addressee(self, region: tuple[int, int]) -> tuple[int, int]:
        """Past whom the verb's words were told, right after the verb: ل + a pronoun ("وقال لي
        صاحب المتجر"، "وأكد لنا مسؤول"); the subject follows it, or the verb's own pronoun is it
        ("وقال لي إن")."""
        a, b = region
        if a < b and self.toks[a].norm in _told_pronouns() and (a + 1 == b or plain(self.toks[a + 1].gap)) and (
                self.card(a) is None):
            return a + 1, b
        return region

    def _object_after_indefinite(self, a: int, b: int) -> int:
        """"وسأل مراسل [من صحيفة محلية] | الوزير": after a transitive verb, an indefinite subject
        ends before a definite role (or a person's card) that follows an indefinite word — the
        one asked, its object, not a genitive of the subject."""
        toks, words = self.toks, self.stage.words
        if toks[a].norm in _body_members():
            return b  # "وطالب أعضاء | المعارضة بـ…": members are members of something, named in construct
        for k in range(a + 1, min(b, a + _OBJECT_REACH)):
            if not plain(toks[k].gap):
                return b
            if toks[k].definite and not toks[k - 1].definite and toks[k - 1].norm not in prepositions() and (
                    words.is_(k, "title", bare=True) or ((cd := self.card(k)) is not None and cd.kind == "person")):
                return k
        return b

    # -- bookkeeping ------------------------------------------------------------------------
    def record(self, d: Draft, start: int, card: Card | None, why: str) -> None:
        if d.cue is not None and key(d.cue.lemma) in _words("question_verbs"):
            self.question = (d, card)
        if card is None:
            return
        if not why.startswith("antecedent of the relative clause"):
            # a report in a relative clause ("… النقابة التي رأت أن …") is an aside: a later
            # "وقال" with no subject continues the speaker around it, not this one
            self.history.append((start, card))
        if d.cue is not None and d.region is not None:
            said = {self.toks[k].norm.removeprefix("ال") for k in range(d.ci, min(d.region[1], self.ctx.n))}
            for w in said:
                self.issued.setdefault(w, []).append((d.cue.start, card))
        if why.startswith(("subject after the verb", "subject before", "an unnamed source")):
            self.learn(d.cue, card)


def _lam_glued(t: Token) -> bool:
    """The token opens with the preposition ل glued to a noun ("للرئاسة"، "لوزارة")."""
    return t.norm.startswith("ل") and any(c == 1 for _, c in t.readings)


@cache
def _reading() -> frozenset[str]:
    """Verbs of reading a statement out (تلا، قرأ …), with و/ف."""
    forms = [key(w) for w in lexicon.load("reporting_verbs")["words"]["reading"]]
    return frozenset(p + f for f in forms for p in ("", "و", "ف"))


@cache
def _authoring() -> frozenset[str]:
    """A verb that issued or prepared the statement before it, with its object pronoun, as a
    relative clause writes it ("أعدته"، "أصدره"، "أجراها")."""
    words = lexicon.load("reporting_verbs")["words"]
    out = set()
    for w in [*words["issuing"], *words["authoring"]]:
        s = key(w)
        stems = {s, s + "ت"} | ({s[:-1] + "ا", s[:-1] + "ت"} if s.endswith("ي") else set())
        out.update(st + suffix for st in stems for suffix in ("ه", "ها"))
    return frozenset(out)


_ISSUED = frozenset(["صادرا", "الصادر", "صادر", "صادره", "الصادره"])
_OF_IT = frozenset(["عنه", "عنها", "عنهم", "عنهما"])  # "صادر عنها": by the body named before


def _issuing_verb(w: str) -> bool:
    """"نشرتها"، "أصدره"، "قدمها": a verb that issues a finding (`issuing_verbs`), with the
    finding as its object pronoun (and a feminine ت before it)."""
    for suffix in ("تها", "ته", "تهم", "ها", "هم", "ه"):
        if w.endswith(suffix) and key(w[: -len(suffix)]) in _issuing_stems():
            return True
    return False


@cache
def _issuing_stems() -> frozenset[str]:
    return _words("issuing_verbs")


@cache
def _issuing() -> frozenset[str]:
    """Past forms of the verbs that issue a statement (أصدر، نشرت، وبث …), with و/ف."""
    forms = [f for w in lexicon.load("reporting_verbs")["words"]["issuing"] for f in (key(w), key(w) + "ت")]
    return frozenset(p + f for f in forms for p in ("", "و", "ف"))


@cache
def _body_members() -> frozenset[str]:
    return frozenset(key(w) for w in lexicon.load("titles")["body_members"])


_PUNCT_IN_GAP = re.compile(r"[،,:.]").search  # (compiled once: asked of every subject region)
_DASH = re.compile(r"\s[-–—]+\s|\)\s*[-–—]")


def _relative_before(ctx: Ctx, ci: int) -> bool:
    return ci > 0 and ctx.toks[ci - 1].norm in RELATIVE


@cache
def _told_pronouns() -> frozenset[str]:
    """ل with a pronoun ("لي"، "لنا"، "لها"): after a verb of speech, whom it was said to."""
    return frozenset(key("ل" + suffix) for suffix in lexicon.load("names")["pronoun_suffixes"])


def _addressee(ctx: Ctx, stage: ActorStage, i: int) -> bool:
    """'قال لـ"الشرق"'، "قال للصحفيين"، "في حوار مع موقع X": the one spoken to or with, not the
    speaker — a mention behind the preposition ل, glued or detached, or behind مع."""
    t = ctx.toks[i]
    m = stage.board.owner[i]
    if m is not None and m.start > t.start and ctx.text[t.start : m.start].rstrip("ـ").endswith("ل"):
        return True
    prev = ctx.toks[i - 1].norm if i > 0 else ""
    before = ctx.toks[i - 2].norm if i > 1 else ""
    if i > 0 and not stage.card_at(i - 1) and any(
        h.cls == "media_head" and h.cut and prev[: h.cut].endswith("ل") for h in ctx.doc.hits[i - 1]
    ):
        return True  # "قال لمحطة X"، "لصحيفة X": the outlet spoken to, named after its head noun
    # "مع X"، "مع موقع X" (the mention may follow its head noun)
    return prev in ("ل", "مع") or (before == "مع" and not stage.card_at(i - 1))


_PUBLISHED_ON = frozenset(key(w) for w in ("على", "عبر"))  # where a statement was published


def _speaks(card: Card) -> bool:
    """People, sources, bodies, groups — and states standing for their governments ("قالت
    فرنسا"); a city or a region never says anything."""
    return card.kind in SPEAKING or (card.kind == "place" and bool(card.canonical))


_THAT_WORDS = frozenset(["ذلك", "ذاك", "هذا", "ذلك،"])  # closing an opening adverbial ("وعلى إثر ذلك")

# Conjunctions of time whose clause shares the main clause's subject ("… حين قال إن").
_RELATIVE_ASIDE = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"])
_WHEN = frozenset(["حين", "حينما", "عندما", "لما", "بعدما", "وحين", "وعندما", "اذ"])

# Words that open a sentence before its subject-first clause ("غير أن X …"، "لكن X …").
_EACH_REACH = 40  # tokens before a cue where "كل من" may open its speakers
def _dual_noun(w: str) -> bool:
    """An indefinite dual ("مهندسان"، "مصدران"، "امرأتان")."""
    return len(w) >= 5 and w.endswith("ان") and not w.startswith("ال")


_ONE_OF_THEM = frozenset(["احدهم", "احداهن", "احدهن", "احدهما", "احداهما"])  # "one of them"
_LATIN_AFTER_PREP = re.compile(r"^[لب][A-Za-z0-9]")
_SPOKE_TO = frozenset(["اليهم", "اليه", "اليها", "معهم", "معه", "معها", "اليهما", "معهما"])  # (normal form)
_BUT_HE = frozenset(["لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه", "ولكنها", "ولكنهم", "ولكنهما"])
_BOTH_OF_THEM = frozenset(key(w) for w in ("الاثنان", "الاثنين", "الاثنتان", "الاثنتين", "كلاهما", "كلتاهما"))
_WHAT_WAS = frozenset(["ما", "مما", "الذي", "التي"])  # "ما ورد"، "ما نشر": what was said, an object
_OBJECT_REACH = 6  # words of an indefinite subject before the object of a transitive verb of speech
_SOURCE_PHRASE_MAX = 16  # tokens of an unnamed source's phrase before its verb, a body's long name in it
_OPENING_CLAUSE_REACH = 6  # words of a plural subject between إن/أن/لكن and its verb
_GOVERNED_REACH = 20  # words between إن/أن/لكن and a plural verb, asides and marks included
_SVO_OPENERS = frozenset(["غير", "ان", "لكن", "ولكن", "الا", "بيد", "بينما", "فيما", "اما", "واما"])
# particles that stand before a sentence's opening verb ("ولم يخف X قلقه، إذ قال"، "X لم ترحب بالخطة")
_BEFORE_VERB = frozenset(["لم", "ولم", "لن", "ولن", "لا", "ولا", "قد", "وقد", "فلم", "فقد"])


def _verb_agrees(w: str, c: Cue) -> bool:
    """A past or present verb's ending or prefix (folded) agrees with the cue's person: the
    feminine "شككت"، "تشكك"، the plural "شككوا"، "يشككون"; the masculine singular neither."""
    if c.number == "pl":
        return w.endswith(("وا", "ون"))
    if c.gender == "f" and c.number == "sg":
        return (w.endswith("ت") or w.startswith("ت")) and not w.endswith(("وا", "ون", "تا", "ان"))
    if c.gender == "m" and c.number == "sg":
        return not w.endswith(("ت", "وا", "ون", "تا", "ان")) and not w.startswith("ت")
    return False


_DATELINE_REACH = 10  # tokens a dateline and its agency run over at a line's start
# "المدينة ـ «الصحيفة»" before a colon opening a line: a place, a dash with space around it, the outlet
_DATELINE_CREDIT = re.compile(r"\s*[^\n:«»\"]{1,40}\s[ـ–—-]+\s*[«\"“]?[^\n:«»\"“”]{1,40}[»\"”]?\s*")
_ADJUNCT_REACH = 6  # words of a prepositional phrase set off by a comma before a sentence's verb
_NAMED_REACH = 10  # words of a description before the naming word that names the person
# the dash or colon closing it, right before the story — or a slash and a space ("المدينة/ الوكالة/ كشف …")
_DATELINE_END = re.compile(r"[-–—:]\s*$|/\s+$")
_ISSUER_REACH = 40  # tokens before a statement noun where its issuer may be named
_TITLE_LINKS = frozenset(["في", "ب", "لدي", "من"])  # a body named inside a title's body
_MEDIUM = frozenset(["على", "علي", "عبر"])  # "على تويتر"، "عبر موقعها": where a statement was posted


def _governed(ctx: Ctx, stage: ActorStage, i: int) -> bool:
    """A mention behind a preposition ("في تغريدة على [تويتر]"، "بـ[الوزارة]"): never a subject."""
    if _addressee(ctx, stage, i):
        return True
    t = ctx.toks[i]
    m = stage.board.owner[i]
    if m is not None and m.start > t.start and ctx.text[t.start : m.start].rstrip("ـ").endswith(("ب", "ك")):
        return True
    prev = ctx.toks[i - 1].norm if i > 0 else ""
    if prev == "من" and i > 1 and ctx.toks[i - 2].norm == "كل":
        return False  # "وقال كل من X وY": "each of", the subjects themselves
    return prev in prepositions() or (prev[:1] in ("و", "ف") and prev[1:] in prepositions())  # "وفي X"


def _oblique_plural(w: str) -> bool:
    """A definite sound masculine plural in the oblique case ("المحتجين"): after a verb, its
    object or a genitive — the subject would read "المحتجون"."""
    return w.startswith("ال") and len(w) >= 7 and w.endswith("ين")


_POSSESSIVE_ENDINGS = (*POSSESSIVE, "نا", "كم")  # his, her, their … and our, your


def _adjunct(w: str) -> bool:
    return w in _words("adjunct") or w.startswith(("لل", "بال")) or w in ("ل", "ب", "في", "خلال", "من", "عن")


def _honorific(w: str) -> bool:
    return w in _words("honorific")


def _document_source(ctx: Ctx, d: Draft) -> bool:
    """The source after حسب/وفقا لـ is a statement or report ("بيان للجيش"، "تقرير صادر عن …")."""
    if d.mode != "after" or d.source is None or d.source[0] >= min(d.source[1], ctx.n):
        return False
    return any(document_noun(form) for form, _ in ctx.toks[d.source[0]].readings)


def attribute(ctx: Ctx, stage: ActorStage, drafts: Sequence[Draft]) -> list[tuple[Draft, Choice]]:
    att = Attributor(ctx, stage)
    out: list[tuple[Draft, Choice]] = []
    furthest = -1
    for d in drafts:
        floor_tok = ctx.tok_after(furthest) if furthest >= 0 else 0
        choice = att.speaker(d, floor_tok)
        if d.mode in ("after", "headline", "interview") and choice.card is None:
            if d.mode == "interview":
                continue  # answers whose interviewee no card names: no quotation to give
            if not _document_source(ctx, d):
                continue  # "وفقا للقانون": an attribution to no one; a headline "X: Y" that is no speech
            # "وبحسب بيان للجيش، فإن …": a statement says it, though its issuer has no card
            choice = Choice(None, "after حسب / وفقا لـ: a statement or report, its issuer no card")
        if d.mode == "marked" and choice.card is None and (got := _colon_clause_subject(ctx, att, d)) is not None:
            choice = Choice(got, "the subject of the clause its colon closes")
        if d.mode == "marked" and choice.card is None and (got := _cataphoric_subject(ctx, att, d)) is not None:
            choice = Choice(got, "named after it: «…». بهذه الكلمات / هكذا + verb + subject")
        if d.mode == "marked" and choice.card is None and (got := _opening_subject_before(ctx, att, d)) is not None:
            choice = Choice(got, "the subject of the verb opening the clause it closes (verb–subject order)")
        if d.mode == "marked" and choice.card is None and (got := _governing_verb_subject(ctx, att, d)) is not None:
            choice = Choice(got, "the subject of the verb opening its sentence, whose object or complement it is")
        if d.mode == "marked" and choice.card is None:
            prev = out[-1] if out else None
            same_paragraph = prev is not None and "\n" not in ctx.text[prev[0].end : d.start]
            if prev and prev[1].card is not None and prev[0].end <= d.start and same_paragraph:
                choice = Choice(prev[1].card, "continues the previous speaker's quotation")
            elif prev and prev[1].card is not None and prev[0].end <= d.start and _reopened(ctx, prev[0], d):
                choice = Choice(prev[1].card, "continues the quotation the paragraph before left open")
        att.record(d, d.start, choice.card, choice.why)
        if d.object_only:
            continue
        out.append((d, choice))
        furthest = max(furthest, d.end)
    return out


def _reopened(ctx: Ctx, prev: Draft, d: Draft) -> bool:
    """"قال X: «… .¶«…»": a quotation of several paragraphs, its opening mark written again at
    the head of each and its closing mark only at the end — d's mark opens its paragraph, and
    the paragraph before it, where the previous quotation is, leaves a quotation open."""
    text = ctx.text
    head = text.rfind("\n", 0, d.start) + 1
    if head == 0 or text[head : d.start].strip() not in ("«", '"', "“"):
        return False
    before = text[:head].rstrip()
    prev_head = before.rfind("\n") + 1
    if not prev_head <= prev.start <= len(before):
        return False  # (the previous quotation is in the paragraph right before)
    return ctx.lone_open_in(prev_head, len(before)) and ctx.lone_close_in(prev_head, len(before)) is None


_CATAPHORIC_REACH = 6  # tokens after the phrase's verb where its subject may stand


@cache
def _cataphoric() -> dict[str, tuple[tuple[str, ...], ...]]:
    return phrase_index(_words("cataphoric"))


def _cataphoric_subject(ctx: Ctx, att: Attributor, d: Draft) -> Card | None:
    """"«…». بهذه الكلمات ودعت X زميلها": a phrase right after the quotation that points back
    to it, then a verb whose subject said it — a person or body named in the next few words,
    not behind a preposition."""
    k = ctx.tok_after(d.end)
    if k >= ctx.n or ("\n" in ctx.text[d.end : ctx.toks[k].start] and not _own_paragraph(ctx.text, d.start, d.end)):
        return None  # (the phrase opens the next paragraph only after a quotation that is a paragraph of its own)
    norm = ctx.toks[k].norm
    first = norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in _cataphoric() else norm
    phrase = phrase_at(ctx.toks, k, _cataphoric(), first)
    if phrase is None:
        return None
    end = k + len(phrase)
    got = [cd for i, cd in att.mentions_in(end + 1, end + 1 + _CATAPHORIC_REACH)
           if _speaks(cd) and cd.kind != "place" and not _governed(ctx, att.stage, i)]
    # (a person whose title starts in reach, though the name comes later: "خاطبت رئيسة النقابة
    # المحلية … X"; before a body named inside that title)
    titled = [cd for i, cd in att.mentions_in(end + 1, end + 1 + _CATAPHORIC_REACH + 8) if cd.kind == "person"
              and (t := titles.before(att.stage.board, att.stage.words, i)) is not None
              and t.t0 <= end + _CATAPHORIC_REACH]
    if titled and (not got or got[0].kind != "person"):
        return titled[0]
    if not got and end + 1 < ctx.n and ctx.toks[end].sent == ctx.toks[end + 1].sent:
        # no card after the verb yet ("بهذه الجملة افتتحت X بنت Y حملتها"): the actor stage reads
        # the verb's subject (a person the tagger half reads, an unnamed source …)
        ref = att._propose((end + 1, min(ctx.n, end + 1 + _CATAPHORIC_REACH)), None, order="vso")
        if ref is not None and ref.card is not None and ref.card.kind in ("person", "anonymous", "group"):
            return ref.card
    return got[0] if got else None


def _own_paragraph(text: str, a: int, b: int) -> bool:
    """text[a:b] fills its line but for quotation marks and a closing stop."""
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:a].strip(" \t\"'«»“”") and not text[b:line_end].strip(" \t\"'«»“”.!؟?")


def _opening_subject_before(ctx: Ctx, att: Attributor, d: Draft) -> Card | None:
    """"ودانت الهيئة في بيان «…»": a quotation with no cue of its own, right after a clause that
    opens on a verb and its subject (a person or body) and goes on only in a few words of its
    setting ("في بيان"، "في تغريدة") — the subject said it."""
    b = ctx.tok_after(d.start) - 1  # the last token before the quotation
    if b < 1:
        return None
    t0 = ctx.doc.sentence_tokens(ctx.toks[b].sent).start
    m = att.stage.board.owner[t0 + 1] if t0 + 1 <= b else None
    card = att.card(t0 + 1)
    if m is None or card is None or not _speaks(card) or card.kind == "place" or m.t0 != t0 + 1:
        return None
    if ctx.toks[t0].definite or att.card(t0) is not None or not 0 < b + 1 - m.t1 <= 4:
        return None  # (a verb opens the clause: no noun, no name)
    words = att.stage.words
    if any(att.card(k) is not None or words.reporting(k) is not None or THAT.match(ctx.toks[k].norm)
           for k in range(m.t1, b + 1)) or ctx.toks[m.t1].norm not in ("في", "عبر"):
        return None
    return card


_GOVERNING_VERB_REACH = 14  # tokens between a verb's subject and a quotation that is its object or complement


def _governing_verb_subject(ctx: Ctx, att: Attributor, d: Draft) -> Card | None:
    """"حمّلت النقابة في بيان الوزارة «…»"، "وبرر المدير القرار بـ«…»": a quotation with no cue
    of its own inside a sentence that opens on a verb (past an adjunct set off by a comma) and
    its subject — whatever the verb (حمّل، برر، عدّ، وصف، اعتذر عن) — is the subject's words,
    when the verb agrees with the subject and no other clause opens between them (a comma then
    و or ف, فيما/بينما/لكن, أن, the relative ما, a verb of speech)."""
    toks = ctx.toks
    b = ctx.tok_after(d.start) - 1  # the last token before the quotation
    if b < 1 or b + 1 >= ctx.n or toks[b].sent != toks[b + 1].sent:
        return None
    t0 = ctx.doc.sentence_tokens(toks[b].sent).start
    lo = att._story_start(t0, b + 1)
    lo = att._past_adverbial_that(lo, b + 1)
    reach = _ADJUNCT_REACH if att._opens_with_preposition(lo) else 3
    after = att._past_opening_adjunct(lo, b + 1, reach)
    got = _subject_of_verb_at(ctx, att, after, b)
    if got is None and after != lo and not att._opens_with_preposition(lo):
        got = _subject_of_verb_at(ctx, att, lo, b)  # ("وبرر مدير X، الطبيب Y، …": no adjunct, the subject's title)
    if got is None and lo == t0:
        got = _opening_subject_of_verb(ctx, att, lo, b)
    return got


def _opening_subject_of_verb(ctx: Ctx, att: Attributor, lo: int, b: int) -> Card | None:
    """"النقابة X، خلال وقفة نظمتها، حمّلت الوزارة مسؤولية «…»": a sentence that opens on its
    subject (a card, then maybe an aside set off by commas that opens on a preposition), then
    its verb, whose clause runs on to the quotation as in `_subject_of_verb_at`."""
    toks, words = ctx.toks, att.stage.words
    card = att.card(lo)
    m = att.stage.board.owner[lo] if card is not None else None
    if card is None or m is None or m.t0 != lo or not _speaks(card) or card.kind == "place" or m.t1 >= b:
        return None
    v = m.t1
    if comma(toks[v].gap):
        if toks[v].norm not in _ASIDE_OPENERS:
            return None
        v = next((j for j in range(v + 1, min(b, v + _ASIDE_REACH)) if comma(toks[j].gap)), b)
    elif not plain(toks[v].gap):
        return None
    verb = toks[v]
    if v >= b or att.card(v) is not None or verb.definite or verb.norm[:1] in ("و", "ف") or (
            words.is_(v, "stop", "never")):
        return None
    if b + 1 - v > _GOVERNING_VERB_REACH or not att.agrees(_verb_person(verb), card, "svo"):
        return None
    return card if _clause_runs_on(ctx, att, v + 1, b) else None


_ASIDE_OPENERS = frozenset(["في", "خلال", "عبر", "ضمن", "اثر", "عقب"])  # "، في بيان …،": where or when it said it
_ASIDE_REACH = 12  # words of such an aside


def _subject_of_verb_at(ctx: Ctx, att: Attributor, lo: int, b: int) -> Card | None:
    """The subject of the verb at token lo, whose clause runs on to token b right before a
    quotation (see `_governing_verb_subject`)."""
    toks, words = ctx.toks, att.stage.words
    if lo < b and toks[lo].norm in _BEFORE_VERB and att.card(lo + 1) is None:
        lo += 1  # ("ولم يخف X …": the verb after its particle)
    verb = toks[lo]
    if lo + 1 > b or att.card(lo) is not None or verb.definite or verb.norm in _SVO_OPENERS or (
            att._opens_with_preposition(lo) or words.is_(lo, "stop", "never") or words.reporting(lo) is not None):
        return None
    k = att._after_opening_verb(lo, b + 1)
    card = att.card(k) if k <= b else None
    m = att.stage.board.owner[k] if card is not None else None
    if card is None or m is None or not _speaks(card) or card.kind == "place" or _governed(ctx, att.stage, k):
        return None
    if b + 1 - m.t1 > _GOVERNING_VERB_REACH or not att.agrees(_verb_person(verb), card, "vso"):
        return None
    return card if _clause_runs_on(ctx, att, m.t1, b) else None


def _clause_runs_on(ctx: Ctx, att: Attributor, a: int, b: int) -> bool:
    """No other clause opens in tokens [a, b]: no فيما/بينما/لكن, أن, relative ما, verb of speech,
    nor و or ف after a comma (the preposition after one, "، في بيان،", is no clause)."""
    toks, words = ctx.toks, att.stage.words
    for j in range(a, b + 1):
        t = toks[j]
        if t.norm in _WHAT and b - j <= 2 and all(att.card(x) is None for x in range(j + 1, b + 1)):
            continue  # "رفضت X ما سمته «…»": what the subject itself called it, no other subject
        if t.norm in _BUT or t.norm in _WHAT or THAT.match(t.norm) or words.reporting(j) is not None or (
                comma(t.gap) and t.norm[:1] in ("و", "ف") and any(cut == 1 for _, cut in t.readings)):
            return False
    return True


def _verb_person(t: Token) -> Cue:
    """The gender and number a verb's ending or prefix shows, as a cue for agreement: "حمّلت"
    and "تطالب" feminine, "طالبوا" plural, else masculine singular."""
    w = t.norm[1:] if t.norm[:1] in ("و", "ف") and len(t.norm) > 3 else t.norm
    if w.endswith(("وا", "ون")):
        gender, number = "m", "pl"
    elif w.endswith("ت") or (w.startswith("ت") and len(w) > 3):
        gender, number = "f", "sg"
    else:
        gender, number = "m", "sg"
    return Cue(t.start, t.end, t.raw, w, VERB, None, 3, gender, number, ())


_COLON_BEFORE = re.compile(r":[\s\"'«“(]*$")
_COLON_REACH = 12  # tokens before the colon where the clause's subject may stand


def _colon_clause_subject(ctx: Ctx, att: Attributor, d: Draft) -> Card | None:
    """"قاطعه النائب X من مقعده: «…»": a quotation opened right after a colon belongs to the
    subject of the clause the colon closes, whatever its verb (قاطع، ردّ، هتف) — a person or
    a body named there, not behind a preposition; the last one named before the colon."""
    if not _COLON_BEFORE.search(ctx.text[max(0, d.start - 8) : d.start]):
        return None
    colon = ctx.text.rfind(":", 0, d.start)
    b = ctx.tok_after(colon)
    if b == 0:
        return None
    if _DATELINE_CREDIT.fullmatch(ctx.text, ctx.text.rfind("\n", 0, colon) + 1, colon):
        return None  # "المدينة ـ «الصحيفة»: «…»": the outlet's dateline, not a speaker's clause
    sent_t0 = ctx.doc.sentence_tokens(ctx.toks[b - 1].sent).start
    a = max(sent_t0, b - _COLON_REACH)
    got = [(i, cd) for i, cd in att.mentions_in(a, b)
           if _speaks(cd) and cd.kind != "place" and not _governed(ctx, att.stage, i)]
    return got[-1][1] if got else None


def _derived_verbal_noun(w: str) -> bool:
    """``w`` (normal form) is the verbal noun of a derived verb opening on alif ("ابتسامه"،
    "اهتمام"، "استغراب"), with or without the feminine ending."""
    return w[:1] == "ا" and (verbal_noun_shape(w) or (w.endswith("ه") and verbal_noun_shape(w[:-1])))


_IN_IT = frozenset({"فيه", "فيها", "خلاله", "خلالها"})  # "… قال فيه"، "… أعلن خلاله": in the statement or occasion


def _occasion(w: str) -> bool:
    """An occasion one speaks at (``occasions`` in reporting_verbs.toml), maybe accusative."""
    words = _words("occasions")
    return w in words or (w.endswith("ا") and w[:-1] in words)

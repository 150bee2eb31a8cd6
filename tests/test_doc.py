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


def test_a_full_stop_glued_to_the_next_word_ends_a_sentence():
    text = "فاز الحزب بثلاثين مقعدا.وفي المقابل قال د.سامي إن الموقع.نت نشر النتائج بنسبة 1.5 بالمئة."
    got = [text[s.start : s.end] for s in build_doc(text).sentences]
    # one letter before the stop is an abbreviation, "نت" after it a site, digits around it a decimal
    assert got == ["فاز الحزب بثلاثين مقعدا.", text[text.index("وفي المقابل") :]]


def test_an_abbreviated_form_of_address_before_a_name_ends_no_sentence():
    # "د. X" (doctor), "أ. X" (professor): the full stop abbreviates, a name follows
    text = "وقالت عميدة الكلية، د. هالة الامين، ان الدراسة ستستأنف. وأضاف أ. سمير داود أن الطلاب عادوا."
    got = [text[s.start : s.end] for s in build_doc(text).sentences]
    assert got == [text[: text.index("ستستأنف.") + 8], text[text.index("وأضاف") :]]


def test_the_engineers_abbreviation_before_a_name_ends_no_sentence_but_the_era_of_a_year_may():
    # "م. X" (engineer, as Gulf papers write it) before a name; "م." after a year's digits is
    # its era ("عام 1990 م.") and may close the sentence
    text = "وأكد مدير المحطة م. فيصل ناصر العجمي أن الضخ عاد. وشيد السد عام 1990 م. وقال المهندس إنه متين."
    got = [text[s.start : s.end] for s in build_doc(text).sentences]
    assert got == [text[: text.index("عاد.") + 4], text[text.index("وشيد") : text.index("وقال") - 1],
                   text[text.index("وقال") :]]


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


# -- edge cases ---------------------------------------------------------------------------------
def test_offsets_map_back_through_shadda_and_consecutive_marks():
    text = "استقبل الوزيرُ مُحمّدَ السّيّد"
    f = fold(text)
    for word in ("محمد", "السيد", "الوزير"):
        k = f.norm.index(word)
        s, e = f.span(k, k + len(word))
        assert norm_word(text[s:e]) == word and not text[s].isspace()


def test_a_mark_before_the_first_letter_is_skipped():
    f = fold("\u064fقال")
    assert f.norm == "قال" and f.span(0, 3) == (1, 4)


def test_an_empty_slice_maps_to_one_offset():
    f = fold("قالَ أمس")
    assert f.span(2, 2) == (2, 2) and f.orig(len(f.norm)) == len("قالَ أمس")


def test_cutting_a_proclitic_skips_its_own_marks():
    text = "وَلِلمجلس"
    t = build_doc(text).tokens[0]
    assert ("المجلس", 2) in t.readings
    assert text[t.cut_start(2):] == "لمجلس"  # و and ل with their vowels go; the article's lam stays


def test_tatweel_and_zero_width_joiners_stay_inside_one_token():
    doc = build_doc("الـمـجـلس ال\u200cمجلس")
    assert [t.norm for t in doc.tokens] == ["المجلس", "المجلس"]


def test_maqsura_is_any_alef_maqsura_in_the_article():
    assert build_doc("نقل إلى المستشفى").maqsura
    assert build_doc("نقل الي المستشفي").maqsura is False
    assert build_doc("قال علی").maqsura is False  # a Persian yeh is not an alef maqsura
    assert norm_word("علی") == norm_word("علي") == norm_word("على")


def test_an_empty_text_gives_an_empty_document():
    doc = build_doc("")
    assert (doc.tokens, doc.sentences, doc.hits, doc.maqsura) == ([], (), [], False)
    assert doc.token_at(0) == 0 and list(doc.token_range(0, 10)) == []


def test_token_look_ups_in_gaps_and_partial_ranges():
    text = "قالَ الوزيرُ. ثم غادرَ"
    doc = build_doc(text)
    assert doc.token_at(text.index(" ")) == 1  # in a gap: the next token
    assert doc.token_at(len(text)) == len(doc.tokens)
    assert list(doc.token_range(2, text.index("ثم"))) == [1]  # a token cut by the range is left out
    assert list(doc.sentence_tokens(1)) == [2, 3]


def test_lexicon_classes_are_read_per_token():
    doc = build_doc("وقالت وزيرة الصحة")
    assert "title" in doc.classes(1) and "title" not in doc.classes(0)


def test_whether_the_article_writes_the_hamza_on_alef_is_decided_per_article():
    assert build_doc("وأكد الوزير أن الاجتماع انتهى").hamza
    assert not build_doc("واكد الوزير ان الاجتماع انتهى الي حين").hamza
    assert build_doc("وصل الوفد").hamza  # no word to judge by: the standard spelling

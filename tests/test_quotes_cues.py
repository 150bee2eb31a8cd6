"""Reporting cues and quotation marks, each pattern class with sentences written for the test."""

from __future__ import annotations

import pytest

from tui.article.doc import build_doc
from tui.article.parse import parse
from tui.article.quotes.cues import AFTER, CLOSE, IMPERSONAL, MASDAR, PARTICIPLE, VERB, cue_for_word, find_cues
from tui.article.quotes.marks import find_marks


@pytest.mark.parametrize(
    ("word", "lemma", "gender", "number", "tense"),
    [
        ("قال", "قال", "m", "sg", "past"),
        ("قالت", "قال", "f", "sg", "past"),
        ("وقالوا", "قال", "m", "pl", "past"),
        ("فقالت", "قال", "f", "sg", "past"),
        ("يقولون", "قال", "m", "pl", "present"),
        ("تقول", "قال", "f", "sg", "present"),
        ("سيقول", "قال", "m", "sg", "present"),
        ("وأضافت", "أضاف", "f", "sg", "past"),
        ("واضاف", "أضاف", "m", "sg", "past"),  # no hamza
        ("أكّدَت", "أكد", "f", "sg", "past"),  # with shadda and fatha
        ("دعت", "دعا", "f", "sg", "past"),
        ("دعوا", "دعا", "m", "pl", "past"),
        ("يدعون", "دعا", "m", "pl", "present"),
        ("نفت", "نفى", "f", "sg", "past"),
        ("يرى", "رأى", "m", "sg", "present"),
        ("وشددت", "شدد", "f", "sg", "past"),
        ("ولفت", "لفت", "m", "sg", "past"),
        ("وحذرت", "حذر", "f", "sg", "past"),
        ("طالبوا", "طالب", "m", "pl", "past"),
    ],
)
def test_verb_forms_in_every_person_gender_number(word, lemma, gender, number, tense):
    c = cue_for_word(word)
    assert c is not None and c.kind == VERB
    assert (c.lemma, c.gender, c.number, c.tense) == (lemma, gender, number, tense)


@pytest.mark.parametrize(("word", "gender"), [("مضيفا", "m"), ("مضيفاً", "m"), ("مضيفة", "f"), ("مؤكدين", "m"),
                                             ("مشيرة", "f"), ("داعيا", "m"), ("قائلة", "f"), ("معربا", "m")])
def test_participles(word, gender):
    c = cue_for_word(word)
    assert c is not None and c.kind == PARTICIPLE and c.gender == gender


def test_a_verb_form_right_after_a_preposition_is_a_noun_no_cue():
    # "مصدر في تجمع X": after في the word is the noun "assembly", not the verb "they gathered";
    # the verb itself elsewhere is still a cue
    cues = [c.text for c in find_cues(build_doc("وشكك مصدر في تجمع الأحرار في الرواية، وقال إنه لا يصدقها."))]
    assert "تجمع" not in cues and "وقال" in cues
    assert "وأجمع" in [c.text for c in find_cues(build_doc("وأجمع المحتجون على أن القرار ظالم."))]


def test_a_verb_form_a_number_word_counts_is_a_noun_no_cue():
    # "600 ألف طالب": students counted, not "he demanded"; after a digit the verb stays ("في 2019 أعلنت")
    assert not [c for c in find_cues(build_doc("وتستقبل المدارس 600 ألف طالب وطالبة هذا العام.")) if c.text == "طالب"]
    assert "أعلنت" in [c.text for c in find_cues(build_doc("وفي 2019 أعلنت الشركة خطتها."))]


def test_object_suffix_only_on_verbs_that_take_an_object():
    assert cue_for_word("وصفها").suffix == "ها"
    assert cue_for_word("دعاهم").lemma == "دعا"
    assert cue_for_word("أمله") is None  # "his hope", not a verb with a suffix
    assert cue_for_word("إشارة") is None  # a feminine noun, not أشار + ه


@pytest.mark.parametrize("word", ["الرجل", "كتاب", "مقرا", "مذكرة"])
def test_words_that_only_look_like_cues(word):
    assert not [c for c in find_cues(build_doc(word)) if c.kind in (VERB, PARTICIPLE)]


@pytest.mark.parametrize("word", ["عبر", "بين", "ذكر", "كشف", "حذر"])
def test_bare_forms_that_are_mostly_other_words_are_flagged(word):
    (c,) = find_cues(build_doc(word))
    assert c.ambiguous and not find_cues(build_doc("و" + word))[0].ambiguous


def test_phrases_after_close_and_impersonal():
    text = "ستصل غدا، حسبما قال المتحدث. وهو أمر محسوم وفقاً لـ وزارة الدفاع، على حد تعبيره. ويذكر أن الزيارة الأولى."
    kinds = {c.text.strip(): c.kind for c in find_cues(build_doc(text))}
    assert kinds["حسبما"] == AFTER
    assert kinds["على حد تعبيره"] == CLOSE
    assert kinds["ويذكر أن"] == IMPERSONAL
    assert any(k == AFTER and t.startswith("وفقاً") for t, k in kinds.items())
    assert "فحسب" not in kinds  # ف + حسب means "only"


def test_masdar_and_offsets_map_back_to_the_text():
    text = "أما قولُ الحكومة بأن الأزمة انتهت فغير دقيق."
    c = next(c for c in find_cues(build_doc(text)) if c.kind == MASDAR)
    assert text[c.start : c.end] == c.text == "قولُ"


def test_marks_of_every_style_are_paired():
    text = "قال «نعم» ثم “ربما” ثم „كلا“ ثم \"أبدا\"."
    got = [text[s:e] for s, e in find_marks(text).spans]
    assert got == ["نعم", "ربما", "كلا", "أبدا"]


def test_nested_marks():
    text = "قال: «سمعته يقول \"لن أعود\" ثم غادر»."
    got = {text[s:e] for s, e in find_marks(text).spans}
    assert got == {"لن أعود", "سمعته يقول \"لن أعود\" ثم غادر"}


def test_missing_closing_and_opening_marks_are_reported():
    m = find_marks("قال: \"لن نتراجع عن موقفنا\nوأضاف أن الحوار قائم.")
    assert m.lone_opens and not m.spans
    m = find_marks("وقال إن الحوار قائم. لن نتراجع أبدا\".")
    assert m.lone_closes and not m.spans


def test_opening_mark_typed_after_the_first_word():
    text = "وتعهد أن يبذل الجنود\" أقصى جهدهم\" في المعركة."
    assert [text[s:e] for s, e in find_marks(text).spans] == [" أقصى جهدهم"]


def test_a_hamza_verb_without_its_hamza_is_a_cue_only_where_the_article_drops_hamzas():
    # "فرات" is a name (and a river) in an article that writes "أن"; "فـ + رأت" where it writes "ان"
    written = "وأكد أن الاجتماع انتهى، فرات حداد غادر القاعة."
    dropped = "واكد ان الاجتماع انتهى، فرات ان الوقت متأخر."
    assert "فرات" not in [c.text for c in find_cues(build_doc(written))]
    assert "فرات" in [c.text for c in find_cues(build_doc(dropped))]
    assert "فرأت" in [c.text for c in find_cues(build_doc("وأكد أن الاجتماع انتهى، فرأت أن الوقت متأخر."))]


def test_a_form_the_lexicon_skips_is_no_cue():
    # "ردا على سؤال" is the adverbial "in reply", not the dual "they both replied"
    assert cue_for_word("ردا") is None and cue_for_word("وردا") is None
    assert cue_for_word("ردت") is not None


def test_a_feminine_participle_that_is_mostly_a_noun_reports_before_bi_anna():
    # "مذكرة" alone is a memo; "مذكرةً بأنها …" reminds, and opens a reported clause of its own
    art = parse("وقالت الهيئة إنها ستعلن النتائج غدا، مذكرةً بأن باب الطعون ما زال مفتوحا.")
    assert [q.text for q in art.quotes] == ["إنها ستعلن النتائج غدا", "بأن باب الطعون ما زال مفتوحا"]
    assert not parse("وقدمت النقابة مذكرة إلى المحكمة أمس.").quotes


def test_a_verb_form_right_after_a_role_noun_in_construct_is_a_noun_no_cue():
    # "رئيس | تجمع مزارعي X": "تجمع" (an assembly) is the role's genitive, not "she agrees"
    art = parse("بدوره، رأى رئيس تجمع مزارعي السهول الشرقية، سامر العطار، أن القرار جائر.")
    (p,) = [a for a in art.actors if a.kind == "person"]
    assert p.titles == ("رئيس تجمع مزارعي السهول الشرقية",) and art.quotes[0].speaker == p.id


def test_a_verb_with_a_nominal_object_inside_what_was_said_opens_no_quote():
    # "قال X إن نوابا كثيرين أبدوا تحفظا": the inner verb and its object are part of the quote
    art = parse("وقال مصدر برلماني، طلب ألا يذكر اسمه، إن نوابا كثيرين أبدوا تحفظا على خطة الحكومة.")
    assert [q.text for q in art.quotes] == ["إن نوابا كثيرين أبدوا تحفظا على خطة الحكومة"]
    # but "غير أن X قالت …": the أنّ of "however", a new speaker's verb after it
    art = parse("وقال الوزير إن الحوار مستمر. غير أن أوساطا نقابية قالت للوكالة إن الخلاف عميق.")
    assert [q.text for q in art.quotes] == ["إن الحوار مستمر", "إن الخلاف عميق"]


def test_a_quoted_fragment_further_into_the_inner_verbs_object_stays_inside_what_was_said():
    # "أن نقابته طالبت بصرف مستحقات «…»": the marks close the inner verb's object, two words on —
    # no quotation of its own (one right after the verb or its preposition would be: below)
    art = parse('وأوضح المتحدث سالم العلي أن نقابته طالبت بصرف مستحقات "كل المتقاعدين" قبل نهاية الشهر.')
    assert [q.text for q in art.quotes] == ['أن نقابته طالبت بصرف مستحقات "كل المتقاعدين" قبل نهاية الشهر']


def test_a_verb_of_speech_inside_what_was_said_with_its_own_clause_or_quotation_is_a_quote():
    # the inner verb opens its own reported clause ("لكنه عاد فقال إنهم …") or quotation
    # ("دعا إلى «…»"), and the journalist's "يذكر أن" is no one's speech to be inside of
    art = parse("وقال المرشح: إننا سنشارك في الحملة لكنه عاد فقال إنهم سيرفضون النتائج.")
    assert [q.text for q in art.quotes][-1] == "إنهم سيرفضون النتائج"
    art = parse("يذكر أن الشيخ دعا العام الماضي إلى «إصلاح شامل للنظام».")
    assert [q.text for q in art.quotes] == ["إصلاح شامل للنظام"]


@pytest.mark.parametrize("text", [
    # a verbal noun written with إ is no past verb of the fourth form, which opens on أ
    "وأودع السجن بعد إدانته بتلقي هدايا من المقاولين.",
    "وجاء ذلك بعد إدانتها بالتهرب الضريبي.",
])
def test_a_verbal_noun_written_with_kasra_hamza_is_no_past_verb(text):
    assert parse(text, "2024-03-10").quotes == ()


def test_the_past_verb_written_with_its_hamza_is_still_a_cue():
    art = parse("وأدانت الوزارة الهجوم على القافلة بشدة.", "2024-03-10")
    assert [q.cue for q in art.quotes] == ["وأدانت"]


def test_a_role_noun_shaped_like_a_participle_right_after_a_verb_is_no_cue():
    """"وقالت كاتبة الدولة X": the role noun that has a participle's form ("writing"), right
    after a verb of speech and in construct with a definite word, is the subject's role — its
    holder gets the title; apart ("…، كاتبة: «…»") it is still a participle."""
    art = parse("وقالت كاتبة الدولة للتجارة ماتيلد بوشيه إن الصادرات ارتفعت.")
    assert [list(a.titles) for a in art.actors if a.name == "ماتيلد بوشيه"] == [["كاتبة الدولة للتجارة"]]
    kinds = [c.kind for c in find_cues(build_doc("ونشرت الوزيرة صورة، كاتبة: «سنواصل العمل»."))]
    assert PARTICIPLE in kinds

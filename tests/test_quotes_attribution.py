"""Attribution alone: choosing a speaker from a region of text, actor cards and earlier
speakers, without finding any quote span (sentences written for the test)."""

from __future__ import annotations

from tests.quote_helpers import cards
from tui.article.attribution import (
    Mentions,
    agrees,
    by_description,
    card_for_subject,
    continuation,
    explicit_subject,
    gender,
    subject_before,
    subject_phrase,
)
from tui.article.cues import cue_for_word, find_cues
from tui.article.model import Actor


def _region(text: str, after: str, before: str) -> tuple[int, int]:
    a = text.index(after) + len(after)
    return a, text.index(before, a)


def _cue(text: str, word: str):
    at = text.index(word)
    return next(c for c in find_cues(text) if c.start == at)


def test_person_after_the_cue_beats_the_body_in_the_title():
    text = "وقالت المتحدثة باسم وزارة الصحة، ليلى حداد، إن اللقاحات وصلت."
    m = Mentions(cards(text, ("وزارة الصحة", "organization"), ("ليلى حداد", "person")))
    actor, why = explicit_subject(text, _region(text, "وقالت", "إن"), m, _cue(text, "وقالت"))
    assert actor.name == "ليلى حداد" and why


def test_body_alone_is_the_subject():
    text = "وقالت الوزارة في بيان إن اللقاحات وصلت."
    m = Mentions(cards(text, ("وزارة الصحة", "organization", ["الوزارة"])))
    actor, _ = explicit_subject(text, _region(text, "وقالت", "إن"), m, _cue(text, "وقالت"))
    assert actor.name == "وزارة الصحة"


def test_adjunct_first_then_an_object_is_not_a_subject():
    text = "وطالبت في بيان رسمي الحكومة بإلغاء القرار."
    m = Mentions(cards(text, ("الحكومة", "organization")))
    assert explicit_subject(text, _region(text, "وطالبت", "بإلغاء"), m, _cue(text, "وطالبت")) is None


def test_pronoun_subject_is_left_to_continuation():
    text = "وقال سعادته، عقب اللقاء، إن العلاقات ممتازة."
    m = Mentions(cards(text, ("سامي الخطيب", "person")))
    assert explicit_subject(text, _region(text, "وقال", "إن"), m, _cue(text, "وقال")) is None


def test_back_reference_by_title_and_by_description():
    text = "وصل الوزير سامي الخطيب وقابل مسؤولا أوروبيا. وقال وزير المالية إن النمو تحسن. وقال المسؤول إن الدعم مستمر."
    m = Mentions(cards(text, ("سامي الخطيب", "person", [], ["وزير المالية"]), ("مسؤولا أوروبيا", "anonymous")))
    first = by_description(text, _region(text, "وقال", " إن النمو"), m, text.index("وقال"))
    second_at = text.index("وقال المسؤول")
    second = by_description(text, (second_at + 4, text.index(" إن الدعم")), m, second_at)
    assert first.name == "سامي الخطيب" and second.name == "مسؤولا أوروبيا"


def test_subject_before_the_verb():
    text = "وزير المالية سامي الخطيب، قال في مؤتمر صحفي إن الموازنة جاهزة."
    m = Mentions(cards(text, ("سامي الخطيب", "person")))
    actor, why = subject_before(text, _cue(text, "قال"), 0, m, 0)
    assert actor.name == "سامي الخطيب" and why == "subject before the cue"


def test_relative_clause_antecedent_agrees_with_the_verb():
    text = "ورد على ليلى حداد التي قالت إن الخطة فشلت."
    m = Mentions(cards(text, ("ليلى حداد", "person")))
    actor, why = subject_before(text, _cue(text, "قالت"), 0, m, 0)
    assert actor.name == "ليلى حداد" and "relative" in why
    text = "وأشاد بالمملكة الشقيقة التي قال إن أمنها من أمن المنطقة."
    m = Mentions(cards(text, ("المملكة", "place")))
    assert subject_before(text, _cue(text, "قال"), 0, m, 0) is None  # التي + masculine قال: not her


def test_topic_of_amma():
    text = "أما الرئيس سامي الخطيب، فقد افتتح الحملة حيث قال: لقد عملنا كثيرا."
    m = Mentions(cards(text, ("سامي الخطيب", "person")))
    actor, why = subject_before(text, _cue(text, "قال"), 0, m, 0)
    assert actor.name == "سامي الخطيب" and "أما" in why


def test_continuation_skips_speakers_of_the_wrong_gender():
    text = "وقالت ليلى حداد إن اللقاحات وصلت. وقال سامي الخطيب إن التمويل متوفر. وأضافت أن التوزيع يبدأ."
    actors = cards(text, ("ليلى حداد", "person"), ("سامي الخطيب", "person"))
    m = Mentions(actors)
    m.learn(actors[0], cue_for_word("وقالت"))
    history = [(10, "a1"), (40, "a2")]
    actor, why = continuation(cue_for_word("وأضافت"), history, m, 60)
    assert actor.name == "ليلى حداد" and "previous" in why
    actor, _ = continuation(cue_for_word("وأضاف"), history, m, 60)
    assert actor.name == "سامي الخطيب"


def test_gender_from_titles_names_and_heads():
    assert gender(Actor("a1", "فيكتوريا نولاند", "person", titles=("نائبة وزير الخارجية",)))[0] == "f"
    assert gender(Actor("a2", "أسامة بن لادن", "person"))[0] == "m"
    assert gender(Actor("a3", "مصادر مطلعة", "anonymous")) == (None, None)  # unsure: agrees with either
    assert gender(Actor("a4", "قياديون في الحزب", "anonymous")) == ("m", "pl")
    assert not agrees(cue_for_word("قالت"), Actor("a5", "سامي الخطيب", "person"))
    assert agrees(cue_for_word("قالت"), Actor("a6", "الوزارة", "organization"))


def test_subject_phrase_stops_at_prepositions_and_adjuncts():
    text = "وقال رئيس الجامعة في كلمته إن الطلاب متفوقون."
    s, e = subject_phrase(text, _region(text, "وقال", "إن"))
    assert text[s:e] == "رئيس الجامعة"
    text = "وقال لوكالة الأنباء إن الطلاب متفوقون."
    assert subject_phrase(text, _region(text, "وقال", "إن")) is None


def test_card_for_an_uncarded_subject_reuses_a_card_by_surname():
    text = "وقالت ليلى حداد إن الخطة نجحت. وتابعت حداد: سنواصل العمل."
    actors = cards(text, ("ليلى حداد", "person"))
    m = Mentions(actors)
    actor, why = card_for_subject(text, _region(text, "وتابعت", ":"), m, "a2")
    assert actor.id == "a1" and len(actor.mentions) == 2 and "name" in why
    actor, _ = card_for_subject("وقال رئيس الجامعة إن العام ناجح.", (4, 17), m, "a2")
    assert actor.id == "a2" and actor.kind == "anonymous" and actor.name == "رئيس الجامعة"

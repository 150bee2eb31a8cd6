"""Coreference of cards (tui/article/actors/cards.py, registry.py): the forms one actor takes
in an article end on one card.  One class per test, sentences of our own."""

from __future__ import annotations

import pytest

from tests.tagger_helpers import steer
from tui.article.actors.board import Board
from tui.article.actors.registry import Registry
from tui.article.doc import build_doc
from tui.article.doc.normal import key
from tui.article.parse import parse


def cards_of(text: str, kind: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.name, a.aliases) for a in parse(text, "2024-03-10").actors if a.kind == kind]


def holder(text: str, form: str):
    hits = [a for a in parse(text, "2024-03-10").actors
            if key(form) in {key(a.name), *(key(x) for x in a.aliases)}]
    assert len(hits) == 1, [(a.name, a.aliases) for a in parse(text, "2024-03-10").actors]
    return hits[0]


def test_a_body_named_by_its_head_alone_is_the_body_with_that_head():
    text = ("وأعلنت المفوضية العليا للانتخابات النتائج الأولية مساء أمس. "
            "وقالت المفوضية إن نسبة المشاركة تجاوزت النصف.")
    a = holder(text, "المفوضية")
    assert key(a.name) == key("المفوضية العليا للانتخابات")


def test_the_first_words_of_a_state_name_refer_back_to_it():
    text = "وصل الوفد إلى المملكة الأردنية الهاشمية أمس. وتعد المملكة شريكا تجاريا مهما للبلدين."
    a = holder(text, "المملكة")
    assert key(a.name) == key("المملكة الأردنية الهاشمية")


def test_government_and_authorities_of_one_state_are_one_body():
    text = ("وقالت الحكومة الليبية إن المفاوضات مستمرة. "
            "وأكدت حكومة طرابلس في بيان أن المعابر ستفتح قريبا.")
    bodies = cards_of(text, "organization")
    assert len(bodies) == 1 and {key(bodies[0][0]), *map(key, bodies[0][1])} == {
        key("الحكومة الليبية"), key("حكومة طرابلس")}


def test_the_regime_with_a_nationality_is_the_states_government():
    alone = "وقال النظام المصري إن الخطوة مرفوضة."
    assert cards_of(alone, "organization") == [("النظام المصري", ())]
    text = "وانتقدت الحكومة المصرية القرار بشدة. وقال النظام المصري إن الخطوة مرفوضة."
    a = holder(text, "النظام المصري")
    assert a.kind == "organization" and key(a.name) == key("الحكومة المصرية")


def test_first_and_fathers_name_refer_to_the_full_name():
    text = "وقال سامي يوسف الخطيب إن الحوار ممكن. وأضاف سامي يوسف أن الوقت ينفد."
    people = cards_of(text, "person")
    assert len(people) == 1 and key(people[0][0]) == key("سامي يوسف الخطيب")


def test_a_surname_opened_by_a_foreign_particle_refers_to_the_full_name():
    text = "وقال المبعوث يوهان فان دير بيرغ إن الهدنة صامدة. وأكد فان دير بيرغ أن المساعدات وصلت."
    people = cards_of(text, "person")
    assert len(people) == 1 and key(people[0][0]) == key("يوهان فان دير بيرغ")


def test_the_first_of_a_double_family_name_refers_to_the_full_name():
    # "لوسيا فرنانديث غارسيا" … "وأضافت فرنانديث غارسيا": a middle word no lexicon lists is the
    # first of two family names; a listed middle word is a father's name, another person's
    text = ("وقالت ممثلة البرنامج، لوسيا فرنانديث غارسيا، إن الوضع صعب. "
            "وأضافت فرنانديث غارسيا أن المراكز أغلقت.")
    people = cards_of(text, "person")
    assert len(people) == 1 and key(people[0][0]) == key("لوسيا فرنانديث غارسيا")


def test_a_listed_middle_name_alone_refers_to_the_one_person_it_is_inside():
    # news refers back to a man by his father's name ("وأضاف حسن" of "كمال حسن الطاهر") when
    # nobody else carries it; a person whose own first name it is keeps it
    text = "وقال مدير المستشفى، كمال حسن الطاهر، إن الأسرة ممتلئة. وأضاف حسن أن الأدوية تنقص."
    assert [key(n) for n, _ in cards_of(text, "person")] == [key("كمال حسن الطاهر")]
    text = ("وقال كمال حسن الطاهر إن الأسرة ممتلئة. وقال الممرض حسن الدوري إن العمل شاق. "
            "وأضاف حسن أن الأدوية تنقص.")
    assert holder(text, "حسن").name == "حسن الدوري"


def test_a_fathers_full_name_inside_a_longer_name_is_not_the_son():
    text = "واستقبل ماجد خالد عمر سليم الوفد. وكان خالد عمر سليم قد زار المدينة من قبل."
    assert len(cards_of(text, "person")) == 2


def test_a_form_written_again_finds_the_card_that_has_it():
    """The lexicon keys a body by its canonical name; the tagger meeting the same form later
    must land on that card, not open a second one."""
    doc = build_doc("أعلنت الحركة بيانا.")
    board = Board(doc)
    reg = Registry(board)
    first = reg.card("organization:canonical form", "organization", "lexicon")
    board.mention(first, 1, 2)
    assert reg.card(f"organization:{key('الحركة')}", "organization", "tagger") is first
    assert reg.card(f"place:{key('الحركة')}", "place", "tagger") is not first


def test_another_spelling_of_a_foreign_name_is_the_same_person():
    # long vowels spelled or not, g written غ or ج: one person
    text = "واستقبل الرئيس فيكتور كوستين الوفد. وقال كوستن إن المحادثات مثمرة."
    assert cards_of(text, "person") == [("فيكتور كوستين", ("كوستن",))]
    text = "وصل المبعوث جورج ميتشيل إلى المنطقة. وقال ميتشل إن الحوار مستمر."
    assert [n for n, _ in cards_of(text, "person")] == ["جورج ميتشيل"]
    text = "التقى غريغ هانسن الوزير. وقال جريج هانسن إن الحوار مستمر."
    assert [n for n, _ in cards_of(text, "person")] == ["غريغ هانسن"]


def test_two_common_names_that_differ_in_a_long_vowel_are_two_people():
    text = "وقال عامر الخطيب إن الوضع جيد. وقال عمر الخطيب إن الوضع سيئ."
    assert [n for n, _ in cards_of(text, "person")] == ["عامر الخطيب", "عمر الخطيب"]


def test_a_head_noun_alone_refers_to_the_body_named_with_a_synonymous_or_definite_head():
    text = "ونشرت صحيفة «الفجر» التقرير كاملا. وقالت الجريدة إن مصادرها موثوقة."
    assert [n for n, _ in cards_of(text, "organization")] == ["صحيفة الفجر"] or [
        n for n, _ in cards_of(text, "organization")] == ["الفجر"]
    text = "وفاز تحالف القوى المدنية بأغلب المقاعد. وقال الائتلاف إن النتائج نزيهة."
    assert len(cards_of(text, "organization")) == 1


def test_an_acronym_takes_the_name_it_opens_and_a_body_spelled_two_ways_is_one():
    text = "وانسحب مصرف جي بي مورغان من المؤتمر. وقال جي بي مورجان إن القرار نهائي."
    assert cards_of(text, "organization") == [("جي بي مورغان", ("جي بي مورجان",))]


def test_a_foreign_name_is_also_mentioned_by_its_first_word():
    # East Asian names put the family name first; no word of this one is a listed Arabic name
    text = "أكد الرئيس الصيني وانغ جيانمين أن بلاده ستواصل الإصلاحات. وأشاد وانغ بالعمال ووصفهم بأنهم عماد الاقتصاد."
    art = parse(text)
    (xi,) = [a for a in art.actors if a.kind == "person"]
    assert [text[s:e] for s, e in xi.mentions] == ["وانغ جيانمين", "وانغ"]


def test_a_one_word_person_spelled_as_a_bodys_name_after_its_head_is_that_body():
    # the tagger reads "كاريتا" alone as a person; "حركة كاريتا" was named before
    text = "وأعلنت حركة كاريتا أنها ستشارك في الانتخابات. وقال كاريتا إن الحوار ضروري."
    art = parse(text)
    assert [(a.name, a.kind, a.aliases) for a in art.actors] == [("كاريتا", "organization", ("حركة كاريتا",))]
    assert len(art.actors[0].mentions) == 2


def test_a_person_is_not_the_foundation_named_after_them():
    # only a party's or a movement's head goes without its name; "مؤسسة X" may be X's
    text = "وأعلنت مؤسسة كاريتا أنها ستمول المشروع. وقال كاريتا إن الحوار ضروري."
    assert ("كاريتا", "person") in [(a.name, a.kind) for a in parse(text).actors]


def test_a_partys_or_clubs_complement_alone_after_a_verb_of_speech_is_the_body():
    # "حزب X" … "وقال X في بيان": the body speaks by its complement alone; "نادي Y" … "وقال Y"
    art = parse("وأعلن حزب الفجر مشاركته في الانتخابات. وقال الفجر في بيان إن القرار نهائي.")
    assert [(a.name, a.aliases) for a in art.actors] == [("حزب الفجر", ("الفجر",))]
    assert [art.actors[0].id] * 2 == [q.speaker for q in art.quotes]
    art = parse("وفاز نادي الشعلة على منافسه. وقال الشعلة في بيان إن الفوز مستحق.")
    assert [(a.name, a.aliases) for a in art.actors] == [("نادي الشعلة", ("الشعلة",))]


def test_a_place_and_a_body_under_the_same_name_are_one_actor(monkeypatch):
    # "X" a town in one sentence and (the tagger reads) a club in another: one card, not two
    steer(monkeypatch, ("سيلوران",), "B-LOC", {"B-LOC": 0.9})
    steer(monkeypatch, ("لسيلوران",), "B-ORG", {"B-ORG": 0.9})
    art = parse("وتقع سيلوران على الساحل الشرقي. وقال المدير الفني لسيلوران إن الفريق جاهز.")
    assert [a.name for a in art.actors if a.kind in ("place", "organization")] == ["سيلوران"]


def test_a_definite_word_that_opens_a_bodys_name_refers_back_to_it():
    # "ملتقى X" … "وأعلن الملتقى": the body's own first word with the article, though no head the
    # lexicon lists, is the body named before — no second card
    art = parse("وافتتح ملتقى الواحة للفنون الشعبية دورته الثالثة. وقال منظمو الملتقى إن الإقبال كبير، "
                "وأعلن الملتقى عن جوائزه.")
    bodies = [a for a in art.actors if a.kind == "organization"]
    assert len(bodies) == 1 and "الملتقى" in bodies[0].aliases


def test_the_central_bank_is_the_one_central_bank_the_article_names():
    # "مصرف لبنان" … "المصرف المركزي": a bank that goes by its country's name, called "central" after
    text = "وقال بنك المغرب إن التضخم تراجع. وأبقى البنك المركزي سعر الفائدة دون تغيير."
    assert cards_of(text, "organization") == [("بنك المغرب", ("البنك المركزي",))]
    # a bank whose own name says "central" takes it too
    text = "ورفع مصرف سوريا المركزي سعر الصرف. وقال المصرف المركزي إن القرار مؤقت."
    assert [n for n, _ in cards_of(text, "organization")] == ["مصرف سوريا المركزي"]


def test_a_commercial_bank_is_not_the_central_bank():
    # "بنك مصر" is a commercial bank: the central bank mentioned with it is another body
    text = "وقال بنك مصر إن الأرباح ارتفعت. وقرر البنك المركزي خفض الفائدة."
    assert sorted(n for n, _ in cards_of(text, "organization")) == ["البنك المركزي", "بنك مصر"]


def test_a_family_name_that_is_an_honorific_too_is_the_person_alone():
    # "سعادة" addresses an excellency before a title ("سعادة السفير"); alone after a verb of speech,
    # where the tagger reads a name, it is the family name of the person named before
    text = "وزار محافظ الإقليم، سمير خليل سعادة، العمال أمس. وأوضح سعادة لاحقا أن الأجور سترتفع."
    art = parse(text, "2024-03-10")
    (person,) = [a for a in art.actors if a.kind == "person"]
    assert person.aliases == ("سعادة",) and art.quotes[0].speaker == person.id


def test_an_honorific_before_a_title_is_no_family_name():
    text = "وزار محافظ الإقليم، سمير خليل سعادة، العمال أمس. وأوضح سعادة السفير أن الأجور سترتفع."
    art = parse(text, "2024-03-10")
    (person,) = [a for a in art.actors if a.kind == "person"]
    assert person.aliases == ()


def test_a_district_head_and_a_place_carded_on_its_own_are_that_place():
    # "مديرية X" and "X" later: a district's head + a place's name is the place, not a body
    text = "وصل الوفد إلى مديرية زبيد صباح الأحد. وقال أهالي في زبيد إن الطريق مقطوع."
    assert [(key(n), tuple(sorted(key(x) for x in al))) for n, al in cards_of(text, "place")
            + cards_of(text, "organization")] in (
        [(key("مديرية زبيد"), (key("زبيد"),))], [(key("زبيد"), (key("مديرية زبيد"),))])


def test_a_university_named_after_a_city_stays_a_body_beside_the_city():
    # a body's head that is no district's ("جامعة"، "بلدية") keeps its own card
    text = "وافتتحت جامعة إربد فرعا جديدا في إربد."
    assert cards_of(text, "organization") == [("جامعة إربد", ())]
    assert cards_of(text, "place") == [("إربد", ())]


def test_one_word_that_opens_a_longer_body_name_is_that_body():
    # a ministry called by its first portfolio, a company by its first word after the head
    text = ("وقالت وزارة التموين والأسواق المحلية إن الأسعار مستقرة. وأكدت التموين أن المخزون كاف. "
            "وأعلنت شركة نوران العقارية أرباحها، وقالت نوران إن المبيعات ارتفعت.")
    assert holder(text, "التموين").name == "وزارة التموين والأسواق المحلية"
    assert holder(text, "نوران").name == "شركة نوران العقارية"
    assert len(cards_of(text, "organization")) == 2


def test_the_words_after_a_body_s_head_cut_short_of_its_end_are_that_body():
    # "X Y" of "شركة X Y للمقاولات": the name after the head, without its field
    text = ("وفازت شركة السنبلة الزرقاء للمقاولات بعقد الجسر. وأوضحت السنبلة الزرقاء لاحقا أن "
            "الأشغال تنطلق قريبا.")
    assert holder(text, "السنبلة الزرقاء").name == "شركة السنبلة الزرقاء للمقاولات"
    assert len(cards_of(text, "organization")) == 1


def test_a_generic_head_and_an_adjective_of_scope_refer_back_to_a_body():
    # "المنظمة الدولية" after "منظمة X": the body with that head named before, no body of its own
    text = "وقالت منظمة العمل الدولية إن البطالة ترتفع. وأضافت المنظمة الدولية أن الأجور تراجعت."
    assert len(cards_of(text, "organization")) == 1
    assert holder(text, "المنظمة الدولية").name == "منظمة العمل الدولية"
    # a firm's head and its nationality: the only body named before
    text = "ووقعت شركة هانسول للإنشاءات عقدا جديدا، وقالت الشركة الصينية إن العمل سيبدأ قريبا."
    assert len(cards_of(text, "organization")) == 1


def test_an_epithet_with_two_bodies_before_and_neither_head_refers_to_none():
    text = ("وقالت وزارة الري إن السد آمن. وأعلن البنك الزراعي قروضا جديدة. "
            "وقالت المنظمة الدولية إن الجفاف يتفاقم.")
    assert holder(text, "المنظمة الدولية").name == "المنظمة الدولية"


def test_the_first_name_and_the_family_of_a_gulf_name_refer_to_the_full_name():
    # "X آل Y" of "X بن Z آل Y": the father's name left out, the same person
    text = "التقى الأمير فيصل بن سلطان آل ثامر وفدا تجاريا. وقال فيصل آل ثامر إن التعاون مهم."
    assert cards_of(text, "person") == [("فيصل بن سلطان آل ثامر", ("فيصل آل ثامر",))]


@pytest.mark.parametrize("text,name,fuller", [
    ("وأوضحت جمعية الهلال الأحمر التونسي أن فرقها انتشرت في القرى الجبلية.", "الهلال الأحمر التونسي",
     "جمعية الهلال الأحمر التونسي"),
    ("وأفادت صحيفة الغارديان في عددها الأسبوعي بأن المفاوضات تعثرت.", "الغارديان", "صحيفة الغارديان"),
])
def test_a_body_named_after_a_head_of_its_kind_lists_the_fuller_form(text, name, fuller):
    # "جمعية X"، "صحيفة X": the head says what kind of body X is — the card keeps X as its name and
    # span, and lists the head and name among its names
    (a,) = [a for a in parse(text, "2024-03-10").actors if a.kind == "organization"]
    assert a.name == name and fuller in a.aliases, (a.name, a.aliases)


def test_an_office_of_a_body_is_no_fuller_form_of_it():
    # "مكتب X" is X's office, no kind of body X is: X's card does not take it among its names
    text = "وقال مكتب الغارديان في القاهرة إن مراسله غادر البلاد مساء الخميس."
    assert all(not alias.startswith("مكتب") for a in parse(text, "2024-03-10").actors for alias in a.aliases)

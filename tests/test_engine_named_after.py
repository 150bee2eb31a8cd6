"""Places and bodies named after a person (tui/article/actors/named_after.py): a head noun,
a rank and a name are one place or one body, not a person.  Sentences of our own."""

from __future__ import annotations

import pytest

from tests.tagger_helpers import steer
from tui.article.parse import parse


def cards(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind) for a in parse(text).actors]


@pytest.mark.parametrize("text,name,kind", [
    ("وتخرج الطالب في جامعة الملك سعود العام الماضي.", "جامعة الملك سعود", "organization"),
    ("ونقل المصاب إلى مستشفى الأمير سلطان في المدينة.", "مستشفى الأمير سلطان", "organization"),
    ("ووصل الوفد إلى مطار الملك خالد الدولي.", "مطار الملك خالد الدولي", "place"),
    ("وأغلقت الشرطة شارع الشيخ زايد أمس.", "شارع الشيخ زايد", "place"),
    ("وزار الوفد مسجد الإمام محمد بن عبد الوهاب.", "مسجد الإمام محمد بن عبد الوهاب", "place"),
])
def test_a_head_a_rank_and_a_name_are_one_place_or_body(text, name, kind):
    got = cards(text)
    assert (name, kind) in got
    assert all(k != "person" for _, k in got)  # the person honoured is not an actor here


@pytest.mark.parametrize("text,name,city", [
    # عبد glued to a divine name is a given name; ب + a listed city after the name is where it stands
    ("ونقل المصاب إلى مستشفى الملك عبدالعزيز بتبوك أمس.", "مستشفى الملك عبدالعزيز", "تبوك"),
    ("وتخرج الطالب في جامعة الملك فيصل بالأحساء.", "جامعة الملك فيصل", "الأحساء"),
])
def test_a_body_named_after_a_person_ends_before_the_city_it_stands_in(text, name, city):
    got = cards(text)
    assert (name, "organization") in got and (city, "place") in got
    assert all(k != "person" for _, k in got)


@pytest.mark.parametrize("text,name", [
    ("وقال مركز الملك فهد للإغاثة والأعمال الإنسانية إن القافلة وصلت.", "مركز الملك فهد للإغاثة والأعمال الإنسانية"),
    ("وأعلنت مؤسسة الحسن الأول للتضامن أن المساعدات وزعت.", "مؤسسة الحسن الأول للتضامن"),
    ("وقالت مدرسة سالم الحداد لتعليم الفنون التشكيلية إن الدورة بدأت.",
     "مدرسة سالم الحداد لتعليم الفنون التشكيلية"),
])
def test_a_body_named_after_a_person_keeps_the_field_it_serves(text, name):
    # ل + the field (a definite noun, or a noun in construct with one), the fields coordinated
    # with it and their adjectives close the body's name
    assert (name, "organization") in cards(text)


def test_people_served_after_lam_are_no_field_of_the_body():
    assert ("جامعة الملك خالد", "organization") in cards("وقالت جامعة الملك خالد للطلاب إن الدراسة ستبدأ.")


def test_the_person_alone_is_still_a_person():
    assert ("زايد", "person") in cards("وقال الشيخ زايد إن الاتحاد قوي.")


def test_a_head_with_the_article_is_not_named_after_anyone():
    # "المستشفى" is the hospital already named; the rank and name after it are the subject
    got = cards("وزار المستشفى الأمير سلطان أمس.")
    assert all(k != "organization" or not n.startswith("المستشفى") for n, k in got)


@pytest.mark.parametrize("text", ["وصل الوفد إلى مطار جدة", "وصل الوفد إلى مطار", "جامعة الملك", "مطار"])
def test_a_head_at_the_end_of_the_text(text):
    parse(text)  # no name, or a name cut by the end of the text: never an error


@pytest.mark.parametrize("text", [
    "وأكد الوزير تمسك بلاده باتفاق أغادير للتجارة الحرة.",
    "ووقع الطرفان اتفاقية أوسلو قبل سنوات.",
    "وتطالب الحكومة بتطبيق معاهدة فرساي كاملة.",
])
def test_the_city_a_treaty_is_named_after_is_no_place_of_the_story(text):
    assert [k for _, k in cards(text) if k == "place"] == []


@pytest.mark.parametrize("text,places", [
    ("وزار الوفد أغادير أمس.", ["أغادير"]),  # the city alone is a place
    # another party after it: an agreement between the states the capitals stand for
    ("وأشاد الوزير باتفاق واشنطن وطهران الأخير.", ["الولايات المتحدة", "إيران"]),
])
def test_a_city_not_naming_a_treaty_stays_a_place(text, places):
    assert [n for n, k in cards(text) if k == "place"] == places


@pytest.mark.parametrize("text,landform,town", [
    ("وتقدمت القوات نحو جبل الزاوية بعد معارك عنيفة في مدينة الزاوية.", "جبل الزاوية", "الزاوية"),
    ("وتضرر المزارعون في وادي حضرموت، وقال محافظ حضرموت إن الأضرار كبيرة.", "وادي حضرموت", "حضرموت"),
    ("ويغذي حوض الفرات الغربي مدنا كثيرة أبرزها حلب.", "حوض الفرات الغربي", None),
    # a lake, a reservoir or a river too
    ("وتراجع منسوب بحيرة حمص إلى أدنى مستوى، وقال محافظ حمص إن الري توقف.", "بحيرة حمص", "حمص"),
    ("وأعلنت الوزارة تفريغ خزان أسوان جزئيا لصيانة البوابات.", "خزان أسوان", None),
])
def test_a_landform_named_after_a_place_is_a_place_of_its_own(text, landform, town):
    got = cards(text)
    assert (landform, "place") in got
    if town:
        assert (town, "place") in got  # the town named alone keeps its own card


def test_a_landform_named_after_a_person_is_a_place_and_the_person_no_actor():
    # "سد الأمير X": a dam named after a ruler, like an airport or a university
    got = cards("وامتلأ سد الأمير نايف بمياه الأمطار الأسبوع الماضي.")
    assert ("سد الأمير نايف", "place") in got and not any(k == "person" for _, k in got)


def test_a_landform_head_without_a_name_after_it_is_no_place():
    assert not any(n.startswith("جبل") for n, _ in cards("وتراكم على الشركة جبل من الديون منذ سنوات."))


def test_a_gulf_named_after_a_city_is_a_place_of_its_own():
    got = cards("وتعهدت دول البحر الأحمر وخليج عدن بتأمين الملاحة.")
    assert ("خليج عدن", "place") in got and all(n != "خليج" for n, _ in got)


def test_a_head_in_construct_with_a_person_s_name_is_a_body_named_after_them(monkeypatch):
    # "مستشفى X الكبير": the tagger reads a person there; the head in construct makes it the body's name
    got = cards("وأوضح استشاري في مستشفى جابر الأحمد، الدكتور فهد العنزي، أن المرض قابل للعلاج.")
    assert ("مستشفى جابر الأحمد", "organization") in got
    assert ("جابر الأحمد", "person") not in got
    # and the namesake's two names only: a person of the story may follow at once (as the tagger
    # read it when this was written: the retrained one runs the body's name on over it)
    steer(monkeypatch, ("معهد",), "O", {})
    steer(monkeypatch, ("نبيل",), "B-PERS", {"B-PERS": 0.9})
    steer(monkeypatch, ("حداد", "سامي", "خوري"), "I-PERS", {"I-PERS": 0.9})
    got = cards("وقال الباحث في معهد نبيل حداد سامي خوري إن الكهرباء مقطوعة.")
    assert ("معهد نبيل حداد", "organization") in got and ("سامي خوري", "person") in got


@pytest.mark.parametrize("text,city,state", [
    ("ونظم الطلاب مسيرة في تونس العاصمة أمس، فيما قالت تونس إنها تحترم حق التظاهر.", "تونس العاصمة", "تونس"),
    ("ووصل الوزير إلى الكويت العاصمة قادما من الدوحة.", "الكويت العاصمة", None),
])
def test_a_state_named_with_the_word_capital_is_its_capital_city(text, city, state):
    # "X العاصمة": the city that bears the state's name, a place of its own; "قالت X" stays the state
    got = cards(text)
    assert (city, "place") in got
    if state:
        assert (state, "place") in got


@pytest.mark.parametrize("text", [
    "وتراجع عدد السياح منذ جائحة كورونا.",
    "وأصيب ثلاثة أطفال بفيروس كورونا الأسبوع الماضي.",
    "وقالت الوزارة إن وباء كورونا انحسر في لندن.",
])
def test_the_name_after_a_disease_head_is_no_actor(text):
    """"جائحة X"، "بفيروس X": the disease's name (a city of the gazetteer, or a person to the
    tagger) is no actor of the story; a place named beside it still is."""
    assert not any("كورونا" in name for name, _ in cards(text))
    if "لندن" in text:
        assert ("لندن", "place") in cards(text)


@pytest.mark.parametrize(("text", "places"), [
    ("واستعد المنتخب لبطولة غرب آسيا الشهر المقبل.", []),
    ("وتأهل الفريق إلى نهائيات كأس أمم إفريقيا.", []),
    ("وسافر الوفد إلى غرب آسيا.", ["آسيا"]),
])
def test_a_competition_named_after_a_region_holds_no_place(text, places):
    """"بطولة غرب X"، "كأس أمم X": an everyday noun in construct, then a listed place, after a
    competition's head names the competition; the region alone elsewhere is a place."""
    assert [a.name for a in parse(text).actors if a.kind == "place"] == places

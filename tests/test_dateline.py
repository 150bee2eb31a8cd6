"""The dateline reader: the date an article prints at its head, never an event date.
Every sentence here is written for the tests."""

from __future__ import annotations

import pytest

from tui.article.dateline import find_dateline


@pytest.mark.parametrize(("text", "date", "written"), [
    ("الأربعاء 14 جويلية 2010\nقال رئيس البلدية إن الأشغال تبدأ غدا.", "2010-07-14", "الأربعاء 14 جويلية 2010"),
    ("طرابلس - السبت، 3 تشرين الأول 2015 - أعلنت الوزارة عن خطة جديدة.", "2015-10-03", "السبت، 3 تشرين الأول 2015"),
    ("(وكالة الأنباء) -- 9 فبراير\nأكد المتحدث أن الاجتماع انتهى.", "XXXX-02-09", "9 فبراير"),
    ("عنوان الخبر هنا\nالرباط: ٢٢ شتنبر ٢٠١٩\nأعلنت الحكومة عن موازنتها.", "2019-09-22", "٢٢ شتنبر ٢٠١٩"),
    ("نشر في 11 أبريل/نيسان 2021\n", None, None),  # "في" before it: the prefix ends with no separator
    ("12 مايو 2022م\nنص المقال.", "2022-05-12", "12 مايو 2022م"),
])
def test_datelines(text, date, written):
    found = find_dateline(text)
    if date is None:
        assert found is None
        return
    assert found is not None
    value, (start, end) = found
    assert value == date
    assert text[start:end] == written


@pytest.mark.parametrize("text", [
    "في 7 مايو الجاري، زار الوفد المدينة الساحلية.",  # an event date in the first sentence
    "قال الوزير في مؤتمر صحفي، 5 مارس كان يوما صعبا.",  # a comma after a sentence, not a place
    "وصل الوفد أمس.\nوغادر.\nثم عاد.\nالخميس 3 مارس 2011",  # past the first lines
    "نص بلا تاريخ في رأسه.",
    "الجمعة 31 فبراير 2020 - خبر",  # no such day
    "",
])
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_tashkeel_and_tatweel_keep_the_span_on_the_original_text():
    text = "الخَمِيس 5 يـونيو 2014 - خبر"
    value, (s, e) = find_dateline(text)
    assert value == "2014-06-05"
    assert text[s:e] == "الخَمِيس 5 يـونيو 2014"

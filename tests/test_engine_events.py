"""Dated events (tui/article/time/events.py with timex.py and resolve.py): what is an event,
how a weekday or a part of a month is dated, and clauses dated through an earlier event.
One class per test, sentences and dates of our own.

``xfail(strict=True, reason="engine: …")`` marks a class the engine does not handle yet.
"""

from __future__ import annotations

import pytest

from tui.article.doc import build_doc
from tui.article.model import Actor, Event
from tui.article.time.events import find_events


def events(text: str, published: str | None, actors: tuple[Actor, ...] = ()) -> tuple[Event, ...]:
    return find_events(build_doc(text), actors, published)


def dated(text: str, published: str | None) -> list[tuple[str, str | None]]:
    """(the event's span, its value) in text order."""
    return [(text[e.start : e.end], e.time.value if e.time else None) for e in events(text, published)]


# -- what is not an event ---------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "فاس 14 مارس (الوكالة) - وقال الوزير أمس إن الموسم الفلاحي جيد.",  # no separator before the date
    "صفرو (المغرب) 14 مارس 2022 (الوكالة) - وقال الوزير أمس إن الموسم الفلاحي جيد.",
])
def test_a_dateline_closed_by_an_agency_credit_is_no_event(line):
    assert dated(line, "2022-03-14") == [("وقال الوزير أمس إن الموسم الفلاحي جيد", "2022-03-13")]


@pytest.mark.parametrize("line", [
    "مكناس 14-3-2022 ومع- وقال الوزير أمس إن الموسم الفلاحي جيد.",  # an agency's short name and a dash
])
def test_a_dateline_closed_by_an_agency_name_and_a_dash_is_no_event(line):
    assert [v for _, v in dated(line, "2022-03-14")] == ["2022-03-13"]


def test_a_bylines_date_is_when_the_page_was_written_not_an_event():
    text = "بقلم: نادية الحسني - 14/03/2022 على الساعة 09:15\nوقال الوزير أمس إن الموسم الفلاحي جيد."
    assert dated(text, "2022-03-14") == [("وقال الوزير أمس إن الموسم الفلاحي جيد", "2022-03-13")]


def test_numbers_that_count_what_follows_them_are_no_years():
    # "بين 1500 و2000 يورو": amounts, no range of years; "سبتمبر الماضي 1240 طالبا": the month
    # is dated by its modifier, the number counts the students after it (the accusative too)
    assert dated("ودفع كل مسافر بين 1500 و2000 يورو للمهرب.", "2024-03-05") == []
    assert [v for _, v in dated("وسجل المعهد حتى أواخر سبتمبر الماضي 1240 طالبا.", "2024-03-05")] == [
        "2023-09-21/2023-09-30"]


def test_a_day_of_it_is_a_day_of_the_month_named_last():
    # "في 24 منه": "the 24th of it", the month the article named last — after في or يوم only
    text = "وافتتح المعرض في 12 تموز ويختتم في 26 منه."
    assert [v for _, v in dated(text, "2025-06-01")] == ["2025-07-12", "2025-07-26"]
    assert dated("وأوقفت الشرطة 40 شخصا، وأطلقت 12 منه لاحقا.", "2025-06-01") == []


def test_a_weekday_before_fi_and_a_date_names_that_date():
    # "الاثنين في 19 أيار": the weekday names the date after في, not the next such weekday
    text = "وتنطلق المرحلة الأولى من الاقتراع الاثنين في 19 أيار القادم."
    assert [v for _, v in dated(text, "2025-04-16")] == ["2025-05-19"]
    assert [v for _, v in dated("وافتتح الوزير المعرض الخميس في السادس من آذار.", "2025-04-16")] == ["2025-03-06"]


def test_two_months_after_bayna_or_the_dual_shahray_are_one_stretch():
    # "بين شهري أيار وحزيران"، "بين مارس وأبريل": the second month, bare after و, closes the
    # stretch the first opens; a bare month after a name's month is still no date ("حرب أكتوبر ويونيو")
    assert [v for _, v in dated("وجرى المسح بين شهري أيار وحزيران.", "2021-06-24")] == ["2021-05/2021-06"]
    assert [v for _, v in dated("وجرى المسح بين مارس وأبريل.", "2021-06-24")] == ["2021-03/2021-04"]
    assert dated("ويحيي الطلاب ذكرى حرب أكتوبر ويونيو كل عام.", "2021-06-24") == []


def test_the_old_spelling_of_tuesday_is_a_weekday():
    # "الثلثاء", as Levantine and Gulf copy long wrote it (`time_only` in weekdays.toml)
    assert [v for _, v in dated("وتعقد اللجنة اجتماعها الثلثاء المقبل.", "2025-04-10")] == ["2025-04-15"]


def test_a_clause_saying_something_was_published_on_a_date_is_an_event():
    text = "وقال الوزير إن التقرير نشر في 2 مارس بعد تأخير."
    assert [v for _, v in dated(text, "2022-03-14")] == ["2022-03-02"]


@pytest.mark.parametrize("line", [
    "الرباط، 14 مارس 2022",
    "تاريخ النشر: 14/03/2022",
    "العدد 1520 الاثنين 14 مارس 2022",
    "تاريخ النشر: الاثنين 14 مارس 2022 - 14:35 بتوقيت مكة المكرمة",  # a label, then the time of day
    "بيروت، لبنان (الشبكة)-- نُشر الاثنين، 14 مارس 2022",  # a page's stamp after the dateline
])
def test_a_dateline_is_the_pages_date_not_an_event(line):
    text = line + "\nوقال الوزير أمس إن الموسم الفلاحي جيد."
    assert dated(text, "2022-03-14") == [("وقال الوزير أمس إن الموسم الفلاحي جيد", "2022-03-13")]


@pytest.mark.parametrize("line,value", [
    ("وعاد الوفد أمس.", "2022-03-13"),
    ("وافتتح الجسر في 2 مارس 2022.", "2022-03-02"),
    ("وقال الوزير: في 2020 كنا أقوى.", "2020"),
])
def test_a_short_paragraph_with_a_verb_is_an_event(line, value):
    # (and a quotation after a colon that ends its sentence: "وقال الوزير: في 2020 كنا أقوى.")
    # a line told as the story goes on (و + a word, a full stop after the date) is no page's date
    text = "وقال الوزير إن الموسم الفلاحي جيد.\n" + line
    assert dated(text, "2022-03-14") == [(line.rstrip("."), value)]


@pytest.mark.parametrize("cue", ["وبعد ذلك", "ولاحقا", "وفي أعقاب الافتتاح", "ومنذ ذلك الحين"])
def test_an_ordering_cue_dates_nothing_of_its_own(cue):
    text = f"افتتح المعرض الدولي للكتاب في 9 مارس. {cue} زاره آلاف الطلاب."
    assert dated(text, "2022-03-20") == [("افتتح المعرض الدولي للكتاب في 9 مارس", "2022-03-09")]


@pytest.mark.parametrize("since", ["منذ ثلاثة أعوام", "منذ أربعة أشهر", "منذ مطلع العام", "ومنذ بداية الشهر الجاري",
                                   "منذ عام 2019", "منذ يناير الماضي"])
def test_a_clause_dated_only_by_since_is_no_event(since):
    # the guidelines: a stretch reaching up to the time of writing dates no event of its own
    assert dated(f"وتراجعت مبيعات المصنع {since} بنسبة كبيرة.", "2022-03-20") == []


@pytest.mark.parametrize("since,value", [
    ("منذ الأحد الماضي", "2022-03-13"), ("منذ ظهر الاثنين", "2022-03-14"), ("منذ أمس", "2022-03-19"),
    ("منذ 10 مارس", "2022-03-10"),
])
def test_a_clause_since_one_day_is_dated_by_that_day(since, value):
    # "انقطعت المياه منذ الأحد": the day the stretch started dates the clause (a count of units
    # back from now, a month or a year, does not: above)
    assert [v for _, v in dated(f"وانقطعت المياه عن الحي {since} بسبب عطل في المضخة.", "2022-03-20")] == [value]


@pytest.mark.parametrize("text", [
    "وتجاوز انقطاع التيار 9 ساعات في اليوم بحسب الأهالي.",  # per day, after an amount
    "ويتناول المريض الدواء مرتين في اليوم بانتظام.",
    "وباتت رحلة اليوم الواحد مكلفة جدا على الصيادين.",  # one day
    "وتعمل الفرق على مدار اليوم لإصلاح العطل.",  # round the clock
])
def test_a_day_as_a_unit_is_no_date(text):
    assert dated(text, "2022-03-20") == []
    # a bare "اليوم" after a verb told in the past is today
    today = "وأعلن الوزير اليوم القرار الجديد"
    assert dated(today + ".", "2022-03-20") == [(today, "2022-03-20")]


@pytest.mark.parametrize("text", [
    "وقال المحامي إن اللائحة رقم 47 لسنة 2011 تمنع الفصل التعسفي.",
    "واستند الحكم إلى المرسوم (12) لعام 2009 بشأن الأراضي.",
])
def test_the_year_in_an_acts_number_is_no_event(text):
    assert dated(text, "2022-03-20") == []


@pytest.mark.parametrize("text", [
    "وعاد الحرفي إلى مدينته بعد سبع سنوات قضاها في المهجر.",  # after a stretch, from a point not named
    "وأوقفت الشرطة المشتبه به ثم أفرجت عنه بعد أسبوعين بكفالة مالية.",
    # (after a dated event too: a clause opened by "وبعد ثلاثة أيام" counts from it, above; one that
    # only ends on the stretch is the annotators' no event)
    "أغلق السوق المركزي في 10 يوليو 2031 بسبب حريق. وأعادت البلدية فتحه بعد ثلاثة أيام.",
])
def test_a_count_forward_after_baad_in_a_told_clause_dates_no_event(text):
    assert [v for _, v in dated(text, "2022-03-20") if v != "2031-07-10"] == []
    # with a future verb before it, it counts from the publication
    assert len(dated("وقال المدير إن المصنع سيفتتح بعد أسبوعين تقريبا.", "2022-03-20")) == 1
    # a count back ("قبل ثلاثة أيام") dates its clause from the publication
    assert [v for _, v in dated("وأغلق المصنع أبوابه قبل ثلاثة أيام.", "2022-03-20")] == ["2022-03-17"]


@pytest.mark.parametrize("text", [
    "وبلغ إنتاج المعمل 7.2 آلاف طن مقارنة بـ5.4 آلاف طن قبل ستة أعوام.",
    "وصدّر الميناء 300 حاوية يوميا مقابل 120 حاوية قبل ستة أعوام.",
])
def test_a_value_compared_with_one_a_while_ago_dates_no_event(text):
    # "مقارنة بـ X قبل ستة أعوام": when the value compared with stood, no event; a count back in a
    # sentence of its own still dates its clause (above)
    assert dated(text, "2022-03-20") == []
    assert [v for _, v in dated("وقال المدير إن الأسعار مستقرة. وأغلق المصنع قبل ثلاثة أيام.", "2022-03-20")] == [
        "2022-03-17"]


def test_a_since_clause_with_a_date_of_its_own_is_still_an_event():
    text = "وأعلن المصنع الثلاثاء أن مبيعاته تراجعت منذ مطلع العام."
    assert [v for _, v in dated(text, "2022-03-20")] == ["2022-03-15"]


def test_a_stretch_from_since_to_an_end_date_is_one_event():
    text = "وأغلق المعبر منذ أوائل 2019 وحتى مايو 2021 بقرار من السلطات."
    assert [v for _, v in dated(text, "2022-03-20")] == ["2019-01/2021-05"]


@pytest.mark.parametrize("place", ["سوق الأربعاء", "باب الخميس", "حي الجمعة"])
def test_a_weekday_in_a_place_named_after_its_market_day_is_no_date(place):
    text = f"وعقد مجلس بلدية {place} دورته العادية لمناقشة الميزانية."
    assert dated(text, "2022-03-20") == []


def test_a_headline_dates_no_event_of_its_own():
    # the headline announces what the body tells and dates again: one event, the body's
    text = ("اللجنة تحسم ملف الأجور الخميس المقبل\n\n"
            "قال رئيس اللجنة إن الاجتماع الحاسم سيلتئم الخميس المقبل.")
    ((summary, value),) = dated(text, "2024-05-06")
    assert value == "2024-05-09" and summary.startswith("قال رئيس اللجنة")
    # a first paragraph that is a sentence (a full stop, or many words) is the story itself
    text = "وصل الوفد إلى العاصمة أمس.\n\nوقال رئيس الوفد إن المحادثات ستبدأ قريبا."
    assert [v for _, v in dated(text, "2024-05-06")] == ["2024-05-05"]


def test_today_set_against_a_past_the_sentence_names_is_nowadays():
    # "بدأت بعشرة طلاب عام 2015، وتضم اليوم …": the present against that past, no event of today
    text = "وافتتحت المدرسة أبوابها بعشرة طلاب عام 2015، وتستقبل اليوم 613 تلميذا."
    assert [v for _, v in dated(text, "2024-03-10")] == ["2015"]
    text = "وكان الحي يضم مخبزا واحدا قبل عشر سنوات، ويضم اليوم سبعة مخابز."
    assert [v for _, v in dated(text, "2024-03-10")] == ["2014"]
    # a today with no past before it in its sentence keeps its day
    assert [v for _, v in dated("ويعقد المجلس اليوم جلسة طارئة.", "2024-03-10")] == ["2024-03-10"]


@pytest.mark.parametrize("line", [
    "وتتوقع الهيئة أن يرتفع عدد الزوار هذه السنة.",
    "وتعهد المقاول بتسليم الجسر قبل نهاية العام.",
    "وتراجعت أسعار الخضار منتصف الشهر.",
    "وتبلغ الميزانية المرصودة لهذا العام 47 مليون دينار.",
])
def test_a_part_of_the_year_or_month_with_nothing_to_place_it_is_no_event(line):
    assert dated(line, "2023-05-10") == []


def test_the_same_part_placed_by_a_modifier_or_a_year_is_an_event():
    assert [v for _, v in dated("وتعهد المقاول بتسليم الجسر بنهاية السنة الجارية.", "2023-05-10")] == ["2023"]
    assert [v for _, v in dated("وتعهد المقاول بتسليم الجسر قبل نهاية عام 2024.", "2023-05-10")] == ["2024"]


def test_a_when_clause_after_a_date_is_the_event_that_date_is_of():
    # "منذ … 2011، حين خسر …": the stretch since is no event, what happened when it began is
    text = "وتعد هذه أضعف نتيجة للحزب منذ مارس 2011، حين خسر نصف مقاعده في البرلمان."
    ((summary, value),) = dated(text, "2024-05-10")
    assert value == "2011-03" and "خسر نصف مقاعده" in summary
    # "تعود القضية إلى …، حين …": the clause after حين is the event the date is of
    text = "وتعود تفاصيل الخلاف إلى صيف 2019، عندما رفض المجلس تجديد العقد."
    ((summary, value),) = dated(text, "2024-05-10")
    assert value == "2019-SU" and "رفض المجلس" in summary
    # not a present or a noun after حين: the stretch since stays no event
    assert dated("وتراجعت المبيعات منذ مارس 2011، حين الأزمة.", "2024-05-10") == []


@pytest.mark.parametrize("place", ["بسوق الخميس", "لباب الأحد", "وبحي الجمعة"])
def test_such_a_place_behind_a_glued_preposition_is_no_date_either(place):
    text = f"واندلع حريق في محلات {place} وأتى على بضائع التجار."
    assert dated(text, "2022-03-20") == []


def test_a_weekday_after_such_a_noun_with_a_modifier_is_still_a_date():
    text = "وافتتح سوق الأربعاء الماضي بحضور الوالي."
    assert [v for _, v in dated(text, "2022-03-20")] == ["2022-03-16"]


@pytest.mark.parametrize("text,value", [
    ("وقالت الشركة إن مبيعات الربع الرابع ارتفعت بنسبة كبيرة.", "2021-Q4"),  # not begun in February: last year's
    ("وقالت الشركة إن مبيعات الربع الأول ارتفعت بنسبة كبيرة.", "2022-Q1"),  # under way: this year's
    ("وتتوقع الشركة أن تنجز المصنع قبل نهاية الربع الثالث.", "2022-Q3"),  # a goal ahead
    ("وأرجأت الشركة التوسعة إلى الربع الأخير.", "2022-Q4"),
])
def test_a_quarter_without_a_year_is_placed_by_the_published_date(text, value):
    assert [v for _, v in dated(text, "2022-02-10")] == [value]


def test_a_school_term_counted_in_thirds_is_no_quarter():
    # "امتحانات الثلاثي الثاني": the Maghreb school year's second term, no date; results of the
    # year's second quarter are one
    assert dated("وهددت النقابة بمقاطعة امتحانات الثلاثي الثاني.", "2022-02-10") == []
    assert [v for _, v in dated("وتراجعت المبيعات في الثلاثي الثاني.", "2022-08-10")] == ["2022-Q2"]


def test_the_month_a_payment_or_a_session_is_for_is_no_date():
    # "رواتب لشهر آذار": the month paid for; with a modifier of its own it is a date again
    assert dated("وأكدت المالية أن مستحقات المتقاعدين لشهر آذار ستحول قريبا.", "2022-03-10") == []
    text = "وصادق مجلس البلدية خلال اجتماعه لشهر يناير الماضي على الحساب الختامي."
    assert [v for _, v in dated(text, "2022-03-10")] == ["2022-01"]


@pytest.mark.parametrize("line", [
    "وأطلقت الجمعية سلة غذائية استعدادا لشهر رمضان.",
    "وأصدر الرئيس عفوا عن 50 سجينا بمناسبة عيد الأضحى.",
    "وتزدحم المحلات عشية اقتراب عيد الفطر.",
    "وأعلنت دار الإفتاء تعذر تحري هلال شهر شوال.",
])
def test_a_feast_or_hijri_month_as_an_occasion_is_no_date(line):
    assert dated(line, "2022-03-10") == []


def test_a_feast_with_a_modifier_or_after_a_preposition_of_time_is_still_a_date():
    assert [v for _, v in dated("وسافر الوفد قبيل عيد الفطر الماضي.", "2022-06-10")] == ["2022-05-02"]
    assert [v for _, v in dated("وبدأ الإضراب في رمضان الماضي.", "2022-06-10")] == ["2022-04-02/2022-05-01"]


def test_the_month_wages_or_deliveries_are_for_is_no_date():
    # "متأخرات شهر أيلول": the month the arrears are for; with a modifier of its own it is a date
    assert dated("وتعهدت البلدية بأن متأخرات شهر أيلول ستحول قريبا للعمال.", "2022-10-10") == []
    assert [v for _, v in dated("وحولت البلدية أجور شهر أيلول الماضي.", "2022-10-10")] == ["2022-09"]


def test_the_period_before_a_compared_value_is_no_event():
    # "مقابل 61 مليونا في العام السابق": the value compared with; "وعاد في العام التالي" is an event
    text = "وصدرت المصانع في 2031 بضائع بقيمة 73 مليون دولار، مقابل 61 مليونا خلال العام السابق."
    assert [v for _, v in dated(text, "2032-04-20")] == ["2031"]
    text = "وزار الوفد المدينة في مارس 2031، ثم عاد إليها في العام التالي."
    assert [v for _, v in dated(text, "2033-04-20")] == ["2031-03", "2032"]


def test_a_past_verb_before_a_weekday_governs_it_over_a_future_verb_after_it():
    # the future verb belongs to the indefinite noun's clause ("لجنة ستقدم …"), not to the date's
    text = "وقال مسؤول إن البلدية شكلت الاثنين لجنة للتحقيق ستقدم تقريرها خلال أسبوعين."
    assert [v for _, v in dated(text, "2022-03-16")] == ["2022-03-14"]


def test_a_future_verb_after_a_weekday_still_places_it_ahead_with_no_past_verb_before():
    text = "وقال مسؤول إن الاثنين سيشهد افتتاح الجسر الجديد."
    assert [v for _, v in dated(text, "2022-03-16")] == ["2022-03-21"]


def test_an_ordering_cue_with_no_date_before_it_is_no_event():
    assert events("وفي أعقاب الافتتاح زار المعرض آلاف الطلاب.", "2022-03-20") == ()


# -- weekdays ---------------------------------------------------------------------------------
def test_a_bare_weekday_is_the_last_one_on_or_before_the_published_day():
    text = "أكدت الوزيرة الخميس أن الموسم جيد، وأعلنت الجمعة عن خطة جديدة للدعم."
    assert [v for _, v in dated(text, "2022-03-20")] == ["2022-03-17", "2022-03-18"]  # a Sunday paper


def test_the_published_weekday_itself_is_today():
    assert [v for _, v in dated("أعلنت الوزارة الأحد عن خطة جديدة للدعم.", "2022-03-20")] == ["2022-03-20"]


def test_a_weekday_with_a_future_cue_looks_ahead():
    text = "تعقد الجولة المقبلة من المفاوضات الثلاثاء في الرباط."
    assert [v for _, v in dated(text, "2022-03-17")] == ["2022-03-22"]


def test_a_weekday_with_a_future_verb_looks_ahead():
    text = "وسيلتقي الوزير نظيره الثلاثاء في العاصمة."
    assert [v for _, v in dated(text, "2022-03-17")] == ["2022-03-22"]


@pytest.mark.parametrize("text", [
    "ستفتتح البلدية السوق الجديد السبت.",  # سـ + تـ
    "وسنعلن النتائج السبت أمام الصحافة.",  # سـ + نـ, with a clitic
    "أكدت الوزارة أن الفرق سيصلون السبت إلى المخيم.",  # a plural ending; the verb after أن
    "السبت سيزوره المبعوث في مكتبه.",  # an object pronoun, the verb after the weekday
])
def test_a_future_verb_of_any_person_looks_ahead(text):
    assert [v for _, v in dated(text, "2022-03-17")] == ["2022-03-19"]  # a Thursday paper


@pytest.mark.parametrize("text", [
    "والتقى الوزير نظيره الثلاثاء في العاصمة.",  # a past verb
    "وسيطرت القوات على التلة الثلاثاء بعد معارك.",  # سيطر: a past verb shaped like a سـ one
    "وقال الوزير الثلاثاء إن اللجنة ستجتمع قريبا.",  # the سـ verb is in the reported clause
    "وزار الوزير الثلاثاء مدينة سابقة الذكر.",  # سابق: سـ + a long vowel, no verb
])
def test_a_weekday_without_a_future_verb_still_looks_back(text):
    assert [v for _, v in dated(text, "2022-03-17")] == ["2022-03-15"]


# -- parts of a month -------------------------------------------------------------------------
@pytest.mark.parametrize("part,want", [
    ("أوائل", "2020-02-01/2020-02-10"),
    ("أواسط", "2020-02-11/2020-02-20"),
    ("منتصف", "2020-02-11/2020-02-20"),
    ("أواخر", "2020-02-21/2020-02-29"),  # a leap February
])
def test_early_mid_and_late_thirds_of_a_month(part, want):
    text = f"ووصل الوفد الحكومي إلى العاصمة {part} فبراير لبدء المحادثات."
    (e,) = events(text, "2020-03-20")
    assert e.time.value == want and e.time.approximate


def test_a_half_and_a_week_of_the_current_month():
    text = "وتبدأ الدورة التدريبية للمعلمين في النصف الثاني من الشهر الجاري."
    assert [v for _, v in dated(text, "2022-03-05")] == ["2022-03-16/2022-03-31"]
    text = "وتنتهي الأشغال في الطريق السريع خلال الأسبوع الأخير من الشهر الجاري."
    assert [v for _, v in dated(text, "2022-03-05")] == ["2022-03-25/2022-03-31"]


# -- dated through an earlier event -----------------------------------------------------------
def test_the_next_day_moves_the_anchor_and_says_so():
    text = "وقع الحادث في 5 مارس 2022. وفي اليوم التالي اعتقلت الشرطة المشتبه به."
    _, e2 = events(text, "2022-03-20")
    assert (e2.time.value, e2.relation) == ("2022-03-06", "after:e1")
    assert text[e2.start : e2.end].startswith("وفي اليوم التالي")


@pytest.mark.parametrize("text,want", [
    ("افتتحت المكتبة في 3 مايو 2008 قبل أن تغلق في سبتمبر من العام التالي.", "2009-09"),
    ("انطلق المهرجان في 20 يناير 2015 وانتهت دورته الثانية في 11 أكتوبر من العام نفسه.", "2015-10-11"),
    ("بدأت المفاوضات في 7 يوليو 2013 بعد جولة أولى في مارس من السنة السابقة.", "2012-03"),
    ("وصلت البعثة في 2 أغسطس 2016، ثم توالت التقارير في الأسبوع الأخير من الشهر ذاته.", "2016-08-25/2016-08-31"),
    ("ووقعت الحادثة الأولى في 14 فبراير الماضي قبل أن تتكرر في أواخر الشهر نفسه.", "2020-02-21/2020-02-29"),
])
def test_a_month_of_the_same_or_next_year_takes_the_last_dates_year(text, want):
    # "من العام نفسه/التالي"، "من الشهر ذاته": placed from the date before, not the published one
    assert dated(text, "2020-06-01")[-1][1] == want


def test_the_same_year_with_no_date_before_has_no_value():
    assert [v for _, v in dated("وتغير الوضع في مارس من العام نفسه.", "2020-06-01")] in ([], [None])


def test_the_day_before_is_not_the_same_day():
    text = "وقع الحادث في 5 مارس 2022. وفي اليوم السابق كان الوضع هادئا."
    _, e2 = events(text, "2022-03-20")
    assert e2.time.value == "2022-03-04" and e2.relation != "same:e1"


@pytest.mark.parametrize("cue,want", [
    ("وفي اليوم الذي سبقه", "2031-07-09"),
    ("وقبل ذلك بيوم", "2031-07-09"),
    ("وقبلها بيومين", "2031-07-08"),
    ("وفي الليلة السابقة", "2031-07-09"),
])
def test_a_move_back_from_an_event_is_before_it(cue, want):
    text = f"افتتحت الجامعة مكتبتها الجديدة في 10 يوليو 2031. {cue} نقل الموظفون آلاف الكتب."
    _, e2 = events(text, "2031-08-01")
    assert (e2.time.value, e2.relation, e2.time.relation) == (want, "before:e1", "before:e1")


def test_the_year_before_and_the_same_year():
    text = "فاز النادي بالبطولة عام 2029. وفي العام السابق خسر النهائي. وفي العام نفسه غير مدربه."
    _, e2, e3 = events(text, "2031-08-01")
    assert (e2.time.value, e2.relation) == ("2028", "before:e1")
    assert (e3.time.value, e3.relation) == ("2029", "same:e1")


def test_a_duration_after_a_dated_event_counts_from_it():
    text = "وقع الحادث في 5 مارس 2022. وبعد يومين أفرج عن المشتبه به."
    _, e2 = events(text, "2022-03-20")
    assert e2.time.value == "2022-03-07"


@pytest.mark.parametrize("second,want", [
    ("وبعد ثلاثة أيام أعلنت البلدية إعادة فتحه.", ("2031-07-13", False)),  # the verb after the phrase
    ("وبعد ثلاثة أيام، تم إصلاح الأضرار.", ("2031-07-13", False)),  # تم: past; the verb after a comma
    ("وبعد ذلك بيومين أعيد فتحه.", ("2031-07-12", False)),  # "بعد ذلك بـ": the anaphora
    ("وبعد أسبوع لم يعد أحد إليه.", ("2031-W29", True)),  # لم: the past; a week as resolve gives it
    ("وبعد شهرين أعيد فتحه.", ("2031-09", True)),
])
def test_a_duration_in_a_past_clause_counts_from_the_last_dated_event(second, want):
    text = f"أغلق السوق المركزي في 10 يوليو 2031 بسبب حريق. {second}"
    _, e2 = events(text, "2031-10-01")
    assert (e2.time.value, e2.time.approximate) == want and e2.relation == "after:e1"


def test_durations_in_past_clauses_count_on_from_each_other():
    text = "أغلق السوق في 10 يوليو 2031. وبعد يومين أعيد فتحه. وبعد يومين أغلق مجددا."
    _, e2, e3 = events(text, "2031-10-01")
    assert (e2.time.value, e2.relation) == ("2031-07-12", "after:e1")
    assert (e3.time.value, e3.relation) == ("2031-07-14", "after:e2")


@pytest.mark.parametrize("second,want", [
    ("وسيعاد فتحه بعد يومين.", "2031-10-03"),  # a future verb: from today
    ("ويعاد فتحه بعد يومين.", "2031-10-03"),  # the present of a plan: from today
    ("وقالت البلدية إنها ستعيد فتحه بعد يومين.", "2031-10-03"),  # the verb of the reported clause
    ("وقبل يومين أعيد فتحه.", "2031-09-29"),  # قبل: days ago, whatever happened before
])
def test_a_duration_about_the_future_or_ago_counts_from_publication(second, want):
    text = f"أغلق السوق المركزي في 10 يوليو 2031 بسبب حريق. {second}"
    _, e2 = events(text, "2031-10-01")
    assert e2.time.value == want and e2.relation is None


def test_a_duration_with_no_dated_event_before_it_counts_from_publication():
    assert dated("وبعد يومين أفرج عن المشتبه به.", "2031-10-01") == [("وبعد يومين أفرج عن المشتبه به", "2031-10-03")]


def test_a_duration_after_a_coarser_event_keeps_its_value():
    text = "أغلق السوق في يوليو 2031. وبعد يومين أعيد فتحه."
    _, e2 = events(text, "2031-10-01")
    assert (e2.time.value, e2.time.approximate, e2.relation) == ("2031-07", True, "after:e1")


def test_a_duration_counted_from_a_named_event_is_not_counted_from_publication():
    # "بعد يوم واحد من نشر X"، "بعد أسبوع على X": the anchor is X, not the published day —
    # no date is made up; "بعد يومين من الآن" does count from today
    from tui.article.time.timex import find_timexes

    assert find_timexes("وجاءت التعليقات بعد يوم واحد من نشر التقرير.") == []
    assert find_timexes("وخرجت المسيرة بعد أسبوع على مسيرة مماثلة.") == []
    assert [t.text for t in find_timexes("وسيصل الوفد بعد يومين من الآن.")] == ["بعد يومين"]


def test_a_fronted_time_phrase_dates_the_clause_after_its_comma():
    # "وفي وقت لاحق من الأحد، أعلنت …": the phrase is an adverbial, its clause the one after it
    text = "وفي وقت لاحق من الأحد، أعلنت النقابة إنهاء الإضراب."
    (e,) = events(text, "2031-03-14")
    assert "أعلنت النقابة" in text[e.start : e.end] and e.time.value == "2031-03-09"


# -- who takes part ---------------------------------------------------------------------------
def test_an_event_lists_the_actors_named_in_its_clause():
    text = "وصلت ليلى حداد إلى الرباط أمس، بينما بقي سامي الخطيب في تونس."
    laila = Actor("a1", "ليلى حداد", "person", mentions=((text.index("ليلى"), text.index("ليلى") + 9),))
    sami = Actor("a2", "سامي الخطيب", "person", mentions=((text.index("سامي"), text.index("سامي") + 11),))
    (e,) = events(text, "2022-03-14", (laila, sami))
    assert e.actors == ("a1",) and e.time.value == "2022-03-13"


def _values(text: str, published: str) -> list[str | None]:
    from tui.article.parse import parse

    return [e.time.value for e in parse(text, published).events if e.time]


def test_last_night_and_the_night_before():
    assert _values("وصل الوفد الرسمي الليلة الماضية إلى المدينة بعد رحلة طويلة.", "2025-04-23") == ["2025-04-22"]
    assert _values("غادر الوفد الرسمي المدينة الليلة قبل الماضية بعد زيارة قصيرة.", "2025-04-23") == ["2025-04-21"]


def test_two_days_joined_by_wa_are_a_range():
    assert _values("وعقدت الجولة الأخيرة من المحادثات في 16 و17 يونيو بالعاصمة.", "2025-07-01") == [
        "2025-06-16/2025-06-17"]
    assert _values("زار الوزير المدينة الساحلية يومي 4 و 5 مارس برفقة وفد كبير.", "2024-03-13") == [
        "2024-03-04/2024-03-05"]


def test_last_weekday_is_never_yesterday():
    # published on a Wednesday: "الثلاثاء الماضي" is the week before ("أمس" would be yesterday)
    assert _values("ووقع الطرفان الاتفاق الثلاثاء الماضي في العاصمة بحضور الوسطاء.", "2024-03-13") == ["2024-03-05"]


def test_a_month_named_twice_without_a_slash_is_one_month_with_its_year():
    # Levantine copy pairs the two month names ("تشرين الأول/أكتوبر"); a copy that lost the
    # slash still writes one month, and the year after the pair is its year
    got = dated("أعلنت الهيئة النتائج. وافتتح الجسر في 9 آذار مارس 2021.", "2024-01-10")
    assert got[-1][1] == "2021-03-09"
    got = dated("أعلنت الهيئة النتائج. وافتتح الجسر في آذار مارس 2021.", "2024-01-10")
    assert got[-1][1] == "2021-03"


def test_a_line_s_dateline_is_no_part_of_its_event():
    text = "بيروت - أعلن الجيش، الخميس 7 مارس 2024، أن الحدود أغلقت."
    (e,) = events(text, None)
    assert e.summary.startswith("أعلن الجيش") and text[e.start:].startswith("أعلن الجيش")


@pytest.mark.parametrize("line", [
    "الرباط - 14 مارس 2022 - أعلنت الوزارة، اليوم الاثنين، أن الموسم الفلاحي جيد.",
    "الرباط، 14 مارس 2022 (وكالة الأنباء) - أعلنت الوزارة، اليوم الاثنين، أن الموسم الفلاحي جيد.",
])
def test_the_date_a_story_was_filed_on_in_its_dateline_is_no_event(line):
    # the clause dates the event itself; the dateline's date and place are no part of it
    (e,) = events(line, "2022-03-14")
    assert e.time.text == "اليوم الاثنين" and e.time.value == "2022-03-14"
    assert line[e.start:].startswith("أعلنت الوزارة")


@pytest.mark.parametrize("text", [
    "عودة القطارات إلى الخط الساحلي\n\nسوسة 17 نوفمبر 2031 — أعادت الشركة، الأحد، تشغيل الخط.",
    "عودة القطارات إلى الخط الساحلي\n\nعين الدفلى 17 نوفمبر 2031 - أعادت الشركة، الأحد، تشغيل الخط.",
    "عودة القطارات إلى الخط الساحلي\n\n17 نوفمبر 2031 – أعادت الشركة، الأحد، تشغيل الخط.",  # no place
])
def test_a_dateline_closed_by_a_bare_dash_is_no_event(text):
    # a place of a few words (or none), a written date and a dash open the story's first line:
    # the day it was filed; the clause is dated by its own weekday
    assert dated(text, "2031-11-17") == [("أعادت الشركة، الأحد، تشغيل الخط", "2031-11-16")]


def test_a_date_before_a_dash_inside_the_story_stays_an_event():
    # a chronology's line further down, or a sentence opened by a preposition, dates its clause
    head = "عودة القطارات إلى الخط الساحلي\n\nأعادت الشركة تشغيل الخط.\n\nوأكد المدير الخطة.\n\n"
    line = "12 مارس 2021 – افتتحت الشركة الخط الجديد بحضور الوزير."
    assert [v for _, v in dated(head + line, "2022-03-14")] == ["2021-03-12"]
    text = "عودة القطارات إلى الخط الساحلي\n\nفي 12 مارس 2021 – وكان يوما ماطرا – افتتح الخط."
    assert [v for _, v in dated(text, "2022-03-14")] == ["2021-03-12"]


def test_a_byline_without_a_colon_dates_the_page_not_an_event():
    text = ("عودة القطارات إلى الخط الساحلي\nكتب نزار عادل القليوبي الأحد، 13 مارس 2022 09:40 م\n"
            "أعادت الشركة أمس تشغيل الخط.")
    assert dated(text, "2022-03-13") == [("أعادت الشركة أمس تشغيل الخط", "2022-03-12")]


def test_a_date_after_a_place_and_a_comma_inside_the_story_is_an_event():
    text = "وفي الرباط، 14 مارس 2022، افتتح الوزير المعرض."
    assert [v for _, v in dated(text, "2022-03-20")] == ["2022-03-14"]


@pytest.mark.parametrize("text,dated_today", [
    # a speaker's bare "today" with a present verb or none is "nowadays"
    ("وقال الوزير: «اليوم نرى أن السوق تغير كثيرا».", False),
    ("وقالت المديرة إن «المصرف اليوم يعمل بشفافية».", False),
    # after a verb in the past or the future it is the day; outside a quotation it is too
    ("وقال الوزير: «وقعنا اليوم الاتفاق مع الشركة».", True),
    ("وقال الوزير: «سنوقع اليوم الاتفاق مع الشركة».", True),
    ("ويعقد المجلس اليوم جلسة طارئة.", True),
])
def test_a_bare_today_in_a_speaker_s_mouth_is_nowadays_unless_a_past_or_future_verb_dates_it(text, dated_today):
    from tui.article.parse import parse

    got = [e.time.value for e in parse(text, "2024-03-10").events if e.time is not None]
    assert (got == ["2024-03-10"]) is dated_today, got


def test_the_end_of_a_month_glued_to_b_is_a_deadline_dated_by_the_month():
    # "بنهاية سبتمبر": by / at the end of September — the month, as "قبل نهاية"; "في نهاية" stays its last third
    got = dated("وتراجعت الديون إلى ملياري دينار بنهاية سبتمبر. وارتفعت المبيعات في نهاية أكتوبر.", "2016-08-10")
    assert [v for _, v in got] == ["2016-09", "2016-10-21/2016-10-31"]


@pytest.mark.parametrize("text, value", [
    # a deadline at the end of a period is dated by the period, as annotators give it, not by its last day
    ("وقال المدير إن المصنع سيبدأ الإنتاج قبل نهاية السنة الحالية.", "2019"),
    ("وتوقع المدير أن تصل الدفعة الثانية قبل نهاية الشهر القادم.", "2019-06"),
    ("وأكد المدير أن الطريق سيفتح مع نهاية شهر أغسطس.", "2019-08"),
    ("وقال المدير إن الخط سيعمل بنهاية العام المقبل.", "2020"),
])
def test_a_deadline_at_the_end_of_a_period_is_dated_by_the_period(text, value):
    assert [v for _, v in dated(text, "2019-05-14")] == [value]


def test_the_arrival_of_a_month_is_its_first_day():
    # "قبل حلول شهر X"، "قبيل X": the deadline is the month's arrival, not the whole month
    got = dated("وستصرف الوزارة المنحة قبل حلول شهر رمضان. وستفتح المدرسة أبوابها قبيل سبتمبر.", "2016-08-10")
    assert [v for _, v in got] == ["2017-05-27", "2016-09-01"]


def test_a_photo_caption_dates_no_event():
    text = ("وقال الوزير إن الجسر افتتح أمس.\n(صورة) الوزير يقص شريط الافتتاح أمس الثلاثاء\n"
            "صورة: عمال يطلون حواجز الجسر يوم الاثنين\nوتأجل الافتتاح مرتين الشهر الماضي.")
    assert [v for _, v in dated(text, "2022-05-04")] == ["2022-05-03", "2022-04"]


@pytest.mark.parametrize("text", [
    "وقال الوزير إن التسعيرة الجديدة تطبق اعتبارا من الفاتح يناير القادم.",
    "وقال الوزير إن التسعيرة الجديدة تطبق اعتبارا من الفاتح من يناير القادم.",
])
def test_the_maghrebi_first_of_a_month_is_its_first_day(text):
    # "الفاتح" ("the opener") is the first day of the month in Maghrebi copy, like "غرة"
    assert [v for _, v in dated(text, "2011-11-20")] == ["2012-01-01"]


@pytest.mark.parametrize("role", ["المدير العام السابق", "الأمين العام الأسبق", "النائب العام السابق"])
def test_general_in_a_title_is_no_year_before_another(role):
    # "المدير العام السابق للمصرف": "the former director general" — "العام السابق" is no
    # "previous year" dated from the clause before
    text = f"وقال الرئيس إن الاتفاق وقع في 2019. وحكمت المحكمة بسجن {role} للشركة."
    assert [v for _, v in dated(text, None)] == ["2019"]


def test_the_previous_year_after_a_dated_clause_is_still_dated():
    text = "وقال الرئيس إن الاتفاق وقع في 2019. وفي العام السابق كانت الأزمة أشد."
    assert [v for _, v in dated(text, None)] == ["2019", "2018"]


def test_until_a_weekday_after_a_future_verb_is_the_coming_one():
    # "ستستمر … على المرتفعات | حتى مساء الجمعة": "until" closes the span of the verb before it,
    # however many prepositions stand between — a future verb, so the coming Friday
    text = "وقال المتحدث إن الأمطار «ستستمر في الهطول على المرتفعات حتى مساء الجمعة»."
    assert [v for _, v in dated(text, "2031-03-05")] == ["2031-03-07"]
    text = "وظل الطريق مغلقا أمام الشاحنات حتى مساء الجمعة."
    assert [v for _, v in dated(text, "2031-03-05")] == ["2031-02-28"]


def test_weekdays_followed_by_their_days_of_the_month_take_those_days():
    # "يومي السبت والأحد | 15 و16 مارس": the days of the month named after the weekdays date them
    text = "وقررت الرابطة إغلاق المحلات يومي السبت والأحد 15 و16 مارس الجاري."
    assert [v for _, v in dated(text, "2031-03-05")] == ["2031-03-15/2031-03-16"]


def test_an_imperfect_verb_with_a_day_of_a_month_tells_what_is_scheduled():
    # "تليها رحلة أخرى في 15 يوليو" in an April paper: an imperfect verb (no verb of saying)
    # with a day and month and no year is what is scheduled — this July, not last year's
    text = "وقال المدير إن الرحلة الأولى ستنطلق في يونيو، وتليها رحلة أخرى في 15 يوليو."
    assert [v for _, v in dated(text, "2031-04-13")][-1] == "2031-07-15"


def test_the_first_of_a_month_in_maghrebi_copy_without_the_article():
    # "فاتح نونبر": the first day of the month, with the article or without it
    assert [v for _, v in dated("وتنطلق المسابقة في فاتح نونبر.", "2031-09-20")] == ["2031-11-01"]


def test_a_year_compared_with_is_a_baseline_not_an_event():
    # "بزيادة 12% قياسا إلى عام 2019"، "قياسا بعام …": the year a figure is measured against dates nothing
    text = "وارتفعت صادرات الشركة بزيادة 12% قياسا إلى عام 2019. وافتتح المصنع الجديد عام 2016."
    assert [v for _, v in dated(text, "2031-03-05")] == ["2016"]


def test_a_long_name_set_off_before_the_date_keeps_the_verb_before_it_in_the_event():
    # "أعلن وزير X، السيد Y …، أمس، أن": the name between commas is no clause; the event opens on its verb
    from tui.article.parse import parse

    text = "أعلن وزير المياه والغابات والصيد، السيد سيدي ولد محمود بابا، أمس الاثنين، أن الموسم سيبدأ قريبا."
    (event,) = parse(text, "1997-10-14").events
    assert text[event.start:].startswith("أعلن وزير المياه") and event.time.value == "1997-10-13"


def test_a_segment_opening_with_wa_dhalika_goes_on_with_the_clause_before_it():
    # "…، وذلك في اجتماع الأحد": the meeting dates the clause before the comma
    got = dated("تنظر المحكمة في قضية ثانية ضد الكاتب، وذلك في اجتماع الأحد المقبل.", "2003-11-10")
    assert got == [("تنظر المحكمة في قضية ثانية ضد الكاتب، وذلك في اجتماع الأحد المقبل", "2003-11-16")]


def test_a_day_of_the_same_month_is_a_day_of_the_month_named_last():
    # "في السادس من الشهر ذاته": the month the article dated last, not the published one
    got = dated("وهبطت المبيعات عن مستواها في أكتوبر الماضي، بعدما توقف المصنع في السادس من الشهر ذاته.",
                "2014-11-06")
    assert got[-1][1] == "2014-10-06"
    got = dated("وكان الاتفاق قد وقع في مارس 2019، ثم انهار في السابع من الشهر نفسه.", "2020-01-06")
    assert got[-1][1] == "2019-03-07"


@pytest.mark.parametrize("text,head", [
    ("قرر مكتب الاتحاد، في اجتماعه الطارئ أمس، إيقاف اللاعب ستة أشهر.", "قرر مكتب الاتحاد"),
    ("وافقت لجنة المساهمين، في جلستها الأخيرة أمس، على الميزانية.", "وافقت لجنة المساهمين"),
])
def test_the_meeting_a_decision_was_taken_in_dates_the_decision(text, head):
    # "، في اجتماعه / جلستها …": the occasion with a possessive suffix goes on with the verb before it
    (got,) = dated(text, "2021-05-12")
    assert got[0].startswith(head) and got[1] == "2021-05-11"


def test_the_occasion_of_what_was_said_goes_on_with_its_verb():
    # "وأكد X، في بيان … اليوم، أن": the statement's day dates the verb before the comma
    got = dated("وأكد وزير المالية سامي الخطيب، في مؤتمر عقده بالوزارة اليوم الجمعة، أن العجز سينخفض.",
                "2019-12-27")
    assert got[0] == ("وأكد وزير المالية سامي الخطيب، في مؤتمر عقده بالوزارة اليوم الجمعة", "2019-12-27")


# -- the coming days and the weekend ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال خبير الأرصاد إن رياحا قوية قد تهب على الساحل الخميس.",  # قد + an imperfect: "may", ahead
    "وقال المسؤول إن وفدا وزاريا قد يزور المدينة الخميس.",  # an indefinite subject first
])
def test_qad_before_an_imperfect_places_a_weekday_ahead(text):
    assert [v for _, v in dated(text, "2022-03-15")] == ["2022-03-17"]  # a Tuesday paper


def test_qad_before_a_perfect_of_the_fifth_form_still_looks_back():
    # "قد ترأس": تـ + four letters after قد is the perfect ("had chaired"), not "she may"
    text = "وكان المحافظ قد ترأس الخميس اجتماعا للجنة الطوارئ."
    assert [v for _, v in dated(text, "2022-03-15")] == ["2022-03-10"]


@pytest.mark.parametrize("text,value", [
    ("وتتوقع الأرصاد أن يتحسن الطقس مع نهاية الأسبوع.", "2022-W11"),
    ("وستعلن اللجنة القوائم قبل نهاية الأسبوع.", "2022-W11"),
])
def test_the_end_of_the_week_told_ahead_is_this_week(text, value):
    assert [v for _, v in dated(text, "2022-03-15")] == [value]


def test_the_end_of_the_week_told_in_the_past_is_not_placed():
    assert dated("وشهدت المدينة أمطارا غزيرة نهاية الأسبوع.", "2022-03-15") == []


@pytest.mark.parametrize("text,value", [
    ("وستستمر الأمطار طوال الأيام الأربعة المقبلة فوق المرتفعات.", "2022-03-16/2022-03-19"),
    ("ويتوقع أن تنخفض الحرارة على مدى اليومين القادمين.", "2022-03-16/2022-03-17"),
    ("وتستمر الحملة في الأيام الـ10 المقبلة في كل المحافظات.", "2022-03-16/2022-03-25"),
])
def test_the_next_n_days_run_from_tomorrow(text, value):
    assert [v for _, v in dated(text, "2022-03-15")] == [value]


def test_the_coming_days_without_a_number_place_nothing():
    assert dated("وتتواصل الحملة خلال الأيام المقبلة بكل المحافظات.", "2022-03-15") == []


@pytest.mark.parametrize("text,value", [
    ("وستغطي الثلوج المرتفعات اعتبارا من غد الأربعاء إلى غاية الجمعة.", "2023-02-01/2023-02-03"),
    ("وتمتد الموجة على الساحل بدءا من صباح اليوم وإلى غاية الأحد.", "2023-01-31/2023-02-05"),
])
def test_days_from_one_day_to_another_are_one_stretch(text, value):
    # "من … إلى غاية …": two days (a day word or a weekday) joined after من are one interval
    assert [v for _, v in dated(text, "2023-01-31")] == [value]  # a Tuesday paper


@pytest.mark.parametrize("text,value", [
    ("وتراجع منسوب السد خلال الشهر الفارط.", "2031-02"),
    ("وشهدت الجهة السنة الفارطة شتاء قاسيا.", "2030"),
    ("واجتمع المجلس الأسبوع الفارط.", "2031-W10"),
])
def test_the_maghrebi_farit_is_the_past_modifier(text, value):
    # "الشهر الفارط"، "السنة الفارطة"، "الأسبوع الفارط": Tunisian and Algerian news write الفارط for الماضي
    assert [v for _, v in dated(text, "2031-03-12")] == [value]



@pytest.mark.parametrize("span,value", [
    ("من يونيو إلى أكتوبر", "2031-06/2031-10"),
    ("من منتصف يونيو إلى أواخر أكتوبر", "2031-06-11/2031-10-31"),
    ("من ديسمبر إلى فبراير", "2030-12/2031-02"),
])
def test_a_ranges_end_without_a_year_is_the_first_such_month_at_or_after_its_start(span, value):
    # "من منتصف يونيو إلى أواخر أكتوبر": each end placed on its own around the page's date put
    # October a year before June; the end is the first October at or after the start
    assert _values(f"وتتواصل أشغال الترميم {span} في الحي القديم.", "2031-05-14") == [value]


@pytest.mark.parametrize("clause,value", [
    ("وخسر الحزب نصف المقاعد التي فاز بها في انتخابات 2027.", "2027"),
    ("ونظمت الهيئة استفتاء 2028 على الدستور بمشاركة ضعيفة.", "2028"),
    ("وشارك المنتخب في دورة 2029 بفريق من الشباب.", "2029"),
])
def test_a_year_right_after_an_occasion_dates_its_clause(clause, value):
    # "في انتخابات 2027"، "نظمت استفتاء 2028": the occasion named by its year dates the clause as
    # "في 2027" would (not a two-year season, "موسم 2027-2028", nor a tournament one prepares for)
    assert _values(clause, "2031-05-14") == [value]
    assert "2027" not in _values("وأنهى الفريق موسم 2027-2028 في المرتبة الثالثة.", "2031-05-14")


@pytest.mark.parametrize("school", ["بالمعهد الثانوي 9 أفريل 1938", "للمدرسة الابتدائية 7 نوفمبر"])
def test_a_date_after_a_schools_head_and_its_adjective_is_its_name(school):
    # "بالمعهد الثانوي 9 أفريل 1938": schools named after a date, their head carrying the article and
    # an adjective before the date — a name, no event of that day
    assert _values(f"وتبرعت الجمعية أمس {school} بعشرين حاسوبا.", "2031-05-14") == ["2031-05-13"]

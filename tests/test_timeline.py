"""Time expressions found in Arabic text, and the dated events built around them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.article.doc import build_doc
from tui.article.model import Actor, Article
from tui.article.parse import parse
from tui.article.time.events import find_events
from tui.article.time.resolve import resolve
from tui.article.time.timex import find_timexes


def found(text: str, published: str | None = "2024-03-17") -> list[tuple[str, str | None]]:
    return [(t.text, resolve(t.expr, published).value) for t in find_timexes(text)]


def one(text: str, published: str | None = "2024-03-17") -> tuple[str, str | None]:
    got = found(text, published)
    assert len(got) == 1, got
    return got[0]


# ---------------------------------------------------------------------------- month conventions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("في 9 أغسطس/ آب الجاري، عاد", ("9 أغسطس/ آب الجاري", "2024-08-09")),
        ("جرت الانتخابات في 19 يوليو (تموز) 2022", ("19 يوليو (تموز) 2022", "2022-07-19")),
        ("تقام الاحتفالات في 5 ايار/مايو بحضور", ("5 ايار/مايو", "2024-05-05")),
        ("في 18 كانون الثاني/يناير 2022 وقع", ("18 كانون الثاني/يناير 2022", "2022-01-18")),
        ("اندلعت في 3 جانفي 2020", ("3 جانفي 2020", "2020-01-03")),
        ("في 12 فيفري 2019", ("12 فيفري 2019", "2019-02-12")),
        ("في 9 أفريل 2021", ("9 أفريل 2021", "2021-04-09")),
        ("يوم 1 ماي 2022", ("يوم 1 ماي 2022", "2022-05-01")),
        ("في 20 جوان 2022", ("20 جوان 2022", "2022-06-20")),
        ("في 25 جويلية 2021", ("25 جويلية 2021", "2021-07-25")),
        ("في 13 أوت 2021", ("13 أوت 2021", "2021-08-13")),
        ("في 4 غشت 2020", ("4 غشت 2020", "2020-08-04")),
        ("في 2 إبريل 2023", ("2 إبريل 2023", "2023-04-02")),
        ("في 2 أغسطوس 2023", ("2 أغسطوس 2023", "2023-08-02")),
        ("في 10 تشرين الأول 2023", ("10 تشرين الأول 2023", "2023-10-10")),
        ("في ٢٦ آب ٢٠٢٣ سافر", ("٢٦ آب ٢٠٢٣", "2023-08-26")),
        ("بتاريخ 14/03/2022 صدر", ("14/03/2022", "2022-03-14")),
        ("بتاريخ 2022/03/14 صدر", ("2022/03/14", "2022-03-14")),
        ("بتاريخ 1445/09/05هـ الموافق 2024/03/15م", ("1445/09/05هـ الموافق 2024/03/15م", "2024-03-15")),
        ("بتاريخ 1445/09/05هـ صدر", ("1445/09/05هـ", "2024-03-15")),
        ("بتاريخ 5 / 9 / 1445هـ صدر", ("5 / 9 / 1445هـ", "2024-03-15")),  # spaced slashes, as decrees set them
        ("بتاريخ 15 / 3 / 2024 صدر", ("15 / 3 / 2024", "2024-03-15")),
        ("في العاشر من أكتوبر 2023", ("العاشر من أكتوبر 2023", "2023-10-10")),
        ("في أول أكتوبر 2021", ("أول أكتوبر 2021", "2021-10-01")),
        ("في الـ 5 من مارس 2023", ("الـ 5 من مارس 2023", "2023-03-05")),
        ("طوال شهري مارس وأبريل", ("شهري مارس وأبريل", "2024-03/2024-04")),  # the dual: both months
        ("في الحادي والثلاثين من ديسمبر 2020", ("الحادي والثلاثين من ديسمبر 2020", "2020-12-31")),
        ("منذ حرب 6 أكتوبر/تشرين الأول.", ("6 أكتوبر/تشرين الأول", "1973-10-06")),  # a named date
    ],
)
def test_gregorian_dates_in_every_convention(text, want):
    assert one(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "مارس الحزب ضغوطا كبيرة",  # مارس: "practised"
        "قالت تيريزا ماي إن",  # ماي: a surname
        "وهو أب لثلاثة أطفال",  # آب/أب: father
        "في ذكرى حرب أكتوبر",  # a name, not a date
        "قتل 2000 شخص في 2000 منزل",
        "بعد بلوغها سن الرابعة والسبعين من العمر",
        "وصل رمضان عبد الله",
        "الربيع العربي",
        "احتفل بعيد ميلاده",
        "تعوض الحصص أيام السبت",
        "يفتح المتحف كل يوم الجمعة",
        "تستغرق ثلاثة أيام وخلال أربعة أشهر",
        "قبل أيام قليلة",
        "يوما بعد يوم",
        "طوال العام",
        "في نهاية الأسبوع",
        "بعد عام من الانتخابات",
        "بعد أسبوعين من الانتخابات",
        "في اليوم الأول من الحملة",
        "في ذلك اليوم",
        "من حركة 6 أبريل، فقد عرض",  # a movement's name
        "قوى 14 آذار",
        # a place or work named after a date, its year too, and behind a glued preposition
        "تجمع المحتجون في ساحة 12 مارس 1999 للمطالبة بالإصلاح",
        "خاض الفريق مباراته بملعب 20 أغسطس 1955 أمام جمهوره",
        "أغلقت السلطات كوبري 23 يوليو للصيانة",
        "خلال الأيام 3 الماضية",
        "في إطار رؤية 2030",
        "ناقش النواب موازنة العام 2025",
        "ارتفعت الصادرات 5% مقارنة بالعام الماضي",
        "بالمقارنة مع الفترة نفسها من العام الماضي",
        "في العام الخامس الماضي",
    ],
)
def test_words_that_are_not_dates(text):
    assert found(text) == []


def test_ambiguous_month_names_count_with_context():
    assert one("في شهر مارس الماضي") == ("شهر مارس الماضي", "2023-03")
    assert one("في 9 مارس/آذار الجاري") == ("9 مارس/آذار الجاري", "2024-03-09")
    assert one("في مارس 2016 زار") == ("مارس 2016", "2016-03")
    assert one("وفي مارس الماضي زار")[1] == "2023-03"
    assert one("في ماي غادر")[1] == "2024-05"
    assert found("تحول إلى أب لثلاثة أطفال") == []


def test_paired_months_must_agree():
    assert found("في 7 أغسطس/ آذار") in ([], [("7 أغسطس", "2024-08-07")])


# ---------------------------------------------------------------------------- numbers and years


def test_ordinal_words_of_this_month():
    assert one("جولة الرابع والعشرين من الشهر الحالي", "2019-04-03") == (
        "الرابع والعشرين من الشهر الحالي",
        "2019-04-24",
    )
    assert one("موعد الثامن والعشرين من هذا الشهر", "2019-04-03")[1] == "2019-04-28"
    assert one("في الـ15 من الشهر الجاري")[1] == "2024-03-15"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("منذ عام 2016", "2016"),
        ("تولي الزعيم رئاسة الحزب في 2012،", "2012"),
        ("سنة 2018", "2018"),
        ("والعام 2017", "2017"),
        ("ومطلع 2020", "2020-01"),
        ("أواخر 2019", "2019-Q4"),
        ("حياة طبيعية قبل 1979", "1979"),
        ("في يوليو/ تموز 2016", "2016-07"),
        ("عام 1445 هـ", "2023-07-19/2024-07-06"),
        ("في العام الدراسي 1440هـ، واستقبلت", "2018-09-11/2019-08-30"),
        ("عام ٢٠١٦م وقع", "2016"),
        ("منذ 2019م", "2019"),
        ("في 1 رمضان 1445 هـ", "2024-03-11"),
        ("في 1 رمضان 1445 هـ الموافق 11 مارس 2024م", "2024-03-11"),
        # the era's mark after the second year of a pair serves both; the span runs from the
        # first year's first day to the second's last
        ("من 1438 إلى 1440هـ", "2016-10-02/2019-08-30"),
        ("من 1438هـ إلى 1440هـ", "2016-10-02/2019-08-30"),
        # a Hijri month alone, "past", said in its first days (the paper is dated 6 Ramadan 1445):
        # last year's, as a Gregorian month's is
        ("خلال رمضان الماضي", "2023-03-23/2023-04-20"),
    ],
)
def test_years_and_hijri(text, want):
    assert one(text)[1] == want


def test_hijri_year_span_keeps_its_tatweel():
    assert one("عام 1445 هـ")[0] == "عام 1445 هـ"


# ---------------------------------------------------------------------------- relative expressions


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("في الرباط أمس لتقديم", "2019-11-21", "2019-11-20"),
        ("بدءا من يوم أمس", "2019-11-21", "2019-11-20"),
        ("وصل أول من أمس", "2024-03-17", "2024-03-15"),
        ("وصل أمس الأول", "2024-03-17", "2024-03-15"),
        ("يصل غداً الوفد", "2024-03-17", "2024-03-18"),
        ("بعد غد", "2024-03-17", "2024-03-19"),
        ("صباح اليوم", "2024-03-17", "2024-03-17"),
        ("انطلقت عشية اليوم الجمعة", "2019-11-22", "2019-11-22"),
        ("بث ليل الأربعاء", "2019-11-21", "2019-11-20"),
        ("هدد الوزير، الثلاثاء، بأن", "2019-11-26", "2019-11-26"),
        ("والجمعة دعاهم", "2019-11-22", "2019-11-22"),
        ("يوم الاثنين الماضي", "2024-03-14", "2024-03-11"),
        ("الأحد المقبل", "2024-03-10", "2024-03-17"),
        ("الأسبوع الماضي", "2024-03-17", "2024-W10"),
        ("الأسبوع المقبل", "2024-03-17", "2024-W12"),
        ("في وقت سابق هذا الأسبوع", "2023-08-10", "2023-W32"),
        ("في وقت سابق هذا الأسبوع", "2023-08", "2023-08"),
        ("الشهر الماضي", "2024-01-10", "2023-12"),
        ("الأسبوع قبل الماضي", "2024-03-17", "2024-W09"),
        ("العام بعد المقبل", "2024-03-17", "2026"),
        ("العام المقبل", "2024-01-10", "2025"),
        ("السنة الحالية", "2024-01-10", "2024"),
        ("أواخر العام الماضي", "2008-04-03", "2007-Q4"),
        ("مطلع الشهر الجاري", "2024-03-17", "2024-03-01/2024-03-10"),
        ("منذ مطلع العام", "2024-03-17", "2024-01"),
        ("قبل نهاية الشهر", "2024-04-10", "2024-04"),
        ("قبل منتصف شباط المقبل", "2022-11-09", "2023-02-15"),
        ("وستنتهي الأشغال كلها قبل متم يونيو", "2022-05-16", "2022-06"),
        ("نهاية العام الماضي", "2024-05-16", "2023-12"),
        ("في أوائل سبتمبر", "2021-09", "2021-09-01/2021-09-10"),
        ("أواسط يونيو الماضي", "2024-03-17", "2023-06-11/2023-06-20"),
        ("الصيف الماضي", "2008-04-03", "2007-SU"),
        ("الصائفة الماضية", "2008-04-03", "2007-SU"),  # the Maghreb's word for the summer
        ("بحلول صائفة 2019", "2018-04-03", "2019-SU"),
        ("قبل ثلاثة أيام", "2024-03-02", "2024-02-28"),
        ("قبل يومين", "2024-03-17", "2024-03-15"),
        ("بعد أسبوعين", "2024-12-20", "2025-W01"),
        ("بعد أسبوعين من الآن", "2024-12-20", "2025-W01"),
        ("منذ 16 شهرا", "2024-03-17", "2022-11"),
        ("منذ سنتين", "2019-02-04", "2017"),
        ("في يونيو/حزيران الماضي", "2019-03-20", "2018-06"),
    ],
)
def test_relative_expressions(text, published, want):
    assert one(text, published)[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("في سبتمبر/أيلول من العام الماضي وقع", "2017-09"),
        ("في 2 سبتمبر من هذا العام", "2018-09-02"),
        ("أواخر سبتمبر من العام الماضي", "2017-09-21/2017-09-30"),
        ("الثلاثاء من الأسبوع الماضي", "2018-05-01"),
        ("الأحد من الأسبوع المقبل", "2018-05-20"),
        ("بين عامي 2010 و2015", "2010/2015"),
        ("من 2001 إلى 2003", "2001/2003"),
        ("أمس الاثنين", "2018-05-07"),  # the paper is dated a day after: the named Monday wins
        ("الألعاب الإفريقية صيف العام الجاري", "2018-SU"),
        ("والدورة التالية صيف عام 2021", "2021-SU"),
    ],
)
def test_year_and_week_given_after_the_day(text, want):
    assert one(text, "2018-05-09")[1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("استثمرت الشركة خلال عامي 2019 و2020", "2019/2020"),  # the dual names both years
        ("تراجع الإنتاج خلال الموسم الزراعي 2017-2018", "2017/2018"),  # a season over two years
        ("ارتفع عدد الطلاب في العام الدراسي 2017/2018", "2017/2018"),
        ("توج الفريق باللقب في موسم 2008-2009", "2008/2009"),
    ],
)
def test_a_period_over_two_years_in_a_row(text, want):
    assert one(text, "2022-03-01")[1] == want


@pytest.mark.parametrize(
    "text",
    [
        "فاز الفريق بالكأس عامي 2009 و2019",  # two years apart: two wins, no one stretch of time
        "وناقش النواب موازنة 2020/2021",  # the pair names the budget, no time of the clause
        "وأقر المجلس الميزانية للسنة المالية 2016/2017",
        "وضمت القائمة أسماء الفترة 2005-2008",  # not two years in a row
    ],
)
def test_a_pair_of_years_that_dates_nothing(text):
    assert found(text, "2022-03-01") == []


def test_a_day_named_in_a_school_year_dates_the_clause():
    assert one("تنطلق الحصص في العام الدراسي 2015/2016 يوم الثلاثاء القادم", "2015-09-09")[1] == "2015-09-15"


def test_weekday_range():
    got = one("المعرض الذي يستمر من الثلاثاء إلى الخميس", "2019-03-18")
    assert got == ("من الثلاثاء إلى الخميس", "2019-03-19/2019-03-21")


def test_two_weekdays_are_a_range():
    assert one("تعقد الجولة يومي الثلاثاء والأربعاء المقبلين", "2024-03-17")[1] == "2024-03-19/2024-03-20"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("من 28 فبراير إلى 3 مارس 2024", "2024-02-28/2024-03-03"),
        ("بين يناير ومارس 2023", "2023-01/2023-03"),
        ("من ديسمبر 2022 حتى فبراير 2023", "2022-12/2023-02"),
        ("من ديسمبر حتى فبراير 2023", "2022-12/2023-02"),
    ],
)
def test_ranges_of_dates_and_months(text, want):
    assert one(text, "2024-05-16")[1] == want


def test_day_range():
    assert one("تعقد بين 10 و12 مايو المقبل")[1] == "2024-05-10/2024-05-12"


def test_a_day_range_in_ordinal_words():
    # "يومي الثالث والرابع من": two days in words; "الخامس والعشرين" stays one day (25)
    assert one("تعقد الندوة يومي الثالث والرابع من مايو المقبل")[1] == "2024-05-03/2024-05-04"
    assert one("وتجري الاختبارات من العاشر إلى الثالث عشر من مايو المقبل")[1] == "2024-05-10/2024-05-13"
    assert one("ووقع الاتفاق في الخامس والعشرين من فبراير")[1] == "2024-02-25"


def test_weekday_and_date_are_one_expression():
    assert one("في تصريحات يوم الخميس 14 مارس/آذار أن") == ("يوم الخميس 14 مارس/آذار", "2024-03-14")
    assert one("واليوم الأحد يعود") == ("واليوم الأحد", "2024-03-17")


def test_future_cue_places_a_bare_month_ahead_in_its_clause_only():
    assert found("ستجرى الانتخابات في يونيو، وجرت السابقة في نوفمبر.") == [("يونيو", "2024-06"), ("نوفمبر", "2023-11")]


@pytest.mark.parametrize("word,future", [
    ("سيلتقي", True), ("وستعقد", True), ("سنعمل", True), ("سيصلون", True), ("ستزوره", True), ("سيصل", True),
    ("سياسه", False), ("سابق", False), ("ستيفن", False), ("سيطرت", False), ("وسيله", False), ("سيارات", False),
    ("ستولتنبرغ", False), ("يلتقي", False), ("سيلا", False), ("سيرا", False), ("سيبدا", True),
])
def test_a_future_verb_is_told_by_its_shape(word, future):
    # folded words: سـ + يـ/تـ/نـ + a stem opening on a consonant, with its endings; not a listed look-alike
    from tui.article.time.tense import future_verb

    assert future_verb(word) is future


@pytest.mark.parametrize("words,tense", [
    (["افرج", "عن"], "past"), (["الشرطه", "افرجت"], "past"), (["تم", "الافراج"], "past"), (["وقد", "وصل"], "past"),
    (["لم", "يعد"], "past"), (["ويصل", "الوفد"], "present"), (["قد", "يصل"], "present"), (["تبدا"], "present"),
    (["سيصل"], "future"), (["لن", "يصل"], "future"), ([], None), (["في", "المدينه"], None),
])
def test_the_tense_of_a_clause_is_that_of_its_first_verb_like_word(words, tense):
    from tui.article.time.tense import clause_tense

    assert clause_tense(words) == tense


def test_a_future_cue_before_an_subordinate_an_places_its_weekday_ahead():
    # "من المقرر أن …"، "يتوقع أن …": the cue governs the clause after أن (published on a Sunday)
    assert one("ومن المقرر أن يعود الوفد إلى عمان الأربعاء.") == ("الأربعاء", "2024-03-20")
    assert one("ويتوقع أن تصدر النتائج الخميس.") == ("الخميس", "2024-03-21")
    # a verb of saying before أن is no such cue: the past one
    assert one("وأكد أن الوفد وصل الأربعاء.") == ("الأربعاء", "2024-03-13")


def test_a_forecast_in_the_past_tense_looks_ahead_with_or_without_its_conjunction():
    # "وتوقعت الأرصاد أن تبلغ … يومي الخميس والجمعة": the verb that governs أن is a future cue,
    # its و notwithstanding; a verb of saying is none (published on a Sunday)
    assert one("وتوقعت الأرصاد أن تبلغ الموجة ذروتها يومي الخميس والجمعة.")[1] == "2024-03-21/2024-03-22"
    assert one("وتوقعت الأرصاد أمطارا غزيرة الخميس.") == ("الخميس", "2024-03-21")
    assert one("وأكد الوزير أن الوفد وصل الخميس.") == ("الخميس", "2024-03-14")


def test_an_imperfect_verb_places_a_bare_weekday_ahead_but_not_a_verb_of_saying():
    # "وتنتهي المهلة … الخميس": what is scheduled; "وتقول الوزارة في بيان أصدرته الخميس": narration
    assert one("وتنتهي المهلة منتصف ليل الخميس.") == ("منتصف ليل الخميس", "2024-03-21")
    assert one("ويصل الوفد الثلاثاء.") == ("الثلاثاء", "2024-03-19")
    assert one("وتقول الوزارة في بيان أصدرته الخميس إن العمل مستمر.") == ("الخميس", "2024-03-14")
    # the past and a weekday with its own modifier are untouched
    assert one("ووصل الوفد السبت.") == ("السبت", "2024-03-16")
    assert one("وتنتهي المهلة الخميس الماضي.")[1] == "2024-03-14"


def test_a_weekday_after_mundhu_is_the_past_one_whatever_the_verb():
    # "تتواصل الاحتجاجات منذ الاثنين": a stretch that began then, not the coming Monday (a Wednesday paper)
    assert one("وتتواصل الاحتجاجات في الميدان منذ الاثنين.", "2024-03-13")[1] == "2024-03-11"
    assert one("ويضرب الإعصار الساحل منذ فجر الأحد.", "2024-03-13")[1] == "2024-03-10"


def test_a_word_a_preposition_governs_is_a_noun_not_a_present_verb():
    # "في تقرير نشره السبت": "تقرير" only looks like a تـ imperfect; the verb after it is past
    from tui.article.time.tense import clause_tense

    assert clause_tense(["في", "تقرير", "نشره"]) == "past"
    assert clause_tense(["مع", "تراجع", "الطلب"]) is None
    assert one("وقال المرصد، في تقرير نشره السبت، إن الخروقات زادت.") == ("السبت", "2024-03-16")
    assert one("وأشار الخبير، في تعليق صدر الاثنين، إلى أن الأسعار مرتفعة.") == ("الاثنين", "2024-03-11")
    # a present verb before the weekday still places it ahead
    assert one("وتعقد الهيئة جلستها في مقرها الاثنين.") == ("الاثنين", "2024-03-18")


def test_after_qabl_an_the_imperfect_takes_the_main_verb_s_time():
    # "قاطعوا … قبل أن يعودوا … الجمعة": the subjunctive after قبل أن / بعد أن is no scheduled
    # future; the weekday is the past one (published on a Sunday)
    assert one("وكان العمال قد أضربوا عن العمل، قبل أن يرجعوا إلى المصنع الجمعة.") == ("الجمعة", "2024-03-15")
    assert one("وكانت الإدارة قد أغلقت المكتب، بعد أن تتلقى الشكوى الاثنين.")[1] == "2024-03-11"


def test_a_year_s_first_or_last_months_counted_are_its_half_or_quarter():
    # "الأشهر الستة الأولى من هذا العام": the first half; "الأشهر الثلاثة الأولى من 2023": Q1
    assert found("وسجلت الشرطة 300 حادث في الأشهر الستة الأولى من هذا العام.")[-1][1] == "2024-H1"
    assert found("وقفزت المبيعات في الأشهر الثلاثة الأولى من 2023.")[-1][1] == "2023-Q1"
    assert found("وتراجعت المبيعات في الشهور الستة الأخيرة من 2022.")[-1][1] == "2022-H2"


def test_any_other_count_of_a_year_s_first_or_last_months_is_the_range_they_span():
    # "الشهور الثمانية الأولى": January to August; counted first, "أول خمسة أشهر"
    assert found("وربحت الشركة 40 مليونا في الشهور الثمانية الأولى من 2019.")[-1][1] == "2019-01/2019-08"
    assert found("وتراجع الإنتاج في الشهور الأربعة الأخيرة من 2022.")[-1][1] == "2022-09/2022-12"
    assert found("وتضاعف عدد الركاب في أول خمسة أشهر من العام الماضي.")[-1][1] == "2023-01/2023-05"
    assert found("وارتفعت الأسعار في أول ستة أشهر من 2021.")[-1][1] == "2021-H1"


def test_the_spoken_coming_places_a_weekday_ahead():
    # "الخميس الجاي" in quoted Egyptian or Levantine speech: the coming Thursday (published on a Sunday)
    assert one('وقال المحامي: "هنقدم المذكرة الخميس الجاي".') == ("الخميس الجاي", "2024-03-21")


def test_ghad_is_tomorrow_only_as_a_day():
    # "غد" without its alif: a day with "يوم"، a time of day or a weekday; bare, it is "the future"
    assert found("وتعلن القوائم اليوم الأحد أو غد الاثنين.", "2030-05-05")[-1] == ("غد الاثنين", "2030-05-06")
    assert found("ويصل الوفد يوم غد.", "2030-05-06") == [("يوم غد", "2030-05-07")]
    assert found("ويصل الوفد مساء غد.", "2030-05-06") == [("مساء غد", "2030-05-07")]
    assert found("ونعمل من أجل غد أفضل.", "2030-05-06") == []


def test_future_cue_reaches_a_month_behind_an_apposition():
    # the month opens its comma-clause; the clause it dates is behind "، وهو …،"
    text = "ومن المنتظر إجراء استفتاء شعبي، وهو الثاني منذ 2009، في آذار/مارس."
    assert found(text, "2030-11-20")[-1] == ("آذار/مارس", "2031-03")
    # no future cue, or a full stop between: the month is the past one
    assert found(text.replace("ومن المنتظر إجراء", "وأجري"), "2030-11-20")[-1] == ("آذار/مارس", "2030-03")
    assert found(text.replace("شعبي،", "شعبي."), "2030-11-20")[-1] == ("آذار/مارس", "2030-03")


def test_without_published_date_values_are_partial_or_none():
    got = found("في 7 أغسطس سافر الوزير، وأمس عاد، وفي 2019 تولى.", None)
    assert got == [("7 أغسطس", "XXXX-08-07"), ("وأمس", None), ("وفي 2019", "2019")]


def test_offsets_map_back_through_tashkeel():
    text = "وَصَلَ الوَفْدُ أَمْسِ إلى القاهرة"
    (t,) = find_timexes(text)
    assert text[t.start : t.end] == "أَمْسِ"


# ---------------------------------------------------------------------------- events


def events_of(text: str, published: str | None = "2024-03-17", actors: tuple[Actor, ...] = ()):
    return find_events(build_doc(text), actors, published)


def test_a_second_verb_joined_by_wa_with_its_own_date_is_a_second_event():
    # "انطلقت في X واختتمت Y": two verbs, two dates, two events, the clause cut at the second verb;
    # "اليوم ولا غدا" (no verb between) stays one event
    text = "وانطلقت الحملة في 3 مارس واختتمت مساء الأربعاء."
    first, second = events_of(text)
    assert text[first.start : first.end] == "وانطلقت الحملة في 3 مارس" and first.time.value == "2024-03-03"
    assert text[second.start : second.end].startswith("واختتمت") and second.time.value == "2024-03-13"
    assert len(events_of("ويصل الوفد اليوم أو غدا.")) == 1


def test_a_gulf_agency_dateline_with_its_credit_between_slashes_is_no_event():
    # "المدينة في 9 سبتمبر /الوكالة/ أكدت …": when the story was filed, no dash after the credit
    text = "المنامة في 9 مارس /الوكالة/ أكدت الوزيرة سلمى الحارثي أن الدراسة بدأت الأحد الماضي."
    (e,) = events_of(text)
    assert e.time.text == "الأحد الماضي" and text[e.start : e.end].startswith("أكدت")


def test_a_bare_number_far_back_with_a_noun_after_it_counts_and_dates_nothing():
    # "في 1138 قرية": no "عام", no suffix, a word after it — a count; "عام 1187 م" stays a year
    assert not events_of("وافتتحت الوزارة مدارس جديدة في 1138 قرية بمختلف المحافظات.")
    assert found("وبنيت القلعة عام 1187 م.") == [("عام 1187 م", "1187")]


def test_a_dateline_whose_bracketed_credit_has_no_dash_after_it_is_no_event():
    # "المدينة 3 مارس 2024 (الوكالة) قررت …": when the story was filed, the dash left out
    assert not events_of("المنامة 3 مارس 2024 (الوكالة) قررت الحكومة إغلاق الأسواق الحدودية.")


def test_fronted_date_dates_the_clause_after_it():
    text = "في 9 أكتوبر/ تشرين الأول الجاري، توجهت ليلى حداد، مساعدة وزير الخارجية، إلى مالي."
    (e,) = events_of(text, "2021-10")
    assert "توجهت ليلى حداد" in text[e.start : e.end]
    assert e.time.value == "2021-10-09" and e.time.text == "9 أكتوبر/ تشرين الأول الجاري"
    assert e.id == "e1" and e.summary.startswith("في 9 أكتوبر")


def test_date_between_commas_dates_the_verb_before_it():
    text = "حذر رئيس الوزراء سامي الخطيب، الثلاثاء، من أن الحكومة قد تستقيل."
    (e,) = events_of(text, "2019-11-26")
    assert text[e.start : e.end].startswith("حذر رئيس الوزراء")
    assert e.time.value == "2019-11-26"


def test_adverbials_are_skipped_on_the_way_to_the_verb():
    text = "في أواخر مايو، خلال اجتماع في العاصمة الكينية نيروبي، اتفق وزراء المنطقة على إنشاء صندوق مشترك."
    (e,) = events_of(text, "2022-06")
    assert "اتفق وزراء المنطقة" in text[e.start : e.end]
    assert e.time.approximate


def test_one_event_per_clause_and_ids_in_text_order():
    text = "لن يوقعوا اليوم ولا غدا على الاتفاق. وفي 2019 تولى الحكم. وأمس عاد الوزير."
    evs = events_of(text)
    assert [e.id for e in evs] == ["e1", "e2", "e3"]
    assert [e.time.value for e in evs] == ["2024-03-17", "2019", "2024-03-16"]
    assert [e.start for e in evs] == sorted(e.start for e in evs)


def test_event_span_stays_inside_its_sentence():
    text = "قال الوزير أمس إن الوضع مستقر. وأضاف أن الحكومة ستعمل على ذلك."
    (e,) = events_of(text)
    assert e.end <= text.index(".") + 1


def test_event_lists_the_actors_mentioned_in_its_clause():
    text = "أعلن الوزير أحمد علي أمس عن خطة جديدة. وقال سامي إن الخطة جيدة."
    a = Actor("a1", "أحمد علي", "person", mentions=((text.index("أحمد"), text.index("أحمد") + 8),))
    b = Actor("a2", "سامي", "person", mentions=((text.index("سامي"), text.index("سامي") + 4),))
    (e,) = events_of(text, actors=(a, b))
    assert e.actors == ("a1",)


def test_a_clause_ordered_after_a_dated_one_is_not_an_event_of_its_own():
    # "في أعقاب …"، "لاحقا": ordered after the dated event, but dated by nothing of its own
    text = "افتتح المصنع الجديد في 14 مارس. في أعقاب الافتتاح، وظفت الشركة مئات العمال. ولاحقا توسع الإنتاج."
    (e1,) = events_of(text, "2024-06")
    assert e1.time.value == "2024-03-14"


def test_no_ordering_cue_without_an_earlier_date():
    assert events_of("أكدت الوزيرة لاحقًا أنها اجتمعت بقادة المعارضة.") == ()


def test_event_without_published_keeps_its_relation():
    (e,) = events_of("عاد الوزير أمس إلى بلاده.", None)
    assert e.time.value is None and e.time.relation == "published-1d"


def test_parse_puts_events_in_the_json_contract():
    art = parse("في 9 أكتوبر/ تشرين الأول الجاري، توجهت الوزيرة إلى مالي.", "2021-10")
    back = Article.from_json(art.to_json())
    assert back.events == art.events
    d = art.to_dict()["events"][0]
    assert d["time"]["value"] == "2021-10-09" and d["id"] == "e1"


def test_bare_date_walks_back_over_appositions_to_the_verb():
    text = "أعلن رئيس اللجنة التي ستراجع العقود السابقة، سامي الخطيب، أمس، أن الجلسات ستعقد في مقر البرلمان."
    (e,) = events_of(text, "2011-07-29")
    assert text[e.start : e.end].startswith("أعلن رئيس اللجنة")
    assert e.time.value == "2011-07-28"


def test_date_walks_back_over_a_title_after_a_name_and_an_attendant_circumstance():
    # "قال X، المتحدث باسم …، اليوم، إن": the definite title after a person's name is an
    # apposition, however long; "برئاسة …" is the circumstance of the verb before it
    text = ("قال الدكتور سامي الخطيب، المتحدث الرسمي باسم هيئة الطيران المدني في البلاد، اليوم الاثنين، "
            "إن الرحلات ستعود.")
    (e,) = parse(text, "2024-03-11").events  # the names come from the actor stage
    assert text[e.start : e.end].startswith("قال الدكتور")
    text = "أرجأت المحكمة العليا، برئاسة القاضي كمال عبد الحميد حداد، اليوم الأحد، النظر في الطعن."
    (e,) = parse(text, "2024-03-10").events
    assert text[e.start : e.end].startswith("أرجأت المحكمة")


def test_a_description_after_a_bodys_name_is_walked_back_over_but_not_a_relative_clause():
    # "أعلنت شركة X، المدرجة في السوق المالية، اليوم الاثنين، أن": the description is the body's
    text = "أعلنت شركة الريم للإسمنت، المدرجة في السوق المالية المحلية، اليوم الاثنين، أن أرباحها ارتفعت."
    (e,) = parse(text, "2024-07-29").events
    assert text[e.start : e.end].startswith("أعلنت شركة")
    # "…، الذي أدار … منذ 2011،": a relative clause after a body's name has its own verb
    text = "ورفضت النقابة قرارا اتخذه المجلس الانتقالي، الذي حكم المدينة منذ أحداث شباط 2014، بحل اللجنة."
    dated = [e for e in parse(text, "2015-05-20").events if e.time.value == "2014-02"]
    assert [text[e.start : e.end].split()[0] for e in dated] == ["الذي"]


def test_a_clause_going_on_after_names_set_off_by_commas_keeps_its_verb():
    # "عقد الوزير، X، ونظيره، Y، مؤتمرا أمس": what follows the names continues the clause
    text = "التقى وزير التجارة، سامي الخطيب، ونظيره العماني، نبيل الهاشمي، رجال أعمال في مسقط أمس الأربعاء."
    (e,) = parse(text, "2024-10-17").events
    assert text[e.start : e.end].startswith("التقى وزير التجارة")
    assert e.time.value == "2024-10-16"


def test_walk_back_stops_at_a_clause():
    text = "لم يغيبوا عن المسيرة والمشاركة في فعالياتها، حتى وإن ركزوا جهودهم، أمس، على رفض التمديد للرئيس."
    (e,) = events_of(text, "2012-02-06")
    assert text[e.start : e.end].startswith("حتى وإن ركزوا")


def test_two_dated_clauses_in_one_sentence_are_two_events():
    text = "زار الرئيس باريس في 2019 والتقى نظيره في 2020 هناك. وقع الانقلاب في 2019 ثم عاد الرئيس في 2020 إلى الحكم."
    evs = events_of(text)
    assert [e.time.value for e in evs] == ["2019", "2020", "2019", "2020"]
    third, fourth = evs[2], evs[3]
    assert text[third.start : third.end] == "وقع الانقلاب في 2019"
    assert text[fourth.start : fourth.end].startswith("ثم عاد الرئيس")


# ---------------------------------------------------------------------------- windowed scan


_PHRASES = [
    "في 9 أكتوبر/ تشرين الأول الجاري",
    "أمس",
    "الثلاثاء الماضي",
    "من الثلاثاء إلى الخميس",
    "أواخر العام الماضي",
    "الرابع والعشرين من الشهر الحالي",
    "منذ 16 شهرا",
    "عام 1445 هـ",
    "بين عامي 2010 و2015",
    "في 2012",
    "الصيف الماضي",
    "قال الوزير",
    "إن الحكومة",
    "،",
    ".",
    "وسط أنباء متكررة عن تعديل وزاري وهو ما يتوقعه كثير من المراقبين",
]


@given(st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=25))
@settings(max_examples=150, deadline=None)
def test_windowed_scan_finds_what_a_full_scan_finds(parts):
    import tui.article.time.timex as timex

    text = " ".join(parts)
    windowed = [(t.start, t.end, t.rule) for t in find_timexes(text)]
    full = {k: [(0, len(text))] for k in set(timex._ANCHOR_OF.values())}
    original = timex._windows
    timex._windows = lambda norm: full
    try:
        scanned = [(t.start, t.end, t.rule) for t in find_timexes(text)]
    finally:
        timex._windows = original
    assert windowed == scanned


def test_walk_back_passes_relative_clauses():
    text = "ولوح الرئيس بالانسحاب من اتفاق التجارة، الذي وقع عليه في 2015، في أيار/مايو."
    events = events_of(text, "2018-03-14")
    may = next(e for e in events if e.time.value == "2018-05")
    assert text[may.start : may.end].startswith("ولوح الرئيس")


def test_expression_opening_its_segment_reaches_the_verb_behind():
    text = "وأفادت المنظمة الدولية للهجرة، في نهاية شباط/فبراير أن أعداد المهاجرين تراجعت."
    (e,) = events_of(text, "2018-03-14")
    assert text[e.start : e.end].startswith("وأفادت المنظمة")
    assert e.time.value == "2018-02-21/2018-02-28"  # نهاية: the month's last third


def test_anaphoric_dates_move_the_last_dated_event():
    text = "وقع الانفجار في 5 مارس 2018. وفي اليوم التالي أعلنت الشرطة اعتقال مشتبه به. وفي ذلك العام انتخب البرلمان."
    _, e2, e3 = events_of(text, "2018-05-30")
    assert (e2.time.text, e2.time.value, e2.relation) == ("اليوم التالي", "2018-03-06", "after:e1")
    assert text[e2.start : e2.end].startswith("وفي اليوم التالي أعلنت")
    assert (e3.time.value, e3.relation) == ("2018", "same:e1")
    assert not e2.time.approximate


def test_anaphora_too_coarse_for_its_anchor_is_dropped():
    assert len(events_of("تولى الحكم في 2012. وفي اليوم التالي أعلن الحكومة.", "2018-05-30")) == 1


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("الأسبوع الثاني من أكتوبر المقبل", "2024-03-17", "2024-10-08/2024-10-14"),
        ("الأسبوع الأخير من الشهر الجاري", "2024-02-10", "2024-02-23/2024-02-29"),
        ("الأيام الأولى من يناير", "2022-03-17", "2022-01-01/2022-01-10"),
        ("النصف الأول من العام الجاري", "2024-03-17", "2024-H1"),
        ("أبرمت الصفقات في شهر ذي القعدة من السنة الماضية 1444هـ", "2024-03-25", "2023-05-21/2023-06-18"),
        ("في شهر ذي الحجة", "2024-03-25", "2023-06-19/2023-07-18"),
        ("العشر الأواخر من رمضان", "2023-04-05", "2023-04-12/2023-04-20"),
        ("16 رمضان 1445هـ", None, "2024-03-26"),
        ("في الربع الأول من 2024", None, "2024-Q1"),
        ("خلال عيد الفطر الماضي", "2024-05-17", "2024-04-10"),
        ("في أول أيام عيد الأضحى المبارك", "2023-05-17", "2023-06-28"),
        ("ليلة عيد الميلاد المجيد", "2024-01-10", "2023-12-25"),
        ("الربع الأخير من العام الماضي", "2024-03-17", "2023-Q4"),
    ],
)
def test_parts_of_months_and_hijri_months(text, published, want):
    assert one(text, published)[1] == want


@pytest.mark.parametrize(
    "text",
    ['في حديث لقناة "الوطن اليوم" أمس', "نقلت صحيفة الشروق اليوم", "بحسب موقع اليوم الثامن"],
)
def test_today_inside_a_media_name_is_not_today(text):
    assert [v for _, v in found(text, "2022-10-19")] in ([], ["2022-10-18"])


_MORE_PHRASES = [
    *_PHRASES,
    "بين 28 يوليو و2 أغسطس",
    "من ديسمبر حتى فبراير 2023",
    "في اليوم التالي",
    "في أعقاب الإضراب",
    "1445/09/05هـ الموافق 2024/03/15م",
    "العشر الأواخر من رمضان",
    "الأسبوع الثاني من أكتوبر المقبل",
    "عيد الفطر الماضي",
    "يومي الثلاثاء والأربعاء",
    "الثلاثاء من الأسبوع الماضي",
]
_PUBLISHED = st.one_of(
    st.none(),
    st.dates(date(1950, 1, 1), date(2070, 12, 31)).map(date.isoformat),
    st.dates(date(1950, 1, 1), date(2070, 12, 31)).map(lambda d: d.isoformat()[:7]),
)


@given(st.lists(st.sampled_from(_MORE_PHRASES), min_size=1, max_size=12), _PUBLISHED)
@settings(max_examples=200, deadline=None)
def test_events_never_raise_and_keep_their_promises(parts, published):
    text = " ".join(parts)
    evs = events_of(text, published)
    assert [e.id for e in evs] == [f"e{i}" for i in range(1, len(evs) + 1)]
    for e in evs:
        assert 0 <= e.start < e.end <= len(text)
        assert e.time is not None and text[e.time.start : e.time.end] == e.time.text


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("اجتمع المجلس يوم الاثنين قبل الماضي", "2022-10-12", "2022-10-03"),
        ("الخميس قبل الماضي", "2022-10-12", "2022-09-29"),
        ("تبدأ المهلة في غرة رمضان", "2024-02-20", "2024-03-11"),
        ("تصرف الرواتب في غرة الشهر", "2024-02-20", "2024-02-01"),
        ("عقد الاجتماع في 14 الجاري", "2024-03-05", "2024-03-14"),
        ("يتوقع توقيع الاتفاق قبل نهاية الربع الأول", "2022-02-23", "2022-Q1"),
        ("الثلاثية الأولى من سنة 2021", "2022-02-23", "2021-Q1"),
        ("السداسي الثاني من السنة الجارية", "2022-02-23", "2022-H2"),
        ("ونتوقع أن يتحسن الأداء خلال الثلاثي الأخير", "2022-02-23", "2022-Q4"),  # looking ahead
        ("وتراجعت المبيعات خلال الثلاثي الأخير", "2022-02-23", "2021-Q4"),  # not begun yet: the last one
        ("ستضيف الشركة طائرتين قبل نهاية سبتمبر", "2022-04-20", "2022-09"),
        ("أضافت الشركة طائرتين في سبتمبر", "2022-04-20", "2021-09"),
        ("حسبما صرح المنسق العام ماركوس فيلدينغ في لقاء صحفي يوم الاثنين", "2022-02-17", "2022-02-14"),
        ("ويتوقع أن تقدم الحكومة مشروع الموازنة لسنة 2023 إلى البرلمان الشهر المقبل", "2022-09-07", "2022-10"),
        ("برنامج يستهدف توفير 100 ألف وظيفة بحلول 2026", "2022-09-07", "2026"),
        ("أقرت الحكومة الموازنة في 2019", "2022-09-07", "2019"),
        ("وصل الوفد يوم 20 الماضي", "2024-03-05", "2024-02-20"),
        ("وقال: \"نحن نجتمع اليوم\"", "2024-02-20", "2024-02-20"),
    ],
)
def test_audit_classes(text, published, want):
    assert one(text, published)[1] == want


@pytest.mark.parametrize("text", ['وأوضح في حوار مع "الشروق اليوم" أن', "أوردت «أنباء اليوم» أن"])
def test_today_ending_a_quoted_name_is_not_today(text):
    assert found(text, "2024-02-20") == []


def test_written_dates_win_over_a_feast_in_the_same_clause():
    text = "واستؤنفت الدراسة بعد عطلة عيد الأضحى التي امتدت من 18 إلى 21 يونيو."
    (e,) = events_of(text, "2024-06-25")
    assert e.time.value == "2024-06-18/2024-06-21"


@given(st.text(alphabet="ابتأإآىةؤئ \u064e\u064f\u0650\u0651\u0652\u0640.،0123٤", max_size=60))
def test_fold_maps_every_normalised_span_back_to_the_same_letters(text):
    from tui.article.doc.normal import fold
    from tui.article.doc.normal import key as normalize

    f = fold(text)
    for start in range(len(f.norm) + 1):
        for end in (start, min(len(f.norm), start + 3)):
            a, b = f.span(start, end)
            assert 0 <= a <= b <= len(text)
            assert normalize(text[a:b]) == normalize(f.norm[start:end])


@pytest.mark.parametrize("text", [
    'وقال وزير المياه لـ"الغد" إن المشروع متأخر.',
    'ونقلت صحيفة «الأمس» عن مصدر أن الاتفاق قريب.',
])
def test_an_outlet_named_by_a_time_word_in_quotes_is_not_a_date(text):
    assert found(text, "2024-03-10") == []


def test_a_time_word_after_an_outlet_is_still_a_date():
    (e,) = events_of('وقال الوزير لقناة الجزيرة أمس إن المحادثات انتهت.', "2024-03-10")
    assert e.time.value == "2024-03-09"


def test_a_deadline_by_a_weekday_is_ahead():
    # "بحلول يوم الجمعة": by Friday — the coming one, whatever the tense around it
    got = dict(found("وقال مسؤول إن الرسوم تفرض بحلول يوم الجمعة.", "2024-03-13"))
    assert "2024-03-15" in got.values(), got
    got = dict(found("وقال مسؤول إن الرسوم فرضت الجمعة.", "2024-03-13"))
    assert "2024-03-08" in got.values(), got


def test_a_postponement_s_target_and_a_measure_s_start_are_ahead():
    # "أرجئت الجلسة إلى الأحد": the coming Sunday, whatever the tense (published on a Wednesday);
    # a stretch of nights stays one stretch; a start told in the past is the past one
    assert one("وقرر القاضي إرجاء النطق بالحكم إلى الأحد.", "2037-06-17")[1] == "2037-06-21"
    assert one("ويطبق الإجراء الجديد اعتبارا من السبت.", "2037-06-17")[1] == "2037-06-20"
    assert found("وهطلت الأمطار فجر الاثنين إلى الثلاثاء.", "2037-06-17")[-1] == ("الثلاثاء", "2037-06-16")
    assert one("وخفضت الشركة الأسعار اعتبارا من الأحد.", "2037-06-17")[1] == "2037-06-14"


@pytest.mark.parametrize("text,value", [
    ("وتعرض المعسكر لهجمات متكررة منذ أوائل العام الماضي 2029م حتى مايو من هذا العام.", "2029-01/2030-05"),
    ("وعمل في الوزارة من يناير 2020 حتى أبريل 2021.", "2020-01/2021-04"),
])
def test_two_dates_joined_by_hatta_are_one_stretch(text, value):
    (e,) = events_of(text, "2030-07-09")
    assert e.time.value == value

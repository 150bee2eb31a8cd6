"""Interviews in question-and-answer form (tui/article/quotes/interview.py): each answer is
the interviewee's quotation; the questions are no one's.  Texts of our own."""

from __future__ import annotations

import pytest

from tui.article.parse import parse

_DASHES = """حوار مع مديرة المهرجان

التقت المجلة مديرة المهرجان، الدكتورة ليلى حداد، وكان هذا الحوار:

- ما الذي تغير في المهرجان هذا العام؟
- تضاعف عدد الفرق المشاركة، وصار الجمهور أصغر سنا.

- وماذا عن التمويل؟
- ما زال التمويل شحيحا، لكن البلدية وعدت بزيادته.
"""

_LETTERS = """حوار مع مدير الميناء

وفي ما يأتي نص المقابلة مع مدير الميناء سامي الخطيب:

س: متى تعود الحركة إلى طبيعتها؟
ج: نتوقع ذلك خلال أسبوعين إذا استقر الطقس.
س: هل تضررت الأرصفة؟
ج: الأضرار محدودة وتقتصر على رصيف واحد.
"""

_LABELS = """مقابلة

التقت "الأفق" الباحثة ليلى حداد في مكتبها.

الأفق: بعد عشر سنوات من البحث، ماذا تغير؟

حداد: تغير كل شيء تقريبا. صارت البيانات متاحة للجميع.

وصار الطلاب يشاركون في جمعها بأنفسهم.

الأفق: وما مشروعك المقبل؟

حداد: كتاب عن ذاكرة المدن الساحلية.
"""


@pytest.mark.parametrize("text,speaker,answers", [
    (_DASHES, "ليلى حداد", ["تضاعف عدد الفرق", "ما زال التمويل شحيحا"]),
    (_LETTERS, "سامي الخطيب", ["نتوقع ذلك خلال أسبوعين", "الأضرار محدودة"]),
    (_LABELS, "ليلى حداد", ["تغير كل شيء تقريبا", "كتاب عن ذاكرة المدن"]),
])
def test_each_answer_is_the_interviewee_s_direct_quotation(text, speaker, answers):
    art = parse(text, "2024-03-10")
    names = {a.id: a.name for a in art.actors}
    got = [(q.text, names.get(q.speaker or ""), q.kind) for q in art.quotes]
    for answer in answers:
        assert any(answer in t and n == speaker and k == "direct" for t, n, k in got), got
    assert not any("؟" in t for t, _, _ in got)  # the questions are no one's


def test_an_answer_runs_over_its_unmarked_paragraphs_up_to_the_next_question():
    art = parse(_LABELS, "2024-03-10")
    (first,) = [q for q in art.quotes if "تغير كل شيء" in q.text]
    assert "يشاركون في جمعها" in first.text


def test_one_question_and_answer_is_no_interview():
    text = "وتساءل الكاتب في مقاله:\n- هل يكفي ذلك؟\n- لا أظن.\nوانتهى المقال."
    assert not [q for q in parse(text, "2024-03-10").quotes if "لا أظن" in q.text]


@pytest.mark.parametrize("line", [
    "كتب: سامي يوسف الخطيب", "بغداد/ وكالة الأنباء – كتب: سامي الخطيب", "بقلم: ليلى حداد"])
def test_a_byline_is_no_quotation(line):
    # "كتب: X" to the line's end names who wrote the story (`byline` in reporting_verbs.toml)
    text = f"عنوان الخبر\n\n{line}\n\nوقال مسؤول في الوزارة إن الوضع هادئ."
    assert [q.text for q in parse(text, "2024-03-10").quotes] == ["إن الوضع هادئ"]


_BULLETS = """مدير شركة الإسمنت: لا نية لرفع الأسعار

عمان - كشف مدير عام شركة الإسمنت الوطنية، المهندس كمال حداد، عن خطة توسعة جديدة.

وقال حداد، في حوار خاص، إن الشركة ستفتتح خطا إنتاجيا ثالثا العام المقبل.

وكانت الشركة، المدرجة في بورصة عمان، قد أعلنت نتائجها الأسبوع الماضي.

وإلى نص الحوار:

■ هل تنوون رفع الأسعار؟
- لا نية لذلك في الوقت الحالي، فالطلب مستقر والتكاليف تحت السيطرة.

■ وماذا عن التصدير؟
- نصدر ربع إنتاجنا إلى الدول المجاورة، ونأمل أن نرفع النسبة.
"""


def test_a_block_of_square_bullets_is_an_interview_of_the_person_quoted_before_it():
    # "■" opens the questions; no person in the lines just before the block ("وإلى نص الحوار:"
    # after a body's news): the interviewee is the person quoted before it, not the exchange
    art = parse(_BULLETS)
    names = {a.id: a.name for a in art.actors}
    said = {q.text: names.get(q.speaker) for q in art.quotes}
    assert said.get("لا نية لذلك في الوقت الحالي، فالطلب مستقر والتكاليف تحت السيطرة") == "كمال حداد"
    assert said.get("نصدر ربع إنتاجنا إلى الدول المجاورة، ونأمل أن نرفع النسبة") == "كمال حداد"


_NAMED_BY_THE_INTERVIEW = """اتحاد السباحة يستعد للبطولة

وجاءت تصريحات يوسف خالد الراشد في حوار مع "المضمار" بعد انتخابه خلفا لحمد سالم الكندري، وإلى نص الحوار:

- ما أول ما ستفعلونه بعد فوزكم؟
- سنبدأ بتجهيز المسبح قبل البطولة الإقليمية.

- وهل تغير الجهاز الفني؟
- لا، مددنا عقد المدرب لعام آخر.
"""


def test_the_person_an_interview_noun_names_is_the_interviewee_not_the_last_named():
    # "وجاءت تصريحات X في حوار مع …، خلفا لـY": the interview is X's, though Y is named last
    art = parse(_NAMED_BY_THE_INTERVIEW)
    names = {a.id: a.name for a in art.actors}
    said = {q.text: names.get(q.speaker) for q in art.quotes}
    assert said.get("لا، مددنا عقد المدرب لعام آخر") == "يوسف خالد الراشد", said


_UNMARKED = """رئيسة جمعية الخزافين: "الطين وحده لا يكفي"

التقت المجلة رئيسة جمعية الخزافين، الفنانة ليلى حداد، في ورشتها. وفي ما يلي نص الحوار:

كيف بدأت علاقتك بالطين؟

كنت في العاشرة حين أخذتني جدتي إلى فرن القرية، ومنذ ذلك اليوم لم أترك العجلة.

ما أصعب ما واجهته؟

أسعار الحطب تضاعفت، والزبائن يريدون الرخيص المستورد.

وماذا تنتظرين من البلدية؟

أن تمنحنا سوقا أسبوعيا ثابتا بدل المعارض الموسمية.
"""

_EXPLAINER = """انتخابات المجالس المحلية: ما الذي نعرفه؟

يتوجه الناخبون الأحد المقبل إلى مراكز الاقتراع لاختيار أعضاء المجالس المحلية.

متى تعلن النتائج؟

تبدأ لجان الفرز عملها فور إغلاق الصناديق، وتنشر الأرقام الأولية بعد يومين.

من يحق له التصويت؟

كل مواطن بلغ الثامنة عشرة وسجل اسمه في القوائم قبل نهاية العام الماضي.

ما أبرز القضايا؟

تتصدر أزمة النفايات وانقطاع المياه برامج المرشحين في معظم الدوائر.
"""


def test_questions_and_answers_printed_without_dashes_after_an_interview_line_are_her_quotations():
    art = parse(_UNMARKED)
    names = {a.id: a.name for a in art.actors}
    answers = [(q.text, names.get(q.speaker or "")) for q in art.quotes if "؟" not in q.text]
    assert [t.split()[0] for t, _ in answers[-3:]] == ["كنت", "أسعار", "أن"]
    assert {n for _, n in answers[-3:]} == {"ليلى حداد"}


def test_an_explainer_s_question_subheadings_make_no_interview():
    assert parse(_EXPLAINER).quotes == ()


def test_questions_put_to_a_role_named_before_are_answered_by_its_holder():
    # "سؤالان إلى رئيسة النقابة": the role after إلى, as after مع, is who was interviewed —
    # not the last person the article quoted before the block
    text = """وقالت رئيسة نقابة الممرضين، سلمى الخوري، إن الإضراب مستمر.

وأكد مدير المركز الصحي، الطبيب وليد عاصي، أن الخدمات لم تتوقف.

سؤالان إلى رئيسة نقابة الممرضين

- ما الذي تطلبونه؟
* نطلب صرف الرواتب المتأخرة فورا.

- هل تقبلون الوساطة؟
* نقبل أي وساطة تضمن حقوق الممرضين كاملة.
"""
    art = parse(text)
    names = {a.id: a.name for a in art.actors}
    answers = [q for q in art.quotes if "نطلب صرف" in q.text or "نقبل أي وساطة" in q.text]
    assert len(answers) == 2
    assert {names.get(q.speaker) for q in answers} == {"سلمى الخوري"}

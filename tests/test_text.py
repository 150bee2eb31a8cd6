"""The text layer of the Doc: sentences, tokens and the one normal form."""

from __future__ import annotations

from tui.article.doc import build_doc
from tui.article.doc.normal import fold
from tui.article.doc.normal import key as normalize
from tui.article.doc.tokens import sentences


def _sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text)]


def test_sentences_end_at_full_stops_and_line_breaks():
    assert _sents("وصل الوزير. ثم غادر\nوعاد") == ["وصل الوزير.", "ثم غادر", "وعاد"]


def test_a_full_stop_after_a_number_ends_a_sentence_but_a_decimal_point_does_not():
    assert _sents("ارتفع النمو إلى 3.5 في المئة عام 2023. وقال الوزير") == [
        "ارتفع النمو إلى 3.5 في المئة عام 2023.", "وقال الوزير"]


def test_an_ellipsis_inside_speech_is_not_a_boundary():
    assert _sents('قال: "لا دعم... لا نرى شيئا".') == ['قال: "لا دعم... لا نرى شيئا".']


def test_closing_quote_stays_with_its_sentence():
    assert _sents('قال: "انتهى". وغادر') == ['قال: "انتهى".', "وغادر"]


def test_tokens_keep_tashkeel_and_drop_arabic_punctuation():
    assert [t.raw for t in build_doc("حدادُ، قال؟ ١٢٣").tokens] == ["حدادُ", "قال", "١٢٣"]


def test_normalize_folds_spelling_variants():
    assert normalize("أُسامة") == normalize("اسامه")
    assert normalize("مصطفى") == normalize("مصطفي")
    assert normalize("الـــمجلس") == "المجلس"


def test_fold_maps_back_to_original_offsets():
    text = "قالَ أحمدُ"
    f = fold(text)
    i = f.norm.index("احمد")
    start, end = f.span(i, i + 4)
    assert text[start:end] == "أحمد"

"""Word shapes read from the letters alone (the normal form: ة written ه, hamza on a seat
written bare), for words no lexicon lists."""

from __future__ import annotations


def verbal_noun_shape(w: str) -> bool:
    """The patterns of the derived verbs' verbal nouns: تفعيل ("توقيف"، "تعيين")، إفعال
    ("إعلان"، "إغلاق")، افتعال ("اعتقال")، انفعال ("انسحاب")، استفعال ("استئناف")، تفاعل
    ("تعاون")، مفاعلة ("مناقشة") — what a body did or announced, never a body's own name."""
    n = len(w)
    return (
        (n == 5 and w[0] == "ت" and (w[3] == "ي" or w[2] == "ا"))
        or (n == 5 and w[0] == "ا" and w[3] == "ا")
        or (n == 6 and w[0] == "ا" and w[4] == "ا" and (w[2] == "ت" or w[1] == "ن"))
        or (n == 7 and w.startswith("است") and w[5] == "ا")
        or (n == 6 and w[0] == "م" and w[2] == "ا" and w[5] == "ه")
    )

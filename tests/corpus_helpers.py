"""An invented mini-corpus for the corpus-mode tests: three short articles about a made-up
farm-support plan (a minister, a union spokeswoman, an exporter, an unnamed source), one in
a sub-folder (its outlet), with .toml metadata, and one empty file."""

from __future__ import annotations

from pathlib import Path

from tui.article.model import Actor, Article, Quote

ARTICLES = {
    "a.txt": ("عمّان - قال وزير الزراعة سمير الحداد يوم الاثنين إن الحكومة ستدعم المزارعين في موسم الحصاد.\n"
              "وأضاف الحداد أن الخطة تشمل قروضا ميسرة للمزارعين الصغار.\n"
              "وقالت رنا العلي، المتحدثة باسم نقابة المزارعين، إن القرار \"خطوة أولى في الاتجاه الصحيح\".\n"),
    "wire/b.txt": ("أعلن الحداد في 3 مارس 2024 أن الوزارة خصصت مبلغا إضافيا لمشاريع الري.\n"
                   "وقال مصدر مطلع إن الاجتماع المقبل سيعقد في العاصمة الأسبوع المقبل.\n"),
    "c.txt": ("قالت رنا العلي أمس إن النقابة ترحب بخطة وزير الزراعة سمير الحداد.\n"
              "وأكد كريم بن حمدان، رئيس اتحاد المصدرين، أن الصادرات ارتفعت عام 2023.\n"),
}
META = {
    "a.toml": 'title = "الحكومة تدعم المزارعين"\noutlet = "الرصد اليومي"\npublished = "2024-03-04"\n',
    "wire/b.toml": 'title = "مبلغ إضافي للري"\npublished = "2024-03-05"\n',
    "c.toml": 'title = "النقابة ترحب"\noutlet = "الرصد اليومي"\npublished = "2024-03-07"\n',
}


def write_corpus(folder: Path, *, empty: bool = True) -> Path:
    for name, text in {**ARTICLES, **META}.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if empty:
        (folder / "empty.txt").write_bytes(b"")
    return folder


def doc(index: int, name: str, actors: list[Actor], quotes: tuple[Quote, ...] = (), published: str | None = None):
    """A CorpusDoc holding a hand-built article (for merge tests: no parser involved)."""
    from tui.corpus.load import CorpusDoc

    text = "x" * 400
    return CorpusDoc(index, name, name, Article(text, published, actors=tuple(actors), quotes=quotes,
                                                meta={"published_from": "metadata"} if published else {}))

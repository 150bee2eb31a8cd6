"""The annotated document: text, sentences, tokens and one normal form, built once per parse.

Every later stage reads a :class:`~tui.article.doc.document.Doc`; none re-tokenises or
re-normalises the text.
"""

from .document import Doc, build_doc
from .normal import Folded, fold, key, norm_word
from .tokens import Token

__all__ = ["Doc", "Folded", "Token", "build_doc", "fold", "key", "norm_word"]

"""An inverted index over many items' texts, so a `/` keystroke over 100,000 quotes costs
set operations on the few words typed, not a pass over every quote.

The matching is exactly ``tui.view.filter``'s (Arabic-aware normal form, clitics, the last
word as a prefix, quoted phrases, ``!``): each query word's forms are looked up in a map
from every form of every text word to the items holding it; the last word's prefixes
take a range of the sorted vocabulary.  A phrase narrows to the items holding all its
words, then each of those is checked with the filter's own phrase matching.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from tui.view.filter import _WORD, _forms, _parse_query, _positive_match, _Query, _toks_of, _Word

Fields = tuple[str | None, ...]
_CACHE = 64  # word look-ups kept: the words before the one being typed repeat at every keystroke


class TextIndex:
    """Items 0…n-1, each a tuple of texts (the fields a pane's filter looks at)."""

    def __init__(self, fields: Sequence[Fields]) -> None:
        self.fields = fields
        self.size = len(fields)
        by_word: dict[str, list[int]] = defaultdict(list)
        for i, texts in enumerate(fields):
            for w in set(_WORD.findall(" ".join(t for t in texts if t))):
                by_word[w].append(i)
        postings: dict[str, list[int]] = defaultdict(list)
        for w, items in by_word.items():
            for f in _forms(w):
                postings[f] += items
        self.postings = dict(postings)
        self.vocab = sorted(self.postings)
        self._memo: dict[tuple[_Word, bool], frozenset[int]] = {}

    def _items(self, word: _Word, prefix: bool) -> frozenset[int]:
        """The items with a text word that ``word`` meets (as ``tui.view.filter._word_meets``)."""
        memo = self._memo.get((word, prefix))
        if memo is not None:
            return memo
        out: set[int] = set()
        for f in word.forms:
            out.update(self.postings.get(f, ()))
        if prefix:
            vocab = self.vocab
            for p in word.prefixes:
                lo = bisect_left(vocab, p)
                hi = bisect_left(vocab, p + "\U0010ffff", lo)
                for f in vocab[lo:hi]:
                    out.update(self.postings[f])
        found = frozenset(out)
        if len(self._memo) >= _CACHE:
            self._memo.pop(next(iter(self._memo)))
        self._memo[(word, prefix)] = found
        return found

    def matching(self, query: str) -> frozenset[int] | None:
        """The items the query keeps; None when it keeps everything (an empty query)."""
        q = _parse_query(query)
        if q.empty:
            return None
        last = len(q.terms) - 1
        found: frozenset[int] | None = None
        for n, term in enumerate(q.terms):
            hits = None
            for j, w in enumerate(term):
                s = self._items(w, n == last and j == len(term) - 1)
                hits = s if hits is None else hits & s
                if not hits:
                    break
            assert hits is not None
            if len(term) > 1 and hits:  # the words must also stand together, in order
                phrase = _Query((term,), False)
                hits = frozenset(i for i in hits if _positive_match(phrase, _toks_of(self.fields[i])))
            found = hits if found is None else found & hits
            if not found:
                break
        assert found is not None
        if q.negated:
            return frozenset(range(self.size)) - found
        return found

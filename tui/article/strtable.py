"""``StrTable``: a fixed set of strings, each mapped to its row, that loads without building a
dict.

The lexicon's 78,000 words and the name tagger's 66,000 features were read from the compiled
cache into dicts, and making those dicts (a string object and a hash per key) was most of
the cost of loading them: about 45 ms of a one-article ``marsad parse``.  A parse looks up a
few thousand of them.  Here the keys are stored as one byte string (UTF-8, so loading
decodes nothing), grouped into buckets by their CRC-32 (about one key a bucket), with two
integer arrays: where each bucket starts and the row of its first key.  Loading is one byte
string and two arrays; a look-up encodes and hashes the key, splits its bucket and finds the
key in it (about a microsecond; callers cache what they look up).  Rows follow the bucket
order, so the values a table indexes are stored in the order :meth:`StrTable.build` gives.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from zlib import crc32

_SEP = b"\n"


def _encode(key: str) -> bytes:
    return key.encode("utf-8", "surrogatepass")


class StrTable:
    __slots__ = ("_firsts", "_keys", "_mask", "_starts")

    def __init__(self, keys: bytes, starts: bytes, firsts: bytes) -> None:
        self._keys = keys
        self._starts = array("I")
        self._starts.frombytes(starts)
        self._firsts = array("I")
        self._firsts.frombytes(firsts)
        n = len(self._starts) - 1
        if n < 1 or n & (n - 1) or len(self._firsts) != n + 1 or self._starts[-1] != len(keys):
            raise ValueError("a damaged string table")
        self._mask = n - 1

    @classmethod
    def build(cls, keys: Iterable[str]) -> tuple[tuple[bytes, bytes, bytes], list[int]]:
        """The stored form of a table of ``keys`` (distinct, without line breaks) — what
        :class:`StrTable` is made from — and the order of its rows: row r is ``keys[order[r]]``."""
        keys = [_encode(k) for k in keys]
        if len(set(keys)) != len(keys) or any(_SEP in k for k in keys):
            raise ValueError("keys must be distinct and hold no line break")
        n = 1
        while n < len(keys):
            n *= 2
        bucket = [crc32(k) & (n - 1) for k in keys]
        order = sorted(range(len(keys)), key=lambda i: (bucket[i], i))
        starts, firsts = array("I", [0] * (n + 1)), array("I", [0] * (n + 1))
        parts: list[bytes] = []
        offset = 0
        row = 0
        for b in range(n):
            starts[b], firsts[b] = offset, row
            while row < len(order) and bucket[order[row]] == b:
                parts.append(keys[order[row]] + _SEP)
                offset += len(parts[-1])
                row += 1
        starts[n], firsts[n] = offset, row
        return (b"".join(parts), starts.tobytes(), firsts.tobytes()), order

    def stored(self) -> tuple[bytes, bytes, bytes]:
        """What the table is made from (as :meth:`build` gives it)."""
        return self._keys, self._starts.tobytes(), self._firsts.tobytes()

    def __len__(self) -> int:
        return self._firsts[-1]

    def row(self, key: str) -> int | None:
        """The row of ``key``, or None when the table does not hold it."""
        k = _encode(key)
        b = crc32(k) & self._mask
        s, e = self._starts[b], self._starts[b + 1]
        if s == e:
            return None
        found = self._keys[s : e - 1]
        if found == k:  # the common case: the key alone in its bucket
            return self._firsts[b]
        if _SEP not in found:
            return None
        try:
            return self._firsts[b] + found.split(_SEP).index(k)
        except ValueError:
            return None

    def keys(self) -> list[str]:
        """Every key, in row order."""
        return [k.decode("utf-8", "surrogatepass") for k in self._keys.split(_SEP)[:-1]]

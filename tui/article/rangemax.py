"""``RangeMax``: integers by index, answering "the first (or last) index in [lo, hi) whose
value is above x" in O(log n), with values that can be set or appended on the way.

The engine's stages ask this of spans whose ends are not sorted (quotations that nest, speech
stretches that grow): scanning the spans for each question made long articles quadratic.
"""

from __future__ import annotations

from collections.abc import Iterable

_NONE = -(1 << 62)  # below every offset


class RangeMax:
    __slots__ = ("size", "tree")

    def __init__(self, values: Iterable[int] = (), capacity: int = 0) -> None:
        vals = list(values)
        size = 1
        while size < max(len(vals), capacity, 1):
            size *= 2
        self.size = size
        tree = [_NONE] * (2 * size)
        tree[size : size + len(vals)] = vals
        for k in range(size - 1, 0, -1):
            tree[k] = max(tree[2 * k], tree[2 * k + 1])
        self.tree = tree

    def __getitem__(self, i: int) -> int:
        return self.tree[self.size + i]

    def set(self, i: int, value: int) -> None:
        """Set index i (it must be below the capacity given at construction)."""
        tree = self.tree
        k = self.size + i
        tree[k] = value
        k //= 2
        while k:
            tree[k] = max(tree[2 * k], tree[2 * k + 1])
            k //= 2

    def _nodes(self, lo: int, hi: int) -> list[int]:
        """The tree nodes covering [lo, hi), left to right."""
        left: list[int] = []
        right: list[int] = []
        a, b = max(lo, 0) + self.size, min(hi, self.size) + self.size
        while a < b:
            if a & 1:
                left.append(a)
                a += 1
            if b & 1:
                b -= 1
                right.append(b)
            a //= 2
            b //= 2
        return left + right[::-1]

    def first_above(self, lo: int, hi: int, x: int) -> int | None:
        """The smallest index in [lo, hi) whose value is > x, or None."""
        tree, size = self.tree, self.size
        for k in self._nodes(lo, hi):
            if tree[k] > x:
                while k < size:
                    k = 2 * k if tree[2 * k] > x else 2 * k + 1
                return k - size
        return None

    def last_above(self, lo: int, hi: int, x: int) -> int | None:
        """The largest index in [lo, hi) whose value is > x, or None."""
        tree, size = self.tree, self.size
        for k in reversed(self._nodes(lo, hi)):
            if tree[k] > x:
                while k < size:
                    k = 2 * k + 1 if tree[2 * k + 1] > x else 2 * k
                return k - size
        return None

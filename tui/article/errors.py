"""The one exception a user's input can cause (re-exported by ``tui.article.load``)."""

from __future__ import annotations


class InputError(Exception):
    """A problem with the user's input, explained in one line that names the file."""

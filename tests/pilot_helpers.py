"""What the Pilot tests of both dashboards share: terminal sizes, the screen as text, the
status bar, and running ``async def test_…`` functions without an async pytest plugin."""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable
from typing import Any

from tui.app.app import StatusBar

WIDE = (160, 48)
SMALL = (80, 24)


def screen_text(app) -> str:
    """The cells of the whole screen as plain text (logical order in the default mode)."""
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


def status(app) -> str:
    return str(app.main.query_one(StatusBar).render())


def _synchronous(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return run


def run_async_tests(namespace: dict[str, Any]) -> None:
    """Make each ``async def test_…`` in a test module's ``namespace`` (its globals()) a plain
    test that runs it with asyncio.run; call it at the end of the module."""
    for name, fn in list(namespace.items()):
        if name.startswith("test_") and inspect.iscoroutinefunction(fn):
            namespace[name] = _synchronous(fn)

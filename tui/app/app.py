"""The Marsad dashboard: four panes fed from one Article, a status bar and a footer.

The app owns what the user asked to see (the Filter, the active preset, the theme, the
right-to-left mode) and routes the panes' messages: an actor chosen in one pane becomes a
filter every pane shows; a quote or event chosen becomes a span the Source pane shows.
No pane reads another pane's state.  Every binding has an id so ``[keymap]`` in
config.toml can remap it (``App.set_keymap``).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container
from textual.css.query import NoMatches
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from tui.article.clean import printable
from tui.article.model import Article
from tui.view.filter import Filter, Visible, apply

from . import textrender
from .actors import ActorsPane
from .keybar import KeyBar
from .messages import ActorChosen, QueryChanged, SpanChosen
from .pane import Pane
from .quotes import QuotesPane
from .source import SourcePane
from .textrender import inline
from .themes import DEFAULT_THEME, load_themes, palette
from .timeline import TimelinePane

_HELP_SKIP = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})  # noise for a list of items
MIN_SIZE = (60, 15)  # below this: "terminal too small"
COMPACT_BELOW = (110, 32)  # below this width or height: one pane at a time, with tabs


class Bar(Static):
    """A line of text the app rebuilds on most changes, usually to the same thing."""

    _shown: Text | None = None

    def show(self, text: Text) -> None:
        if text != self._shown:  # Static.update lays the screen out again: only for new text
            self._shown = text
            self.update(text)


class TopBar(Bar):
    """The article's title, or in compact layouts the pane tabs."""


class StatusBar(Bar):
    """Active preset (``*`` when changed since loaded), the filter and shown/total per pane."""


class TooSmall(Bar):
    """Shown instead of the panes when the terminal is below MIN_SIZE."""


class MainScreen(Screen):
    """The dashboard screen: layout-level keys live here (pane jumps, cycling, zoom, esc).

    The corpus dashboard's screens are subclasses: they name other panes (PANES), another
    start-up (START) and other tabs (TAB_SEPARATOR, tab_label); the layout and keys are these."""

    PANES: ClassVar[tuple[tuple[str, type[Pane]], ...]] = (
        ("timeline", TimelinePane), ("actors", ActorsPane), ("quotes", QuotesPane), ("source", SourcePane))
    START: ClassVar[str] = "start_dashboard"  # the app's method that fills the panes once they exist
    TAB_SEPARATOR: ClassVar[str] = " │ "

    BINDINGS: ClassVar = [
        Binding("1", "jump(0)", "Go to Timeline", show=False, id="pane.1"),
        Binding("2", "jump(1)", "Go to Actors", show=False, id="pane.2"),
        Binding("3", "jump(2)", "Go to Quotes", show=False, id="pane.3"),
        Binding("4", "jump(3)", "Go to Source", show=False, id="pane.4"),
        Binding("tab", "cycle(1)", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "cycle(-1)", "Previous pane", show=False, id="pane.previous"),
        Binding("escape", "back", "Back", id="back"),
        Binding("z", "zoom", "Zoom", id="zoom"),
    ]

    def compose(self) -> ComposeResult:
        yield TopBar(id="topbar")
        with Container(id="panes"):
            for pane_id, pane_class in self.PANES:
                yield pane_class(id=pane_id)
        yield TooSmall(id="too-small")
        yield StatusBar(id="status")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        getattr(self.app, self.START)()

    @classmethod
    def pane_ids(cls) -> tuple[str, ...]:
        return tuple(pane_id for pane_id, _ in cls.PANES)

    @property
    def panes(self) -> list[Pane]:
        return [self.query_one(f"#{pid}", Pane) for pid in self.pane_ids()]

    def tab_label(self, pane: Pane, current: Pane) -> str:
        """A pane's tab in the compact layout: its number, title and counts."""
        return f" {pane.NUMBER} {pane.TITLE} {pane.shown}/{pane.total} " if pane.total \
            else f" {pane.NUMBER} {pane.TITLE} "

    @property
    def current_pane(self) -> Pane:
        node = self.focused
        while node is not None and not isinstance(node, Pane):
            node = node.parent
        if isinstance(node, Pane):
            return node
        active = self.query(".-active")
        return active.first(Pane) if active else self.panes[0]

    def action_jump(self, index: int, by_user: bool = True) -> None:
        if by_user:
            self.app._user_moved = True  # type: ignore[attr-defined]
        pane = self.panes[index]
        if self.maximized is not None and self.maximized is not pane:
            self.maximize(pane, container=False)
        for p in self.panes:
            p.set_class(p is pane, "-active")
        self.app.refresh_topbar()  # type: ignore[attr-defined]
        pane.focus_body()

    def action_cycle(self, step: int) -> None:
        panes = self.panes
        self.action_jump((panes.index(self.current_pane) + step) % len(panes))

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
        else:
            pane = self.current_pane
            self.maximize(pane, container=False)
            pane.focus_body()

    def action_back(self) -> None:
        self.app.back_out(self.current_pane)  # type: ignore[attr-defined]

    def on_descendant_focus(self, event) -> None:
        pane = self.current_pane
        for p in self.panes:
            p.set_class(p is pane, "-active")
        self.app.refresh_topbar()  # type: ignore[attr-defined]

    _keys_pending = False  # a refresh_keys is already scheduled for after the next refresh

    def on_screen_resume(self) -> None:
        self.refresh_keys_later()

    def refresh_keys_later(self) -> None:
        """refresh_keys after the next refresh, once however many changes ask for it before
        then (start-up alone asks seven times); it reads the state as it is when it runs."""
        if not self._keys_pending:
            self._keys_pending = self.call_after_refresh(self.refresh_keys)

    def refresh_keys(self) -> None:
        """The footer follows the focus (each pane has its own keys first)."""
        self._keys_pending = False
        with contextlib.suppress(NoMatches):
            self.query_one(KeyBar).refresh_keys()


PANE_IDS = MainScreen.pane_ids()


class MarsadApp(App[int]):
    CSS_PATH = "marsad.tcss"
    TITLE = "Marsad"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("f", "facets", "Facets", id="facets"),
        Binding("ctrl+s", "save_preset", "Save preset", id="preset.save"),
        Binding("p", "presets", "Presets", id="preset.list"),
        Binding("left_square_bracket", "cycle_preset(-1)", "Prev preset", show=False, id="preset.previous"),
        Binding("right_square_bracket", "cycle_preset(1)", "Next preset", show=False, id="preset.next"),
        Binding("t", "pick_theme", "Theme", id="theme"),
        Binding("D", "set_published", "Publication date", show=False, id="published.set"),
        Binding("e", "export", "Export", id="export"),
        Binding("r", "cycle_rtl", "RTL mode", show=False, id="rtl.cycle"),
        Binding("m", "toggle_mouse", "Mouse on/off", show=False, id="mouse"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="palette"),
    ]

    rtl_mode: reactive[str] = reactive("terminal")

    def __init__(
        self,
        article: Article,
        *,
        preset: str | None = None,
        theme: str | None = None,
        rtl_mode: str = "terminal",
        keymap: dict[str, str] | None = None,
        problems: Iterable[str] = (),
        mouse: bool = False,
        source_name: str = "article",
        calibrate: tuple[str | None, str | None] | None = None,
        language: str = "en",
        parse_job: Callable[[], Article] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(**kw)
        self.article = article
        self.language = language  # words Marsad writes itself (Timeline dates): "en" | "ar"
        self.parse_job = parse_job  # when set, ``article`` is the text alone and the model comes from a worker
        from tui.article.reference import content_key

        self.content_key = content_key(article.text)  # how state.toml remembers this article
        from tui.article.reference import Reference

        self._start_reference = Reference(article.published, article.meta.get("published_from", "unknown"))
        self.flt = Filter()
        self.shown_items = Visible(article.actors, article.quotes, article.events)
        self.preset_name: str | None = None
        self.presets: dict[str, Filter] = {}
        self.store: Any = None
        self.mouse_on = mouse
        self.source_name = source_name
        self.calibrate_on_start = calibrate
        self._startup_preset = preset
        self._came_from: str | None = None  # compact layout: the pane `enter` brought Source forward from
        self._shown_keys: dict[str, tuple] = {}  # what each pane was last given (see show_visible)
        self._user_moved = False  # a pane key was pressed: the parsed model must not move the focus
        self._apply_seconds = 0.0  # how long the last filtering took (decides on a worker)
        self._filter_generation = 0
        self.filter_workers = 0  # filterings done in a worker (tests and the benchmark read it)
        self._word_count: tuple[str | None, int] = (None, 0)  # (the text counted, its words)
        self._startup_problems = list(problems)
        self._user_keymap = dict(keymap or {})
        loaded = load_themes()
        self._startup_problems += [f"theme {p}" for p in loaded.problems]
        for t in loaded.themes:
            self.register_theme(t)
        wanted = theme or DEFAULT_THEME
        if wanted not in self.available_themes:
            self._startup_problems.append(f"no theme named {wanted!r}; using {DEFAULT_THEME}")
            wanted = DEFAULT_THEME
        self.theme = wanted
        self.palette = palette(self.current_theme)
        self.set_reactive(MarsadApp.rtl_mode, rtl_mode if rtl_mode in textrender.MODES else "terminal")

    def notify(self, message: str, *, title: str = "", severity: Any = "information", timeout: float | None = None,
               markup: bool = True) -> None:
        """Notifications carry names and presets: lay their Arabic out for the RTL mode too."""
        safe = "\n".join(printable(line) for line in message.split("\n"))  # no escape from a user file reaches the tty
        super().notify(textrender.visual(safe, self.rtl_mode), title=title, severity=severity, timeout=timeout,
                       markup=markup)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The dashboard's keys are off (and out of the footer) on a screen that keeps to
        its own keys, such as the calibration screen."""
        return not (getattr(self.screen, "OWN_KEYS_ONLY", False) and action in _APP_ACTIONS)

    # -- start-up ----------------------------------------------------------------------
    def get_default_screen(self) -> Screen:
        return MainScreen()

    def start_dashboard(self) -> None:
        """Called by the dashboard screen once its panes exist (the corpus's too: the
        settings are the same; show_first_view and start_background say what differs)."""
        if self._user_keymap:
            self.set_keymap(self._user_keymap)
            known = self.known_binding_ids()
            for bid in sorted(set(self._user_keymap) - known):
                self._startup_problems.append(f"config.toml [keymap] {bid}: no key binding has this id "
                                              "(? lists the ids)")
        self._load_presets()
        if self._startup_preset:
            if self._startup_preset in self.presets:
                self.load_preset(self._startup_preset)
            else:
                self._startup_problems.append(f"no preset named {self._startup_preset!r}")
        self.show_first_view()
        self.start_background()
        for problem in self._startup_problems:
            self.notify(problem, severity="warning", timeout=12, markup=False)
        self.apply_size(self.size.width, self.size.height)
        if self.calibrate_on_start is not None:
            from tui.app.calibrate import should_calibrate
            from tui.config import load_state

            if should_calibrate(self, *self.calibrate_on_start, load_state()):
                self.action_calibrate()

    def known_binding_ids(self) -> set[str]:
        """The ids ``[keymap]`` may remap in this app."""
        return binding_ids()

    def show_first_view(self) -> None:
        """The panes filled and the focus on the pane a reader wants first."""
        self.refresh_view()
        self.main.action_jump(PANE_IDS.index(self.first_pane()), by_user=False)

    def start_background(self) -> None:
        """Start what fills the panes later (here: the parse, when the model is not given)."""
        if self.parse_job is not None:
            # after the first frame is on screen: the parse thread would otherwise share the
            # interpreter with the very frame it is meant not to delay
            self.call_after_refresh(lambda: self.set_timer(0.2, self._start_parse))

    @property
    def parsing(self) -> bool:
        return self.parse_job is not None

    def _start_parse(self) -> None:
        job = self.parse_job
        assert job is not None

        def work() -> None:
            try:
                article = job()
            except Exception as e:  # a bug in the parser: say so, keep the text on screen
                result, value = self._parse_failed, e
            else:
                result, value = self.model_arrived, article
            with contextlib.suppress(RuntimeError):  # the app quit while it parsed
                self.call_from_thread(result, value)

        # a daemon thread, not a Textual worker: quitting mid-parse must not wait for the parse
        self._parse_thread = threading.Thread(target=work, name="marsad-parse", daemon=True)
        self._parse_thread.start()

    def _parse_failed(self, error: Exception) -> None:
        self.parse_job = None
        self.notify(f"internal error while parsing: {type(error).__name__}: {error}"[:300], severity="error",
                    timeout=30, markup=False)
        self.refresh_status()

    def model_arrived(self, article: Article) -> None:
        """The parsed model (from the worker): fill the panes, and move to the pane a reader
        wants first if the user has not gone anywhere yet."""
        untouched = not self._user_moved and self.focused is self.pane(self.first_pane()).body
        self.parse_job = None
        self.article = article
        self._shown_keys.clear()
        self.refresh_view()
        if untouched:
            self.main.action_jump(PANE_IDS.index(self.first_pane()), by_user=False)

    def first_pane(self) -> str:
        """The pane to open on: the one focused last time on this article, else the first
        non-empty of Timeline, Quotes, Actors (what a reader looks at first), else Source."""
        from tui.config import file_state

        remembered = file_state(self.content_key).get("pane")
        if remembered in PANE_IDS:
            return remembered
        art = self.article
        for pane_id, items in (("timeline", art.events), ("quotes", art.quotes), ("actors", art.actors)):
            if items:
                return pane_id
        return "source"

    def exit(self, *args: Any, **kw: Any) -> None:
        """Remember the focused pane for this article, then leave."""
        try:
            pane = self.main.current_pane.id
        except (LookupError, NoMatches):
            pane = None
        if pane in PANE_IDS:
            from tui.config import file_state, save_file_state

            if file_state(self.content_key).get("pane") != pane:  # already remembered: no lock, no write
                save_file_state(self.content_key, pane=pane)  # a read-only config folder just forgets it
        super().exit(*args, **kw)

    def _load_presets(self) -> None:
        from tui.view.presets import PresetStore

        self.store = PresetStore()
        pf = self.store.load()
        self.presets = dict(pf.presets)
        self._startup_problems += pf.problems
        if not self.store.writable:
            self._startup_problems.append(f"cannot save presets to {self.store.path.parent} "
                                          "(read-only?); presets you save stay in memory for this session")

    @property
    def main(self) -> MainScreen:
        """The dashboard screen on top (in the corpus app: the open article's, else the corpus's)."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("main screen not mounted")

    def dashboard(self) -> MainScreen:
        """The screen whose panes and bars show the app's state (the corpus app keeps its
        corpus screen while an article's is still closing)."""
        return self.main

    def pane(self, pane_id: str) -> Pane:
        return self.main.query_one(f"#{pane_id}", Pane)

    # -- the view ----------------------------------------------------------------------
    FRAME = 1 / 60  # filter work longer than this goes to a worker thread

    def set_filter(self, flt: Filter) -> None:
        self.flt = flt
        if self._apply_seconds <= self.FRAME:
            self.refresh_view()
            return
        article = self.article

        def show(vis: Visible) -> None:
            if article is self.article:
                self.show_visible(vis)

        self.filter_in_thread(functools.partial(apply, article, flt), show)

    def filter_in_thread(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """A long filtering (a long article, a corpus) runs in a thread so typing never blocks;
        each keystroke bumps the generation and only the newest one's result reaches ``show``
        (newest keystroke wins)."""
        self._filter_generation += 1
        generation = self._filter_generation

        def run() -> None:
            result = self.timed(work)
            with contextlib.suppress(RuntimeError):  # the app quit meanwhile
                self.call_from_thread(self._filtered, generation, show, result)

        self.filter_workers += 1
        self.run_worker(run, thread=True, group="filter", exit_on_error=False)

    def _filtered(self, generation: int, show: Callable[[Any], None], result: Any) -> None:
        if generation == self._filter_generation:
            show(result)

    def timed(self, work: Callable[[], Any]) -> Any:
        """``work()``, remembering how long it took (set_filter decides on a thread by it)."""
        started = time.perf_counter()
        result = work()
        self._apply_seconds = time.perf_counter() - started
        return result

    def refresh_view(self) -> None:
        self._filter_generation += 1  # a result still on its way is older than this
        self.show_visible(self.timed(functools.partial(apply, self.article, self.flt)))

    def show_visible(self, vis: Visible) -> None:
        """Hand each pane what it shows; a pane whose items (or, for Source, highlights) did
        not change is not touched, so a keystroke in one pane's filter repaints that pane only."""
        art, flt = self.article, self.flt
        self.shown_items = vis
        actor = art.actor(flt.actor)
        mentions = actor.mentions if actor else ()
        for pane_id, args in (("timeline", (art, vis.events)), ("actors", (art, vis.actors)),
                              ("quotes", (art, vis.quotes)), ("source", (art, mentions, flt.source_query))):
            key = tuple(a if isinstance(a, str) else id(a) if isinstance(a, Article) else tuple(map(id, a))
                        for a in args)
            if self._shown_keys.get(pane_id) != key:
                self._shown_keys[pane_id] = key
                self.pane(pane_id).update_view(*args)  # type: ignore[attr-defined]
        self.refresh_status()
        self.refresh_topbar()

    @property
    def preset_dirty(self) -> bool:
        base = self.presets.get(self.preset_name or "")
        return base is not None and base.to_toml() != self.flt.to_toml()

    def refresh_status(self) -> None:
        """The status bar: preset, selected actor, filter, then counts (status_counts), rtl mode, mouse."""
        try:
            bar_widget = self.dashboard().query_one(StatusBar)
        except (LookupError, NoMatches):  # no dashboard on screen (yet): nothing to draw on
            return
        mode = self.rtl_mode
        bar = Text(end="")
        if self.preset_name:
            bar.append("preset ", style="dim")
            bar.append_text(inline(printable(self.preset_name), mode, "bold"))
            if self.preset_dirty:
                bar.append("*", style="bold")
            bar.append(" │ ", style="dim")
        actor, rest = self.status_filter()
        if actor is not None:
            bar.append("actor ", style="dim")
            bar.append_text(inline(actor, mode, "bold"))
            bar.append(" (esc clears) │ ", style="dim")
        if rest:
            bar.append("filter ", style="dim")
            bar.append_text(inline(printable(rest), mode, base="ltr"))
            bar.append(" │ ", style="dim")
        elif actor is None:
            bar.append("no filter │ ", style="dim")
        self.status_counts(bar)
        bar.append(f" │ rtl {self.rtl_mode}", style="dim")
        if not self.mouse_on:
            bar.append(" · mouse off", style="dim")
        bar_widget.show(bar)

    def status_filter(self) -> tuple[str | None, str]:
        """(the selected actor's name or None, the rest of the filter in words)."""
        actor = self.article.actor(self.flt.actor)
        return (actor.name if actor else None), replace(self.flt, actor=None).describe()

    def status_counts(self, bar: Text) -> None:
        """shown/total per pane, or what is still being worked on."""
        a, v = self.article, self.shown_items
        if self.parsing:
            bar.append(f"parsing {self.words_to_parse():,} words… the panes fill when it is done", style="bold")
        else:
            counts = (("T", len(v.events), len(a.events)), ("A", len(v.actors), len(a.actors)),
                      ("Q", len(v.quotes), len(a.quotes)))
            bar.append("  ".join(f"{k} {s}/{t}" for k, s, t in counts))

    def words_to_parse(self) -> int:
        """The article's word count, counted once (the status bar is redrawn several times
        while the parse runs: 8 ms a time on 50,000 words)."""
        text = self.article.text
        if self._word_count[0] is not text:
            self._word_count = (text, len(text.split()))
        return self._word_count[1]

    def refresh_topbar(self) -> None:
        """The top bar: the pane tabs in compact layouts, else the name and topbar_title."""
        try:
            main = self.dashboard()
            top = main.query_one(TopBar)
        except (LookupError, NoMatches):
            return
        main.refresh_keys_later()  # the focus or the layout changed: so may the keys
        bar = Text(end="", no_wrap=True, overflow="ellipsis")
        if main.has_class("-compact"):
            current = main.current_pane
            for n, p in enumerate(main.panes):
                if n:
                    bar.append(main.TAB_SEPARATOR, style="dim")
                bar.append(main.tab_label(p, current), style="reverse bold" if p is current else "")
        else:
            bar.append(" ")
            bar.append_text(inline("مرصد", self.rtl_mode, "bold"))
            bar.append(" Marsad ", style="bold")
            self.topbar_title(bar)
        top.show(bar)

    def topbar_title(self, bar: Text) -> None:
        # An article without metadata is named by its file, so the bar never reads "· · published".
        title = self.article.meta.get("title") or self.source_name
        bar.append("· ", style="dim")
        bar.append_text(inline(printable(title), self.rtl_mode))
        bar.append_text(self.reference_label())

    def reference_label(self) -> Text:
        """The date relative dates resolve against and where it came from, or how to set it."""
        from tui.article.reference import SOURCES
        from tui.view.dates import date_in_words

        meta = self.article.meta
        if self.article.published:
            source = SOURCES.get(meta.get("published_from", ""), "")
            return Text(f" · published {self.article.published}" + (f" ({source})" if source else ""), style="dim")
        dateline = meta.get("dateline")
        if dateline:
            return Text(f" · dateline {date_in_words(dateline)} — press D to set the date", style="bold")
        return Text(" · publication date unknown — press D to set it", style="bold")

    # -- messages from the panes ---------------------------------------------------------
    def on_actor_chosen(self, message: ActorChosen) -> None:
        self.set_filter(replace(self.flt, actor=message.actor_id))
        name = self.article.actor(message.actor_id)
        self.notify(f"Showing only {name.name if name else message.actor_id}; esc shows everyone", timeout=3,
                    markup=False)

    def on_span_chosen(self, message: SpanChosen) -> None:
        source = self.pane("source")
        source.show_span(message.start, message.end)  # type: ignore[attr-defined]
        self.bring_source_forward(self.main)

    def bring_source_forward(self, main: MainScreen) -> None:
        """In the compact layout (one pane at a time), show Source after `enter` chose what it shows."""
        if main.has_class("-compact"):
            current = main.current_pane
            if current.id != "source":
                self._came_from = current.id  # esc in Source goes back there
            main.action_jump(main.pane_ids().index("source"))

    def on_query_changed(self, message: QueryChanged) -> None:
        if getattr(self.flt, message.field, None) != message.value:
            self.set_filter(replace(self.flt, **{message.field: message.value}))

    def back_out(self, pane: Pane) -> None:
        """esc: unzoom; in the compact layout, from a Source that `enter` brought forward, back to
        that pane; then drop the actor selection, then the source highlight, then the pane's query."""
        main = self.dashboard()
        source = main.query_one("#source", Pane)
        came_from, self._came_from = self._came_from, None
        if main.maximized is not None:
            main.minimize()
        elif came_from and pane is source and main.has_class("-compact"):
            main.action_jump(main.pane_ids().index(came_from))  # one pane at a time: back where enter was pressed
        elif self.flt.actor is not None:
            self.set_filter(replace(self.flt, actor=None))
        elif getattr(source, "selected", None) is not None:
            source.clear_span()  # type: ignore[attr-defined]
        elif getattr(self.flt, pane.QUERY_FIELD, ""):
            self.set_filter(replace(self.flt, **{pane.QUERY_FIELD: ""}))

    # -- layout ---------------------------------------------------------------------------
    def on_resize(self, event: Resize) -> None:
        self.apply_size(event.size.width, event.size.height)

    def apply_size(self, width: int, height: int) -> None:
        try:
            main = self.main
            too_small = main.query_one(TooSmall)
        except (LookupError, NoMatches):
            return
        main.set_class(width < MIN_SIZE[0] or height < MIN_SIZE[1], "-tiny")
        main.set_class(width < COMPACT_BELOW[0] or height < COMPACT_BELOW[1], "-compact")
        too_small.show(Text("\n".join(too_small_lines(width, height)), justify="center"))
        self.refresh_topbar()

    # -- theme and right-to-left mode -----------------------------------------------------
    def watch_theme(self, name: str) -> None:
        self.palette = palette(self.current_theme)
        self._restyle()

    def watch_rtl_mode(self, mode: str) -> None:
        from tui.app import rtl_driver

        rtl_driver.set_mode(mode)  # the terminal's own bidi off in app mode (VTE), on otherwise
        self._restyle()

    def _restyle(self) -> None:
        try:
            main = self.main
        except LookupError:
            return
        for p in main.panes:
            p.restyle()
        self.refresh_status()
        self.refresh_topbar()

    def action_pick_theme(self) -> None:
        from .dialogs import ThemePicker

        names = sorted(n for n in self.available_themes if n.startswith("marsad") or n in self._user_themes())
        names += sorted(n for n in self.available_themes if n not in names)

        def done(choice: str | None) -> None:
            if choice:
                self.set_theme(choice)

        self.push_screen(ThemePicker(names, self.theme), done)

    def _user_themes(self) -> set[str]:
        return {t.name for t in load_themes().themes}

    def set_theme(self, name: str) -> None:
        self.theme = name
        from tui.config import save_state

        problem = save_state(theme=name)
        if problem:
            self.notify(problem, severity="warning", markup=False)

    def action_cycle_rtl(self) -> None:
        from tui.app.rtl import next_mode
        from tui.config import save_state

        self.rtl_mode = next_mode(self.rtl_mode)
        save_state(rtl=self.rtl_mode)
        self.notify(f"Right-to-left mode: {self.rtl_mode}", timeout=3)

    def action_calibrate(self) -> None:
        """The RTL helper's calibration screen; the chosen mode becomes ``rtl_mode``."""
        from tui.app.calibrate import open_calibration

        open_calibration(self)

    # -- the publication date ------------------------------------------------------------
    def action_set_published(self) -> None:
        from .dialogs import DatePrompt

        current = self.article.published or ""
        title = ("Publication date (relative dates such as أمس resolve against it); "
                 "empty clears the date you set")
        self.push_screen(DatePrompt(title, current), self._published_chosen)

    def _published_chosen(self, value: str | None) -> None:
        if value is None:
            return
        from tui.config import save_file_state

        problem = save_file_state(self.content_key, published=value or None)
        if problem:
            self.notify(problem, severity="warning", markup=False)
        self.set_published(value or None)

    def set_published(self, value: str | None) -> None:
        """Re-resolve the article against ``value`` (None: back to the flag, metadata or
        dateline) at once; the panes keep the filter."""
        from tui.article.parse import parse

        meta = dict(self.article.meta)
        if value:
            ref_value, source = value, "user"
        else:
            fallback = self._fallback_reference()
            ref_value, source = fallback.published, fallback.source
        meta["published_from"] = source
        self.article = parse(self.article.text, ref_value, meta)
        self.refresh_view()
        self.refresh_topbar()
        if ref_value:
            self.notify(f"Dates resolved against {ref_value}", timeout=3)
        else:
            self.notify("Publication date cleared: relative dates stay unresolved", timeout=4)

    def _fallback_reference(self):
        """The reference date without the user's: the flag this session started with, the
        metadata or the dateline."""
        from tui.article.reference import Reference, choose

        start = self._start_reference
        if start.source not in ("user", "unknown"):
            return start
        return choose(self.article.text, metadata=self.article.meta.get("published")) if start.source == "user" \
            else Reference(None, "unknown")

    # -- help, facets, presets, export ---------------------------------------------------
    def action_help(self) -> None:
        from .help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        try:
            pane = self.main.current_pane
        except LookupError:
            return
        grouped: dict[tuple[str, str], list[str]] = {}
        ids: dict[tuple[str, str], str] = {}
        for key, active in self.screen.active_bindings.items():
            b = active.binding
            if not b.description or b.action in _HELP_SKIP:
                continue
            node = active.node
            in_pane = isinstance(node, Pane) or any(isinstance(a, Pane) for a in node.ancestors)
            slot = (b.description, "this pane" if in_pane else "everywhere")
            grouped.setdefault(slot, []).append(self.get_key_display(b) or key)
            ids[slot] = ids.get(slot) or b.id or ""
        keys = [(" ".join(sorted(set(k), key=lambda s: (len(s), s))), desc, where, ids[(desc, where)])
                for (desc, where), k in grouped.items()]
        keys.sort(key=lambda row: (row[2] != "this pane", row[0]))
        self.push_screen(HelpScreen(pane.HELP, keys))

    def action_facets(self) -> None:
        from .facets import FacetScreen

        self.push_screen(FacetScreen(self.article, self.flt))

    def load_preset(self, name: str) -> None:
        flt = self.presets.get(name)
        if flt is None:
            self.notify(f"No preset named {name!r}", severity="warning", markup=False)
            return
        self.preset_name = name
        self.set_filter(replace(flt, actor=None))

    def action_presets(self) -> None:
        from .presets_screen import PresetsScreen

        self.push_screen(PresetsScreen())

    def action_cycle_preset(self, step: int) -> None:
        names = sorted(self.presets)
        if not names:
            self.notify("No presets yet: ctrl+s saves the current filter", timeout=4)
            return
        i = names.index(self.preset_name) + step if self.preset_name in names else (0 if step > 0 else -1)
        self.load_preset(names[i % len(names)])
        self.notify(f"Preset {self.preset_name}", timeout=2, markup=False)

    def action_save_preset(self) -> None:
        from .dialogs import NamePrompt

        self.push_screen(NamePrompt("Save the current filter as preset:", self.preset_name or ""), self.save_preset)

    def save_preset(self, name: str | None) -> None:
        if not name:
            return
        flt = replace(self.flt, actor=None)
        try:
            from tui.atomic import StorageError

            if self.store is None:
                raise StorageError("no preset store")
            notice = self.store.save(name, flt)
            if notice:  # a damaged presets.toml was set aside: say so once, and where it went
                self.notify(notice, severity="warning", timeout=20, markup=False)
            self.notify(f"Saved preset {name!r} to {self.store.path}", timeout=4, markup=False)
        except ValueError as e:
            self.notify(f"Cannot save preset: {e}", severity="error", markup=False)
            return
        except OSError as e:
            self.notify(f"Cannot save presets ({e}); {name!r} is kept in memory for this session",
                        severity="warning", timeout=10, markup=False)
        self.presets[name] = flt
        self.preset_name = name
        self.refresh_status()

    def rename_preset(self, old: str, new: str) -> None:
        try:
            if self.store is not None:
                self.store.rename(old, new)
        except KeyError:
            pass  # only in memory
        except (ValueError, OSError) as e:
            self.notify(f"Cannot rename preset: {e}", severity="error", markup=False)
            return
        self.presets[new] = self.presets.pop(old)
        if self.preset_name == old:
            self.preset_name = new
        self.refresh_status()

    def delete_preset(self, name: str) -> None:
        try:
            if self.store is not None:
                self.store.delete(name)
        except KeyError:
            pass
        except OSError as e:
            self.notify(f"Cannot delete preset from disk: {e}", severity="error", markup=False)
            return
        self.presets.pop(name, None)
        if self.preset_name == name:
            self.preset_name = None
        self.notify(f"Deleted preset {name!r}", timeout=3, markup=False)
        self.refresh_status()

    def action_export(self) -> None:
        def done(fmt: str | None) -> None:
            if fmt:
                self.export_visible(fmt)

        self.push_screen(self.export_choice(), done)

    def export_choice(self) -> Screen:
        """The dialog that asks for the export format."""
        from .dialogs import ExportChoice

        return ExportChoice()

    def export_visible(self, fmt: str, folder: Path | None = None) -> Path | None:
        """Write the visible items as ``fmt`` into ``folder`` (the current directory) and say where."""
        from tui.view.export import export_bytes

        path = self.write_export(folder, self.source_name, fmt,
                                 lambda: export_bytes(self.article, self.shown_items, fmt))
        if path is not None:
            v = self.shown_items
            self.notify(f"Exported {len(v.actors)} actors, {len(v.quotes)} quotes, {len(v.events)} events to "
                        f"{path}", timeout=8, markup=False)
        return path

    def write_export(self, folder: Path | None, stem: str, fmt: str, data: Callable[[], bytes]) -> Path | None:
        """Write ``data()`` to a new export file in ``folder`` (the current directory); an
        error is one notice and None."""
        from tui.atomic import atomic_write_bytes

        try:
            path = export_path(folder or Path.cwd(), stem, fmt)
            atomic_write_bytes(path, data())
        except OSError as e:
            self.notify(f"Cannot export: {e}", severity="error", markup=False)
            return None
        return path

    # -- mouse ----------------------------------------------------------------------------
    def action_toggle_mouse(self) -> None:
        self.mouse_on = not self.mouse_on
        driver = self._driver
        if driver is not None and hasattr(driver, "_enable_mouse_support"):
            if self.mouse_on:
                driver._mouse = True
                driver._enable_mouse_support()
            else:
                driver._disable_mouse_support()
                driver._mouse = False
        self.notify(f"Mouse {'on' if self.mouse_on else 'off'}", timeout=2)
        self.refresh_status()

    # -- the command palette --------------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        try:
            main = self.main
        except LookupError:
            main = None
        if main is not None:
            for n, pane in enumerate(main.panes):
                yield SystemCommand(f"Jump to {pane.TITLE} ({pane.NUMBER})", f"Focus the {pane.TITLE} pane",
                                    lambda n=n: main.action_jump(n))
            yield SystemCommand("Zoom the focused pane (z)", "Maximise the focused pane, or restore", main.action_zoom)
        yield SystemCommand("Facets (f)", "Filter every pane by actor kind, affiliation, speaker, quote kind, date",
                            self.action_facets)
        yield SystemCommand("Save the filter as a preset (ctrl+s)", "Ask for a name and save", self.action_save_preset)
        yield SystemCommand("Presets (p)", "List, load, rename and delete presets", self.action_presets)
        for name in sorted(self.presets):
            described = printable(self.presets[name].describe()) or "no filter"
            yield SystemCommand(f"Load preset: {printable(name)}", described,
                                lambda name=name: self.load_preset(name), discover=False)
        yield SystemCommand("Set the publication date (D)", "Relative dates resolve against it; remembered for "
                            "this article", self.action_set_published)
        yield SystemCommand("Switch theme (t)", "Pick a theme with live preview", self.action_pick_theme)
        for name in sorted(self.available_themes):
            yield SystemCommand(f"Theme: {printable(name)}", "Switch to this theme and remember it",
                                lambda name=name: self.set_theme(name), discover=False)
        for fmt, label in (("md", "Markdown brief"), ("json", "JSON (contract)"), ("csv", "CSV of quotes")):
            yield SystemCommand(f"Export visible items as {label}", "Write a file in the current directory",
                                lambda fmt=fmt: self.export_visible(fmt))
        yield SystemCommand("Toggle mouse", f"Mouse is {'on' if self.mouse_on else 'off'}", self.action_toggle_mouse)
        yield SystemCommand("Cycle right-to-left mode (r)", f"Now: {self.rtl_mode}", self.action_cycle_rtl)
        yield SystemCommand("Calibrate right-to-left display", "Show an Arabic sentence in the three modes "
                            "and pick the one that reads right", self.action_calibrate)
        yield SystemCommand("Help (?)", "What the focused pane shows and its keys", self.action_help)
        yield SystemCommand("Quit (q)", "Leave Marsad", self.exit)


def too_small_lines(width: int, height: int) -> list[str]:
    """The "terminal too small" message in lines short enough (≤ 24 cells) never to wrap
    in a terminal that is itself too small."""
    return ["Terminal too small", "", f"{width}×{height}: Marsad", f"needs {MIN_SIZE[0]}×{MIN_SIZE[1]} or more.",
            "", "Enlarge the window", "or use a smaller font.", "", "q quits"]


_APP_ACTIONS = frozenset(b.action.split("(")[0] for b in MarsadApp.BINDINGS)


EXPORT_STEM_BYTES = 120  # a file name may have 255 bytes; room for "marsad-", "-NNN" and ".json"


def export_path(folder: Path, source_name: str, fmt: str) -> Path:
    """``folder/marsad-<article>.<fmt>``, never an existing file (``-2``, ``-3`` … instead) and
    never a name the file system refuses: a long article name is cut (on a character) to
    EXPORT_STEM_BYTES of UTF-8."""
    stem = re.sub(r"[^\w.-]+", "-", source_name).strip("-.") or "article"
    if len(stem.encode("utf-8")) > EXPORT_STEM_BYTES:
        stem = stem.encode("utf-8")[:EXPORT_STEM_BYTES].decode("utf-8", "ignore").rstrip("-.")
    path = folder / f"marsad-{stem}.{fmt}"
    n = 2
    while os.path.lexists(path):
        path = folder / f"marsad-{stem}-{n}.{fmt}"
        n += 1
    return path


def binding_ids() -> set[str]:
    """Every binding id the single-article dashboard defines (what ``[keymap]`` in config.toml may remap)."""
    import sys

    from . import actors, calibrate, dialogs, facets, help, pane, presets_screen, quotes, source, timeline

    return ids_in(sys.modules[__name__], actors, calibrate, dialogs, facets, help, pane, presets_screen, quotes,
                  source, timeline)


def ids_in(*modules: Any) -> set[str]:
    """The binding ids of the classes defined in ``modules`` (not those they import)."""
    return {b.id for m in modules for c in vars(m).values() if isinstance(c, type) and c.__module__ == m.__name__
            for b in c.__dict__.get("BINDINGS", ()) if isinstance(b, Binding) and b.id}


def _parse(text: str, published: str | None, meta: dict[str, str]) -> Article:
    from tui.article.parse import parse

    return parse(text, published, meta)


def default_theme_for_terminal(env: dict[str, str] | None = None) -> str:
    """marsad-16 on terminals that announce neither true colour nor 256 colours (TERM=xterm,
    no COLORTERM), where Textual's approximations of the dark theme's greys turn muddy."""
    import os

    env = dict(os.environ) if env is None else env
    if env.get("COLORTERM", "").lower() in ("truecolor", "24bit") or "256" in env.get("TERM", ""):
        return DEFAULT_THEME
    if env.get("TERM", "") in ("", "dumb"):
        return DEFAULT_THEME
    return "marsad-16"


def run_dashboard(article: Article | tuple[str, str | None, dict[str, str]], args: Any) -> int:
    """Open the dashboard on ``article`` (or on (text, published, meta), parsed in the
    background) with the CLI's options; returns the exit code."""
    return run_app(build_app(article, args))


def run_app(app: MarsadApp) -> int:
    """Run a dashboard (either) until it quits; returns the exit code."""
    app.run(mouse=app.mouse_on)
    return app.return_code or 0


_startup_heap_frozen = False


def freeze_startup_heap() -> None:
    """Take what start-up allocated (Textual's and Marsad's modules, classes, caches: it lives
    as long as the process) out of the cyclic collector's reach.  Otherwise each full
    collection walks all of it again: 35–65 ms once while the first frame is drawn, and again
    now and then while the user types.  Once per process (the tests build many apps)."""
    global _startup_heap_frozen
    if not _startup_heap_frozen:
        _startup_heap_frozen = True
        gc.freeze()


def app_options(args: Any) -> dict[str, Any]:
    """What every dashboard takes from the command line (args), config.toml and state.toml:
    command line > $MARSAD_RTL (rtl only) > config.toml > remembered state > defaults."""
    from tui.app.rtl import resolve_mode
    from tui.app.rtl_driver import driver_class_for
    from tui.config import load_config, load_state

    config = load_config()
    state = load_state()
    theme = getattr(args, "theme", None) or config.theme or state.get("theme") or default_theme_for_terminal()
    cli_rtl = getattr(args, "rtl", None)
    mode = resolve_mode(cli_rtl, config.rtl, state.get("rtl"))
    return {
        "preset": getattr(args, "preset", None),
        "theme": theme,
        "rtl_mode": mode,
        "keymap": config.keymap,
        "problems": (*config.problems, *getattr(args, "problems", ())),
        "mouse": bool(config.mouse) and not getattr(args, "no_mouse", False),
        "calibrate": (cli_rtl, config.rtl),
        "language": config.language,
        "driver_class": driver_class_for(mode),
    }


def build_app(article: Article | tuple[str, str | None, dict[str, str]], args: Any) -> MarsadApp:
    """The app configured as app_options says, on ``article``.  Given (text, published,
    meta) instead of an Article, the app parses it in a worker."""
    freeze_startup_heap()
    options = app_options(args)
    file = getattr(args, "file", None)
    parse_job = None
    if not isinstance(article, Article):
        text, published, meta = article
        parse_job = functools.partial(_parse, text, published, meta)
        article = Article(text, published, meta=meta)  # the text alone, until the model arrives
    return MarsadApp(article, parse_job=parse_job, source_name=Path(file).stem if file else "seed", **options)

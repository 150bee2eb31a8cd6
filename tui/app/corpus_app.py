"""The corpus dashboard: Articles, Timeline, Actors, Quotes across many articles, and the
Source of the item chosen — and, on `enter` on an article, the single-article dashboard
for it (`esc` comes back).

``CorpusApp`` is a ``MarsadApp``: themes, right-to-left modes, presets, help, the palette,
the keymap and the mouse are the same.  It has two modes: the corpus (its own screen and
panes, a ``CorpusView`` and the Filter with the corpus fields) and one article (the
single-article ``MainScreen`` pushed on top, with the app's ``article``/``flt`` swapped in
while it is open).  Loading, merging, indexing and large filterings run in threads, so
the screen is live from the first frame.
"""

from __future__ import annotations

import contextlib
import functools
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import Screen

from tui.article.clean import printable
from tui.article.model import Article
from tui.corpus.load import CorpusSource
from tui.corpus.view import CorpusView, CorpusVisible
from tui.view.filter import Filter, Visible

from .app import MainScreen, MarsadApp, app_options, freeze_startup_heap, ids_in, run_app
from .corpus_panes import (
    PLACEHOLDER,
    ArticleChosen,
    ArticlesPane,
    CorpusActorsPane,
    CorpusPane,
    CorpusQuotesPane,
    CorpusSourcePane,
    CorpusTimelinePane,
    SourceChosen,
)
from .messages import ActorChosen, SpanChosen
from .pane import Pane
from .textrender import inline


class CorpusScreen(MainScreen):
    """Five panes: a 3×2 grid when wide (Quotes across two columns), tabs when narrow."""

    BINDINGS: ClassVar = [Binding("5", "jump(4)", "Go to Source", show=False, id="pane.5")]
    PANES: ClassVar = (("articles", ArticlesPane), ("timeline", CorpusTimelinePane), ("actors", CorpusActorsPane),
                       ("quotes", CorpusQuotesPane), ("source", CorpusSourcePane))
    TAB_SEPARATOR: ClassVar = "│"

    def tab_label(self, pane: Pane, current: Pane) -> str:
        # five tabs: only the current one carries its counts
        counts = f" {pane.shown:,}/{pane.total:,}" if pane.total and pane is current else ""
        return f" {pane.NUMBER} {pane.TITLE}{counts} "


class ArticleScreen(MainScreen):
    """The single-article dashboard for one article of the corpus."""

    START: ClassVar = "start_article"


class CorpusApp(MarsadApp):
    """See the module doc."""

    CSS_PATH: ClassVar = ["marsad.tcss", "corpus.tcss"]
    FRAME = 1 / 60

    def __init__(self, source: CorpusSource, *, loader: Any = None, **kw: Any) -> None:
        super().__init__(Article(""), **kw)
        self.source = source
        self.loader = loader  # () -> Workspace, run in a thread; progress through self.loading_progress
        self.ws: Any = None  # the Workspace once loaded
        self.corpus_flt = Filter(corpus=str(self.corpus_id))
        self.flt = self.corpus_flt
        self.shown_corpus: CorpusVisible | None = None
        self.in_article = False
        self.opened_doc: int | None = None
        self._saved_corpus: tuple[Filter, str | None] | None = None
        self._shown_corpus_keys: dict[str, Any] = {}
        self._progress = (0, 0, 0)
        self._load_error: str | None = None
        self.source_doc: int | None = None  # the document shown in the corpus Source pane
        self.source_name = source.label
        self.indexing = False

    @property
    def corpus_id(self) -> Path:
        return self.source.inputs[0].resolve() if self.source.kind != "files" else self.source.root

    # -- which screen ----------------------------------------------------------------------
    def get_default_screen(self) -> CorpusScreen:
        return CorpusScreen()

    def dashboard(self) -> MainScreen:
        return self.main if self.in_article else self.corpus_screen

    @property
    def corpus_screen(self) -> CorpusScreen:
        for screen in self.screen_stack:
            if isinstance(screen, CorpusScreen):
                return screen
        raise LookupError("corpus screen not mounted")

    # -- start-up and loading ----------------------------------------------------------------
    def known_binding_ids(self) -> set[str]:
        from . import corpus_app, corpus_dialogs, corpus_panes

        return super().known_binding_ids() | ids_in(corpus_app, corpus_panes, corpus_dialogs)

    def show_first_view(self) -> None:
        self.pane("source").update_view(PLACEHOLDER, (), "")  # type: ignore[attr-defined]
        self.refresh_view()
        self.main.action_jump(0, by_user=False)

    def start_background(self) -> None:
        if self.loader is not None:
            self.call_after_refresh(self._start_loading)

    def _start_loading(self) -> None:
        loader = self.loader
        last = [0.0]

        def progress(done: int, total: int, cached: int) -> None:
            now = time.monotonic()
            if now - last[0] > 0.1 or done == total:
                last[0] = now
                with contextlib.suppress(RuntimeError):
                    self.call_from_thread(self._loading_progress, done, total, cached)

        def work() -> None:
            try:
                ws = loader(progress)
            except Exception as e:  # an InputError (one line) or a bug: say so, keep the app
                from tui.article.errors import InputError

                msg = str(e) if isinstance(e, InputError) else f"internal error: {type(e).__name__}: {e}"
                with contextlib.suppress(RuntimeError):
                    self.call_from_thread(self._loading_failed, printable(msg)[:300])
                return
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self.workspace_arrived, ws)

        self._load_thread = threading.Thread(target=work, name="marsad-corpus", daemon=True)
        self._load_thread.start()

    def _loading_progress(self, done: int, total: int, cached: int) -> None:
        self._progress = (done, total, cached)
        self.refresh_status()

    def _loading_failed(self, message: str) -> None:
        self.loader = None
        self._load_error = message
        self.notify(message, severity="error", timeout=30, markup=False)
        self.refresh_status()

    def workspace_arrived(self, ws: Any) -> None:
        self.loader = None
        self.ws = ws
        self._shown_corpus_keys.clear()
        self.refresh_view()
        for problem in ws.problems:
            self.notify(problem, severity="warning", timeout=12, markup=False)
        if not ws.view.indexed:
            self._build_indexes(ws.view)

    def _build_indexes(self, view: CorpusView) -> None:
        self.indexing = True

        def work() -> None:
            view.build_indexes()
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self._indexed, view)

        threading.Thread(target=work, name="marsad-index", daemon=True).start()

    def _indexed(self, view: CorpusView) -> None:
        self.indexing = False
        if self.ws is not None and view is self.ws.view:
            self.refresh_status()

    @property
    def loading(self) -> bool:
        return self.loader is not None

    # -- the corpus view ---------------------------------------------------------------------
    def set_filter(self, flt: Filter) -> None:
        if self.in_article:
            super().set_filter(flt)
            return
        self.flt = self.corpus_flt = replace(flt, corpus=str(self.corpus_id))
        if self.ws is None:
            self.refresh_status()
            return
        view = self.ws.view
        if self._apply_seconds <= self.FRAME and view.indexed:
            self.refresh_view()
            return

        def show(vis: CorpusVisible) -> None:
            if self.ws is not None and view is self.ws.view and not self.in_article:
                self.show_corpus(vis)

        self.filter_in_thread(functools.partial(view.apply, self.flt), show)

    def refresh_view(self) -> None:
        if self.in_article:
            super().refresh_view()
            return
        self._filter_generation += 1  # a result still on its way is older than this
        if self.ws is None:
            self.refresh_status()
            self.refresh_topbar()
            return
        self.show_corpus(self.timed(functools.partial(self.ws.view.apply, self.flt)))

    def show_corpus(self, vis: CorpusVisible) -> None:
        view = self.ws.view
        self.shown_corpus = vis
        for pane_id, positions, total in (("articles", vis.articles, len(view.articles)),
                                          ("timeline", vis.events, len(view.events)),
                                          ("actors", vis.cards, len(view.cards)),
                                          ("quotes", vis.quotes, len(view.quotes))):
            key = (id(view), positions if isinstance(positions, range) else tuple(positions))
            if self._shown_corpus_keys.get(pane_id) != key:
                self._shown_corpus_keys[pane_id] = key
                pane = self.corpus_screen.query_one(f"#{pane_id}", CorpusPane)
                pane.update_view(view, positions, total)
        source = self.corpus_screen.query_one("#source", CorpusSourcePane)
        if source.query_text != self.flt.source_query and source.article is not None:
            source.update_view(source.article, source.mentions, self.flt.source_query)
        self.refresh_status()
        self.refresh_topbar()

    # -- the status and top bars -------------------------------------------------------------
    def status_filter(self) -> tuple[str | None, str]:
        if self.in_article:
            return super().status_filter()
        card = self.selected_card
        return (card.name if card is not None else None), replace(self.flt, actor=None, corpus="").describe()

    def status_counts(self, bar: Text) -> None:
        if self.in_article:
            super().status_counts(bar)
            return
        if self.ws is None:
            done, total, cached = self._progress
            if self._load_error:
                bar.append("the corpus could not be opened (q quits)", style="bold red")
            elif total:
                bar.append(f"loading articles {done:,}/{total:,} ({cached:,} from the cache)…", style="bold")
            else:
                bar.append("loading articles…", style="bold")
        else:
            v, s = self.ws.view, self.shown_corpus
            if s is not None:
                counts = (("Art", len(s.articles), len(v.articles)), ("T", len(s.events), len(v.events)),
                          ("A", len(s.cards), len(v.cards)), ("Q", len(s.quotes), len(v.quotes)))
                bar.append("  ".join(f"{k} {a:,}/{b:,}" for k, a, b in counts))
            if self.indexing:
                bar.append(" │ indexing…", style="dim")

    def topbar_title(self, bar: Text) -> None:
        if self.in_article:
            super().topbar_title(bar)
            return
        bar.append("· corpus ", style="dim")
        bar.append_text(inline(printable(self.source.label), self.rtl_mode))
        if self.ws is not None:
            loaded = self.ws.loaded
            bar.append(f" · {len(loaded.docs):,} articles", style="dim")
            if loaded.errors:
                bar.append(f" ({loaded.errors:,} unreadable)", style="bold")
            if self.source.kind != "jsonl":
                bar.append(f" · {loaded.from_cache:,} from the cache, {loaded.parsed:,} parsed", style="dim")

    @property
    def selected_card(self):
        if self.ws is None or self.flt.actor is None:
            return None
        n = self.ws.view.card_by_id.get(self.flt.actor)
        return self.ws.view.cards[n] if n is not None else None

    # -- messages from the corpus panes --------------------------------------------------------
    def on_article_chosen(self, message: ArticleChosen) -> None:
        self.open_article(message.doc)

    def on_actor_chosen(self, message: ActorChosen) -> None:
        if self.in_article:
            super().on_actor_chosen(message)
            return
        self.set_filter(replace(self.flt, actor=message.actor_id))
        card = self.selected_card
        if card is None:
            return
        self.notify(f"Showing only {card.name}; esc shows everyone", timeout=3, markup=False)
        first = card.members[0]
        visible_docs = set(self.ws.view.articles[p] for p in self.shown_corpus.articles) if self.shown_corpus else set()
        member = next((m for m in card.members if m.doc in visible_docs), first)
        self.show_source(member.doc, mentions=member.actor.mentions)

    def on_source_chosen(self, message: SourceChosen) -> None:
        self.show_source(message.doc, message.start, message.end, message.mentions)
        self.bring_source_forward(self.corpus_screen)

    def show_source(self, doc: int, start: int | None = None, end: int | None = None,
                    mentions: tuple[tuple[int, int], ...] = ()) -> None:
        d = self.ws.view.doc(doc)
        if d.article is None:
            return
        source = self.corpus_screen.query_one("#source", CorpusSourcePane)
        self.source_doc = doc
        source.selected = None
        source.update_view(d.full_article(), mentions, self.flt.source_query)
        source.border_title = f"{source.NUMBER} {source.TITLE} · {printable(d.name)}"
        if start is not None and end is not None:
            source.show_span(start, end)
        elif mentions:
            source.body.show_offset(mentions[0][0])  # type: ignore[attr-defined]

    def on_span_chosen(self, message: SpanChosen) -> None:
        if self.in_article:
            super().on_span_chosen(message)

    def back_out(self, pane: Pane) -> None:
        """esc as in one article; in an open article with nothing left to undo, back to the corpus."""
        if self.in_article:
            source = self.pane("source")
            nothing = (self.main.maximized is None and not self._came_from and self.flt.actor is None
                       and getattr(source, "selected", None) is None
                       and not getattr(self.flt, pane.QUERY_FIELD, ""))
            if nothing:
                self.close_article()
                return
        super().back_out(pane)

    # -- one article ---------------------------------------------------------------------------
    def open_article(self, doc: int) -> None:
        if self.ws is None or self.in_article:
            return
        d = self.ws.view.doc(doc)
        if d.article is None:
            self.notify(f"{d.name}: {d.error}", severity="warning", timeout=6, markup=False)
            return
        from tui.article.reference import Reference, content_key

        self._saved_corpus = (self.flt, self.preset_name)
        self.in_article = True
        self.opened_doc = doc
        self.article = d.full_article()
        self.content_key = content_key(self.article.text)
        self._start_reference = Reference(self.article.published, self.article.meta.get("published_from", "unknown"))
        self.flt = Filter()
        self.preset_name = None
        self.shown_items = Visible(self.article.actors, self.article.quotes, self.article.events)
        self._shown_keys = {}
        self._came_from = None
        self.source_name = Path(d.name).stem
        self.push_screen(ArticleScreen())

    def start_article(self) -> None:
        """Called by ArticleScreen once its panes exist."""
        from .app import PANE_IDS

        self.refresh_view()
        self.main.action_jump(PANE_IDS.index(self.first_pane()), by_user=False)
        self.apply_size(self.size.width, self.size.height)
        self.notify(f"{self.source_name}: esc returns to the corpus", timeout=4, markup=False)

    def close_article(self) -> None:
        if not self.in_article:
            return
        from tui.config import save_file_state

        with contextlib.suppress(LookupError, NoMatches):
            pane = self.main.current_pane.id
            save_file_state(self.content_key, pane=pane)
        self.in_article = False
        assert self._saved_corpus is not None
        self.flt, self.preset_name = self._saved_corpus
        self.article = Article("")
        self.source_name = self.source.label
        self.pop_screen()
        self.call_after_refresh(self._back_in_corpus)

    def _back_in_corpus(self) -> None:
        self.refresh_view()
        self.apply_size(self.size.width, self.size.height)
        with contextlib.suppress(LookupError, NoMatches):
            screen = self.corpus_screen
            # back in Articles, unless a key pressed since esc already chose a pane
            if screen.focused is None or not any(p.has_focus_within for p in screen.query(Pane)):
                screen.query_one("#articles", Pane).focus_body()

    def action_set_published(self) -> None:
        if not self.in_article:
            self.notify("Open an article (enter in Articles) to set its publication date; a .toml beside an "
                        "article or --published sets it for the corpus", timeout=6)
            return
        super().action_set_published()

    # -- facets, presets, export ---------------------------------------------------------------
    def action_facets(self) -> None:
        if self.in_article:
            super().action_facets()
            return
        if self.ws is None:
            self.notify("The corpus is still loading", timeout=3)
            return
        from .corpus_dialogs import CorpusFacetScreen

        self.push_screen(CorpusFacetScreen(self.ws.view, self.flt))

    def load_preset(self, name: str) -> None:
        if self.in_article:
            super().load_preset(name)
            return
        flt = self.presets.get(name)
        if flt is not None and flt.corpus and flt.corpus != str(self.corpus_id):
            self.notify(f"Preset {name!r} was saved for the corpus {flt.corpus}; its filter applies here too",
                        timeout=5, markup=False)
        super().load_preset(name)

    def save_preset(self, name: str | None) -> None:
        self.flt = replace(self.flt, corpus="" if self.in_article else str(self.corpus_id))
        super().save_preset(name)

    @property
    def preset_dirty(self) -> bool:
        base = self.presets.get(self.preset_name or "")
        if base is None:
            return False
        here = "" if self.in_article else str(self.corpus_id)
        return replace(base, corpus=here).to_toml() != replace(self.flt, corpus=here).to_toml()

    def export_choice(self) -> Screen:
        if self.in_article:
            return super().export_choice()
        from .corpus_dialogs import CorpusExportChoice

        return CorpusExportChoice()

    def export_visible(self, fmt: str, folder: Path | None = None) -> Path | None:
        if self.in_article:
            return super().export_visible(fmt, folder)
        ws, v = self.ws, self.shown_corpus
        if ws is None or v is None:
            self.notify("The corpus is still loading", timeout=3)
            return None
        from tui.corpus.export import export_bytes

        path = self.write_export(folder, f"corpus-{self.source.label}", fmt, lambda: export_bytes(ws.view, v, fmt))
        if path is not None:
            self.notify(f"Exported {len(v.articles)} articles, {len(v.cards)} actors, {len(v.quotes)} quotes, "
                        f"{len(v.events)} events to {path}", timeout=8, markup=False)
        return path

    # -- merging: `m` on a card ---------------------------------------------------------------
    def open_members(self, card_id: str) -> None:
        if self.ws is None:
            return
        from .corpus_dialogs import MembersScreen

        n = self.ws.view.card_by_id.get(card_id)
        if n is not None:
            self.push_screen(MembersScreen(self.ws.view, n))

    def correct(self, correction: Any, message: str) -> None:
        """Record a split or merge: re-merged in a thread, then saved beside the corpus."""
        ws = self.ws
        if ws is None:
            return
        from tui.atomic import StorageError

        def work() -> None:
            try:
                notice = ws.correct(correction)
                problem = None
            except (StorageError, OSError) as e:
                notice, problem = None, printable(str(e))
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self._corrected, ws, message, notice, problem)

        self.notify(f"{message}; merging again…", timeout=3, markup=False)
        threading.Thread(target=work, name="marsad-merge", daemon=True).start()

    def _corrected(self, ws: Any, message: str, notice: str | None, problem: str | None) -> None:
        if ws is not self.ws:
            return
        if notice:
            self.notify(notice, severity="warning", timeout=20, markup=False)
        if problem:
            self.notify(f"Cannot save the correction ({problem}); it applies for this session only",
                        severity="warning", timeout=12, markup=False)
        else:
            self.notify(f"{message}; saved to {ws.corrections_path}", timeout=6, markup=False)
        self._shown_corpus_keys.clear()
        if not self.in_article:
            self.flt = self.corpus_flt = replace(self.flt, actor=None)
            self.refresh_view()
        if not ws.view.indexed:
            self._build_indexes(ws.view)

    def exit(self, *args: Any, **kw: Any) -> None:
        if self.in_article:
            super().exit(*args, **kw)
            return
        from textual.app import App

        App.exit(self, *args, **kw)


def build_corpus_app(source: CorpusSource, args: Any, loader: Any) -> CorpusApp:
    """The corpus app configured like ``build_app`` (``app_options``)."""
    freeze_startup_heap()
    return CorpusApp(source, loader=loader, **app_options(args))


def run_corpus(source: CorpusSource, args: Any, loader: Any) -> int:
    return run_app(build_corpus_app(source, args, loader))

"""A corpus from a folder, a list of article files, or a JSON Lines file of models.

* A folder or files: the article files ``marsad parse`` reads (``tui.commands.batch.collect``),
  each looked up in the model cache by content hash (``tui.corpus.cache``); the misses are
  parsed in parallel processes by ``tui.commands.batch.results`` — the same reading, metadata
  and parser as ``marsad parse`` — and cached.
* A ``.jsonl`` / ``.ndjson`` file (from ``marsad parse DIR`` or the Dask example): one model
  per line.  A line that is not JSON, not a ``marsad.article/1`` model, longer than
  ``MAX_LINE`` bytes, or whose offsets fall outside its text, or whose strings hold control
  characters, is one error document saying so in one line; the others load.

Every document keeps where its publication date came from: the flag, the ``.toml`` beside
it, its dateline (the parser's ``meta.published_from``) or, for the article date shown and
filtered on only, the file's modification time (``file``) — never used to resolve dates.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from tui.article.clean import is_unsafe, printable
from tui.article.errors import InputError
from tui.article.model import SCHEMA, Actor, Article, Event, Quote, Sentence, TimeValue

JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_LINE = 64 << 20  # bytes in one JSON line: a 5 MB article's model is far below this
CORRECTIONS_FILE = "marsad-corrections.toml"
OUTLET_KEYS = ("outlet", "source", "site", "publisher")  # in an article's .toml, first found wins

Progress = Callable[[int, int, int], None]  # (done, total, from cache)


@dataclass
class CorpusDoc:
    """One article of the corpus (or the one line saying why it could not be read)."""

    index: int
    path: str  # as given (a file) or as written in the JSON Lines
    name: str  # what the user sees and corrections name: the path relative to the corpus
    article: Article | None = None  # without sentences (see full_article)
    error: str | None = None
    warnings: tuple[str, ...] = ()
    mtime: float | None = None  # the file's, when there is a file
    sentences: tuple[Any, ...] = ()  # the model's sentence list, turned into Sentences on demand
    from_cache: bool = False
    key: str | None = None  # its model's key in the model cache
    published_flag: str | None = None  # the --published it was opened with
    text_later: bool = False  # from the corpus snapshot: the text and sentences are read when shown
    _full: Article | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.article is not None

    def full_article(self) -> Article:
        """The article with its text and sentences (built once, when it is first shown)."""
        if self._full is None:
            assert self.article is not None
            if self.text_later:
                self._read_text()
            sents = tuple(Sentence(int(s["start"]), int(s["end"])) for s in self.sentences)
            self._full = replace(self.article, sentences=sents)
        return self._full

    def _read_text(self) -> None:
        """The text and sentences of an article taken from the snapshot: from the model cache,
        else (the cache was cleaned) parsed again."""
        from tui.corpus.cache import ModelCache

        model = ModelCache().get(self.key) if self.key else None
        if model is not None and model.get("text") is not None:
            self.article = replace(self.article, text=model["text"])  # type: ignore[arg-type]
            self.sentences = tuple(model.get("sentences") or ())
        else:
            from tui.cli import load_article

            full = load_article(Path(self.path), self.published_flag, warn=lambda _w: None)
            self.article = replace(self.article, text=full.text)  # type: ignore[arg-type]
            self.sentences = tuple({"start": s.start, "end": s.end} for s in full.sentences)
        self.text_later = False

    @property
    def title(self) -> str:
        meta = self.article.meta if self.article else {}
        return meta.get("title") or Path(self.name).name

    @property
    def outlet(self) -> str | None:
        """The outlet from the article's .toml (outlet, source, site or publisher), else the
        sub-folder it sits in under the corpus folder, else None."""
        meta = self.article.meta if self.article else {}
        for k in OUTLET_KEYS:
            if meta.get(k):
                return meta[k]
        parent = Path(self.name).parent
        return parent.as_posix() if str(parent) not in ("", ".") and not parent.is_absolute() else None

    @property
    def date(self) -> tuple[str | None, str]:
        """(YYYY[-MM[-DD]] or None, where it came from: flag, metadata, dateline, user, file, unknown)."""
        if self.article is not None and self.article.published:
            return self.article.published, self.article.meta.get("published_from", "metadata")
        if self.mtime is not None:
            return dt.datetime.fromtimestamp(self.mtime, dt.UTC).date().isoformat(), "file"
        return None, "unknown"


@dataclass(frozen=True)
class CorpusSource:
    """What was asked for: ``kind`` folder | files | jsonl, the inputs, and the folder the
    names are relative to and the corrections file sits in."""

    kind: str
    inputs: tuple[Path, ...]
    root: Path
    label: str

    @property
    def corrections_path(self) -> Path:
        if self.kind == "jsonl":
            return self.inputs[0].with_name(self.inputs[0].stem + "." + CORRECTIONS_FILE)
        return self.root / CORRECTIONS_FILE


@dataclass
class LoadResult:
    docs: list[CorpusDoc]
    from_cache: int = 0
    parsed: int = 0
    problems: list[str] = field(default_factory=list)  # one line each (the cache, the input)

    @property
    def errors(self) -> int:
        return sum(1 for d in self.docs if not d.ok)


def is_corpus_request(inputs: list[Path]) -> bool:
    """True when the dashboard should open corpus mode: several files, a folder, a JSON Lines file."""
    if len(inputs) > 1:
        return True
    one = inputs[0]
    return os.path.isdir(one) or one.name.lower().endswith(JSONL_SUFFIXES)


def resolve(inputs: list[Path]) -> CorpusSource:
    """The corpus the inputs name; InputError (one line) for what cannot be one."""
    if not inputs:
        raise InputError("no corpus given: name a folder, several article files or a .jsonl file")
    for p in inputs:
        if str(p) == "-":
            raise InputError("- (standard input) cannot be a corpus; save the JSON Lines to a file")
        if not os.path.lexists(p):
            raise InputError(f"{printable(str(p))}: no such file or folder")
    if len(inputs) == 1 and inputs[0].name.lower().endswith(JSONL_SUFFIXES) and not os.path.isdir(inputs[0]):
        one = inputs[0]
        return CorpusSource("jsonl", (one,), Path(os.path.abspath(one)).parent, one.name)
    if len(inputs) == 1 and os.path.isdir(inputs[0]):
        folder = inputs[0]
        root = Path(os.path.abspath(folder))
        return CorpusSource("folder", (folder,), root, root.name or str(folder))
    parents = [os.path.dirname(os.path.abspath(p)) for p in inputs]
    root = Path(os.path.commonpath(parents))
    return CorpusSource("files", tuple(inputs), root, f"{len(inputs)} files in {root.name or root}")


def _relative(path: str, root: Path) -> str:
    """``path`` relative to ``root`` (string work: a corpus has 10,000s of files), else as given."""
    full = os.path.abspath(path)
    base = os.fspath(root)
    if full.startswith(base.rstrip(os.sep) + os.sep):
        return full[len(base.rstrip(os.sep)) + 1:].replace(os.sep, "/")
    return path


def load(source: CorpusSource, *, published: str | None = None, max_bytes: int | None = None,
         jobs: int | None = None, cache: Any = None, progress: Progress | None = None) -> LoadResult:
    """Every document of ``source``, in order; never raises for one bad article."""
    if max_bytes is None:
        from tui.config import load_config

        max_bytes = load_config().max_bytes
    if source.kind == "jsonl":
        return _load_jsonl(source, progress)
    return _load_files(source, published, max_bytes, jobs, cache, progress)


# -- files and folders ----------------------------------------------------------------------------


def _read_small(path: str, limit: int) -> tuple[bytes | None, float | None]:
    """(the bytes of a regular file of at most ``limit`` bytes, else None — the parser will say
    why; its modification time)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None, None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None, st.st_mtime
        chunks, size = [], 0
        while size <= limit and (chunk := os.read(fd, max(st.st_size + 1 - size, 1 << 16))):
            chunks.append(chunk)
            size += len(chunk)
        data = b"".join(chunks)
        return (data if len(data) <= limit else None), st.st_mtime
    except OSError:
        return None, None
    finally:
        os.close(fd)


def _meta_bytes(path: str) -> bytes | None:
    """The bytes of the .toml beside an article (what ``tui.seeds.read_metadata`` reads), or
    its problem: both are part of the article's cache key."""
    meta = os.path.splitext(path)[0] + ".toml"
    if meta == path:
        return None
    try:  # the common case, cheaply: no .toml
        os.close(os.open(meta, os.O_RDONLY | os.O_NONBLOCK))
    except FileNotFoundError:
        return None
    except OSError:
        pass
    from tui.userfile import read_bytes

    content, problem, _special = read_bytes(Path(meta))
    if content is None:
        return (problem or "").encode() or None
    return content


def _load_files(source: CorpusSource, published: str | None, max_bytes: int, jobs: int | None, cache: Any,
                progress: Progress | None) -> LoadResult:
    from tui.commands import batch
    from tui.commands.args import default_jobs
    from tui.corpus.cache import ModelCache, content_key

    cache = cache if cache is not None else ModelCache()
    paths = [os.fspath(p) for p in batch.collect(list(source.inputs))]
    if not paths:
        where = ", ".join(printable(str(p)) for p in source.inputs)
        raise InputError(f"{where}: a folder with no article files in it (Marsad reads the .txt, .html, .htm, "
                         ".mht, .docx and .odt files of a folder, also .gz/.bz2/.xz-compressed)")
    from tui.corpus import snapshot

    total = len(paths)
    docs: list[CorpusDoc | None] = [None] * total
    keys: list[str | None] = [None] * total
    stats: list[tuple] = [(None, None)] * total
    misses: list[int] = []
    result = LoadResult([])
    snap_path = snapshot.snapshot_path(cache.folder.parent, source.kind,
                                       [os.path.abspath(p) for p in source.inputs], published, max_bytes)
    old = snapshot.read(snap_path)
    old_files, taken_at = old.get("files", {}), old.get("at", 0)
    new_files: dict[str, tuple] = {}
    for i, p in enumerate(paths):
        full = os.path.abspath(p)
        stat_now = stats[i] = (snapshot.file_stat(p), snapshot.file_stat(os.path.splitext(p)[0] + ".toml"))
        doc = CorpusDoc(i, p, _relative(p, source.root), published_flag=published)
        entry = old_files.get(full)
        if entry is not None and snapshot.fresh(entry, *stat_now, taken_at):
            try:
                doc.article, doc.key, doc.text_later = snapshot.expand(entry[3]), entry[2], True
            except (TypeError, ValueError, IndexError):
                doc.article = None
            if doc.article is not None:
                doc.mtime = stat_now[0][1] / 1e9  # type: ignore[index]
                doc.from_cache = True
                docs[i] = doc
                new_files[full] = entry
                result.from_cache += 1
                continue
        data, doc.mtime = _read_small(p, max_bytes)
        if data is not None:
            key = keys[i] = doc.key = content_key(data, _meta_bytes(p), published)
            model = cache.get(key)
            if model is not None and _fill(doc, model, trusted=True) is None:
                doc.from_cache = True
                docs[i] = doc
                result.from_cache += 1
                if stat_now[0] is not None:
                    new_files[full] = (*stat_now, key, snapshot.compact(doc.article))  # type: ignore[arg-type]
                continue
        docs[i] = doc
        misses.append(i)
        if progress and i % 64 == 0:
            progress(result.from_cache, total, result.from_cache)
    done = result.from_cache
    if progress:
        progress(done, total, result.from_cache)
    if misses:
        lines = batch.results([paths[i] for i in misses], jobs or default_jobs(), published, max_bytes)
        for i, (line, _status) in zip(misses, lines, strict=True):
            body = json.loads(line)
            doc = docs[i]
            assert doc is not None
            body.pop("path", None)
            if "error" in body:
                doc.error = str(body["error"])
            else:
                doc.warnings = tuple(str(w) for w in body.pop("warnings", ()))
                problem = _fill(doc, body, trusted=True)
                if problem:
                    doc.error = problem
                elif keys[i] is not None:
                    cache.put(keys[i], json.dumps(body, ensure_ascii=False))
                    if stats[i][0] is not None and doc.article is not None:
                        new_files[os.path.abspath(paths[i])] = (*stats[i], keys[i], snapshot.compact(doc.article))
            result.parsed += 1
            done += 1
            if progress:
                progress(done, total, result.from_cache)
    result.docs = [d for d in docs if d is not None]
    if new_files != old_files and not cache.problem:
        snapshot.write(snap_path, new_files, snapshot.now_ns())
    if cache.problem:
        result.problems.append(cache.problem)
    return result


def _fill(doc: CorpusDoc, model: dict[str, Any], trusted: bool = False) -> str | None:
    """Put the model into ``doc``; the one-line reason when it is not a model.  ``trusted``:
    Marsad wrote it (the cache, a fresh parse), so it is built the fast way."""
    try:
        sentences = model.get("sentences") or ()
        article = _fast_article(model) if trusted else Article.from_dict({**model, "sentences": ()})
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as e:
        return f"not a {SCHEMA} model ({type(e).__name__}: {printable(str(e))[:80]})"
    doc.article, doc.sentences = article, tuple(sentences)
    return None


def _fast_article(d: dict[str, Any]) -> Article:
    """``Article.from_dict`` for models Marsad wrote itself, without sentences (built when the
    article is shown): positional constructors and ``map`` instead of per-field look-ups and
    generators — opening 10,000 cached articles builds about a million of these objects."""
    if d.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document")
    actors = tuple(Actor(a["id"], a["name"], a["kind"], tuple(a["aliases"]), tuple(a["titles"]), a["affiliation"],
                         tuple(map(tuple, a["mentions"])), a["why"]) for a in d["actors"])
    quotes = tuple(Quote(q["id"], q["start"], q["end"], q["text"], q["kind"], q["speaker"], q["cue"],
                         tuple(q["cue_span"]) if q["cue_span"] else None, q["why"]) for q in d["quotes"])
    events = []
    for e in d["events"]:
        t = e["time"]
        time = None if t is None else TimeValue(t["start"], t["end"], t["text"], t["value"], t["approximate"],
                                                 t["relation"])
        events.append(Event(e["id"], e["start"], e["end"], e["summary"], tuple(e["actors"]), time, e["why"],
                            e["relation"]))
    return Article(d["text"], d["published"], (), actors, quotes, tuple(events), dict(d["meta"]))


# -- JSON Lines -------------------------------------------------------------------------------------


def _lines(f: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line longer than ``limit`` (skipped)."""
    n = 0
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        n += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield n, None
            continue
        yield n, line


def check_model(article: Article, sentences: Any = ()) -> str | None:
    """Why a model from outside cannot be shown safely (offsets outside its text, control
    characters that would reach the terminal), or None."""
    n = len(article.text)

    def bad_span(s: Any, e: Any) -> bool:
        return not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n)

    spans: list[tuple[Any, Any]] = [(x.get("start"), x.get("end")) if isinstance(x, dict) else (None, None)
                                    for x in sentences]
    strings: list[Any] = [article.text, *article.meta.values()]
    for a in article.actors:
        spans += list(a.mentions)
        strings += [a.id, a.name, a.kind, *a.aliases, *a.titles, a.affiliation or "", a.why]
    for q in article.quotes:
        spans.append((q.start, q.end))
        if q.cue_span:
            spans.append(q.cue_span)
        strings += [q.id, q.text, q.kind, q.cue or "", q.why, q.speaker or ""]
    for e in article.events:
        spans.append((e.start, e.end))
        strings += [e.id, e.summary, e.why, *e.actors]
        if e.time:
            spans.append((e.time.start, e.time.end))
            strings += [e.time.text, e.time.value or "", e.time.relation or ""]
    if any(bad_span(s, e) for s, e in spans):
        return "its offsets fall outside its text (a damaged or edited model)"
    for s in strings:
        if not isinstance(s, str):
            return "a field that should be text is not"
        if any(is_unsafe(ch) for ch in s):
            return "it holds control characters or escape sequences (re-create it with marsad parse)"
    return None


def _load_jsonl(source: CorpusSource, progress: Progress | None) -> LoadResult:
    path = source.inputs[0]
    name = printable(str(path))
    try:
        st = os.stat(path)
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISFIFO(st.st_mode)):
        raise InputError(f"{name}: is not a regular file")
    docs: list[CorpusDoc] = []
    try:
        with open(path, "rb") as f:
            for n, raw in _lines(f, MAX_LINE):
                if raw is not None and not raw.strip():
                    continue
                doc = CorpusDoc(len(docs), f"line {n}", f"line {n}")
                docs.append(doc)
                if raw is None:
                    doc.error = f"line {n}: longer than {MAX_LINE:,} bytes; skipped"
                    continue
                doc.error = _jsonl_doc(doc, raw, n, source.root)
                if progress and len(docs) % 64 == 0:
                    progress(len(docs), 0, 0)
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    if not docs:
        raise InputError(f"{name}: no JSON lines in it (marsad parse DIR -o {path.name} writes one)")
    if all(not d.ok for d in docs):
        first = docs[0].error or ""
        raise InputError(f"{name}: no article model in it ({printable(first)})")
    if progress:
        progress(len(docs), len(docs), 0)
    return LoadResult(docs)


def _jsonl_doc(doc: CorpusDoc, raw: bytes, n: int, root: Path) -> str | None:
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        return f"line {n}: not UTF-8 (byte {e.start})"
    except RecursionError:
        return f"line {n}: nested too deeply to be a model"
    except ValueError as e:
        return f"line {n}: not JSON ({printable(str(e))[:80]})"
    if not isinstance(data, dict):
        return f"line {n}: not a {SCHEMA} model (a JSON {type(data).__name__}, not an object)"
    path = data.pop("path", None)
    if isinstance(path, str) and path and not any(is_unsafe(ch) for ch in path):
        doc.path = path
        doc.name = _relative(path, root) if os.path.isabs(path) else path
    if "error" in data:
        return f"{printable(doc.name)}: {printable(str(data['error']))[:300]}"
    if data.get("schema") != SCHEMA:
        return f"line {n}: not a {SCHEMA} model (schema: {printable(repr(data.get('schema')))[:40]})"
    data.pop("warnings", None)
    problem = _fill(doc, data)
    if problem is None and doc.article is not None:
        problem = check_model(doc.article, doc.sentences)
        if problem:
            doc.article = None
    return f"line {n}: {problem}" if problem else None

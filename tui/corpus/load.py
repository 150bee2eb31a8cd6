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
from tui.article.model import SCHEMA, Article, Sentence

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
    _full: Article | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return self.article is not None

    def full_article(self) -> Article:
        """The article with its sentences (built once, when it is first shown)."""
        if self._full is None:
            assert self.article is not None
            sents = tuple(Sentence(int(s["start"]), int(s["end"])) for s in self.sentences)
            self._full = replace(self.article, sentences=sents)
        return self._full

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
        return CorpusSource("jsonl", (one,), one.resolve().parent, one.name)
    if len(inputs) == 1 and os.path.isdir(inputs[0]):
        folder = inputs[0]
        return CorpusSource("folder", (folder,), folder.resolve(), folder.resolve().name or str(folder))
    parents = [str(p.resolve().parent) for p in inputs]
    root = Path(os.path.commonpath(parents))
    return CorpusSource("files", tuple(inputs), root, f"{len(inputs)} files in {root.name or root}")


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
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


def _read_small(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes, else None (the parser decides)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            return None
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(fd)


def _meta_bytes(path: Path) -> bytes | None:
    from tui.userfile import read_bytes

    meta = path.with_suffix(".toml")
    if meta == path:
        return None
    content, problem, _special = read_bytes(meta)
    if content is None:
        return (problem or "").encode() or None  # a damaged .toml is part of the key too
    return content


def _mtime(path: Path) -> float | None:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


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
    total = len(paths)
    docs: list[CorpusDoc | None] = [None] * total
    keys: list[str | None] = [None] * total
    misses: list[int] = []
    result = LoadResult([])
    for i, p in enumerate(paths):
        doc = CorpusDoc(i, p, _relative(p, source.root), mtime=_mtime(Path(p)))
        data = _read_small(Path(p), max_bytes)
        if data is not None:
            key = keys[i] = content_key(data, _meta_bytes(Path(p)), published)
            model = cache.get(key)
            if model is not None and _fill(doc, model) is None:
                doc.from_cache = True
                docs[i] = doc
                result.from_cache += 1
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
                problem = _fill(doc, body)
                if problem:
                    doc.error = problem
                elif keys[i] is not None:
                    cache.put(keys[i], json.dumps(body, ensure_ascii=False))
            result.parsed += 1
            done += 1
            if progress:
                progress(done, total, result.from_cache)
    result.docs = [d for d in docs if d is not None]
    if cache.problem:
        result.problems.append(cache.problem)
    return result


def _fill(doc: CorpusDoc, model: dict[str, Any]) -> str | None:
    """Put the model into ``doc``; the one-line reason when it is not a model."""
    try:
        sentences = model.get("sentences") or ()
        article = Article.from_dict({**model, "sentences": ()})
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as e:
        return f"not a {SCHEMA} model ({type(e).__name__}: {printable(str(e))[:80]})"
    doc.article, doc.sentences = article, tuple(sentences)
    return None


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

"""The bundled seed articles (``seeds/NAME.txt`` with ``NAME.toml`` metadata)."""

from __future__ import annotations

from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_SEED = "niger-coup-washington-paris"


def seed_path(name: str = DEFAULT_SEED) -> Path:
    return SEEDS_DIR / f"{name}.txt"


def read_metadata(article: Path) -> tuple[dict[str, str], str | None]:
    """The ``.toml`` beside an article (title, source, published …) and the problem that made
    it unusable, if any: ({}, None) when there is none.  Read like every user file (regular
    files only, size- and depth-limited), so a hostile .toml never hangs or crashes a parse."""
    from tui.userfile import read_toml

    meta = article.with_suffix(".toml")
    if meta == article:  # `marsad parse x.toml`: the article is not its own metadata
        return {}, None
    f = read_toml(meta)
    if f.data is None:
        return {}, f"{f.problem}; its metadata (title, published date) is ignored"
    return {k: str(v) for k, v in f.data.items() if isinstance(v, str | int) and not isinstance(v, bool)}, None


def metadata_for(article: Path) -> dict[str, str]:
    """The ``.toml`` beside an article, or {} when absent or unusable."""
    return read_metadata(article)[0]

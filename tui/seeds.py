"""The bundled seed articles (``seeds/NAME.txt`` with ``NAME.toml`` metadata)."""

from __future__ import annotations

import tomllib
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
DEFAULT_SEED = "niger-coup-washington-paris"


def seed_path(name: str = DEFAULT_SEED) -> Path:
    return SEEDS_DIR / f"{name}.txt"


def metadata_for(article: Path) -> dict[str, str]:
    """The ``.toml`` beside an article (title, source, published …), or {} when absent."""
    meta = article.with_suffix(".toml")
    if not meta.is_file():
        return {}
    try:
        data = tomllib.loads(meta.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    return {k: str(v) for k, v in data.items() if isinstance(v, str | int)}

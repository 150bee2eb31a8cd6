"""Bad input on both sides at once: a damaged or odd config never stops an article from
being read, and a bad article is still reported in one line whatever the config says."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.cli import main

ARABIC = "قال وزير الخارجية في مؤتمر صحفي اليوم إن المفاوضات ستستأنف الأسبوع المقبل.\n"


def config_dir() -> Path:
    return Path(os.environ["MARSAD_CONFIG_DIR"])


BAD_CONFIGS: dict[str, bytes] = {
    "syntax-error": b"max_bytes = [1, 2\nrtl = \n",
    "wrong-type": b'max_bytes = "five megabytes"\n',
    "negative": b"max_bytes = -1\n",
    "zero": b"max_bytes = 0\n",
    "boolean": b"max_bytes = true\n",
    "not-utf8": "max_bytes = 100 # \u0642\u0627\u0644\n".encode("cp1256"),
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00",
    "escapes": b'theme = "\x1b]0;pwned\x07"\nmax_bytes = 99999999\n',
}


@pytest.mark.parametrize("case", sorted(BAD_CONFIGS))
def test_bad_config_falls_back_to_the_default_limit(tmp_path: Path, capsys, case: str) -> None:
    (config_dir() / "config.toml").write_bytes(BAD_CONFIGS[case])
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    assert main(["parse", str(f)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["text"] == ARABIC
    assert "\x1b" not in err and "Traceback" not in err


def test_config_toml_that_is_a_folder(tmp_path: Path, capsys) -> None:
    (config_dir() / "config.toml").mkdir()
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    assert main(["parse", str(f)]) == 0


def test_config_dir_that_is_a_file(tmp_path: Path, capsys, monkeypatch) -> None:
    not_a_dir = tmp_path / "config-file"
    not_a_dir.write_text("x")
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(not_a_dir))
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    assert main(["parse", str(f)]) == 0


def test_bad_article_with_bad_config_is_still_one_line(tmp_path: Path, capsys) -> None:
    (config_dir() / "config.toml").write_bytes(BAD_CONFIGS["syntax-error"])
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4\n")
    assert main(["parse", str(f)]) == 2
    err = capsys.readouterr().err
    assert err == f"marsad: {f}: this is a PDF document, not a text article; save the article as plain text or HTML\n"


def test_good_config_limit_applies_to_export_too(tmp_path: Path, capsys) -> None:
    (config_dir() / "config.toml").write_text("max_bytes = 10\n")
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    assert main(["export", str(f)]) == 2
    err = capsys.readouterr().err
    assert "limit of 10 bytes" in err and err.count("\n") == 1


def test_damaged_presets_file_with_export_preset(tmp_path: Path, capsys) -> None:
    (config_dir() / "presets.toml").write_bytes(b"[presets.x\nkinds = 3\x00\xff")
    f = tmp_path / "a.txt"
    f.write_text(ARABIC)
    code = main(["export", str(f), "--preset", "x"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err and "no preset named 'x'" in err


def test_preset_names_with_escapes_never_load() -> None:
    # Textual passes ESC to the terminal: a preset named with an OSC sequence would retitle it.
    from tui.article.clean import is_unsafe
    from tui.view.presets import PresetStore

    path = config_dir() / "presets.toml"
    path.write_text('[presets."evil\\u001b]2;PWNED\\u0007x"]\nkinds = ["person"]\n'
                    '[presets.query]\nactors_query = "\\u001b[2J"\n'
                    '[presets.speakers]\nspeakers = ["\\u202eأحمد"]\n'
                    '[presets.good]\nkinds = ["person"]\n', encoding="utf-8")
    loaded = PresetStore(path).load()
    assert list(loaded.presets) == ["good"]
    assert len(loaded.problems) == 3
    for problem in loaded.problems:
        assert not any(is_unsafe(ch) for ch in problem), repr(problem)
        assert "control characters" in problem
    assert loaded.problems[0].startswith("presets.toml line 1: preset ")


def test_presets_list_prints_no_escape(tmp_path: Path) -> None:
    import subprocess
    import sys

    (config_dir() / "presets.toml").write_text('[presets."evil\\u001b]2;PWNED\\u0007x"]\nkinds = ["person"]\n'
                                               '[presets.ok]\nkinds = ["place"]\n', encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "tui", "presets", "list"], capture_output=True, timeout=60,
                       cwd=Path(__file__).parent.parent, env={**os.environ})
    assert p.returncode == 0, p.stderr
    assert b"\x1b" not in p.stdout + p.stderr and b"\x07" not in p.stdout + p.stderr
    assert p.stdout.startswith(b"ok\t")


@pytest.mark.parametrize("toml", ['theme = "\\u001b]2;x\\u0007"\n', '[keymap]\nquit = "q\\u001b[2J"\n',
                                  '[keymap]\n"quit\\u202e" = "q"\n'])
def test_config_strings_with_controls_are_refused(toml: str) -> None:
    from tui.article.clean import is_unsafe
    from tui.config import load_config

    (config_dir() / "config.toml").write_text(toml, encoding="utf-8")
    cfg = load_config()
    assert cfg.theme is None and not cfg.keymap
    assert len(cfg.problems) == 1 and "expected" in cfg.problems[0]
    assert not any(is_unsafe(ch) for ch in cfg.problems[0]), cfg.problems[0]


def test_state_theme_with_controls_is_ignored() -> None:
    from tui.config import load_state

    (config_dir() / "state.toml").write_text('theme = "\\u001b]2;x\\u0007"\n', encoding="utf-8")
    assert load_state()["theme"] is None

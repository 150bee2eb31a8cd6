"""config.toml is read strictly but never stops Marsad; state.toml remembers choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.article.load import DEFAULT_MAX_BYTES
from tui.config import Config, config_dir, load_config, load_state, save_state, toml_line


def write_config(text: str) -> Path:
    p = config_dir() / "config.toml"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_config_dir_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(tmp_path / "x"))
    assert config_dir() == tmp_path / "x"
    monkeypatch.delenv("MARSAD_CONFIG_DIR")
    assert config_dir().name == "marsad"


def test_no_config_file_means_defaults():
    c = load_config()
    assert c == Config(keymap={}, rtl=None, theme=None, mouse=False, max_bytes=DEFAULT_MAX_BYTES, problems=())


def test_a_good_config():
    write_config('rtl = "app"\ntheme = "marsad-light"\nmouse = true\nmax_bytes = 1000\n'
                 '[keymap]\n"pane.quotes" = "2,f2"\nquit = "ctrl+q"\n')
    c = load_config()
    assert (c.rtl, c.theme, c.mouse, c.max_bytes) == ("app", "marsad-light", True, 1000)
    assert c.keymap == {"pane.quotes": "2,f2", "quit": "ctrl+q"}
    assert c.problems == ()


def test_each_wrong_type_names_file_line_and_expectation_and_keeps_the_rest():
    write_config(
        "# my settings\n"
        'rtl = "sideways"\n'
        'theme = "nord"\n'
        'mouse = "yes"\n'
        "max_bytes = -5\n"
        "colour = 1\n"
        "[keymap]\n"
        'quit = "ctrl+q"\n'
        "help = 7\n"
    )
    c = load_config()
    assert c.theme == "nord" and c.keymap == {"quit": "ctrl+q"}
    assert (c.rtl, c.mouse, c.max_bytes) == (None, False, DEFAULT_MAX_BYTES)
    assert c.problems == (
        "config.toml line 2: rtl: expected one of terminal, app, words",
        "config.toml line 4: mouse: expected true or false",
        "config.toml line 5: max_bytes: expected a positive whole number of bytes, at most 1,073,741,824",
        "config.toml line 6: colour: unknown setting "
        "(expected one of rtl, language, theme, mouse, max_bytes, [keymap])",
        'config.toml line 9: keymap.help: expected a string of keys such as "ctrl+f,slash"',
    )


def test_keymap_that_is_not_a_table():
    write_config('keymap = "vim"\n')
    c = load_config()
    assert c.keymap == {}
    assert c.problems == ('config.toml line 1: keymap: expected a table of binding-id = "keys"',)


def test_a_boolean_is_not_a_byte_count():
    write_config("max_bytes = true\n")
    assert load_config().max_bytes == DEFAULT_MAX_BYTES


def test_a_syntax_error_gives_defaults_and_the_line():
    write_config('rtl = "app"\ntheme = \n')
    c = load_config()
    assert c.rtl is None
    assert len(c.problems) == 1 and c.problems[0].startswith("config.toml line 2: TOML syntax error:")
    assert "(column" in c.problems[0]


def test_an_unreadable_config_is_a_problem_not_a_crash():
    p = config_dir() / "config.toml"
    p.mkdir(parents=True)  # a folder where the file should be
    c = load_config()
    assert c.max_bytes == DEFAULT_MAX_BYTES and c.problems and c.problems[0].startswith("config.toml")
    p.rmdir()
    write_config("").write_bytes(b'theme = "\xff"\n')
    assert load_config().problems[0].startswith("config.toml: cannot be read")


@pytest.mark.parametrize(
    ("raw", "table", "key", "line"),
    [
        ("a = 1\nb = 2\n", (), "b", 2),
        ("[x]\na = 1\n[y]\na = 2\n", ("y",), "a", 4),
        ('[presets."المحجوب فقط"]\nkinds = []\n', ("presets", "المحجوب فقط"), "kinds", 2),
        ("[ presets . 'p' ]  # comment\nkinds = 1\n", ("presets", "p"), "kinds", 2),
        ("[presets.p]\n", ("presets", "p"), None, 1),
        ("[presets.p]\n", ("presets", "p"), "nothing", 1),  # falls back to the table's line
        ("a = 1\n", ("nope",), "a", None),
    ],
)
def test_toml_line(raw, table, key, line):
    assert toml_line(raw, table, key) == line


# -- state.toml --------------------------------------------------------------------------


def test_state_defaults_then_merges_changes():
    assert load_state() == {"theme": None, "rtl": None, "calibrated": False}
    assert save_state(theme="marsad-dark") is None
    assert save_state(rtl="words", calibrated=True) is None
    assert load_state() == {"theme": "marsad-dark", "rtl": "words", "calibrated": True}
    assert save_state(theme=None) is None  # None forgets a choice
    assert load_state()["theme"] is None
    assert (config_dir() / "state.toml").read_text(encoding="utf-8").startswith("#")


def test_state_ignores_bad_values_and_a_damaged_file():
    p = config_dir() / "state.toml"
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text('rtl = "diagonal"\ncalibrated = "yes"\ntheme = "x"\nlayout = "tabs"\n', encoding="utf-8")
    assert load_state() == {"theme": "x", "rtl": None, "calibrated": False, "layout": "tabs"}
    p.write_text("theme = = =", encoding="utf-8")
    assert load_state() == {"theme": None, "rtl": None, "calibrated": False}
    assert save_state(theme="y") is None  # a damaged state file is simply replaced
    assert load_state()["theme"] == "y"


def test_save_state_returns_a_message_when_it_cannot_write(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setenv("MARSAD_CONFIG_DIR", str(blocker / "marsad"))
    msg = save_state(theme="x")
    assert msg is not None and msg.startswith("cannot save your choices:") and "blocker" in msg
    assert load_state()["theme"] is None

"""Export what is visible: a Markdown brief, contract JSON, a CSV of quotes — and the
`marsad export` / `marsad presets` shell commands."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from contract import assert_contract
from test_filter import TEXT, sample_article

import tui.cli
from tui.article.model import Article, Quote
from tui.commands import export as export_cmd
from tui.commands import presets as presets_cmd
from tui.view.export import CSV_COLUMNS, export
from tui.view.filter import Filter, apply, match_spans, text_matches
from tui.view.presets import PresetStore

ROOT = Path(__file__).resolve().parent.parent


def visible(flt: Filter | None = None, article: Article | None = None):
    art = article or sample_article()
    return art, apply(art, flt or Filter())


# -- Markdown ----------------------------------------------------------------------------


def test_markdown_brief_has_title_actors_quotes_by_speaker_and_a_dated_timeline():
    md = export(*visible(), "md")
    lines = md.splitlines()
    assert lines[0] == "# المحجوب وفاليتا ومدغشقر"
    assert "published: 2031-08" in md
    assert "- **رانيا المحجوب** (person) — نائبة وزير النقل البحري · جمهورية القمر المتحدة · also: المحجوب" in lines
    # quotes grouped under their speaker, with the sentence they come from; no source last
    i1, i2, i0 = (lines.index(h) for h in ("### رانيا المحجوب", "### مسؤول مالطي", "### No named source"))
    assert i1 < i2 < i0
    q1 = lines[i1 + 2]
    assert q1.startswith("- «الحوار ما زال ممكناً» (قالت, direct, sentence 1, chars ")
    # timeline sorted by date whatever the text order; undated last
    timeline = [ln for ln in lines[lines.index("## Timeline (5)"):] if ln.startswith("- ")]
    assert [t.split("**")[1] for t in timeline] == ["2031-07-24", "2031-07-28/2031-08-02", "2031-08",
                                                   "2031-08-10", "undated"]
    assert "— مالطا, جمهورية القمر المتحدة" in timeline[1]


def test_markdown_of_a_filtered_view_and_of_nothing():
    md = export(*visible(Filter(actor="a1")), "md")
    assert "## Actors (1)" in md and "## Quotes by speaker (1)" in md and "## Timeline (0)" in md
    assert "مسؤول مالطي" not in md.split("## Quotes")[1]
    md = export(*visible(Filter(actors_query="لا أحد", quotes_query="لا شيء", timeline_query="أبدا")), "md")
    assert md.count("_none_") == 3


def test_markdown_escapes_syntax_hidden_in_article_text():
    art = sample_article()
    q = art.quotes[0]
    evil = dataclasses.replace(q, text="[click](http://x) *bold* <script>")
    art = dataclasses.replace(art, quotes=(evil,))
    md = export(art, apply(art, Filter()), "md")
    assert r"\[click\](http://x) \*bold\* \<script\>" in md
    assert "<script>" not in md


def test_text_stays_in_logical_order():
    art, vis = visible()
    for fmt in ("md", "json", "csv"):
        out = export(art, vis, fmt)
        assert "فاليتا لن تتفاوض مع المهربين" in out  # as written, never reversed or reshaped
        assert "نيبرهملا" not in out


# -- JSON --------------------------------------------------------------------------------


def test_json_is_the_contract_restricted_to_what_is_visible():
    art, vis = visible(Filter(kinds=frozenset({"person"})))
    d = json.loads(export(art, vis, "json"))
    assert_contract(d)
    assert d["text"] == TEXT
    assert [a["id"] for a in d["actors"]] == ["a1"]
    assert [q["id"] for q in d["quotes"]] == ["q1"]
    assert d["events"] == []
    assert Article.from_dict(d).actors == (art.actors[0],)


def test_json_keeps_actors_that_visible_items_refer_to():
    # The actors pane shows only المحجوب, but the visible quotes and events name others.
    art, vis = visible(Filter(actors_query="المحجوب"))
    d = json.loads(export(art, vis, "json"))
    assert_contract(d)
    assert [a["id"] for a in d["actors"]] == ["a1", "a2", "a3", "a4", "a5", "a6"]
    art, vis = visible(Filter(actors_query="المحجوب", timeline_query="مدغشقر", quotes_query="الوضع"))
    d = json.loads(export(art, vis, "json"))
    assert_contract(d)
    assert [a["id"] for a in d["actors"]] == ["a1", "a5"]


def test_json_of_everything_round_trips():
    art, vis = visible()
    assert Article.from_json(export(art, vis, "json")) == art


# -- CSV ---------------------------------------------------------------------------------


def test_csv_has_one_row_per_visible_quote():
    art, vis = visible(Filter(quote_kinds=frozenset({"direct"})))
    rows = list(csv.reader(io.StringIO(export(art, vis, "csv"))))
    assert tuple(rows[0]) == CSV_COLUMNS == ("id", "speaker", "kind", "cue", "text", "start", "end")
    assert [r[0] for r in rows[1:]] == ["q1", "q3"]
    q1 = rows[1]
    assert q1[1:5] == ["رانيا المحجوب", "direct", "قالت", "الحوار ما زال ممكناً"]
    assert TEXT[int(q1[5]):int(q1[6])] == q1[4]
    assert rows[2][1] == ""  # no named source


def test_csv_survives_commas_quotes_and_newlines_in_text():
    art = sample_article()
    text = 'قال: "نعم، لا"\nثم سكت'
    art = dataclasses.replace(art, text=text, quotes=(Quote("q1", 0, len(text), text, "direct", "a1", "قال"),))
    rows = list(csv.reader(io.StringIO(export(art, apply(art, Filter()), "csv"))))
    assert rows[1][4] == text and len(rows) == 2


FORMULAS = ["=HYPERLINK(\"http://x\",\"اضغط\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", " =1", "\u200f=1",
            "＝1"]


def test_csv_cells_a_spreadsheet_would_run_are_defused_and_only_in_csv():
    art = sample_article()
    text = "".join(FORMULAS)
    quotes = tuple(Quote(f"q{i}", 0, len(f), f, "direct", "a1", f) for i, f in enumerate(FORMULAS, 1))
    speaker = dataclasses.replace(art.actors[0], name="=cmd|' /C calc'!A0")
    art = dataclasses.replace(art, text=text, quotes=quotes, actors=(speaker, *art.actors[1:]))
    vis = apply(art, Filter())
    rows = list(csv.reader(io.StringIO(export(art, vis, "csv"))))[1:]
    for row, formula in zip(rows, FORMULAS, strict=True):
        assert row[4] == "'" + formula and row[3] == "'" + formula  # the text and the cue
        assert row[1] == "'=cmd|' /C calc'!A0"
    assert all(r[5].isdigit() for r in rows)  # offsets are numbers, left alone
    data = json.loads(export(art, vis, "json"))
    assert [q["text"] for q in data["quotes"]] == FORMULAS  # JSON keeps the exact text
    assert "'=HYPERLINK" not in export(art, vis, "md")


@pytest.mark.parametrize("harmless", ["قال", "2031", "(نعم)", "'quoted", "a=b", "- "[1:] + "x"])
def test_ordinary_cells_are_unchanged(harmless):
    from tui.view.export import safe_cell

    assert safe_cell(harmless) == harmless


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown export format"):
        export(*visible(), "xml")


# -- marsad export -----------------------------------------------------------------------


LOADS: dict = {}  # what the commands asked tui.cli.load_article for


@pytest.fixture
def sample_file(tmp_path, monkeypatch):
    """An article file whose parse is the hand-built sample (the commands call tui.cli.load_article)."""
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    LOADS.clear()

    def fake_load(file, published, max_bytes=0):
        LOADS.update(file=file, published=published)
        if not Path(file).exists():
            from tui.article.load import InputError

            raise InputError(f"{file}: no such file")
        return sample_article()

    monkeypatch.setattr(tui.cli, "load_article", fake_load)
    return path


def test_export_command_writes_each_format(sample_file, capsys):
    for fmt in ("md", "json", "csv"):
        assert export_cmd.run([str(sample_file), "--format", fmt, "--published", "2031-08"]) == 0
        out = capsys.readouterr().out
        assert out == export(*visible(), fmt)
    assert LOADS["file"] == sample_file and LOADS["published"] == "2031-08"


def test_export_command_applies_a_preset(sample_file, capsys):
    PresetStore().save("المحجوب", Filter(speakers=frozenset({"المحجوب"})))
    assert export_cmd.run([str(sample_file), "--format", "json", "--preset", "المحجوب"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert_contract(d)
    assert [q["id"] for q in d["quotes"]] == ["q1"]


def test_export_command_writes_a_file_with_a_bom_for_csv(sample_file, tmp_path, capsys):
    out = tmp_path / "quotes.csv"
    assert export_cmd.run([str(sample_file), "--format", "csv", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig") == export(*visible(), "csv")
    md = tmp_path / "brief.md"
    assert export_cmd.run([str(sample_file), "-o", str(md)]) == 0  # md is the default format
    assert md.read_text(encoding="utf-8").startswith("# ")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "xml"], "marsad export: argument --format/-f: invalid choice: 'xml'"),
        (["--preset", "nope"], "marsad export: no preset named 'nope' (presets: none saved; file: "),
        (["--published", "August"], "marsad export: argument --published: 'August' is not a date"),
    ],
)
def test_export_user_errors_are_one_line_and_exit_2(sample_file, capsys, argv, message):
    with pytest.raises(SystemExit) as e:  # argparse errors exit; our own return 2
        code = export_cmd.run([str(sample_file), *argv])
        raise SystemExit(code)
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1


def test_export_of_a_missing_file_and_to_a_folder(sample_file, tmp_path, capsys):
    assert export_cmd.run([str(tmp_path / "missing.txt")]) == 2
    assert capsys.readouterr().err.strip().endswith("missing.txt: no such file")
    assert export_cmd.run([str(sample_file), "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    assert export_cmd.run([str(sample_file), "-o", str(blocker / "out.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("marsad export: ") and "blocker" in err and err.count("\n") == 1


def test_export_with_a_damaged_presets_file_warns_and_still_finds_good_presets(sample_file, capsys):
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text('[presets.ok]\nquote_kinds = ["indirect"]\n[presets.bad]\nkinds = 3\n', encoding="utf-8")
    assert export_cmd.run([str(sample_file), "--format", "csv", "--preset", "ok"]) == 0
    captured = capsys.readouterr()
    assert [r[0] for r in csv.reader(io.StringIO(captured.out))][1:] == ["q2"]
    assert "warning: presets.toml line 4: preset 'bad': kinds: expected a list of strings" in captured.err


def test_export_through_the_real_cli_in_a_subprocess(tmp_path):
    """`marsad export` end to end: the real parser, a user error, exit codes."""
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    run = [sys.executable, "-m", "tui", "export", str(art)]
    ok = subprocess.run([*run, "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stderr
    assert_contract(json.loads(ok.stdout))
    bad = subprocess.run([*run, "--format", "pdf"], capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and bad.stdout == "" and bad.stderr.count("\n") == 1
    missing = subprocess.run([*run[:-1], str(tmp_path / "nope.txt")], capture_output=True, text=True, cwd=ROOT)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr


# -- marsad presets ----------------------------------------------------------------------


def test_presets_command_list_show_rename_delete_path(capsys):
    store = PresetStore()
    store.save("المحجوب", Filter(speakers=frozenset({"المحجوب"})))
    store.save("aug", Filter(date_from="2031-08"))
    assert presets_cmd.run(["list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sorted(out) == ["aug\tdate 2031-08..…", "المحجوب\tspeaker=المحجوب"]
    assert presets_cmd.run(["show", "المحجوب"]) == 0
    assert capsys.readouterr().out == '[presets."المحجوب"]\nspeakers = [\n    "المحجوب",\n]\n'
    assert presets_cmd.run(["rename", "aug", "august"]) == 0
    assert "renamed preset 'aug' to 'august'" in capsys.readouterr().out
    assert presets_cmd.run(["delete", "المحجوب"]) == 0
    capsys.readouterr()
    assert set(PresetStore().load().presets) == {"august"}
    assert presets_cmd.run(["path"]) == 0
    assert capsys.readouterr().out.strip() == str(store.path)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "nope"], "marsad presets: no preset named 'nope' (presets: a)"),
        (["delete", "nope"], "marsad presets: no preset named 'nope' (presets: a)"),
        (["rename", "nope", "x"], "marsad presets: no preset named 'nope' (presets: a)"),
        (["rename", "a", "a2"], None),
        (["frobnicate"], "marsad presets: argument list|show|delete|rename|path: invalid choice"),
        ([], "marsad presets: the following arguments are required"),
        (["show"], "marsad presets show: the following arguments are required: name"),
    ],
)
def test_presets_command_user_errors(capsys, argv, message):
    PresetStore().save("a", Filter(kinds=frozenset({"place"})))
    PresetStore().save("a2", Filter())
    if message is None:  # renaming onto an existing name
        assert presets_cmd.run(argv) == 2
        assert capsys.readouterr().err == "marsad presets: a preset named 'a2' already exists\n"
        return
    PresetStore().delete("a2")
    try:
        code = presets_cmd.run(argv)
    except SystemExit as e:
        code = e.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(message), err
    assert err.count("\n") == 1


def test_presets_command_reports_problems_and_storage_errors(tmp_path, monkeypatch, capsys):
    store = PresetStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("[presets.x\n", encoding="utf-8")
    assert presets_cmd.run(["list"]) == 0
    err = capsys.readouterr().err
    assert "warning: presets.toml line 1: TOML syntax error" in err
    assert presets_cmd.run(["delete", "x"]) == 1  # cannot rewrite a file nobody can read
    assert "fix" in capsys.readouterr().err
    assert store.path.read_text(encoding="utf-8") == "[presets.x\n"


# -- real parses -------------------------------------------------------------------------


def _real_articles():
    from conftest import DEV_CORPUS, SEED

    paths = [SEED, *sorted(DEV_CORPUS.glob("*.txt"))] if DEV_CORPUS.is_dir() else [SEED]
    return paths


@pytest.mark.parametrize("path", _real_articles(), ids=lambda p: p.stem[:40])
def test_every_filter_and_export_holds_on_real_parses(path):
    """Whatever the parser finds, each facet keeps the contract and every span is in the text."""
    import tomllib

    gold = path.with_name(path.name.replace(".txt", ".gold.toml"))
    published = tomllib.loads(gold.read_text(encoding="utf-8")).get("published") if gold.exists() else None
    art = tui.cli.load_article(path, published)
    filters = [Filter(), Filter(kinds=frozenset({"person"})), Filter(quote_kinds=frozenset({"direct"})),
               Filter(date_from=art.published or "2000"), Filter(actors_query="!ال")]
    filters += [Filter(actor=a.id) for a in art.actors[:3]]
    filters += [Filter(speakers=frozenset({a.name})) for a in art.actors[:3]]
    for flt in filters:
        vis = apply(art, flt)
        d = json.loads(export(art, vis, "json"))
        assert_contract(d)
        assert len(d["quotes"]) == len(vis.quotes) and len(d["events"]) == len(vis.events)
        assert export(art, vis, "md").startswith("# ")
        assert len(list(csv.reader(io.StringIO(export(art, vis, "csv"))))) == len(vis.quotes) + 1
    for a in art.actors[:5]:
        for s, e in match_spans(a.name, art.text):
            assert 0 <= s < e <= len(art.text)
        text_matches(a.name, art.text)  # never raises

"""The README's two fresh-machine commands stay true: CI runs the second one verbatim."""

from __future__ import annotations

from conftest import ROOT


def _readme_commands() -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines[:12] if line.startswith("    ")]


def test_readme_opens_with_two_commands():
    run, test = _readme_commands()
    assert run.endswith(".venv/bin/marsad")
    assert test.endswith(".venv/bin/pytest")


def test_ci_runs_the_readme_test_command():
    test = _readme_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in [line.strip() for line in ci]

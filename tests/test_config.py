"""Configuration is found by walking up, validated, and every mistake located with a hint."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ccgov.api import audit
from ccgov.cli import run
from ccgov.config import find_config

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "leeds-ops"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    shutil.copytree(EXAMPLE, tmp_path / "project" / "plans")
    return tmp_path / "project" / "plans" / "plan.yaml"


def test_found_by_walking_up(plan: Path) -> None:
    config = plan.parent.parent / ".ccgov.toml"
    config.write_text('ignore = ["SM*"]\n')
    assert find_config(plan) == config


def test_pyproject_tool_section(plan: Path) -> None:
    pyproject = plan.parent.parent / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\n[tool.ccgov]\nfail_on = "warning"\n')
    assert find_config(plan) == pyproject
    assert audit(plan).fail_on == "warning"


def test_severity_override_and_option(plan: Path) -> None:
    text = plan.read_text().replace("target: 380", "target: 300")
    plan.write_text(text)
    assert any(f.rule_id == "SM007" for f in audit(plan, select=["SM007"]).findings)
    config = plan.parent / ".ccgov.toml"
    config.write_text('[rules.SM007]\nseverity = "info"\n')
    found = [f for f in audit(plan, select=["SM007"]).findings if f.rule_id == "SM007"]
    assert found and all(f.severity.value == "info" for f in found)
    config.write_text("[rules.\"smart.realistic\"]\nmax_relative_change = 0.5\n")
    assert not [f for f in audit(plan, select=["SM007"]).findings if f.rule_id == "SM007"]


def test_disable_by_ruleset_and_glob(plan: Path) -> None:
    text = plan.read_text().replace("target: 380", "target: 300").replace("  - id: OBJ1\n",
                                                                          "  - id: OBJ1\n    typo: 1\n")
    plan.write_text(text.replace("    success_criteria: AHT", "    x-success_criteria: AHT"))
    before = {f.rule_id for f in audit(plan).findings}
    assert {"CCG001", "SM007", "SM008"} <= before
    (plan.parent / ".ccgov.toml").write_text('ignore = ["core", "SM00[1-7]"]\n')
    after = {f.rule_id for f in audit(plan).findings}
    assert "SM008" in after and not after & {"CCG001", "SM007"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('[rules.SM009]\nseverity = "info"\n', "no rule matches 'SM009'; did you mean"),
        ("[rules.SM007]\nmax_relative_chnage = 0.3\n", "did you mean 'max_relative_change'"),
        ('[rules.SM007]\nmax_relative_change = "big"\n', "takes a float"),
        ('fail_on = "sometimes"\n', "fail_on"),
        ("selct = []\n", "did you mean 'select'"),
        ('[rules.SM007]\nseverity = "fatal"\n', "severity"),
        ("this is not toml\n", "invalid TOML"),
    ],
)
def test_config_mistakes_exit_2_with_location(plan: Path, text: str, words: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (plan.parent / ".ccgov.toml").write_text(text)
    assert run(["audit", str(plan)]) == 2
    err = capsys.readouterr().err
    assert words in err, err
    assert ".ccgov.toml:1:" in err or ".ccgov.toml:2:" in err, err
    assert "Traceback" not in err


def test_unknown_select_on_the_command_line(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["audit", str(plan), "--select", "SM0099"]) == 2
    assert "SM0099" in capsys.readouterr().err

"""``ccgov rules docs``: a Markdown page per rule and an index; the committed docs/rules/ is current."""

from __future__ import annotations

from pathlib import Path

import pytest

from ccgov.cli import run
from ccgov.rules.docs import GENERATED, REGENERATE, docstring_markdown, docstring_text

REPO = Path(__file__).resolve().parents[2]
COMMITTED = REPO / "docs" / "rules"


def generate(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    assert run(["rules", "docs", "--output", str(folder)]) == 0
    capsys.readouterr()
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md"))}


def test_committed_rule_docs_are_up_to_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)  # rule packs are named by their path from where the command runs
    fresh = generate(tmp_path, capsys)
    committed = {p.name: p.read_text(encoding="utf-8") for p in sorted(COMMITTED.glob("*.md"))}
    stale = sorted(name for name in fresh.keys() | committed.keys()
                   if fresh.get(name) != committed.get(name))
    assert not stale, (f"docs/rules/ is out of date ({', '.join(stale)}); regenerate it with "
                       f"`{REGENERATE}` and commit the result")


def test_a_rule_page_has_metadata_docs_options_and_references(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = generate(tmp_path, capsys)
    page = pages["SM007.md"]
    assert page.startswith(GENERATED + "\n\n# SM007: Target is realistic\n")
    assert "| Rule set | [smart](index.md#smart) |" in page
    assert "| Default severity | warning |" in page
    assert "| `max_relative_change` | `0.25` | convention |" in page
    assert "**Non-compliant**: `{kpi: AHT, baseline: 420, target: 300, due: 2027-03-31}`" in page
    assert "## Remediation\n\nPhase the target" in page
    assert "- [SQM Group, call centre metrics" in page
    index = pages["index.md"]
    assert "## smart" in index and "| [SM001](SM001.md) | `smart.measurable` | error |" in index
    assert REGENERATE in index


def test_stale_generated_pages_go_and_other_files_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ZZ999.md").write_text(GENERATED + "\n\n# a rule that was removed\n")
    (tmp_path / "README.md").write_text("# written by a person\n")
    pages = generate(tmp_path, capsys)
    assert "ZZ999.md" not in pages and "README.md" in pages


def test_docstring_literal_blocks_become_fenced_yaml() -> None:
    text = "Summary with ``due``.\n\n**Compliant**::\n\n    a: 1\n      b: 2\n\nAfter."
    assert docstring_markdown(text) == (
        "Summary with `due`.\n\n**Compliant**:\n\n```yaml\na: 1\n  b: 2\n```\n\nAfter.\n")
    assert docstring_text(text) == "Summary with due.\n\nCompliant:\n\n    a: 1\n      b: 2\n\nAfter."
    # a literal that wraps onto the next line is still one literal
    assert docstring_markdown("**Compliant**: ``a: 1,\nb: 2``") == "**Compliant**: `a: 1,\nb: 2`\n"

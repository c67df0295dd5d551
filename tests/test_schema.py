"""``ccgov schema`` gives a JSON Schema that editors and check-jsonschema can use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ccgov.cli import run

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "leeds-ops"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "plan-v1.schema.json"


def test_schema_has_dialect_and_id(capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("plan-v1.json")


def test_check_jsonschema_accepts_the_example_documents(tmp_path: Path) -> None:
    schema = tmp_path / "schema.json"
    assert run(["schema", "--output", str(schema)]) == 0
    documents = [EXAMPLE / name for name in ("plan.yaml", "consultations.yaml", "changes.yaml")]
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema),
         *map(str, documents)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_check_jsonschema_rejects_a_wrong_plan(tmp_path: Path) -> None:
    schema = tmp_path / "schema.json"
    assert run(["schema", "--output", str(schema)]) == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("ccgov: 1\nplan: {id: p, title: t, period: {start: 2027-01-01, end: 2027-03-31}}\n"
                   "organisation: {}\nobjectives: [{id: O1, baseline: lots}]\n")
    proc = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), str(bad)],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr


def test_committed_schema_is_current(capsys) -> None:  # type: ignore[no-untyped-def]
    """docs/plan-v1.schema.json (the example's modeline target) matches `ccgov schema`."""
    assert run(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(DOCS.read_text()), (
        "regenerate with: ccgov schema --output docs/plan-v1.schema.json"
    )

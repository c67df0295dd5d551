"""Property tests: whatever the input, ccgov answers 0, 1 or 2 with a message; audits are
deterministic; fingerprints survive re-serialisation."""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccgov.api import Auditor
from ccgov.config import Config
from ccgov.errors import InputError
from ccgov.loading.yaml_reader import read_yaml_file

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "leeds-ops"
AUDITOR = Auditor(Config())
BASE = read_yaml_file(EXAMPLE / "plan.yaml").data
# NOTE: without the forecast CSVs each audit takes milliseconds, so Hypothesis can try
# many plans; the staffing maths has its own property tests in tests/workforce.
for _queue in BASE["resource_plan"]["queues"]:
    _queue.pop("forecast")
FAST = settings(max_examples=100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=20),
                    st.sampled_from(["17:45", "9:30", "80%", "2027-02-30", "NO", "", "x-", "-1"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                        st.dictionaries(st.text(max_size=8), inner,
                                                                        max_size=3)), max_leaves=6)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node[:3]):
            found += paths(value, (*prefix, index))
    return found


ALL_PATHS = [
    *paths({k: v for k, v in BASE.items() if k != "resource_plan"}),
    ("resource_plan", "shrinkage"), ("resource_plan", "queues", 0, "interval_minutes"),
    ("resource_plan", "queues", 0, "service_level"), ("resource_plan", "shift_patterns", 0, "end"),
    ("resource_plan", "rotas", 0, "weeks", 0, 2),
]

mutations = st.lists(
    st.tuples(st.sampled_from(ALL_PATHS), st.sampled_from(["set", "delete", "duplicate"]), values),
    min_size=1, max_size=4)


def mutate(data: dict[str, Any], edits: list[tuple[tuple[Any, ...], str, Any]]) -> dict[str, Any]:
    data = copy.deepcopy(data)
    for path, action, value in edits:
        node: Any = data
        try:
            for part in path[:-1]:
                node = node[part]
            last = path[-1]
            if action == "set":
                node[last] = value
            elif action == "delete":
                del node[last]
            elif isinstance(node, list):
                node.append(copy.deepcopy(node[last]))
            elif isinstance(node, dict):
                node[f"{last}"] = copy.deepcopy(node[last])
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed the place; skip this one
    return data


def audit_data(data: dict[str, Any]) -> tuple[str, Any]:
    """Audit a plan (as JSON, which is YAML) beside the example's other documents."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "plan"
        folder.mkdir()
        for name in ("consultations.yaml", "changes.yaml"):
            shutil.copy(EXAMPLE / name, folder / name)
        (folder / "plan.yaml").write_text(json.dumps(data), encoding="utf-8")
        try:
            result = AUDITOR.audit(folder / "plan.yaml")
        except InputError as error:
            assert error.issues and all(i.line >= 1 and i.column >= 1 for i in error.issues)
            return "input-error", [str(i) for i in error.issues]
        assert not result.crashed, [f.message for f in result.findings if f.rule_id == "CCG-INTERNAL"]
        return "audited", result


@FAST
@given(mutations)
def test_mutated_plans_give_findings_or_located_input_errors(edits: Any) -> None:
    kind, _ = audit_data(mutate(BASE, edits))
    assert kind in ("input-error", "audited")


@FAST
@given(st.binary(max_size=400))
def test_any_bytes_are_a_plan_or_an_input_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        try:
            result = AUDITOR.audit(Path(tmp) / "plan.yaml", plan_bytes=b"ccgov: 1\n" + raw)
        except InputError as error:
            assert error.issues
            return
        assert not result.crashed


def _portable(findings: Any) -> list[Any]:
    """Findings as JSON with the (temporary) folder left out of file names."""
    shown = []
    for finding in findings:
        data = finding.to_json()
        data["location"]["file"] = Path(data["location"]["file"]).name
        shown.append(data)
    return shown


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations)
def test_audits_are_deterministic_and_fingerprints_survive_reserialisation(edits: Any) -> None:
    data = mutate(BASE, edits)
    kind, first = audit_data(data)
    if kind != "audited":
        return
    _, second = audit_data(data)
    assert _portable(first.findings) == _portable(second.findings)
    # The same plan written differently (indented, keys reordered) moves every line but
    # must keep every fingerprint: waivers and baselines depend on it.
    reordered = dict(reversed(list(data.items())))
    kind3, third = audit_data(reordered)
    assert kind3 == "audited"
    assert sorted(f.fingerprint for f in first.findings) == sorted(f.fingerprint for f in third.findings)

"""Baselines: the findings a plan already had, so that later audits report only new ones.

``ccgov baseline create plan.yaml -o baseline.json`` records the fingerprint of
every finding; ``ccgov audit --baseline baseline.json`` (or ``baseline = …`` in
the configuration) then leaves those out. Fingerprints are built from rule,
plan and item ids, never line numbers, so moving or reformatting text does not
make an old finding new. Each fingerprint is counted: if a baseline held one
finding with a fingerprint and the plan now has two, one of them is new.

Crashed rules (CCG-INTERNAL) and waiver findings (CCG003-CCG005) are never
baselined: the first means the plan was not checked, the second are about the
waiver file, which has its own review.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ccgov.engine import INTERNAL_ID
from ccgov.errors import InputError
from ccgov.findings import Finding
from ccgov.loading.limits import DEFAULT_LIMITS, Limits
from ccgov.loading.yaml_reader import parse_yaml
from ccgov.result import AuditResult
from ccgov.validation import Positions, check_shape, issue_at

FORMAT = 1
_NEVER_BASELINED = frozenset({INTERNAL_ID, "CCG003", "CCG004", "CCG005"})
_TEXT = {"type": "string"}
_SCHEMA: dict[str, Any] = {
    "ccgov_baseline": {"type": "integer", "allowed": [FORMAT], "required": True},
    "plan": {"type": "string", "required": True, "empty": False},
    "created": _TEXT,
    "ccgov_version": _TEXT,
    "findings": {
        "type": "list",
        "required": True,
        "schema": {
            "type": "dict",
            "schema": {
                "fingerprint": {"type": "string", "required": True, "regex": "[0-9a-f]{32}"},
                "rule_id": _TEXT, "severity": _TEXT, "path": _TEXT, "message": _TEXT,
            },
        },
    },
}


@dataclass
class Baseline:
    """A validated baseline file."""

    display: str
    sha256: str
    plan_id: str
    fingerprints: Counter[str]
    positions: Positions


def baseline_json(result: AuditResult, created: datetime) -> dict[str, Any]:
    """The baseline of an audit; the messages and paths are there for the people who review it."""
    from ccgov import __version__

    kept = [f for f in result.findings if f.rule_id not in _NEVER_BASELINED]
    return {
        "ccgov_baseline": FORMAT,
        "plan": result.plan_id,
        "created": created.isoformat(timespec="seconds").replace("+00:00", "Z"),
        "ccgov_version": __version__,
        "findings": [
            {"fingerprint": f.fingerprint, "rule_id": f.rule_id, "severity": f.severity.value,
             "path": f.location.path, "message": f.message}
            for f in sorted(kept, key=lambda f: (f.fingerprint, f.sort_key))
        ],
    }


def load_baseline(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Baseline:
    """Read and validate a baseline file (JSON, read by the safe YAML reader for positions)."""
    display = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.at(display, 1, 1, f"cannot read baseline: {exc.strerror or exc}") from None
    data, positions = parse_yaml(raw, display=display, limits=limits)
    check_shape(data, positions, _SCHEMA, display)
    counts = Counter(item["fingerprint"] for item in data["findings"])
    return Baseline(display, hashlib.sha256(raw).hexdigest(), data["plan"], counts, positions)


def apply_baseline(result: AuditResult, baseline: Baseline) -> None:
    """Move the findings the baseline holds from ``result.findings`` to ``result.baselined``."""
    if baseline.plan_id != result.plan_id:
        raise InputError([issue_at(baseline.display, baseline.positions, ("plan",),
                                   f"this baseline is for plan {baseline.plan_id}, "
                                   f"not {result.plan_id}")])
    remaining = Counter(baseline.fingerprints)
    new: list[Finding] = []
    known: list[Finding] = []
    for finding in result.findings:
        if finding.rule_id not in _NEVER_BASELINED and remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
            known.append(finding)
        else:
            new.append(finding)
    result.findings = new
    result.baselined = known

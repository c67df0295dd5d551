"""YAML rule cases: each case edits a base plan (or writes documents outright) and lists the
findings the rule must produce — no more, no fewer.

::

    rule: SM002
    base: ../../../examples/leeds-ops     # relative to this file; optional if every case has files
    cases:
      - name: compliant
        expect: []
      - name: due_after_period
        set: {objectives[0].due: 2027-06-30}       # in plan.yaml; or per document:
        # documents: {changes.yaml: {set: {...}, remove: [...]}}
        remove: [objectives[1].due]
        config: |                                  # optional .ccgov.toml text
          [rules.SM002]
          severity = "info"
        expect:
          - {path: objectives[0].due, message: outside the plan period}
          - {path: objectives[1].due, line: 47, column: 5, severity: error}

``files`` (name → text) writes documents byte for byte, for cases that check
exact lines and columns. Expected ``message`` is a substring; ``file``,
``line``, ``column`` and ``severity`` are checked when given.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from glob import glob
from pathlib import Path
from typing import Any

from ccgov.findings import Finding
from ccgov.loading.yaml_reader import parse_yaml
from ccgov.testing.workspace import PlanWorkspace


@dataclass
class RuleCase:
    """One named case of one rule."""

    rule: str
    name: str
    source: Path
    base: Path | None
    spec: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.rule}-{self.name}"

    def prepare(self, root: Path) -> PlanWorkspace:
        workspace = (
            PlanWorkspace.from_folder(self.base, root) if self.base else PlanWorkspace(root)
        )
        for name, text in self.spec.get("files", {}).items():
            workspace.write(name, text)
        edits = dict(self.spec.get("documents", {}))
        if "set" in self.spec or "remove" in self.spec:
            edits[workspace.plan] = {"set": self.spec.get("set", {}),
                                     "remove": self.spec.get("remove", [])}
        for document, change in edits.items():
            for path in change.get("remove", []):
                workspace.remove(path, document)
            for path, value in change.get("set", {}).items():
                workspace.set(path, value, document)
        if "config" in self.spec:
            workspace.write(".ccgov.toml", self.spec["config"])
            workspace.config = ".ccgov.toml"
        return workspace

    def run(self, root: Path | None = None) -> list[Finding]:
        """The findings of this case's rule on the prepared plan."""
        if root is None:
            with tempfile.TemporaryDirectory(prefix="ccgov-case-") as tmp:
                return self.run(Path(tmp))
        result = self.prepare(root).audit(select=[self.rule])
        return [f for f in result.findings if f.rule_id == self.rule]

    def check(self, root: Path | None = None) -> None:
        """Assert that the rule produced exactly the expected findings."""
        findings = self.run(root)
        expected = list(self.spec.get("expect", []))
        unmatched = list(findings)
        missing = []
        for want in expected:
            match = next((f for f in unmatched if _matches(f, want)), None)
            if match is None:
                missing.append(want)
            else:
                unmatched.remove(match)
        if missing or unmatched:
            lines = [f"rule case {self.id} ({self.source}):"]
            lines += [f"  expected, not found: {want}" for want in missing]
            lines += [
                f"  found, not expected: {f.location.file}:{f.location.line}:{f.location.column} "
                f"{f.location.path} [{f.severity.value}] {f.message}"
                for f in unmatched
            ]
            raise AssertionError("\n".join(lines))


def _matches(finding: Finding, want: dict[str, Any]) -> bool:
    loc = finding.location
    checks = {
        "path": loc.path,
        "file": Path(loc.file).name,
        "line": loc.line,
        "column": loc.column,
        "severity": finding.severity.value,
    }
    for key, actual in checks.items():
        if key in want and str(want[key]) != str(actual):
            return False
    return str(want.get("message", "")) in finding.message


def load_rule_cases(pattern: str) -> list[RuleCase]:
    """Every case of every YAML case file matching ``pattern`` (a glob), sorted by file."""
    cases: list[RuleCase] = []
    for name in sorted(glob(pattern, recursive=True)):
        source = Path(name)
        spec, _ = parse_yaml(source.read_bytes(), display=str(source))
        base = (source.parent / spec["base"]).resolve() if spec.get("base") else None
        for case in spec.get("cases", []):
            cases.append(RuleCase(str(spec["rule"]), str(case["name"]), source, base, case))
    if not cases:
        raise FileNotFoundError(f"no rule cases match {pattern!r}")
    return cases

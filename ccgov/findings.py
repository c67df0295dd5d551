"""Findings: what a rule reports, where, and how it is identified across edits."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How much a finding matters; ``error`` fails the default gate."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is worse, so thresholds compare with ``>=``."""
        return _RANK[self]


_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True, slots=True)
class Reference:
    """The law, regulation or framework behind a rule."""

    title: str
    url: str = ""

    def to_json(self) -> dict[str, str]:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: a node of one document, or its nearest existing parent."""

    file: str
    line: int
    column: int
    path: str

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "line": self.line, "column": self.column, "path": self.path}


@dataclass(frozen=True, slots=True)
class Waiver:
    """Who waived a finding, why, and until when."""

    by: str
    reason: str
    expires: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"by": self.by, "reason": self.reason, "expires": self.expires}


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing wrong with a plan, in the shape of report-format.md."""

    rule_id: str
    rule_name: str
    ruleset: str
    severity: Severity
    message: str
    location: Location
    remediation: str
    references: tuple[Reference, ...]
    fingerprint: str
    waived: Waiver | None = None
    #: The semantic identity the fingerprint was made from (``change_management.changes[CH1].dpia``):
    #: ids, not list positions. Waivers name it, or an id in it, to say which findings they cover.
    target: str = ""
    #: Extra structured detail (for example every interval of a grouped staffing finding).
    detail: dict[str, Any] | None = field(default=None, compare=False)

    def with_severity(self, severity: Severity) -> Finding:
        return replace(self, severity=severity)

    def with_waiver(self, waiver: Waiver) -> Finding:
        return replace(self, waived=waiver)

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.file, loc.line, loc.column, self.rule_id, self.message)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule_id": self.rule_id,
            "rule_name": self.rule_name,
            "ruleset": self.ruleset,
            "severity": self.severity.value,
            "message": self.message,
            "location": self.location.to_json(),
            "remediation": self.remediation,
            "references": [ref.to_json() for ref in self.references],
            "fingerprint": self.fingerprint,
        }
        if self.waived is not None:
            data["waived"] = self.waived.to_json()
        if self.detail is not None:
            data["detail"] = self.detail
        return data


def fingerprint(rule_id: str, plan_id: str, target: str) -> str:
    """A stable identity from ids, never line numbers, so waivers survive edits."""
    digest = hashlib.sha256(f"{rule_id}\x1f{plan_id}\x1f{target}".encode()).hexdigest()
    return digest[:32]

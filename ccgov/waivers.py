"""Waivers: governed, expiring exceptions to findings, read from a ``waivers.yaml`` file.

::

    waivers:
      - rule: SM003                        # the rule's id (or dotted name)
        target: objectives[OBJ4].owner     # a fingerprint, a plan path or an id (see below)
        justification: Owner appointed after the January restructure.
        owner: P. Shah                     # who answers for the exception
        approved_by: J. Okafor, Head of Operations
        expires: 2027-02-28                # last day the waiver applies
        plan: leeds-ops-2027-q1            # optional: only for this plan

A waiver covers a finding of its rule when ``target`` is the finding's
fingerprint, or a path at or above the finding's semantic target
(``change_management.changes[CH1].dpia``) or its in-document path
(``changes[0].dpia``), or an id that appears in the semantic target (``CH1``).

``expires`` is judged against the date of the run: this is the one place in
ccgov where today's date matters, because a waiver is a decision about *when*
an exception may stand, not a fact of the plan. A waiver applies up to and
including its expiry date. Expired waivers (CCG003), waivers that cover nothing
(CCG004) and waivers of a rule the gate policy never allows to be waived
(CCG005) are reported as findings located in the waiver file.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ccgov import __version__
from ccgov.context import AuditContext
from ccgov.engine import INTERNAL_ID
from ccgov.errors import InputError, InputIssue
from ccgov.findings import Finding, Location, Severity, Waiver, fingerprint
from ccgov.loading.document import Path_, format_path
from ccgov.loading.limits import DEFAULT_LIMITS, Limits
from ccgov.loading.yaml_reader import parse_yaml
from ccgov.result import AuditResult
from ccgov.rules.base import Rule
from ccgov.validation import check_shape, issue_at, position

_TEXT = {"type": "string", "required": True, "empty": False}
_SCHEMA: dict[str, Any] = {
    "ccgov": {"type": "integer", "allowed": [1]},
    "kind": {"type": "string", "allowed": ["waivers"]},
    "waivers": {
        "type": "list",
        "required": True,
        "schema": {
            "type": "dict",
            "schema": {
                "rule": _TEXT,
                "target": _TEXT,
                "justification": _TEXT,
                "owner": _TEXT,
                "approved_by": _TEXT,
                "expires": _TEXT,
                "plan": {"type": "string", "empty": False},
            },
        },
    },
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def run_date() -> date:
    """The date waivers are judged against: the local calendar date of this run."""
    return date.today()


class _WaiverRule(Rule):
    """Base of the checks on waivers; they are made by ``apply_waivers``, not by ``check``."""

    abstract = True
    ruleset = "core"
    plugin = "ccgov"
    plugin_version = __version__

    def check(self, ctx: AuditContext) -> Iterable[Finding]:
        # NOTE: a waiver file is not part of the plan, so there is nothing to check
        # in the context; these rules exist for their metadata (reports, SARIF).
        return ()


class ExpiredWaiver(_WaiverRule):
    """A waiver whose expiry date has passed.

    It no longer applies: the findings it covered count again, as if it did not
    exist. Renew it (with a new approval) or fix what it covered.

    **Non-compliant**: ``expires: 2027-01-31`` audited on 2027-02-01.

    **Compliant**: ``expires: 2027-03-31`` audited on 2027-02-01.
    """

    id = "CCG003"
    name = "core.expired-waiver"
    severity = Severity.WARNING
    title = "Expired waiver"
    remediation = "Fix the findings the waiver covered, or have the exception re-approved with a new expiry."


class UnmatchedWaiver(_WaiverRule):
    """A waiver that covers no finding of the plan.

    Either the problem was fixed (remove the waiver) or its rule or target is
    wrong, so the finding it was meant for is not waived.

    **Non-compliant**: ``{rule: SM003, target: OBJ9}`` where no objective OBJ9 exists.

    **Compliant**: ``{rule: SM003, target: OBJ4}`` where SM003 reports objective OBJ4.
    """

    id = "CCG004"
    name = "core.unmatched-waiver"
    severity = Severity.WARNING
    title = "Waiver that matches no finding"
    remediation = "Remove the waiver, or correct its rule and target (a fingerprint, plan path or id)."


class RefusedWaiver(_WaiverRule):
    """A waiver of a rule that the gate policy never allows to be waived.

    The waiver is not applied: the findings it names still count.

    **Non-compliant**: a waiver of SM001 under a policy with ``never_waivable = ["SM001"]``.

    **Compliant**: fix what SM001 reports instead of waiving it.
    """

    id = "CCG005"
    name = "core.non-waivable-rule"
    severity = Severity.ERROR
    title = "Waiver of a rule that may not be waived"
    remediation = "Remove the waiver and fix the findings: this rule may not be waived under the policy."


WAIVER_RULES: tuple[type[_WaiverRule], ...] = (ExpiredWaiver, UnmatchedWaiver, RefusedWaiver)
_GOVERNANCE_IDS = frozenset(cls.id for cls in WAIVER_RULES)


@dataclass(frozen=True)
class WaiverEntry:
    """One waiver as written in the file."""

    index: int
    rule: str
    target: str
    justification: str
    owner: str
    approved_by: str
    expires: date
    plan: str | None = None

    @property
    def path(self) -> Path_:
        return ("waivers", self.index)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "target": self.target, "justification": self.justification,
            "owner": self.owner, "approved_by": self.approved_by,
            "expires": self.expires.isoformat(), "plan": self.plan,
        }


@dataclass
class WaiverFile:
    """A validated waiver file with the position of every node."""

    display: str
    sha256: str
    entries: list[WaiverEntry]
    positions: Mapping[Path_, tuple[int, int]]

    def locate(self, path: Path_) -> Location:
        """Where ``path`` is in the file (or its nearest existing parent)."""
        line, column = position(self.positions, path)
        return Location(self.display, line, column, format_path(path))


@dataclass
class WaiverOutcome:
    """What became of one waiver in one audit."""

    entry: WaiverEntry
    #: ``applied``, ``expired``, ``unmatched``, ``refused`` or ``other-plan``.
    status: str
    #: Fingerprints of the findings it names (for ``applied``, the ones it waived).
    fingerprints: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {**self.entry.to_json(), "status": self.status, "findings": self.fingerprints}


def load_waivers(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> WaiverFile:
    """Read and validate a waiver file; every problem is an ``InputError`` with its place."""
    display = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.at(display, 1, 1, f"cannot read waivers: {exc.strerror or exc}") from None
    data, positions = parse_yaml(raw, display=display, limits=limits)
    check_shape(data, positions, _SCHEMA, display)
    issues: list[InputIssue] = []
    entries = []
    for index, item in enumerate(data["waivers"]):
        expires = _date(item["expires"])
        if expires is None:
            issues.append(issue_at(display, positions, ("waivers", index, "expires"),
                                   f"{item['expires']!r} is not a date (write YYYY-MM-DD)"))
            continue
        entries.append(WaiverEntry(
            index, item["rule"], item["target"], item["justification"], item["owner"],
            item["approved_by"], expires, item.get("plan"),
        ))
    if issues:
        raise InputError(issues)
    return WaiverFile(display, hashlib.sha256(raw).hexdigest(), entries, positions)


def apply_waivers(
    result: AuditResult,
    waivers: WaiverFile,
    *,
    today: date,
    never_waivable: Sequence[str] = (),
    report_unscoped_unmatched: bool = True,
) -> list[WaiverOutcome]:
    """Mark the findings each waiver covers as waived, and report waivers that cannot apply.

    ``result.findings`` is updated in place: waived findings get ``waived`` and the
    waiver findings (CCG003-CCG005) are added. Without ``report_unscoped_unmatched``
    (a run over several plans), a waiver with no ``plan`` that matches nothing in
    this plan is not reported: it may be meant for another plan of the run.
    """
    findings = result.findings
    outcomes: list[WaiverOutcome] = []
    reported: list[Finding] = []
    for entry in waivers.entries:
        if entry.plan is not None and entry.plan != result.plan_id:
            outcomes.append(WaiverOutcome(entry, "other-plan"))
            continue
        matched = [i for i, f in enumerate(findings) if _waivable_kind(f) and covers(entry, f)]
        prints = [findings[i].fingerprint for i in matched]
        described = f"Waiver of {entry.rule} for {entry.target}"
        if entry.expires < today:
            outcomes.append(WaiverOutcome(entry, "expired", prints))
            again = (f"the {len(matched)} findings it covered count again" if len(matched) > 1
                     else "the finding it covered counts again" if matched
                     else "it covers no finding now")
            reported.append(_finding(ExpiredWaiver, result, waivers, entry, (*entry.path, "expires"),
                                     f"{described} expired on {entry.expires.isoformat()}; {again}."))
        elif not matched:
            outcomes.append(WaiverOutcome(entry, "unmatched"))
            if entry.plan is None and not report_unscoped_unmatched:
                continue
            reported.append(_finding(UnmatchedWaiver, result, waivers, entry, (*entry.path, "target"),
                                     f"{described} matches no finding of plan {result.plan_id}."))
        elif any(rule_matches(findings[i], never_waivable) for i in matched):
            outcomes.append(WaiverOutcome(entry, "refused", prints))
            reported.append(_finding(RefusedWaiver, result, waivers, entry, (*entry.path, "rule"),
                                     f"{described} is not applied: the gate policy never allows "
                                     f"{findings[matched[0]].rule_id} to be waived."))
        else:
            outcomes.append(WaiverOutcome(entry, "applied", prints))
            waiver = Waiver(entry.approved_by, entry.justification, entry.expires.isoformat())
            for i in matched:
                if findings[i].waived is None:
                    findings[i] = findings[i].with_waiver(waiver)
    if reported:
        findings.extend(reported)
        findings.sort(key=lambda f: f.sort_key)
        used = {f.rule_id for f in reported}
        result.rules.extend(cls() for cls in WAIVER_RULES if cls.id in used)
    return outcomes


def covers(entry: WaiverEntry, finding: Finding) -> bool:
    """Does this waiver name this finding (by rule, then fingerprint, path or id)?"""
    if entry.rule not in (finding.rule_id, finding.rule_name):
        return False
    target = entry.target
    if target == finding.fingerprint:
        return True
    if any(_at_or_below(path, target) for path in (finding.target, finding.location.path) if path):
        return True
    return f"[{target}]" in finding.target


def rule_matches(finding: Finding, patterns: Sequence[str]) -> bool:
    """Does an id, name, rule set or glob in ``patterns`` name the finding's rule?"""
    keys = (finding.rule_id, finding.rule_name, finding.ruleset)
    return any(fnmatch.fnmatchcase(key, pattern) for pattern in patterns for key in keys)


def _waivable_kind(finding: Finding) -> bool:
    # NOTE: a crashed rule checked nothing, and a waiver about waivers would let a
    # file approve itself; neither can ever be waived.
    return finding.rule_id != INTERNAL_ID and finding.rule_id not in _GOVERNANCE_IDS


def _at_or_below(path: str, prefix: str) -> bool:
    return path == prefix or (path.startswith(prefix) and path[len(prefix)] in ".[")


def _finding(
    cls: type[_WaiverRule], result: AuditResult, waivers: WaiverFile, entry: WaiverEntry,
    path: Path_, message: str,
) -> Finding:
    identity = f"{entry.rule}:{entry.target}"
    return Finding(
        rule_id=cls.id, rule_name=cls.name, ruleset=cls.ruleset, severity=cls.severity,
        message=message, location=waivers.locate(path), remediation=cls.remediation,
        references=cls.references, fingerprint=fingerprint(cls.id, result.plan_id, identity),
        target=identity,
    )


def _date(value: str) -> date | None:
    if not _DATE.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None

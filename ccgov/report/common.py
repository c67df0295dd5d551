"""What several formats share: rule metadata by id, counts by rule set, crashed rules, docs links."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ccgov.engine import INTERNAL_ID
from ccgov.findings import Finding, Reference, Severity, fingerprint
from ccgov.result import AuditResult

if TYPE_CHECKING:
    from ccgov.rules.base import Rule
    from ccgov.workforce.staffing import IntervalStaffing, QueueStaffing

#: Where ``ccgov rules docs`` pages live, relative to the repository root.
DOCS_DIR = "docs/rules"
COUNT_KEYS = ("error", "warning", "info", "waived")


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """The metadata a report shows about one rule."""

    id: str
    name: str
    ruleset: str
    severity: Severity
    title: str
    summary: str
    documentation: str
    remediation: str
    references: tuple[Reference, ...]

    @property
    def help_uri(self) -> str | None:
        """The first reference with a URL: the law or framework behind the rule."""
        return next((ref.url for ref in self.references if ref.url), None)

    @property
    def docs_link(self) -> str:
        return f"{DOCS_DIR}/{self.id}.md"


def _from_rule(cls: type[Rule]) -> RuleInfo:
    return RuleInfo(
        id=cls.id, name=cls.name, ruleset=cls.ruleset, severity=cls.severity, title=cls.title,
        summary=cls.summary(), documentation=cls.documentation(), remediation=cls.remediation,
        references=tuple(cls.references),
    )


def _from_finding(finding: Finding) -> RuleInfo:
    # A finding whose rule did not run as a rule: the engine's CCG-INTERNAL, or a
    # plugin that builds findings itself. Describe it from the finding.
    if finding.rule_id == INTERNAL_ID:
        title = "A rule or plugin crashed"
        summary = ("A rule raised an exception during the audit: its checks did not run, so the "
                   "plan was not checked by it and the audit can never pass.")
    else:
        title = finding.rule_name
        summary = f"Findings of {finding.rule_id} ({finding.rule_name})."
    return RuleInfo(
        id=finding.rule_id, name=finding.rule_name, ruleset=finding.ruleset,
        severity=finding.severity, title=title, summary=summary, documentation=summary,
        remediation=finding.remediation, references=finding.references,
    )


def rules_of(results: Sequence[AuditResult]) -> list[RuleInfo]:
    """Every rule that ran or reported in these results, once each, by id."""
    found: dict[str, RuleInfo] = {}
    for result in results:
        for rule in result.rules:
            if rule.id not in found:
                found[rule.id] = _from_rule(type(rule))
    for result in results:
        for finding in result.findings:
            if finding.rule_id not in found:
                found[finding.rule_id] = _from_finding(finding)
    return [found[key] for key in sorted(found)]


def crashed_rules(result: AuditResult) -> dict[str, str]:
    """Fingerprint of each CCG-INTERNAL finding -> id of the rule that crashed.

    The engine builds that fingerprint from the crashed rule's id, so the two are
    matched by identity rather than by parsing the message.
    """
    return {fingerprint(INTERNAL_ID, result.plan_id, rule_id): rule_id for rule_id in result.crashed}


def ruleset_counts(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """Per rule set (sorted): how many unwaived errors, warnings and info, and how many waived."""
    counts: dict[str, dict[str, int]] = {}
    for finding in findings:
        row = counts.setdefault(finding.ruleset, dict.fromkeys(COUNT_KEYS, 0))
        row["waived" if finding.waived else finding.severity.value] += 1
    return {name: counts[name] for name in sorted(counts)}


def by_ruleset(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """Findings grouped by rule set (sorted), each group in report order."""
    groups: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (f.ruleset, f.sort_key)):
        groups.setdefault(finding.ruleset, []).append(finding)
    return groups


def place(finding: Finding) -> str:
    """``file:line:col`` as editors and terminals link it."""
    loc = finding.location
    return f"{loc.file}:{loc.line}:{loc.column}"


def outcome_sentence(result: AuditResult) -> str:
    """One line a reader can act on: passed, failed (and on what), or internal error."""
    counts = result.summary()
    tally = (f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} info, "
             f"{counts['waived']} waived")
    if result.outcome == "error":
        return (f"{result.plan_id}: internal error — {', '.join(result.crashed)} crashed, so the "
                f"plan was not fully checked ({tally}).")
    verdict = "failed" if result.outcome == "fail" else "passed"
    threshold = "never fails" if result.fail_on == "never" else f"fails on {result.fail_on}"
    return f"{result.plan_id}: {verdict} ({tally}; {threshold})."


@dataclass(frozen=True, slots=True)
class Shortfall:
    """A queue's staffing against its requirement: the intervals short, and staff-hours short and over."""

    short: tuple[IntervalStaffing, ...]
    short_hours: float
    over_hours: float
    not_computable: int


def shortfall(queue: QueueStaffing) -> Shortfall:
    """Understaffed intervals (scheduled below required staff) and the staff-hours either way."""
    hours = queue.interval_minutes / 60
    short: list[IntervalStaffing] = []
    short_hours = over_hours = 0.0
    unknown = 0
    for interval in queue.intervals:
        gap = interval.gap_staff
        if gap is None:
            unknown += 1
        elif gap < 0:
            short.append(interval)
            short_hours -= gap * hours
        else:
            over_hours += gap * hours
    return Shortfall(tuple(short), short_hours, over_hours, unknown)

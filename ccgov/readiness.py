"""Assessment readiness: the syllabus marking points and common mistakes (domain.md §7), judged
from one audit's findings.

Each point names the rules that test it. A point is

- ``met`` when none of its rules that ran has an unwaived warning or error finding
  (for a common mistake: the plan avoids it);
- ``not met`` when one of its *key* rules has such a finding;
- ``partly`` when only its supporting rules have one: the point is there, with gaps;
- ``not checked`` when none of its rules ran (not installed, not selected, or crashed).

Key rules are the ones that test the point itself (EV001 for "structured
evaluation methods"; CT001 and CT002 for "contingency plans for peak demand and
system failures"). For the broad syllabus areas (legislation, resource planning,
performance, QA, change) the key rules are those the catalogue rates ``error``.
Info findings never block. The table names rule sets built elsewhere by their
§7 ids, so their points read ``not checked`` until those rule sets are installed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby
from typing import TYPE_CHECKING, Any

from ccgov.findings import Finding, Severity
from ccgov.result import ExitCode

if TYPE_CHECKING:
    from ccgov.result import AuditResult
    from ccgov.rules.base import Rule


class Kind(StrEnum):
    MARKING_POINT = "marking point"
    COMMON_MISTAKE = "common mistake"


class Verdict(StrEnum):
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not met"
    NOT_CHECKED = "not checked"


class RuleState(StrEnum):
    """What happened to one rule of a point in this audit."""

    # Listed in the order reports show them: what blocks a point first.
    BLOCKED = "blocked"
    CLEAN = "clean"
    CRASHED = "crashed"
    NOT_SELECTED = "not selected"
    NOT_INSTALLED = "not installed"


@dataclass(frozen=True, slots=True)
class Point:
    """One row of the §7 traceability table."""

    id: str
    kind: Kind
    words: str
    rules: tuple[str, ...]
    #: Rules whose blocking finding means ``not met``; the others make the point ``partly``.
    key: tuple[str, ...]


def _span(prefix: str, first: int, last: int, skip: Sequence[int] = ()) -> tuple[str, ...]:
    return tuple(f"{prefix}{n:03d}" for n in range(first, last + 1) if n not in skip)


_MP, _CM = Kind.MARKING_POINT, Kind.COMMON_MISTAKE

POINTS: tuple[Point, ...] = (
    Point("mission-link", _MP, "link between department objectives and mission/values",
          ("SM005",), ("SM005",)),
    Point("data-informed", _MP, "use of data (call volumes, CSAT) to inform planning",
          ("SM004", "RP005", "RP002", "ST007", "CT006"), ("SM004", "RP005")),
    Point("contingency", _MP, "contingency plans for peak demand and system failures",
          _span("CT", 1, 8), ("CT001", "CT002")),
    Point("evaluation-methods", _MP, "structured evaluation methods (SWOT, PESTLE, Kirkpatrick)",
          (*_span("EV", 1, 4), "CH004"), ("EV001",)),
    Point("feedback-loops", _MP, "documented feedback loops (monitoring → plan adjustments)",
          ("EV005", "QA004"), ("EV005",)),
    Point("objectives-not-strategic", _CM, "operational objectives confused with strategic goals",
          ("SM006",), ("SM006",)),
    Point("stakeholders-consulted", _CM,
          "missing stakeholder consultation (frontline agents, IT support)",
          ("ST001", "ST002"), ("ST001", "ST002")),
    Point("success-criteria", _CM, "no specific measurable success criteria",
          ("SM001", "SM002", "SM008"), ("SM001", "SM008")),
    Point("qualitative-measures", _CM, "only quantitative metrics, no qualitative",
          ("PF001", "EV008"), ("PF001", "EV008")),
    Point("tools-evaluated", _CM, "describing monitoring tools without evaluating them",
          ("EV007", "QA005"), ("EV007",)),
    Point("law-data-protection", _MP, "legislative compliance: DPA/UK GDPR",
          _span("DP", 1, 12), _span("DP", 1, 9)),
    Point("law-equality", _MP, "legislative compliance: Equality Act 2010",
          _span("EQ", 1, 6), ("EQ003",)),
    Point("law-health-safety", _MP,
          "legislative compliance: HSWA 1974 (and its regulations, WTR)",
          _span("HS", 1, 12), (*_span("HS", 1, 4), "HS006", "HS007")),
    # RP008 is retired (HS001–HS004 check the rota), so it is left out of RP001–RP010.
    Point("resource-planning", _MP,
          "resource planning: forecasting, scheduling to SL, real-time adherence",
          _span("RP", 1, 10, skip=(8,)), ("RP001", "RP002", "RP004", "RP006")),
    Point("performance-management", _MP, "performance management: AHT, FCR",
          _span("PF", 1, 8), ("PF001", "PF007")),
    Point("quality-assurance", _MP, "quality assurance: monitoring frameworks, feedback, scores",
          _span("QA", 1, 7), ("QA001", "QA004")),
    Point("change-management", _MP, "change management", _span("CH", 1, 7), ("CH002",)),
)

_BLOCKS = (Severity.WARNING, Severity.ERROR)


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """One rule of a point: its id in §7, whether it is key, and what it did in this audit."""

    id: str
    key: bool
    state: RuleState
    title: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "key": self.key, "state": self.state.value, "title": self.title}


@dataclass(frozen=True, slots=True)
class PointResult:
    """The verdict on one point, the rules behind it and the findings that block it."""

    point: Point
    verdict: Verdict
    rules: tuple[RuleOutcome, ...]
    blocking: tuple[Finding, ...]
    waived: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.point.id,
            "kind": self.point.kind.value,
            "words": self.point.words,
            "verdict": self.verdict.value,
            "rules": [rule.to_json() for rule in self.rules],
            "blocking": [{"where": _where(f), **f.to_json()} for f in self.blocking],
            "waived": self.waived,
        }


@dataclass(frozen=True, slots=True)
class Readiness:
    """Every point's verdict for one plan."""

    result: AuditResult
    points: tuple[PointResult, ...]

    @property
    def ready(self) -> bool:
        return not self.result.crashed and all(p.verdict is Verdict.MET for p in self.points)

    @property
    def exit_code(self) -> ExitCode:
        if self.result.crashed:
            return ExitCode.INTERNAL_ERROR
        return ExitCode.OK if self.ready else ExitCode.FINDINGS

    def summary(self) -> dict[str, int]:
        counts = {verdict.value: 0 for verdict in Verdict}
        for point in self.points:
            counts[point.verdict.value] += 1
        return counts

    def to_json(self) -> dict[str, Any]:
        from ccgov import __version__

        result = self.result
        outcome = "error" if result.crashed else ("ready" if self.ready else "not ready")
        return {
            "ccgov_version": __version__,
            "plan": {"id": result.plan_id, "version": result.plan_version, "files": result.files},
            "points": [point.to_json() for point in self.points],
            "summary": self.summary(),
            "crashed": list(result.crashed),
            "outcome": outcome,
        }

    def render_text(self) -> str:
        result = self.result
        version = f" (version {result.plan_version})" if result.plan_version is not None else ""
        lines = [
            f"Assessment readiness of {result.plan_id}{version}",
            'For a common mistake, "met" means the plan avoids it. Findings of a key rule make a',
            'point "not met"; findings of its other rules make it "partly" met.',
            "",
        ]
        for point in self.points:
            lines.append(f"{point.verdict.value.upper():12} {point.point.kind.value:15} "
                         f"{point.point.words}")
            lines.append(f"{'':12} rules: {_rules_line(point.rules)}")
            for finding in point.blocking:
                lines.append(f"{'':12} {_where(finding)}  {finding.severity.value}  "
                             f"{finding.rule_id}  {finding.message}")
            if point.waived:
                lines.append(f"{'':12} ({point.waived} waived finding{'s' if point.waived > 1 else ''})")
        counts = self.summary()
        shown = ", ".join(f"{counts[v.value]} {v.value}" for v in Verdict)
        verdict = "INTERNAL ERROR" if result.crashed else ("ready" if self.ready else "not ready")
        lines += ["", f"{result.plan_id}: {shown} of {len(self.points)} points — {verdict}"]
        return "\n".join(lines) + "\n"


def assess(
    result: AuditResult, installed: Iterable[type[Rule]], points: Sequence[Point] = POINTS
) -> Readiness:
    """Judge every point from ``result``; ``installed`` are all rule classes the run knew of."""
    by_name: dict[str, type[Rule]] = {}
    for cls in installed:
        # NOTE: a renamed rule keeps its old id as an alias, so §7's id still finds it.
        for name in (cls.id, *cls.aliases):
            by_name.setdefault(name, cls)
    active = {rule.id for rule in result.rules}
    crashed = set(result.crashed)
    return Readiness(result, tuple(
        _judge(point, result.findings, by_name, active, crashed) for point in points
    ))


def _judge(
    point: Point, findings: Sequence[Finding], by_name: dict[str, type[Rule]],
    active: set[str], crashed: set[str],
) -> PointResult:
    outcomes: list[RuleOutcome] = []
    blocking: list[Finding] = []
    waived = 0
    for rule_id in point.rules:
        cls = by_name.get(rule_id)
        state = _state(cls, active, crashed)
        if cls is not None and state in (RuleState.CLEAN, RuleState.BLOCKED):
            own = [f for f in findings if f.rule_id == cls.id]
            waived += sum(1 for f in own if f.waived is not None)
            blocked = [f for f in own if f.waived is None and f.severity in _BLOCKS]
            blocking.extend(blocked)
            state = RuleState.BLOCKED if blocked else RuleState.CLEAN
        outcomes.append(RuleOutcome(rule_id, rule_id in point.key, state, cls.title if cls else None))
    blocking.sort(key=lambda f: f.sort_key)
    return PointResult(point, _verdict(outcomes), tuple(outcomes), tuple(blocking), waived)


def _state(cls: type[Rule] | None, active: set[str], crashed: set[str]) -> RuleState:
    """Whether the rule ran; ``CLEAN`` here means it ran, and its findings decide the rest."""
    if cls is None:
        return RuleState.NOT_INSTALLED
    if cls.id not in active:
        return RuleState.NOT_SELECTED
    if cls.id in crashed:
        return RuleState.CRASHED
    return RuleState.CLEAN


def _verdict(outcomes: Sequence[RuleOutcome]) -> Verdict:
    ran = [o for o in outcomes if o.state in (RuleState.CLEAN, RuleState.BLOCKED)]
    if not ran:
        return Verdict.NOT_CHECKED
    # Where none of the key rules ran, the rules that did run decide alone.
    key = [o for o in ran if o.key] or ran
    if any(o.state is RuleState.BLOCKED for o in key):
        return Verdict.NOT_MET
    if any(o.state is RuleState.BLOCKED for o in ran):
        return Verdict.PARTLY
    return Verdict.MET


def _where(finding: Finding) -> str:
    loc = finding.location
    return f"{loc.file}:{loc.line}:{loc.column}"


def _rules_line(outcomes: Sequence[RuleOutcome]) -> str:
    """``EV001 blocked; EV002–EV004, CH004 clean (key: EV001)``: rules grouped by state."""
    order = list(RuleState)
    ranked = sorted(outcomes, key=lambda o: order.index(o.state))
    parts = [
        f"{_shorten([o.id for o in group])} {state.value}"
        for state, group in groupby(ranked, key=lambda o: o.state)
    ]
    key = [o.id for o in outcomes if o.key]
    return "; ".join(parts) + (f" (key: {_shorten(key)})" if key != [o.id for o in outcomes] else "")


_ID = re.compile(r"([A-Z]+)(\d+)")


def _shorten(names: Sequence[str]) -> str:
    """Runs of three or more consecutive ids of one prefix become ``CT003–CT008``."""
    pieces: list[str] = []
    run: list[tuple[str, int]] = []
    for name in names:
        match = _ID.fullmatch(name)
        if match is None:
            pieces.extend(_collapse(run))
            run = []
            pieces.append(name)
            continue
        prefix, number = match.group(1), int(match.group(2))
        if run and (run[-1][0] != prefix or run[-1][1] + 1 != number):
            pieces.extend(_collapse(run))
            run = []
        run.append((prefix, number))
    pieces.extend(_collapse(run))
    return ", ".join(pieces)


def _collapse(run: list[tuple[str, int]]) -> list[str]:
    names = [f"{prefix}{number:03d}" for prefix, number in run]
    return [f"{names[0]}–{names[-1]}"] if len(names) >= 3 else names

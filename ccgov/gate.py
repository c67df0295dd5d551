"""The pre-approval gate without the register: govern an audit, decide, and describe the decision.

``run_gate`` audits a plan, applies waivers and a baseline, decides under a
policy and builds the body of the audit record that ``ccgov.register`` then
appends to the hash chain. It does no I/O of its own beyond the audit, so the
same decision can be tested, or shown, without a database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccgov.baseline import Baseline, apply_baseline
from ccgov.digests import content_digest, document_digests, plain, sha256_json
from ccgov.findings import Finding
from ccgov.policy import Decision, Policy, decide
from ccgov.result import AuditResult
from ccgov.waivers import WaiverFile, WaiverOutcome, apply_waivers

if TYPE_CHECKING:
    from ccgov.api import Auditor


@dataclass
class GateRun:
    """One gate run: the governed audit, the decision and the record that describes both."""

    result: AuditResult
    decision: Decision
    waivers: list[WaiverOutcome]
    body: dict[str, Any]


def utc_now() -> datetime:
    return datetime.now(UTC)


def utc_text(moment: datetime) -> str:
    """``2027-01-04T08:00:00.000000Z``: the one form record times take (and are hashed in)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def govern(
    result: AuditResult,
    *,
    waivers: WaiverFile | None,
    baseline: Baseline | None,
    today: date,
    never_waivable: Sequence[str] = (),
    portfolio: bool = False,
) -> list[WaiverOutcome]:
    """Apply waivers, then the baseline (used by ``ccgov audit`` as well as the gate).

    In a ``portfolio`` run (several plans with one waiver file and baseline) a
    waiver without ``plan`` is not reported as unmatched in each plan it does
    not concern, and the baseline applies only to the plan it was made for.
    """
    outcomes = []
    if waivers is not None:
        outcomes = apply_waivers(result, waivers, today=today, never_waivable=never_waivable,
                                 report_unscoped_unmatched=not portfolio)
    if baseline is not None and not (portfolio and baseline.plan_id != result.plan_id):
        apply_baseline(result, baseline)
    return outcomes


def run_gate(
    auditor: Auditor,
    plan_path: Path,
    extra_paths: Sequence[Path] = (),
    *,
    policy: Policy,
    waivers: WaiverFile | None = None,
    baseline: Baseline | None = None,
    today: date,
    actor: str,
    now: datetime,
) -> GateRun:
    """Audit, govern and decide; raises ``InputError`` for bad input, like ``ccgov audit``."""
    result = auditor.audit(plan_path, extra_paths)
    outcomes = govern(result, waivers=waivers, baseline=baseline, today=today,
                      never_waivable=policy.never_waivable)
    installed: dict[str, list[str]] = {}
    for cls in auditor.registry:
        installed.setdefault(cls.ruleset, []).append(cls.id)
    decision = decide(
        result, policy, installed=installed, ran=[item.rule.id for item in auditor.active],
        active_waivers=sum(1 for outcome in outcomes if outcome.status == "applied"),
    )
    body = record_body(auditor, result, plan_path, policy=policy, decision=decision, outcomes=outcomes,
                       waivers=waivers, baseline=baseline, today=today, actor=actor, now=now)
    return GateRun(result, decision, outcomes, body)


def record_body(
    auditor: Auditor,
    result: AuditResult,
    plan_path: Path,
    *,
    policy: Policy,
    decision: Decision,
    outcomes: Sequence[WaiverOutcome],
    waivers: WaiverFile | None,
    baseline: Baseline | None,
    today: date,
    actor: str,
    now: datetime,
) -> dict[str, Any]:
    """Everything needed to prove later what was audited, how, and what was decided."""
    from ccgov import __version__

    documents = document_digests(result.sha256, plan_path)
    config = auditor.config
    findings = [finding_record(f) for f in result.findings]
    findings += [finding_record(f, "baselined") for f in result.baselined or []]
    summary = {**result.summary(), "baselined": len(result.baselined or [])}
    return {
        "kind": "gate",
        "time": utc_text(now),
        "actor": actor,
        "plan": {
            "id": result.plan_id,
            "version": result.plan_version,
            "documents": documents,
            "content_digest": content_digest(documents),
        },
        "ccgov_version": __version__,
        "plugins": sorted(
            ({"name": p.name, "distribution": p.distribution, "version": p.version}
             for p in auditor.host.plugins.values()),
            key=lambda p: p["name"],
        ),
        "rulesets": [r.to_json() for r in result.rulesets],
        "rules_digest": rules_digest(auditor),
        "config": {
            "source": str(config.source) if config.source else None,
            "sha256": file_digest(config.source, config.text),
            "rule_packs": [{"file": str(pack), "sha256": file_digest(pack)} for pack in config.rule_packs],
        },
        "policy": policy.to_json(),
        "waivers": None if waivers is None else {
            "file": waivers.display, "sha256": waivers.sha256, "judged_on": today.isoformat(),
            "entries": [outcome.to_json() for outcome in outcomes],
        },
        "baseline": None if baseline is None else {
            "file": baseline.display, "sha256": baseline.sha256,
            "suppressed": len(result.baselined or []),
        },
        "findings": findings,
        "summary": summary,
        "outcome": result.outcome,
        "decision": decision.label,
        "reasons": decision.reasons,
    }


def file_digest(path: Path | None, fallback: str = "") -> str:
    """SHA-256 of a file's bytes (so ``sha256sum`` agrees); of ``fallback`` when there is no file."""
    if path is not None:
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            pass  # read a moment ago by the audit; fall back to the text it read
    return hashlib.sha256(fallback.encode("utf-8")).hexdigest()


def rules_digest(auditor: Auditor) -> str:
    """A digest of the rules that ran, with their plugin versions, severities and options."""
    described = [
        {
            "id": item.rule.id, "name": item.rule.name, "ruleset": item.rule.ruleset,
            "plugin": item.rule.plugin, "plugin_version": item.rule.plugin_version,
            "severity": (item.severity_override or item.rule.severity).value,
            "options": plain(item.rule.settings),
        }
        for item in auditor.active
    ]
    return sha256_json(sorted(described, key=lambda rule: rule["id"]))


def finding_record(finding: Finding, status: str | None = None) -> dict[str, Any]:
    """A finding as the register keeps it (its rule's metadata is covered by the rules digest)."""
    return {
        "rule_id": finding.rule_id,
        "rule_name": finding.rule_name,
        "severity": finding.severity.value,
        "message": finding.message,
        "location": finding.location.to_json(),
        "fingerprint": finding.fingerprint,
        "status": status or ("waived" if finding.waived else "active"),
        "waived": finding.waived.to_json() if finding.waived else None,
    }

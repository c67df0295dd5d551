"""The gate policy: when ``ccgov gate`` may approve a plan.

A policy is a small YAML file (``ccgov gate --policy policy.yaml``); every key
is optional::

    fail_on: error                     # error | warning | info | never (default error)
    required_rulesets: [core, smart]   # rule sets that must have run in full
    never_waivable: [SM001, data-protection]   # ids, names, rule sets or globs
    max_active_waivers: 5              # waivers in force that cover a finding

Without ``--policy`` the default policy applies: deny on any unwaived error,
nothing else. The project configuration's ``fail_on`` does not apply to the
gate: the configuration sits beside the plan and is edited by its authors,
while the policy is the organisation's.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ccgov.errors import InputError
from ccgov.loading.limits import DEFAULT_LIMITS, Limits
from ccgov.loading.yaml_reader import parse_yaml
from ccgov.result import THRESHOLDS, AuditResult
from ccgov.validation import check_shape

_NAMES = {"type": "list", "schema": {"type": "string", "empty": False}}
_SCHEMA: dict[str, Any] = {
    "ccgov": {"type": "integer", "allowed": [1]},
    "kind": {"type": "string", "allowed": ["policy"]},
    "fail_on": {"type": "string", "allowed": list(THRESHOLDS)},
    "required_rulesets": _NAMES,
    "never_waivable": _NAMES,
    "max_active_waivers": {"type": "integer", "min": 0},
}


@dataclass(frozen=True)
class Policy:
    """What the gate requires before it approves."""

    fail_on: str = "error"
    required_rulesets: tuple[str, ...] = ()
    never_waivable: tuple[str, ...] = ()
    max_active_waivers: int | None = None
    #: The file it came from and its SHA-256, recorded with every decision.
    source: str | None = None
    sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "fail_on": self.fail_on,
            "required_rulesets": list(self.required_rulesets),
            "never_waivable": list(self.never_waivable),
            "max_active_waivers": self.max_active_waivers,
            "source": self.source,
            "sha256": self.sha256,
        }


@dataclass
class Decision:
    """Approve or deny, and every reason for a denial."""

    approved: bool
    reasons: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "approved" if self.approved else "denied"


def load_policy(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> Policy:
    """Read and validate a policy file; problems are ``InputError`` with line and column."""
    display = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError.at(display, 1, 1, f"cannot read policy: {exc.strerror or exc}") from None
    data, positions = parse_yaml(raw, display=display, limits=limits)
    check_shape(data, positions, _SCHEMA, display)
    return Policy(
        fail_on=data.get("fail_on", "error"),
        required_rulesets=tuple(data.get("required_rulesets", ())),
        never_waivable=tuple(data.get("never_waivable", ())),
        max_active_waivers=data.get("max_active_waivers"),
        source=display,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def decide(
    result: AuditResult,
    policy: Policy,
    *,
    installed: Mapping[str, Sequence[str]],
    ran: Iterable[str],
    active_waivers: int,
) -> Decision:
    """The gate's decision on one audit.

    ``installed`` maps each installed rule set to the ids of all its rules and
    ``ran`` holds the ids of the rules that ran, so that a rule set counts as run
    only when none of its rules was switched off.
    """
    reasons: list[str] = []
    if result.crashed:
        reasons.append(f"internal error: {_listed(sorted(result.crashed))} crashed, so the plan was "
                       "not fully checked")
    threshold = THRESHOLDS[policy.fail_on]
    failing = [f for f in result.active if f.severity.rank >= threshold]
    if failing:
        counts = Counter(f.rule_id for f in failing)
        rules = ", ".join(f"{rule} ×{n}" if n > 1 else rule for rule, n in sorted(counts.items()))
        reasons.append(f"{len(failing)} unwaived finding{'s' if len(failing) != 1 else ''} at or above "
                       f"{policy.fail_on} ({rules})")
    ran_ids = set(ran)
    for ruleset in policy.required_rulesets:
        if ruleset not in installed:
            reasons.append(f"required rule set {ruleset} is not installed, so it did not run")
            continue
        off = sorted(set(installed[ruleset]) - ran_ids)
        if off:
            reasons.append(f"required rule set {ruleset} did not run in full: {_listed(off)} "
                           f"{'was' if len(off) == 1 else 'were'} switched off")
    limit = policy.max_active_waivers
    if limit is not None and active_waivers > limit:
        reasons.append(f"{active_waivers} waivers are in force, the policy allows at most {limit}")
    return Decision(approved=not reasons, reasons=reasons)


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" and {items[-1]}"

"""What the FCA rules share: when they apply, the x-fca section, references."""

from __future__ import annotations

from datetime import date
from typing import Any

from ccgov import AuditContext
from ccgov.findings import Reference

SECTION = "x-fca"

DISP_1_6 = Reference("FCA Handbook DISP 1.6 Complaints time limit rules",
                     "https://www.handbook.fca.org.uk/handbook/DISP/1/6.html")
DISP_1_5 = Reference("FCA Handbook DISP 1.5 Complaints resolved by close of the third business day",
                     "https://www.handbook.fca.org.uk/handbook/DISP/1/5.html")
SYSC_10A = Reference("FCA Handbook SYSC 10A Recording telephone conversations and electronic "
                     "communications", "https://www.handbook.fca.org.uk/handbook/SYSC/10A/")
PRIN_2A = Reference("FCA Handbook PRIN 2A Consumer Duty",
                    "https://www.handbook.fca.org.uk/handbook/PRIN/2A/")
FG22_5 = Reference("FCA FG22/5 Final non-Handbook guidance for firms on the Consumer Duty",
                   "https://www.fca.org.uk/publications/finalised-guidance/fg22-5-final-non-handbook-guidance-firms-consumer-duty")
SYSC_15A = Reference("FCA Handbook SYSC 15A Operational resilience",
                     "https://www.handbook.fca.org.uk/handbook/SYSC/15A/")


def regulated(ctx: AuditContext) -> bool:
    """The rules apply only to plans that name the FCA among their regulators."""
    return any(r.lower() == "fca" for r in ctx.plan.plan.regulators or [])


def activities(ctx: AuditContext) -> set[str]:
    return {a.lower() for a in ctx.plan.plan.fca_activities or []}


def section(ctx: AuditContext, *keys: str) -> Any:
    """The value at ``x-fca.<keys>`` in the plan, or None."""
    node: Any = (ctx.plan.model_extra or {}).get(SECTION)
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def as_date(value: Any) -> date | None:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def months_before(earlier: date, later: date) -> float:
    return (later.year - earlier.year) * 12 + later.month - earlier.month + (later.day - earlier.day) / 31

"""What the SMART rules share: their references and how they walk objectives."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext, PathT
from ccgov.findings import Reference
from ccgov.model.plan import Objective

DORAN = Reference(
    "G. T. Doran, There's a S.M.A.R.T. way to write management's goals and objectives, "
    "Management Review 70(11), 1981",
    "https://en.wikipedia.org/wiki/SMART_criteria",
)
MARKING_POINT = Reference(
    "Operational planning marking point: objectives linked to mission, measurable success criteria",
)


def objectives(ctx: AuditContext) -> Iterator[tuple[PathT, Objective]]:
    """Each objective with its canonical path."""
    for index, objective in enumerate(ctx.plan.objectives):
        yield ("objectives", index), objective


def fmt(number: float) -> str:
    """A number as a planner wrote it: 380, not 380.0."""
    return f"{number:g}"

"""What the health and safety rules share: references, section paths, dates and rota walking."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from ccgov.context import AuditContext, PathT
from ccgov.findings import Reference
from ccgov.model.compliance import HealthSafety
from ccgov.model.operations import Rota
from ccgov.workforce.working_time import (
    DAY_NAMES,
    Cycle,
    RotaDay,
    RotaProblem,
    Shift,
    resolve_rota,
    shift_of,
    shifts_from_patterns,
)

HS: PathT = ("compliance", "health_safety")
RP: PathT = ("resource_plan",)

_WTR = "https://www.legislation.gov.uk/uksi/1998/1833/regulation/"


def wtr(regulation: str, subject: str) -> Reference:
    """A regulation of the Working Time Regulations 1998."""
    return Reference(f"Working Time Regulations 1998 (SI 1998/1833) reg {regulation}: {subject}",
                     _WTR + regulation)


MHSWR_3 = Reference(
    "Management of Health and Safety at Work Regulations 1999 reg 3: risk assessment",
    "https://www.legislation.gov.uk/uksi/1999/3242/regulation/3",
)
HSWA_2 = Reference(
    "Health and Safety at Work etc. Act 1974 s.2: general duties, written policy if 5 or more employees",
    "https://www.legislation.gov.uk/ukpga/1974/37/section/2",
)
HSE_HOME_WORKING = Reference(
    "HSE: Protect home workers (display screen equipment)",
    "https://www.hse.gov.uk/msd/dse/home-working.htm",
)


def health_safety(ctx: AuditContext) -> HealthSafety:
    """The plan's health and safety section, or an empty one so rules read None for each field."""
    compliance = ctx.plan.compliance
    section = compliance.health_safety if compliance else None
    return section or HealthSafety()


def homeworking(ctx: AuditContext) -> bool:
    """Whether the plan says staff work from home (the data-protection home-working controls)."""
    compliance = ctx.plan.compliance
    return bool(compliance and compliance.data_protection and compliance.data_protection.homeworking)


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day if it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


@dataclass(frozen=True, slots=True)
class RotaView:
    """One rota of the plan: its model, canonical path and resolved cycle (None if unreadable)."""

    index: int
    rota: Rota
    cycle: Cycle | None
    problems: list[RotaProblem]

    @property
    def path(self) -> PathT:
        return (*RP, "rotas", self.index)

    @property
    def young(self) -> bool:
        return self.rota.young_workers > 0

    def day_path(self, day: RotaDay | RotaProblem) -> PathT:
        return (*self.path, "weeks", day.week, day.day if day.day is not None else 0)

    def week_path(self, week: int) -> PathT:
        return (*self.path, "weeks", week)


def shifts(ctx: AuditContext) -> dict[str, Shift]:
    """The plan's shift patterns by id."""
    plan = ctx.plan.resource_plan
    return shifts_from_patterns(plan.shift_patterns) if plan else {}


def shift_patterns(ctx: AuditContext) -> Iterator[tuple[PathT, Shift]]:
    """Each shift pattern with its canonical path."""
    plan = ctx.plan.resource_plan
    for index, pattern in enumerate(plan.shift_patterns if plan else []):
        yield (*RP, "shift_patterns", index), shift_of(pattern)


def rotas(ctx: AuditContext) -> Iterator[RotaView]:
    """Each rota of the resource plan, resolved against the shift patterns."""
    plan = ctx.plan.resource_plan
    if plan is None:
        return
    patterns = shifts(ctx)
    for index, rota in enumerate(plan.rotas):
        cycle, problems = resolve_rota(rota.weeks, patterns)
        yield RotaView(index, rota, cycle, problems)


def when(day: RotaDay, *, of_week: bool = False) -> str:
    """``Tuesday`` (or ``Tuesday of week 2``): the name of a rota day in a message."""
    name = DAY_NAMES[day.day]
    return f"{name} of week {day.week + 1}" if of_week else name


def plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def percent(fraction: float) -> str:
    """A fraction as a planner writes it: 0.85 as 85%, 0.855 as 85.5%."""
    return f"{fraction * 100:g}%"

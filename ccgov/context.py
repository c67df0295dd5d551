"""``AuditContext``: the read-only view of one plan that every rule receives.

It holds the validated ``Plan``, knows where every node came from (file, line,
column) and derives, once per audit and only when a rule asks, what several
rules share: id indexes and the Erlang staffing analysis.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ccgov.findings import Location
from ccgov.model import Plan
from ccgov.model.build import UnknownKey

if TYPE_CHECKING:
    from ccgov.model.operations import Change, Consultation
    from ccgov.model.plan import Kpi, StrategicGoal
    from ccgov.workforce.staffing import QueueStaffing

PathT = tuple[str | int, ...]
Locator = Callable[[PathT], tuple[str, int, int, str]]


class AuditContext:
    """What rules read. Rules must not mutate it."""

    def __init__(
        self, plan: Plan, locator: Locator, unknown_keys: Sequence[UnknownKey] = ()
    ) -> None:
        self.plan = plan
        self._locator = locator
        #: Keys the format does not define (reported by CCG001).
        self.unknown_keys = tuple(unknown_keys)

    @property
    def plan_id(self) -> str:
        return self.plan.plan.id

    @property
    def period(self) -> tuple[date, date]:
        """The plan period; every date rule judges against it, never against today."""
        return self.plan.plan.period.start, self.plan.plan.period.end

    def locate(self, path: PathT) -> Location:
        """File, line, column and in-document path of ``path`` or its nearest existing parent."""
        file, line, column, dotted = self._locator(path)
        return Location(file, line, column, dotted or _dotted(path) or "ccgov")

    def target(self, path: PathT) -> str:
        """The semantic identity of a path: list positions replaced by item ids."""
        parts: list[str] = []
        node: Any = self.plan
        for part in path:
            if isinstance(part, int):
                item = node[part] if isinstance(node, list) and part < len(node) else None
                key = _item_key(item)
                parts.append(f"[{key if key is not None else part}]")
                node = item
            else:
                parts.append(f".{part}" if parts else part)
                node = getattr(node, part, None) if isinstance(node, BaseModel) else None
        return "".join(parts)

    # --- indexes shared by rules -------------------------------------------------

    @cached_property
    def kpis(self) -> dict[str, Kpi]:
        return {kpi.id: kpi for kpi in self.plan.kpis}

    @cached_property
    def goals(self) -> dict[str, StrategicGoal]:
        return {goal.id: goal for goal in self.plan.organisation.strategic_goals}

    @property
    def consultation_list(self) -> list[Consultation]:
        stakeholders = self.plan.stakeholders
        return stakeholders.consultations if stakeholders else []

    @cached_property
    def consultations(self) -> dict[str, Consultation]:
        return {item.id: item for item in self.consultation_list}

    @property
    def change_list(self) -> list[Change]:
        management = self.plan.change_management
        return management.changes if management else []

    def changes(self) -> Iterator[tuple[PathT, Change]]:
        """Each change with its canonical path."""
        for index, change in enumerate(self.change_list):
            yield ("change_management", "changes", index), change

    def linked_consultations(self, change: Change) -> list[Consultation]:
        """The consultations a change lists that exist in the log."""
        return [self.consultations[c] for c in change.consultations or [] if c in self.consultations]

    @cached_property
    def staffing(self) -> list[QueueStaffing]:
        """Erlang C analysis of every queue and interval, computed once per audit."""
        from ccgov.workforce.plan_staffing import analyse_plan

        return analyse_plan(self.plan)


def _item_key(item: Any) -> str | None:
    key = getattr(item, "id", None)
    if key is None:
        start = getattr(item, "start", None)
        key = start.isoformat(timespec="minutes") if isinstance(start, datetime) else None
    return str(key) if key is not None else None


def _dotted(path: PathT) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text

"""The plan's own sections: metadata, organisation, objectives and KPIs."""

from __future__ import annotations

from pydantic import Field

from ccgov.model.types import IsoDate, Section, Text, empty_list


class Owner(Section):
    name: Text | None = None
    role: Text | None = None


class Period(Section):
    start: IsoDate
    end: IsoDate


class PlanMeta(Section):
    id: Text
    title: Text
    period: Period
    version: int | None = None
    status: Text | None = None
    department: Text | None = None
    owner: Owner | None = None
    sector: Text | None = None
    sites: list[Text] | None = None
    channels: list[Text] | None = None
    documents: list[Text] | None = None
    # Optional fields some rules read (plan-format.md, last table).
    regulators: list[Text] | None = None
    fca_activities: list[Text] | None = None
    employees: int | None = None


class StrategicGoal(Section):
    id: Text
    statement: Text | None = None
    horizon: IsoDate | None = None


class Organisation(Section):
    name: Text | None = None
    mission: Text | None = None
    values: list[Text] | None = None
    strategic_goals: list[StrategicGoal] = Field(default_factory=empty_list)


class Action(Section):
    id: Text | None = None
    description: Text | None = None
    owner: Text | None = None
    due: IsoDate | None = None


class Objective(Section):
    id: Text
    statement: Text | None = None
    supports: list[Text] | None = None
    kpi: Text | None = None
    baseline: float | None = None
    target: float | None = None
    direction: Text | None = None
    due: IsoDate | None = None
    owner: Text | None = None
    evidence: Text | None = None
    actions: list[Action] = Field(default_factory=empty_list)
    success_criteria: Text | None = None


class Kpi(Section):
    id: Text
    name: Text | None = None
    kind: Text | None = None
    unit: Text | None = None
    definition: Text | None = None
    source: Text | None = None
    frequency: Text | None = None
    owner: Text | None = None

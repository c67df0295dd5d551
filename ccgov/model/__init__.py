"""Pydantic models of plan format v1 (shared/spec/plan-format.md), one class per mapping.

Field names are the YAML keys, so a rule reads ``plan.objectives[0].kpi`` where
the planner wrote ``objectives: - kpi:``. Everything but the required sections
is optional: a missing field is a finding for the rule that needs it, never an
input error.
"""

from __future__ import annotations

from pydantic import Field

from ccgov.model.compliance import Compliance
from ccgov.model.operations import (
    ChangeManagement,
    Contingency,
    Evaluation,
    PerformanceManagement,
    QualityAssurance,
    ResourcePlan,
    Stakeholders,
)
from ccgov.model.plan import Kpi, Objective, Organisation, PlanMeta
from ccgov.model.types import Section, Text, empty_list


class Plan(Section):
    """A whole plan with its separate documents merged in (``kind: plan``)."""

    ccgov: int
    kind: Text = "plan"
    plan: PlanMeta
    organisation: Organisation
    objectives: list[Objective]
    kpis: list[Kpi] = Field(default_factory=empty_list)
    resource_plan: ResourcePlan | None = None
    performance_management: PerformanceManagement | None = None
    quality_assurance: QualityAssurance | None = None
    change_management: ChangeManagement | None = None
    stakeholders: Stakeholders | None = None
    contingency: Contingency | None = None
    compliance: Compliance | None = None
    evaluation: Evaluation | None = None


__all__ = ["Plan"]

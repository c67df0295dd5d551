"""Operational sections: resources, performance, quality, change, stakeholders, contingency, evaluation."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, Strict, WithJsonSchema
from pydantic.dataclasses import dataclass

from ccgov.model.types import (
    ROW_CONFIG,
    ClockTime,
    Fraction,
    IsoDate,
    IsoDateTime,
    Section,
    Text,
    TextOrList,
    empty_list,
)


@dataclass(config=ROW_CONFIG, frozen=True, slots=True)
class ForecastRow:
    """One forecast interval (see ``ROW_CONFIG`` for why it is a dataclass)."""

    start: IsoDateTime
    contacts: Annotated[float, Strict()]
    aht_seconds: Annotated[float, Strict()]
    scheduled_staff: Annotated[float, Strict()]


_FORECAST_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "description": "CSV file with start,contacts,aht_seconds,scheduled_staff"},
        {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start", "contacts", "aht_seconds", "scheduled_staff"],
                "properties": {
                    "start": {"type": "string"},
                    "contacts": {"type": "number"},
                    "aht_seconds": {"type": "number"},
                    "scheduled_staff": {"type": "number"},
                },
            },
        },
        {"type": "null"},
    ]
}


class ServiceLevel(Section):
    target: Fraction | None = None
    answer_seconds: float | None = None


class Queue(Section):
    id: Text
    channel: Text | None = None
    service_level: ServiceLevel | None = None
    abandonment_target: Fraction | None = None
    interval_minutes: int | None = None
    #: A CSV path relative to the plan, or inline rows; the loader turns a path into rows.
    forecast: Annotated[list[ForecastRow] | None, WithJsonSchema(_FORECAST_SCHEMA)] = None


class ShiftPattern(Section):
    id: Text
    start: ClockTime
    end: ClockTime
    unpaid_break_minutes: int = 0
    paid_break_minutes: int = 0


class Rota(Section):
    id: Text
    staff: int | None = None
    weeks: list[list[Text]] = Field(default_factory=empty_list)
    opted_out_of_48h: int = 0
    young_workers: int = 0


class RealTimeAdherence(Section):
    target: Fraction | None = None
    monitored_by: Text | None = None
    escalation: Text | None = None


class ResourcePlan(Section):
    forecast_method: Text | None = None
    data_sources: list[Text] | None = None
    shrinkage: Fraction | None = None
    max_occupancy: Fraction | None = None
    real_time_adherence: RealTimeAdherence | None = None
    queues: list[Queue] = Field(default_factory=empty_list)
    shift_patterns: list[ShiftPattern] = Field(default_factory=empty_list)
    rotas: list[Rota] = Field(default_factory=empty_list)


class PerformanceManagement(Section):
    one_to_ones: Text | None = None
    coaching: Text | None = None
    recognition: Text | None = None
    underperformance_process: Text | None = None


class QualityAssurance(Section):
    framework: Text | None = None
    scorecard: list[Text] | None = None
    evaluations_per_agent_per_month: float | None = None
    calibration: Text | None = None
    feedback_within_days: float | None = None
    links_to_coaching: bool | None = None
    customer_measures: list[Text] | None = None
    channels: list[Text] | None = None


class Assessment(Section):
    reference: Text | None = None
    completed_on: IsoDate | None = None
    characteristics_considered: list[Text] | None = None


class Change(Section):
    id: Text
    title: Text | None = None
    category: Text | None = None
    implement_on: IsoDate | None = None
    affects: list[Text] | None = None
    personal_data: bool | None = None
    new_technology: bool | None = None
    affects_working_patterns: bool | None = None
    dpia: Assessment | None = None
    eqia: Assessment | None = None
    consultations: list[Text] | None = None
    risk_assessment_reviewed_on: IsoDate | None = None
    training: Text | None = None
    rollback: Text | None = None
    success_measures: list[Text] | None = None
    redundancies: int | None = None


class ChangeManagement(Section):
    model: Text | None = None
    communication_plan: Text | None = None
    resistance: Text | None = None
    changes: list[Change] = Field(default_factory=empty_list)


class Consultation(Section):
    id: Text
    date: IsoDate | None = None
    groups: list[Text] | None = None
    method: Text | None = None
    topics: list[Text] | None = None
    participants: int | None = None
    outcome: Text | None = None
    response: Text | None = None


class Stakeholders(Section):
    map: Text | None = None
    consultations: list[Consultation] = Field(default_factory=empty_list)


class ContingencyPlan(Section):
    id: Text
    scenario: TextOrList | None = None
    trigger: Text | None = None
    owner: Text | None = None
    actions: list[Text] | None = None
    communication: Text | None = None
    recovery_time_objective_hours: float | None = None
    max_tolerable_disruption_hours: float | None = None
    last_tested: IsoDate | None = None


class BusinessService(Section):
    name: Text | None = None
    impact_tolerance_hours: float | None = None
    mapped_resources: list[Text] | None = None


class Contingency(Section):
    plans: list[ContingencyPlan] = Field(default_factory=empty_list)
    important_business_services: list[BusinessService] | None = None


class Review(Section):
    cadence: Text | None = None
    forum: Text | None = None
    inputs: list[Text] | None = None


class Kirkpatrick(Section):
    programme: Text | None = None
    reaction: Text | None = None
    learning: Text | None = None
    behaviour: Text | None = None
    results: Text | None = None


class MonitoringTool(Section):
    tool: Text | None = None
    evaluation: Text | None = None
    strengths: list[Text] | Text | None = None
    limitations: list[Text] | Text | None = None


class FeedbackLoop(Section):
    monitor: Text | None = None
    reviewed: Text | None = None
    decision_by: Text | None = None
    adjusts: Text | None = None
    evidence: Text | None = None


class Swot(Section):
    strengths: list[Text] | None = None
    weaknesses: list[Text] | None = None
    opportunities: list[Text] | None = None
    threats: list[Text] | None = None


class Pestle(Section):
    political: list[Text] | None = None
    economic: list[Text] | None = None
    social: list[Text] | None = None
    technological: list[Text] | None = None
    legal: list[Text] | None = None
    environmental: list[Text] | None = None


class Evaluation(Section):
    methods: list[Text] | None = None
    reviews: list[Review] = Field(default_factory=empty_list)
    swot: Swot | None = None
    pestle: Pestle | None = None
    kirkpatrick: Kirkpatrick | None = None
    monitoring_tools: list[MonitoringTool] = Field(default_factory=empty_list)
    feedback_loops: list[FeedbackLoop] = Field(default_factory=empty_list)

"""The ``compliance`` section: data protection, equality, health and safety, outbound, complaints."""

from __future__ import annotations

from pydantic import Field

from ccgov.model.types import Fraction, IsoDate, Section, Text, empty_list


class CallRecording(Section):
    enabled: bool | None = None
    lawful_basis: Text | None = None
    caller_notice: Text | None = None
    staff_notice: Text | None = None
    retention_days: int | None = None
    access_control: Text | None = None


class CardPayments(Section):
    taken_by_phone: bool | None = None
    method: Text | None = None


class SubjectAccess(Section):
    process: Text | None = None
    response_days: int | None = None


class BreachReporting(Section):
    process: Text | None = None
    notify_within_hours: float | None = None


class Processor(Section):
    name: Text | None = None
    service: Text | None = None
    article_28_contract: bool | None = None
    location: Text | None = None


class DpComplaints(Section):
    process: Text | None = None
    acknowledge_days: int | None = None


class DataProtection(Section):
    controller: Text | None = None
    dpo_contact: Text | None = None
    ropa_reference: Text | None = None
    call_recording: CallRecording | None = None
    card_payments: CardPayments | None = None
    subject_access: SubjectAccess | None = None
    breach_reporting: BreachReporting | None = None
    processors: list[Processor] = Field(default_factory=empty_list)
    international_transfers: Text | None = None
    retention_schedule: Text | None = None
    homeworking: Text | None = None
    complaints: DpComplaints | None = None


class Equality(Section):
    reasonable_adjustments: Text | None = None
    accessible_channels: list[Text] | None = None
    eqia_required_for: list[Text] | None = None
    training: Text | None = None
    third_party_callers_accepted: bool | None = None
    vulnerable_customers: Text | None = None


class RiskAssessment(Section):
    reference: Text | None = None
    last_reviewed: IsoDate | None = None
    owner: Text | None = None


class Dse(Section):
    workstation_assessments: bool | None = None
    homeworkers_included: bool | None = None
    eyesight_tests: bool | None = None


class AcousticShock(Section):
    headset_limiters: bool | None = None
    incident_reporting: bool | None = None


class Stress(Section):
    management_standards_review: IsoDate | None = None
    actions: Text | None = None


class Workplace(Section):
    cubic_metres_per_person: float | None = None
    minimum_temperature_c: float | None = None


class HealthSafety(Section):
    risk_assessment: RiskAssessment | None = None
    dse: Dse | None = None
    acoustic_shock: AcousticShock | None = None
    stress: Stress | None = None
    breaks: Text | None = None
    lone_working: Text | None = None
    workplace: Workplace | None = None
    policy_statement: Text | None = None


class Dialler(Section):
    abandon_rate_max: Fraction | None = None
    information_message_seconds: float | None = None
    minimum_ring_seconds: float | None = None


class Outbound(Section):
    marketing_calls: bool | None = None
    tps_screening_days: int | None = None
    cli_presented: bool | None = None
    dialler: Dialler | None = None


class Complaints(Section):
    process: Text | None = None
    final_response_days: int | None = None


class Compliance(Section):
    data_protection: DataProtection | None = None
    equality: Equality | None = None
    health_safety: HealthSafety | None = None
    outbound: Outbound | None = None
    complaints: Complaints | None = None

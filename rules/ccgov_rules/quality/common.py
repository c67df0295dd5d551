"""What the quality-assurance rules share: references and the QA section's path."""

from __future__ import annotations

from ccgov.context import AuditContext
from ccgov.findings import Reference
from ccgov.model.operations import QualityAssurance

QA = "quality_assurance"

MONITORING_FRAMEWORKS = Reference(
    "Operational planning syllabus: quality assurance — call monitoring frameworks, feedback, scores"
)
FEEDBACK_LOOPS = Reference(
    "Operational planning marking point: documented feedback loops where monitoring results "
    "inform plan adjustments"
)
PDCA = Reference("ASQ, PDCA cycle (Plan-Do-Check-Act)", "https://asq.org/quality-resources/pdca-cycle")


def section(ctx: AuditContext) -> QualityAssurance:
    """The QA section, or an empty one when the plan has none (so every field reads as missing)."""
    return ctx.plan.quality_assurance or QualityAssurance()

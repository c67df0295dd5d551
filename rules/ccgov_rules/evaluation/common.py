"""What the evaluation rules share: references, the section and its named methods."""

from __future__ import annotations

from ccgov.context import AuditContext
from ccgov.findings import Reference
from ccgov.model.operations import Evaluation

EV = "evaluation"

STRUCTURED_METHODS = Reference(
    "Operational planning marking point: structured evaluation methods (SWOT, PESTLE, Kirkpatrick)"
)
FEEDBACK_LOOPS = Reference(
    "Operational planning marking point: documented feedback loops where monitoring results "
    "inform plan adjustments"
)
SWOT = Reference("SWOT analysis: strengths and weaknesses (internal), opportunities and threats (external)")
PESTLE = Reference(
    "PESTLE analysis: political, economic, social, technological, legal and environmental factors "
    "(e.g. CIPD PESTLE factsheet)"
)
KIRKPATRICK = Reference(
    "Kirkpatrick Partners, the Kirkpatrick model (reaction, learning, behaviour, results)",
    "https://www.kirkpatrickpartners.com/the-kirkpatrick-model/",
)
PDCA = Reference("ASQ, PDCA cycle (Plan-Do-Check-Act)", "https://asq.org/quality-resources/pdca-cycle")


def section(ctx: AuditContext) -> Evaluation:
    """The evaluation section, or an empty one when the plan has none."""
    return ctx.plan.evaluation or Evaluation()


def methods(ctx: AuditContext) -> set[str]:
    """The evaluation methods the plan names, lower-case (vocabulary matches ignore case)."""
    return {method.strip().lower() for method in section(ctx).methods or []}

"""What the change-management rules share: the frameworks they cite and the section's path."""

from __future__ import annotations

from ccgov.context import AuditContext
from ccgov.findings import Reference
from ccgov.model.operations import ChangeManagement

CM = "change_management"

KOTTER = Reference(
    "J. P. Kotter, Leading Change: Why Transformation Efforts Fail, Harvard Business Review, "
    "March–April 1995 (eight steps)"
)
ADKAR = Reference("Prosci, the ADKAR model of individual change", "https://www.prosci.com/methodology/adkar")
LEWIN = Reference(
    "K. Lewin (1947), unfreeze–change–refreeze; B. Burnes (2020), JABS 56(1) 32–59",
    "https://doi.org/10.1177/0021886319892685",
)
KIRKPATRICK = Reference(
    "Kirkpatrick Partners, the Kirkpatrick model (reaction, learning, behaviour, results)",
    "https://www.kirkpatrickpartners.com/the-kirkpatrick-model/",
)


def section(ctx: AuditContext) -> ChangeManagement:
    """The change-management section, or an empty one when the plan has none."""
    return ctx.plan.change_management or ChangeManagement()


def ids(items: list[str]) -> str:
    """``CH1, CH2`` — a short list of ids for a message."""
    return ", ".join(items)

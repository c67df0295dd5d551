"""What the equality rules share: the section's path and the Equality Act 2010 references."""

from __future__ import annotations

from ccgov.context import AuditContext, PathT
from ccgov.findings import Reference
from ccgov.model.compliance import Equality

#: Canonical path of ``compliance.equality``.
EQ: PathT = ("compliance", "equality")

OFCOM_ACCESSIBILITY = Reference(
    "Ofcom, Accessibility FAQ (EHRC third-party example; ICO letter on relay and interpreter calls)",
    "https://www.ofcom.org.uk/phones-and-broadband/accessibility/frequently-asked-questions",
)


def equality_act(part: str, title: str) -> Reference:
    """A section (``section/20``) or schedule (``schedule/2``) of the Equality Act 2010."""
    kind, number = part.split("/")
    label = "s." if kind == "section" else "Sch "
    return Reference(f"Equality Act 2010 {label}{number}: {title}",
                     f"https://www.legislation.gov.uk/ukpga/2010/15/{part}")


def section(ctx: AuditContext) -> Equality:
    """``compliance.equality``, or an empty one when the plan has none (every field None)."""
    compliance = ctx.plan.compliance
    found = compliance.equality if compliance else None
    return found if found is not None else Equality()

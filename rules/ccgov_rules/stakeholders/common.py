"""What the stakeholder rules share: references and how they read the consultation log."""

from __future__ import annotations

from collections.abc import Iterable

from ccgov.context import AuditContext, PathT
from ccgov.findings import Reference
from ccgov.model.operations import Change, Consultation

#: Canonical path of the consultation log, inline or from a separate ``consultations.yaml``.
LOG: PathT = ("stakeholders", "consultations")

CONSULTATION_MISTAKE = Reference(
    "Operational planning syllabus, common mistake: missing stakeholder consultation "
    "(frontline agents, IT support)",
)
MENDELOW = Reference(
    "Mendelow power/interest grid (summary, Oxford College of Marketing)",
    "https://blog.oxfordcollegeofmarketing.com/2018/04/23/what-is-mendelows-matrix-and-how-is-it-useful/",
)


def groups(consultation: Consultation) -> set[str]:
    """The consultation's stakeholder groups, lower-cased (vocabulary matches ignore case)."""
    return {group.strip().lower() for group in consultation.groups or []}


def with_group(consultations: Iterable[Consultation], *wanted: str) -> list[Consultation]:
    """The consultations whose groups include any of ``wanted`` (lower-case names)."""
    return [c for c in consultations if groups(c) & set(wanted)]


def affects(change: Change, group: str) -> bool:
    """Does the change's ``affects`` list name ``group`` (case-insensitively)?"""
    return any(item.strip().lower() == group for item in change.affects or [])


def consultation_path(ctx: AuditContext, consultation: Consultation) -> PathT:
    """Canonical path of a consultation in the log."""
    return (*LOG, ctx.consultation_list.index(consultation))

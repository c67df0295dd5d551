"""What the data-protection rules share: the section's path, its references and how to read it."""

from __future__ import annotations

from ccgov.context import AuditContext, PathT
from ccgov.findings import Reference
from ccgov.model.compliance import CallRecording, DataProtection

#: Canonical path of ``compliance.data_protection``.
DP: PathT = ("compliance", "data_protection")
RECORDING: PathT = (*DP, "call_recording")


def gdpr(article: str, title: str) -> Reference:
    """A UK GDPR article on legislation.gov.uk."""
    return Reference(f"UK GDPR Art {article}: {title}",
                     f"https://www.legislation.gov.uk/eur/2016/679/article/{article}")


SI_2018_356_REG_4 = Reference(
    "Investigatory Powers (Interception by Businesses etc. for Monitoring and Record-keeping "
    "Purposes) Regulations 2018 (SI 2018/356) reg 4: inform every user of the system",
    "https://www.legislation.gov.uk/uksi/2018/356/regulation/4",
)
ICO_MONITORING_WORKERS = Reference(
    "ICO, Monitoring workers guidance, impact assessment (October 2023)",
    "https://ico.org.uk/about-the-ico/research-reports-impact-and-evaluation/impact-and-evaluation/"
    "impact-assessment/monitoring-at-work-guidance-impact-assessment-october-2023/",
)
ICO_DPIA_LIST = Reference(
    "ICO, Examples of processing likely to result in high risk (DPIA list)",
    "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/"
    "data-protection-impact-assessments-dpias/examples-of-processing-likely-to-result-in-high-risk/",
)


def section(ctx: AuditContext) -> DataProtection:
    """``compliance.data_protection``, or an empty one when the plan has none (every field None)."""
    compliance = ctx.plan.compliance
    found = compliance.data_protection if compliance else None
    return found if found is not None else DataProtection()


def recording(ctx: AuditContext) -> CallRecording | None:
    """The call-recording settings when the plan says recording is enabled, else None."""
    settings = section(ctx).call_recording
    return settings if settings is not None and settings.enabled is True else None

"""QA005: automated QA and speech analytics are governed by a DPIA and consultation."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule

ICO_DPIA_LIST = Reference(
    "ICO, examples of processing likely to result in high risk (innovative technology, AI, tracking)",
    "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/"
    "data-protection-impact-assessments-dpias/examples-of-processing-likely-to-result-in-high-risk/",
)
ARTICLE_35 = Reference(
    "UK GDPR Article 35: data protection impact assessment",
    "https://www.legislation.gov.uk/eur/2016/679/article/35",
)
EMOTION_ANALYSIS = Reference("ICO warning on emotion analysis technologies (October 2022)")


class AutomatedQaGoverned(Rule):
    """A technology change that measures its success by the quality score (``QA``) has a DPIA and a
    consultation with the quality team or team leaders.

    Automated scoring and speech analytics judge agents with new technology: the
    ICO lists such processing as likely to be high risk, so a DPIA is needed
    (its timing is checked by DP006), and the people who own QA scores must help
    validate automated scores against human scoring. ``groups`` lists the
    stakeholder groups that count.

    **Non-compliant**::

        changes:
          - {id: CH1, category: technology, success_measures: [QA], consultations: [C1]}
        # no dpia; C1 consulted only frontline agents

    **Compliant**::

        changes:
          - {id: CH1, category: technology, success_measures: [QA],
             dpia: {reference: DPIA-2026-14, completed_on: 2026-12-01}, consultations: [C3]}
        # C3 groups include quality team
    """

    id = "QA005"
    name = "quality.automated-qa-governed"
    ruleset = "quality"
    severity = Severity.WARNING
    title = "Automated QA and analytics governed"
    remediation = "Validate automated scores against human scoring and complete the DPIA."
    references = (ICO_DPIA_LIST, ARTICLE_35, EMOTION_ANALYSIS)
    options = (
        Option("groups", ("quality team", "team leaders"),
               "Stakeholder groups whose consultation validates automated QA (convention)."),
        Option("measure", "QA", "KPI id of the quality score that marks a change as automated QA."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        groups = {g.lower() for g in self.option("groups")}
        measure = self.option("measure").lower()
        for path, change in ctx.changes():
            measures = [m.lower() for m in change.success_measures or []]
            if (change.category or "").lower() != "technology" or measure not in measures:
                continue
            what = f"Change {change.id}"
            if change.dpia is None or not (change.dpia.reference or change.dpia.completed_on):
                yield self.finding(
                    ctx, (*path, "dpia"),
                    f"{what} uses technology to measure {self.option('measure')} but records no DPIA.",
                )
            consulted = any(
                group.lower() in groups
                for consultation in ctx.linked_consultations(change)
                for group in consultation.groups or []
            )
            if not consulted:
                yield self.finding(
                    ctx, (*path, "consultations"),
                    f"{what} uses technology to measure {self.option('measure')} but links no "
                    f"consultation with the {' or '.join(self.option('groups'))}.",
                )

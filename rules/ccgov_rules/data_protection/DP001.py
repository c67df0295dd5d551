"""DP001: the controller, DPO, record of processing and the lawful basis for recording are named."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.data_protection.common import DP, RECORDING, gdpr, recording, section
from ccgov_rules.vocabulary import normal, present

# The six Art 6(1) bases and the Data (Use and Access) Act 2025's "recognised legitimate
# interests", with the singular and American spellings people write for the same basis.
LAWFUL_BASES = frozenset({
    "consent", "contract", "legal obligation", "vital interests", "vital interest", "public task",
    "legitimate interests", "legitimate interest", "recognised legitimate interests",
    "recognised legitimate interest", "recognized legitimate interests",
    "recognized legitimate interest",
})

ICO_ROPA = Reference(
    "ICO, Who needs to document their processing activities? (Art 30(5) exemption)",
    "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/accountability-and-governance/"
    "documentation/who-needs-to-document-their-processing-activities/",
)


class LawfulBasisAndRopa(Rule):
    """The plan names the ``controller``, the ``dpo_contact`` and its record of processing
    (``ropa_reference``), and, when calls are recorded, the UK GDPR Art 6(1) lawful basis for it.

    A contact centre always needs a record of processing: the Art 30(5)
    exemption for organisations under 250 employees does not cover processing
    that is not occasional, and a contact centre's is continuous. Recording and
    quality monitoring need a lawful basis, named as one of consent, contract,
    legal obligation, vital interests, public task or legitimate interests (or,
    since the Data (Use and Access) Act 2025, recognised legitimate interests).

    **Non-compliant**::

        data_protection:
          controller: Northern Utilities plc
          call_recording: {enabled: true, lawful_basis: quality purposes}

    **Compliant**::

        data_protection:
          controller: Northern Utilities plc
          dpo_contact: dpo@example.org
          ropa_reference: ROPA-CC-03
          call_recording: {enabled: true, lawful_basis: legitimate interests}
    """

    id = "DP001"
    name = "data-protection.lawful-basis-and-ropa"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Lawful basis and record of processing"
    remediation = "Name the lawful basis for recording/QA and reference the record of processing."
    references = (gdpr("6", "lawfulness of processing"), gdpr("30", "records of processing activities"),
                  ICO_ROPA)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        dp = section(ctx)
        missing = {
            "controller": "names no data controller",
            "dpo_contact": "gives no data protection officer contact",
            "ropa_reference": "references no record of processing activities (Art 30)",
        }
        for field, words in missing.items():
            if not present(getattr(dp, field)):
                yield self.finding(ctx, (*DP, field), f"The plan {words} ({field}).")
        settings = recording(ctx)
        if settings is None:
            return
        basis = settings.lawful_basis
        if not present(basis):
            yield self.finding(
                ctx, (*RECORDING, "lawful_basis"),
                "Calls are recorded but no Art 6(1) lawful basis is named for it (lawful_basis).",
            )
        elif normal(basis) not in LAWFUL_BASES:
            yield self.finding(
                ctx, (*RECORDING, "lawful_basis"),
                f"Call recording's lawful basis '{basis}' is not an Art 6(1) basis: name consent, "
                "contract, legal obligation, vital interests, public task, legitimate interests or "
                "recognised legitimate interests.",
            )

"""DP008: card security codes never reach call recordings."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.data_protection.common import DP, section
from ccgov_rules.vocabulary import normal

#: Methods that keep card data away from agents and recordings (PCI SSC telephone supplement).
DESCOPING = frozenset({"dtmf masking", "ivr payment", "redirect"})

PCI_DSS = Reference(
    "PCI DSS v4.0.1 Req 3.3.1 and 3.3.1.2: no card verification code stored after authorisation",
    "https://www.pcisecuritystandards.org/document_library/",
)
PCI_TELEPHONE = Reference(
    "PCI SSC, Protecting Telephone-Based Payment Card Data v3.0 (2018): pause-and-resume alone "
    "is not a complete control",
    "https://www.pcisecuritystandards.org/documents/"
    "Protecting_Telephone_Based_Payment_Card_Data_v3-0_nov_2018.pdf",
)


class CardDataOutOfRecordings(Rule):
    """When card payments are ``taken_by_phone``, the ``method`` keeps card data out of
    recordings: ``dtmf masking``, ``ivr payment`` or ``redirect``.

    PCI DSS v4.0.1 Req 3.3.1 forbids keeping sensitive authentication data, the
    card verification code included, after authorisation, and that covers call
    and screen recordings. The PCI SSC telephone supplement says manual
    ``pause and resume`` is not a complete control on its own, so it is a
    warning, as is any other method the rule does not recognise; ``none``, or no
    method at all, is an error.

    **Non-compliant**: ``card_payments: {taken_by_phone: true, method: none}``

    **Compliant**: ``card_payments: {taken_by_phone: true, method: dtmf masking}``
    """

    id = "DP008"
    name = "data-protection.card-data-out-of-recordings"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Card data kept out of recordings"
    remediation = "Use DTMF masking, IVR payment or a payment link; purge recordings holding CVVs."
    references = (PCI_DSS, PCI_TELEPHONE)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        payments = section(ctx).card_payments
        if payments is None or payments.taken_by_phone is not True:
            return
        path = (*DP, "card_payments", "method")
        method = normal(payments.method)
        if method in DESCOPING:
            return
        if not method:
            yield self.finding(
                ctx, path,
                "Card payments are taken by phone but no method keeps card data out of recordings.",
            )
        elif method == "none":
            yield self.finding(
                ctx, path,
                "Card payments are taken by phone with method none: card security codes can reach "
                "agents and call recordings.",
            )
        elif method == "pause and resume":
            yield self.finding(
                ctx, path,
                "Card payments are taken by phone with pause and resume, which on its own is not a "
                "complete control against card data in recordings.",
                severity=Severity.WARNING,
            )
        else:
            yield self.finding(
                ctx, path,
                f"Card payments are taken by phone with method '{payments.method}', which is not "
                "one of dtmf masking, ivr payment or redirect; show it keeps card data out of "
                "recordings.",
                severity=Severity.WARNING,
            )

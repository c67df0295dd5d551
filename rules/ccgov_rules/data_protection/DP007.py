"""DP007: processors work under Art 28 contracts, and transfers abroad have a mechanism."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.model.compliance import Processor
from ccgov.rules.base import Rule
from ccgov_rules.data_protection.common import DP, gdpr, section
from ccgov_rules.vocabulary import normal, present

# Ways plans write a location inside the UK; anything else is a restricted transfer (Art 44).
UK_LOCATIONS = frozenset({
    "uk", "u.k.", "united kingdom", "gb", "great britain", "england", "scotland", "wales",
    "northern ireland",
})


def label(processor: Processor, index: int) -> str:
    """How a finding names a processor: processors have names, not ids."""
    return processor.name or processor.service or f"number {index + 1}"


class ProcessorsAndTransfers(Rule):
    """Every processor has ``article_28_contract: true``, and when any processor's ``location``
    is outside the UK, ``international_transfers`` names the transfer mechanism (not ``none``).

    UK GDPR Art 28(3) requires a written contract with the mandatory terms for
    every processor (outsourcer, CCaaS, recording or QA vendor). Personal data
    sent outside the UK is a restricted transfer (Arts 44–46): it needs UK
    adequacy regulations, appropriate safeguards such as the IDTA or the UK
    Addendum, or an exception. A processor without a stated ``location`` is not
    taken as a transfer.

    **Non-compliant**::

        processors:
          - {name: SpeechSense Ltd, article_28_contract: true, location: India}
        international_transfers: none

    **Compliant**::

        processors:
          - {name: SpeechSense Ltd, article_28_contract: true, location: India}
        international_transfers: IDTA signed 2026-09-01 with SpeechSense Ltd
    """

    id = "DP007"
    name = "data-protection.processors-and-transfers"
    ruleset = "data-protection"
    severity = Severity.ERROR
    title = "Processor contracts and transfers"
    remediation = "Sign Art 28 terms; document the transfer mechanism for non-UK processors."
    references = (gdpr("28", "processor contracts"), gdpr("44", "general principle for transfers"),
                  gdpr("46", "transfers subject to appropriate safeguards"))

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        dp = section(ctx)
        abroad: list[str] = []
        for index, processor in enumerate(dp.processors):
            name = label(processor, index)
            if processor.article_28_contract is not True:
                yield self.finding(
                    ctx, (*DP, "processors", index, "article_28_contract"),
                    f"Processor {name} has no Article 28 contract (article_28_contract is "
                    f"{'false' if processor.article_28_contract is False else 'not stated'}).",
                    # NOTE: processors have no ids; their name keeps the fingerprint stable.
                    target=f"compliance.data_protection.processors[{name}].article_28_contract",
                )
            location = processor.location
            if present(location) and normal(location) not in UK_LOCATIONS:
                abroad.append(f"{name} ({location})")
        transfers = dp.international_transfers
        if abroad and (not present(transfers) or normal(transfers) == "none"):
            stated = "is none" if present(transfers) else "is not stated"
            yield self.finding(
                ctx, (*DP, "international_transfers"),
                f"Processor{'s' if len(abroad) > 1 else ''} {', '.join(abroad)} "
                f"{'are' if len(abroad) > 1 else 'is'} outside the UK but international_transfers "
                f"{stated}; name the adequacy regulations, IDTA or UK Addendum relied on.",
            )

"""EQ001: customers who cannot use voice can still reach the centre."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Option, Rule
from ccgov_rules.equality.common import EQ, OFCOM_ACCESSIBILITY, equality_act, section
from ccgov_rules.vocabulary import normal

# Channel names that mean a spoken call; every other channel is an alternative to voice.
VOICE = frozenset({"voice", "phone", "telephone", "telephony"})

RELAY_UK = Reference("Relay UK (BT): national text relay service, 18001 / 18002",
                     "https://www.relayuk.bt.com/")


class AccessibleChannels(Rule):
    """``compliance.equality.accessible_channels`` is non-empty and includes a text relay option
    (``Relay UK`` or ``textphone``), and ``plan.channels`` offers a channel other than voice.

    Equality Act 2010 s.20 and Sch 2: service providers must anticipate the
    needs of disabled customers and provide auxiliary aids, including
    information in accessible formats; s.29 forbids discrimination in providing
    a service. Deaf, hard-of-hearing and speech-impaired customers need a
    text route: Relay UK (18001) or a textphone line, with a written channel
    such as webchat, email or SMS. The ICO has confirmed that UK GDPR does not
    stop a centre taking relay calls. Which values count as text relay is the
    option ``text_relay_channels``; the recognised accessible channels are
    ``Relay UK``, ``BSL video relay``, ``textphone``, ``webchat``, ``email`` and ``SMS``.

    **Non-compliant**: ``plan: {channels: [voice]}`` and ``accessible_channels: [BSL video relay]``

    **Compliant**::

        plan: {channels: [voice, webchat, email]}
        equality: {accessible_channels: [Relay UK, BSL video relay, webchat, email]}
    """

    id = "EQ001"
    name = "equality.accessible-channels"
    ruleset = "equality"
    severity = Severity.WARNING
    title = "Accessible contact channels"
    remediation = "Offer a text channel and publish Relay UK (18001) and BSL access."
    references = (equality_act("section/20", "duty to make adjustments"),
                  equality_act("section/29", "provision of services"),
                  equality_act("schedule/2", "services: reasonable adjustments"),
                  OFCOM_ACCESSIBILITY, RELAY_UK)
    options = (
        Option("text_relay_channels", ("Relay UK", "textphone"),
               "Accessible-channel values that count as a text relay option (plan format's proposed "
               "vocabulary; a convention of this engine, not words of the Act)."),
    )

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        listed = section(ctx).accessible_channels or []
        relay = {normal(value) for value in self.option("text_relay_channels")}
        if not listed:
            yield self.finding(
                ctx, (*EQ, "accessible_channels"),
                "The plan lists no accessible contact channels (accessible_channels).",
            )
        elif not any(normal(channel) in relay for channel in listed):
            yield self.finding(
                ctx, (*EQ, "accessible_channels"),
                f"The accessible channels ({', '.join(listed)}) include no text relay option such as "
                f"{' or '.join(self.option('text_relay_channels'))}.",
            )
        channels = ctx.plan.plan.channels or []
        if not any(normal(channel) not in VOICE for channel in channels):
            shown = f"({', '.join(channels)})" if channels else "(none listed)"
            yield self.finding(
                ctx, ("plan", "channels"),
                f"The plan's channels {shown} offer no alternative to voice for customers who "
                "cannot use the phone.",
            )

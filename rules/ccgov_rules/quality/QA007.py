"""QA007: the QA sample covers every channel the plan runs, not only voice."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Severity
from ccgov.rules.base import Rule
from ccgov_rules.quality.common import QA, section

#: Words that name a channel in the free-text framework ("calls and chats" covers webchat).
ALIASES = {"webchat": ("webchat", "web chat", "chat"), "email": ("email", "e-mail")}


class EveryChannel(Rule):
    """Every channel in ``plan.channels`` other than voice is named in ``quality_assurance.channels``
    or in the ``framework`` text.

    Advisory: webchat and email answers reach customers as surely as calls do,
    and a sample drawn only from call recordings leaves them unchecked. The plan
    says so in the optional ``quality_assurance.channels`` list or in the
    framework's words.

    **Non-compliant**::

        plan: {channels: [voice, webchat, email]}
        quality_assurance: {framework: Calls selected at random from recordings.}

    **Compliant**::

        quality_assurance: {framework: ..., channels: [voice, webchat, email]}
    """

    id = "QA007"
    name = "quality.every-channel"
    ruleset = "quality"
    severity = Severity.INFO
    title = "QA covers every channel"
    remediation = "Extend QA sampling to chat and email."

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        qa = section(ctx)
        listed = {channel.lower() for channel in qa.channels or []}
        framework = (qa.framework or "").lower()
        missing = [
            channel for channel in ctx.plan.plan.channels or []
            if channel.lower() != "voice" and channel.lower() not in listed
            and not any(word in framework for word in ALIASES.get(channel.lower(), (channel.lower(),)))
        ]
        if missing:
            field = "channels" if qa.channels is not None else "framework"
            yield self.finding(
                ctx, (QA, field),
                f"The QA sample does not cover the plan's {', '.join(missing)} "
                f"channel{'s' if len(missing) > 1 else ''}.",
            )

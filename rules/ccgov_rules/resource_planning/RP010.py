"""RP010: advice where Erlang C's assumptions do not fit a queue."""

from __future__ import annotations

from collections.abc import Iterator

from ccgov.context import AuditContext
from ccgov.findings import Finding, Reference, Severity
from ccgov.rules.base import Rule
from ccgov_rules.resource_planning.common import PYWORKFORCE, pct, queues

PHUBERS = Reference(
    "phubers/erlang (R package Erlang): caveat, Erlang C ignores abandonment",
    "https://github.com/phubers/erlang",
)


class ModelFitsChannel(Rule):
    """Notes the queues where Erlang C's assumptions do not hold, so its figures need care.

    Erlang C assumes one contact at a time per agent, answered as it arrives, and
    callers who never hang up. A non-voice queue (webchat with concurrent chats,
    email handled as deferred work) breaks the first assumptions; a queue with an
    ``abandonment_target`` expects callers to abandon, which Erlang C ignores and
    so over-staffs, where Erlang A models it. Advice only (``info``).

    **Noted**::

        queues:
          - {id: billing-webchat, channel: webchat, abandonment_target: 0.05}

    **Not noted**::

        queues:
          - {id: billing-voice, channel: voice}
    """

    id = "RP010"
    name = "resource-planning.model-fits-channel"
    ruleset = "resource-planning"
    severity = Severity.INFO
    title = "Staffing model fits the channel"
    remediation = "Use Erlang A or simulation where Erlang C's assumptions fail."
    references = (PYWORKFORCE, PHUBERS)

    def check(self, ctx: AuditContext) -> Iterator[Finding]:
        for path, queue in queues(ctx):
            channel = queue.channel
            if channel is not None and channel.lower() != "voice":
                yield self.finding(
                    ctx, (*path, "channel"),
                    f"Queue {queue.id} is on the {channel} channel: Erlang C assumes each agent handles "
                    "one contact at a time as it arrives, so model concurrency or deferred work "
                    "another way.",
                )
            if queue.abandonment_target is not None:
                yield self.finding(
                    ctx, (*path, "abandonment_target"),
                    f"Queue {queue.id} expects abandonment (target {pct(queue.abandonment_target)}), "
                    "which Erlang C ignores and so over-staffs; Erlang A models callers who hang up.",
                )

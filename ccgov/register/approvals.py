"""Approvals bound to content: a person approves exactly the documents the gate last approved.

``ccgov approve`` hashes the plan's documents again and appends an approval
only when the latest gate record for exactly those hashes approved them. Any
edit to any document changes the content digest, so the approval is refused
until a new gate run approves the new content. The check and the append
happen in one transaction under the chain lock, so a gate run that denies the
same content cannot slip in between.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ccgov.register.chain import Appended, append, record_hash
from ccgov.register.engine import Register
from ccgov.register.tables import records


class ApprovalRefused(Exception):
    """The approval was not recorded; the message says why and what to do."""


@dataclass(frozen=True)
class Content:
    """The plan's documents as they are now."""

    plan_id: str
    plan_version: int | None
    documents: Sequence[dict[str, str]]
    digest: str


def approve(
    register: Register, content: Content, *, by: str, role: str, comment: str | None, time: str,
) -> tuple[Appended, int]:
    """Append an approval; returns it and the number of the gate record it rests on."""
    approved: list[int] = []

    def build(conn: Connection) -> dict[str, Any]:
        gate = _latest_gate(conn, content)
        approved.append(gate.seq)
        return {
            "kind": "approval",
            "time": time,
            "actor": by,
            "role": role,
            "comment": comment,
            "plan": {
                "id": content.plan_id,
                "version": content.plan_version,
                "documents": list(content.documents),
                "content_digest": content.digest,
            },
            "decision": "approved",
            "gate_record": {"seq": gate.seq, "hash": gate.hash},
        }

    return append(register, build), approved[0]


def _latest_gate(conn: Connection, content: Content) -> Any:
    gates = records.c.kind == "gate"
    row = conn.execute(
        select(records).where(gates, records.c.plan_id == content.plan_id,
                              records.c.content_digest == content.digest)
        .order_by(records.c.seq.desc()).limit(1)
    ).one_or_none()
    if row is None:
        raise ApprovalRefused(_never_gated(conn, content))
    if row.decision != "approved":
        raise ApprovalRefused(
            f"the latest gate run on exactly these documents (record {row.seq}, {row.created_at}) "
            "denied them; fix the findings and run `ccgov gate` again")
    if record_hash(row.prev_hash, row.body) != row.hash:
        raise ApprovalRefused(f"gate record {row.seq} does not match its hash; run `ccgov log verify`")
    return row


def _never_gated(conn: Connection, content: Content) -> str:
    last = conn.execute(
        select(records.c.seq, records.c.body)
        .where(records.c.kind == "gate", records.c.plan_id == content.plan_id)
        .order_by(records.c.seq.desc()).limit(1)
    ).one_or_none()
    if last is None:
        return f"plan {content.plan_id} has never been through the gate; run `ccgov gate` first"
    before = {d["name"]: d["sha256"] for d in json.loads(last.body)["plan"]["documents"]}
    now = {d["name"]: d["sha256"] for d in content.documents}
    changed = sorted(name for name in before.keys() | now.keys() if before.get(name) != now.get(name))
    return (f"the documents changed since the last gate run on plan {content.plan_id} (record "
            f"{last.seq}): {', '.join(changed)}; run `ccgov gate` again before approving")

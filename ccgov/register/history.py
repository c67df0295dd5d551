"""Reading the register back: the history of a plan and single records."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ccgov.register.engine import Register
from ccgov.register.tables import records


@dataclass(frozen=True)
class StoredRecord:
    """One record as stored: its place in the chain and its body."""

    seq: int
    hash: str
    prev_hash: str
    body: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.body.get("kind", ""))

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "hash": self.hash, "prev_hash": self.prev_hash, "record": self.body}


def history(
    register: Register, plan_id: str | None = None, *, limit: int | None = None
) -> list[StoredRecord]:
    """Records oldest first, optionally of one plan, optionally only the newest ``limit``."""
    query = select(records.c.seq, records.c.hash, records.c.prev_hash, records.c.body)
    if plan_id is not None:
        query = query.where(records.c.plan_id == plan_id)
    query = query.order_by(records.c.seq.desc())
    if limit is not None:
        query = query.limit(limit)
    with register.read() as conn:
        rows = conn.execute(query).all()
    return [_stored(row) for row in reversed(rows)]


def show(register: Register, ref: str) -> StoredRecord:
    """A record by its number (``17``) or a prefix of its hash (8+ characters); ``LookupError`` if none."""
    query = select(records.c.seq, records.c.hash, records.c.prev_hash, records.c.body)
    if ref.isdigit():
        query = query.where(records.c.seq == int(ref))
    elif re.fullmatch(r"[0-9a-f]{8,64}", ref):
        query = query.where(records.c.hash.startswith(ref, autoescape=True)).limit(2)
    else:
        raise LookupError(f"{ref!r} is neither a record number nor a hash prefix of 8+ hex digits")
    with register.read() as conn:
        rows = conn.execute(query).all()
    if not rows:
        raise LookupError(f"the register has no record {ref}")
    if len(rows) > 1:
        raise LookupError(f"{ref} is the start of several record hashes; give more of it")
    return _stored(rows[0])


def _stored(row: Any) -> StoredRecord:
    try:
        body = json.loads(row.body)
    except ValueError:
        body = {"unreadable": row.body}
    return StoredRecord(row.seq, row.hash, row.prev_hash, body)

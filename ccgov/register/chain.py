"""The hash chain: append a record after the head, verify every record from the first.

A record's hash is ``SHA-256(b"ccgov-audit-v1\\0" ‖ previous hash ‖ body)``,
where the body is the record's canonical JSON (``ccgov.digests``) including
its own sequence number, and the first record's previous hash is 64 zeros.
Changing, deleting or reordering any record therefore breaks the chain at that
record; removing records from the end is caught by the head row, and by
comparing the head with a hash anchored outside the database (``ccgov log head``).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection, Row

from ccgov.digests import canonical_text
from ccgov.register.engine import Register
from ccgov.register.tables import DENORMALISED, chain_head, records

DOMAIN = b"ccgov-audit-v1\0"
GENESIS = "0" * 64
#: Test-only: a file to create once a record is written but not committed, after
#: which the append waits (so a test can kill the process at that moment).
HOLD_ENV = "CCGOV_TEST_HOLD_APPEND"


def record_hash(prev_hash: str, body_text: str) -> str:
    return hashlib.sha256(DOMAIN + prev_hash.encode("ascii") + body_text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Appended:
    seq: int
    hash: str


@dataclass
class Verification:
    """The result of walking the chain."""

    records: int
    head: str
    #: The first record that is broken (``None`` when intact) and why.
    broken_at: int | None = None
    problem: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None and not self.problem


def append(register: Register, build: Callable[[Connection], dict[str, Any]]) -> Appended:
    """Append the record ``build`` returns; it runs under the chain lock and may raise to abort.

    The head row is locked first (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's
    ``BEGIN IMMEDIATE`` already holds the write lock), so appends are serialised
    on the head, and a process killed before the commit leaves nothing behind.
    """
    with register.write() as conn:
        head = conn.execute(
            select(chain_head.c.seq, chain_head.c.hash).where(chain_head.c.id == 1).with_for_update()
        ).one()
        seq = head.seq + 1
        body = {**build(conn), "seq": seq}
        text = canonical_text(body)
        digest = record_hash(head.hash, text)
        values = {column: _pick(body, where) for column, where in DENORMALISED.items()}
        conn.execute(insert(records).values(seq=seq, hash=digest, prev_hash=head.hash, body=text, **values))
        conn.execute(update(chain_head).where(chain_head.c.id == 1).values(seq=seq, hash=digest))
        _hold_for_tests()
    return Appended(seq, digest)


def head(register: Register) -> Appended:
    """The newest record's number and hash (0 and the genesis hash for an empty chain)."""
    with register.read() as conn:
        row = conn.execute(select(chain_head.c.seq, chain_head.c.hash)).one()
    return Appended(row.seq, row.hash)


def verify(register: Register, *, anchor: str | None = None) -> Verification:
    """Walk the whole chain; name the first broken record. ``anchor`` must be a hash in the chain."""
    with register.read() as conn:
        top = conn.execute(select(chain_head.c.seq, chain_head.c.hash)).one_or_none()
        if top is None:
            return Verification(0, GENESIS, problem="the chain head row is missing")
        # NOTE: reading only up to the head read first keeps the walk consistent
        # while other processes append (each append moves head and record together).
        rows = conn.execution_options(yield_per=500).execute(
            select(records).where(records.c.seq <= top.seq).order_by(records.c.seq))
        expected, prev, count, anchored = 1, GENESIS, 0, anchor is None or anchor == GENESIS
        for row in rows:
            problem = check_record(row, expected, prev)
            if problem:
                return Verification(count, prev, broken_at=row.seq, problem=problem)
            anchored = anchored or row.hash == anchor
            expected, prev, count = row.seq + 1, row.hash, count + 1
    last = expected - 1
    if (top.seq, top.hash) != (last, prev):
        return Verification(count, prev, broken_at=last + 1, problem=(
            f"the chain head names record {top.seq} ({top.hash[:12]}…) but the chain ends at record "
            f"{last}: records after it were removed, or the head was rewritten"))
    if not anchored:
        return Verification(count, prev, problem=(
            f"the anchored hash {anchor} is not in the chain: records were removed or rewritten"))
    return Verification(count, prev)


def check_record(row: Row[Any], expected: int, prev: str) -> str:
    """Why this record breaks the chain, or ``""``."""
    if row.seq != expected:
        missing = f"record {expected} is" if row.seq == expected + 1 else \
            f"records {expected} to {row.seq - 1} are"
        return f"{missing} missing (the chain jumps from record {expected - 1} to {row.seq})"
    if row.prev_hash != prev:
        return f"it does not follow record {expected - 1}: its predecessor hash is not that record's hash"
    if record_hash(row.prev_hash, row.body) != row.hash:
        return "its content does not match its hash (the record was changed)"
    try:
        body = json.loads(row.body)
    except ValueError:
        return "its content is not JSON"
    if body.get("seq") != row.seq:
        return f"its content says it is record {body.get('seq')} (records were reordered)"
    for column, where in DENORMALISED.items():
        if _pick(body, where) != getattr(row, column):
            return f"its {column} column does not match its content (the record was changed)"
    return ""


def _pick(body: dict[str, Any], where: tuple[str, ...]) -> Any:
    value: Any = body
    for key in where:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _hold_for_tests() -> None:
    marker = os.environ.get(HOLD_ENV)
    if marker:
        Path(marker).write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(60)

"""The register's tables as SQLAlchemy Core objects (the migrations create them; this reads them).

``ccgov_records`` holds the chain: ``body`` is the canonical JSON the record's
hash covers, and the other columns repeat parts of it so that history and
approvals can be queried; ``ccgov log verify`` checks they agree with the body.
``ccgov_chain_head`` is one row, the newest record's number and hash: appends
lock it, and database triggers only let it advance by one, to a record that
exists.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

records = Table(
    "ccgov_records",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False, unique=True),
    Column("prev_hash", String(64), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("plan_id", String(200), nullable=False, index=True),
    Column("plan_version", Integer, nullable=True),
    Column("content_digest", String(64), nullable=False, index=True),
    Column("decision", String(16), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("body", Text, nullable=False),
)

chain_head = Table(
    "ccgov_chain_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

#: Columns that repeat a value of the body, and where in the body it is.
DENORMALISED: dict[str, tuple[str, ...]] = {
    "kind": ("kind",),
    "plan_id": ("plan", "id"),
    "plan_version": ("plan", "version"),
    "content_digest": ("plan", "content_digest"),
    "decision": ("decision",),
    "actor": ("actor",),
    "created_at": ("time",),
}

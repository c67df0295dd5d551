"""The audit register: the record chain, its head, and the triggers that keep it append-only.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS = "0" * 64

# Each trigger refuses what would rewrite history: changing or deleting a record,
# inserting one that does not extend the head, or moving the head anywhere but
# to the record just appended. Messages avoid '%' and ':name' so that no driver
# mistakes them for parameters.
_SQLITE = [
    """CREATE TRIGGER ccgov_records_no_update BEFORE UPDATE ON ccgov_records
       BEGIN SELECT RAISE(ABORT, 'ccgov_records is append-only, a record cannot be changed'); END""",
    """CREATE TRIGGER ccgov_records_no_delete BEFORE DELETE ON ccgov_records
       BEGIN SELECT RAISE(ABORT, 'ccgov_records is append-only, a record cannot be deleted'); END""",
    """CREATE TRIGGER ccgov_records_extend_head BEFORE INSERT ON ccgov_records
       WHEN NEW.seq IS NOT (SELECT seq + 1 FROM ccgov_chain_head WHERE id = 1)
         OR NEW.prev_hash IS NOT (SELECT hash FROM ccgov_chain_head WHERE id = 1)
       BEGIN SELECT RAISE(ABORT, 'a record must extend the chain head'); END""",
    """CREATE TRIGGER ccgov_chain_head_advance BEFORE UPDATE ON ccgov_chain_head
       WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq + 1
         OR NEW.hash IS NOT (SELECT hash FROM ccgov_records WHERE seq = NEW.seq)
       BEGIN SELECT RAISE(ABORT, 'the chain head only advances to the record just appended'); END""",
    """CREATE TRIGGER ccgov_chain_head_no_delete BEFORE DELETE ON ccgov_chain_head
       BEGIN SELECT RAISE(ABORT, 'the chain head cannot be deleted'); END""",
]

_PG_FUNCTIONS = [
    """CREATE FUNCTION ccgov_refuse_change() RETURNS trigger LANGUAGE plpgsql
       SET search_path FROM CURRENT AS $$
       BEGIN
         RAISE EXCEPTION USING MESSAGE =
           'ccgov: ' || TG_OP || ' on ' || TG_TABLE_NAME || ' refused, the register is append-only';
       END $$""",
    """CREATE FUNCTION ccgov_records_extend_head() RETURNS trigger LANGUAGE plpgsql
       SET search_path FROM CURRENT AS $$
       DECLARE head_seq integer; head_hash varchar;
       BEGIN
         SELECT seq, hash INTO head_seq, head_hash FROM ccgov_chain_head WHERE id = 1;
         IF NEW.seq IS DISTINCT FROM head_seq + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash THEN
           RAISE EXCEPTION USING MESSAGE = 'ccgov: a record must extend the chain head';
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE FUNCTION ccgov_chain_head_advance() RETURNS trigger LANGUAGE plpgsql
       SET search_path FROM CURRENT AS $$
       BEGIN
         IF NEW.id IS DISTINCT FROM OLD.id OR NEW.seq IS DISTINCT FROM OLD.seq + 1
            OR NEW.hash IS DISTINCT FROM (SELECT hash FROM ccgov_records WHERE seq = NEW.seq) THEN
           RAISE EXCEPTION USING MESSAGE =
             'ccgov: the chain head only advances to the record just appended';
         END IF;
         RETURN NEW;
       END $$""",
]
_PG_TRIGGERS = [
    """CREATE TRIGGER ccgov_records_no_change BEFORE UPDATE OR DELETE ON ccgov_records
       FOR EACH ROW EXECUTE FUNCTION ccgov_refuse_change()""",
    # TRUNCATE fires no row triggers, so it needs its own.
    """CREATE TRIGGER ccgov_records_no_truncate BEFORE TRUNCATE ON ccgov_records
       FOR EACH STATEMENT EXECUTE FUNCTION ccgov_refuse_change()""",
    """CREATE TRIGGER ccgov_records_extend_head BEFORE INSERT ON ccgov_records
       FOR EACH ROW EXECUTE FUNCTION ccgov_records_extend_head()""",
    """CREATE TRIGGER ccgov_chain_head_advance BEFORE UPDATE ON ccgov_chain_head
       FOR EACH ROW EXECUTE FUNCTION ccgov_chain_head_advance()""",
    """CREATE TRIGGER ccgov_chain_head_no_delete BEFORE DELETE ON ccgov_chain_head
       FOR EACH ROW EXECUTE FUNCTION ccgov_refuse_change()""",
    """CREATE TRIGGER ccgov_chain_head_no_truncate BEFORE TRUNCATE ON ccgov_chain_head
       FOR EACH STATEMENT EXECUTE FUNCTION ccgov_refuse_change()""",
]


def upgrade() -> None:
    op.create_table(
        "ccgov_records",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
        # One record per predecessor: a fork fails at insert, whatever the code does.
        sa.Column("prev_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("plan_id", sa.String(200), nullable=False, index=True),
        sa.Column("plan_version", sa.Integer, nullable=True),
        sa.Column("content_digest", sa.String(64), nullable=False, index=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.CheckConstraint("seq >= 1", name="seq_positive"),
    )
    head = op.create_table(
        "ccgov_chain_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.CheckConstraint("id = 1", name="single_row"),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS}])
    bind = op.get_bind()
    statements = _SQLITE if bind.dialect.name == "sqlite" else [*_PG_FUNCTIONS, *_PG_TRIGGERS]
    for statement in statements:
        bind.exec_driver_sql(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        for function in ("ccgov_refuse_change", "ccgov_records_extend_head", "ccgov_chain_head_advance"):
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {function}() CASCADE")
    op.drop_table("ccgov_chain_head")
    op.drop_table("ccgov_records")

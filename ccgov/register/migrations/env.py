"""Alembic environment of the ccgov register: migrations run on the connection ccgov passes in.

``ccgov db upgrade`` opens the transaction (holding the SQLite write lock, or a
PostgreSQL advisory lock) and hands its connection over in
``config.attributes["connection"]``, so that the whole upgrade is one
transaction on both backends.
"""

from __future__ import annotations

from alembic import context

from ccgov.register.engine import VERSION_TABLE
from ccgov.register.tables import metadata

if context.is_offline_mode():
    raise SystemExit("ccgov's migrations run online only: use `ccgov db upgrade`")

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("run ccgov's migrations with `ccgov db upgrade`, which passes the connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    version_table=VERSION_TABLE,
    # SQLite has no ALTER for most changes: later migrations copy and move tables.
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()

"""Where the register lives and how ccgov opens it: SQLite by default, PostgreSQL by URL.

The database is ``--db URL``, else ``$CCGOV_DATABASE_URL``, else an SQLite file
per user: ``$XDG_DATA_HOME/ccgov/register.db`` (``~/.local/share/ccgov/register.db``)
on Linux and other Unix systems, and ``register.db`` in click's application
folder for ccgov on macOS and Windows. ``postgresql://`` URLs use psycopg 3
(``pip install "ccgov[postgres]"``).

SQLite writers take the write lock when their transaction starts
(``BEGIN IMMEDIATE``): a deferred transaction that reads the chain head and then
writes fails at once with "database is locked" when another writer got in
between, and the busy timeout does not help (sqlite.org/lang_transaction.html).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccgov import __version__
from ccgov.errors import RegisterError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import URL, Connection, Engine

ENV = "CCGOV_DATABASE_URL"
VERSION_TABLE = "ccgov_alembic_version"
#: The revisions this ccgov ships, oldest first; the last is the head. A test
#: keeps them equal to the migration scripts, so that opening the register needs
#: no Alembic import.
KNOWN_REVISIONS = ("0001",)
HEAD_REVISION = KNOWN_REVISIONS[-1]
#: Seconds an SQLite writer waits for the write lock before giving up.
SQLITE_BUSY_SECONDS = 120
_WRITE = "ccgov_write"


def default_path() -> Path:
    """The per-user SQLite file used when no URL is given."""
    if sys.platform in ("darwin", "win32"):
        import click

        return Path(click.get_app_dir("ccgov")) / "register.db"
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "ccgov" / "register.db"


def resolve_url(option: str | None) -> URL:
    """``--db``, then ``$CCGOV_DATABASE_URL``, then the per-user SQLite file."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    text = option or os.environ.get(ENV) or f"sqlite:///{default_path()}"
    try:
        url = make_url(text)
    except ArgumentError:
        raise RegisterError(f"{text!r} is not a database URL (e.g. sqlite:///register.db or "
                            "postgresql://user@host/db)") from None
    backend = url.get_backend_name()
    if backend == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if backend not in ("sqlite", "postgresql"):
        raise RegisterError(f"the register runs on SQLite or PostgreSQL, not {backend}")
    return url


class Register:
    """One register database: transactions, revision checks and upgrades."""

    def __init__(self, url: URL) -> None:
        self.url = url
        self.engine = _make_engine(url)

    @classmethod
    def open(cls, option: str | None, *, create: bool = False) -> Register:
        """Open the register; unless ``create``, it must exist and be at this ccgov's revision."""
        url = resolve_url(option)
        path = sqlite_file(url)
        if path is not None:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            elif not path.is_file():
                raise RegisterError(f"there is no register at {path}; create it with `ccgov db upgrade`"
                                    " (with the same --db or CCGOV_DATABASE_URL)")
        register = cls(url)
        if not create:
            register.require_current()
        return register

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def translated(self) -> Iterator[None]:
        """Database failures as a ``RegisterError`` naming the register (exit 3, no traceback)."""
        from sqlalchemy.exc import SQLAlchemyError

        try:
            yield
        except SQLAlchemyError as exc:
            reason = getattr(exc, "orig", None) or exc
            raise RegisterError(f"{self.describe()}: {str(reason).strip()}") from exc

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction; on SQLite it holds the write lock from its first statement."""
        with self.translated(), self.engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.translated(), self.engine.connect() as conn, conn.begin():
            yield conn

    def revision(self) -> str | None:
        """The database's migration revision; ``None`` when ccgov's tables were never created."""
        from sqlalchemy import inspect, text

        with self.read() as conn:
            if not inspect(conn).has_table(VERSION_TABLE):
                return None
            found = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
        return ",".join(sorted(found)) or None

    def require_current(self) -> None:
        revision = self.revision()
        if revision is None:
            raise RegisterError(f"the register at {self.describe()} has not been created; run "
                                "`ccgov db upgrade` (with the same --db or CCGOV_DATABASE_URL)")
        self._refuse_unknown(revision)
        if revision != HEAD_REVISION:
            raise RegisterError(f"the register at {self.describe()} is at revision {revision}, older "
                                f"than this ccgov's {HEAD_REVISION}; run `ccgov db upgrade`")

    def upgrade(self) -> tuple[str | None, str]:
        """Create or upgrade the tables (one transaction); returns the revisions before and after."""
        from alembic import command

        before = self.revision()
        if before is not None:
            self._refuse_unknown(before)
        if sqlite_file(self.url) is not None:
            self._use_wal()
        with self.write() as conn:
            if self.backend == "postgresql":
                # Two first upgrades at once would both try to create the tables.
                conn.exec_driver_sql(
                    "SELECT pg_advisory_xact_lock(hashtext('ccgov-db-upgrade:' || current_schema()))")
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        return before, HEAD_REVISION

    def _refuse_unknown(self, revision: str) -> None:
        if revision not in KNOWN_REVISIONS:
            raise RegisterError(
                f"the register at {self.describe()} is at revision {revision}, which ccgov "
                f"{__version__} does not know (a newer ccgov upgraded it?); refusing to use it")

    def _use_wal(self) -> None:
        # NOTE: WAL lets history and verify read while a gate writes. The mode is
        # kept in the file, and can only change outside a transaction, so it is
        # set here on the raw connection rather than in every session.
        with self.translated():
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA journal_mode=WAL")
            finally:
                raw.close()


def sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite URL; ``None`` for other backends and in-memory databases."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database or "")


def alembic_config() -> Config:
    """Alembic configured from the migrations shipped inside the package (no alembic.ini)."""
    from alembic.config import Config

    config = Config()
    location = str(files("ccgov.register") / "migrations")
    # ConfigParser interpolates '%', which a folder name may contain.
    config.set_main_option("script_location", location.replace("%", "%%"))
    return config


def _make_engine(url: URL) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    # NOTE: each command makes a handful of statements in one or two
    # transactions; a pool would only keep idle connections open.
    if url.get_backend_name() != "sqlite":
        try:
            import psycopg  # noqa: F401
        except ImportError:
            raise RegisterError('PostgreSQL needs psycopg 3: pip install "ccgov[postgres]"') from None
        return create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 10})
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": SQLITE_BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling would BEGIN lazily (deferred); ccgov
        # issues BEGIN itself, so the driver must stay out of the way.
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine

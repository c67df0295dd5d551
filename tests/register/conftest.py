"""The register's tests run on SQLite and on the real PostgreSQL server (see register_support)."""

from register_support import db_url, postgres

__all__ = ["db_url", "postgres"]

"""Alembic migrations of the audit register, shipped as package data (``ccgov db upgrade``)."""

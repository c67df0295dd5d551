"""The audit register: an append-only hash chain of gate decisions and approvals (SQLAlchemy).

Only the commands that use it import it (``gate``, ``approve``, ``history``,
``show``, ``log``, ``db``), so ``ccgov --help`` and ``ccgov audit`` never load
SQLAlchemy. ``engine`` finds and opens the database, ``chain`` appends and
verifies, ``approvals`` binds approvals to content and ``history`` reads back.
"""

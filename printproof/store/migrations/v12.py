"""Schema 12: the protections closed to the side doors (issue 22)."""

from __future__ import annotations


def upgrade() -> None:
    """The protections closed to the side doors (issue 22): SQLite's INSERT OR REPLACE, PostgreSQL's replica
    role and TRUNCATE. Only triggers change; no row is touched."""
    from ..triggers import install_triggers

    install_triggers()

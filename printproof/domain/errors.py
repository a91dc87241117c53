"""Errors PrintProof raises on purpose.

``UserError`` and its subclasses carry one sentence the user can act on; anything else
that escapes a service is a bug and is reported as such.
"""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, a missing order, a refused file."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """The order, proof or person asked for does not exist."""


class NotAllowed(UserError):
    """The signed-in user's role may not do this."""

    exit_code = 3


class Conflict(UserError):
    """Someone else changed the same thing first (another workstation, another process)."""


class StoreError(UserError):
    """The store cannot be used: damaged, foreign, too new, read-only or the disk is full."""


class Cancelled(UserError):
    """The user cancelled long work before anything was saved."""

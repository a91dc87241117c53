"""Which way an order may move through its life."""

from __future__ import annotations

from .enums import OrderStatus as S
from .errors import UserError
from .i18n import t

ALLOWED: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.PROOFING}),
    S.PROOFING: frozenset({S.PROOFING, S.APPROVED}),
    S.APPROVED: frozenset({S.PROOFING, S.IN_PRODUCTION, S.READY, S.PICKED_UP, S.DISPUTED}),
    S.IN_PRODUCTION: frozenset({S.READY, S.PROOFING}),
    S.READY: frozenset({S.PICKED_UP, S.DISPUTED}),
    S.PICKED_UP: frozenset({S.DISPUTED}),
    S.DISPUTED: frozenset({S.RESOLVED}),
    S.RESOLVED: frozenset({S.DISPUTED, S.PROOFING, S.PICKED_UP}),
}


def can_move(current: S, new: S) -> bool:
    """Whether an order in ``current`` may change to ``new``."""
    return new in ALLOWED[current]


def check_move(current: S, new: S) -> None:
    """Refuse a change of status that the order's life does not allow."""
    if not can_move(current, new):
        raise UserError(
            t(
                "An order that is {current} cannot become {new}.",
                current=t(current.value.replace("_", " ")),
                new=t(new.value.replace("_", " ")),
            )
        )

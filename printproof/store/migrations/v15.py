"""Schema 15: complaints by link, printed on the customer's copies (issue 25)."""

from __future__ import annotations

from ..models import db


def upgrade() -> None:
    """Schema 15: the links a customer's copy carries to complain through the shop's portal. A new table only."""
    from ..models import ComplaintLink

    db.create_tables([ComplaintLink], safe=True)

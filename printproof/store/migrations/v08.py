"""Schema 8: approval by link and complaint cases (issues 24 and 25)."""

from __future__ import annotations

from ..models import db


def upgrade() -> None:
    """Schema 8: the links a proof was sent by for approval from anywhere (issue 24) and the complaints' cases
    (issue 25). New tables only; a complaint recorded before has no case number."""
    from ...domain.answer_dates import answer_by
    from ..counters import next_value
    from ..models import ComplaintCase, Dispute, PortalLink

    db.create_tables([PortalLink, ComplaintCase], safe=True)
    # Complaints recorded before: each its case number (in the order they came) and an answer date three working
    # days after it, so the owner's queue and the letters know every complaint.
    have = ComplaintCase.select(ComplaintCase.dispute)
    for dispute in Dispute.select().where(Dispute.id.not_in(have)).order_by(Dispute.created_at, Dispute.id):
        year = dispute.created_at.year
        ComplaintCase.create(
            dispute=dispute.id,
            number=f"R-{year}-{next_value(f'complaint-case-{year}'):04d}",
            answer_by=answer_by(dispute.created_at.date(), 3),
            created_at=dispute.created_at,
        )

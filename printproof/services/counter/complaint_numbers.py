"""A complaint's case number and answer date, drawn in the complaint's own write (issue 25).

Its own module so that recording a complaint (``disputes``) needs nothing of the letters and figures in
``complaint_cases``, which read complaints (no import circle)."""

from __future__ import annotations

from datetime import date, datetime

from ...domain.answer_dates import answer_by
from ...store.counters import next_value
from ...store.models import ComplaintCase, Dispute, Order
from ...store.settings import get_setting
from ..core import audit
from ..core.context import Actor


def open_case(actor: Actor, order: Order, dispute: Dispute, moment: datetime) -> ComplaintCase:
    """Draw the case number and the answer date for a complaint just recorded (inside its write)."""
    today = date.today()
    number = f"R-{today.year}-{next_value(f'complaint-case-{today.year}'):04d}"
    days = int(get_setting("complaints.answer_days") or 3)
    due = answer_by(today, days, str(get_setting("shop.state") or ""))
    case = ComplaintCase.create(dispute=dispute.id, number=number, answer_by=due, created_at=moment)
    audit.append(
        actor,
        "complaint.case",
        order=order,
        subject=f"dispute:{dispute.id}",
        payload={"case": number, "answer_by": due.isoformat()},
    )
    return case

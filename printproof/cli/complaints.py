"""``printproof complaint …``: the owner's queue of open complaints, the owner's decision, a case's acknowledgement
and answer letter, and the figures month by month (issue 25)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.enums import DisputeOutcome, MatchesApproval
from ..services.core.context import Actor
from .base import Answer, Subparsers, group, signed_in, whole, write_pdf


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    """``complaint list``, ``decide``, ``acknowledge``, ``answer`` and ``stats``."""
    actions = group(sub, "complaint", common, "complaint cases: the open ones, letters, figures (owner)")
    ls = actions.add_parser("list", parents=[common], help="open complaints, the one due first on top")
    signed_in(ls, list_cases)
    dec = actions.add_parser("decide", parents=[common], help="the owner's decision on a complaint")
    dec.add_argument("case", type=whole, help="the complaint's id as `complaint list` shows it")
    dec.add_argument("--matches", required=True, choices=[m.value for m in MatchesApproval],
                     help="does the delivery match the approval")  # fmt: skip
    dec.add_argument("--outcome", required=True, choices=[o.value for o in DisputeOutcome])
    dec.add_argument("--amount", help="a discount's or refund's amount in euros, e.g. 12.50")
    dec.add_argument("--reason", required=True, help="why, in words the customer can follow")
    signed_in(dec, decide)
    ack = actions.add_parser("acknowledge", parents=[common], help="the customer's acknowledgement of a complaint")
    ack.add_argument("case", type=whole, help="the complaint's number as `complaint list` shows it (its id)")
    ack.add_argument("--email", help="send it to this address")
    ack.add_argument("--out", help="write the signed PDF here")
    signed_in(ack, acknowledge)
    ans = actions.add_parser("answer", parents=[common], help="the answer letter to a decided complaint (owner)")
    ans.add_argument("case", type=whole, help="the complaint's id")
    ans.add_argument("--email", help="send it to this address")
    ans.add_argument("--out", help="write the signed PDF here")
    signed_in(ans, answer)
    st = actions.add_parser("stats", parents=[common], help="complaints month by month (owner)")
    st.add_argument("--csv", help="write the figures as CSV here")
    signed_in(st, stats)


def list_cases(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.counter.complaint_cases import open_cases

    rows = open_cases(actor)
    data = [
        {
            "id": r.dispute_id,
            "case": r.number,
            "order": r.order,
            "customer": r.customer,
            "category": r.category,
            "answer_by": r.answer_by.isoformat(),
            "overdue": r.overdue,
        }
        for r in rows
    ]
    lines = [
        f"{'!' if r.overdue else ' '} {r.number}  (id {r.dispute_id})  answer by {r.answer_by:%Y-%m-%d}  "
        f"{r.order}  {r.customer}  {r.category}"
        for r in rows
    ]
    return data, "\n".join(lines) or "No complaint is open."


def decide(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..domain import vocabulary
    from ..domain.money import format_amount, parse_amount
    from ..services.counter import disputes

    amount = parse_amount(args.amount) if args.amount else None
    made = disputes.decide_dispute(actor, args.case, args.matches, args.outcome, args.reason, amount)
    data = {"id": made.id, "case": args.case, "outcome": made.outcome, "amount_cents": made.amount_cents}
    said = f"Complaint {args.case} decided: {vocabulary.name('outcome', made.outcome, 'en')}"
    return data, said + (f" ({format_amount(amount, 'en')})" if amount is not None else "") + "."


def _letter(args: argparse.Namespace, made: Any, send: Callable[[], object]) -> Answer:
    data = {"case": made.case, "order": made.order}
    said = []
    if args.email:
        send()
        data["emailed_to"] = args.email
        said.append(f"sent to {args.email}")
    if args.out:
        data["path"] = write_pdf(args.out, lambda: made.pdf)
        said.append(f"written to {data['path']}")
    return data, f"{made.subject}: " + (", ".join(said) or "made (give --email or --out)")


def acknowledge(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.counter import complaint_cases

    made = complaint_cases.acknowledgement(actor, args.case)
    return _letter(args, made, lambda: complaint_cases.send_acknowledgement(actor, args.case, args.email))


def answer(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.counter import complaint_cases

    made = complaint_cases.decision_letter(actor, args.case)
    return _letter(args, made, lambda: complaint_cases.send_decision_letter(actor, args.case, args.email))


def stats(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..domain.money import format_amount
    from ..services.counter import complaint_cases

    figures = complaint_cases.statistics(actor)
    data = [f.__dict__ for f in figures]
    if args.csv:
        from ..services.core.files import check_output_path, write_file_atomically

        check_output_path(args.csv)
        write_file_atomically(Path(args.csv), complaint_cases.statistics_csv(actor).encode())
    lines = [
        f"{f.month}: {f.recorded} recorded, {f.justified} justified, {f.declined} declined, {f.open} open, "
        f"{f.answered_late} answered late, "
        + ("no answer yet" if f.mean_days_to_answer is None else f"{f.mean_days_to_answer} days to answer")
        + f"; {f.reprints} reprinted, discounts {format_amount(f.discounts_cents, 'en')}, "
        f"refunds {format_amount(f.refunds_cents, 'en')}"
        for f in figures
    ]
    return data, "\n".join(lines) or "No complaint recorded yet."

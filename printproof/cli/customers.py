"""``customer export|request-erasure`` and ``retention list|erase``: a customer's data (GDPR Art. 15, 17, 18);
the directory's ``customer list|show|add|edit|merge`` come from ``cli/customer_directory.py``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.i18n import LANGUAGES
from ..services.core.context import Actor
from .base import Answer, Subparsers, UsageError, group, signed_in


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    customer = group(sub, "customer", common, "the customer directory and a customer's data")
    from .customer_directory import customer_actions

    customer_actions(customer, common)
    ex = customer.add_parser("export", parents=[common], help="everything stored about a customer, as one ZIP")
    ex.add_argument("customer", help="#id, an order number, the e-mail address or the full name")
    ex.add_argument("--out", required=True, help="the ZIP file to write")
    ex.add_argument("--language", choices=LANGUAGES, help="of the PDF summary (default: the shop's)")
    signed_in(ex, export)
    rq = customer.add_parser("request-erasure", parents=[common], help="record a customer's erasure request")
    rq.add_argument("customer", help="#id, an order number, the e-mail address or the full name")
    rq.add_argument("--words", default="", help="how the customer asked (kept as personal data)")
    signed_in(rq, request_erasure)
    retention = group(sub, "retention", common, "orders past retention (owner)")
    signed_in(retention.add_parser("list", parents=[common], help="orders whose retention has ended"), list_due)
    er = retention.add_parser("erase", parents=[common], help="erase orders past retention")
    er.add_argument("orders", nargs="*", help="order numbers (or --due for all past retention)")
    er.add_argument("--due", action="store_true", help="every order past retention")
    signed_in(er, erase)


def export(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.privacy import customer_export

    made = customer_export.export_customer(actor, args.customer, Path(args.out), args.language)
    return made.to_dict(), (
        f"Everything stored about {args.customer} ({len(made.orders)} orders, {made.files} files) "
        f"written to {made.path}"
    )


def request_erasure(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.privacy import privacy

    answer = privacy.request_erasure(actor, args.customer, args.words)
    return answer.to_dict(), privacy.refusal_sentence(answer)


def list_due(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import retention

    due = retention.orders_past_retention(actor)
    data = [
        {
            "order": d.number,
            "customer": d.customer,
            "last_event": d.last_event.isoformat(timespec="seconds") + "Z",
            "retention_end": d.retention_end.isoformat(timespec="seconds") + "Z",
        }
        for d in due
    ]
    text = "\n".join(f"{d.number}  kept until {d.retention_end:%Y-%m-%d}  {d.customer}" for d in due)
    return {"orders": data}, text or "No order has passed its retention."


def erase(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.privacy import erasure

    if args.due == bool(args.orders):
        raise UsageError("Name the orders to erase, or give --due for every order past retention.")
    done = erasure.erase_due(actor) if args.due else erasure.erase_orders(actor, args.orders)
    if done is None:
        return {"erased": []}, "No order has passed its retention."
    text = f"Erased the personal data of {', '.join(done.orders)}: {done.details} records' details, {done.files} files."
    if done.backup:
        text += f" New backup: {done.backup}."
    if done.removed:
        text += f" Removed {len(done.removed)} older copies that still held it."
    return done.to_dict(), text

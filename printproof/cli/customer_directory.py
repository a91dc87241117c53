"""The customer directory on the command line: ``customer list|show|add|edit|merge`` (added to the ``customer``
group by ``cli/customers.py``)."""

from __future__ import annotations

import argparse
from typing import Any

from ..services.core.context import Actor
from .base import Answer, Subparsers, signed_in, whole


def customer_actions(customer: Subparsers, common: argparse.ArgumentParser) -> None:
    """``customer list|show|add|edit|merge`` in the ``customer`` group."""
    cl = customer.add_parser("list", parents=[common], help="find customers (forgiving spelling)")
    cl.add_argument("--search", default="")
    cl.add_argument("--limit", type=whole, default=50)
    signed_in(cl, customer_list)
    cs = customer.add_parser("show", parents=[common], help="a customer with their orders and complaints")
    cs.add_argument("customer_id", type=whole)
    signed_in(cs, customer_show)
    ca = customer.add_parser("add", parents=[common], help="put a customer into the directory")
    _details(ca, required=True)
    signed_in(ca, customer_add)
    ce = customer.add_parser("edit", parents=[common], help="correct a customer's details")
    ce.add_argument("customer_id", type=whole)
    _details(ce, required=False)
    signed_in(ce, customer_edit)
    cm = customer.add_parser("merge", parents=[common], help="merge a duplicate into the entry kept (owner)")
    cm.add_argument("keep", type=whole, help="the entry to keep")
    cm.add_argument("duplicate", type=whole, help="the duplicate: its orders move to the kept entry")
    signed_in(cm, customer_merge)


def _details(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--name", required=required)
    parser.add_argument("--company")
    parser.add_argument("--phone")
    parser.add_argument("--email")
    parser.add_argument("--notes")


def counted(n: int, noun: str) -> str:
    """``1 order``, ``3 orders`` (never ``order(s)``)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _row(c: Any) -> dict[str, Any]:
    return {
        "id": c.id,
        "name": c.name,
        "company": c.company,
        "phone": c.phone,
        "email": c.email,
        "notes": c.notes,
        "orders": c.orders,
        "last_order": c.last_order or None,
    }


def _line(c: Any) -> str:
    extra = ", ".join(v for v in (c.company, c.phone, c.email) if v)
    last = f"; last {c.last_order}" if c.last_order else ""
    return f"#{c.id}  {c.name}" + (f" ({extra})" if extra else "") + f" – {counted(c.orders, 'order')}{last}"


def customer_list(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import customers

    rows = customers.search_customers(args.search, limit=max(1, args.limit), viewer=actor)
    return {"customers": [_row(c) for c in rows]}, "\n".join(_line(c) for c in rows) or "No customers found."


def customer_show(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import customers

    found = customers.customer_details(args.customer_id, viewer=actor)
    data = {
        **_row(found.customer),
        "orders": [
            {"order": o.number, "product": o.product, "status": o.status.value, "created_at": o.created_at.isoformat()}
            for o in found.orders
        ],
        "complaints": [
            {"order": c.order, "category": c.category, "created_at": c.created_at.isoformat(), "outcome": c.outcome}
            for c in found.complaints
        ],
        "merged_from": found.merged_from,
    }
    lines = [_line(found.customer)]
    lines += [f"  {o.number}  {o.status.value:<13} {o.product}" for o in found.orders]
    lines += [
        f"  complaint about {c.order}: {c.category}" + (f" → {c.outcome}" if c.outcome else "")
        for c in found.complaints
    ]
    return data, "\n".join(lines)


def customer_input(args: argparse.Namespace, current: Any = None) -> Any:
    from ..services.core.orders import CustomerInput

    def value(name: str) -> str:
        given = getattr(args, name)
        if given is not None:
            return str(given)
        return str(getattr(current, name)) if current is not None else ""

    return CustomerInput(value("name"), value("company"), value("phone"), value("email"))


def customer_add(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import customers

    row = customers.add_customer(actor, customer_input(args), args.notes or "")
    return _row(row), f"Customer #{row.id} {row.name} added."


def customer_edit(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import customers

    current = customers.get_customer(args.customer_id)
    changed = customers.update_customer(actor, current.id, customer_input(args, current), args.notes)
    return {"id": current.id, "changed": changed}, (
        f"Customer #{current.id}: changed {', '.join(changed)}." if changed else f"Customer #{current.id}: no change."
    )


def customer_merge(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import customers

    done = customers.merge_customers(actor, args.keep, args.duplicate)
    data = {"kept": done.kept, "merged": done.merged, "orders_moved": done.orders_moved, "taken": done.fields_taken}
    return data, (
        f"Customer #{done.merged} is merged into #{done.kept}; {counted(len(done.orders_moved), 'order')} moved"
        + (f", took {', '.join(done.fields_taken)}" if done.fields_taken else "")
        + "."
    )

"""Changing an order after it was taken: ``order reorder|edit|notify`` and ``proof compare`` (added to those groups by
``cli/orders.py``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.spec import JobSpec, parse_size
from ..services.core import files
from ..services.core.context import Actor
from .base import Answer, Subparsers, parse_date, signed_in, whole
from .customer_directory import counted, customer_input


def order_actions(order: Subparsers, proof: Subparsers, common: argparse.ArgumentParser) -> None:
    """``order reorder|edit|notify`` and ``proof compare`` (called by ``cli/orders.py`` with its groups)."""
    r = order.add_parser("reorder", parents=[common], help="a reprint (Nachdruck) of an earlier order")
    r.add_argument("order")
    r.add_argument("--quantity", type=whole)
    r.add_argument("--due", help="YYYY-MM-DD")
    r.add_argument("--no-proof", action="store_true", help="do not make the new order's proof yet")
    r.add_argument("--out", help="write the new proof here")
    signed_in(r, order_reorder)
    ed = order.add_parser("edit", parents=[common], help="correct an order before its approval")
    ed.add_argument("order")
    ed.add_argument("--customer-id", type=whole, help="another customer from the directory")
    ed.add_argument("--customer", help="the customer's name, corrected")
    ed.add_argument("--company")
    ed.add_argument("--phone")
    ed.add_argument("--email")
    ed.add_argument("--product")
    ed.add_argument("--size", help="finished size WxH in mm")
    ed.add_argument("--bleed", type=float)
    ed.add_argument("--quantity", type=whole)
    ed.add_argument("--stock")
    ed.add_argument("--colors")
    ed.add_argument("--finishing")
    ed.add_argument("--due", help="YYYY-MM-DD")
    ed.add_argument("--notes")
    signed_in(ed, order_edit)
    nt = order.add_parser("notify", parents=[common], help="tell the customer by e-mail that the order is ready")
    nt.add_argument("order")
    signed_in(nt, order_notify)

    cp = proof.add_parser("compare", parents=[common], help="what changed between two proof versions")
    cp.add_argument("order")
    cp.add_argument("--from", dest="before", type=whole, required=True)
    cp.add_argument("--to", dest="after", type=whole, required=True)
    cp.add_argument("--out", help="write the overlay of what changed (PNG)")
    signed_in(cp, proof_compare)


def order_reorder(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.proofing import reorders

    if args.out:
        files.check_output_path(args.out)
    made = reorders.reorder(
        actor, args.order, quantity=args.quantity, due=parse_date(args.due), with_proof=not args.no_proof
    )
    path = None
    if made.proof is not None and args.out:
        files.write_file_atomically(Path(args.out), made.proof.pdf)
        path = str(Path(args.out).resolve())
    data = {
        "order": made.number,
        "reprint_of": made.source,
        "approved_version": made.approved_version,
        "approved_sha256": made.approved_sha256,
        "proof": made.proof.to_dict() if made.proof else None,
        "path": path,
    }
    text = f"{made.number}: reprint of {made.source}"
    text += f" (approved there: version {made.approved_version})" if made.approved_version else " (not approved there)"
    if made.proof is not None:
        text += f"; proof version {made.proof.version} made, SHA-256 {made.proof.sha256}"
    return data, text + (f"\nWritten to {path}" if path else "")


def order_edit(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import order_edits, orders

    order = orders.find_order(args.order, actor)
    spec = None
    spec_given = (args.product, args.size, args.bleed, args.quantity, args.stock, args.colors, args.finishing, args.due)
    if any(v is not None for v in spec_given):
        old = orders.spec_of(order)
        width, height = parse_size(args.size) if args.size else (old.width_mm, old.height_mm)
        spec = JobSpec(
            args.product if args.product is not None else old.product,
            width,
            height,
            args.bleed if args.bleed is not None else old.bleed_mm,
            args.quantity if args.quantity is not None else old.quantity,
            args.stock if args.stock is not None else old.stock,
            args.colors if args.colors is not None else old.colors,
            args.finishing if args.finishing is not None else old.finishing,
            parse_date(args.due) if args.due is not None else old.due,
        )
    details = None
    if any(v is not None for v in (args.customer, args.company, args.phone, args.email)):
        current = order.customer
        args.name = args.customer
        details = customer_input(args, current)
    done = order_edits.edit_order(
        actor, order.number, spec=spec, customer=details, customer_id=args.customer_id, notes=args.notes
    )
    return {"order": done.number, "changed": done.changed}, (
        f"{done.number}: changed {', '.join(done.changed)}." if done.changed else f"{done.number}: no change."
    )


def order_notify(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.counter import mail

    to = mail.notify_ready(actor, args.order)
    return {"order": args.order, "sent_to": to}, f"The customer of {args.order} is told by e-mail ({to})."


def proof_compare(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..domain.i18n import language
    from ..services.proofing import compare

    if args.out:
        files.check_output_path(args.out)
    found = compare.compare_versions(args.order, args.before, args.after, viewer=actor)
    path = None
    if args.out:
        files.write_file_atomically(Path(args.out), compare.overlay_image(found, language()))
        path = str(Path(args.out).resolve())
    data = {
        "order": found.order,
        "from": found.before,
        "to": found.after,
        "changed": found.changed,
        "sides": [
            {"side": s.side + 1, "changed_share": round(s.changed_share, 5), "places": [list(b) for b in s.boxes]}
            for s in found.sides
        ],
        "spec_changes": {k: list(v) for k, v in found.spec_changes.items()},
        "requested_changes": [
            {"record": c.approval_id, "version": c.version, "item": c.item, "text": c.text, "done": c.done}
            for c in found.changes
        ],
        "path": path,
    }
    lines = [f"{found.order}: version {found.before} → {found.after}"]
    lines += [
        f"  side {s.side + 1}: {s.changed_share:.2%} changed in {counted(len(s.boxes), 'place')}" for s in found.sides
    ]
    lines += [f"  {k}: {a} → {b}" for k, (a, b) in found.spec_changes.items()]
    lines += [f"  [{'x' if c.done else ' '}] {c.label + ' ' if c.label else ''}{c.text}" for c in found.changes]
    if path:
        lines.append(f"Overlay written to {path}")
    return data, "\n".join(lines)

"""Orders and what belongs to them: take, find, move on, artwork, proofs, approvals, documents."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.enums import OrderStatus
from ..domain.errors import UserError
from ..domain.i18n import LANGUAGES, t
from ..domain.i18n import language as ui_language
from ..domain.spec import JobSpec, parse_size
from ..services.core import files
from ..services.core.context import Actor
from .base import Answer, Subparsers, UsageError, group, parse_date, signed_in, whole, write_pdf


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    order = group(sub, "order", common, "take and find orders")
    n = order.add_parser("new", parents=[common], help="take a new order")
    n.add_argument("--customer", help="the customer's name: a new directory entry (with --reuse: the one of that name)")
    n.add_argument("--customer-id", type=whole, help="a customer from the directory (printproof customer list)")
    n.add_argument("--reuse", action="store_true", help="take the one directory entry of exactly this name")
    n.add_argument("--company", default="")
    n.add_argument("--phone", default="")
    n.add_argument("--email", default="")
    n.add_argument("--product", required=True)
    n.add_argument("--size", required=True, help="finished size WxH in mm, e.g. 85x55")
    n.add_argument("--bleed", type=float, default=3.0)
    n.add_argument("--quantity", type=whole, required=True)
    n.add_argument("--stock", default="")
    n.add_argument("--colors", default="4/4")
    n.add_argument("--finishing", default="")
    n.add_argument("--due", help="YYYY-MM-DD")
    n.add_argument("--notes", default="")
    n.add_argument(
        "--language", choices=LANGUAGES, help="the customer's language for their documents (default: as before)"
    )
    signed_in(n, new_order)
    ls = order.add_parser("list", parents=[common], help="find orders")
    ls.add_argument("--search", default="")
    ls.add_argument("--status", choices=[s.value for s in OrderStatus])
    ls.add_argument("--limit", type=whole, default=50)
    signed_in(ls, list_orders)
    st = order.add_parser("status", parents=[common], help="move an order on (production, ready, …)")
    st.add_argument("order")
    st.add_argument("status", choices=[s.value for s in OrderStatus])
    signed_in(st, set_status)

    art = group(sub, "artwork", common, "the customer's files")
    a = art.add_parser("add", parents=[common], help="add an artwork file to an order")
    a.add_argument("order")
    a.add_argument("file")
    a.add_argument("--side", default="front", help="front, back or a page number")
    signed_in(a, add_artwork)

    proof = group(sub, "proof", common, "make and export proofs")
    m = proof.add_parser("make", parents=[common], help="make the next proof version")
    m.add_argument("order")
    m.add_argument("--out")
    m.add_argument("--note", default="", help="what changed since the previous version")
    signed_in(m, make_proof)
    e = proof.add_parser("export", parents=[common], help="write the stored bytes of a version")
    e.add_argument("order")
    e.add_argument("--version", type=whole)
    e.add_argument("--out", required=True)
    signed_in(e, export_proof)
    sd = proof.add_parser("send", parents=[common], help="send the newest version to the customer by link (portal)")
    sd.add_argument("order")
    sd.add_argument("--email", help="the address the link and the code go to (default: the order's)")
    signed_in(sd, send_proof)
    from .order_changes import order_actions

    order_actions(order, proof, common)  # issue 13: order reorder/edit/notify, proof compare

    sh = sub.add_parser("show", parents=[common], help="everything about an order")
    sh.add_argument("order")
    signed_in(sh, show)

    ap = group(sub, "approval", common, "approval records")
    av = ap.add_parser("void", parents=[common], help="void an approval with a reason (owner)")
    av.add_argument("order")
    av.add_argument("--reason", required=True)
    signed_in(av, void_approval)

    c = sub.add_parser("certificate", parents=[common], help="the signed approval certificate of an order")
    c.add_argument("order")
    c.add_argument("--out", required=True)
    signed_in(c, certificate)

    ds = sub.add_parser("dossier", parents=[common], help="the whole order in one signed PDF (owner)")
    ds.add_argument("order")
    ds.add_argument("--out", required=True)
    signed_in(ds, dossier)


def new_order(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import orders

    width, height = parse_size(args.size)
    spec = JobSpec(
        args.product,
        width,
        height,
        args.bleed,
        args.quantity,
        args.stock,
        args.colors,
        args.finishing,
        parse_date(args.due),
    )
    if not args.customer and args.customer_id is None:
        raise UsageError("Name the customer (--customer NAME) or pick one (--customer-id N).")
    customer = orders.CustomerInput(args.customer, args.company, args.phone, args.email) if args.customer else None
    made = orders.new_order(
        actor, customer, spec, args.notes, customer_id=args.customer_id, reuse=args.reuse, language=args.language or ""
    )
    return {"order": made.number, "customer_id": made.customer_id, "language": made.language}, made.number


def list_orders(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import orders

    rows = orders.search_orders(args.search, args.status, limit=max(1, args.limit), viewer=actor)
    data = [
        {
            "order": r.number,
            "customer": r.customer,
            "company": r.company,
            "product": r.product,
            "status": r.status.value,
            "created_at": r.created_at.isoformat(timespec="seconds") + "Z",
            "due": r.due.isoformat() if r.due else None,
        }
        for r in rows
    ]
    text = "\n".join(
        f"{r.number}  {r.status.value:<13} {r.customer}{' (' + r.company + ')' if r.company else ''} – {r.product}"
        for r in rows
    )
    return {"orders": data}, text or "No orders found."


def set_status(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.core import orders

    orders.set_status(actor, args.order, OrderStatus(args.status))
    return {"order": args.order, "status": args.status}, f"{args.order} is now {args.status}."


def _finding_lines(findings: Any) -> list[str]:
    return [f"  [{f.severity}] {f.in_language(ui_language()).message}" for f in findings]


def add_artwork(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.artwork import artwork

    added = artwork.add_artwork(actor, args.order, Path(args.file), args.side)
    data = {
        "order": added.order,
        "sides": [s + 1 for s in added.sides],
        "findings": [f.to_dict() for f in added.findings],
    }
    lines = [f"Added {Path(args.file).name} to {added.order}."]
    lines += _finding_lines(added.findings) or ["  No problems found."]
    return data, "\n".join(lines)


def make_proof(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.proofing import proofs

    if args.out:
        files.check_output_path(args.out)  # a wrong --out fails before a version is stored
    made = proofs.make_proof(actor, args.order, args.note)
    path = None
    if args.out:
        try:
            files.write_file_atomically(Path(args.out), made.pdf)
        except UserError as exc:  # e.g. the disk filled meanwhile: the version is stored all the same; say so
            raise UserError(
                t(
                    "Proof version {version} of {order} is stored, but {reason} Save it again with "
                    "“printproof proof export”.",
                    version=made.version,
                    order=made.order,
                    reason=str(exc)[:1].lower() + str(exc)[1:],
                )
            ) from exc
        path = str(Path(args.out).resolve())
    lines = [f"Proof version {made.version} of {made.order}: {made.pages} pages, SHA-256 {made.sha256}"]
    lines += _finding_lines(made.findings)
    if path:
        lines.append(f"Written to {path}")
    return {**made.to_dict(), "path": path}, "\n".join(lines)


def send_proof(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.counter.remote_approval import send_for_approval

    sent = send_for_approval(actor, args.order, args.email)
    data = {
        "order": sent.number,
        "version": sent.version,
        "email": sent.email,
        "state": sent.state,
        "expires_at": sent.expires_at.isoformat(),
        "problem": sent.problem,
    }
    if sent.state == "queued":
        return data, sent.problem
    return data, f"The link to version {sent.version} of {sent.number} was sent to {sent.email}."


def export_proof(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.proofing import proofs

    proof = proofs.export_proof(actor, args.order, args.out, args.version)
    path = str(Path(args.out).resolve())
    return (
        {"order": args.order, "version": proof.version, "sha256": proof.pdf_id, "path": path},
        f"Proof version {proof.version} written to {path}",
    )


def show(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.counter import overview

    data = overview.order_overview(args.order, viewer=actor)
    return data, describe_order(data)


def void_approval(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.proofing import approvals

    standing, void = approvals.void_standing_approval(actor, args.order, args.reason)
    return {"order": args.order, "voided": standing.id, "record": void.content_sha256}, (
        f"The approval of version {standing.proof.version} is void; both records stay on the order."
    )


def certificate(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.evidence.certificates import make_certificate

    path = write_pdf(args.out, lambda: make_certificate(actor, args.order))
    return {"order": args.order, "path": path}, f"Signed approval certificate written to {path}"


def dossier(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.counter.dossier import make_dossier

    path = write_pdf(args.out, lambda: make_dossier(actor, args.order))
    return {"order": args.order, "path": path}, f"Signed dossier written to {path}"


def describe_order(data: dict[str, Any]) -> str:
    """The text answer of ``show``: the order in a few lines."""
    c, s = data["customer"], data["spec"]
    lines = [
        f"Order {data['order']} – {data['status']}",
        f"Customer: {c['name']}"
        + (f", {c['company']}" if c["company"] else "")
        + (f", {c['phone']}" if c["phone"] else "")
        + (f", {c['email']}" if c["email"] else ""),
        f"Job: {s['product']}, {s['width_mm']:g} × {s['height_mm']:g} mm + {s['bleed_mm']:g} mm bleed, "
        f"{s['quantity']} pcs, {s['colors']}"
        + (f", {s['stock']}" if s["stock"] else "")
        + (f", {s['finishing']}" if s["finishing"] else "")
        + (f", due {s['due']}" if s["due"] else ""),
    ]
    for a in data["artwork"]:
        if a["current"]:
            dpi = f", {a['effective_dpi']} dpi" if a["effective_dpi"] else ", vector"
            icc = f", ICC {a['icc_profile']}" if a["icc_profile"] else ""
            lines.append(
                f"Side {a['side'] + 1}: {a['file']} ({a['pixels'][0]}×{a['pixels'][1]} px, {a['mode']}{dpi}{icc})"
            )
    for p in data["proofs"]:
        lines.append(f"Proof v{p['version']}: {p['created_at']} by {p['created_by']}, SHA-256 {p['sha256']}")
    for a in data["approvals"]:
        lines.append(
            f"Approval of v{a['version']}: {a['decision']} by {a['customer_name']} ({a['method']}) "
            f"{a['created_at']}" + (" – VOIDED" if a["voided"] else "")
        )
    for f in data["findings"]:
        lines.append(f"  [{f['severity']}] {f['message']}")
    return "\n".join(lines)

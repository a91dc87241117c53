"""The command line: parse, call a service, print. No business logic here.

Exit codes: 0 done; 2 bad input or usage; 3 not allowed for this user; 1 anything else.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from .domain.enums import OrderStatus, Role
from .domain.errors import UserError
from .domain.i18n import language as ui_language
from .domain.spec import JobSpec, parse_size
from .services.context import Actor

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_NOT_ALLOWED = 0, 1, 2, 3


class UsageError(UserError):
    pass


class VerifyFailed(Exception):
    """The store has altered items: the report is printed and the exit code is 1."""

    def __init__(self, data: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.data, self.text = data, text


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would exit(2) with a usage dump; say one sentence
        raise UsageError(f"{message[0].upper()}{message[1:]} (see `printproof {self.prog.split(' ', 1)[-1]} --help`).")


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="answer as JSON")
    p = _Parser(
        prog="printproof",
        description="PrintProof: signed print proofs for the shop counter.",
        parents=[common],
    )
    p.add_argument("--db", help="store: a SQLite file or postgresql://… (default: PRINTPROOF_DB or the data folder)")
    p.add_argument("--user", help="staff name (or PRINTPROOF_USER)")
    p.add_argument("--pin", help="PIN (or PRINTPROOF_PIN)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    s = sub.add_parser("setup", parents=[common], help="first run: create the shop and its owner")
    s.add_argument("--shop", required=True)
    s.add_argument("--owner", required=True)
    s.add_argument("--pin", dest="owner_pin", required=True)
    s.add_argument("--language", choices=["de", "en"], default="de")
    s.add_argument("--address", default="")

    order = sub.add_parser("order", parents=[common], help="take and find orders").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    n = order.add_parser("new", parents=[common], help="take a new order")
    n.add_argument("--customer", required=True)
    n.add_argument("--company", default="")
    n.add_argument("--phone", default="")
    n.add_argument("--email", default="")
    n.add_argument("--product", required=True)
    n.add_argument("--size", required=True, help="finished size WxH in mm, e.g. 85x55")
    n.add_argument("--bleed", type=float, default=3.0)
    n.add_argument("--quantity", type=int, required=True)
    n.add_argument("--stock", default="")
    n.add_argument("--colors", default="4/4")
    n.add_argument("--finishing", default="")
    n.add_argument("--due", help="YYYY-MM-DD")
    n.add_argument("--notes", default="")
    ls = order.add_parser("list", parents=[common], help="find orders")
    ls.add_argument("--search", default="")
    ls.add_argument("--status", choices=[s.value for s in OrderStatus])
    ls.add_argument("--limit", type=int, default=50)
    st = order.add_parser("status", parents=[common], help="move an order on (production, ready, …)")
    st.add_argument("order")
    st.add_argument("status", choices=[s.value for s in OrderStatus])

    art = sub.add_parser("artwork", parents=[common], help="the customer's files").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    a = art.add_parser("add", parents=[common], help="add an artwork file to an order")
    a.add_argument("order")
    a.add_argument("file")
    a.add_argument("--side", default="front", help="front, back or a page number")

    proof = sub.add_parser("proof", parents=[common], help="make and export proofs").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    m = proof.add_parser("make", parents=[common], help="make the next proof version")
    m.add_argument("order")
    m.add_argument("--out")
    m.add_argument("--note", default="", help="what changed since the previous version")
    e = proof.add_parser("export", parents=[common], help="write the stored bytes of a version")
    e.add_argument("order")
    e.add_argument("--version", type=int)
    e.add_argument("--out", required=True)

    sh = sub.add_parser("show", parents=[common], help="everything about an order")
    sh.add_argument("order")

    staff = sub.add_parser("staff", parents=[common], help="staff (owner)").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    sa = staff.add_parser("add", parents=[common], help="add a staff member (owner)")
    sa.add_argument("name")
    sa.add_argument("--role", choices=[r.value for r in Role], required=True)
    sa.add_argument("--pin", dest="staff_pin", required=True)
    sl = staff.add_parser("list", parents=[common], help="staff, their roles and lock-outs")
    sl.add_argument("--all", action="store_true", help="with those no longer active")
    so = staff.add_parser("role", parents=[common], help="give someone another role (owner)")
    so.add_argument("name")
    so.add_argument("role", choices=[r.value for r in Role])
    sd = staff.add_parser("deactivate", parents=[common], help="someone may no longer sign in (owner)")
    sd.add_argument("name")
    se = staff.add_parser("activate", parents=[common], help="someone may sign in again (owner)")
    se.add_argument("name")
    sr = staff.add_parser("reset-pin", parents=[common], help="set a new PIN and lift a lock-out (owner)")
    sr.add_argument("name")
    sr.add_argument("--pin", dest="staff_pin", required=True)
    staff.add_parser("recovery-code", parents=[common], help="a new recovery code for the owner (printed once)")
    su = staff.add_parser("unlock", parents=[common], help="lift a lock-out with the owner's recovery code")
    su.add_argument("name")
    su.add_argument("--recovery-code", required=True)
    su.add_argument("--new-pin", help="also set a new PIN (a forgotten PIN)")

    c = sub.add_parser("certificate", parents=[common], help="the signed approval certificate of an order")
    c.add_argument("order")
    c.add_argument("--out", required=True)

    ds = sub.add_parser("dossier", parents=[common], help="the whole order in one signed PDF (owner)")
    ds.add_argument("order")
    ds.add_argument("--out", required=True)

    bk = sub.add_parser("backup", parents=[common], help="write a verified backup file (while the app is in use)")
    bk.add_argument("file")
    rs = sub.add_parser("restore", parents=[common], help="check a backup, keep the current store aside, restore")
    rs.add_argument("file")

    sub.add_parser("verify", parents=[common], help="re-hash every record and file, walk the audit chain")

    ap = sub.add_parser("approval", parents=[common], help="approval records").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    av = ap.add_parser("void", parents=[common], help="void an approval with a reason (owner)")
    av.add_argument("order")
    av.add_argument("--reason", required=True)

    _register_anchors(sub, common)
    d = sub.add_parser("demo", parents=[common], help="fill an empty store with a demo shop")
    d.add_argument("--orders", type=int, default=0, help="this many more plain orders (bulk)")
    return p


def _actor(args: argparse.Namespace) -> Actor:
    from .services.staff import sign_in

    name = args.user or os.environ.get("PRINTPROOF_USER")
    pin = args.pin or os.environ.get("PRINTPROOF_PIN")
    if not name or not pin:
        from .domain.errors import NotAllowed

        raise NotAllowed("Please sign in: give --user and --pin (or set PRINTPROOF_USER and PRINTPROOF_PIN).")
    return sign_in(name, pin)


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"The date “{text}” is not understood; write YYYY-MM-DD.") from exc


def _run(args: argparse.Namespace) -> tuple[Any, str]:
    """Do the command; return (JSON answer, text answer)."""
    from .services import artwork, orders, overview, proofs, shop, staff
    from .store.db import open_store

    open_store(args.db)
    cmd = args.command
    if cmd == "setup":
        done = shop.setup(args.shop, args.owner, args.owner_pin, args.language, args.address)
        return {"shop": args.shop, "owner": done.actor.name, "recovery_code": done.recovery_code}, (
            f"Shop “{args.shop}” is set up; {done.actor.name} is the owner.\n"
            f"The owner's recovery code: {done.recovery_code}\n"
            "Print or write it down now and keep it away from the counter: it is shown only this once. It lifts a "
            "lock-out and sets a forgotten PIN (`printproof staff unlock NAME --recovery-code …`)."
        )
    if cmd == "staff" and args.action == "unlock":
        staff.unlock_with_recovery_code(args.name, args.recovery_code, args.new_pin)
        return {"staff": args.name, "unlocked": True, "new_pin": bool(args.new_pin)}, (
            f"{args.name} is unlocked on every workstation." + (" The new PIN is set." if args.new_pin else "")
        )
    if cmd == "demo":
        from .services import demo

        result = demo.fill(args.orders)
        return result, demo.describe(result)
    actor = _actor(args)
    if cmd == "verify":
        from .services.verify import check_store

        report = check_store(actor)
        lines = [report.summary()] + [f"  {p.order or '-'}  {p.kind}: {p.what}" for p in report.problems]
        if not report.ok:
            raise VerifyFailed(report.to_dict(), "\n".join(lines))
        return report.to_dict(), lines[0]
    if cmd == "certificate":
        from .services.certificates import make_certificate

        proofs.check_output_path(args.out)
        pdf = make_certificate(actor, args.order)
        proofs.write_file_atomically(Path(args.out), pdf)
        path = str(Path(args.out).resolve())
        return {"order": args.order, "path": path}, f"Signed approval certificate written to {path}"
    if cmd == "backup":
        from .services.backup import make_backup

        made = make_backup(actor, args.file)
        return (
            {"path": str(made.path), "bytes": made.size, "verified": made.report.ok, "head": made.head.to_dict()},
            f"Backup written to {made.path} ({made.size / 1e6:.1f} MB) and verified; it holds the audit chain "
            f"up to event {made.head.seq} ({made.head.hash}).",
        )
    if cmd == "restore":
        from .services.restore import restore_backup

        kept = restore_backup(actor, args.file)
        return (
            {"restored": args.file, "kept": str(kept) if kept else None},
            f"Restored from {args.file}." + (f" The previous store is kept as {kept}." if kept else ""),
        )
    if cmd == "dossier":
        from .services.dossier import make_dossier

        proofs.check_output_path(args.out)
        proofs.write_file_atomically(Path(args.out), make_dossier(actor, args.order))
        path = str(Path(args.out).resolve())
        return {"order": args.order, "path": path}, f"Signed dossier written to {path}"
    if cmd == "order" and args.action == "new":
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
            _date(args.due),
        )
        made = orders.new_order(
            actor, orders.CustomerInput(args.customer, args.company, args.phone, args.email), spec, args.notes
        )
        return {"order": made.number}, made.number
    if cmd == "order" and args.action == "list":
        rows = orders.search_orders(args.search, args.status, limit=max(1, args.limit))
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
        text = (
            "\n".join(
                f"{r.number}  {r.status.value:<13} {r.customer}{' (' + r.company + ')' if r.company else ''}"
                f" – {r.product}"
                for r in rows
            )
            or "No orders found."
        )
        return {"orders": data}, text
    if cmd == "order" and args.action == "status":
        orders.set_status(actor, args.order, OrderStatus(args.status))
        return {"order": args.order, "status": args.status}, f"{args.order} is now {args.status}."
    if cmd == "artwork":
        added = artwork.add_artwork(actor, args.order, Path(args.file), args.side)
        data = {
            "order": added.order,
            "sides": [s + 1 for s in added.sides],
            "findings": [f.to_dict() for f in added.findings],
        }
        lines = [f"Added {Path(args.file).name} to {added.order}."]
        lines += [f"  [{f.severity}] {f.in_language(ui_language()).message}" for f in added.findings] or [
            "  No problems found."
        ]
        return data, "\n".join(lines)
    if cmd == "proof" and args.action == "make":
        if args.out:
            proofs.check_output_path(args.out)  # a wrong --out fails before a version is stored
        made = proofs.make_proof(actor, args.order, args.note)
        path = None
        if args.out:
            proofs.write_file_atomically(Path(args.out), made.pdf)
            path = str(Path(args.out).resolve())
        data = {**made.to_dict(), "path": path}
        lines = [f"Proof version {made.version} of {made.order}: {made.pages} pages, SHA-256 {made.sha256}"]
        lines += [f"  [{f.severity}] {f.in_language(ui_language()).message}" for f in made.findings]
        if path:
            lines.append(f"Written to {path}")
        return data, "\n".join(lines)
    if cmd == "proof" and args.action == "export":
        proof = proofs.export_proof(actor, args.order, args.out, args.version)
        path = str(Path(args.out).resolve())
        return (
            {"order": args.order, "version": proof.version, "sha256": proof.pdf_id, "path": path},
            f"Proof version {proof.version} written to {path}",
        )
    if cmd == "show":
        data = overview.order_overview(args.order)
        return data, _describe_order(data)
    if cmd == "approval":
        from .services import approvals

        standing, void = approvals.void_standing_approval(actor, args.order, args.reason)
        return {"order": args.order, "voided": standing.id, "record": void.content_sha256}, (
            f"The approval of version {standing.proof.version} is void; both records stay on the order."
        )
    if cmd == "staff":
        return _staff(actor, args)
    if cmd in ANCHOR_COMMANDS:
        return _anchors(actor, args)
    raise UsageError(f"Unknown command {cmd}.")


def _staff(actor: Actor, args: argparse.Namespace) -> tuple[Any, str]:
    from .services import staff

    if args.action == "reset-pin":
        staff.reset_pin(actor, args.name, args.staff_pin)
        return {"staff": args.name}, f"New PIN set for {args.name}; lock-outs lifted."
    if args.action == "recovery-code":
        code = staff.new_recovery_code(actor)
        return {"staff": actor.name, "recovery_code": code}, (
            f"New recovery code for {actor.name}: {code}\nThe previous code no longer works. Keep this one on paper, "
            "away from the counter: it is shown only now."
        )
    if args.action == "list":
        views = staff.list_staff(include_inactive=args.all)
        data = [
            {
                "name": v.name,
                "role": v.role.value,
                "active": v.active,
                "locked_until": v.locked_until.isoformat(timespec="seconds") + "Z" if v.locked_until else None,
                "failed_tries": v.failed_tries,
            }
            for v in views
        ]
        lines = [
            f"{v.name}  {v.role.value}"
            + ("" if v.active else "  (inactive)")
            + (f"  locked until {v.locked_until:%H:%M:%S} UTC" if v.locked_until else "")
            + (f"  {v.failed_tries} wrong PIN(s)" if v.failed_tries else "")
            for v in views
        ]
        return {"staff": data}, "\n".join(lines)
    if args.action == "role":
        view = staff.set_role(actor, args.name, Role(args.role))
        return {"staff": view.name, "role": view.role.value}, f"{view.name} is now {view.role.value}."
    if args.action in ("activate", "deactivate"):
        view = staff.set_active(actor, args.name, args.action == "activate")
        state = "active" if view.active else "inactive"
        return {"staff": view.name, "active": view.active}, f"{view.name} is now {state}."
    member = staff.add_staff(actor, args.name, Role(args.role), args.staff_pin)
    return {"staff": member.name, "role": member.role.value}, f"{member.name} added as {member.role.value}."


# --- evidence outside the store (issue 11): moves to cli/anchors.py when cli.py becomes a package ----------
ANCHOR_COMMANDS = ("protect", "timestamp", "identify")


def _register_anchors(sub: Any, common: argparse.ArgumentParser) -> None:
    pr = sub.add_parser(
        "protect", parents=[common], help="re-install the triggers that refuse edits of sealed records (owner)"
    )
    pr.add_argument("--yes", action="store_true", help="confirm: re-install them now")
    sub.add_parser("timestamp", parents=[common], help="have the timestamp authority stamp the audit chain's head now")
    idf = sub.add_parser(
        "identify", parents=[common], help="which order and version a PDF (or a scanned code) is, and its status"
    )
    idf.add_argument("file", nargs="?", help="a proof, certificate or dossier PDF")
    idf.add_argument("--code", help="the text of a scanned QR code or barcode instead of a file")


def _anchors(actor: Actor, args: argparse.Namespace) -> tuple[Any, str]:
    from .services import protection

    if args.command == "protect":
        if not args.yes:
            found = protection.check_triggers()
            data = {"missing_or_altered": [f.__dict__ for f in found], "reinstalled": False}
            if not found:
                return data, "Every protection is in place."
            lines = [protection.describe(f) for f in found]
            return data, "\n".join(lines + ["Run `printproof protect --yes` to re-install them."])
        found = protection.reinstall_triggers(actor)
        data = {"missing_or_altered": [f.__dict__ for f in found], "reinstalled": True}
        return data, f"Protections re-installed ({len(found)} were missing or altered); the audit trail notes it."
    if args.command == "identify":
        from .services.identify import identify_code, identify_file

        if not args.file and not args.code:
            raise UsageError("Give a file or --code TEXT (see `printproof identify --help`).")
        found = identify_code(args.code) if args.code else identify_file(args.file)
        return found.to_dict(), "\n".join(found.lines)
    if args.command == "timestamp":
        from .services.timestamps import stamp_chain_head

        result = stamp_chain_head(actor)
        data = {"stamped": result.stamped, "queued": result.queued, "error": result.error or None}
        if result.error:
            raise UserError(result.error)
        return data, f"The audit chain's head (event {', '.join(map(str, result.stamped))}) is timestamped."
    raise UsageError(f"Unknown command {args.command}.")


def _describe_order(data: dict[str, Any]) -> str:
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


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    from .logs import setup_logging

    setup_logging("printproof")
    args = None
    try:
        args = _parser().parse_args(argv)
        data, text = _run(args)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except VerifyFailed as failed:
        print(json.dumps(failed.data, ensure_ascii=False, indent=2) if getattr(args, "json", False) else failed.text)
        return EXIT_BUG
    except KeyboardInterrupt:
        print("Interrupted; nothing half-saved.", file=sys.stderr)
        return EXIT_BUG
    except Exception as exc:  # a bug: say so calmly in one sentence, keep the details in the log for support
        import traceback

        from .logs import log_bug, log_path

        log_bug("Unexpected error in the command line", exc)
        where = log_path()
        print(
            "PrintProof did not expect this; nothing was saved half-way."
            + (f" Details for support are in {where}." if where else ""),
            file=sys.stderr,
        )
        if os.environ.get("PRINTPROOF_DEBUG"):
            traceback.print_exc()
        return EXIT_BUG
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

"""The shop as a whole: setup, demo, verify, backup, restore."""

from __future__ import annotations

import argparse

from ..domain.i18n import LANGUAGES
from ..services.core.context import Actor
from .base import Answer, Subparsers, VerifyFailed, signed_in, whole, without_sign_in


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("setup", parents=[common], help="first run: create the shop and its owner")
    s.add_argument("--shop", required=True)
    s.add_argument("--owner", required=True)
    s.add_argument("--pin", dest="owner_pin", required=True)
    s.add_argument("--language", choices=LANGUAGES, default="de")
    s.add_argument("--address", default="")
    without_sign_in(s, setup)

    d = sub.add_parser("demo", parents=[common], help="fill an empty store with a demo shop")
    d.add_argument("--orders", type=whole, default=0, help="this many more plain orders (bulk)")
    without_sign_in(d, demo)

    signed_in(
        sub.add_parser("verify", parents=[common], help="re-hash every record and file, walk the audit chain"), verify
    )

    bk = sub.add_parser("backup", parents=[common], help="write a verified backup file (while the app is in use)")
    bk.add_argument("file")
    signed_in(bk, backup)

    rs = sub.add_parser("restore", parents=[common], help="check a backup, keep the current store aside, restore")
    rs.add_argument("file")
    rs.add_argument("--other-shop", action="store_true", help="the backup is another shop's store: replace this one")
    signed_in(rs, restore)

    sg = sub.add_parser("signing", help="the shop's signing key")
    sg_sub = sg.add_subparsers(dest="signing_command", required=True)
    nk = sg_sub.add_parser(
        "new-key", parents=[common], help="owner: a new signing key when the old one is lost or exposed"
    )
    nk.add_argument("--reason", required=True, help="why (sealed in the audit chain with the new certificate)")
    signed_in(nk, new_key)


def new_key(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.evidence.signing import renew_key

    made = renew_key(actor, args.reason)
    return {"sha256": made.sha256}, (
        f"A new signing key is made; its certificate's SHA-256 is {made.sha256}. Documents signed with the "
        "earlier key still identify as this shop's."
    )


def setup(args: argparse.Namespace) -> Answer:
    from ..services.admin import setup as shop_setup

    done = shop_setup.setup(args.shop, args.owner, args.owner_pin, args.language, args.address)
    return {"shop": args.shop, "owner": done.actor.name, "recovery_code": done.recovery_code}, (
        f"Shop “{args.shop}” is set up; {done.actor.name} is the owner.\n"
        f"The owner's recovery code: {done.recovery_code}\n"
        "Print or write it down now and keep it away from the counter: it is shown only this once. It lifts a "
        "lock-out and sets a forgotten PIN (`printproof staff unlock NAME --recovery-code …`)."
    )


def demo(args: argparse.Namespace) -> Answer:
    from ..services.admin import demo as demo_shop

    result = demo_shop.fill(args.orders)
    return result, demo_shop.describe(result)


def verify(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.evidence.verify import check_store

    report = check_store(actor)
    lines = [report.summary()] + [f"  {p.order or '-'}  {p.kind}: {p.what}" for p in report.problems]
    if not report.ok:
        raise VerifyFailed(report.to_dict(), "\n".join(lines))
    return report.to_dict(), lines[0]


def backup(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.evidence.backup import make_backup

    made = make_backup(actor, args.file)
    return (
        {"path": str(made.path), "bytes": made.size, "verified": made.report.ok, "head": made.head.to_dict()},
        f"Backup written to {made.path} ({made.size / 1e6:.1f} MB) and verified; it holds the audit chain "
        f"up to event {made.head.seq} ({made.head.hash}).",
    )


def restore(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.admin.restore import restore_backup

    kept = restore_backup(actor, args.file, other_shop=args.other_shop)
    return (
        {"restored": args.file, "kept": str(kept) if kept else None},
        f"Restored from {args.file}." + (f" The previous store is kept as {kept}." if kept else ""),
    )

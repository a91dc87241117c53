"""Evidence outside the store: the protections, the trusted time of the chain head, identifying a file."""

from __future__ import annotations

import argparse

from ..services.core.context import Actor
from .base import Answer, Subparsers, UsageError, signed_in


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    """``protect``, ``timestamp`` and ``identify``."""
    pr = sub.add_parser(
        "protect", parents=[common], help="re-install the triggers that refuse edits of sealed records (owner)"
    )
    pr.add_argument("--yes", action="store_true", help="confirm: re-install them now")
    signed_in(pr, protect)
    ts = sub.add_parser("timestamp", parents=[common], help="have the timestamp authority stamp the chain's head now")
    signed_in(ts, timestamp)
    idf = sub.add_parser(
        "identify", parents=[common], help="which order and version a PDF (or a scanned code) is, and its status"
    )
    idf.add_argument("file", nargs="?", help="a proof, certificate, dossier or customer's copy (PDF)")
    idf.add_argument("--code", help="the text of a scanned QR code or barcode instead of a file")
    signed_in(idf, identify)


def protect(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.evidence import protection

    if not args.yes:
        found = protection.check_triggers()
        data = {"missing_or_altered": [f.__dict__ for f in found], "reinstalled": False}
        if not found:
            return data, "Every protection is in place."
        lines = [protection.describe(f) for f in found]
        return data, "\n".join([*lines, "Run `printproof protect --yes` to re-install them."])
    found = protection.reinstall_triggers(actor)
    data = {"missing_or_altered": [f.__dict__ for f in found], "reinstalled": True}
    return data, f"Protections re-installed ({len(found)} were missing or altered); the audit trail notes it."


def timestamp(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..domain.errors import UserError
    from ..services.evidence.timestamps import stamp_chain_head

    result = stamp_chain_head(actor)
    if result.error:
        raise UserError(result.error)
    data = {"stamped": result.stamped, "queued": result.queued}
    return data, f"The audit chain's head (event {', '.join(map(str, result.stamped))}) is timestamped."


def identify(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.evidence.identify import identify_code, identify_file

    if not args.file and not args.code:
        raise UsageError("Give a file or --code TEXT (see `printproof identify --help`).")
    found = identify_code(args.code) if args.code else identify_file(args.file)
    return found.to_dict(), "\n".join(found.lines)

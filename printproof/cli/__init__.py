"""The command line: parse, call a service, print. No business logic here.

Each command group is a module with ``register(sub, common)``: it adds its parsers and names the
function that runs them (``signed_in`` or ``without_sign_in``). A new command is a new module in
``COMMANDS``. Exit codes: 0 done; 2 bad input or usage; 3 not allowed for this user; 1 anything else.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable
from types import ModuleType

from ..domain.errors import UserError
from ..services.core.context import Actor
from . import anchors, complaints, customers, orders, portal, session, shop, staff
from .base import EXIT_BUG, EXIT_NOT_ALLOWED, EXIT_OK, EXIT_USAGE, Answer, Parser, UsageError, VerifyFailed, actor_from

__all__ = ["EXIT_BUG", "EXIT_NOT_ALLOWED", "EXIT_OK", "EXIT_USAGE", "UsageError", "VerifyFailed", "main"]

COMMANDS: tuple[ModuleType, ...] = (shop, orders, staff, session, customers, complaints, anchors, portal)
"""The command groups, in the order ``--help`` lists them."""


@functools.cache
def parser() -> argparse.ArgumentParser:
    """The whole command line: the global options and every command group's parsers (built once a process: 20 ms,
    which a process running many commands, such as the tests, would otherwise pay for each)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="answer as JSON")
    p = Parser(
        prog="printproof",
        description="PrintProof: signed print proofs for the shop counter.",
        parents=[common],
    )
    p.add_argument("--db", help="store: a SQLite file or postgresql://… (default: PRINTPROOF_DB or the data folder)")
    p.add_argument("--user", help="staff name (or PRINTPROOF_USER)")
    p.add_argument("--pin", help="PIN (or PRINTPROOF_PIN)")
    sub = p.add_subparsers(dest="command", required=True, parser_class=Parser)
    for module in COMMANDS:
        module.register(sub, common)
    return p


def run(args: argparse.Namespace) -> Answer:
    """Open the store, sign in where the command needs it, run it (the portal's own commands open no store)."""
    from ..store.db import open_store

    handler: Callable[..., Answer] | None = getattr(args, "portal_handler", None)
    if handler is not None:
        return handler(args)

    # Only setup and demo start a new store: any other command on
    # a file that is not there is a mistyped path, said as such rather than an empty store and "unknown user".
    open_store(args.db, create=args.command in ("setup", "demo"))
    opened: Callable[[argparse.Namespace], Answer] | None = args.open_handler
    if opened is not None:
        return opened(args)
    signed_in: Callable[[argparse.Namespace, Actor], Answer] = args.handler
    return signed_in(args, actor_from(args))


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    from ..logs import setup_logging

    setup_logging("printproof")
    args = None
    try:
        session.end_earlier(sys.argv[1:] if argv is None else argv)
        args = parser().parse_args(argv)
        data, text = run(args)
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

        from ..logs import log_bug, log_path

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
    try:
        if getattr(args, "json", False):
            print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        else:
            print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `printproof order list | head -1`: the reader has what it wanted; the work is done
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second complaint when Python exits
    return EXIT_OK

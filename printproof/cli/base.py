"""What every command module shares: the parser class, the errors, the sign-in and small parsers."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.errors import NotAllowed, UserError
from ..domain.i18n import t
from ..services.core import files
from ..services.core.context import Actor

EXIT_OK, EXIT_BUG, EXIT_USAGE, EXIT_NOT_ALLOWED = 0, 1, 2, 3

Answer = tuple[Any, str]
"""What a command gives back: the JSON answer and the text answer."""

Handler = Callable[[argparse.Namespace, Actor], Answer]
"""A command that needs someone signed in."""

OpenHandler = Callable[[argparse.Namespace], Answer]
"""A command that runs before anyone can sign in (setup, demo, unlock)."""


class UsageError(UserError):
    pass


class VerifyFailed(Exception):
    """The store has altered items: the report is printed and the exit code is 1."""

    def __init__(self, data: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.data, self.text = data, text


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one sentence, no usage dump, exit code 2
        command = " ".join(["printproof", *self.prog.split(" ")[1:]])  # "printproof order new", or "printproof"
        raise UsageError(f"{message[0].upper()}{message[1:]} (see `{command} --help`).")


Subparsers = Any  # argparse's _SubParsersAction is private; commands only call add_parser on it


def signed_in(parser: argparse.ArgumentParser, handler: Handler) -> None:
    """Run ``handler`` for this parser with the signed-in actor."""
    parser.set_defaults(handler=handler, open_handler=None)


def without_sign_in(parser: argparse.ArgumentParser, handler: OpenHandler) -> None:
    """Run ``handler`` for this parser without asking who is there."""
    parser.set_defaults(open_handler=handler, handler=None)


def group(sub: Subparsers, name: str, common: argparse.ArgumentParser, help: str) -> Subparsers:
    """A command with actions (``order new``, ``order list`` …)."""
    return sub.add_parser(name, parents=[common], help=help).add_subparsers(
        dest="action", required=True, parser_class=Parser
    )


def actor_from(args: argparse.Namespace) -> Actor:
    """Sign in with --user/--pin or PRINTPROOF_USER/PRINTPROOF_PIN, else with the session in PRINTPROOF_SESSION."""
    from ..services.admin import sessions
    from ..services.admin.staff import sign_in

    name = args.user or os.environ.get("PRINTPROOF_USER")
    pin = args.pin or os.environ.get("PRINTPROOF_PIN")
    token = os.environ.get("PRINTPROOF_SESSION")
    if not pin and token:
        actor = sessions.resume(token)
        if name and name.strip().casefold() != actor.name.casefold():
            raise NotAllowed(t("The session is {name}'s; give the PIN to act as someone else.", name=actor.name))
        return actor
    if not name or not pin:
        raise NotAllowed(t("Please sign in: give --user and --pin (or set PRINTPROOF_USER and PRINTPROOF_PIN)."))
    actor = sign_in(name, pin)
    from ..services.admin.staff import recovery_code_outdated

    if recovery_code_outdated(actor):
        print(
            t(
                "Your recovery code can no longer set a PIN (it was made before your current key); make a new one: "
                "printproof staff recovery-code"
            ),
            file=sys.stderr,
        )
    return actor


BIGGEST = 2**63 - 1  # what the store can hold


def whole(text: str) -> int:
    """A whole number as commands take them (ids, quantities, limits), no larger than the store can hold: "1e30" or
    a 30-digit id is one sentence, not an overflow deep in the database."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(t("“{text}” is not a whole number", text=text[:30])) from None
    if abs(value) > BIGGEST:
        raise argparse.ArgumentTypeError(t("“{text}…” is far too large", text=text.strip()[:20]))
    return value


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(f"The date “{text}” is not understood; write YYYY-MM-DD.") from exc


def write_pdf(out: str, make: Callable[[], bytes]) -> str:
    """Check ``out`` before the work, write the bytes atomically after it; the absolute path."""

    files.check_output_path(out)
    files.write_file_atomically(Path(out), make())
    return str(Path(out).resolve())

"""``session start`` and ``session end``: the PIN checked once for a run of commands (services/admin/sessions.py)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from datetime import UTC

from ..domain.errors import NotAllowed, UserError
from ..domain.i18n import t
from .base import Answer, Subparsers, UsageError, group, whole, without_sign_in


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    """``session start`` and ``session end``."""
    from ..services.admin.sessions import MAX_MINUTES

    s = group(sub, "session", common, "sign in once for a run of commands (PRINTPROOF_SESSION)")
    st = s.add_parser(
        "start",
        parents=[common],
        help="check the PIN once (asked for on the terminal) and print the line that sets PRINTPROOF_SESSION: "
        'eval "$(printproof --user NAME session start)"',
    )
    st.add_argument(
        "--minutes",
        type=whole,
        default=None,
        help=f"how long it lasts (1–{MAX_MINUTES}; default: the shop's idle lock time)",
    )
    without_sign_in(st, start)
    en = s.add_parser("end", parents=[common], help="end the session in PRINTPROOF_SESSION now")
    without_sign_in(en, end)


def start(args: argparse.Namespace) -> Answer:
    from ..services.admin import sessions

    name = args.user or os.environ.get("PRINTPROOF_USER")
    pin = args.pin or os.environ.get("PRINTPROOF_PIN")
    if name and not pin and sys.stdin.isatty():
        pin = getpass.getpass(t("PIN of {name}: ", name=name))  # on the terminal: not in the shell's history
    if not name or not pin:
        raise NotAllowed(
            t("A session starts with the PIN: give --user and --pin (or PRINTPROOF_USER and PRINTPROOF_PIN).")
        )
    started = sessions.start(name, pin, args.minutes)
    until = started.ends.replace(tzinfo=UTC).astimezone()
    print(
        t(
            "Session of {name} until {time}; end it with: printproof session end",
            name=started.actor.name,
            time=f"{until:%H:%M}",
        ),
        file=sys.stderr,
    )
    data = {"session": started.token, "user": started.actor.name, "ends": until.isoformat(timespec="seconds")}
    return data, f"export PRINTPROOF_SESSION={started.token}"


def end(args: argparse.Namespace) -> Answer:
    from ..services.admin import sessions

    token = os.environ.get("PRINTPROOF_SESSION")
    if not token:
        raise UsageError(t("No session is set here: PRINTPROOF_SESSION is empty."))
    ended = sessions.end(token)
    return {"ended": ended}, t("The session has ended.") if ended else t("The session had already ended.")


def end_earlier(argv: list[str]) -> None:
    """Before anything of ``session start`` can fail (its arguments, the store, the PIN): end the session the shell
    has, so a failed ``eval "$(printproof … session start)"`` never leaves it signing in whoever started it."""
    words = [w for w in argv if not w.startswith("-")]
    token = os.environ.get("PRINTPROOF_SESSION")
    if token and any(a == "session" and b == "start" for a, b in zip(words, words[1:], strict=False)):
        from ..services.admin import sessions

        with contextlib.suppress(UserError):
            sessions.end(token)

"""Staff: add, list, roles, deactivation, PINs, the owner's recovery code, unlocking."""

from __future__ import annotations

import argparse

from ..domain.enums import Role
from ..services.core.context import Actor
from .base import Answer, Subparsers, group, signed_in, without_sign_in


def register(sub: Subparsers, common: argparse.ArgumentParser) -> None:
    staff = group(sub, "staff", common, "staff (owner)")
    sa = staff.add_parser("add", parents=[common], help="add a staff member (owner)")
    sa.add_argument("name")
    sa.add_argument("--role", choices=[r.value for r in Role], required=True)
    sa.add_argument("--pin", dest="staff_pin", required=True)
    signed_in(sa, add)
    sl = staff.add_parser("list", parents=[common], help="staff, their roles and lock-outs")
    sl.add_argument("--all", action="store_true", help="with those no longer active")
    signed_in(sl, list_staff)
    so = staff.add_parser("role", parents=[common], help="give someone another role (owner)")
    so.add_argument("name")
    so.add_argument("role", choices=[r.value for r in Role])
    signed_in(so, role)
    for action, help in (
        ("deactivate", "someone may no longer sign in (owner)"),
        ("activate", "someone may sign in again (owner)"),
    ):
        p = staff.add_parser(action, parents=[common], help=help)
        p.add_argument("name")
        signed_in(p, set_active)
    sr = staff.add_parser("reset-pin", parents=[common], help="set a new PIN and lift a lock-out (owner)")
    sr.add_argument("name")
    sr.add_argument("--pin", dest="staff_pin", required=True)
    signed_in(sr, reset_pin)
    rc = staff.add_parser("recovery-code", parents=[common], help="a new recovery code for the owner (printed once)")
    signed_in(rc, recovery_code)
    su = staff.add_parser("unlock", parents=[common], help="lift a lock-out with the owner's recovery code")
    su.add_argument("name")
    su.add_argument("--recovery-code", required=True)
    su.add_argument("--new-pin", help="also set a new PIN (a forgotten PIN)")
    without_sign_in(su, unlock)


def add(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.admin import staff

    member = staff.add_staff(actor, args.name, Role(args.role), args.staff_pin)
    return {"staff": member.name, "role": member.role.value}, f"{member.name} added as {member.role.value}."


def list_staff(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.admin import staff

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
        + (f"  {v.failed_tries} wrong PIN{'' if v.failed_tries == 1 else 's'}" if v.failed_tries else "")
        for v in views
    ]
    return {"staff": data}, "\n".join(lines)


def role(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.admin import staff

    view = staff.set_role(actor, args.name, Role(args.role))
    return {"staff": view.name, "role": view.role.value}, f"{view.name} is now {view.role.value}."


def set_active(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.admin import staff

    view = staff.set_active(actor, args.name, args.action == "activate")
    state = "active" if view.active else "inactive"
    return {"staff": view.name, "active": view.active}, f"{view.name} is now {state}."


def reset_pin(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.admin import staff

    staff.reset_pin(actor, args.name, args.staff_pin)
    return {"staff": args.name}, f"New PIN set for {args.name}; lock-outs lifted."


def recovery_code(args: argparse.Namespace, actor: Actor) -> Answer:
    from ..services.admin import staff

    code = staff.new_recovery_code(actor)
    return {"staff": actor.name, "recovery_code": code}, (
        f"New recovery code for {actor.name}: {code}\nThe previous code no longer works. Keep this one on paper, "
        "away from the counter: it is shown only now."
    )


def unlock(args: argparse.Namespace) -> Answer:
    from ..services.admin import staff

    staff.unlock_with_recovery_code(args.name, args.recovery_code, args.new_pin)
    return {"staff": args.name, "unlocked": True, "new_pin": bool(args.new_pin)}, (
        f"{args.name} is unlocked on every workstation." + (" The new PIN is set." if args.new_pin else "")
    )

"""Who is acting, where, and when."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from ...domain import vocabulary
from ...domain.enums import Role
from ...domain.errors import NotAllowed
from ...domain.i18n import t
from ...store.chain import default_workstation, sealed_staff
from ...store.models import Staff
from ...store.power import Signer, ledger


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member at a workstation."""

    staff_id: int
    name: str
    role: Role
    workstation: str = ""
    signer: Signer | None = field(default=None, repr=False, compare=False)  # their key, opened by their PIN
    by_session: bool = field(default=False, compare=False)  # signed in by a command-line session, not the PIN

    def __post_init__(self) -> None:
        if not self.workstation:
            object.__setattr__(self, "workstation", workstation_name())


def workstation_name() -> str:
    """This computer's name, as records name the workstation."""
    return default_workstation()


def utc_offset_now() -> str:
    """The workstation's current offset from UTC, e.g. ``+01:00``."""
    offset = datetime.now().astimezone().utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def require(
    actor: Actor | None, *roles: Role, action: str, short_pin_ok: bool = False, pin_itself: bool = False
) -> Actor:
    """Refuse ``action`` unless ``actor`` is signed in and now has one of ``roles`` (any role if none).

    The role is read again from the audit chain at every call: someone the owner deactivated or gave
    another role while they were signed in acts with what the chain says now, not what it said at sign-in.
    What only the owner may do also needs an owner's PIN (6+ digits or a passphrase): an owner from a store
    made before that rule first sets a longer PIN (``short_pin_ok`` marks the actions that do that).
    ``pin_itself`` marks what changes who may do what or whom the shop trusts (staff, PINs, recovery codes,
    restores, the signing key, the portal, the settings): refused to someone signed in by a command-line session
    (services/admin/sessions.py).
    Returns the actor with that role.
    """
    if actor is None:
        raise NotAllowed(t("Please sign in to {action}.", action=t(action)))
    state = sealed_staff(actor.staff_id)
    if state is None or not state["active"] or state["name"] != actor.name:
        raise NotAllowed(t("{name} may no longer work here; please sign in again.", name=actor.name))
    if state["role"] != actor.role:
        actor = replace(actor, role=Role(state["role"]))
    if roles and actor.role not in roles:
        who = t(" or ").join(vocabulary.name("role_phrase", r) for r in roles)
        raise NotAllowed(
            t(
                "Only {who} may {action}; {name} is signed in as {role}.",
                who=who,
                action=t(action),
                name=actor.name,
                role=vocabulary.name("role_phrase", actor.role),
            )
        )
    if roles == (Role.OWNER,) and not short_pin_ok:
        pin_class = Staff.select(Staff.pin_class).where(Staff.id == actor.staff_id).scalar()
        if pin_class == "short":
            raise NotAllowed(
                t(
                    "{name}'s PIN is too short for what only the owner may do; set a PIN of at least 6 digits "
                    "or a passphrase first.",
                    name=actor.name,
                )
            )
    if pin_itself and actor.by_session:  # a terminal left open for a few minutes must not hand the shop over
        raise NotAllowed(
            t(
                "Staff, PINs, recovery codes, restores, the signing key, the portal and the shop's settings change "
                "only with the PIN itself, not in a session: give --user and --pin."
            )
        )
    return actor


def power_signer(actor: Actor) -> Signer:
    """The key that signs a power event for ``actor`` (``store/power.py``): theirs, as the chain knows it now.

    Refused when the actor holds no key, or one the chain replaced since they signed in (the owner set them a
    new PIN): what they would record would not stand.
    """
    signer = actor.signer
    if signer is None or ledger().keys.get(actor.staff_id) != signer.public:
        raise NotAllowed(t("Please sign in again, {name}: your key changed since you signed in.", name=actor.name))
    return signer

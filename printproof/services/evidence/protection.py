"""The store's own protections: the triggers that refuse edits of sealed records.

``verify`` names every trigger that is missing, disabled or rewritten (someone with the store file or
the PostgreSQL credentials can drop them); the owner re-installs them here after confirming, and the
chain records that it happened and what was found.
"""

from __future__ import annotations

from ...domain.enums import Role
from ...domain.i18n import t
from ...store.db import write
from ...store.triggers import TriggerState, check_triggers, install_triggers
from ..core import audit
from ..core.context import Actor, require

__all__ = ["TriggerState", "check_triggers", "describe", "reinstall_triggers"]


def describe(found: TriggerState) -> str:
    """One sentence for one trigger that is not as PrintProof installed it."""
    if found.state == "missing":
        return t(
            "the protection {name} of the {table} table is missing (dropped outside PrintProof)",
            name=found.name,
            table=found.table,
        )
    if found.state == "disabled":
        return t(
            "the protection {name} of the {table} table is switched off (outside PrintProof)",
            name=found.name,
            table=found.table,
        )
    return t(
        "the protection {name} of the {table} table was altered outside PrintProof",
        name=found.name,
        table=found.table,
    )


def reinstall_triggers(actor: Actor) -> list[TriggerState]:
    """The owner puts every protective trigger back as PrintProof installs it; returns what was wrong.

    Re-installing changes no record: it only makes the database refuse edits again. The chain records
    who did it and which protections were missing or altered, so the repair itself stays visible.
    """
    actor = require(actor, Role.OWNER, action="re-install the store's protections")
    with write():
        found = check_triggers()
        install_triggers()
        audit.append(
            actor,
            "store.protections_reinstalled",
            payload={"found": [{"name": f.name, "table": f.table, "state": f.state} for f in found]},
        )
    return found

"""The shop's vocabulary as enums. Values are stored in the database: never rename one."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COUNTER = "counter"
    DESIGNER = "designer"
    OWNER = "owner"


class OrderStatus(StrEnum):
    DRAFT = "draft"
    PROOFING = "proofing"
    APPROVED = "approved"
    IN_PRODUCTION = "in_production"
    READY = "ready"
    PICKED_UP = "picked_up"
    DISPUTED = "disputed"
    RESOLVED = "resolved"


class ApprovalMethod(StrEnum):
    ON_SCREEN = "on_screen"
    PAPER = "paper"
    EMAIL = "email"
    PHONE = "phone"
    LINK = "link"  # signed on the shop's portal, from a link sent by e-mail (issue 24)


class Decision(StrEnum):
    APPROVED = "approved"
    APPROVED_WITH_CHANGES = "approved_with_changes"
    CHANGES_REQUESTED = "changes_requested"


class DisputeCategory(StrEnum):
    COLOUR = "colour"
    TEXT = "text"
    SIZE = "size"
    QUANTITY = "quantity"
    STOCK = "stock"
    DAMAGE = "damage"
    LATE = "late"
    CHANGED_MIND = "changed_mind"


class MatchesApproval(StrEnum):
    YES = "yes"
    NO = "no"
    PARTLY = "partly"


class DisputeOutcome(StrEnum):
    CUSTOMER_PAYS = "customer_pays"
    REPRINT_SHOP_COST = "reprint_shop_cost"
    DISCOUNT = "discount"
    REFUND = "refund"
    NEW_PROOF_CUSTOMER_COST = "new_proof_customer_cost"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    SERIOUS = "serious"

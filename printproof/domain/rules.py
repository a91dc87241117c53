"""The order's life as one state machine: which step moves an order from which state to which.

Every change to an order is a :class:`Step`. All but one need a record: a proof version, the
customer's approval of the current version, the owner's void, a hand-over the customer signs, a
complaint, the owner's decision. Only :attr:`Step.STATUS` is a plain move — approved → in production →
ready, and a reprint after a complaint goes back into production. The services ask :func:`follow`
inside the write that stores the record, so the GUI, the command line and anything later get the same
answer; screens ask :func:`can` and :func:`next_status` to show only what will be accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from . import vocabulary
from .enums import DisputeOutcome as O
from .enums import OrderStatus as S
from .errors import UserError
from .i18n import t


class Step(StrEnum):
    """A way an order changes; every step but ``STATUS`` comes with the record it needs."""

    ARTWORK = "artwork"  # artwork added or replaced (no move)
    PROOF = "proof"  # a new proof version
    APPROVAL = "approval"  # the customer approves the current version (with or without changes)
    CHANGES = "changes"  # the customer asks for changes (a record, no move)
    VOID = "void"  # the owner voids the standing approval
    STATUS = "status"  # a move that needs no record
    HANDOVER = "handover"  # the customer signs the receipt
    COMPLAINT = "complaint"  # a complaint is recorded
    DECISION = "decision"  # the owner decides the complaint
    SPEC = "spec"  # the specification or the order's customer corrected (no move); frozen like the artwork


@dataclass(frozen=True)
class Edge:
    """``step`` takes an order from ``start`` to ``end`` (from a resolved order: only after ``outcomes``)."""

    start: S
    step: Step
    end: S
    outcomes: frozenset[O] | None = None  # from RESOLVED: only after one of these decisions


TAKES_IT = frozenset({O.CUSTOMER_PAYS, O.DISCOUNT, O.REFUND})
DELIVERED = (S.APPROVED, S.IN_PRODUCTION, S.READY, S.PICKED_UP, S.RESOLVED)

EDGES: tuple[Edge, ...] = (
    Edge(S.DRAFT, Step.ARTWORK, S.DRAFT),
    Edge(S.DRAFT, Step.PROOF, S.PROOFING),
    Edge(S.PROOFING, Step.ARTWORK, S.PROOFING),
    Edge(S.DRAFT, Step.SPEC, S.DRAFT),
    Edge(S.PROOFING, Step.SPEC, S.PROOFING),
    Edge(S.PROOFING, Step.PROOF, S.PROOFING),
    Edge(S.PROOFING, Step.CHANGES, S.PROOFING),
    Edge(S.PROOFING, Step.APPROVAL, S.APPROVED),
    Edge(S.APPROVED, Step.STATUS, S.IN_PRODUCTION),
    Edge(S.IN_PRODUCTION, Step.STATUS, S.READY),
    Edge(S.APPROVED, Step.VOID, S.PROOFING),
    Edge(S.IN_PRODUCTION, Step.VOID, S.PROOFING),
    Edge(S.APPROVED, Step.HANDOVER, S.PICKED_UP),
    Edge(S.IN_PRODUCTION, Step.HANDOVER, S.PICKED_UP),
    Edge(S.READY, Step.HANDOVER, S.PICKED_UP),
    *(Edge(state, Step.COMPLAINT, S.DISPUTED) for state in DELIVERED),
    Edge(S.DISPUTED, Step.DECISION, S.RESOLVED),
    Edge(S.RESOLVED, Step.STATUS, S.IN_PRODUCTION, frozenset({O.REPRINT_SHOP_COST})),
    Edge(S.RESOLVED, Step.HANDOVER, S.PICKED_UP, TAKES_IT),
    Edge(S.RESOLVED, Step.ARTWORK, S.RESOLVED, frozenset({O.NEW_PROOF_CUSTOMER_COST})),
    Edge(S.RESOLVED, Step.SPEC, S.RESOLVED, frozenset({O.NEW_PROOF_CUSTOMER_COST})),
    Edge(S.RESOLVED, Step.PROOF, S.PROOFING, frozenset({O.NEW_PROOF_CUSTOMER_COST})),
)


def _edge(current: S, step: Step, outcome: O | None, target: S | None) -> Edge | None:
    for edge in EDGES:
        if edge.start != current or edge.step != step or (target is not None and edge.end != target):
            continue
        if edge.outcomes is None or outcome in edge.outcomes:
            return edge
    return None


def can(current: S, step: Step, outcome: O | None = None, target: S | None = None) -> bool:
    """Whether ``step`` is allowed now (``outcome``: the latest complaint decision of a resolved order)."""
    return _edge(S(current), Step(step), outcome, target) is not None


def next_status(current: S, outcome: O | None = None) -> S | None:
    """The plain move the counter may make now (a button), or None."""
    for edge in EDGES:
        if edge.start == current and edge.step == Step.STATUS and (edge.outcomes is None or outcome in edge.outcomes):
            return edge.end
    return None


def follow(current: S, step: Step, *, number: str, outcome: O | None = None, target: S | None = None) -> S:
    """The order's state after ``step``, or a :class:`UserError` saying in one sentence why it is refused."""
    current, step = S(current), Step(step)
    edge = _edge(current, step, outcome, target)
    if edge is None:
        raise UserError(refusal(current, step, number=number, outcome=outcome, target=target))
    return edge.end


def status_words(status: S) -> str:
    """The status as the shop says it inside a sentence (``in production``), in the current language."""
    return vocabulary.name("status_phrase", S(status))


def outcome_words(outcome: O | None) -> str:
    """A complaint decision's outcome as the shop names it, in the current language."""
    return vocabulary.name("outcome", outcome) if outcome else ""


def refusal(current: S, step: Step, *, number: str, outcome: O | None = None, target: S | None = None) -> str:
    """Why ``step`` is not possible for order ``number`` in ``current``: one sentence for the user."""
    w = {"number": number, "status": status_words(current), "outcome": outcome_words(outcome)}
    if step == Step.STATUS:
        return _status_refusal(current, target, w)
    if step == Step.ARTWORK:
        if current in (S.APPROVED, S.IN_PRODUCTION):
            return t(
                "The artwork of {number} is frozen since the customer approved it; "
                "the owner first voids the approval, with a reason.",
                **w,
            )
        if current in (S.READY, S.PICKED_UP):
            return t(
                "Order {number} is {status}; its artwork changes only after a complaint "
                "that the owner decides as “new proof”.",
                **w,
            )
        if current == S.DISPUTED:
            return t(
                "Order {number} has an open complaint; its artwork changes only after the owner decides it "
                "as “new proof”.",
                **w,
            )
        return t(
            "The complaint about {number} was decided as “{outcome}”; the artwork changes only after "
            "a decision “new proof”.",
            **w,
        )
    if step == Step.SPEC:
        return _spec_refusal(current, w)
    if step == Step.PROOF:
        if current in (S.APPROVED, S.IN_PRODUCTION):
            return t(
                "Order {number} is approved; a new proof version needs the owner to void the approval first, "
                "with a reason.",
                **w,
            )
        if current in (S.READY, S.PICKED_UP):
            return t(
                "Order {number} is {status}; a new proof version follows only a complaint "
                "that the owner decides as “new proof”.",
                **w,
            )
        if current == S.DISPUTED:
            return t(
                "Order {number} has an open complaint; a new proof version follows only the owner's decision "
                "“new proof”.",
                **w,
            )
        return t(
            "The complaint about {number} was decided as “{outcome}”; a new proof version follows only "
            "a decision “new proof”.",
            **w,
        )
    if step in (Step.APPROVAL, Step.CHANGES):
        if current == S.DRAFT:
            return t("Order {number} has no proof yet; make one before the customer decides.", **w)
        return t("Order {number} is {status}; it cannot be approved now.", **w)
    if step == Step.VOID:
        if current in (S.DRAFT, S.PROOFING):
            return t("Order {number} has no approval that stands.", **w)
        return t("Order {number} is {status}; its approval stays, and changes now go through a complaint.", **w)
    if step == Step.HANDOVER:
        if current in (S.DRAFT, S.PROOFING):
            return t("Order {number} has no approval; it cannot be handed over.", **w)
        if current == S.PICKED_UP:
            return t("Order {number} was already handed over.", **w)
        if current == S.DISPUTED:
            return t("Order {number} has an open complaint; the owner decides it before the order is handed over.", **w)
        return t(
            "The complaint about {number} was decided as “{outcome}”; the order is handed over once that is done.",
            **w,
        )
    if step == Step.COMPLAINT:
        if current == S.DISPUTED:
            return t("Order {number} already has an open complaint; the owner decides it first.", **w)
        return t("Order {number} is {status}; there is nothing to complain about yet.", **w)
    return t("Order {number} is {status}; there is no open complaint to decide.", **w)


def _spec_refusal(current: S, w: dict[str, str]) -> str:
    if current in (S.APPROVED, S.IN_PRODUCTION):
        return t(
            "The specification of {number} is frozen since the customer approved it; a change needs a new proof, "
            "so the owner first voids the approval, with a reason.",
            **w,
        )
    if current in (S.READY, S.PICKED_UP):
        return t(
            "Order {number} is {status}; its specification changes only after a complaint that the owner decides "
            "as “new proof”.",
            **w,
        )
    if current == S.DISPUTED:
        return t(
            "Order {number} has an open complaint; its specification changes only after the owner decides it "
            "as “new proof”.",
            **w,
        )
    return t(
        "The complaint about {number} was decided as “{outcome}”; the specification changes only after "
        "a decision “new proof”.",
        **w,
    )


def _status_refusal(current: S, target: S | None, w: dict[str, str]) -> str:
    if target == current:
        return t("Order {number} is already {status}.", **w)
    if target == S.APPROVED:
        return t(
            "Order {number} becomes approved only when the customer's approval of its current proof version "
            "is recorded.",
            **w,
        )
    if target == S.PICKED_UP:
        return t("Order {number} is picked up only through a hand-over that the customer signs.", **w)
    if target == S.RESOLVED:
        return t("Order {number} is resolved only through the owner's decision on the complaint.", **w)
    if target == S.DISPUTED:
        return t("Order {number} becomes disputed only when a complaint is recorded.", **w)
    if target == S.PROOFING:
        return t(
            "Order {number} returns to proofing only through a new proof version or when the owner voids its approval.",
            **w,
        )
    if target == S.DRAFT:
        return t("An order never returns to draft.")
    if target == S.IN_PRODUCTION and current == S.RESOLVED:
        return t(
            "The complaint about {number} was decided as “{outcome}”; only a reprint goes back into production.",
            **w,
        )
    if target == S.IN_PRODUCTION:
        return t("Order {number} is {status}; only an approved order goes into production.", **w)
    return t("Order {number} is {status}; only an order in production becomes ready for pickup.", **w)


# --- the status the sealed records back -------------------------------------------------------------------------

# The record each moving step is sealed with: in the chain, the move's event comes first, its record's right after.
MOVE_RECORD = {
    Step.PROOF: "proof.made",
    Step.APPROVAL: "approval.recorded",
    Step.VOID: "approval.voided",
    Step.HANDOVER: "pickup.recorded",
    Step.COMPLAINT: "dispute.opened",
    Step.DECISION: "dispute.decided",
}
MOVE = "order.status"
# The move's payload names its record: the record's event must seal exactly that one ("approval:17").
MOVE_SUBJECT = {
    Step.APPROVAL: ("approval", "approval"),
    Step.VOID: ("void", "approval_void"),
    Step.HANDOVER: ("pickup", "pickup"),
    Step.COMPLAINT: ("dispute", "dispute"),
    Step.DECISION: ("decision", "dispute_decision"),
}


# The moves the first releases allowed (schemas 1 and 2: their events name no step). A hand-over went from
# approved to ready and then picked up, a new proof took an approved order back to proofing, and a resolved
# complaint reopened proofing whatever the decision.
EARLIER_MOVES: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.PROOFING}),
    S.PROOFING: frozenset({S.PROOFING, S.APPROVED}),
    S.APPROVED: frozenset({S.PROOFING, S.IN_PRODUCTION, S.READY, S.PICKED_UP, S.DISPUTED}),
    S.IN_PRODUCTION: frozenset({S.READY, S.PROOFING}),
    S.READY: frozenset({S.PICKED_UP, S.DISPUTED}),
    S.PICKED_UP: frozenset({S.DISPUTED}),
    S.DISPUTED: frozenset({S.RESOLVED}),
    S.RESOLVED: frozenset({S.DISPUTED, S.PROOFING, S.PICKED_UP, S.IN_PRODUCTION}),
}


def missing_record(subject: str) -> str:
    """Why a status that rests on the record ``subject`` ("approval:17") is not backed: it is not in the store."""
    return t("its status rests on {record}, which is not in the store", record=subject)


class Life:
    """An order's status replayed from its audit events, in chain order, by the rules above.

    Feed it every event of one order (``kind`` and payload); :meth:`fault` then says why the stored status is not
    the one the sealed records lead to — a move the rules do not allow, a move without the record its step needs,
    or a status no move reached (a row edited in the store). Kept small: ``verify`` holds one per order.
    """

    __slots__ = ("status", "outcome", "awaiting", "awaited_subject", "problem", "relied")

    def __init__(self) -> None:
        self.status = S.DRAFT
        self.outcome: str | None = None
        self.awaiting: str | None = None  # the record the last move needs, until it follows
        self.awaited_subject = ""  # and which one ("approval:17"), where the move names it
        self.problem: str | None = None
        self.relied: list[str] = []  # the sealed records the moves rest on: each must be in the store

    def feed(self, kind: str, payload: dict[str, object], subject: str = "") -> None:
        if self.problem is not None:
            return
        if kind == MOVE:
            self._settle()
            if self.problem is None:
                self._move(payload)
        elif kind == self.awaiting and (not self.awaited_subject or subject == self.awaited_subject):
            self.awaiting = None
            if self.awaited_subject:
                self.relied.append(self.awaited_subject)
        if kind == "dispute.decided":
            self.outcome = str(payload.get("outcome") or "") or None

    def _move(self, payload: dict[str, object]) -> None:
        try:
            start, end = S(str(payload["from"])), S(str(payload["to"]))
            step = Step(str(payload["step"])) if "step" in payload else None
        except (KeyError, ValueError):
            self.problem = t("a change of its status cannot be read")
            return
        if step is None:  # written before schema 3, by the rules of then (no step named, no record awaited)
            allowed = start == self.status and end in EARLIER_MOVES.get(start, frozenset())
        elif start != self.status:
            self.problem = t(
                "its status was changed from {start}, but its records had it {status}",
                start=status_words(start),
                status=status_words(self.status),
            )
            return
        else:
            outcomes = [O(self.outcome)] if self.outcome in set(O) else [*O, None]  # older records name none
            allowed = any(_edge(start, step, outcome, end) for outcome in outcomes)
        if not allowed:
            self.problem = t(
                "its status was changed from {start} to {end} in a way the rules do not allow",
                start=status_words(start),
                end=status_words(end),
            )
            return
        self.status = end
        if step is None:
            return
        self.awaiting = MOVE_RECORD.get(step)
        key_prefix = MOVE_SUBJECT.get(step)
        named = payload.get(key_prefix[0]) if key_prefix else None
        self.awaited_subject = f"{key_prefix[1]}:{named}" if key_prefix and named is not None else ""

    def _settle(self) -> None:
        if self.awaiting is not None and self.problem is None:
            self.problem = t(
                "it was made {status} without the record that step needs", status=status_words(self.status)
            )

    def fault(self, stored: str) -> str | None:
        """Why the stored status ``stored`` is not what the records back, or None."""
        self._settle()
        if self.problem is not None:
            return self.problem
        if stored != self.status:
            return t(
                "it is {stored} in the store, but its sealed records make it {status}",
                stored=status_words(S(stored)) if stored in set(S) else stored,
                status=status_words(self.status),
            )
        return None

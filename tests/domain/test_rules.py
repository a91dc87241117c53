"""The order's state machine (domain only): every state × every step, against a table written out by hand."""

import itertools

import pytest

from printproof.domain import i18n
from printproof.domain.enums import DisputeOutcome as O
from printproof.domain.enums import OrderStatus as S
from printproof.domain.errors import UserError
from printproof.domain.rules import Step, can, follow, next_status

# What the product brief says, written out without looking at rules.EDGES.
ALLOWED = {
    (S.DRAFT, Step.ARTWORK, None): S.DRAFT,
    (S.DRAFT, Step.PROOF, None): S.PROOFING,
    (S.PROOFING, Step.ARTWORK, None): S.PROOFING,
    (S.DRAFT, Step.SPEC, None): S.DRAFT,
    (S.PROOFING, Step.SPEC, None): S.PROOFING,
    (S.PROOFING, Step.PROOF, None): S.PROOFING,
    (S.PROOFING, Step.CHANGES, None): S.PROOFING,
    (S.PROOFING, Step.APPROVAL, None): S.APPROVED,
    (S.APPROVED, Step.STATUS, None): S.IN_PRODUCTION,
    (S.IN_PRODUCTION, Step.STATUS, None): S.READY,
    (S.APPROVED, Step.VOID, None): S.PROOFING,
    (S.IN_PRODUCTION, Step.VOID, None): S.PROOFING,
    (S.APPROVED, Step.HANDOVER, None): S.PICKED_UP,
    (S.IN_PRODUCTION, Step.HANDOVER, None): S.PICKED_UP,
    (S.READY, Step.HANDOVER, None): S.PICKED_UP,
    (S.APPROVED, Step.COMPLAINT, None): S.DISPUTED,
    (S.IN_PRODUCTION, Step.COMPLAINT, None): S.DISPUTED,
    (S.READY, Step.COMPLAINT, None): S.DISPUTED,
    (S.PICKED_UP, Step.COMPLAINT, None): S.DISPUTED,
    (S.DISPUTED, Step.DECISION, None): S.RESOLVED,
}
for outcome in O:
    ALLOWED[(S.RESOLVED, Step.COMPLAINT, outcome)] = S.DISPUTED
for outcome in (O.CUSTOMER_PAYS, O.DISCOUNT, O.REFUND):
    ALLOWED[(S.RESOLVED, Step.HANDOVER, outcome)] = S.PICKED_UP
ALLOWED[(S.RESOLVED, Step.STATUS, O.REPRINT_SHOP_COST)] = S.IN_PRODUCTION
ALLOWED[(S.RESOLVED, Step.ARTWORK, O.NEW_PROOF_CUSTOMER_COST)] = S.RESOLVED
ALLOWED[(S.RESOLVED, Step.PROOF, O.NEW_PROOF_CUSTOMER_COST)] = S.PROOFING
ALLOWED[(S.RESOLVED, Step.SPEC, O.NEW_PROOF_CUSTOMER_COST)] = S.RESOLVED

SITUATIONS = [(s, None) for s in S if s != S.RESOLVED] + [(S.RESOLVED, o) for o in O]


@pytest.mark.parametrize("state,outcome", SITUATIONS)
def test_every_step_in_every_state(state, outcome):
    for step in Step:
        expected = ALLOWED.get((state, step, outcome))
        if expected is None:
            with pytest.raises(UserError) as refused:
                follow(state, step, number="2026-00007", outcome=outcome)
            sentence = str(refused.value)
            assert "\n" not in sentence and sentence.endswith(".") and sentence.count(". ") == 0, sentence
            assert not can(state, step, outcome)
        else:
            assert follow(state, step, number="2026-00007", outcome=outcome) == expected
            assert can(state, step, outcome)


@pytest.mark.parametrize("state,outcome", SITUATIONS)
def test_plain_status_moves_only_along_the_edges_without_records(state, outcome):
    for target in S:
        allowed = ALLOWED.get((state, Step.STATUS, outcome)) == target
        if allowed:
            assert follow(state, Step.STATUS, number="2026-00007", outcome=outcome, target=target) == target
        else:
            with pytest.raises(UserError):
                follow(state, Step.STATUS, number="2026-00007", outcome=outcome, target=target)
    assert next_status(state, outcome) == ALLOWED.get((state, Step.STATUS, outcome))


@pytest.mark.parametrize(
    "target,words",
    [
        (S.APPROVED, "approval of its current proof version is recorded"),
        (S.PICKED_UP, "hand-over that the customer signs"),
        (S.RESOLVED, "owner's decision"),
        (S.DISPUTED, "complaint is recorded"),
        (S.PROOFING, "new proof version or when the owner voids"),
        (S.DRAFT, "never returns to draft"),
    ],
)
def test_the_refusal_says_which_record_is_missing(target, words):
    for state in S:
        if state == target:
            continue
        with pytest.raises(UserError, match=words):
            follow(state, Step.STATUS, number="2026-00007", target=target)


def test_refusals_speak_german_in_a_german_shop():
    i18n.set_language("de")
    try:
        with pytest.raises(UserError, match="Druckdaten von 2026-00007 sind seit der Druckfreigabe gesperrt"):
            follow(S.APPROVED, Step.ARTWORK, number="2026-00007")
        with pytest.raises(UserError, match="„Nachdruck auf Kosten der Druckerei“ entschieden"):
            follow(S.RESOLVED, Step.PROOF, number="2026-00007", outcome=O.REPRINT_SHOP_COST)
    finally:
        i18n.set_language("en")


def test_the_table_has_no_edge_the_brief_does_not_name():
    from printproof.domain.rules import EDGES

    for edge in EDGES:
        outcomes = edge.outcomes or (list(O) if edge.start == S.RESOLVED else [None])
        for outcome in outcomes:
            assert ALLOWED[(edge.start, edge.step, outcome)] == edge.end
    assert len(list(itertools.product(S, Step))) == 8 * len(Step)

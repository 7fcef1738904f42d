"""The order workflow and the editing rule, as the domain enforces them."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import CrmError, OrderLockedError, TransitionError
from crmdesk.domain.i18n import language, set_language
from crmdesk.domain.orders import (
    TRANSITIONS,
    can_transition,
    check_editable,
    check_transition,
    is_editable,
    locked_reason,
)

S = OrderStatus

# Written out here, independently of TRANSITIONS: the workflow a user relies on.
ALLOWED: set[tuple[OrderStatus, OrderStatus]] = {
    (S.DRAFT, S.VALIDATED),
    (S.DRAFT, S.CANCELLED),
    (S.VALIDATED, S.DRAFT),  # reopened for changes
    (S.VALIDATED, S.PREPARED),
    (S.VALIDATED, S.CANCELLED),
    (S.PREPARED, S.SHIPPED),
    (S.PREPARED, S.CANCELLED),
    (S.SHIPPED, S.DELIVERED),
}
ALL_PAIRS = list(itertools.product(OrderStatus, OrderStatus))
REFUSED = [pair for pair in ALL_PAIRS if pair not in ALLOWED]

EDITABLE = {S.DRAFT: True, S.VALIDATED: True, S.PREPARED: False, S.SHIPPED: False, S.DELIVERED: False,
            S.CANCELLED: False}  # fmt: skip

LOCKED_REASON = {
    S.DRAFT: ("", ""),
    S.VALIDATED: ("", ""),
    S.PREPARED: ("Order already prepared", "Commande déjà préparée"),
    S.SHIPPED: ("Order already prepared", "Commande déjà préparée"),
    S.DELIVERED: ("Order already prepared", "Commande déjà préparée"),
    S.CANCELLED: ("Order cancelled", "Commande annulée"),
}

LABELS_FR = {S.DRAFT: "brouillon", S.VALIDATED: "validée", S.PREPARED: "préparée", S.SHIPPED: "expédiée",
             S.DELIVERED: "livrée", S.CANCELLED: "annulée"}  # fmt: skip


@pytest.fixture
def lang() -> Iterator[Callable[[str], None]]:
    before = language()
    yield set_language
    set_language(before)


def test_six_statuses() -> None:
    assert [s.value for s in OrderStatus] == ["draft", "validated", "prepared", "shipped", "delivered", "cancelled"]
    assert set(TRANSITIONS) == set(OrderStatus)


# --------------------------------------------------------------------------- editing rule


@pytest.mark.parametrize(("status", "editable"), EDITABLE.items())
def test_is_editable(status: OrderStatus, editable: bool) -> None:
    assert is_editable(status) is editable
    assert is_editable(status.value) is editable  # as stored in the database


@pytest.mark.parametrize(("status", "editable"), EDITABLE.items())
def test_check_editable(status: OrderStatus, editable: bool) -> None:
    if editable:
        assert check_editable(status, "CMD-2026-000123") is None
    else:
        with pytest.raises(OrderLockedError):
            check_editable(status, "CMD-2026-000123")


@pytest.mark.parametrize("status", list(OrderStatus))
def test_locked_reason(lang: Callable[[str], None], status: OrderStatus) -> None:
    en, fr = LOCKED_REASON[status]
    lang("en")
    assert locked_reason(status) == en
    assert locked_reason(status.value) == en
    lang("fr")
    assert locked_reason(status) == fr


@pytest.mark.parametrize(
    ("status", "en", "fr"),
    [
        (S.PREPARED, "Order CMD-2026-000123 can no longer be changed: order already prepared.",
         "La commande CMD-2026-000123 ne peut plus être modifiée : commande déjà préparée."),
        (S.SHIPPED, "Order CMD-2026-000123 can no longer be changed: order already prepared.",
         "La commande CMD-2026-000123 ne peut plus être modifiée : commande déjà préparée."),
        (S.DELIVERED, "Order CMD-2026-000123 can no longer be changed: order already prepared.",
         "La commande CMD-2026-000123 ne peut plus être modifiée : commande déjà préparée."),
        (S.CANCELLED, "Order CMD-2026-000123 can no longer be changed: order cancelled.",
         "La commande CMD-2026-000123 ne peut plus être modifiée : commande annulée."),
    ],
)  # fmt: skip
def test_locked_message(lang: Callable[[str], None], status: OrderStatus, en: str, fr: str) -> None:
    lang("en")
    with pytest.raises(OrderLockedError) as info:
        check_editable(status, "CMD-2026-000123")
    assert info.value.message == en
    assert str(info.value) == en
    lang("fr")
    with pytest.raises(OrderLockedError) as info:
        check_editable(status.value, "CMD-2026-000123")
    assert info.value.message == fr


def test_locked_message_without_a_number(lang: Callable[[str], None]) -> None:
    with pytest.raises(OrderLockedError) as info:
        check_editable(S.SHIPPED)
    assert info.value.message == "This order can no longer be changed: order already prepared."
    lang("fr")
    with pytest.raises(OrderLockedError) as info:
        check_editable(S.SHIPPED)
    assert info.value.message == "Cette commande ne peut plus être modifiée : commande déjà préparée."


def test_errors_are_shown_to_users() -> None:
    assert issubclass(OrderLockedError, CrmError)
    assert issubclass(TransitionError, CrmError)


# --------------------------------------------------------------------------- transitions


def test_transition_table_matches_the_workflow() -> None:
    table = {(current, target) for current, targets in TRANSITIONS.items() for target in targets}
    assert table == ALLOWED


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transition(current: OrderStatus, target: OrderStatus) -> None:
    assert can_transition(current, target) is True
    assert can_transition(current.value, target.value) is True
    assert check_transition(current, target) is None
    assert check_transition(current.value, target.value) is None


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_refused_transition(current: OrderStatus, target: OrderStatus) -> None:
    assert can_transition(current, target) is False
    assert can_transition(current.value, target.value) is False
    with pytest.raises(TransitionError):
        check_transition(current, target)
    with pytest.raises(TransitionError):
        check_transition(current.value, target.value)


def test_every_pair_is_covered() -> None:
    assert len(ALLOWED) + len(REFUSED) == len(ALL_PAIRS) == 36
    assert len(ALLOWED) == 8


@pytest.mark.parametrize("status", list(OrderStatus))
def test_no_transition_to_itself(status: OrderStatus) -> None:
    assert not can_transition(status, status)


@pytest.mark.parametrize("status", [S.DELIVERED, S.CANCELLED])
def test_final_statuses_go_nowhere(status: OrderStatus) -> None:
    assert not any(can_transition(status, target) for target in OrderStatus)


def reachable(start: OrderStatus) -> set[OrderStatus]:
    """Every status an order in `start` can reach through one or more transitions."""
    seen: set[OrderStatus] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        for target in OrderStatus:
            if can_transition(current, target) and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


@pytest.mark.parametrize("status", [S.PREPARED, S.SHIPPED, S.DELIVERED, S.CANCELLED])
def test_a_locked_order_never_becomes_editable_again(status: OrderStatus) -> None:
    assert not any(is_editable(s) for s in reachable(status))


def test_every_status_is_reachable_from_draft() -> None:
    assert reachable(S.DRAFT) == set(OrderStatus)


@pytest.mark.parametrize(
    ("current", "target", "en", "fr"),
    [
        (S.DELIVERED, S.DRAFT, "An order that is delivered cannot become draft.",
         "Une commande « livrée » ne peut pas passer à « brouillon »."),
        (S.DRAFT, S.SHIPPED, "An order that is draft cannot become shipped.",
         "Une commande « brouillon » ne peut pas passer à « expédiée »."),
        (S.SHIPPED, S.CANCELLED, "An order that is shipped cannot become cancelled.",
         "Une commande « expédiée » ne peut pas passer à « annulée »."),
        (S.PREPARED, S.VALIDATED, "An order that is prepared cannot become validated.",
         "Une commande « préparée » ne peut pas passer à « validée »."),
    ],
)  # fmt: skip
def test_transition_message(
    lang: Callable[[str], None], current: OrderStatus, target: OrderStatus, en: str, fr: str
) -> None:
    lang("en")
    with pytest.raises(TransitionError) as info:
        check_transition(current, target)
    assert info.value.message == en
    lang("fr")
    with pytest.raises(TransitionError) as info:
        check_transition(current, target)
    assert info.value.message == fr


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_every_refusal_names_both_statuses_in_french(
    lang: Callable[[str], None], current: OrderStatus, target: OrderStatus
) -> None:
    lang("fr")
    with pytest.raises(TransitionError) as info:
        check_transition(current, target)
    assert f"« {LABELS_FR[current]} »" in info.value.message
    assert f"« {LABELS_FR[target]} »" in info.value.message


@pytest.mark.parametrize("bad", ["", "DRAFT", "archived", "brouillon"])
def test_unknown_status_is_an_error(bad: str) -> None:
    with pytest.raises(ValueError):
        is_editable(bad)
    with pytest.raises(ValueError):
        can_transition(S.DRAFT, bad)

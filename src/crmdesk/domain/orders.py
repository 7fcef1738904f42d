"""Order workflow and the editing rule."""

from __future__ import annotations

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.errors import OrderLockedError, TransitionError
from crmdesk.domain.i18n import t

EDITABLE_STATUSES = frozenset({OrderStatus.DRAFT, OrderStatus.VALIDATED})
FINAL_STATUSES = frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED})

TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.DRAFT: frozenset({OrderStatus.VALIDATED, OrderStatus.CANCELLED}),
    OrderStatus.VALIDATED: frozenset({OrderStatus.DRAFT, OrderStatus.PREPARED, OrderStatus.CANCELLED}),
    OrderStatus.PREPARED: frozenset({OrderStatus.SHIPPED, OrderStatus.CANCELLED}),
    OrderStatus.SHIPPED: frozenset({OrderStatus.DELIVERED}),
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

# Transitions that cannot be taken back: the UI asks for confirmation.
IRREVERSIBLE = frozenset({OrderStatus.PREPARED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED})


def is_editable(status: OrderStatus | str) -> bool:
    return OrderStatus(status) in EDITABLE_STATUSES


def can_transition(current: OrderStatus | str, target: OrderStatus | str) -> bool:
    return OrderStatus(target) in TRANSITIONS[OrderStatus(current)]


def locked_reason(status: OrderStatus | str) -> str:
    """Why an order in this status cannot be edited ('' when it can)."""
    status = OrderStatus(status)
    if status in EDITABLE_STATUSES:
        return ""
    if status is OrderStatus.CANCELLED:
        return t("Order cancelled", "Commande annulée")
    return t("Order already prepared", "Commande déjà préparée")


def check_editable(status: OrderStatus | str, number: str = "") -> None:
    if not is_editable(status):
        reason = locked_reason(status).lower()
        if not number:
            raise OrderLockedError(
                t(
                    "This order can no longer be changed: {reason}.",
                    "Cette commande ne peut plus être modifiée : {reason}.",
                    reason=reason,
                )
            )
        raise OrderLockedError(
            t(
                "Order {number} can no longer be changed: {reason}.",
                "La commande {number} ne peut plus être modifiée : {reason}.",
                number=number,
                reason=reason,
            )
        )


def check_transition(current: OrderStatus | str, target: OrderStatus | str) -> None:
    if not can_transition(current, target):
        raise TransitionError(
            t(
                "An order that is {current} cannot become {target}.",
                "Une commande « {current} » ne peut pas passer à « {target} ».",
                current=OrderStatus(current).label.lower(),
                target=OrderStatus(target).label.lower(),
            )
        )

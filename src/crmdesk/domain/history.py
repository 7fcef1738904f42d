"""How a history entry is worded: what was changed (the field's label), the kind of change, the values."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum

from crmdesk.domain.contacts import ContactRole
from crmdesk.domain.credit import CreditControl
from crmdesk.domain.enums import AddressUsage, CustomerKind, OrderStatus, VatRegime
from crmdesk.domain.fields import ADDRESS_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.domain.numbers import format_money

SENSITIVE_FIELDS = frozenset({"iban", "bic"})


class NoteKind(StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            NoteKind.CALL: translate("domain.history", "Call"),
            NoteKind.MEETING: translate("domain.history", "Meeting"),
            NoteKind.EMAIL: translate("domain.history", "Email"),
            NoteKind.OTHER: translate("domain.history", "Other"),
        }[self]

_EXTRA = {
    "active": (QT_TRANSLATE_NOOP("domain.history", "Active")),
    "role": (QT_TRANSLATE_NOOP("domain.history", "Role")),
    "is_main": (QT_TRANSLATE_NOOP("domain.history", "Main contact")),
    "categories": (QT_TRANSLATE_NOOP("domain.history", "Categories")),
    "is_default_billing": (QT_TRANSLATE_NOOP("domain.history", "Default billing address")),
    "is_default_delivery": (QT_TRANSLATE_NOOP("domain.history", "Default delivery address")),
    "status": (QT_TRANSLATE_NOOP("domain.history", "Status")),
    "lines": (QT_TRANSLATE_NOOP("domain.history", "Lines")),
    "order_date": (QT_TRANSLATE_NOOP("domain.history", "Order date")),
    "total_excl_tax": (QT_TRANSLATE_NOOP("domain.history", "Total excl. tax")),
    "total_incl_tax": (QT_TRANSLATE_NOOP("domain.history", "Total incl. tax")),
    "payment_method_id": (QT_TRANSLATE_NOOP("domain.history", "Payment method")),
    "preferred_payment_method_id": (QT_TRANSLATE_NOOP("domain.history", "Preferred payment method")),
    "payment_terms_id": (QT_TRANSLATE_NOOP("domain.history", "Payment terms")),
    "carrier_id": (QT_TRANSLATE_NOOP("domain.history", "Carrier")),
    "default_carrier_id": (QT_TRANSLATE_NOOP("domain.history", "Default carrier")),
    "credit_limit": (QT_TRANSLATE_NOOP("domain.history", "Credit limit")),
}

ENTITIES = ("customer", "address", "contact", "order", "note")


def entity_label(entity: str) -> str:
    return {
        "customer": translate("domain.history", "Customer"),
        "address": translate("domain.history", "Address"),
        "contact": translate("domain.history", "Contact"),
        "order": translate("domain.history", "Order"),
        "note": translate("domain.history", "Note"),
    }.get(entity, entity)


def field_label(entity: str, field: str) -> str:
    if not field:
        return ""
    if field in _EXTRA:
        return translate("domain.history", _EXTRA[field])
    if entity == "address" and field in ADDRESS_FIELDS:
        return ADDRESS_FIELDS[field].label
    if entity == "order" and field in ORDER_FIELDS:
        return ORDER_FIELDS[field].label
    if field.startswith(("billing_", "delivery_")):
        where, _, part = field.partition("_")
        rule = ADDRESS_FIELDS.get(part)
        prefix = translate("domain.history", "Billing") if where == "billing" else translate("domain.history", "Delivery")
        return f"{prefix} — {rule.label if rule else part}"
    rule = CUSTOMER_FIELDS.get(field)
    return rule.label if rule else field


def action_label(action: str) -> str:
    return {
        "create": translate("domain.history", "Created"),
        "update": translate("domain.history", "Changed"),
        "delete": translate("domain.history", "Deleted"),
        "pseudonymised": translate("domain.history", "Pseudonymised (GDPR)"),
        "status": translate("domain.history", "Status changed"),
        "credit_refused": translate("domain.history", "Refused: credit limit"),
        "credit_override": translate("domain.history", "Credit limit overridden"),
        "credit_confirmed": translate("domain.history", "Over the credit limit, confirmed"),
        "call": translate("domain.history", "Call"),
        "meeting": translate("domain.history", "Meeting"),
        "email": translate("domain.history", "Email"),
        "other": translate("domain.history", "Note"),
    }.get(action, action)


MONEY_FIELDS = frozenset({"total_excl_tax", "total_incl_tax", "credit_limit", "franco_threshold",
                          "minimum_order_amount"})


def value_text(field: str, value: str) -> str:
    """A stored value as the user reads it: labels for closed lists, yes/no for flags, amounts as money."""
    if field in MONEY_FIELDS and value:
        try:
            return format_money(Decimal(value))
        except (InvalidOperation, TypeError):
            return value
    if value in ("true", "false") and field in {"active", "is_main", "is_default_billing", "is_default_delivery"}:
        return translate("domain.history", "yes") if value == "true" else translate("domain.history", "no")
    lists: dict[str, type] = {"status": OrderStatus, "role": ContactRole, "credit_control": CreditControl,
                              "kind": CustomerKind, "usage": AddressUsage, "vat_regime": VatRegime}
    kind = lists.get(field)
    if kind is not None and value:
        try:
            return str(kind(value).label)
        except ValueError:
            return value
    return value

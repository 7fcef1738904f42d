"""How a history entry is worded: what was changed (the field's label), the kind of change, the values."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum

from crmdesk.domain.contacts import ContactRole
from crmdesk.domain.credit import CreditControl
from crmdesk.domain.enums import AddressUsage, CustomerKind, OrderStatus, VatRegime
from crmdesk.domain.fields import ADDRESS_FIELDS, CUSTOMER_FIELDS, ORDER_FIELDS
from crmdesk.domain.i18n import t
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
            NoteKind.CALL: t("Call", "Appel"),
            NoteKind.MEETING: t("Meeting", "Rendez-vous"),
            NoteKind.EMAIL: t("Email", "E-mail"),
            NoteKind.OTHER: t("Other", "Autre"),
        }[self]

_EXTRA = {
    "active": ("Active", "Actif"),
    "role": ("Role", "Rôle"),
    "is_main": ("Main contact", "Contact principal"),
    "is_default_billing": ("Default billing address", "Adresse de facturation par défaut"),
    "is_default_delivery": ("Default delivery address", "Adresse de livraison par défaut"),
    "status": ("Status", "Statut"),
    "lines": ("Lines", "Lignes"),
    "order_date": ("Order date", "Date de commande"),
    "total_excl_tax": ("Total excl. tax", "Total HT"),
    "total_incl_tax": ("Total incl. tax", "Total TTC"),
    "payment_method_id": ("Payment method", "Mode de paiement"),
    "preferred_payment_method_id": ("Preferred payment method", "Mode de paiement privilégié"),
    "payment_terms_id": ("Payment terms", "Conditions de paiement"),
    "carrier_id": ("Carrier", "Transporteur"),
    "default_carrier_id": ("Default carrier", "Transporteur par défaut"),
    "credit_limit": ("Credit limit", "Encours autorisé"),
}

ENTITIES = ("customer", "address", "contact", "order", "note")


def entity_label(entity: str) -> str:
    return {
        "customer": t("Customer", "Client"),
        "address": t("Address", "Adresse"),
        "contact": t("Contact", "Contact"),
        "order": t("Order", "Commande"),
        "note": t("Note", "Note"),
    }.get(entity, entity)


def field_label(entity: str, field: str) -> str:
    if not field:
        return ""
    if field in _EXTRA:
        return t(*_EXTRA[field])
    if entity == "address" and field in ADDRESS_FIELDS:
        return ADDRESS_FIELDS[field].label
    if entity == "order" and field in ORDER_FIELDS:
        return ORDER_FIELDS[field].label
    if field.startswith(("billing_", "delivery_")):
        where, _, part = field.partition("_")
        rule = ADDRESS_FIELDS.get(part)
        prefix = t("Billing", "Facturation") if where == "billing" else t("Delivery", "Livraison")
        return f"{prefix} — {rule.label if rule else part}"
    rule = CUSTOMER_FIELDS.get(field)
    return rule.label if rule else field


def action_label(action: str) -> str:
    return {
        "create": t("Created", "Création"),
        "update": t("Changed", "Modification"),
        "delete": t("Deleted", "Suppression"),
        "pseudonymised": t("Pseudonymised (GDPR)", "Pseudonymisé (RGPD)"),
        "status": t("Status changed", "Changement de statut"),
        "credit_refused": t("Refused: credit limit", "Refusée : encours dépassé"),
        "credit_override": t("Credit limit overridden", "Encours dépassé : forcé"),
        "credit_confirmed": t("Over the credit limit, confirmed", "Encours dépassé : confirmé"),
        "call": t("Call", "Appel"),
        "meeting": t("Meeting", "Rendez-vous"),
        "email": t("Email", "E-mail"),
        "other": t("Note", "Note"),
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
        return t("yes", "oui") if value == "true" else t("no", "non")
    lists: dict[str, type] = {"status": OrderStatus, "role": ContactRole, "credit_control": CreditControl,
                              "kind": CustomerKind, "usage": AddressUsage, "vat_regime": VatRegime}
    kind = lists.get(field)
    if kind is not None and value:
        try:
            return str(kind(value).label)
        except ValueError:
            return value
    return value

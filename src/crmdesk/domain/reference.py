"""Rules of the reference lists the user extends: payment methods, payment terms, carriers.

One definition for every path that adds or renames an entry (the reference lists dialog through
ReferenceService, CatalogService's quick additions, an import): the fields, the duplicate-label rule, the
days of payment terms and the legal caps on them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.fields import FieldRule
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.domain.text import check_storable
from crmdesk.domain.validation import check_length, clean_text, fold

MAX_DAYS = 365
# French law (Code de commerce, art. L441-10) caps payment terms between businesses at 60 days after the
# invoice, or 45 days end of month: longer terms are allowed by the program but flagged.
LEGAL_MAX_DAYS = 60
LEGAL_MAX_DAYS_END_OF_MONTH = 45

REFERENCE_FIELDS: dict[str, FieldRule] = {
    "label": FieldRule(QT_TRANSLATE_NOOP("fields", "Label"), 100, True),
    "label_en": FieldRule(QT_TRANSLATE_NOOP("fields", "English label"), 100),
    "days": FieldRule(QT_TRANSLATE_NOOP("fields", "Days")),
}


class ReferenceKind(StrEnum):
    PAYMENT_METHOD = "payment_method"
    PAYMENT_TERMS = "payment_terms"
    CARRIER = "carrier"

    @property
    def has_english_label(self) -> bool:
        return self is not ReferenceKind.CARRIER

    @property
    def has_days(self) -> bool:
        return self is ReferenceKind.PAYMENT_TERMS


@dataclass(frozen=True)
class CleanEntry:
    label: str
    label_en: str
    days: int | None


@dataclass(frozen=True)
class ExistingEntry:
    """Another entry of the same list, as the duplicate rule sees it."""

    label: str
    label_en: str = ""
    active: bool = True


def exceeds_legal_terms(days: int | None, end_of_month: bool) -> bool:
    """Whether payment terms go beyond what French law allows between businesses (60 days, 45 end of month)."""
    if days is None:
        return False
    return days > (LEGAL_MAX_DAYS_END_OF_MONTH if end_of_month else LEGAL_MAX_DAYS)


def proposed_terms_labels(days: int, end_of_month: bool) -> tuple[str, str]:
    """The usual French and English wording of payment terms ("30 jours fin de mois", "30 days end of month").

    These are stored data in both languages (what customers and invoices read), not interface texts.
    """
    if days == 0 and not end_of_month:
        return "À réception", "On receipt"
    if end_of_month:
        return f"{days} jours fin de mois", f"{days} days end of month"
    return f"{days} jours", f"{days} days"


def _duplicate_message(label: str, active: bool) -> str:
    if active:
        return translate("domain.reference", "“{label}” is already in the list.").format(label=label)
    return translate("domain.reference", "“{label}” is already in the list, deactivated: reactivate it instead.").format(label=label)


def check_entry(kind: ReferenceKind, label: str, label_en: str, days: int | None,
                others: Iterable[ExistingEntry]) -> CleanEntry:
    """The cleaned values of an entry, or ValidationErrors naming each refused field (in form order).

    No two entries of a list may read the same in the combos, in French (label) or in English (label_en,
    or the French label when there is none), whatever their case and accents.
    """
    errors: dict[str, str] = {}
    clean_label = clean_text(label)
    clean_en = clean_text(label_en) if kind.has_english_label else ""
    for field, value in (("label", clean_label), ("label_en", clean_en)):
        try:
            check_storable(field, REFERENCE_FIELDS[field].label, value)
            check_length(field, value, REFERENCE_FIELDS[field])
        except FieldError as exc:
            errors[field] = exc.message
    if not clean_label:
        errors["label"] = translate("domain.reference", "The label is required.")
    else:
        shown_en = fold(clean_en or clean_label)
        for other in others:
            if fold(other.label) == fold(clean_label):
                errors.setdefault("label", _duplicate_message(other.label, other.active))
            elif kind.has_english_label and fold(other.label_en or other.label) == shown_en:
                errors.setdefault("label_en" if clean_en else "label",
                                  _duplicate_message(other.label_en or other.label, other.active))
    if kind.has_days:
        if days is None:
            errors["days"] = translate("domain.reference", "Type the number of days (0 for payment on receipt).")
        elif isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            errors["days"] = translate("domain.reference", "The number of days must be between 0 and {n}.").format(n=MAX_DAYS)
    if errors:
        order = list(REFERENCE_FIELDS)
        raise ValidationErrors(FieldError(field, errors[field]) for field in sorted(errors, key=order.index))
    return CleanEntry(clean_label, clean_en, days)

"""Maintenance of the reference lists the user extends: payment methods, payment terms, carriers.

`CatalogService` reads these lists for the forms' combos (active entries only unless asked); this service is
the one that edits them: add, rename, reorder, deactivate and reactivate, and delete an entry nothing uses.

An entry that a customer or an order refers to is never deleted: it is deactivated instead, so it is no
longer offered for new customers and orders while those that use it keep it (the combos show it, marked
inactive, for them). One session per call; plain records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.domain.errors import DeleteRefusedError, NotFoundError
from crmdesk.domain.i18n import language, translate
from crmdesk.domain.reference import (  # noqa: F401  (MAX_DAYS, REFERENCE_FIELDS: the GUI reads them here)
    MAX_DAYS,
    REFERENCE_FIELDS,
    CleanEntry,
    ExistingEntry,
    ReferenceKind,
    check_entry,
    exceeds_legal_terms,
)
from crmdesk.domain.validation import fold
from crmdesk.store.database import Database
from crmdesk.store.models import Carrier, Customer, PaymentMethod, PaymentTerms, SalesOrder

# Any: the three mapped classes share these columns, which mypy cannot see through their union.
_MODELS: dict[ReferenceKind, Any] = {
    ReferenceKind.PAYMENT_METHOD: PaymentMethod,
    ReferenceKind.PAYMENT_TERMS: PaymentTerms,
    ReferenceKind.CARRIER: Carrier,
}

# The columns of customers and orders that refer to each kind of entry.
_USED_BY = {
    ReferenceKind.PAYMENT_METHOD: (Customer.preferred_payment_method_id, SalesOrder.payment_method_id),
    ReferenceKind.PAYMENT_TERMS: (Customer.payment_terms_id, SalesOrder.payment_terms_id),
    ReferenceKind.CARRIER: (Customer.default_carrier_id, SalesOrder.carrier_id),
}


@dataclass(frozen=True)
class ReferenceEntry:
    """One entry of a reference list as stored: both labels, and the terms' days (None for other kinds)."""

    id: int
    code: str
    label: str
    label_en: str = ""
    active: bool = True
    position: int = 0
    days: int | None = None
    end_of_month: bool | None = None

    @property
    def over_legal_cap(self) -> bool:
        """Payment terms longer than French law allows between businesses (flagged, not refused)."""
        return exceeds_legal_terms(self.days, bool(self.end_of_month))

    @property
    def display_label(self) -> str:
        """The label in the user's language, as CatalogService gives it (French when no English one)."""
        return (self.label_en or self.label) if language() == "en" else self.label


@dataclass(frozen=True)
class ReferenceUsage:
    """How many customers and orders refer to an entry."""

    customers: int
    orders: int

    @property
    def used(self) -> bool:
        return bool(self.customers or self.orders)


def _entry(kind: ReferenceKind, row: Any) -> ReferenceEntry:
    if isinstance(row, PaymentTerms):
        return ReferenceEntry(row.id, row.code, row.label, row.label_en or "", bool(row.active), row.position,
                              int(row.days), bool(row.end_of_month))
    label_en = row.label_en or "" if isinstance(row, PaymentMethod) else ""
    return ReferenceEntry(row.id, row.code, row.label, label_en, bool(row.active), row.position)


def _code_stem(label: str) -> str:
    stem = re.sub(r"[^a-z0-9]+", "-", fold(label)).strip("-")
    return stem[:20] or "entry"


class ReferenceService:
    """Add, rename, reorder, deactivate and delete entries of the reference lists."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading -----------------------------------------------------------------------------------
    def entries(self, kind: ReferenceKind) -> list[ReferenceEntry]:
        """Every entry of the list, inactive ones included, in the order the combos show them."""
        model = _MODELS[kind]
        with self.db.read() as s:
            rows = s.scalars(select(model).order_by(model.position, model.id))
            return [_entry(kind, row) for row in rows]

    def entry(self, kind: ReferenceKind, entry_id: int) -> ReferenceEntry:
        with self.db.read() as s:
            row = s.get(_MODELS[kind], entry_id)
            if row is None:
                raise self._not_found()
            return _entry(kind, row)

    def usage(self, kind: ReferenceKind, entry_id: int) -> ReferenceUsage:
        """How many customers and orders use the entry (to explain why it can only be deactivated)."""
        customer_column, order_column = _USED_BY[kind]
        with self.db.read() as s:
            customers = s.scalar(select(func.count()).where(customer_column == entry_id)) or 0
            orders = s.scalar(select(func.count()).where(order_column == entry_id)) or 0
        return ReferenceUsage(int(customers), int(orders))

    # ---- writing -----------------------------------------------------------------------------------
    def add(self, kind: ReferenceKind, label: str, label_en: str = "", days: int | None = None,
            end_of_month: bool = False) -> ReferenceEntry:
        """A new active entry at the end of the list, with a code made from its label."""
        model = _MODELS[kind]
        with self.db.session() as s:
            clean = self._validate(s, kind, None, label, label_en, days)
            code = stem = _code_stem(clean.label)
            n = 1
            while s.scalar(select(model.id).where(model.code == code)) is not None:
                n += 1
                suffix = f"-{n}"
                code = stem[:20 - len(suffix)] + suffix
            position = (s.scalar(select(func.max(model.position))) or 0) + 1
            row = model(code=code, label=clean.label, position=position, active=True)
            if kind.has_english_label:
                row.label_en = clean.label_en
            if kind.has_days:
                row.days = clean.days
                row.end_of_month = bool(end_of_month)
            s.add(row)
            s.flush()
            return _entry(kind, row)

    def rename(self, kind: ReferenceKind, entry_id: int, label: str, label_en: str = "",
               days: int | None = None, end_of_month: bool = False) -> ReferenceEntry:
        """Change the labels (and the terms' days and end-of-month rule). The code stays: it is the key
        imports and exports use. Customers and orders that use the entry show the new label."""
        model = _MODELS[kind]
        with self.db.session() as s:
            row = s.get(model, entry_id)
            if row is None:
                raise self._not_found()
            clean = self._validate(s, kind, entry_id, label, label_en, days)
            row.label = clean.label
            if kind.has_english_label:
                row.label_en = clean.label_en
            if kind.has_days:
                row.days = clean.days
                row.end_of_month = bool(end_of_month)
            s.flush()
            return _entry(kind, row)

    def set_active(self, kind: ReferenceKind, entry_id: int, active: bool) -> ReferenceEntry:
        """Deactivate (no longer offered for new customers and orders; those using it keep it) or reactivate."""
        with self.db.session() as s:
            row = s.get(_MODELS[kind], entry_id)
            if row is None:
                raise self._not_found()
            row.active = active
            s.flush()
            return _entry(kind, row)

    def move(self, kind: ReferenceKind, entry_id: int, offset: int) -> list[ReferenceEntry]:
        """Move the entry `offset` places (-1 up, +1 down) in the list; returns the list in its new order.

        Positions are renumbered 1..n on the way, so entries added with equal positions get a stable order.
        Moving past either end leaves the entry there.
        """
        model = _MODELS[kind]
        with self.db.session() as s:
            rows = list(s.scalars(select(model).order_by(model.position, model.id).with_for_update()))
            index = next((i for i, row in enumerate(rows) if row.id == entry_id), None)
            if index is None:
                raise self._not_found()
            target = min(max(index + offset, 0), len(rows) - 1)
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows, start=1):
                if row.position != position:
                    row.position = position
            s.flush()
            return [_entry(kind, row) for row in rows]

    def delete(self, kind: ReferenceKind, entry_id: int) -> None:
        """Delete an entry that no customer and no order uses; refused (DeleteRefusedError) otherwise."""
        model = _MODELS[kind]
        customer_column, order_column = _USED_BY[kind]
        with self.db.session() as s:
            row = s.get(model, entry_id, with_for_update=True)
            if row is None:
                raise self._not_found()
            label = _entry(kind, row).display_label
            used = (s.scalar(select(customer_column).where(customer_column == entry_id).limit(1)) is not None
                    or s.scalar(select(order_column).where(order_column == entry_id).limit(1)) is not None)
            if used:
                raise DeleteRefusedError(translate("services.reference", "“{label}” is used by customers or orders, so it cannot be deleted: deactivate it instead. "
                    "It will no longer be offered, and the customers and orders that use it keep it.").format(label=label))
            s.delete(row)
            try:
                s.flush()
            except IntegrityError:
                # A customer or order saved with it meanwhile: the foreign keys refuse the delete.
                raise DeleteRefusedError(translate("services.reference", "“{label}” is now used by a customer or an order: deactivate it instead.").format(label=label)) from None

    # ---- rules -------------------------------------------------------------------------------------
    @staticmethod
    def _validate(s: Session, kind: ReferenceKind, entry_id: int | None, label: str, label_en: str,
                  days: int | None) -> CleanEntry:
        """The domain's rule (crmdesk.domain.reference.check_entry) against the list's other entries."""
        model = _MODELS[kind]
        others = [ExistingEntry(row.label, (row.label_en or "") if kind.has_english_label else "", bool(row.active))
                  for row in s.scalars(select(model).where(model.id != entry_id))]
        return check_entry(kind, label, label_en, days, others)

    @staticmethod
    def _not_found() -> NotFoundError:
        return NotFoundError(translate("services.reference", "This entry no longer exists (deleted by someone else?)."))

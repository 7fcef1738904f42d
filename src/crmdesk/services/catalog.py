"""Reference lists (payment methods, terms, carriers) and the product catalogue."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, or_, select

from crmdesk.domain.catalog import validate_product
from crmdesk.domain.errors import FieldError, NotFoundError, ValidationErrors
from crmdesk.domain.i18n import language, translate
from crmdesk.domain.records import ProductData, RefItem
from crmdesk.domain.validation import fold
from crmdesk.services.reference import ReferenceKind, ReferenceService
from crmdesk.store.database import Database
from crmdesk.store.models import Carrier, PaymentMethod, PaymentTerms, Product


def _product(p: Product) -> ProductData:
    return ProductData(p.id, p.reference, p.name, p.ean, p.unit_price, p.vat_rate, p.active, p.nature)


class CatalogService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def payment_methods(self, include_inactive: bool = False) -> list[RefItem]:
        stmt = select(PaymentMethod).order_by(PaymentMethod.position, PaymentMethod.id)
        if not include_inactive:
            stmt = stmt.where(PaymentMethod.active.is_(True))
        en = language() == "en"
        with self.db.read() as s:
            return [RefItem(p.id, p.code, (p.label_en or p.label) if en else p.label, p.active)
                    for p in s.scalars(stmt)]

    def payment_terms(self, include_inactive: bool = False) -> list[RefItem]:
        stmt = select(PaymentTerms).order_by(PaymentTerms.position, PaymentTerms.id)
        if not include_inactive:
            stmt = stmt.where(PaymentTerms.active.is_(True))
        en = language() == "en"
        with self.db.read() as s:
            return [RefItem(p.id, p.code, (p.label_en or p.label) if en else p.label, p.active, p.days)
                    for p in s.scalars(stmt)]

    def carriers(self, include_inactive: bool = False) -> list[RefItem]:
        stmt = select(Carrier).order_by(Carrier.position, Carrier.id)
        if not include_inactive:
            stmt = stmt.where(Carrier.active.is_(True))
        with self.db.read() as s:
            return [RefItem(c.id, c.code, c.label, c.active) for c in s.scalars(stmt)]

    # Quick additions go through ReferenceService: one rule (crmdesk.domain.reference) for codes and duplicates.
    def add_payment_method(self, label: str, label_en: str = "") -> RefItem:
        return self._add_ref(ReferenceKind.PAYMENT_METHOD, label, label_en)

    def add_payment_terms(self, label: str, days: int, end_of_month: bool = False) -> RefItem:
        return self._add_ref(ReferenceKind.PAYMENT_TERMS, label, days=days, end_of_month=end_of_month)

    def add_carrier(self, label: str) -> RefItem:
        return self._add_ref(ReferenceKind.CARRIER, label)

    def _add_ref(self, kind: ReferenceKind, label: str, label_en: str = "", days: int | None = None,
                 end_of_month: bool = False) -> RefItem:
        entry = ReferenceService(self.db).add(kind, label, label_en, days, end_of_month)
        return RefItem(entry.id, entry.code, entry.label, entry.active, entry.days)

    # ---- products ------------------------------------------------------
    def _product_filter(self, stmt: Select[Any], text_: str, include_inactive: bool) -> Select[Any]:
        if not include_inactive:
            stmt = stmt.where(Product.active.is_(True))
        text_ = fold(text_.strip())
        if text_:
            escaped = text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = stmt.where(or_(Product.search_text.like(f"%{escaped}%", escape="\\"), Product.ean == text_))
        return stmt

    def count_products(self, text_: str = "", include_inactive: bool = False) -> int:
        stmt = self._product_filter(select(func.count()).select_from(Product), text_, include_inactive)
        with self.db.read() as s:
            return int(s.scalar(stmt) or 0)

    def products(self, text_: str = "", include_inactive: bool = False, offset: int = 0,
                 limit: int = 100) -> list[ProductData]:
        stmt = self._product_filter(select(Product), text_, include_inactive).order_by(Product.reference)
        with self.db.read() as s:
            return [_product(p) for p in s.scalars(stmt.offset(offset).limit(limit))]

    def product(self, product_id: int) -> ProductData:
        with self.db.read() as s:
            p = s.get(Product, product_id)
            if p is None:
                raise NotFoundError(translate("services.catalog", "This product no longer exists."))
            return _product(p)

    def save_product(self, data: ProductData) -> ProductData:
        clean = validate_product(data)
        with self.db.session() as s:
            clash = select(Product.id).where(Product.reference == clean.reference)
            if clean.id is not None:
                clash = clash.where(Product.id != clean.id)
            if s.scalar(clash) is not None:
                raise ValidationErrors([FieldError("reference", translate("services.catalog", "Reference {r} is already used.").format(r=clean.reference))])
            p = s.get(Product, clean.id) if clean.id is not None else Product()
            if p is None:
                raise NotFoundError(translate("services.catalog", "This product no longer exists."))
            p.reference, p.name, p.ean = clean.reference, clean.name, clean.ean
            p.unit_price, p.vat_rate, p.active = clean.unit_price, clean.vat_rate, clean.active
            p.nature = clean.nature
            p.search_text = fold(f"{clean.reference} {clean.name} {clean.ean}")
            s.add(p)
            s.flush()
            return _product(p)

    def set_product_active(self, product_id: int, active: bool) -> None:
        with self.db.session() as s:
            p = s.get(Product, product_id)
            if p is not None:
                p.active = active

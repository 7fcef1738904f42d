"""Reference lists (payment methods, terms, carriers) and the product catalogue."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, or_, select

from crmdesk.domain.errors import FieldError, NotFoundError, ValidationErrors
from crmdesk.domain.fields import PRODUCT_FIELDS
from crmdesk.domain.i18n import language, t
from crmdesk.domain.records import ProductData, RefItem
from crmdesk.domain.validation import check_length, clean_text, fold
from crmdesk.store.database import Database
from crmdesk.store.models import Carrier, PaymentMethod, PaymentTerms, Product


def _product(p: Product) -> ProductData:
    return ProductData(p.id, p.reference, p.name, p.ean, p.unit_price, p.vat_rate, p.active)


def validate_product(data: ProductData) -> ProductData:
    errors: list[FieldError] = []
    reference, name, ean = clean_text(data.reference), clean_text(data.name), clean_text(data.ean)
    for field, value in (("reference", reference), ("name", name), ("ean", ean)):
        rule = PRODUCT_FIELDS[field]
        if rule.required and not value:
            errors.append(FieldError(field, t("{label} is required.", "{label} est obligatoire.", label=rule.label)))
        try:
            check_length(field, value, rule)
        except FieldError as exc:
            errors.append(exc)
    if ean:
        from stdnum import ean as std_ean
        from stdnum.exceptions import ValidationError

        try:
            ean = str(std_ean.validate(ean))
        except ValidationError:
            errors.append(FieldError("ean", t("EAN barcode {v} is not valid (8 or 13 digits with their check digit).",
                                              "Le code EAN {v} n'est pas valide (8 ou 13 chiffres avec la clé).",
                                              v=ean)))
    if data.unit_price < 0:
        errors.append(FieldError("unit_price", t("The price cannot be negative.", "Le prix ne peut pas être négatif.")))
    if not (Decimal(0) <= data.vat_rate <= Decimal(100)):
        errors.append(FieldError("vat_rate", t("The VAT rate must be between 0 and 100 %.",
                                               "Le taux de TVA doit être compris entre 0 et 100 %.")))
    if errors:
        raise ValidationErrors(errors)
    return ProductData(data.id, reference, name, ean, data.unit_price, data.vat_rate, data.active)


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

    def add_payment_method(self, label: str, label_en: str = "") -> RefItem:
        return self._add_ref(PaymentMethod, label, label_en=label_en)

    def add_payment_terms(self, label: str, days: int, end_of_month: bool = False) -> RefItem:
        return self._add_ref(PaymentTerms, label, days=days, end_of_month=end_of_month)

    def add_carrier(self, label: str) -> RefItem:
        return self._add_ref(Carrier, label)

    def _add_ref(self, model, label: str, **extra) -> RefItem:  # type: ignore[no-untyped-def]
        label = clean_text(label)
        if not label:
            raise ValidationErrors([FieldError("label", t("The label is required.", "Le libellé est obligatoire."))])
        with self.db.session() as s:
            code = fold(label).replace(" ", "-")[:20]
            base, n = code, 1
            while s.scalar(select(model.id).where(model.code == code)) is not None:
                n += 1
                code = f"{base[:17]}-{n}"
            position = (s.scalar(select(func.max(model.position))) or 0) + 1
            row = model(code=code, label=label, position=position, active=True, **extra)
            s.add(row)
            s.flush()
            return RefItem(row.id, row.code, row.label, True, extra.get("days"))

    # ---- products ------------------------------------------------------
    def _product_filter(self, stmt, text_: str, include_inactive: bool):  # type: ignore[no-untyped-def]
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
                raise NotFoundError(t("This product no longer exists.", "Ce produit n'existe plus."))
            return _product(p)

    def save_product(self, data: ProductData) -> ProductData:
        clean = validate_product(data)
        with self.db.session() as s:
            clash = select(Product.id).where(Product.reference == clean.reference)
            if clean.id is not None:
                clash = clash.where(Product.id != clean.id)
            if s.scalar(clash) is not None:
                raise ValidationErrors([FieldError("reference", t(
                    "Reference {r} is already used.", "La référence {r} est déjà utilisée.", r=clean.reference))])
            p = s.get(Product, clean.id) if clean.id is not None else Product()
            if p is None:
                raise NotFoundError(t("This product no longer exists.", "Ce produit n'existe plus."))
            p.reference, p.name, p.ean = clean.reference, clean.name, clean.ean
            p.unit_price, p.vat_rate, p.active = clean.unit_price, clean.vat_rate, clean.active
            p.search_text = fold(f"{clean.reference} {clean.name} {clean.ean}")
            s.add(p)
            s.flush()
            return _product(p)

    def set_product_active(self, product_id: int, active: bool) -> None:
        with self.db.session() as s:
            p = s.get(Product, product_id)
            if p is not None:
                p.active = active

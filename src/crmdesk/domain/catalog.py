"""Rules of the product catalogue: what a product must have to be saved.

A product's price and VAT rate obey the same bounds as an order line's (crmdesk.domain.orders.LINE_BOUNDS):
a product is where a line's price and rate come from.
"""

from __future__ import annotations

from dataclasses import replace

from stdnum import ean as std_ean
from stdnum.exceptions import ValidationError

from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.fields import PRODUCT_FIELDS
from crmdesk.domain.i18n import translate
from crmdesk.domain.orders import FRENCH_VAT_RATES, check_line_value
from crmdesk.domain.records import ProductData
from crmdesk.domain.text import check_storable, excerpt
from crmdesk.domain.validation import check_length, clean_text

__all__ = ["FRENCH_VAT_RATES", "PRODUCT_NATURES", "validate_product"]

PRODUCT_NATURES = ("goods", "service")


def validate_product(data: ProductData) -> ProductData:
    """A cleaned copy of `data`, or ValidationErrors naming every refused field."""
    errors: list[FieldError] = []
    reference, name, ean = clean_text(data.reference), clean_text(data.name), clean_text(data.ean)
    for field, value in (("reference", reference), ("name", name), ("ean", ean)):
        rule = PRODUCT_FIELDS[field]
        if rule.required and not value:
            errors.append(FieldError(field, translate("domain.catalog", "{label} is required.").format(label=rule.label)))
        try:
            check_storable(field, rule.label, value)
            check_length(field, value, rule)
        except FieldError as exc:
            errors.append(exc)
    if ean:
        try:
            ean = str(std_ean.validate(ean))
        except ValidationError:
            errors.append(FieldError("ean", translate("domain.catalog", "EAN barcode {v} is not valid (8 or 13 digits with their check digit).").format(v=excerpt(ean))))
    for field in ("unit_price", "vat_rate"):
        try:
            check_line_value(field, getattr(data, field))
        except FieldError as exc:
            errors.append(exc)
    if data.nature not in PRODUCT_NATURES:  # issue 12: the nature of the operation documents state
        errors.append(FieldError("nature", translate("domain.catalog", "Choose goods or service.")))
    if errors:
        raise ValidationErrors(errors)
    return replace(data, reference=reference, name=name, ean=ean)

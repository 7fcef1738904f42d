"""Field rules shared by the forms, the services and the import: label, length, required.

The database schema takes its string lengths from here too, so the program
enforces what SQLite would not.
"""

from __future__ import annotations

from dataclasses import dataclass

from crmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class FieldRule:
    source: str  # the English label, translated in context "fields"
    max_length: int | None = None
    required: bool = False

    @property
    def label(self) -> str:
        return translate("fields", self.source)


CUSTOMER_FIELDS: dict[str, FieldRule] = {
    "code": FieldRule(QT_TRANSLATE_NOOP("fields", "Code"), 20, True),
    "kind": FieldRule(QT_TRANSLATE_NOOP("fields", "Kind"), 12, True),
    "name": FieldRule(QT_TRANSLATE_NOOP("fields", "Name"), 200, True),
    "legal_form": FieldRule(QT_TRANSLATE_NOOP("fields", "Legal form"), 50),
    "civility": FieldRule(QT_TRANSLATE_NOOP("fields", "Title"), 20),
    "first_name": FieldRule(QT_TRANSLATE_NOOP("fields", "First name"), 100),
    "last_name": FieldRule(QT_TRANSLATE_NOOP("fields", "Last name"), 100),
    "job_title": FieldRule(QT_TRANSLATE_NOOP("fields", "Job title"), 100),
    "email": FieldRule(QT_TRANSLATE_NOOP("fields", "Email"), 254),
    "phone": FieldRule(QT_TRANSLATE_NOOP("fields", "Phone"), 32),
    "mobile": FieldRule(QT_TRANSLATE_NOOP("fields", "Mobile"), 32),
    "website": FieldRule(QT_TRANSLATE_NOOP("fields", "Website"), 200),
    "language": FieldRule(QT_TRANSLATE_NOOP("fields", "Language"), 5),
    "notes": FieldRule(QT_TRANSLATE_NOOP("fields", "Notes"), 5000),
    "incoterm": FieldRule(QT_TRANSLATE_NOOP("fields", "Incoterm"), 3),
    "incoterm_place": FieldRule(QT_TRANSLATE_NOOP("fields", "Incoterm place"), 100),
    "franco_threshold": FieldRule(QT_TRANSLATE_NOOP("fields", "Carriage-paid threshold")),
    "minimum_order_amount": FieldRule(QT_TRANSLATE_NOOP("fields", "Minimum order")),
    "delivery_instructions": FieldRule(QT_TRANSLATE_NOOP("fields", "Delivery instructions"), 2000),
    "siren": FieldRule(QT_TRANSLATE_NOOP("fields", "SIREN"), 9),
    "siret": FieldRule(QT_TRANSLATE_NOOP("fields", "SIRET"), 14),
    "vat_number": FieldRule(QT_TRANSLATE_NOOP("fields", "VAT number"), 20),
    "naf_code": FieldRule(QT_TRANSLATE_NOOP("fields", "NAF/APE code"), 6),
    "accounting_code": FieldRule(QT_TRANSLATE_NOOP("fields", "Accounting code"), 20),
    "preferred_payment_method": FieldRule(QT_TRANSLATE_NOOP("fields", "Preferred payment method")),
    "payment_terms": FieldRule(QT_TRANSLATE_NOOP("fields", "Payment terms")),
    "iban": FieldRule(QT_TRANSLATE_NOOP("fields", "IBAN"), 34),
    "bic": FieldRule(QT_TRANSLATE_NOOP("fields", "BIC"), 11),
    "sepa_mandate_ref": FieldRule(QT_TRANSLATE_NOOP("fields", "SEPA mandate reference"), 35),
    "sepa_mandate_date": FieldRule(QT_TRANSLATE_NOOP("fields", "Mandate signature date")),
    "credit_limit": FieldRule(QT_TRANSLATE_NOOP("fields", "Credit limit")),
    "credit_control": FieldRule(QT_TRANSLATE_NOOP("fields", "Credit control"), 8),
    "default_discount": FieldRule(QT_TRANSLATE_NOOP("fields", "Default discount")),
    "vat_regime": FieldRule(QT_TRANSLATE_NOOP("fields", "VAT regime"), 12),
    "currency": FieldRule(QT_TRANSLATE_NOOP("fields", "Currency"), 3),
    "einvoicing_category": FieldRule(QT_TRANSLATE_NOOP("fields", "Customer category"), 16),
    "chorus_service_code": FieldRule(QT_TRANSLATE_NOOP("fields", "Chorus Pro service code"), 100),
}

ADDRESS_FIELDS: dict[str, FieldRule] = {
    "label": FieldRule(QT_TRANSLATE_NOOP("fields", "Label"), 100),
    "usage": FieldRule(QT_TRANSLATE_NOOP("fields", "Usage"), 10, True),
    "recipient": FieldRule(QT_TRANSLATE_NOOP("fields", "Recipient"), 200),
    "street1": FieldRule(QT_TRANSLATE_NOOP("fields", "Street"), 200, True),
    "street2": FieldRule(QT_TRANSLATE_NOOP("fields", "Street (line 2)"), 200),
    "street3": FieldRule(QT_TRANSLATE_NOOP("fields", "Street (line 3)"), 200),
    "postal_code": FieldRule(QT_TRANSLATE_NOOP("fields", "Postal code"), 10, True),
    "city": FieldRule(QT_TRANSLATE_NOOP("fields", "City"), 100, True),
    "country": FieldRule(QT_TRANSLATE_NOOP("fields", "Country"), 2, True),
    "phone": FieldRule(QT_TRANSLATE_NOOP("fields", "Phone"), 32),
    "instructions": FieldRule(QT_TRANSLATE_NOOP("fields", "Instructions"), 2000),
}

ORDER_FIELDS: dict[str, FieldRule] = {
    "number": FieldRule(QT_TRANSLATE_NOOP("fields", "Number"), 20, True),
    "customer_reference": FieldRule(QT_TRANSLATE_NOOP("fields", "Customer PO reference"), 100),
    "notes": FieldRule(QT_TRANSLATE_NOOP("fields", "Notes"), 5000),
    "description": FieldRule(QT_TRANSLATE_NOOP("fields", "Description"), 300, True),
}

PRODUCT_FIELDS: dict[str, FieldRule] = {
    "reference": FieldRule(QT_TRANSLATE_NOOP("fields", "Reference"), 50, True),
    "name": FieldRule(QT_TRANSLATE_NOOP("fields", "Name"), 200, True),
    "ean": FieldRule(QT_TRANSLATE_NOOP("fields", "EAN barcode"), 13),
}


def max_length(table: dict[str, FieldRule], name: str) -> int:
    rule = table[name]
    assert rule.max_length is not None, name
    return rule.max_length


# What a duplicated customer does not take from its source: bank details and the SEPA mandate belong to one
# account and one signed mandate (a RUM identifies one mandate), and a SIRET to one establishment.
NOT_COPIED_ON_DUPLICATE: dict[str, object] = {"iban": "", "bic": "", "sepa_mandate_ref": "",
                                              "sepa_mandate_date": None, "siret": ""}

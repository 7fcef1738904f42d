"""The seller's own details (Settings › Entreprise), printed on every document, and their rules.

The identifiers are checked by the same functions as a customer's (domain/validation.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.fields import ADDRESS_FIELDS, CUSTOMER_FIELDS, FieldRule
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.domain.validation import (
    check_bic,
    check_country,
    check_email,
    check_iban,
    check_length,
    check_phone,
    check_postal_code,
    check_siren,
    check_vat_number,
    check_website,
    clean_text,
    vat_from_siren,
)

LOGO_TYPES = ("image/png", "image/svg+xml")
LOGO_MAX_BYTES = 2 * 1024 * 1024
REGISTRIES = ("RCS", "RM")  # Registre du commerce et des sociétés, Répertoire des métiers
LEGAL_RECOVERY_INDEMNITY = Decimal(40)  # Code de commerce, art. D441-5


def _optional(rule: FieldRule) -> FieldRule:
    # The seller's address may be left for later; its limits are a customer address's.
    return replace(rule, required=False)


# Identifiers and address lines take the customer's rules: one limit per kind of value.
COMPANY_FIELDS: dict[str, FieldRule] = {
    "name": FieldRule(QT_TRANSLATE_NOOP("fields", "Company name"), 200, True),
    "legal_form": FieldRule(QT_TRANSLATE_NOOP("fields", "Legal form"), 50),
    "share_capital": FieldRule(QT_TRANSLATE_NOOP("fields", "Share capital")),
    "siren": CUSTOMER_FIELDS["siren"],
    "trade_register": FieldRule(QT_TRANSLATE_NOOP("fields", "Register"), 3),
    "registry_city": FieldRule(QT_TRANSLATE_NOOP("fields", "Register city"), 100),
    "vat_number": CUSTOMER_FIELDS["vat_number"],
    "street1": _optional(ADDRESS_FIELDS["street1"]),
    "street2": _optional(ADDRESS_FIELDS["street2"]),
    "postal_code": _optional(ADDRESS_FIELDS["postal_code"]),
    "city": _optional(ADDRESS_FIELDS["city"]),
    "country": _optional(ADDRESS_FIELDS["country"]),
    "phone": CUSTOMER_FIELDS["phone"],
    "email": CUSTOMER_FIELDS["email"],
    "website": CUSTOMER_FIELDS["website"],
    "logo": FieldRule(QT_TRANSLATE_NOOP("fields", "Logo")),
    "iban": CUSTOMER_FIELDS["iban"],
    "bic": CUSTOMER_FIELDS["bic"],
    "payment_terms_text": FieldRule(QT_TRANSLATE_NOOP("fields", "Default payment terms"), 2000),
    "late_penalty_rate": FieldRule(QT_TRANSLATE_NOOP("fields", "Late-payment penalty rate")),
    "recovery_indemnity": FieldRule(QT_TRANSLATE_NOOP("fields", "Fixed recovery indemnity (40 €)")),
    "early_payment_discount": FieldRule(QT_TRANSLATE_NOOP("fields", "Early-payment discount"), 500),
    "footer": FieldRule(QT_TRANSLATE_NOOP("fields", "Footer"), 1000),
    "payment_terms_text_en": FieldRule(QT_TRANSLATE_NOOP("fields", "Default payment terms (English)"), 2000),
    "early_payment_discount_en": FieldRule(QT_TRANSLATE_NOOP("fields", "Early-payment discount (English)"), 500),
    "footer_en": FieldRule(QT_TRANSLATE_NOOP("fields", "Footer (English)"), 1000),
}


@dataclass
class CompanyData:
    version: int = 0
    name: str = ""
    legal_form: str = ""
    share_capital: Decimal | None = None
    siren: str = ""
    trade_register: str = "RCS"
    registry_city: str = ""
    vat_number: str = ""
    street1: str = ""
    street2: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "FR"
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None
    logo_type: str = ""
    iban: str = ""
    bic: str = ""
    payment_terms_text: str = ""
    late_penalty_rate: Decimal | None = None
    recovery_indemnity: bool = True
    early_payment_discount: str = ""
    footer: str = ""
    # The free texts in English, for documents printed in English ("": the French text is printed)
    payment_terms_text_en: str = ""
    early_payment_discount_en: str = ""
    footer_en: str = ""
    updated_at: datetime | None = None

    def text(self, name: str, lang: str) -> str:
        """A free text in the document's language: its English version when there is one."""
        english = getattr(self, f"{name}_en", "") if lang == "en" else ""
        return str(english or getattr(self, name))

    def is_empty(self) -> bool:
        return not self.name


def logo_type_of(data: bytes) -> str:
    """The logo's type from its first bytes, "" when it is neither PNG nor SVG."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith(b"<svg") or b"<svg" in head:
        return "image/svg+xml"
    return ""


def check_logo(data: bytes | None) -> tuple[bytes | None, str]:
    if not data:
        return None, ""
    if len(data) > LOGO_MAX_BYTES:
        raise FieldError("logo", translate("domain.company", "The logo is too large ({size} KB): 2 MB at most.").format(size=len(data) // 1024))
    kind = logo_type_of(data)
    if not kind:
        raise FieldError("logo", translate("domain.company", "The logo must be a PNG or SVG image."))
    return data, kind


def validate_company(data: CompanyData) -> CompanyData:
    """A normalised copy, or ValidationErrors listing every bad field in form order."""
    errors: list[FieldError] = []
    out = replace(data)
    for name in COMPANY_FIELDS:
        value = getattr(out, name)
        if isinstance(value, str):
            setattr(out, name, clean_text(value))

    def run(field: str, check: Callable[[Any], Any]) -> None:
        try:
            setattr(out, field, check(getattr(out, field)))
        except FieldError as exc:
            errors.append(FieldError(field, exc.message))

    if not out.name:
        errors.append(FieldError("name", translate("domain.company", "The company name is required.")))
    if out.share_capital is not None and out.share_capital < 0:
        errors.append(FieldError("share_capital", translate("domain.company", "The share capital cannot be negative.")))
    run("siren", check_siren)
    out.trade_register = (out.trade_register or "RCS").upper()
    if out.trade_register not in REGISTRIES:
        errors.append(FieldError("trade_register", translate("domain.company", "Register: RCS or RM.")))
    if out.siren and not out.registry_city:
        errors.append(FieldError("registry_city", translate("domain.company", "Say where the company is registered (RCS Lyon): documents must state it.")))
    run("vat_number", check_vat_number)
    if out.siren and out.vat_number.startswith("FR") and not any(e.field in ("siren", "vat_number") for e in errors):
        if out.vat_number != vat_from_siren(out.siren):
            errors.append(FieldError("vat_number", translate("domain.company", "This VAT number is not the one of SIREN {siren} ({vat}).").format(siren=out.siren,
                vat=vat_from_siren(out.siren))))
    try:
        out.country = check_country(out.country or "FR")
    except FieldError as exc:
        errors.append(exc)
    if out.postal_code or out.street1 or out.city:
        try:
            out.postal_code = check_postal_code(out.postal_code, out.country)
        except FieldError as exc:
            errors.append(exc)
    run("phone", lambda v: check_phone(v, "phone", out.country or "FR"))
    run("email", check_email)
    run("website", check_website)
    run("iban", check_iban)
    run("bic", check_bic)
    if out.late_penalty_rate is not None and not (0 <= out.late_penalty_rate <= 100):
        errors.append(FieldError("late_penalty_rate", translate("domain.company", "The penalty rate must be between 0 and 100 %.")))
    try:
        out.logo, out.logo_type = check_logo(out.logo)
    except FieldError as exc:
        errors.append(exc)
    failed = {e.field for e in errors}
    for name, rule in COMPANY_FIELDS.items():
        value = getattr(out, name)
        if isinstance(value, str) and name not in failed:
            try:
                check_length(name, value, rule)
            except FieldError as exc:
                errors.append(exc)
    if errors:
        order = list(COMPANY_FIELDS)
        raise ValidationErrors(sorted(errors, key=lambda e: order.index(e.field) if e.field in order else len(order)))
    return out

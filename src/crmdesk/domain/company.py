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
from crmdesk.domain.fields import FieldRule
from crmdesk.domain.i18n import t
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


COMPANY_FIELDS: dict[str, FieldRule] = {
    "name": FieldRule("Company name", "Raison sociale", 200, True),
    "legal_form": FieldRule("Legal form", "Forme juridique", 50),
    "share_capital": FieldRule("Share capital", "Capital social"),
    "siren": FieldRule("SIREN", "SIREN", 9),
    "trade_register": FieldRule("Register", "Registre", 3),
    "registry_city": FieldRule("Register city", "Ville d'immatriculation", 100),
    "vat_number": FieldRule("VAT number", "N° de TVA intracommunautaire", 20),
    "street1": FieldRule("Street", "Adresse", 200),
    "street2": FieldRule("Street (line 2)", "Complément d'adresse", 200),
    "postal_code": FieldRule("Postal code", "Code postal", 10),
    "city": FieldRule("City", "Ville", 100),
    "country": FieldRule("Country", "Pays", 2),
    "phone": FieldRule("Phone", "Téléphone", 32),
    "email": FieldRule("Email", "E-mail", 254),
    "website": FieldRule("Website", "Site web", 200),
    "logo": FieldRule("Logo", "Logo"),
    "iban": FieldRule("IBAN", "IBAN", 34),
    "bic": FieldRule("BIC", "BIC", 11),
    "payment_terms_text": FieldRule("Default payment terms", "Conditions de paiement par défaut", 2000),
    "late_penalty_rate": FieldRule("Late-payment penalty rate", "Taux des pénalités de retard"),
    "recovery_indemnity": FieldRule("Fixed recovery indemnity (40 €)", "Indemnité forfaitaire de recouvrement (40 €)"),
    "early_payment_discount": FieldRule("Early-payment discount", "Escompte pour paiement anticipé", 500),
    "footer": FieldRule("Footer", "Pied de page", 1000),
    "payment_terms_text_en": FieldRule("Default payment terms (English)", "Conditions de paiement (anglais)", 2000),
    "early_payment_discount_en": FieldRule("Early-payment discount (English)", "Escompte (anglais)", 500),
    "footer_en": FieldRule("Footer (English)", "Pied de page (anglais)", 1000),
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
        raise FieldError("logo", t("The logo is too large ({size} KB): 2 MB at most.",
                                   "Le logo est trop lourd ({size} Ko) : 2 Mo au maximum.", size=len(data) // 1024))
    kind = logo_type_of(data)
    if not kind:
        raise FieldError("logo", t("The logo must be a PNG or SVG image.", "Le logo doit être une image PNG ou SVG."))
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
        errors.append(FieldError("name", t("The company name is required.", "La raison sociale est obligatoire.")))
    if out.share_capital is not None and out.share_capital < 0:
        errors.append(FieldError("share_capital", t("The share capital cannot be negative.",
                                                    "Le capital social ne peut pas être négatif.")))
    run("siren", check_siren)
    out.trade_register = (out.trade_register or "RCS").upper()
    if out.trade_register not in REGISTRIES:
        errors.append(FieldError("trade_register", t("Register: RCS or RM.", "Registre : RCS ou RM.")))
    if out.siren and not out.registry_city:
        errors.append(FieldError("registry_city", t(
            "Say where the company is registered (RCS Lyon): documents must state it.",
            "Indiquez la ville d'immatriculation (RCS Lyon) : les documents doivent la mentionner.")))
    run("vat_number", check_vat_number)
    if out.siren and out.vat_number.startswith("FR") and not any(e.field in ("siren", "vat_number") for e in errors):
        if out.vat_number != vat_from_siren(out.siren):
            errors.append(FieldError("vat_number", t(
                "This VAT number is not the one of SIREN {siren} ({vat}).",
                "Ce n° de TVA n'est pas celui du SIREN {siren} ({vat}).", siren=out.siren,
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
        errors.append(FieldError("late_penalty_rate", t("The penalty rate must be between 0 and 100 %.",
                                                        "Le taux de pénalité doit être compris entre 0 et 100 %.")))
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

"""A customer's identity for electronic invoicing (French reform of 2026-2027).

- The customer's category says which identifiers are required: a SIREN for a French business, an intra-EU VAT
  number for an EU business, a SIRET and a Chorus Pro service code for a public entity, none for a private
  individual or a business outside the EU.
- Electronic invoicing addresses in the French directory's scheme 0225, in one of its forms: SIREN,
  SIREN_SIRET, SIREN_SIRET_routing-code or SIREN_suffix. Each is checked for form; a customer has at most one
  default and validity dates that make sense.

The identifiers themselves are checked by domain/validation.py's functions, never again here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from enum import StrEnum

from crmdesk.domain.enums import CustomerKind
from crmdesk.domain.errors import FieldError
from crmdesk.domain.i18n import translate
from crmdesk.domain.records import CustomerData, EInvoiceAddressData

FRENCH_DIRECTORY_SCHEME = "0225"
SCHEMES = (FRENCH_DIRECTORY_SCHEME,)
IDENTIFIER_MAX_LENGTH = 125
# A routing code (the "code service exécutant" of a public buyer) or a suffix: letters, digits, hyphens, dots;
# the underscore separates the parts.
_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,99}$")


class CustomerCategory(StrEnum):
    NOT_SPECIFIED = ""
    FRENCH_BUSINESS = "fr_business"
    EU_BUSINESS = "eu_business"
    NON_EU_BUSINESS = "non_eu_business"
    INDIVIDUAL = "individual"
    PUBLIC_ENTITY = "public"

    @property
    def label(self) -> str:
        return {
            CustomerCategory.NOT_SPECIFIED: translate("domain.einvoicing", "Not specified"),
            CustomerCategory.FRENCH_BUSINESS: translate("domain.einvoicing", "French business"),
            CustomerCategory.EU_BUSINESS: translate("domain.einvoicing", "EU business"),
            CustomerCategory.NON_EU_BUSINESS: translate("domain.einvoicing", "Business outside the EU"),
            CustomerCategory.INDIVIDUAL: translate("domain.einvoicing", "Private individual"),
            CustomerCategory.PUBLIC_ENTITY: translate("domain.einvoicing", "Public entity (Chorus Pro)"),
        }[self]

    @property
    def is_business(self) -> bool:
        """A professional buyer: the 40 € recovery indemnity applies."""
        return self not in (CustomerCategory.INDIVIDUAL,)


class AddressForm(StrEnum):
    SIREN = "siren"
    SIREN_SIRET = "siren_siret"
    SIREN_SIRET_ROUTING = "siren_siret_routing"
    SIREN_SUFFIX = "siren_suffix"

    @property
    def label(self) -> str:
        return {
            AddressForm.SIREN: translate("domain.einvoicing", "SIREN"),
            AddressForm.SIREN_SIRET: translate("domain.einvoicing", "SIREN_SIRET"),
            AddressForm.SIREN_SIRET_ROUTING: translate("domain.einvoicing", "SIREN_SIRET_routing code"),
            AddressForm.SIREN_SUFFIX: translate("domain.einvoicing", "SIREN_suffix"),
        }[self]

    @property
    def example(self) -> str:
        return {
            AddressForm.SIREN: "732829320",
            AddressForm.SIREN_SIRET: "732829320_73282932000074",
            AddressForm.SIREN_SIRET_ROUTING: "732829320_73282932000074_SERVICE-ACHATS",
            AddressForm.SIREN_SUFFIX: "732829320_COMPTA",
        }[self]


REQUIRED_IDENTIFIERS: dict[CustomerCategory, tuple[str, ...]] = {
    CustomerCategory.NOT_SPECIFIED: (),
    CustomerCategory.FRENCH_BUSINESS: ("siren",),
    CustomerCategory.EU_BUSINESS: ("vat_number",),
    CustomerCategory.NON_EU_BUSINESS: (),
    CustomerCategory.INDIVIDUAL: (),
    CustomerCategory.PUBLIC_ENTITY: ("siret", "chorus_service_code"),
}


def required_identifiers(category: str) -> tuple[str, ...]:
    """The customer fields a category requires (the form marks them)."""
    try:
        return REQUIRED_IDENTIFIERS[CustomerCategory(category)]
    except ValueError:
        return ()


def address_text(address: EInvoiceAddressData) -> str:
    """The address as the directory writes it: 0225:732829320_COMPTA."""
    return f"{address.scheme}:{address.identifier}" if address.identifier else ""


def _identity_errors(out: CustomerData, failed: set[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    try:
        category = CustomerCategory(out.einvoicing_category)
    except ValueError:
        return [FieldError("einvoicing_category", translate("domain.einvoicing", "Choose a customer category."))]
    individual = out.kind == CustomerKind.INDIVIDUAL
    if category is CustomerCategory.INDIVIDUAL and not individual:
        errors.append(FieldError("einvoicing_category", translate("domain.einvoicing", "A company cannot be in the category private individual.")))
    elif individual and category not in (CustomerCategory.INDIVIDUAL, CustomerCategory.NOT_SPECIFIED):
        errors.append(FieldError("einvoicing_category", translate("domain.einvoicing", "An individual is in the category private individual.")))
    messages = {
        "siren": translate("domain.einvoicing", "A French business needs its SIREN (9 digits)."),
        "vat_number": translate("domain.einvoicing", "An EU business needs its intra-EU VAT number."),
        "siret": translate("domain.einvoicing", "A public entity needs the SIRET Chorus Pro knows it by (14 digits)."),
        "chorus_service_code": translate("domain.einvoicing", "A public entity needs its Chorus Pro service code."),
    }
    for name in REQUIRED_IDENTIFIERS[category]:
        if name not in failed and not getattr(out, name):
            errors.append(FieldError(name, messages[name]))
    if (category is CustomerCategory.EU_BUSINESS and out.vat_number and "vat_number" not in failed
            and out.vat_number.upper().startswith("FR")):
        errors.append(FieldError("vat_number", translate("domain.einvoicing", "A French VAT number: this customer is a French business, not an EU business.")))
    if out.chorus_service_code and not _PART.match(out.chorus_service_code):
        errors.append(FieldError("chorus_service_code", translate("domain.einvoicing", "Chorus Pro service code {value}: letters, digits, hyphens and dots only (100 at most).").format(value=out.chorus_service_code)))
    return errors


def check_einvoice_address(address: EInvoiceAddressData, siren: str = "") -> EInvoiceAddressData:
    """A normalised copy, or FieldError("einvoice_addresses") saying what is wrong with its form.

    `siren`: the customer's SIREN, which every address of scheme 0225 starts with."""
    from crmdesk.domain.validation import check_siren, check_siret, clean_text

    out = replace(address, scheme=clean_text(address.scheme) or FRENCH_DIRECTORY_SCHEME,
                  identifier=clean_text(address.identifier).replace(" ", ""))
    shown = out.identifier or "—"

    def fail(reason: str) -> FieldError:
        return FieldError("einvoice_addresses", translate("domain.einvoicing", "E-invoicing address {value}: {reason}").format(value=shown, reason=reason))

    if out.scheme not in SCHEMES:
        raise fail(translate("domain.einvoicing", "unknown scheme {s} (0225: French directory).").format(s=out.scheme))
    try:
        form = AddressForm(out.form)
    except ValueError:
        raise fail(translate("domain.einvoicing", "choose its form.")) from None
    if not out.identifier:
        raise FieldError("einvoice_addresses", translate("domain.einvoicing", "An e-invoicing address has no identifier: type it or remove the row."))
    if len(out.identifier) > IDENTIFIER_MAX_LENGTH:
        raise fail(translate("domain.einvoicing", "at most {n} characters.").format(n=IDENTIFIER_MAX_LENGTH))
    parts = out.identifier.split("_")
    expected = {AddressForm.SIREN: 1, AddressForm.SIREN_SIRET: 2, AddressForm.SIREN_SIRET_ROUTING: 3,
                AddressForm.SIREN_SUFFIX: 2}[form]
    if len(parts) != expected or not all(parts):
        raise fail(translate("domain.einvoicing", "expected the form {form}, e.g. {example}.").format(form=form.label, example=form.example))
    try:
        parts[0] = check_siren(parts[0])
    except FieldError as exc:
        raise fail(exc.message) from None
    if form in (AddressForm.SIREN_SIRET, AddressForm.SIREN_SIRET_ROUTING):
        try:
            parts[1] = check_siret(parts[1])
        except FieldError as exc:
            raise fail(exc.message) from None
        if not parts[1].startswith(parts[0]):
            raise fail(translate("domain.einvoicing", "the SIRET must start with the SIREN {siren}.").format(siren=parts[0]))
    if form in (AddressForm.SIREN_SIRET_ROUTING, AddressForm.SIREN_SUFFIX) and not _PART.match(parts[-1]):
        raise fail(translate("domain.einvoicing", "the last part has letters, digits, hyphens and dots only."))
    if siren and parts[0] != siren:
        raise fail(translate("domain.einvoicing", "it must start with the customer's SIREN {siren}.").format(siren=siren))
    if out.valid_from and out.valid_to and out.valid_to < out.valid_from:
        raise fail(translate("domain.einvoicing", "its end of validity comes before its start."))
    out.identifier = "_".join(parts)
    return out


def check_identity(out: CustomerData, errors: list[FieldError]) -> None:
    """Called by validate_customer on its normalised copy: category rules and e-invoicing addresses.
    Appends to `errors`; fixes `out.einvoice_addresses` to their normalised form."""
    out.chorus_service_code = (out.chorus_service_code or "").strip()
    failed = {e.field for e in errors}
    errors.extend(_identity_errors(out, failed))
    addresses: list[EInvoiceAddressData] = []
    seen: set[str] = set()
    for address in out.einvoice_addresses:
        try:
            clean = check_einvoice_address(address, out.siren if "siren" not in failed else "")
        except FieldError as exc:
            errors.append(exc)
            addresses.append(address)
            continue
        key = address_text(clean)
        if key in seen:
            errors.append(FieldError("einvoice_addresses", translate("domain.einvoicing", "E-invoicing address {value} is listed twice.").format(value=key)))
        seen.add(key)
        addresses.append(clean)
    if sum(1 for a in addresses if a.is_default) > 1:
        errors.append(FieldError("einvoice_addresses", translate("domain.einvoicing", "Only one e-invoicing address can be the default.")))
    elif addresses and not any(a.is_default for a in addresses):
        addresses[0] = replace(addresses[0], is_default=True)  # one address: it is the default
    out.einvoice_addresses = addresses


def default_einvoice_address(customer: CustomerData) -> EInvoiceAddressData | None:
    return next((a for a in customer.einvoice_addresses if a.is_default), None)

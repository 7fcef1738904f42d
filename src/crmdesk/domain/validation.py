"""Field validation with the libraries made for it.

Each `check_*` function takes what the user typed and returns the value to
store (compact, normalised) or raises `FieldError` naming the field, with a
message in the user's language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum import bic as std_bic
from stdnum import iban as std_iban
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.fr import siren as std_siren
from stdnum.fr import siret as std_siret
from stdnum.fr import tva as std_tva

from crmdesk.domain.enums import CURRENCIES, INCOTERMS, AddressUsage, CustomerKind, VatRegime
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.fields import ADDRESS_FIELDS, CUSTOMER_FIELDS, FieldRule
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP, language, translate
from crmdesk.domain.records import AddressData, CustomerData
from crmdesk.domain.text import MULTILINE_FIELDS, check_storable, excerpt, single_line, unstorable_removed

DEFAULT_REGION = "FR"

# Parse results of the library checks, per distinct value: an import checks the same values twice (dry run,
# then import) and files repeat them. Only strings are cached (immutable; a failure is an exception, never
# cached, so its message is always in the current language). Bounded: memory stays flat.
_CHECK_CACHE = 16384


def clean_text(value: str | None) -> str:
    """NFC-normalised, stripped text; names accept any Unicode."""
    if not value:
        return ""
    return unicodedata.normalize("NFC", value).strip()


def fold(value: str) -> str:
    """Lower-case text without accents, for search and accent-insensitive sort."""
    # Control characters and lone surrogates (pasted into a search box) mean nothing to a search.
    decomposed = unicodedata.normalize("NFKD", unstorable_removed(value).casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")


def _stdnum_reason(exc: ValidationError) -> str:
    if isinstance(exc, InvalidLength):
        return translate("domain.validation", "wrong number of characters")
    if isinstance(exc, InvalidChecksum):
        return translate("domain.validation", "the check digits do not match (typing error?)"
        )
    if isinstance(exc, InvalidFormat):
        return translate("domain.validation", "unexpected characters")
    if isinstance(exc, InvalidComponent):
        return translate("domain.validation", "unknown country or bank code")
    return translate("domain.validation", "invalid")


def check_length(field: str, value: str, rule: FieldRule) -> None:
    if rule.max_length is not None and len(value) > rule.max_length:
        raise FieldError(
            field,
            translate("domain.validation", "{label}: at most {n} characters ({count} typed).").format(label=rule.label,
                n=rule.max_length,
                count=len(value)),
        )


# One message per identifier, each naming what a valid one looks like; {value} is the excerpt typed.
_IDENTIFIER_MESSAGES = {
    "siren": QT_TRANSLATE_NOOP("domain.validation", "SIREN {value}: {reason}. A SIREN has 9 digits."),
    "siret": QT_TRANSLATE_NOOP("domain.validation", "SIRET {value}: {reason}. A SIRET has 14 digits."),
    "vat_number": QT_TRANSLATE_NOOP("domain.validation",
                                    "VAT number {value}: {reason}. Example: FR40303265045."),
    "iban": QT_TRANSLATE_NOOP("domain.validation",
                              "IBAN: {reason}. Example: FR76 3000 6000 0112 3456 7890 189."),
    "bic": QT_TRANSLATE_NOOP("domain.validation",
                             "BIC {value}: {reason}. A BIC has 8 or 11 characters, e.g. BNPAFRPP."),
}


def _check_identifier(field: str, value: str, validate: Callable[[str], str]) -> str:
    """The stdnum-checked form of an identifier, or a FieldError saying why and what one looks like."""
    value = clean_text(value)
    if not value:
        return ""
    try:
        return validate(value)
    except ValidationError as exc:
        # The IBAN's message leaves the value out: it is account data and does not belong in a log.
        message = translate("domain.validation", _IDENTIFIER_MESSAGES[field])
        raise FieldError(field, message.format(value=excerpt(value), reason=_stdnum_reason(exc))) from None


def check_siren(value: str) -> str:
    return _check_identifier("siren", value, _siren)


def check_siret(value: str) -> str:
    """SIRET; stdnum knows La Poste's establishments (SIREN 356000000) and their own rule."""
    return _check_identifier("siret", value, _siret)


@lru_cache(maxsize=_CHECK_CACHE)
def _siren(value: str) -> str:
    return str(std_siren.validate(value))


@lru_cache(maxsize=_CHECK_CACHE)
def _siret(value: str) -> str:
    return str(std_siret.validate(value))


def vat_from_siren(siren: str) -> str:
    """The French intra-EU VAT number of a SIREN (FR + key + SIREN)."""
    return "FR" + str(std_siren.to_tva(check_siren(siren)))


def _vat(value: str) -> str:
    # One typed without its country code (40303265045) is read as French.
    if value[:1].isdigit():
        return "FR" + str(std_tva.validate(value))
    return str(eu_vat.validate(value))


def check_vat_number(value: str) -> str:
    """Intra-EU VAT number; one typed without its country code (40303265045) is read as French."""
    return _check_identifier("vat_number", value, _vat)


def check_iban(value: str) -> str:
    return _check_identifier("iban", value, lambda v: str(std_iban.validate(v)))


def format_iban(value: str) -> str:
    return str(std_iban.format(value)) if value else ""


def mask_iban(value: str) -> str:
    """Country code and the last four characters: enough to recognise, not to copy."""
    if not value:
        return ""
    compact = str(std_iban.compact(value))
    return f"{compact[:2]}•• •••• •••• {compact[-4:]}"


def check_bic(value: str) -> str:
    return _check_identifier("bic", value, lambda v: str(std_bic.validate(v)))


# email-validator explains in English only: the common reasons in French, matched on its wording.
_EMAIL_REASONS_FR = (
    ("must have an @-sign", "il manque le signe @"),
    ("something before the @-sign", "il manque la partie avant le @"),
    ("something after the @-sign", "il manque le domaine après le @"),
    ("should have a period", "le domaine après le @ doit contenir un point"),
    ("two periods in a row", "deux points se suivent"),
    ("period and a hyphen", "un point et un tiret se suivent"),
    ("too long", "l'adresse est trop longue"),
    ("special-use or reserved name", "ce domaine est réservé et ne reçoit pas d'e-mails"),
    ("top-level domain", "l'extension du domaine est inconnue"),
    ("characters before the @-sign", "caractères non autorisés avant le @"),
    ("characters after the @-sign", "caractères non autorisés après le @"),
    ("after the @-sign contains", "caractères non autorisés après le @"),
)


def check_email(value: str, field: str = "email") -> str:
    value = clean_text(value)
    if not value:
        return ""
    try:
        normalized = _email(value)
    except EmailNotValidError as exc:
        reason = str(exc)
        french = next((fr for key, fr in _EMAIL_REASONS_FR if key in reason), "")
        raise FieldError(
            field,
            translate("domain.validation", "Email address {value} is not valid: {reason}").format(value=excerpt(value),
                reason=reason if language() != "fr" else (f" : {french}" if french else "")),
        ) from None
    return normalized


@lru_cache(maxsize=_CHECK_CACHE)
def _email(value: str) -> str:
    # No DNS look-up: the check works offline and never waits on the network.
    return str(validate_email(value, check_deliverability=False).normalized)


# Overseas departments and collectivities that share France's 10-digit national plan:
# "0692 12 34 56" dialled from Paris is a Réunion mobile (+262 692 12 34 56).
FRENCH_NATIONAL_PLAN = ("FR", "RE", "YT", "GP", "MQ", "GF", "BL", "MF")


def _parse_phone(value: str, region: str) -> phonenumbers.PhoneNumber | None:
    regions = [region]
    if region in FRENCH_NATIONAL_PLAN:
        regions += [r for r in FRENCH_NATIONAL_PLAN if r != region]
    for candidate in regions:
        try:
            number = phonenumbers.parse(value, candidate)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(number):
            return number
        if value.startswith("+") or value.startswith("00"):
            return None  # international form: the region plays no part
    return None


def check_phone(value: str, field: str = "phone", region: str = DEFAULT_REGION) -> str:
    """Stored in E.164; national numbers are read as French unless another region is given."""
    value = clean_text(value)
    if not value:
        return ""
    e164 = _phone_e164(value, (region or DEFAULT_REGION).upper())
    if e164 is None:
        label = CUSTOMER_FIELDS["mobile"].label if field == "mobile" else CUSTOMER_FIELDS["phone"].label
        raise FieldError(
            field,
            translate("domain.validation", "{label}: {value} is not a valid phone number. Example: 01 23 45 67 89 or +44 20 7946 0958.").format(label=label,
                value=excerpt(value)),
        )
    return e164


@lru_cache(maxsize=_CHECK_CACHE)
def _phone_e164(value: str, region: str) -> str | None:
    """The E.164 form, or None for a number that is not valid (a PhoneNumber is mutable: never cached)."""
    number = _parse_phone(value, region)
    return None if number is None else str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


_METROPOLITAN = re.compile(r"^\+33([1-79])(\d\d)(\d\d)(\d\d)(\d\d)$")


def format_phone(e164: str) -> str:
    """National format for French numbers (overseas departments included), international for the others."""
    if not e164:
        return ""
    metropolitan = _METROPOLITAN.match(e164)
    if metropolitan:  # "06 12 34 56 78", as phonenumbers writes it, without parsing (lists paint many)
        return "0" + " ".join(metropolitan.groups())
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) in FRENCH_NATIONAL_PLAN
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, fmt))


def phone_search_forms(e164: str) -> str:
    """Digit strings under which a phone number is found: '+33612…' as '0612…' and '33612…'."""
    if not e164:
        return ""
    digits = re.sub(r"\D", "", e164)
    national = re.sub(r"\D", "", format_phone(e164))
    return f"{digits} {national}"


_POSTAL_RULES = {
    "FR": (re.compile(r"^\d{5}$"), "5 chiffres, ex. 01000 ou 97400", "5 digits, e.g. 01000 or 97400"),
    "MC": (re.compile(r"^980\d{2}$"), "5 chiffres commençant par 980", "5 digits starting with 980"),
    "BE": (re.compile(r"^\d{4}$"), "4 chiffres", "4 digits"),
    "CH": (re.compile(r"^\d{4}$"), "4 chiffres", "4 digits"),
    "LU": (re.compile(r"^\d{4}$"), "4 chiffres", "4 digits"),
    "DE": (re.compile(r"^\d{5}$"), "5 chiffres", "5 digits"),
    "ES": (re.compile(r"^\d{5}$"), "5 chiffres", "5 digits"),
    "IT": (re.compile(r"^\d{5}$"), "5 chiffres", "5 digits"),
}


def check_postal_code(value: str, country: str) -> str:
    """Postal codes are text: 01000 keeps its leading zero."""
    value = clean_text(value).upper()
    if not value:
        raise FieldError("postal_code", translate("domain.validation", "The postal code is required."))
    country = (country or "FR").upper()
    rule = _POSTAL_RULES.get(country)
    if rule is None:
        return value
    compact = value.replace(" ", "")  # every rule here is digits only: "75 001" is 75001
    if rule[0].match(compact):
        return compact
    if country == "FR" and re.fullmatch(r"2[AB]\d{3}", compact):
        raise FieldError(
            "postal_code",
            translate("domain.validation", "Postal code {value}: this is an INSEE commune code; Corsican postal codes start with 20, e.g. 20000.").format(value=excerpt(value)),
        )
    raise FieldError(
        "postal_code",
        translate("domain.validation", "Postal code {value}: expected {expected}.").format(value=excerpt(value),
            expected=rule[2],
            attendu=rule[1]),
    )


_NAF = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")


def check_naf(value: str) -> str:
    value = clean_text(value).upper().replace(" ", "")
    if not value:
        return ""
    match = _NAF.match(value)
    if not match:
        raise FieldError(
            "naf_code",
            translate("domain.validation", "NAF/APE code {value}: expected 4 digits and a letter, e.g. 62.01Z.").format(value=excerpt(value)),
        )
    return f"{match[1]}.{match[2]}{match[3]}"


_WEBSITE = re.compile(r"^(https?://)?[\w.-]+\.[a-z]{2,}(/\S*)?$", re.IGNORECASE)


def check_website(value: str) -> str:
    value = clean_text(value)
    if value and not _WEBSITE.match(value):
        raise FieldError(
            "website",
            translate("domain.validation", "Website {value}: expected an address such as www.example.fr.").format(value=excerpt(value)),
        )
    return value


def check_country(value: str) -> str:
    value = clean_text(value).upper()
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise FieldError("country", translate("domain.validation", "Choose a country."))
    return value


def _check_amount(field: str, value: Decimal | None, *, maximum: Decimal | None = None) -> Decimal | None:
    if value is None:
        return None
    if value < 0:
        raise FieldError(
            field,
            translate("domain.validation", "{label} cannot be negative.").format(label=CUSTOMER_FIELDS[field].label),
        )
    if maximum is not None and value > maximum:
        raise FieldError(
            field,
            translate("domain.validation", "{label} cannot exceed {max}.").format(label=CUSTOMER_FIELDS[field].label,
                max=maximum),
        )
    # The amount columns and the discount keep two decimals: a third would be rounded without a word.
    if value != value.quantize(Decimal("0.01")):
        raise FieldError(field, translate("domain.validation", "{label}: at most 2 decimals.").format(label=CUSTOMER_FIELDS[field].label))
    return value


def validate_customer(data: CustomerData) -> CustomerData:
    """Return a normalised copy of `data`, or raise ValidationErrors listing every bad field in form order."""
    errors: list[FieldError] = []
    out = replace(data, addresses=list(data.addresses), einvoice_addresses=list(data.einvoice_addresses))

    def run(field: str, fn: Callable[[Any], Any]) -> None:
        if errors and any(e.field == field for e in errors):  # one message per field: the first problem
            return
        try:
            setattr(out, field, fn(getattr(out, field)))
        except FieldError as exc:
            errors.append(exc)

    for name in CUSTOMER_FIELDS:
        value = getattr(out, name, None)
        if isinstance(value, str) and value:  # "" is clean and storable as it is
            setattr(out, name, clean_text(value if name in MULTILINE_FIELDS else single_line(value)))
            try:
                check_storable(name, CUSTOMER_FIELDS[name].label, getattr(out, name), name in MULTILINE_FIELDS)
            except FieldError as exc:
                errors.append(exc)

    if out.kind not in {k.value for k in CustomerKind}:
        errors.append(
            FieldError(
                "kind",
                translate("domain.validation", "Choose the kind of customer: company or individual.",
                ),
            )
        )
    if out.kind == CustomerKind.INDIVIDUAL and not out.name and (out.first_name or out.last_name):
        out.name = f"{out.first_name} {out.last_name}".strip()
    if not out.name:
        errors.append(
            FieldError(
                "name",
                translate("domain.validation", "The name is required.")
                if out.kind == CustomerKind.COMPANY
                else translate("domain.validation", "The name is required (first and last name)."),
            )
        )
    if not out.code:
        errors.append(FieldError("code", translate("domain.validation", "The code is required.")))
    run("email", check_email)
    run("phone", lambda v: check_phone(v, "phone"))
    run("mobile", lambda v: check_phone(v, "mobile"))
    run("website", check_website)
    run("incoterm", lambda v: _check_choice("incoterm", v.upper(), INCOTERMS))
    run("franco_threshold", lambda v: _check_amount("franco_threshold", v))
    run("minimum_order_amount", lambda v: _check_amount("minimum_order_amount", v))
    run("siren", check_siren)
    run("siret", check_siret)
    if (
        out.siren
        and out.siret
        and not any(e.field in ("siren", "siret") for e in errors)
        and not out.siret.startswith(out.siren)
    ):
        errors.append(
            FieldError(
                "siret",
                translate("domain.validation", "The SIRET must start with the SIREN {siren}.").format(siren=out.siren),
            )
        )
    if out.siret and not out.siren and not any(e.field == "siret" for e in errors):
        out.siren = out.siret[:9]
    run("vat_number", check_vat_number)
    run("naf_code", check_naf)
    run("iban", check_iban)
    run("bic", check_bic)
    run("credit_limit", lambda v: _check_amount("credit_limit", v))
    run("credit_control", lambda v: _check_choice("credit_control", v, CREDIT_CONTROLS) or "warn")
    run("default_discount", lambda v: _check_amount("default_discount", v, maximum=Decimal(100)))
    if out.vat_regime not in {v.value for v in VatRegime}:
        errors.append(FieldError("vat_regime", translate("domain.validation", "Choose a VAT regime.")))
    run("currency", lambda v: _check_choice("currency", (v or "EUR").upper(), CURRENCIES))
    # Which identifiers the customer's category requires, and its e-invoicing addresses (issue 12).
    from crmdesk.domain.einvoicing import check_identity

    check_identity(out, errors)
    # Lengths are checked on what will be stored: "732 829 320" is a 9-character SIREN.
    _check_lengths(out, CUSTOMER_FIELDS, errors)
    if errors:
        raise ValidationErrors(_form_order(errors, CUSTOMER_FIELDS))
    return out


def _check_lengths(out: object, rules: dict[str, FieldRule], errors: list[FieldError]) -> None:
    """Append a length error for each text field that has no other error (one error per field)."""
    failed = {e.field for e in errors}
    for name, rule in rules.items():
        value = getattr(out, name, None)
        if isinstance(value, str) and value and name not in failed:  # "" is never too long
            try:
                check_length(name, value, rule)
            except FieldError as exc:
                errors.append(exc)


CREDIT_CONTROLS = ("none", "warn", "block")  # domain/credit.py CreditControl


def _check_choice(field: str, value: str, choices: tuple[str, ...]) -> str:
    if value and value not in choices:
        raise FieldError(
            field,
            translate("domain.validation", "{label}: {value} is not one of {choices}.").format(label=CUSTOMER_FIELDS[field].label,
                value=excerpt(value),
                choices=", ".join(choices)),
        )
    return value


def _form_order(errors: list[FieldError], rules: dict[str, FieldRule]) -> list[FieldError]:
    order = list(rules)
    return sorted(errors, key=lambda e: order.index(e.field) if e.field in order else len(order))


def validate_address(data: AddressData) -> AddressData:
    """Return a normalised copy of `data`, or raise ValidationErrors listing every bad field in form order."""
    errors: list[FieldError] = []
    out = replace(data)
    for name in ADDRESS_FIELDS:
        value = getattr(out, name)
        if value == "":  # clean and storable as it is
            continue
        setattr(out, name, clean_text(value if name in MULTILINE_FIELDS else single_line(value)))
        try:
            check_storable(name, ADDRESS_FIELDS[name].label, getattr(out, name), name in MULTILINE_FIELDS)
        except FieldError as exc:
            errors.append(exc)
    if out.usage not in {u.value for u in AddressUsage}:
        errors.append(FieldError("usage", translate("domain.validation", "Choose a usage.")))
    if not out.street1:
        errors.append(FieldError("street1", translate("domain.validation", "The street is required.")))
    country_ok = True
    try:
        out.country = check_country(out.country)
    except FieldError as exc:
        errors.append(exc)
        country_ok = False
    try:
        if country_ok:
            out.postal_code = check_postal_code(out.postal_code, out.country)
        elif not out.postal_code:  # the format depends on the country: only "required" can be checked
            check_postal_code("", "")
    except FieldError as exc:
        errors.append(exc)
    if not out.city:
        errors.append(FieldError("city", translate("domain.validation", "The city is required.")))
    try:
        out.phone = check_phone(out.phone, "phone", out.country if country_ok else DEFAULT_REGION)
    except FieldError as exc:
        errors.append(exc)
    _check_lengths(out, ADDRESS_FIELDS, errors)
    if errors:
        raise ValidationErrors(_form_order(errors, ADDRESS_FIELDS))
    return out

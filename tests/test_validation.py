"""Field validation as a user meets it: what is accepted, what is stored, what the error says."""

from __future__ import annotations

import socket
import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest

from crmdesk.domain import validation as v
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.fields import ADDRESS_FIELDS, CUSTOMER_FIELDS
from crmdesk.domain.i18n import language, set_language
from crmdesk.domain.records import AddressData, CustomerData

# English words that must never leak into a French message.
ENGLISH_MARKERS = (
    " the ",
    " is ",
    " not ",
    " must ",
    " should ",
    "expected",
    " typed",
    "@-sign",
    "characters",
    "Choose",
)


@pytest.fixture
def lang() -> Iterator[Callable[[str], None]]:
    """Switch the domain language inside a test; the previous one is restored afterwards."""
    before = language()
    yield set_language
    set_language(before)


def field_error(fn: Callable[..., object], *args: object, **kwargs: object) -> FieldError:
    with pytest.raises(FieldError) as info:
        fn(*args, **kwargs)
    return info.value


def customer_errors(**fields: object) -> list[FieldError]:
    data = CustomerData(**{"code": "C000001", "name": "Boulangerie Martin", **fields})  # type: ignore[arg-type]
    with pytest.raises(ValidationErrors) as info:
        v.validate_customer(data)
    return info.value.errors


def address(**fields: object) -> AddressData:
    base: dict[str, object] = {"street1": "12 rue de la Paix", "postal_code": "75002", "city": "Paris", "country": "FR"}
    return AddressData(**{**base, **fields})  # type: ignore[arg-type]


def address_errors(**fields: object) -> list[FieldError]:
    with pytest.raises(ValidationErrors) as info:
        v.validate_address(address(**fields))
    return info.value.errors


def assert_french(message: str) -> None:
    for marker in ENGLISH_MARKERS:
        assert marker not in message, f"English {marker!r} in French message {message!r}"


# --------------------------------------------------------------------------- language fixture


def test_lang_fixture_switches_language(lang: Callable[[str], None]) -> None:
    lang("fr")
    assert language() == "fr"
    assert field_error(v.check_siren, "123").message.startswith("SIREN 123 : nombre de caractères incorrect")
    lang("en-GB")
    assert language() == "en"
    assert field_error(v.check_siren, "123").message.startswith("SIREN 123: wrong number of characters")


# --------------------------------------------------------------------------- SIREN


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("732829320", "732829320"),
        ("732 829 320", "732829320"),
        (" 303265045 ", "303265045"),
        ("356000000", "356000000"),  # La Poste
        ("552100554", "552100554"),
        ("", ""),
    ],
)
def test_siren_valid(typed: str, stored: str) -> None:
    assert v.check_siren(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason_en", "reason_fr"),
    [
        ("732829321", "the check digits do not match", "la clé de contrôle ne correspond pas"),
        ("303265046", "the check digits do not match", "la clé de contrôle ne correspond pas"),
        ("12345678", "wrong number of characters", "nombre de caractères incorrect"),
        ("7328293200", "wrong number of characters", "nombre de caractères incorrect"),
        ("abcdefghi", "unexpected characters", "caractères inattendus"),
    ],
)
def test_siren_invalid(lang: Callable[[str], None], typed: str, reason_en: str, reason_fr: str) -> None:
    lang("en")
    error = field_error(v.check_siren, typed)
    assert error.field == "siren"
    assert error.message.startswith(f"SIREN {typed}: ")
    assert reason_en in error.message
    assert "9 digits" in error.message
    lang("fr")
    error = field_error(v.check_siren, typed)
    assert error.message.startswith(f"SIREN {typed} : ")
    assert reason_fr in error.message
    assert "9 chiffres" in error.message
    assert_french(error.message)


# --------------------------------------------------------------------------- SIRET


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("73282932000074", "73282932000074"),
        ("732 829 320 00074", "73282932000074"),
        ("  73282932000074\t", "73282932000074"),
        # La Poste: one SIREN for thousands of establishments; their SIRETs follow a rule of their own
        # (sum of the digits a multiple of 5), 35600000049837 fails the usual Luhn check.
        ("35600000049837", "35600000049837"),
        ("356 000 000 49837", "35600000049837"),
        ("35600000000048", "35600000000048"),  # La Poste head office: plain Luhn
        ("", ""),
    ],
)
def test_siret_valid(typed: str, stored: str) -> None:
    assert v.check_siret(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "73282932000075",  # Luhn fails
        "35600000049838",  # La Poste, digit sum not a multiple of 5
        "35600000010013",  # La Poste, passes Luhn but not La Poste's own rule
        "3560000004983",  # 13 digits
        "735600000498370",  # 15 digits
        "7328293200007A",
    ],
)
def test_siret_invalid(typed: str) -> None:
    error = field_error(v.check_siret, typed)
    assert error.field == "siret"
    assert error.message.startswith(f"SIRET {typed}: ")
    assert "14 digits" in error.message


# --------------------------------------------------------------------------- VAT number


@pytest.mark.parametrize(
    ("siren", "vat"),
    [
        ("303265045", "FR40303265045"),
        ("303 265 045", "FR40303265045"),
        ("732829320", "FR44732829320"),
        ("356000000", "FR39356000000"),
        ("552100554", "FR96552100554"),
    ],
)
def test_vat_from_siren(siren: str, vat: str) -> None:
    computed = v.vat_from_siren(siren)
    assert computed == vat
    assert v.check_vat_number(computed) == vat  # what is computed is accepted back


@pytest.mark.parametrize("siren", ["303265046", "12345", "abcdefghi"])
def test_vat_from_invalid_siren_blames_the_siren(siren: str) -> None:
    error = field_error(v.vat_from_siren, siren)
    assert error.field == "siren"
    assert siren in error.message


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("FR40303265045", "FR40303265045"),
        ("fr 40 303 265 045", "FR40303265045"),
        ("FR 40303265045", "FR40303265045"),
        ("40303265045", "FR40303265045"),  # typed without its country code: French
        ("40 303 265 045", "FR40303265045"),
        ("DE136695976", "DE136695976"),
        ("BE0403019261", "BE0403019261"),
        ("NL004495445B01", "NL004495445B01"),
        ("ESX2482300W", "ESX2482300W"),
        ("ATU13585627", "ATU13585627"),
        ("IT00743110157", "IT00743110157"),
        ("LU26375245", "LU26375245"),
        ("", ""),
    ],
)
def test_vat_number_valid(typed: str, stored: str) -> None:
    assert v.check_vat_number(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("FR41303265045", "check digits"),  # wrong key
        ("41303265045", "check digits"),  # wrong key, no country code
        ("FR40303265046", "check digits"),  # SIREN part changed
        ("DE136695977", "check digits"),
        ("BE0403019262", "check digits"),
        ("FR4030326504", "number of characters"),
        ("XX123456789", "unknown country"),
    ],
)
def test_vat_number_invalid(lang: Callable[[str], None], typed: str, reason: str) -> None:
    lang("en")
    error = field_error(v.check_vat_number, typed)
    assert error.field == "vat_number"
    assert error.message.startswith(f"VAT number {typed}: ")
    assert reason in error.message
    assert "FR40303265045" in error.message  # an example of the right form
    lang("fr")
    error = field_error(v.check_vat_number, typed)
    assert error.message.startswith(f"N° de TVA {typed} : ")
    assert_french(error.message)


# --------------------------------------------------------------------------- IBAN / BIC


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("GB82WEST12345698765432", "GB82WEST12345698765432"),  # letters in the BBAN
        ("gb82 west 1234 5698 7654 32", "GB82WEST12345698765432"),  # lower case, spaces
        ("FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189"),
        ("FR7630006000011234567890189", "FR7630006000011234567890189"),
        ("fr76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("BE71 0961 2345 6769", "BE71096123456769"),
        ("IT60 X054 2811 1010 0000 0123 456", "IT60X0542811101000000123456"),
        ("MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MT84MALT011000012345MTLCAST001S"),
        ("CH93 0076 2011 6238 5295 7", "CH9300762011623852957"),
        ("", ""),
    ],
)
def test_iban_valid(typed: str, stored: str) -> None:
    assert v.check_iban(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "FR76 3000 6000 0112 3456 7890 188",  # last digit changed: bad checksum
        "FR77 3000 6000 0112 3456 7890 189",  # key changed
        "GB82WEST12345698765433",
        "GB82 WEST 1234 5698 7654 3",  # one character missing
        "DE89370400440532013001",
    ],
)
def test_iban_invalid(lang: Callable[[str], None], typed: str) -> None:
    lang("en")
    error = field_error(v.check_iban, typed)
    assert error.field == "iban"
    assert error.message.startswith("IBAN: ")
    assert "FR76 3000 6000 0112 3456 7890 189" in error.message
    lang("fr")
    error = field_error(v.check_iban, typed)
    assert error.message.startswith("IBAN : ")
    assert_french(error.message)


def test_iban_bad_checksum_says_so() -> None:
    error = field_error(v.check_iban, "FR7630006000011234567890188")
    assert "check digits do not match" in error.message


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 189"),
        ("GB82WEST12345698765432", "GB82 WEST 1234 5698 7654 32"),
        ("", ""),
    ],
)
def test_format_iban(stored: str, shown: str) -> None:
    assert v.format_iban(stored) == shown


@pytest.mark.parametrize(
    ("iban", "masked"),
    [
        ("FR7630006000011234567890189", "FR•• •••• •••• 0189"),
        ("FR76 3000 6000 0112 3456 7890 189", "FR•• •••• •••• 0189"),
        ("GB82WEST12345698765432", "GB•• •••• •••• 5432"),
        ("", ""),
    ],
)
def test_mask_iban(iban: str, masked: str) -> None:
    assert v.mask_iban(iban) == masked


def test_mask_iban_hides_the_account() -> None:
    masked = v.mask_iban("FR7630006000011234567890189")
    assert "3000" not in masked and "1234567890" not in masked and "76" not in masked


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("BNPAFRPP", "BNPAFRPP"),
        ("bnpafrpp", "BNPAFRPP"),
        ("BNPAFRPPXXX", "BNPAFRPPXXX"),
        ("DEUTDEFF500", "DEUTDEFF500"),
        ("CEPA FR PP 751", "CEPAFRPP751"),
        ("", ""),
    ],
)
def test_bic_valid(typed: str, stored: str) -> None:
    assert v.check_bic(typed) == stored


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("BNPAFRP", "wrong number of characters"),  # 7
        ("BNPAFRPPXX", "wrong number of characters"),  # 10
        ("BNPAFRPPXXXX", "wrong number of characters"),  # 12
        ("BNPA12PP", "unexpected characters"),  # the country must be letters
        ("1NPAFRPP", "unexpected characters"),  # the bank code must be letters
    ],
)
def test_bic_invalid(typed: str, reason: str) -> None:
    error = field_error(v.check_bic, typed)
    assert error.field == "bic"
    assert error.message.startswith(f"BIC {typed}: {reason}")
    assert "8 or 11 characters" in error.message


# --------------------------------------------------------------------------- email


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("jean.dupont@example.fr", "jean.dupont@example.fr"),
        ("  jean.dupont@example.fr ", "jean.dupont@example.fr"),
        ("Jean.Dupont@Example.FR", "Jean.Dupont@example.fr"),  # the domain is case-insensitive
        ("compta+factures@societe-martin.fr", "compta+factures@societe-martin.fr"),
        ("josé@exemple.fr", "josé@exemple.fr"),  # unicode local part
        ("jose\u0301@exemple.fr", "josé@exemple.fr"),  # decomposed é is composed
        ("user@bücher.de", "user@bücher.de"),  # internationalised domain
        ("用户@例子.广告", "用户@例子.广告"),
        ("", ""),
    ],
)
def test_email_valid(typed: str, stored: str) -> None:
    assert v.check_email(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "jean",
        "jean@",
        "@example.fr",
        "jean dupont@example.fr",
        "jean@localhost",
        "a@b",
        "jean@@example.fr",
        "jean..dupont@example.fr",
        "jean.@example.fr",
        "Jean <jean@example.fr>",
    ],
)
def test_email_invalid(lang: Callable[[str], None], typed: str) -> None:
    lang("en")
    error = field_error(v.check_email, typed)
    assert error.field == "email"
    assert error.message.startswith(f"Email address {typed} is not valid: ")
    lang("fr")
    error = field_error(v.check_email, typed)
    assert error.message.startswith(f"L'adresse e-mail {typed} n'est pas valide")
    assert error.message.endswith("(exemple : nom@domaine.fr).")
    assert_french(error.message)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("jean", "il manque le signe @"),
        ("jean@", "il manque le domaine après le @"),
        ("@example.fr", "il manque la partie avant le @"),
        ("a@b", "le domaine après le @ doit contenir un point"),
        ("jean..dupont@example.fr", "deux points se suivent"),
        ("jean dupont@example.fr", "caractères non autorisés avant le @"),
        ("jean@@example.fr", "caractères non autorisés après le @"),
    ],
)
def test_email_reason_in_french(lang: Callable[[str], None], typed: str, reason: str) -> None:
    lang("fr")
    assert field_error(v.check_email, typed).message == (
        f"L'adresse e-mail {typed} n'est pas valide : {reason} (exemple : nom@domaine.fr)."
    )


def test_email_error_names_the_field_it_checks() -> None:
    assert field_error(v.check_email, "jean@", field="contact_email").field == "contact_email"


def test_email_check_uses_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the e-mail check tried to use the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    try:
        import dns.resolver

        monkeypatch.setattr(dns.resolver.Resolver, "resolve", no_network)
    except ImportError:  # pragma: no cover - dnspython is a dependency of email-validator
        pass
    # A domain that certainly has no mail server is still accepted: deliverability is not checked.
    assert v.check_email("jean@no-such-domain-crmdesk-test.fr") == "jean@no-such-domain-crmdesk-test.fr"
    assert v.check_email("user@bücher.de") == "user@bücher.de"


# --------------------------------------------------------------------------- phone


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06 12 34 56 78", "+33612345678"),
        ("0612345678", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("06-12-34-56-78", "+33612345678"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+33612345678", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("01 23 45 67 89", "+33123456789"),
        ("09 87 65 43 21", "+33987654321"),
        ("0 800 00 00 00", "+33800000000"),
        # overseas departments share the national plan: 0692… from Paris is a Réunion mobile
        ("0692 12 34 56", "+262692123456"),
        ("0262 12 34 56", "+262262123456"),
        ("0690 00 12 34", "+590690001234"),
        ("0696 12 34 56", "+596696123456"),
        ("0694 12 34 56", "+594694123456"),
        ("+262 692 12 34 56", "+262692123456"),
        # foreign numbers, with their country code
        ("+44 20 7946 0958", "+442079460958"),
        ("+1 650 253 0000", "+16502530000"),
        ("+49 30 1234567", "+49301234567"),
        ("0041 44 668 18 00", "+41446681800"),
        ("", ""),
    ],
)
def test_phone_valid(typed: str, stored: str) -> None:
    assert v.check_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "region", "stored"),
    [
        ("030 1234567", "DE", "+49301234567"),
        ("044 668 18 00", "CH", "+41446681800"),
        ("0692 12 34 56", "RE", "+262692123456"),
        ("06 12 34 56 78", "RE", "+33612345678"),  # a metropolitan mobile typed in Réunion
        ("+33 6 12 34 56 78", "DE", "+33612345678"),  # the + form ignores the region
    ],
)
def test_phone_with_region(typed: str, region: str, stored: str) -> None:
    assert v.check_phone(typed, region=region) == stored


@pytest.mark.parametrize(
    "typed",
    ["12", "06 12 34", "06 12 34 56 78 90", "abc", "+33 6 92 12 34 56", "+99 123 456", "00 00 00 00 00"],
)
def test_phone_invalid(lang: Callable[[str], None], typed: str) -> None:
    lang("en")
    error = field_error(v.check_phone, typed)
    assert error.field == "phone"
    assert error.message.startswith(f"Phone: {typed} is not a valid phone number.")
    assert "01 23 45 67 89" in error.message
    lang("fr")
    error = field_error(v.check_phone, typed)
    assert error.message.startswith(f"Téléphone : le numéro {typed} n'est pas valide.")
    assert_french(error.message)


def test_mobile_error_names_the_mobile_field(lang: Callable[[str], None]) -> None:
    error = field_error(v.check_phone, "12", "mobile")
    assert error.field == "mobile"
    assert error.message.startswith("Mobile: 12 ")
    lang("fr")
    assert field_error(v.check_phone, "12", "mobile").message.startswith("Mobile : le numéro 12 ")


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+33612345678", "06 12 34 56 78"),
        ("+33123456789", "01 23 45 67 89"),
        ("+33800000000", "0 800 00 00 00"),
        ("+262692123456", "0692 12 34 56"),
        ("+596696123456", "0696 12 34 56"),
        ("+442079460958", "+44 20 7946 0958"),
        ("+16502530000", "+1 650-253-0000"),
        ("+49301234567", "+49 30 1234567"),
        ("", ""),
        ("not a number", "not a number"),  # legacy rubbish is shown as stored, never lost
    ],
)
def test_format_phone(e164: str, shown: str) -> None:
    assert v.format_phone(e164) == shown


@pytest.mark.parametrize("typed", ["06 12 34 56 78", "+44 20 7946 0958", "0692 12 34 56", "01 23 45 67 89"])
def test_phone_round_trip(typed: str) -> None:
    stored = v.check_phone(typed)
    assert v.check_phone(v.format_phone(stored)) == stored


@pytest.mark.parametrize(
    ("e164", "forms"),
    [
        ("+33612345678", {"33612345678", "0612345678"}),
        ("+33123456789", {"33123456789", "0123456789"}),
        ("+262692123456", {"262692123456", "0692123456"}),
        ("+442079460958", {"442079460958"}),
    ],
)
def test_phone_search_forms(e164: str, forms: set[str]) -> None:
    assert set(v.phone_search_forms(e164).split()) == forms


def test_phone_search_forms_empty() -> None:
    assert v.phone_search_forms("") == ""


def test_phone_search_finds_what_people_type() -> None:
    forms = v.phone_search_forms(v.check_phone("06 12 34 56 78"))
    for typed in ("0612345678", "33612345678", "612345678", "0612"):
        assert typed in forms


# --------------------------------------------------------------------------- postal codes, country


@pytest.mark.parametrize(
    ("typed", "country", "stored"),
    [
        ("01000", "FR", "01000"),  # Bourg-en-Bresse: the leading zero stays
        ("97400", "FR", "97400"),  # Saint-Denis de La Réunion
        ("20000", "FR", "20000"),  # Ajaccio: Corsica's postal codes are digits
        ("20200", "FR", "20200"),
        (" 75001 ", "fr", "75001"),
        ("75 001", "FR", "75001"),
        ("75001", "", "75001"),  # no country: France
        ("98000", "MC", "98000"),
        ("1000", "BE", "1000"),  # Brussels: 4 digits
        ("1204", "CH", "1204"),
        ("10115", "DE", "10115"),
        ("sw1a 1aa", "GB", "SW1A 1AA"),  # no rule: kept as typed, upper case
        ("97400", "RE", "97400"),
    ],
)
def test_postal_code_valid(typed: str, country: str, stored: str) -> None:
    assert v.check_postal_code(typed, country) == stored


@pytest.mark.parametrize(
    ("typed", "country", "expected_en"),
    [
        ("1000", "FR", "5 digits, e.g. 01000 or 97400"),  # leading zero lost
        ("750001", "FR", "5 digits, e.g. 01000 or 97400"),
        ("7500A", "FR", "5 digits, e.g. 01000 or 97400"),
        ("10000", "BE", "4 digits"),
        ("75001", "MC", "5 digits starting with 980"),
        ("L-1111", "LU", "4 digits"),
    ],
)
def test_postal_code_invalid(lang: Callable[[str], None], typed: str, country: str, expected_en: str) -> None:
    lang("en")
    error = field_error(v.check_postal_code, typed, country)
    assert error.field == "postal_code"
    assert error.message == f"Postal code {typed}: expected {expected_en}."
    lang("fr")
    error = field_error(v.check_postal_code, typed, country)
    assert error.message.startswith(f"Code postal {typed} : il faut ")
    assert_french(error.message)


@pytest.mark.parametrize("typed", ["2A004", "2a004", "2B033"])
def test_corsican_insee_code_is_not_a_postal_code(lang: Callable[[str], None], typed: str) -> None:
    error = field_error(v.check_postal_code, typed, "FR")
    assert error.field == "postal_code"
    assert "INSEE" in error.message and "20000" in error.message
    lang("fr")
    assert "INSEE" in field_error(v.check_postal_code, typed, "FR").message


def test_postal_code_required(lang: Callable[[str], None]) -> None:
    assert field_error(v.check_postal_code, "  ", "FR").message == "The postal code is required."
    lang("fr")
    assert field_error(v.check_postal_code, "", "FR").message == "Le code postal est obligatoire."


@pytest.mark.parametrize(("typed", "stored"), [("FR", "FR"), ("fr", "FR"), (" be ", "BE")])
def test_country_valid(typed: str, stored: str) -> None:
    assert v.check_country(typed) == stored


@pytest.mark.parametrize("typed", ["", "France", "F", "F1"])
def test_country_invalid(typed: str) -> None:
    assert field_error(v.check_country, typed).field == "country"


# --------------------------------------------------------------------------- NAF, website


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("62.01Z", "62.01Z"),
        ("6201Z", "62.01Z"),
        ("62.01z", "62.01Z"),
        ("62 01 Z", "62.01Z"),
        ("10.71C", "10.71C"),
        ("", ""),
    ],
)
def test_naf_valid(typed: str, stored: str) -> None:
    assert v.check_naf(typed) == stored


@pytest.mark.parametrize("typed", ["6201", "62.01ZZ", "A2.01Z", "62.0Z", "620.1Z", "62-01Z"])
def test_naf_invalid(typed: str) -> None:
    error = field_error(v.check_naf, typed)
    assert error.field == "naf_code"
    assert "62.01Z" in error.message


@pytest.mark.parametrize(
    "typed",
    [
        "www.example.fr",
        "example.fr",
        "https://example.fr",
        "http://www.exemple.com/contact",
        "https://boulangerie-martin.fr/produits?page=2",
        "https://bücher.de",
        "",
    ],
)
def test_website_valid(typed: str) -> None:
    assert v.check_website(typed) == typed


@pytest.mark.parametrize("typed", ["example", "ftp://example.fr", "exa mple.fr", "mailto:jean@example.fr", "http://"])
def test_website_invalid(lang: Callable[[str], None], typed: str) -> None:
    error = field_error(v.check_website, typed)
    assert error.field == "website"
    assert error.message == f"Website {typed}: expected an address such as www.example.fr."
    lang("fr")
    assert field_error(v.check_website, typed).message.startswith(f"Site web {typed} : ")


# --------------------------------------------------------------------------- names, NFC, lengths


def test_clean_text_composes_to_nfc() -> None:
    decomposed = "Cafe\u0301 de la Gare"
    assert unicodedata.is_normalized("NFD", decomposed) and len(decomposed) == 16
    cleaned = v.clean_text(f"  {decomposed} ")
    assert cleaned == "Café de la Gare"
    assert len(cleaned) == 15
    assert cleaned.encode() == "Caf\u00e9 de la Gare".encode()


@pytest.mark.parametrize(
    "name",
    [
        "Boulangerie Martin",
        "Société Générale",
        "Ødegård & Søn",
        "Müller GmbH",
        "Łódź Trading",
        "Ελληνική Εταιρεία",
        "Компания Иванов",
        "株式会社トヨタ",
        "شركة",
        "L'Œuf d'Or",
        "Zoë O'Brien-Ñúñez",
    ],
)
def test_names_accept_any_unicode(name: str) -> None:
    assert v.validate_customer(CustomerData(code="C000001", name=name)).name == name


def test_customer_name_stored_in_nfc() -> None:
    out = v.validate_customer(
        CustomerData(code="C000001", name="E\u0301ric Le\u0301ger SARL", first_name="Ame\u0301lie")
    )
    assert out.name == "\u00c9ric L\u00e9ger SARL"
    assert out.first_name == "Am\u00e9lie"
    assert unicodedata.is_normalized("NFC", out.name)


def test_address_fields_stored_in_nfc() -> None:
    out = v.validate_address(address(city="Orle\u0301ans", street1=" 3 rue de l'E\u0301glise "))
    assert out.city == "Orléans"
    assert out.street1 == "3 rue de l'Église"


FREE_TEXT_CUSTOMER_FIELDS = [
    "code",
    "name",
    "legal_form",
    "civility",
    "first_name",
    "last_name",
    "job_title",
    "language",
    "notes",
    "incoterm_place",
    "delivery_instructions",
    "accounting_code",
    "sepa_mandate_ref",
]


@pytest.mark.parametrize("field", FREE_TEXT_CUSTOMER_FIELDS)
def test_customer_max_length(lang: Callable[[str], None], field: str) -> None:
    rule = CUSTOMER_FIELDS[field]
    assert rule.max_length is not None
    ok = v.validate_customer(CustomerData(**{"code": "C1", "name": "N", field: "é" * rule.max_length}))  # type: ignore[arg-type]
    assert getattr(ok, field) == "é" * rule.max_length

    errors = customer_errors(**{field: "é" * (rule.max_length + 1)})
    assert [e.field for e in errors] == [field]
    assert errors[0].message == f"{rule.source}: at most {rule.max_length} characters ({rule.max_length + 1} typed)."
    lang("fr")
    errors = customer_errors(**{field: "é" * (rule.max_length + 1)})
    assert errors[0].message == f"{rule.label} : {rule.max_length} caractères au maximum ({rule.max_length + 1} saisis)."


def test_length_counts_characters_after_nfc() -> None:
    # 200 decomposed "é" are 400 code points but 200 characters once composed.
    out = v.validate_customer(CustomerData(code="C1", name="e\u0301" * 200))
    assert out.name == "é" * 200


def test_length_is_checked_on_the_value_stored() -> None:
    # Spaces typed for readability are not stored, so they do not count against the maximum.
    out = v.validate_customer(
        CustomerData(
            code="C1",
            name="N",
            siren="732 829 320",
            siret="732 829 320 00074",
            naf_code="62 01 Z",
            iban="MT84 MALT 0110 0001 2345 MTLC AST0 01S",
            vat_number="FR 40 303 265 045",
        )
    )
    assert (out.siren, out.siret, out.naf_code) == ("732829320", "73282932000074", "62.01Z")
    assert out.iban == "MT84MALT011000012345MTLCAST001S"
    assert out.vat_number == "FR40303265045"


@pytest.mark.parametrize(
    "field",
    ["label", "recipient", "street1", "street2", "street3", "city", "instructions"],
)
def test_address_max_length(field: str) -> None:
    rule = ADDRESS_FIELDS[field]
    assert rule.max_length is not None
    assert getattr(v.validate_address(address(**{field: "x" * rule.max_length})), field) == "x" * rule.max_length
    errors = address_errors(**{field: "x" * (rule.max_length + 1)})
    assert [e.field for e in errors] == [field]
    assert errors[0].message.startswith(f"{rule.source}: at most {rule.max_length} characters")


# --------------------------------------------------------------------------- validate_customer


def test_validate_customer_normalises_everything() -> None:
    out = v.validate_customer(
        CustomerData(
            code=" C000123 ",
            name="  Boulangerie Martin ",
            email=" Contact@Boulangerie-Martin.FR ",
            phone="01 23 45 67 89",
            mobile="06 12 34 56 78",
            website="www.boulangerie-martin.fr",
            incoterm="dap",
            siret="732 829 320 00074",
            vat_number="fr44732829320",
            naf_code="1071c",
            iban="fr76 3000 6000 0112 3456 7890 189",
            bic="bnpafrpp",
            currency="eur",
            credit_limit=Decimal("5000.00"),
            default_discount=Decimal("2.5"),
        )
    )
    assert out.code == "C000123"
    assert out.name == "Boulangerie Martin"
    assert out.email == "Contact@boulangerie-martin.fr"
    assert (out.phone, out.mobile) == ("+33123456789", "+33612345678")
    assert out.incoterm == "DAP"
    assert out.siret == "73282932000074"
    assert out.siren == "732829320"  # taken from the SIRET
    assert out.vat_number == "FR44732829320"
    assert out.naf_code == "10.71C"
    assert out.iban == "FR7630006000011234567890189"
    assert out.bic == "BNPAFRPP"
    assert out.currency == "EUR"
    assert out.credit_limit == Decimal("5000.00") and out.default_discount == Decimal("2.5")


def test_validate_customer_leaves_its_input_alone() -> None:
    data = CustomerData(code="C1", name=" Martin ", phone="06 12 34 56 78")
    v.validate_customer(data)
    assert (data.name, data.phone) == (" Martin ", "06 12 34 56 78")


def test_individual_name_from_first_and_last_name() -> None:
    out = v.validate_customer(CustomerData(code="C1", kind="individual", first_name=" Zoë ", last_name="Ødegård"))
    assert out.name == "Zoë Ødegård"


@pytest.mark.parametrize(
    ("kind", "en", "fr"),
    [
        ("company", "The name is required.", "Le nom est obligatoire."),
        ("individual", "The name is required (first and last name).", "Le nom est obligatoire (prénom et nom)."),
    ],
)
def test_name_required(lang: Callable[[str], None], kind: str, en: str, fr: str) -> None:
    errors = customer_errors(kind=kind, name="  ")
    assert [(e.field, e.message) for e in errors] == [("name", en)]
    lang("fr")
    assert [(e.field, e.message) for e in customer_errors(kind=kind, name="")] == [("name", fr)]


def test_siret_must_belong_to_the_siren() -> None:
    errors = customer_errors(siren="303265045", siret="73282932000074")
    assert [(e.field, e.message) for e in errors] == [("siret", "The SIRET must start with the SIREN 303265045.")]


def test_la_poste_customer_is_accepted() -> None:
    out = v.validate_customer(
        CustomerData(code="C1", name="La Poste", siret="35600000049837", vat_number=v.vat_from_siren("356000000"))
    )
    assert (out.siren, out.siret, out.vat_number) == ("356000000", "35600000049837", "FR39356000000")


@pytest.mark.parametrize(
    ("field", "value", "en"),
    [
        ("credit_limit", Decimal("-0.01"), "Credit limit cannot be negative."),
        ("franco_threshold", Decimal(-1), "Carriage-paid threshold cannot be negative."),
        ("minimum_order_amount", Decimal(-5), "Minimum order cannot be negative."),
        ("default_discount", Decimal("100.01"), "Default discount cannot exceed 100."),
        ("default_discount", Decimal(-1), "Default discount cannot be negative."),
    ],
)
def test_amounts(field: str, value: Decimal, en: str) -> None:
    assert [(e.field, e.message) for e in customer_errors(**{field: value})] == [(field, en)]


@pytest.mark.parametrize("field", ["credit_limit", "franco_threshold", "minimum_order_amount", "default_discount"])
def test_amount_bounds_accepted(field: str) -> None:
    assert getattr(v.validate_customer(CustomerData(code="C1", name="N", **{field: Decimal(0)})), field) == 0
    assert getattr(v.validate_customer(CustomerData(code="C1", name="N", **{field: Decimal(100)})), field) == 100


@pytest.mark.parametrize(
    ("field", "value", "en"),
    [
        ("incoterm", "XYZ", "Incoterm: XYZ is not one of EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF."),
        ("currency", "JPY", "Currency: JPY is not one of EUR, USD, GBP, CHF."),
        ("kind", "shop", "Choose the kind of customer: company or individual."),
        ("vat_regime", "moon", "Choose a VAT regime."),
    ],
)
def test_choices(field: str, value: str, en: str) -> None:
    assert [(e.field, e.message) for e in customer_errors(**{field: value})] == [(field, en)]


def test_empty_currency_is_euro() -> None:
    assert v.validate_customer(CustomerData(code="C1", name="N", currency="")).currency == "EUR"


# Every field that can be wrong, typed wrong at once.
ALL_WRONG: dict[str, object] = {
    "code": "",
    "kind": "shop",
    "name": "x" * 201,
    "email": "jean@",
    "phone": "12",
    "mobile": "34",
    "website": "nope",
    "incoterm": "XYZ",
    "franco_threshold": Decimal(-1),
    "minimum_order_amount": Decimal(-1),
    "siren": "123",
    "siret": "1",
    "vat_number": "FR41303265045",
    "naf_code": "1",
    "iban": "FR7630006000011234567890188",
    "bic": "X",
    "credit_limit": Decimal(-5),
    "default_discount": Decimal(101),
    "vat_regime": "moon",
    "currency": "JPY",
    "notes": "n" * 5001,
}
ALL_WRONG_ORDER = [
    "code",
    "kind",
    "name",
    "email",
    "phone",
    "mobile",
    "website",
    "notes",
    "incoterm",
    "franco_threshold",
    "minimum_order_amount",
    "siren",
    "siret",
    "vat_number",
    "naf_code",
    "iban",
    "bic",
    "credit_limit",
    "default_discount",
    "vat_regime",
    "currency",
]


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_validate_customer_reports_every_error_in_form_order(lang: Callable[[str], None], language_code: str) -> None:
    lang(language_code)
    errors = customer_errors(**ALL_WRONG)
    fields = [e.field for e in errors]
    assert fields == ALL_WRONG_ORDER
    assert fields == sorted(fields, key=list(CUSTOMER_FIELDS).index)
    assert len(set(fields)) == len(fields)  # one error per field


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_each_error_names_its_field(lang: Callable[[str], None], language_code: str) -> None:
    lang(language_code)
    for error in customer_errors(**ALL_WRONG):
        label = CUSTOMER_FIELDS[error.field].label
        assert label.casefold() in error.message.casefold() or error.field == "vat_number", (error.field, error.message)
        if language_code == "fr":
            assert_french(error.message)
    vat = next(e for e in customer_errors(**ALL_WRONG) if e.field == "vat_number")
    assert ("VAT number" if language_code == "en" else "N° de TVA") in vat.message


def test_validation_errors_by_field() -> None:
    with pytest.raises(ValidationErrors) as info:
        v.validate_customer(CustomerData(code="C1", name="N", email="jean@", bic="X"))
    assert set(info.value.by_field()) == {"email", "bic"}
    assert "email: Email address jean@ is not valid" in info.value.message


def test_french_messages_in_french_and_english_in_english(lang: Callable[[str], None]) -> None:
    lang("fr")
    fr = {e.field: e.message for e in customer_errors(code="", email="jean", siren="123")}
    assert fr == {
        "code": "Le code est obligatoire.",
        "email": "L'adresse e-mail jean n'est pas valide : il manque le signe @ (exemple : nom@domaine.fr).",
        "siren": "SIREN 123 : nombre de caractères incorrect. Un SIREN compte 9 chiffres.",
    }
    lang("en")
    en = {e.field: e.message for e in customer_errors(code="", email="jean", siren="123")}
    assert en == {
        "code": "The code is required.",
        "email": "Email address jean is not valid: An email address must have an @-sign.",
        "siren": "SIREN 123: wrong number of characters. A SIREN has 9 digits.",
    }


# --------------------------------------------------------------------------- validate_address


def test_validate_address_normalises() -> None:
    out = v.validate_address(
        address(country="fr", postal_code=" 01000", city=" Bourg-en-Bresse ", phone="04 74 12 34 56")
    )
    assert (out.country, out.postal_code, out.city, out.phone) == ("FR", "01000", "Bourg-en-Bresse", "+33474123456")


def test_address_phone_read_in_the_address_country() -> None:
    out = v.validate_address(address(country="DE", postal_code="10115", city="Berlin", phone="030 1234567"))
    assert out.phone == "+49301234567"


@pytest.mark.parametrize("language_code", ["en", "fr"])
def test_validate_address_reports_every_error_in_form_order(lang: Callable[[str], None], language_code: str) -> None:
    lang(language_code)
    errors = address_errors(
        usage="somewhere", street1="", postal_code="1000", city="", phone="12", instructions="i" * 2001
    )
    fields = [e.field for e in errors]
    assert fields == ["usage", "street1", "postal_code", "city", "phone", "instructions"]
    for error in errors:
        assert ADDRESS_FIELDS[error.field].label.casefold() in error.message.casefold(), error.message
        if language_code == "fr":
            assert_french(error.message)


def test_address_with_unknown_country_gets_one_country_error() -> None:
    errors = address_errors(country="France", postal_code="75002", phone="01 23 45 67 89")
    assert [(e.field, e.message) for e in errors] == [("country", "Choose a country.")]


def test_address_postal_code_checked_for_its_country() -> None:
    assert v.validate_address(address(country="BE", postal_code="1000", city="Bruxelles")).postal_code == "1000"
    assert [e.field for e in address_errors(country="FR", postal_code="1000")] == ["postal_code"]
    assert [e.field for e in address_errors(country="FR", postal_code="2A004")] == ["postal_code"]


# --------------------------------------------------------------------------- fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Éléonore", "eleonore"),
        ("CAFÉ", "cafe"),
        ("Straße", "strasse"),
        ("Œuvre", "oeuvre"),
        ("Ærø", "aerø"),
        ("e\u0301", "e"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert v.fold(text) == folded

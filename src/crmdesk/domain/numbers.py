"""The one way crmdesk reads and writes numbers, for every editor, table cell and import.

Reading (`parse_decimal`), the same in French and in English:
- a single "," or "." is the decimal separator: "1,5" and "1.5" are 1.5, "1.234" is 1.234 (as typed on a
  numeric keypad, whatever the keyboard's language);
- thousands are grouped by spaces (U+0020, U+00A0 no-break, U+202F narrow no-break, U+2009 thin), in groups
  of three: "1 234,5";
- the language's own written form is read back: "1,234.50" in English (commas before a point);
- anything else that could be read two ways or is malformed ("2,5,3", "1.234,5.6", "1e5", "--1", "12 34") is
  refused with a `NumberError` that names the field, never guessed.

Writing (`format_decimal`, `format_money`) goes through Babel's CLDR data: "1 234,50" (narrow no-break
spaces) and "1 234,50 €" in French, "1,234.50" and "€1,234.50" in English. No float on the way.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency as _babel_currency
from babel.numbers import format_decimal as _babel_decimal

from crmdesk.domain.errors import FieldError
from crmdesk.domain.i18n import language, translate

# The CLDR locales whose conventions the two interface languages write numbers in.
BABEL_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
SPACES = (" ", "\u00a0", "\u202f", "\u2009")
SYMBOLS = ("€", "$", "£", "%", "CHF")
MINUS_SIGNS = ("-", "\u2212")


class NumberError(FieldError, ValueError):
    """Text that is not a number (or not one that can be read only one way); `field` names the field.

    Also a ValueError, so code that asks "is this a number?" can catch either.
    """


def _lang(lang: str | None) -> str:
    lang = (lang or language()).lower()
    return "fr" if lang.startswith("fr") else "en"


_DIGITS = re.compile(r"\d+")
_SPACE_GROUPED = re.compile(r"\d{1,3}( \d{3})+")
_COMMA_GROUPED = re.compile(r"\d{1,3}(,\d{3})+")


def _refuse(field: str, text: str, reason: str) -> NumberError:
    return NumberError(field, translate("domain.numbers", "“{text}” is not a number: {reason}").format(text=text,
                                        reason=reason))


def parse_decimal(text: str | None, lang: str | None = None, field: str = "") -> Decimal | None:
    """The number typed in `text` (None when it is empty), read by the rules above.

    `lang` ("fr" or "en", default the interface's) only decides whether its written form "1,234.50" is
    understood; a single separator is the decimal one in both. Raises NumberError for anything else.
    """
    original = (text or "").strip()
    body = original
    for symbol in SYMBOLS:
        if body.startswith(symbol):
            body = body[len(symbol):].strip()
        if body.endswith(symbol):
            body = body[: -len(symbol)].strip()
    negative = False
    for sign in MINUS_SIGNS:
        if body.startswith(sign):
            negative, body = True, body[len(sign):]
            break
    else:
        if body.startswith("+"):
            body = body[1:]
    for symbol in ("€", "$", "£"):  # "-€3", "€-3"
        if body.startswith(symbol):
            body = body[len(symbol):]
    if not body:
        if original and original not in SYMBOLS:
            raise _refuse(field, original, translate("domain.numbers", "there are no digits."))
        return None
    for space in SPACES:
        body = body.replace(space, " ")
    if any(sign in body for sign in (*MINUS_SIGNS, "+")):
        raise _refuse(field, original, translate("domain.numbers", "one sign at most, before the digits."))
    if not re.fullmatch(r"[\d ,.]+", body):
        raise _refuse(field, original, translate("domain.numbers", "only digits, a decimal separator and spaces between thousands are "
                                       "allowed (e.g. 1 234.5)."))
    whole, fraction = body, ""
    separators = body.count(",") + body.count(".")
    if separators == 1:
        cut = max(body.rfind(","), body.rfind("."))
        whole, fraction = body[:cut], body[cut + 1:]
    elif separators > 1:
        point = body.rfind(".")
        head = body[:point] if point >= 0 else ""
        if (_lang(lang) == "en" and "," in head and "." not in head
                and _COMMA_GROUPED.fullmatch(head.replace(" ", ""))):
            whole, fraction = head.replace(",", ""), body[point + 1:]  # "1,234.50": the English form
        else:
            raise _refuse(field, original, translate("domain.numbers", "it has several separators; write one decimal separator and group "
                                           "thousands with spaces (e.g. 1 234.5)."))
    if " " in fraction or (not whole and not fraction):
        raise _refuse(field, original, translate("domain.numbers", "spaces group the thousands of the whole part only."))
    whole = whole.strip()
    if " " in whole and not _SPACE_GROUPED.fullmatch(whole):
        raise _refuse(field, original, translate("domain.numbers", "spaces must separate groups of three digits (e.g. 12 500)."))
    whole = whole.replace(" ", "")
    if (whole and not _DIGITS.fullmatch(whole)) or (fraction and not _DIGITS.fullmatch(fraction)):
        raise _refuse(field, original, translate("domain.numbers", "digits are missing around the separator."))
    try:
        value = Decimal(f"{'-' if negative else ''}{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:  # pragma: no cover - the patterns above only let digits through
        raise _refuse(field, original, translate("domain.numbers", "unreadable.")) from None
    if value.is_zero():
        value = value.copy_abs()  # "-0" is 0
    # Keep the decimals as typed: "0,10" is Decimal("0.10"), "3" is Decimal("3").
    return value if fraction else value.quantize(Decimal(1))


def check_places(value: Decimal, places: int, field: str = "", text: str = "") -> Decimal:
    """`value` when it has at most `places` decimals (trailing zeros aside); else NumberError: an amount
    typed with a third decimal is refused, never rounded without a word."""
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise NumberError(field, translate("domain.numbers", "“{text}” has more than {n} decimals.").format(text=text or str(value), n=places))
    return value


def _pattern(value: Decimal, decimals: int | None, lang: str) -> tuple[Decimal, str]:
    if decimals is None:
        normal = value.normalize()
        exponent = normal.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    else:
        places = decimals
    value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if value.is_zero():
        value = value.copy_abs()  # no "-0,00"
    # In English a whole number is written without its grouping comma: "1,234" would read back as 1.234.
    head = "0" if lang == "en" and places == 0 else "#,##0"
    return value, head + ("." + "0" * places if places else "")


def format_decimal(value: Decimal | int | None, decimals: int | None = 2, lang: str | None = None,
                   max_decimals: int | None = None) -> str:
    """`value` written the language's way, rounded half-up to `decimals` places (None: the significant
    ones only, at most `max_decimals`): 1234.5 -> "1 234,50" in French, "1,234.50" in English."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"format_decimal takes a Decimal, not {type(value).__name__}")
    value = Decimal(value)
    lang = _lang(lang)
    if decimals is None and max_decimals is not None:
        value = value.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP)
    value, pattern = _pattern(value, decimals, lang)
    return str(_babel_decimal(value, format=pattern, locale=BABEL_LOCALES[lang], decimal_quantization=False))


def format_money(value: Decimal | int | None, currency: str = "EUR", lang: str | None = None) -> str:
    """An amount in the currency's format: "1 234,50 €" in French, "€1,234.50" in English (half-up cents)."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(f"format_money takes a Decimal, not {type(value).__name__}")
    cents = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return str(_babel_currency(cents, currency, locale=BABEL_LOCALES[_lang(lang)]))

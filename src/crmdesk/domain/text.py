"""Text that can be stored: the one rule for every text field and search box, on both backends.

PostgreSQL text cannot hold NUL, and a lone surrogate (pasted from some Windows programs) cannot be
encoded in UTF-8 at all; other C0 control characters are invisible and break exports. A field holding
one is refused with a clear message (nothing is silently changed); a search box simply drops them.
Multi-line fields (notes, instructions) keep line breaks and tabs.
"""

from __future__ import annotations

import re

from crmdesk.domain.errors import FieldError
from crmdesk.domain.i18n import translate

# C0 controls, DEL, lone surrogates and the two non-characters U+FFFE / U+FFFF.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_FORBIDDEN_SINGLE_LINE = re.compile("[\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

EXCERPT_LENGTH = 30


def excerpt(value: str, limit: int = EXCERPT_LENGTH) -> str:
    """The start of a value for a message: at most `limit` characters, then "…"."""
    value = unstorable_removed(value)
    return value if len(value) <= limit else value[:limit].rstrip() + "…"


def first_unstorable(value: str, multiline: bool = False) -> str | None:
    """The first character of `value` that cannot be stored, or None."""
    match = (_FORBIDDEN if multiline else _FORBIDDEN_SINGLE_LINE).search(value)
    return match.group() if match else None


def describe(char: str) -> str:
    """A character named for a message: U+0000 (NUL)."""
    code = f"U+{ord(char):04X}"
    if char == "\x00":
        return f"{code} (NUL)"
    if "\ud800" <= char <= "\udfff":
        return translate("domain.text", "{code} (half of a character pair)").format(code=code)
    if char in "\n\r":
        return translate("domain.text", "a line break")
    if char == "\t":
        return translate("domain.text", "a tab")
    return translate("domain.text", "{code} (control character)").format(code=code)


def check_storable(field: str, label: str, value: str, multiline: bool = False) -> str:
    """`value` unchanged, or FieldError naming the first character that cannot be stored."""
    bad = first_unstorable(value, multiline)
    if bad is None:
        return value
    raise FieldError(field, translate("domain.text", "{label}: contains an invisible character that cannot be stored ({char}), probably pasted; "
        "remove it and save again.").format(label=label, char=describe(bad)))


_LINE_BREAKS = re.compile("[ ]*[\t\r\n\x0b\x0c\x85\u2028\u2029]+[ ]*")


def single_line(value: str) -> str:
    """Tabs and line breaks (pasted from a spreadsheet or an e-mail) in a one-line field become one space:
    "Jean\tPierre" is "Jean Pierre". Multi-line fields keep them (MULTILINE_FIELDS)."""
    return _LINE_BREAKS.sub(" ", value)


def unstorable_removed(value: str) -> str:
    """`value` with every character that cannot be stored replaced by a space (search boxes, messages)."""
    return _FORBIDDEN_SINGLE_LINE.sub(" ", value)


# Fields whose widgets take several lines: line breaks and tabs are text there.
MULTILINE_FIELDS = frozenset({"notes", "delivery_instructions", "instructions"})

"""Language of domain messages.

The domain cannot use Qt's translator, so its user-facing messages carry both
languages and this module picks one. The GUI calls `set_language` at start-up.
"""

from __future__ import annotations

_language = "en"


def set_language(lang: str) -> None:
    global _language
    _language = "fr" if lang.lower().startswith("fr") else "en"


def language() -> str:
    return _language


def t(en: str, fr: str, **params: object) -> str:
    """Return the message in the current language, formatted with params."""
    text = fr if _language == "fr" else en
    return text.format(**params) if params else text

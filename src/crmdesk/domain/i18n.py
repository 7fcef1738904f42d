"""Language of domain messages, through the same Qt Linguist catalogues as the widgets.

The domain cannot import Qt, so it calls `translate(context, source)`, a name that `pyside6-lupdate`
collects into `resources/translations/*.ts` like a widget's `tr()`. Whoever starts crmdesk (the GUI
or the command line) installs the lookup with `install_translator`: Qt's translator, loaded from the
compiled `.qm`. A third language is one more `.ts` file. `QT_TRANSLATE_NOOP` marks a text translated
later (a field label declared in a table).
"""

from __future__ import annotations

from collections.abc import Callable

_language = "en"
_lookup: Callable[[str, str], str] | None = None
_loader: Callable[[str], Callable[[str, str], str] | None] | None = None


def set_language(lang: str) -> None:
    """The language of domain messages; with a catalogue loader installed, also its translations."""
    global _language
    _language = "fr" if lang.lower().startswith("fr") else "en"
    if _loader is not None:
        install_translator(_loader(_language))


def install_loader(loader: Callable[[str], Callable[[str, str], str] | None]) -> None:
    """`loader(lang)` gives the lookup for a language (None: the source texts); set_language calls it."""
    global _loader
    _loader = loader
    install_translator(loader(_language))


def language() -> str:
    return _language


def install_translator(lookup: Callable[[str, str], str] | None) -> None:
    """`lookup(context, source)` returns the translation, or an empty string when there is none."""
    global _lookup
    _lookup = lookup


def translate(context: str, source: str, **params: object) -> str:
    """The source text in the current language, formatted with params."""
    text = (_lookup(context, source) if _lookup is not None else "") or source
    return text.format(**params) if params else text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return source

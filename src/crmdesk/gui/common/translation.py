"""The domain's messages from the same compiled Qt Linguist catalogues as the widgets (QtCore only, no
QApplication needed: the command line uses it too)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTranslator

from crmdesk.domain import i18n

_catalogues: dict[str, QTranslator | None] = {}


def qt_catalogue(lang: str) -> Callable[[str, str], str] | None:
    if lang == "en":
        return None  # English is the source language
    if lang not in _catalogues:
        from crmdesk.gui import resources_rc  # noqa: F401 (registers :/translations)

        translator = QTranslator()
        _catalogues[lang] = translator if translator.load(f"crmdesk_{lang}", ":/translations") else None
    found = _catalogues[lang]
    if found is None:
        return None

    def lookup(context: str, source: str) -> str:
        return found.translate(context, source) or ""

    return lookup


def install_domain_translations() -> None:
    i18n.install_loader(qt_catalogue)

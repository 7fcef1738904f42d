"""QApplication set-up: identity, language and translators."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from crmdesk import __version__
from crmdesk.domain.i18n import set_language
from crmdesk.gui.common.gc_guard import install_gui_thread_gc
from crmdesk.gui.common.translation import install_domain_translations

_translators: list[QTranslator] = []
_installed: list[str] = []


def system_language() -> str:
    """French for a French system locale, English otherwise."""
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def install_language(lang: str | None) -> str:
    """Load crmdesk's and Qt's own translations for `lang` ('fr' or 'en'); returns the language used."""
    from crmdesk.gui import resources_rc  # noqa: F401

    if not lang:
        from crmdesk.gui.settings.language_page import stored_language

        lang = stored_language()  # the choice made in Settings › Langue / Language
    lang = (lang or system_language()).lower()[:2]
    lang = "fr" if lang == "fr" else "en"
    app = QCoreApplication.instance()
    assert app is not None
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    locale = QLocale(QLocale.Language.French, QLocale.Country.France) if lang == "fr" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"crmdesk_{lang}", ":/translations")):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    install_domain_translations()
    set_language(lang)
    _installed[:] = [lang]
    return lang


def installed_language() -> str | None:
    return _installed[0] if _installed else None


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or ["crmdesk"])
    assert isinstance(app, QApplication)
    app.setApplicationName("crmdesk")
    app.setOrganizationName("crmdesk")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("crmdesk")
    install_gui_thread_gc(app)
    return app

"""Settings › Langue / Language: the interface language, remembered (QSettings) for the next starts.

`crmdesk --lang` still wins for one run; without it the remembered choice decides, then the system locale.
A system locale that names no language (C.UTF-8, POSIX: common on Linux servers and containers) says
nothing about the user: crmdesk then offers the choice once (`offer_language`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

SETTING = "interface/language"
LANGUAGES = (("fr", "Français"), ("en", "English"))  # each in its own language, on purpose


def stored_language() -> str | None:
    value = QSettings().value(SETTING)
    return str(value) if value in ("fr", "en") else None


def store_language(lang: str | None) -> None:
    if lang in ("fr", "en"):
        QSettings().setValue(SETTING, lang)
    else:
        QSettings().remove(SETTING)


def locale_names_no_language(name: str | None = None) -> bool:
    """True for a system locale such as C.UTF-8 or POSIX, which says nothing of the user's language."""
    name = (name if name is not None else QLocale.system().name()) or ""
    return name.split(".")[0].upper() in ("C", "POSIX", "")


def offer_language(parent: QWidget) -> QMessageBox:
    """Ask once which language the interface should speak (both languages on the box itself)."""
    from crmdesk.gui.application import install_language

    box = QMessageBox(QMessageBox.Icon.Question, "Langue / Language",
                      "Dans quelle langue crmdesk doit-il s'afficher ?\nWhich language should crmdesk use?",
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("language_offer")
    buttons = {}
    for code, name in LANGUAGES:
        button = box.addButton(name, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(f"language_{code}")
        buttons[button] = code
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(button: object) -> None:
        code = buttons.get(button)  # type: ignore[call-overload]
        if code:
            store_language(code)
            install_language(code)

    box.buttonClicked.connect(chosen)
    box.open()
    return box


class LanguagePage(QWidget):
    """A settings page (see gui/settings/dialog.py): `title`, `load`, `check`, `is_dirty`, `save`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_page")
        self.interface_language = QComboBox()
        self.interface_language.setObjectName("interface_language")
        self.label = QLabel()
        self.label.setBuddy(self.interface_language)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.label, self.interface_language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self._loaded: str | None = None
        self.retranslate()

    def title(self) -> str:
        return "Langue / Language"

    def load(self) -> None:
        self._loaded = stored_language()
        self._select(self._loaded)

    def _select(self, code: str | None) -> None:
        index = self.interface_language.findData(code or "")
        self.interface_language.setCurrentIndex(max(index, 0))

    def chosen(self) -> str | None:
        return self.interface_language.currentData() or None

    def check(self) -> bool:
        return True

    def is_dirty(self) -> bool:
        return self.chosen() != self._loaded

    def save(self) -> None:
        from crmdesk.gui.application import install_language

        code = self.chosen()
        store_language(code)
        self._loaded = code
        install_language(code)  # at once: every window re-applies its texts (LanguageChange)

    def retranslate(self) -> None:
        current = self.chosen() if self.interface_language.count() else self._loaded
        self.interface_language.clear()
        self.interface_language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES:
            self.interface_language.addItem(name, code)
        self._select(current)
        self.label.setText(self.tr("Interface language"))
        self.hint.setText(self.tr("Remembered for the next starts. “crmdesk --lang fr” or “--lang en” still "
                                  "chooses for one run."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

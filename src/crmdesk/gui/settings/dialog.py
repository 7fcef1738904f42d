"""The settings dialog: a list of pages on the left, the page on the right; OK checks every page, then saves.

A page is a QWidget with `title()`, `load()`, `check() -> bool` (shows its own messages at the fields, focuses
the first bad one) and `save()` (raises CrmError when refused). Add a page by appending its factory to
`PAGE_FACTORIES` (a callable taking the services and returning the page).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from crmdesk.domain.errors import CrmError
from crmdesk.gui.common.messages import warn
from crmdesk.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from crmdesk.services import Services

log = logging.getLogger(__name__)


class SettingsPage(Protocol):
    def title(self) -> str: ...
    def load(self) -> None: ...
    def check(self) -> bool: ...
    def is_dirty(self) -> bool: ...
    def save(self) -> None: ...


def _company_page(services: Services) -> QWidget:
    from crmdesk.gui.settings.company_page import CompanyPage

    return CompanyPage(services)


def _customer_card_page(services: Services) -> QWidget:
    from crmdesk.gui.settings.customer_card_page import CustomerCardSettingsPage

    return CustomerCardSettingsPage(services)  # issue 13: default credit control, categories


def _language_page(_services: Services) -> QWidget:
    from crmdesk.gui.settings.language_page import LanguagePage

    return LanguagePage()  # issue 15: the interface language, remembered


PAGE_FACTORIES: list[Callable[[Services], QWidget]] = [_company_page, _customer_card_page, _language_page]


class SettingsDialog(QDialog):
    """Settings › Entreprise (and the pages others add). Signals: accepted / finished, as QDialog."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.services = services
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.page_list, self.stack, self.button_box = self.ui.settings_pages, self.ui.settings_stack, self.ui.button_box
        self.pages: list[QWidget] = []
        for factory in PAGE_FACTORIES:
            page = factory(services)
            self.pages.append(page)
            self.stack.addWidget(page)
            QListWidgetItem(self.page_list)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        for page in self.pages:
            page.load()  # type: ignore[attr-defined]
        self.page_list.setCurrentRow(0)
        self.retranslate()
        from crmdesk.gui.common.screen import fit_to_screen

        fit_to_screen(self, 860, 720)  # never larger than the screen

    def page(self, name: str) -> QWidget | None:
        return next((p for p in self.pages if p.objectName() == name), None)

    def show_page(self, page: QWidget) -> None:
        self.page_list.setCurrentRow(self.pages.index(page))

    def accept(self) -> None:
        """Check every changed page; jump to the first that fails; save the changed ones. A page left as it
        was is not checked: changing the language needs no company details."""
        for page in self.pages:
            if page.is_dirty() and not page.check():  # type: ignore[attr-defined]
                self.show_page(page)
                return
        for page in self.pages:
            if not page.is_dirty():  # type: ignore[attr-defined]
                continue
            try:
                page.save()  # type: ignore[attr-defined]
            except CrmError as exc:
                self.show_page(page)
                warn(self, self.tr("Settings"), exc.message)
                return
        super().accept()

    def retranslate(self) -> None:
        for row, page in enumerate(self.pages):
            item = self.page_list.item(row)
            if item is not None:
                item.setText(page.title())  # type: ignore[attr-defined]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

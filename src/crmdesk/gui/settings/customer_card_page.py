"""Settings › Clients (issue 13): the credit control new customers get, and the list of customer categories."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.credit import CreditControl
from crmdesk.domain.errors import CrmError, ValidationErrors
from crmdesk.gui.common.icons import icon
from crmdesk.services import Services
from crmdesk.services.activity import default_credit_control, set_default_credit_control


class CustomerCardSettingsPage(QWidget):
    """A settings page (see gui/settings/dialog.py): `title`, `load`, `check`, `is_dirty`, `save`."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_settings_page")
        self.services = services
        self._loaded = CreditControl.WARN.value
        self.credit_group = QGroupBox()
        self.credit_control_default = QComboBox()
        self.credit_control_default.setObjectName("credit_control_default")
        self.credit_label = QLabel()
        self.credit_label.setBuddy(self.credit_control_default)
        self.credit_hint = QLabel()
        self.credit_hint.setWordWrap(True)
        form = QFormLayout(self.credit_group)
        form.addRow(self.credit_label, self.credit_control_default)
        form.addRow(self.credit_hint)

        self.categories_group = QGroupBox()
        self.category_list = QListWidget()
        self.category_list.setObjectName("category_list")
        self.new_category = QLineEdit()
        self.new_category.setObjectName("new_category")
        # Enter here adds the category; it must not also reach the dialog's OK button.
        self.new_category.installEventFilter(self)
        self.add_category_button = QPushButton(icon("new"), "")
        self.add_category_button.setObjectName("add_category_button")
        self.add_category_button.setAutoDefault(False)
        self.add_category_button.clicked.connect(self.add_category)
        self.category_error = QLabel()
        self.category_error.setObjectName("category_error")
        self.category_error.setWordWrap(True)
        self.category_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.new_category, 1)
        row.addWidget(self.add_category_button)
        categories = QVBoxLayout(self.categories_group)
        categories.addWidget(self.category_list, 1)
        categories.addLayout(row)
        categories.addWidget(self.category_error)

        layout = QVBoxLayout(self)
        layout.addWidget(self.credit_group)
        layout.addWidget(self.categories_group, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Customers")

    def load(self) -> None:
        self._loaded = default_credit_control(self.services.db).value
        self.credit_control_default.setCurrentIndex(max(self.credit_control_default.findData(self._loaded), 0))
        self.category_list.clear()
        self.category_list.addItems([c.label for c in self.services.categories.all()])

    def check(self) -> bool:
        return True

    def is_dirty(self) -> bool:
        return self.credit_control_default.currentData() != self._loaded

    def save(self) -> None:
        set_default_credit_control(self.services.db, str(self.credit_control_default.currentData()))
        self._loaded = str(self.credit_control_default.currentData())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (watched is self.new_category and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.add_category()
            return True
        return super().eventFilter(watched, event)

    def add_category(self) -> bool:
        """Added to the list at once (as from a customer's chips)."""
        try:
            self.services.categories.add(self.new_category.text())
        except ValidationErrors as exc:
            self.category_error.setText(exc.errors[0].message)
            self.category_error.show()
            return False
        except CrmError as exc:
            self.category_error.setText(exc.message)
            self.category_error.show()
            return False
        self.category_error.hide()
        self.new_category.clear()
        self.category_list.clear()
        self.category_list.addItems([c.label for c in self.services.categories.all()])
        return True

    def retranslate(self) -> None:
        self.credit_group.setTitle(self.tr("Credit control"))
        self.credit_label.setText(self.tr("For new &customers:"))
        current = self.credit_control_default.currentData()
        self.credit_control_default.clear()
        for mode, text in ((CreditControl.NONE, self.tr("No control")),
                           (CreditControl.WARN, self.tr("Warn with the figures")),
                           (CreditControl.BLOCK, self.tr("Refuse the order (can be overridden)"))):
            self.credit_control_default.addItem(text, mode.value)
        self.credit_control_default.setCurrentIndex(max(self.credit_control_default.findData(current or self._loaded), 0))
        self.credit_hint.setText(self.tr("What happens when an order takes a customer's outstanding orders over its "
                                         "credit limit. Each customer's own choice is on its Accounting tab."))
        self.categories_group.setTitle(self.tr("Customer categories"))
        self.new_category.setPlaceholderText(self.tr("New category"))
        self.add_category_button.setText(self.tr("Add"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

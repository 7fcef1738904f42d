"""Customer categories in the interface (issue 13): chips on the customer dialog (`customer_categories`, each
with its remove button, and `add_category_button` with the list the user extends) and the customer list's
filter (`filter_category`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from crmdesk.domain.errors import CrmError, ValidationErrors
from crmdesk.gui.common.flow_layout import FlowLayout
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.messages import warn
from crmdesk.services import Services
from crmdesk.services.categories import CategoryItem


class Chip(QFrame):
    """One category: its name and a small × that takes it off the customer.

    Signals:
        remove_requested(int): the category's id.
    """

    remove_requested = Signal(int)

    def __init__(self, item: CategoryItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"category_chip_{item.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Rounded, in the palette's highlight tint: readable on light and dark themes.
        self.setStyleSheet("QFrame { border: 1px solid palette(highlight); border-radius: 9px; }"
                           " QLabel, QToolButton { border: none; }")
        self.label = QLabel(item.label)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("remove_category_button")
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(item.id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


class CategoryChips(QWidget):
    """The customer's categories as edited in the dialog: staged, written with the customer's save (and its
    history entry); Cancel discards them. Creating a category adds it to the shared list at once (a
    reference list, like the settings), and to this customer's staged ones.

    Signals:
        changed(): the staged categories changed.
    """

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_categories")
        self.services = services
        self.customer_id: int | None = None
        self.editable = False
        self.items: list[CategoryItem] = []
        self.stored: list[CategoryItem] = []
        self.chips: list[Chip] = []
        self.caption = QLabel()
        palette = self.caption.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.caption.setPalette(palette)
        self.add_category_button = QToolButton()
        self.add_category_button.setObjectName("add_category_button")
        self.add_category_button.setIcon(icon("new"))
        self.add_category_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_category_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.menu.setObjectName("category_menu")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.add_category_button.setMenu(self.menu)
        self.input: QInputDialog | None = None
        # As tall as the button beside it, the text centred: the flow layout aligns tops.
        self.caption.setFixedHeight(self.add_category_button.sizeHint().height())
        self.caption.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.flow = FlowLayout(self, spacing=4)
        self.flow.addWidget(self.caption)
        self.flow.addWidget(self.add_category_button)
        self.retranslate()

    def set_customer(self, customer_id: int | None, editable: bool | None = None) -> None:
        """Show the stored categories of `customer_id` (none for a new customer), dropping staged ones."""
        self.customer_id = customer_id
        if editable is not None:
            self.editable = editable
        self.stored = self.services.categories.of_customer(customer_id) if customer_id is not None else []
        self.set_items(list(self.stored))

    def reload(self) -> None:
        self.set_customer(self.customer_id)

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.set_items(self.items)

    def set_items(self, items: list[CategoryItem]) -> None:
        self.items = list(items)
        # Shown while editing (to add some) or when there is one to show.
        self.setVisible(self.editable or bool(self.items))
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        # The chips go between the caption and the "+" button.
        self.flow.removeWidget(self.add_category_button)
        for item in self.items:
            chip = Chip(item, self)
            chip.remove_requested.connect(self.remove)
            chip.remove_button.setVisible(self.editable)
            self.flow.addWidget(chip)
            self.chips.append(chip)
        self.flow.addWidget(self.add_category_button)
        self.add_category_button.setVisible(self.editable)
        self.retranslate()

    def category_ids(self) -> list[int]:
        return [item.id for item in self.items]

    def is_changed(self) -> bool:
        return sorted(self.category_ids()) != sorted(item.id for item in self.stored)

    def labels(self) -> list[str]:
        return [item.label for item in self.items]

    def _fill_menu(self) -> None:
        self.menu.clear()
        mine = {item.id for item in self.items}
        for item in self.services.categories.all():
            if item.id not in mine:
                action = QAction(item.label, self.menu)
                action.triggered.connect(lambda _c=False, it=item: self.add(it))
                self.menu.addAction(action)
        if self.menu.actions():
            self.menu.addSeparator()
        new = QAction(self.tr("New category…"), self.menu)
        new.setObjectName("new_category_action")
        new.triggered.connect(self.ask_new)
        self.menu.addAction(new)

    def add(self, item: CategoryItem) -> None:
        if not self.editable or item.id in self.category_ids():
            return
        self.set_items([*self.items, item])
        self.changed.emit()

    def remove(self, category_id: int) -> None:
        if not self.editable:
            return
        self.set_items([item for item in self.items if item.id != category_id])
        self.changed.emit()

    def ask_new(self) -> QInputDialog:
        box = QInputDialog(self)
        box.setObjectName("new_category_dialog")
        box.setWindowTitle(self.tr("New category"))
        box.setLabelText(self.tr("Name of the category (added to the list, and to this customer):"))
        box.setInputMode(QInputDialog.InputMode.TextInput)
        box.setTextEchoMode(QLineEdit.EchoMode.Normal)
        box.textValueSelected.connect(self.create_category)
        box.finished.connect(lambda _r: box.deleteLater())
        self.input = box
        box.open()
        return box

    def create_category(self, label: str) -> bool:
        try:
            item = self.services.categories.add(label)
        except ValidationErrors as exc:
            warn(self, self.tr("New category"), exc.errors[0].message)
            return False
        except CrmError as exc:
            warn(self, self.tr("New category"), exc.message)
            return False
        self.add(item)
        return True

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Categories:"))
        self.add_category_button.setText(self.tr("Category"))
        self.add_category_button.setToolTip(self.tr("Put this customer in a category, or create one"))
        for chip in self.chips:
            chip.remove_button.setToolTip(self.tr("Take %1 off this customer").replace("%1", chip.item.label))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CategoryFilter(QComboBox):
    """The list's category filter: every category, read again each time the list opens (users add some)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_category")
        self.services = services
        self.refill()

    def refill(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All categories"), None)
        for item in self.services.categories.all():
            self.addItem(item.label, item.id)
        index = self.findData(current)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.blockSignals(False)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def showPopup(self) -> None:  # noqa: N802
        self.refill()
        super().showPopup()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setItemText(0, self.tr("All categories"))
        super().changeEvent(event)

"""The customer's contacts: the "Contacts" tab (`contacts_page`, `contacts_table`, `add_contact_button`) and
the contact form (`contact_dialog`).

Contacts are staged: the form checks a contact with the domain's rule and puts it in the tab's list; the list
is written with the customer's save, in its transaction (with the history entries), and Cancel discards it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.card import single_main
from crmdesk.domain.contacts import ContactData, ContactRole, validate_contact
from crmdesk.domain.enums import CIVILITIES
from crmdesk.domain.errors import CrmError, ValidationErrors
from crmdesk.domain.validation import format_phone
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.list_model import RowListModel
from crmdesk.gui.common.widgets import FieldErrors
from crmdesk.gui.forms.ui_contact_dialog import Ui_ContactDialog
from crmdesk.services import Services

Index = QModelIndex | QPersistentModelIndex
LANGUAGES = (("fr", "Français"), ("en", "English"), ("de", "Deutsch"), ("es", "Español"), ("it", "Italiano"),
             ("nl", "Nederlands"), ("pt", "Português"))
COLUMNS = ("main", "name", "job_title", "role", "email", "phone", "mobile")


class ContactTableModel(RowListModel[ContactData]):
    """The contacts of one customer (a handful: held in full)."""

    COLUMNS = COLUMNS

    @property
    def contacts(self) -> list[ContactData]:
        return self.rows

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.set_rows(contacts)

    def headings(self) -> dict[str, str]:
        return {"main": self.tr("Main"), "name": self.tr("Name"), "job_title": self.tr("Job title"),
                "role": self.tr("Role"), "email": self.tr("Email"), "phone": self.tr("Phone"),
                "mobile": self.tr("Mobile")}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        c = self.row_at(index)
        if c is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"main": "★" if c.is_main else "", "name": c.full_name(), "job_title": c.job_title,
                    "role": c.role_label(), "email": c.email, "phone": format_phone(c.phone),
                    "mobile": format_phone(c.mobile)}[key]
        if role == Qt.ItemDataRole.ToolTipRole and key == "main" and c.is_main:
            return self.tr("Main contact")
        if role == Qt.ItemDataRole.FontRole and c.is_main:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "main":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ContactDialog(QDialog):
    """Add or edit one contact; `save` (the tab's staging) takes it, the form stays open with the reasons
    when refused.

    Signals:
        saved(object): the ContactData as taken.
    """

    saved = Signal(object)

    def __init__(self, contact: ContactData, save: Callable[[ContactData], ContactData],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_dialog")
        self.contact = contact
        self._save = save
        self.errors = FieldErrors(self)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.civility, self.first_name, self.last_name = ui.civility, ui.first_name, ui.last_name
        self.job_title, self.role, self.email = ui.job_title, ui.role, ui.email
        self.phone, self.mobile, self.language, self.is_main = ui.phone, ui.mobile, ui.language, ui.is_main
        self.button_box = ui.button_box
        self.form = ui.contact_form
        self.civility.addItem("", "")
        for value in CIVILITIES:
            self.civility.addItem(value, value)
        for r in ContactRole:
            self.role.addItem(r.label, r.value)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        for widget in (self.civility, self.first_name, self.last_name, self.job_title, self.role, self.email,
                       self.phone, self.mobile, self.language):
            self.errors.attach(widget)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        self._load(contact)
        self.retranslate()
        self.resize(440, self.sizeHint().height())

    def _load(self, c: ContactData) -> None:
        self.civility.setCurrentIndex(max(self.civility.findData(c.civility), 0))
        self.first_name.setText(c.first_name)
        self.last_name.setText(c.last_name)
        self.job_title.setText(c.job_title)
        self.role.setCurrentIndex(max(self.role.findData(c.role), 0))
        self.email.setText(c.email)
        self.phone.setText(format_phone(c.phone))
        self.mobile.setText(format_phone(c.mobile))
        self.language.setCurrentIndex(max(self.language.findData(c.language or "fr"), 0))
        self.is_main.setChecked(c.is_main)

    def current(self) -> ContactData:
        return replace(self.contact, civility=str(self.civility.currentData() or ""), first_name=self.first_name.text(),
                       last_name=self.last_name.text(), job_title=self.job_title.text(),
                       role=str(self.role.currentData()), email=self.email.text(), phone=self.phone.text(),
                       mobile=self.mobile.text(), language=str(self.language.currentData() or "fr"),
                       is_main=self.is_main.isChecked())

    def save(self) -> bool:
        self.errors.clear_all()
        data = self.current()
        try:
            validate_contact(data)  # the domain's rule, beside each field, before anything is written
            saved = self._save(data)
        except ValidationErrors as exc:
            first = None
            for error in exc.errors:
                widget = getattr(self, error.field, None)
                if isinstance(widget, QWidget):
                    self.errors.show(widget, error.message)
                    first = first or widget
            if first is not None:
                first.setFocus()
            return False
        except CrmError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Contact not saved"), exc.message,
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("contact_error_box")
            box.open()
            return False
        self.saved.emit(saved)
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New contact") if self.contact.id is None else self.tr("Contact"))
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


class ContactsWidget(QWidget):
    """The "Contacts" tab: the customer's contacts as edited in the dialog. Nothing is written here: the
    list is staged and saved with the customer ("Save"), in its transaction; Cancel discards it.

    Signals:
        changed(): the staged list changed.
    """

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_page")
        self.services = services
        self.customer_id: int | None = None
        self.editable = False
        self.stored: list[ContactData] = []  # as read from the database, to tell what changed
        self.dialog: ContactDialog | None = None
        self.model = ContactTableModel(self)
        self.contacts_table = QTableView()
        self.contacts_table.setObjectName("contacts_table")
        self.contacts_table.setModel(self.model)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contacts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts_table.setAlternatingRowColors(True)
        self.contacts_table.verticalHeader().hide()
        header = self.contacts_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("email"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(COLUMNS.index("name"), 170)
        header.resizeSection(COLUMNS.index("job_title"), 130)
        header.resizeSection(COLUMNS.index("role"), 105)
        for key in ("phone", "mobile"):
            header.resizeSection(COLUMNS.index(key), 115)
        self.contacts_table.setWordWrap(False)
        self.contacts_table.doubleClicked.connect(lambda _i: self.edit_contact())
        self.contacts_table.activated.connect(lambda _i: self.edit_contact())
        self.add_contact_button = QPushButton(icon("new"), "")
        self.add_contact_button.setObjectName("add_contact_button")
        self.edit_contact_button = QPushButton(icon("edit"), "")
        self.edit_contact_button.setObjectName("edit_contact_button")
        self.remove_contact_button = QPushButton(icon("delete"), "")
        self.remove_contact_button.setObjectName("remove_contact_button")
        self.main_contact_button = QPushButton()
        self.main_contact_button.setObjectName("main_contact_button")
        for button in (self.add_contact_button, self.edit_contact_button, self.remove_contact_button,
                       self.main_contact_button):
            button.setAutoDefault(False)
        self.add_contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.main_contact_button.clicked.connect(self.make_main)
        self.contacts_table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self.delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.contacts_table)
        self.delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_shortcut.activated.connect(self.remove_contact)
        self.hint = QLabel()
        self.hint.setObjectName("contacts_hint")
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        for button in (self.add_contact_button, self.edit_contact_button, self.main_contact_button,
                       self.remove_contact_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.contacts_table, 1)
        self.retranslate()
        self.set_customer(None)

    def set_customer(self, customer_id: int | None, editable: bool | None = None) -> None:
        """Show the stored contacts of `customer_id` (none for a new customer), dropping staged changes."""
        self.customer_id = customer_id
        if editable is not None:
            self.editable = editable
        self.stored = self.services.contacts.list(customer_id) if customer_id is not None else []
        self.set_contacts([replace(c) for c in self.stored])

    def reload(self) -> None:
        self.set_customer(self.customer_id)

    def set_contacts(self, contacts: list[ContactData], select: int | None = None) -> None:
        """The staged list (kept selection by row when `select` is not given)."""
        current = self.selected_row()
        self.model.set_contacts(contacts)
        row = select if select is not None else current
        if row is not None and 0 <= row < len(contacts):
            self.contacts_table.selectRow(row)
        self.update_buttons()
        self.retranslate_hint()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in (self.add_contact_button, self.edit_contact_button, self.remove_contact_button,
                       self.main_contact_button):
            button.setVisible(editable)
        self.update_buttons()
        self.retranslate_hint()

    def contacts(self) -> list[ContactData]:
        return [replace(c) for c in self.model.contacts]

    def is_changed(self) -> bool:
        return self.model.contacts != self.stored

    def selected_row(self) -> int | None:
        rows = self.contacts_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.contacts):
            return None
        return rows[0].row()

    def selected(self) -> ContactData | None:
        row = self.selected_row()
        return None if row is None else self.model.contacts[row]

    def update_buttons(self) -> None:
        current = self.selected()
        self.add_contact_button.setEnabled(self.editable)
        self.edit_contact_button.setEnabled(self.editable and current is not None)
        self.remove_contact_button.setEnabled(self.editable and current is not None)
        self.main_contact_button.setEnabled(self.editable and current is not None and not current.is_main)

    # ---- actions: on the staged list --------------------------------------
    def _stage(self, contacts: list[ContactData], row: int | None, main: int | None = None) -> None:
        self.set_contacts(single_main(contacts, main), select=row)
        self.changed.emit()

    def add_contact(self) -> ContactDialog | None:
        if not self.editable:
            return None
        first = not self.model.contacts

        def staged(data: ContactData) -> ContactData:
            clean = validate_contact(data)  # the domain's rule: refused values stay in the form
            contacts = [*self.contacts(), clean]
            row = len(contacts) - 1
            self._stage(contacts, row, row if clean.is_main else None)
            return clean

        return self._open(ContactDialog(ContactData(customer_id=self.customer_id, is_main=first), staged, self))

    def edit_contact(self) -> ContactDialog | None:
        row = self.selected_row()
        if row is None or not self.editable:
            return None

        def staged(data: ContactData) -> ContactData:
            clean = validate_contact(data)
            contacts = self.contacts()
            was_main = contacts[row].is_main
            contacts[row] = clean
            # Unticking "main" on the main contact hands it to the first other one.
            main = row if clean.is_main else (None if not was_main else (0 if row != 0 else 1))
            if main is not None and main >= len(contacts):
                main = None
            self._stage(contacts, row, main)
            return clean

        return self._open(ContactDialog(self.model.contacts[row], staged, self))

    def _open(self, dialog: ContactDialog) -> ContactDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def remove_contact(self) -> None:
        row = self.selected_row()
        if row is None or not self.editable:
            return
        current = self.model.contacts[row]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove the contact"),
                          self.tr("Remove %1 from this customer's contacts?").replace("%1", current.full_name()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("remove_contact_box")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: Any) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return
            contacts = self.contacts()
            del contacts[row]
            # A customer with contacts keeps a main one: the first left when the main one goes.
            self._stage(contacts, min(row, len(contacts) - 1) if contacts else None)

        box.buttonClicked.connect(answered)
        box.open()

    def make_main(self) -> None:
        row = self.selected_row()
        if row is None or not self.editable:
            return
        self._stage(self.contacts(), row, row)

    def retranslate_hint(self) -> None:
        if not self.editable:
            self.hint.setText(self.tr("No contact yet. Click Edit to add one.") if not self.model.contacts
                              else self.tr("Click Edit to add or change contacts."))
        elif self.is_changed():
            self.hint.setText(self.tr("Contacts changed: they are written when you save the customer."))
        elif not self.model.contacts:
            self.hint.setText(self.tr("No contact yet. Contacts are saved with the customer."))
        else:
            self.hint.setText(self.tr("Contacts are saved with the customer."))

    def retranslate(self) -> None:
        self.add_contact_button.setText(self.tr("Add a contact"))
        self.edit_contact_button.setText(self.tr("Edit"))
        self.remove_contact_button.setText(self.tr("Remove"))
        self.main_contact_button.setText(self.tr("Make main contact"))
        self.contacts_table.setAccessibleName(self.tr("Contacts"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.retranslate_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

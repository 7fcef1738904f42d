"""The "Historique" tab (`history_page`, `history_view`): who changed what and when, with the notes, newest
first, filterable; IBAN and BIC changes stand out. The same view, for one order, in `OrderHistoryDialog`.

Read-only: nothing here edits or removes an entry; notes are added, never changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.card import NoteDraft, validate_note
from crmdesk.domain.errors import ValidationErrors
from crmdesk.domain.history import NoteKind, action_label, entity_label, field_label, value_text
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.list_model import RowListModel
from crmdesk.gui.common.styles import sensitive_tint
from crmdesk.gui.common.widgets import FieldErrors
from crmdesk.gui.forms.ui_order_history_dialog import Ui_OrderHistoryDialog
from crmdesk.services import Services
from crmdesk.services.history import TimelineItem

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("at", "actor", "what", "field", "old", "new")
# A change of bank details stands out: a warm background that reads on light and dark palettes.


class HistoryModel(RowListModel[TimelineItem]):
    """Timeline items, newest first (at most a few hundred: held in full)."""

    COLUMNS = COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.references: dict[str, dict[str, str]] = {}  # field -> id -> label (payment methods, ...)
        self.order_numbers: dict[int, str] = {}

    @property
    def items(self) -> list[TimelineItem]:
        return self.rows

    def set_items(self, items: list[TimelineItem]) -> None:
        self.set_rows(items)

    def headings(self) -> dict[str, str]:
        return {"at": self.tr("When"), "actor": self.tr("Who"), "what": self.tr("What"), "field": self.tr("Field"),
                "old": self.tr("Before"), "new": self.tr("After")}

    def value(self, item: TimelineItem, raw: str) -> str:
        labels = self.references.get(item.field)
        if labels is not None and raw in labels:
            return labels[raw]
        return value_text(item.field, raw)

    def text(self, item: TimelineItem, key: str) -> str:
        if key == "at":
            at = item.at
            return QLocale().toString(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute, at.second)),
                                      QLocale.FormatType.ShortFormat)
        if key == "actor":
            return item.actor
        if key == "what":
            if item.kind == "note":
                text = f"{entity_label('note')} — {action_label(item.action)}"
                return text + " " + self.tr("(not saved yet)") if item.id < 0 else text
            number = self.order_numbers.get(item.order_id or 0, "") if item.entity == "order" else ""
            entity = f"{entity_label(item.entity)} {number}".strip()
            return f"{entity} — {action_label(item.action)}"
        if key == "field":
            return field_label(item.entity, item.field)
        if key == "old":
            return self.value(item, item.old_value)
        return self.value(item, item.new_value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index)
        if item is None:
            return None
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(self.text(item, key).split())  # one line per entry; the tooltip has it all
        if role == Qt.ItemDataRole.ToolTipRole and key in ("old", "new", "what"):
            return self.text(item, key) or None
        if role == Qt.ItemDataRole.FontRole and (item.sensitive or item.action == "credit_override"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and item.sensitive:
            return sensitive_tint()
        if role == Qt.ItemDataRole.DecorationRole and key == "what":
            if item.sensitive or item.action in ("credit_override", "credit_refused"):
                return icon("warning")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and item.sensitive:
            return self.tr("Bank details changed")
        return None


class HistoryWidget(QWidget):
    """The timeline of a customer (with its notes and the box to add one) or of one order.

    A note added here is staged (shown at the top, "not saved yet") and written with the customer's save, in
    its transaction; Cancel discards it.

    Signals:
        note_added(): a note was staged.
    """

    note_added = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, *, for_order: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("history_page" if not for_order else "order_history_page")
        self.services = services
        self.for_order = for_order
        self.customer_id: int | None = None
        self.order_id: int | None = None
        self.editable = False
        self.pending: list[NoteDraft] = []
        self.model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("history_view")
        self.history_view.setModel(self.model)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setWordWrap(False)
        self.history_view.verticalHeader().hide()
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for key, width in (("at", 130), ("actor", 90), ("what", 260), ("field", 130), ("old", 170)):
            header.resizeSection(COLUMNS.index(key), width)

        self.history_filter = QLineEdit()
        self.history_filter.setObjectName("history_filter")
        self.history_filter.setClearButtonEnabled(True)
        self.history_kind = QComboBox()
        self.history_kind.setObjectName("history_kind")
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.reload)
        self.history_filter.textChanged.connect(lambda _t: self._filter_timer.start())
        self.history_kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.history_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.history_filter, 1)
        filters.addWidget(self.history_kind)

        # Notes (customer only).
        self.note_kind = QComboBox()
        self.note_kind.setObjectName("note_kind")
        self.note_text = QPlainTextEdit()
        self.note_text.setObjectName("note_text")
        self.note_text.setTabChangesFocus(True)
        self.note_text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.add_note_button = QPushButton(icon("new"), "")
        self.add_note_button.setObjectName("add_note_button")
        self.add_note_button.setAutoDefault(False)
        self.add_note_button.clicked.connect(self.add_note)
        self.note_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self.note_text)
        self.note_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.note_shortcut.activated.connect(self.add_note)
        self.note_row = QWidget()
        note = QHBoxLayout(self.note_row)
        note.setContentsMargins(0, 0, 0, 0)
        side = QVBoxLayout()
        side.addWidget(self.note_kind)
        side.addWidget(self.add_note_button)
        side.addStretch(1)
        note.addWidget(self.note_text, 1)
        note.addLayout(side)
        self.note_row.setVisible(not for_order)

        self.hint = QLabel()
        self.hint.setObjectName("history_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.note_row)
        # A refused note is said under the note row, as every field error (FieldErrors).
        self.errors = FieldErrors(self)
        self.note_error = self.errors.attach(self.note_text, under=self.note_row)
        layout.addLayout(filters)
        layout.addWidget(self.history_view, 1)
        self.retranslate()

    def _references(self) -> None:
        catalog = self.services.catalog
        methods = {str(m.id): m.label for m in catalog.payment_methods(include_inactive=True)}
        terms = {str(m.id): m.label for m in catalog.payment_terms(include_inactive=True)}
        carriers = {str(m.id): m.label for m in catalog.carriers(include_inactive=True)}
        self.model.references = {"preferred_payment_method_id": methods, "payment_method_id": methods,
                                 "payment_terms_id": terms, "default_carrier_id": carriers, "carrier_id": carriers}

    def set_customer(self, customer_id: int | None, editable: bool | None = None) -> None:
        """The customer's timeline; staged notes dropped."""
        self.customer_id = customer_id
        if editable is not None:
            self.editable = editable
        self.pending = []
        self.note_text.clear()
        self.reload()

    def staged_notes(self) -> list[NoteDraft]:
        """The notes added, and one typed in the box but not added yet: Save keeps it too."""
        notes = list(self.pending)
        typed = self.note_text.toPlainText().strip()
        if self.editable and typed:
            notes.append(NoteDraft(str(self.note_kind.currentData()), typed, datetime.now().replace(microsecond=0)))
        return notes

    def set_pending(self, notes: list[NoteDraft]) -> None:
        self.pending = list(notes)
        self.reload()

    def _pending_items(self) -> list[TimelineItem]:
        # Negative ids: not written yet (HistoryModel says so in the "What" column).
        return [TimelineItem("note", -(n + 1), note.at, "", "note", None, None, note.kind, "", "", note.text)
                for n, note in reversed(list(enumerate(self.pending)))]

    def set_order(self, order_id: int | None) -> None:
        self.order_id = order_id
        self.reload()

    def reload(self) -> None:
        """Indexed reads of a few hundred rows at most: on the GUI thread."""
        kind = self.history_kind.currentData()
        kinds = [kind] if kind else []
        if self.for_order:
            items = (self.services.history.timeline(order_id=self.order_id, text=self.history_filter.text())
                     if self.order_id is not None else [])
        elif self.customer_id is not None:
            items = self.services.history.timeline(self.customer_id, text=self.history_filter.text(), kinds=kinds)
        else:
            items = []
        if items and not self.model.references:
            self._references()
        if not self.for_order:
            self.model.order_numbers = self.services.history.order_numbers(
                {i.order_id for i in items if i.order_id is not None})
            kind = self.history_kind.currentData()
            if not kind or kind == "note":
                items = self._pending_items() + items
        self.model.set_items(items)
        for widget in (self.add_note_button, self.note_text, self.note_kind):
            widget.setEnabled(self.editable)
        self.note_text.setPlaceholderText(
            self.tr("A note on a call, a meeting, an email… (Ctrl+Enter adds it)") if self.editable
            else self.tr("Click Edit to add a note."))
        self._hint()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.reload()

    def add_note(self) -> bool:
        """Stage the typed note (checked by the domain's rule); written when the customer is saved."""
        if not self.editable or self.for_order:
            return False
        try:
            kind, text = validate_note(str(self.note_kind.currentData()), self.note_text.toPlainText())
        except ValidationErrors as exc:
            self.errors.show(self.note_text, exc.errors[0].message)
            self.note_text.setFocus()
            return False
        self.errors.clear_all()
        self.note_text.clear()
        self.pending.append(NoteDraft(kind, text, datetime.now().replace(microsecond=0)))
        self.reload()
        self.note_added.emit()
        return True

    def _hint(self) -> None:
        if not self.for_order and self.pending:
            self.hint.setText(self.tr("New notes are written when you save the customer."))
        elif not self.for_order and self.customer_id is None:
            self.hint.setText(self.tr("The history starts once the customer is saved."))
        elif not self.model.items and not self.history_filter.text() and not self.history_kind.currentData():
            self.hint.setText(self.tr("Nothing recorded yet."))
        elif not self.model.items:
            self.hint.setText(self.tr("No entry matches the filter."))
        else:
            self.hint.setText(self.tr("Every change, newest first: when, who, what. Bank details changes are "
                                      "highlighted. Entries cannot be changed or removed."))

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Filter:"))
        self.history_filter.setPlaceholderText(self.tr("Field, value or person"))
        current = self.history_kind.currentData()
        self.history_kind.blockSignals(True)
        self.history_kind.clear()
        self.history_kind.addItem(self.tr("Everything"), "")
        if not self.for_order:
            for entity, text in (("customer", self.tr("Customer")), ("address", self.tr("Addresses")),
                                 ("contact", self.tr("Contacts")), ("order", self.tr("Orders")),
                                 ("note", self.tr("Notes"))):
                self.history_kind.addItem(text, entity)
        self.history_kind.setCurrentIndex(max(self.history_kind.findData(current), 0))
        self.history_kind.blockSignals(False)
        self.history_kind.setVisible(not self.for_order)
        kind = self.note_kind.currentData()
        self.note_kind.clear()
        for k in NoteKind:
            self.note_kind.addItem(k.label, k.value)
        self.note_kind.setCurrentIndex(max(self.note_kind.findData(kind), 0))
        self.note_text.setPlaceholderText(
            self.tr("A note on a call, a meeting, an email… (Ctrl+Enter adds it)") if self.editable
            else self.tr("Click Edit to add a note."))
        self.add_note_button.setText(self.tr("Add the note"))
        self.history_view.setAccessibleName(self.tr("History"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.layoutChanged.emit()
        super().changeEvent(event)


class OrderHistoryDialog(QDialog):
    """The history of one order (`order_history_dialog`), opened from the order dialog."""

    def __init__(self, services: Services, order_id: int, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("order_history_dialog")
        self.number = number
        self.view = HistoryWidget(services, self, for_order=True)
        self.view.set_order(order_id)
        self.history_view = self.view.history_view
        self.ui = Ui_OrderHistoryDialog()
        self.ui.setupUi(self)
        # The history panel needs the services: built here, placed above the form's buttons.
        self.ui.order_history_layout.insertWidget(0, self.view, 1)
        self.ui.button_box.rejected.connect(self.reject)
        self.close_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("History of order %1").replace("%1", self.number))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

"""The "Reference lists" dialog: the payment methods, payment terms and carriers the forms offer.

One tab per list, each a table with Add (Ins), Edit (F2, double-click, Enter), Move up (Ctrl+Up), Move down
(Ctrl+Down), Deactivate / Reactivate and Delete (Del). An entry that a customer or an order uses cannot be
deleted: the dialog says so and offers to deactivate it, so that it is no longer offered while those that use
it keep it.

Reloading the combos: this dialog puts nothing on the DataBus. The forms read the lists when they open, so the
caller refreshes whatever shows a label (the customer list's filter combos, the order list's payment method)
when the dialog finishes, if `changed_kinds()` is not empty, or on `lists_changed`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QFile,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.errors import CrmError, DeleteRefusedError, NotFoundError, ValidationErrors
from crmdesk.domain.reference import exceeds_legal_terms, proposed_terms_labels
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.screen import available_geometry, fit_to_screen
from crmdesk.gui.common.styles import error_text_style
from crmdesk.gui.common.widgets import FieldErrors, HintLabel
from crmdesk.gui.forms.ui_reference_entry_dialog import Ui_ReferenceEntryDialog
from crmdesk.gui.forms.ui_reference_lists_dialog import Ui_ReferenceListsDialog
from crmdesk.services import Services
from crmdesk.services.reference import (
    MAX_DAYS,
    REFERENCE_FIELDS,
    ReferenceEntry,
    ReferenceKind,
    ReferenceService,
    ReferenceUsage,
)

_Index = QModelIndex | QPersistentModelIndex


PAGE_NAMES = {
    ReferenceKind.PAYMENT_METHOD: "payment_methods_page",
    ReferenceKind.PAYMENT_TERMS: "payment_terms_page",
    ReferenceKind.CARRIER: "carriers_page",
}


def _icon(name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    """A Lucide icon of the resources, or the style's standard one while the resources lack it."""
    if QFile.exists(f":/icons/{name}.svg"):
        return icon(name)
    return QApplication.style().standardIcon(fallback)


# ---- background work --------------------------------------------------------------------------------------

class _JobSignals(QObject):
    done = Signal(object, object)  # the callback, the result
    failed = Signal(object)  # the exception


class _Job(QRunnable):
    """Runs `work` on a pool thread; the result goes back by signal to `on_done` on the GUI thread."""

    def __init__(self, work: Callable[[], Any], on_done: Callable[[Any], object], signals: _JobSignals) -> None:
        super().__init__()
        self.work = work
        self.on_done = on_done
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # shown on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(self.on_done, result)


# ---- the table model --------------------------------------------------------------------------------------

class ReferenceTableModel(QAbstractTableModel):
    """The entries of one reference list, inactive ones included, in their order.

    A reference list holds a handful to a few dozen entries, so the model keeps them all; edits are applied
    row by row (dataChanged, rowsInserted, rowsRemoved, rowsMoved) so that the selection follows them.
    """

    COLUMNS: dict[ReferenceKind, tuple[str, ...]] = {
        ReferenceKind.PAYMENT_METHOD: ("label", "label_en", "active"),
        ReferenceKind.PAYMENT_TERMS: ("label", "label_en", "days", "end_of_month", "active"),
        ReferenceKind.CARRIER: ("label", "active"),
    }

    def __init__(self, kind: ReferenceKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.columns = self.COLUMNS[kind]
        self._entries: list[ReferenceEntry] = []

    # Qt API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("days", "end_of_month", "active"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _header(self, key: str) -> str:
        if key == "label":
            return self.tr("Name") if self.kind is ReferenceKind.CARRIER else self.tr("Label (French)")
        return {
            "label_en": self.tr("Label (English)"),
            "days": self.tr("Days"),
            "end_of_month": self.tr("End of month"),
            "active": self.tr("Status"),
        }.get(key, key)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, key)
        if role == Qt.ItemDataRole.UserRole:
            return entry
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "label_en" and not entry.label_en:
                return self.tr("No English label: the French one is shown in English too.")
            if not entry.active:
                return self.tr("Deactivated: no longer offered for new customers and orders; "
                               "those that use it keep it.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not entry.active or (key == "label_en" and not entry.label_en):
                return QApplication.palette().color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.FontRole and not entry.active:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "days":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in ("end_of_month", "active"):
                return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, entry: ReferenceEntry, key: str) -> str:
        if key == "label":
            return entry.label
        if key == "label_en":
            return entry.label_en or entry.label
        if key == "days":
            return str(entry.days if entry.days is not None else "")
        if key == "end_of_month":
            return self.tr("Yes") if entry.end_of_month else self.tr("No")
        if key == "active":
            return self.tr("Active") if entry.active else self.tr("Inactive")
        return ""

    # entries
    def entries(self) -> list[ReferenceEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> ReferenceEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int) -> int | None:
        return next((row for row, e in enumerate(self._entries) if e.id == entry_id), None)

    def set_entries(self, entries: list[ReferenceEntry]) -> None:
        """Show a fresh read of the list. Same entries in the same order (the usual case after an edit made
        elsewhere): only the changed rows are repainted; otherwise the model resets."""
        if [e.id for e in entries] == [e.id for e in self._entries]:
            for row, entry in enumerate(entries):
                if entry != self._entries[row]:
                    self.replace_entry(entry)
            return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def replace_entry(self, entry: ReferenceEntry) -> None:
        row = self.row_of(entry.id)
        if row is None:
            return
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def append_entry(self, entry: ReferenceEntry) -> int:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()
        return row

    def remove_entry(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        self.endRemoveRows()

    def apply_order(self, entries: list[ReferenceEntry], moved_id: int | None = None) -> None:
        """The list after a move: one entry changed place (rowsMoved), or anything else (reset).

        `moved_id` says which entry moved, for a swap of neighbours that reads both ways.
        """
        old = [e.id for e in self._entries]
        new = [e.id for e in entries]
        if old == new:
            self.set_entries(entries)
            return
        if sorted(old) == sorted(new):
            sources = list(range(len(old)))  # a few dozen entries at most
            if moved_id in old:
                sources.insert(0, old.index(moved_id))
            for source in sources:
                target = new.index(old[source])
                trial = old[:]
                trial.insert(target, trial.pop(source))
                if trial == new:
                    # Qt's destination is the row before which the entry goes, in the old numbering.
                    destination = target + 1 if target > source else target
                    self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
                    self._entries = list(entries)
                    self.endMoveRows()
                    return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, len(self.columns) - 1))


# ---- one entry --------------------------------------------------------------------------------------------

class ReferenceEntryDialog(QDialog):
    """Add or edit one entry: its label (and English label), and for payment terms the days and end of month.

    Refused values are shown under their field; nothing is saved until every field is accepted.

    Signals:
        entry_saved(object): the saved ReferenceEntry.
    """

    entry_saved = Signal(object)

    def __init__(self, service: ReferenceService, kind: ReferenceKind, entry: ReferenceEntry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reference_entry_dialog")
        self.service = service
        self.kind = kind
        self.entry = entry
        self.field_errors = FieldErrors(self)

        self.ui = Ui_ReferenceEntryDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.label, self.label_en, self.days, self.end_of_month = ui.label, ui.label_en, ui.days, ui.end_of_month
        self.legal_hint, self.error_label, self.button_box, self.form = (ui.legal_hint, ui.error_label,
                                                                          ui.button_box, ui.form)
        self.label.setMaxLength(REFERENCE_FIELDS["label"].max_length or 100)
        self.label_en.setMaxLength(REFERENCE_FIELDS["label_en"].max_length or 100)
        self.days.setRange(0, MAX_DAYS)
        self.days.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.days.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)
        self.error_label.setStyleSheet(error_text_style())
        self.error_label.hide()
        # The form has every row; the ones this kind has not are hidden.
        shown = {"days": kind.has_days, "end_of_month": kind.has_days, "label": True,
                 "label_en": kind.has_english_label}
        for name, on in shown.items():
            self.form.setRowVisible(getattr(ui, name), on)
        self.captions: dict[str, QLabel] = {name: getattr(ui, f"{name}_label") for name in ("days", "label", "label_en")
                                            if shown[name]}
        for name in self.captions:
            self.field_errors.attach(getattr(ui, name))
        self.legal_hint.hide()

        if entry is not None:
            self.label.setText(entry.label)
            self.label_en.setText(entry.label_en)
            self.days.setValue(entry.days or 0)
            self.end_of_month.setChecked(bool(entry.end_of_month))
        # While the labels read as the usual wording of the days (not typed by the user), they follow the days.
        self._proposed: tuple[str, str] = ("", "")
        if entry is not None and kind.has_days:
            self._proposed = proposed_terms_labels(entry.days or 0, bool(entry.end_of_month))
        if kind.has_days and entry is None:
            self.days.setValue(30)
            self._propose_labels()
        self.days.valueChanged.connect(self._terms_changed)
        self.end_of_month.toggled.connect(self._terms_changed)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        self.retranslate()
        (self.days if kind.has_days and entry is None else self.label).setFocus()

    def _terms_changed(self) -> None:
        self.field_errors.clear(self.days)
        self._propose_labels()
        self._update_legal_hint()

    def _propose_labels(self) -> None:
        french, english = proposed_terms_labels(self.days.value(), self.end_of_month.isChecked())
        if self.label.text() == self._proposed[0]:
            self.label.setText(french)
        if self.label_en.text() == self._proposed[1]:
            self.label_en.setText(english)
        self._proposed = (french, english)

    def _update_legal_hint(self) -> None:
        if not self.kind.has_days:
            return
        eom = self.end_of_month.isChecked()
        too_long = exceeds_legal_terms(self.days.value(), eom)  # the domain's legal caps
        self.legal_hint.setText(self.tr(
            "Between businesses, French law caps payment terms at 60 days after the invoice, or 45 days end "
            "of month (Code de commerce, art. L441-10).") if too_long else "")
        if too_long == self.legal_hint.isHidden():
            self.legal_hint.setVisible(too_long)
            self.adjustSize()

    def save(self) -> bool:
        self.field_errors.clear_all()
        self.error_label.hide()
        days = self.days.value() if self.kind.has_days else None
        eom = self.end_of_month.isChecked()
        try:
            if self.entry is None:
                saved = self.service.add(self.kind, self.label.text(), self.label_en.text(), days, eom)
            else:
                saved = self.service.rename(self.kind, self.entry.id, self.label.text(), self.label_en.text(),
                                            days, eom)
        except ValidationErrors as exc:
            widgets = {"label": self.label, "label_en": self.label_en, "days": self.days}
            first: QWidget | None = None
            for error in exc.errors:
                widget = widgets.get(error.field)
                if widget is None:
                    self._show_error(error.message)
                    continue
                self.field_errors.show(widget, error.message)
                first = first or widget
            if first is not None:
                first.setFocus()
            self.adjustSize()
            return False
        except CrmError as exc:
            self._show_error(exc.message)
            self.adjustSize()
            return False
        self.entry = saved
        self.entry_saved.emit(saved)
        self.accept()
        return True

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def retranslate(self) -> None:
        titles = {
            (ReferenceKind.PAYMENT_METHOD, True): self.tr("New payment method"),
            (ReferenceKind.PAYMENT_METHOD, False): self.tr("Edit payment method"),
            (ReferenceKind.PAYMENT_TERMS, True): self.tr("New payment terms"),
            (ReferenceKind.PAYMENT_TERMS, False): self.tr("Edit payment terms"),
            (ReferenceKind.CARRIER, True): self.tr("New carrier"),
            (ReferenceKind.CARRIER, False): self.tr("Edit carrier"),
        }
        self.setWindowTitle(titles[(self.kind, self.entry is None)])
        texts = {
            "label": self.tr("Name") if self.kind is ReferenceKind.CARRIER else self.tr("Label (French)"),
            "label_en": self.tr("Label (English)"),
            "days": self.tr("Days after invoice"),
        }
        for name, caption in self.captions.items():
            caption.setText(texts[name])
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        # The English label's placeholder says what leaving it empty does: shown whole, not cut (issue 15).
        hint = self.label_en.placeholderText()
        wide = self.label_en.fontMetrics().horizontalAdvance(hint) + 28
        for edit in (self.label, self.label_en):
            edit.setMinimumWidth(min(wide, available_geometry(self).width() * 2 // 3))
        self._update_legal_hint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


# ---- one list ---------------------------------------------------------------------------------------------

class ReferenceListPage(QWidget):
    """One reference list: the table and its buttons.

    Threading: adding, editing, moving and (de)activating write one small row by its key, on the GUI thread
    (a few milliseconds at any size). Deleting must find whether any customer or order uses the entry, which
    scans the orders table (0.2 to 0.5 s at 1.2 million orders on SQLite): the usage count and the delete run
    on a pool thread, the page being busy meanwhile.

    Signals:
        changed(str): the list was written (the kind's value).
        entry_dialog_opened(object): a ReferenceEntryDialog was opened (with open()).
        message_box_opened(object): a confirmation or error QMessageBox was opened (with open()).
        busy_changed(bool): background work started or ended.
    """

    changed = Signal(str)
    entry_dialog_opened = Signal(object)
    message_box_opened = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, service: ReferenceService, kind: ReferenceKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The pool first: children are deleted in creation order, and the pool's destructor waits for a
        # running job, which must still find its signals object alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.done.connect(self._job_done)
        self._signals.failed.connect(self._job_failed)
        self._busy = False
        self.setObjectName(PAGE_NAMES[kind])
        self.service = service
        self.kind = kind
        self.model = ReferenceTableModel(kind, self)

        self.table = QTableView()
        self.table.setObjectName("reference_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column, key in enumerate(self.model.columns):
            mode = (QHeaderView.ResizeMode.Stretch if key in ("label", "label_en")
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)

        style = QStyle.StandardPixmap
        self.action_add = self._action("action_add_entry", icon("new"), QKeySequence(Qt.Key.Key_Insert), self.add)
        self.action_edit = self._action("action_edit_entry", icon("edit"), QKeySequence(Qt.Key.Key_F2),
                                        self.edit_selected)
        self.action_move_up = self._action("action_move_up", _icon("arrow-up", style.SP_ArrowUp),
                                           QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Up),
                                           lambda: self.move_selected(-1))
        self.action_move_down = self._action("action_move_down", _icon("arrow-down", style.SP_ArrowDown),
                                             QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_Down),
                                             lambda: self.move_selected(+1))
        self.action_toggle_active = self._action("action_toggle_active", icon("archive"), QKeySequence(),
                                                 self.toggle_selected_active)
        self.action_delete = self._action("action_delete_entry", icon("delete"), QKeySequence(Qt.Key.Key_Delete),
                                          self.delete_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.action_edit, self.action_move_up, self.action_move_down,
                               self.action_toggle_active, self.action_delete])

        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(2)
        for name, action in (("add_button", self.action_add), ("edit_button", self.action_edit),
                             ("move_up_button", self.action_move_up), ("move_down_button", self.action_move_down),
                             ("toggle_active_button", self.action_toggle_active),
                             ("delete_button", self.action_delete)):
            button = QToolButton()
            button.setObjectName(name)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            self.buttons[name] = button
            bar.addWidget(button)
            if name in ("edit_button", "move_down_button"):
                bar.addSpacing(12)
        bar.addStretch(1)
        self.hint = HintLabel()
        self.hint.setObjectName("reference_hint")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.model.modelReset.connect(self.update_actions)
        self.model.rowsMoved.connect(self.update_actions)
        self.model.dataChanged.connect(self.update_actions)
        self.retranslate()
        self.reload()

    def _action(self, name: str, action_icon: QIcon, shortcut: QKeySequence,
                slot: Callable[[], object]) -> QAction:
        action = QAction(action_icon, "", self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        # Only the visible tab's keys act: each page has the same shortcuts.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---- list ------------------------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_entry()
        self.model.set_entries(self.service.entries(self.kind))
        if selected is not None:
            self.select_entry(selected.id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.update_actions()

    def selected_entry(self) -> ReferenceEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def update_actions(self) -> None:
        entry = None if self._busy else self.selected_entry()
        row = self.model.row_of(entry.id) if entry is not None else None
        self.action_add.setEnabled(not self._busy)
        self.action_edit.setEnabled(entry is not None)
        self.action_delete.setEnabled(entry is not None)
        self.action_toggle_active.setEnabled(entry is not None)
        self.action_move_up.setEnabled(row is not None and row > 0)
        self.action_move_down.setEnabled(row is not None and row < self.model.rowCount() - 1)
        self._retranslate_toggle(entry)

    # ---- background work -------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._busy

    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], object]) -> None:
        self._set_busy(True)
        self._pool.start(_Job(work, on_done, self._signals))

    def _set_busy(self, busy: bool) -> None:
        if busy == self._busy:
            return
        self._busy = busy
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self.update_actions()
        self.busy_changed.emit(busy)

    def _job_done(self, on_done: Callable[[Any], object], result: Any) -> None:
        self._set_busy(False)
        on_done(result)

    def _job_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, (DeleteRefusedError, NotFoundError)):
            self.reload()  # someone else used or deleted it meanwhile: show the list as it is now
        self._failed(exc if isinstance(exc, CrmError) else CrmError(
            self.tr("The database could not complete the operation: %1").replace("%1", str(exc))))

    # ---- commands --------------------------------------------------------------------------------------
    def _open_entry_dialog(self, entry: ReferenceEntry | None) -> ReferenceEntryDialog:
        dialog = ReferenceEntryDialog(self.service, self.kind, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.entry_saved.connect(self._entry_saved)
        dialog.open()
        self.entry_dialog_opened.emit(dialog)
        return dialog

    def add(self) -> ReferenceEntryDialog:
        return self._open_entry_dialog(None)

    def edit_selected(self) -> ReferenceEntryDialog | None:
        entry = self.selected_entry()
        return self._open_entry_dialog(entry) if entry is not None else None

    def _entry_saved(self, entry: ReferenceEntry) -> None:
        if self.model.row_of(entry.id) is None:
            self.model.append_entry(entry)
        else:
            self.model.replace_entry(entry)
        self.select_entry(entry.id)
        self.table.setFocus()
        self._changed()

    def move_selected(self, offset: int) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        try:
            entries = self.service.move(self.kind, entry.id, offset)
        except CrmError as exc:
            self._failed(exc)
            return
        self.model.apply_order(entries, entry.id)
        self.select_entry(entry.id)
        self._changed()

    def toggle_selected_active(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.set_active(entry, not entry.active)

    def set_active(self, entry: ReferenceEntry, active: bool) -> None:
        try:
            saved = self.service.set_active(self.kind, entry.id, active)
        except CrmError as exc:
            self._failed(exc)
            return
        self.model.replace_entry(saved)
        self.update_actions()
        self._changed()

    def delete_selected(self) -> None:
        """Ask first: delete an unused entry, or (used) deactivate it instead.

        The usage is read in the background; the question (a QMessageBox shown with open()) follows, and is
        announced by `message_box_opened`.
        """
        entry = self.selected_entry()
        if entry is None or self._busy:
            return
        kind = self.kind
        self._run(lambda: self.service.usage(kind, entry.id), lambda usage: self._ask_delete(entry, usage))

    def _ask_delete(self, entry: ReferenceEntry, usage: ReferenceUsage) -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("confirm_delete_box")
        box.setIcon(QMessageBox.Icon.Question if not usage.used else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Delete"))
        if usage.used:
            box.setText(self._used_text(entry, usage))
            box.setInformativeText(self.tr("Deactivate it instead? It will no longer be offered for new customers "
                                           "and orders; those that use it keep it.") if entry.active else
                                   self.tr("It is already deactivated: it is no longer offered."))
            if entry.active:
                confirm = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.AcceptRole)
                confirm.setObjectName("deactivate_button")
                confirm.setIcon(icon("archive"))
                cancel = box.addButton(QMessageBox.StandardButton.Cancel)
                cancel.setText(self.tr("Cancel"))
                box.setDefaultButton(cancel)
            else:
                box.addButton(QMessageBox.StandardButton.Ok)
        else:
            box.setText(self.tr("Delete “%1”?").replace("%1", entry.label))
            box.setInformativeText(self.tr("No customer and no order uses it. This cannot be undone."))
            confirm = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            confirm.setObjectName("delete_button")
            confirm.setIcon(icon("delete"))
            cancel = box.addButton(QMessageBox.StandardButton.Cancel)
            cancel.setText(self.tr("Cancel"))
            box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._delete_answered(entry, button.objectName()))
        box.open()
        self.message_box_opened.emit(box)
        return box

    def _used_text(self, entry: ReferenceEntry, usage: ReferenceUsage) -> str:
        # Only counts above zero are named, so singular for 1 and plural otherwise holds in English and French
        # without plural forms in the translations.
        number = QLocale().toString
        customers = (self.tr("1 customer") if usage.customers == 1 else
                     self.tr("%1 customers").replace("%1", number(usage.customers)))
        orders = self.tr("1 order") if usage.orders == 1 else self.tr("%1 orders").replace("%1", number(usage.orders))
        if usage.customers and usage.orders:
            used_by = self.tr("%1 and %2").replace("%1", customers).replace("%2", orders)
        else:
            used_by = customers if usage.customers else orders
        return self.tr("“%1” is used by %2, so it cannot be deleted.").replace("%1", entry.label).replace(
            "%2", used_by)

    def _delete_answered(self, entry: ReferenceEntry, answer: str) -> None:
        if answer == "deactivate_button":
            self.set_active(entry, False)
        elif answer == "delete_button":
            self.delete_entry(entry)

    def delete_entry(self, entry: ReferenceEntry) -> None:
        """Delete in the background (the database checks nothing uses it), then drop the row."""
        kind = self.kind
        self._run(lambda: self.service.delete(kind, entry.id), lambda _none: self._deleted(entry))

    def _deleted(self, entry: ReferenceEntry) -> None:
        row = self.model.row_of(entry.id)
        self.model.remove_entry(entry.id)
        if self.model.rowCount() and row is not None:
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        self.update_actions()
        self._changed()

    def _failed(self, exc: CrmError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Reference lists"), exc.message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("reference_error_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.message_box_opened.emit(box)

    def _changed(self) -> None:
        self.changed.emit(self.kind.value)

    # ---- language ----------------------------------------------------------------------------------------
    def _retranslate_toggle(self, entry: ReferenceEntry | None) -> None:
        inactive = entry is not None and not entry.active
        self.action_toggle_active.setText(self.tr("Reactivate") if inactive else self.tr("Deactivate"))
        self.action_toggle_active.setIcon(icon("restore") if inactive else icon("archive"))
        tip = (self.tr("Offer this entry again for new customers and orders") if inactive else
               self.tr("No longer offer this entry; customers and orders that use it keep it"))
        self.action_toggle_active.setToolTip(tip)

    def retranslate(self) -> None:
        for action, text, tip in (
            (self.action_add, self.tr("Add"), self.tr("Add an entry at the end of the list (Ins)")),
            (self.action_edit, self.tr("Edit"), self.tr("Edit the selected entry (F2)")),
            (self.action_move_up, self.tr("Move up"), self.tr("Show the selected entry earlier in the lists "
                                                              "(Ctrl+Up)")),
            (self.action_move_down, self.tr("Move down"), self.tr("Show the selected entry later in the lists "
                                                                  "(Ctrl+Down)")),
            (self.action_delete, self.tr("Delete"), self.tr("Delete the selected entry if nothing uses it (Del)")),
        ):
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self._retranslate_toggle(self.selected_entry())
        self.table.setAccessibleName({
            ReferenceKind.PAYMENT_METHOD: self.tr("Payment methods"),
            ReferenceKind.PAYMENT_TERMS: self.tr("Payment terms"),
            ReferenceKind.CARRIER: self.tr("Carriers"),
        }[self.kind])
        self.hint.setText(self.tr("The forms offer the active entries in this order. An entry used by a customer "
                                  "or an order cannot be deleted: deactivate it, and those that use it keep it."))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# ---- the dialog -------------------------------------------------------------------------------------------

class ReferenceListsDialog(QDialog):
    """Payment methods, payment terms and carriers, one tab each (see the module's docstring).

    Signals:
        lists_changed(str): a list was written; the kind ("payment_method", "payment_terms", "carrier").
    """

    lists_changed = Signal(str)

    def __init__(self, services: Services, bus: DataBus | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reference_lists_dialog")
        self.services = services
        self.bus = bus  # kept for the callers' symmetry with the other dialogs; nothing is emitted on it
        self.service = ReferenceService(services.db)
        self._changed: set[str] = set()

        self.ui = Ui_ReferenceListsDialog()
        self.ui.setupUi(self)
        self.tabs, self.button_box = self.ui.reference_tabs, self.ui.button_box
        self.pages: dict[ReferenceKind, ReferenceListPage] = {}
        for kind in ReferenceKind:
            page = ReferenceListPage(self.service, kind, self)
            page.changed.connect(self._page_changed)
            self.pages[kind] = page
            self.tabs.addTab(page, "")
        self.button_box.rejected.connect(self.reject)
        self.tabs.currentChanged.connect(lambda _i: self.current_page().table.setFocus())
        fit_to_screen(self, 720, 460)
        self.retranslate()
        self.current_page().table.setFocus()

    def page(self, kind: ReferenceKind) -> ReferenceListPage:
        return self.pages[kind]

    def current_page(self) -> ReferenceListPage:
        page = self.tabs.currentWidget()
        assert isinstance(page, ReferenceListPage)
        return page

    def changed_kinds(self) -> set[str]:
        """The lists written since the dialog opened: the caller reloads their combos when it closes."""
        return set(self._changed)

    def _page_changed(self, kind: str) -> None:
        self._changed.add(kind)
        self.lists_changed.emit(kind)

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("Payment methods"), self.tr("Payment terms"), self.tr("Carriers"))):
            self.tabs.setTabText(index, text)
        self.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


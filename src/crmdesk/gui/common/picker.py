"""The one "choose a row" dialog (form ui/picker_dialog.ui): a search box over a list on the list engine
(gui/common/paged_model.py), so that a million rows never hold the dialog: the engine's worker counts and
reads, a newer keystroke cancels the query still running.

A feature's picker (the customer of a new order, the product of an order line) is a subclass that gives
its model, the query for a typed text (`query_for`), its words (`texts`, `count_text`), and optionally what
an exact match is (`is_exact`: a barcode, a code).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from crmdesk.gui.common.icons import icon
from crmdesk.gui.common.page_parts import search_timer
from crmdesk.gui.common.paged_model import PagedModel
from crmdesk.gui.common.screen import fit_to_screen
from crmdesk.gui.forms.ui_picker_dialog import Ui_PickerDialog

ModelT = TypeVar("ModelT", bound=PagedModel[Any, Any])


@dataclass(frozen=True)
class PickerTexts:
    """What a picker says, in the interface language (its subclass's tr())."""

    title: str
    hint: str
    placeholder: str
    choose: str  # the OK button: "New order", "Add"...
    cancel: str


class PickerDialog(QDialog, Generic[ModelT]):
    """Search, then choose one row: double-click, OK, or Return in the search box when the search finds one
    row (or an exact match, `is_exact`), as soon as its rows are read. Shown with open(); the caller goes on
    from `chosen`.

    objectNames: `<name>_picker`, with `<name>_search` (QLineEdit), `<name>_table` (QTableView),
    `button_box`, `count_label`.

    Signals:
        chosen(object): the chosen row, as the model reads it (`model.row_at`); the dialog then accepts.
    """

    chosen = Signal(object)

    SEARCH_DELAY_MS = 0  # at once: the engine's worker reads, and a newer keystroke cancels the older query

    def __init__(self, model: ModelT, name: str, parent: QWidget | None = None, *,
                 search_icon: str = "search", size: tuple[int, int] = (720, 440)) -> None:
        super().__init__(parent)
        self.ui = Ui_PickerDialog()
        self.ui.setupUi(self)
        self.setObjectName(f"{name}_picker")
        self.model: ModelT = model
        model.setParent(self)
        self.search, self.table, self.button_box = self.ui.search, self.ui.table, self.ui.button_box
        self.hint, self.count_label = self.ui.hint, self.ui.count_label
        # Named after what they search and list: automation finds `customer_search`, `product_table`...
        self.search.setObjectName(f"{name}_search")
        self.table.setObjectName(f"{name}_table")
        self.search.addAction(icon(search_icon), QLineEdit.ActionPosition.LeadingPosition)
        self.table.setModel(model)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)  # typing starts the search

        self._choose_when_loaded = False
        self._failure = ""
        self._timer = search_timer(self, self.search, self.SEARCH_DELAY_MS, self.search_now, on_return=False)
        self.search.installEventFilter(self)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(self._update_ok)
        self.button_box.accepted.connect(self.choose_current)
        self.button_box.rejected.connect(self.reject)
        model.loaded.connect(self._on_loaded)
        model.busy_changed.connect(lambda _busy: self._update_count())
        model.failed.connect(self._on_failed)
        fit_to_screen(self, *size)

    def start(self) -> None:
        """Texts, then the first search: called by the subclass once its own parts are set up."""
        self.retranslate()
        self.search_now()

    # ---- what subclasses give ---------------------------------------------------------------------
    def query_for(self, text: str) -> Any:
        """The model's query for the typed text."""
        raise NotImplementedError

    def is_exact(self, row: Any, text: str) -> bool:
        """True when `row` is exactly what was typed (a barcode, a code): Return chooses it at once."""
        return False

    def count_text(self, count: int) -> str:
        """"%n row(s)" in the subclass's words."""
        return QLocale().toString(count)

    def texts(self) -> PickerTexts:
        raise NotImplementedError

    def retranslate(self) -> None:
        """The subclass's texts, the model's headings, the count."""
        texts = self.texts()
        self.setWindowTitle(texts.title)
        self.hint.setText(texts.hint)
        self.search.setPlaceholderText(texts.placeholder)
        self.ok_button().setText(texts.choose)
        self.cancel_button().setText(texts.cancel)
        retranslate_model = getattr(self.model, "retranslate", None)  # the feature models' headings and cells
        if callable(retranslate_model):
            retranslate_model()
        self._update_count()

    # ---- search -------------------------------------------------------------------------------------
    def search_now(self) -> None:
        """Search at once (read in the model's worker; a newer keystroke cancels it)."""
        self._timer.stop()
        query = self.query_for(self.search.text())
        if query != self.model.query or self.model.rowCount() == 0:
            self._failure = ""
            self.model.set_query(query)
        elif self._choose_when_loaded and not self.model.is_busy():
            self._on_loaded(self.model.rowCount())

    def _on_loaded(self, _count: int) -> None:
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_ok()
        self._update_count()
        exact = self._exact_row()
        if self._choose_when_loaded and (self.model.count_known() or exact is not None):
            self._choose_when_loaded = False
            if exact is not None:
                self._choose(exact)
            elif self.model.rowCount() == 1:
                self.choose_current()

    def _on_failed(self, message: str) -> None:
        self._choose_when_loaded = False
        self._failure = message
        self._update_count()

    def _exact_row(self) -> Any:
        text = self.search.text().strip()
        first = self.model.row_at(0) if text and self.model.rowCount() else None
        return first if first is not None and self.is_exact(first, text) else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # A search that finds one row (or a scanned barcode) chooses it, as soon as its rows are read.
                self._choose_when_loaded = True
                self.search_now()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown):
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return super().eventFilter(watched, event)

    # ---- choosing -----------------------------------------------------------------------------------
    def current_row(self) -> Any:
        """The selected row; without a selection, an exact match of what was typed (None if neither)."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.model.row_at(rows[0].row())
        return self._exact_row()

    def current_id(self) -> int | None:
        row = self.current_row()
        return None if row is None else self.model.row_id(row)

    def choose_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._choose(row)

    def _choose(self, row: Any) -> None:
        self.chosen.emit(row)
        self.accept()

    def _on_double_click(self, index: QModelIndex) -> None:
        self.table.selectRow(index.row())
        self.choose_current()

    def ok_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def cancel_button(self) -> QPushButton:
        return self.button_box.button(QDialogButtonBox.StandardButton.Cancel)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(self.current_row() is not None)

    def _update_count(self) -> None:
        if self._failure:
            self.count_label.setText(self._failure)
        elif self.model.is_busy():
            self.count_label.setText(self.tr("Searching…"))
        else:
            self.count_label.setText(self.count_text(self.model.rowCount()))

    # ---- language -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

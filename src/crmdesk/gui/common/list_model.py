"""A table of a few rows held in full (a customer's contacts, a timeline): rows, columns and headings.

The long lists (customers, orders, products) page through gui/common/paged_model.py instead.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowListModel(QAbstractTableModel, Generic[Row]):
    """`rows` shown one per line under the keys of `COLUMNS`; subclasses give `headings()` and `data()`."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: Index) -> Row | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def headings(self) -> dict[str, str]:
        """The translated heading of each column key."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headings()[self.COLUMNS[section]]

"""The description of a list's column, shared by every list (see paged_model.PagedModel)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

ALIGN_ROLE = Qt.ItemDataRole.TextAlignmentRole
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class Column:
    """One column: `key` names it for the model's cells and headers; `sort` is the services' sort key (None:
    not sortable); `align` the cells' alignment. A new column is one more entry in a list's tuple plus its
    header text and cell."""

    key: str
    sort: str | None = None
    align: int = LEFT

    @property
    def sort_key(self) -> str | None:  # the order screens' older name
        return self.sort

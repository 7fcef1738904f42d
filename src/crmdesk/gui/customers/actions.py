"""The main window's QActions: one action per command, shared by toolbar, menus, row icons and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from crmdesk.gui.common.icons import icon


def make_action(parent: QObject, name: str, icon_name: str | None = None,
                shortcuts: list[QKeySequence | QKeySequence.StandardKey | str] | None = None) -> QAction:
    action = QAction(parent)
    action.setObjectName(name)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcuts:
        action.setShortcuts([QKeySequence(s) if isinstance(s, str) else QKeySequence(s) for s in shortcuts])
    return action


class CustomerActions(QObject):
    """Actions on the customer(s) selected in `customer_table`; texts are set by `retranslate`."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.new = make_action(parent, "action_new_customer", "new", [QKeySequence.StandardKey.New])
        self.duplicate = make_action(parent, "action_duplicate_customer", "duplicate", ["Ctrl+D"])
        self.view = make_action(parent, "action_view_customer", "view", ["Return", "Enter"])
        self.edit = make_action(parent, "action_edit_customer", "edit", ["F2"])
        self.delete = make_action(parent, "action_delete_customer", "delete", [QKeySequence.StandardKey.Delete])
        self.archive = make_action(parent, "action_archive_customer", "archive")
        self.restore = make_action(parent, "action_restore_customer", "restore")
        self.new_order = make_action(parent, "action_new_order", "orders", ["Ctrl+Shift+N"])
        self.retranslate()

    def all(self) -> list[QAction]:
        return [self.new, self.duplicate, self.view, self.edit, self.delete, self.archive, self.restore,
                self.new_order]

    def retranslate(self) -> None:
        texts = [
            (self.new, self.tr("&New customer"), self.tr("Create a customer (Ctrl+N)")),
            (self.duplicate, self.tr("D&uplicate"), self.tr("Duplicate the customer record (Ctrl+D)")),
            (self.view, self.tr("&View"), self.tr("View the customer record (Enter)")),
            (self.edit, self.tr("&Edit"), self.tr("Edit the customer (F2)")),
            (self.delete, self.tr("De&lete"), self.tr("Delete the customer (Del)")),
            (self.archive, self.tr("&Archive"), self.tr("Archive: hide from the list, keep the history")),
            (self.restore, self.tr("&Restore"), self.tr("Restore the archived customer")),
            (self.new_order, self.tr("Ne&w order"), self.tr("Create an order (for the selected customer)")),
        ]
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

"""Asking for the PostgreSQL password when the server refuses the connection, and remembering it in the
system's keychain (store/credentials.py) if the user wishes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)
from sqlalchemy.engine import make_url

from crmdesk.domain.errors import CrmError, PasswordRequiredError
from crmdesk.gui.common.icons import app_icon
from crmdesk.gui.common.widgets import FieldErrors
from crmdesk.gui.forms.ui_password_dialog import Ui_PasswordDialog
from crmdesk.store import credentials
from crmdesk.store.database import Database


class PasswordDialog(QDialog):
    """The password of the database's user; `remember_password` keeps it in the system keychain.

    `try_open(url)` is called with the URL and the password typed: it opens the database or raises. A
    refused password keeps the dialog open with the server's words under the field, the field selected;
    another error closes it (the caller says it).
    """

    def __init__(self, url: str, try_open: Callable[[str], Database], refusal: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_dialog")
        self.url = url
        self.try_open = try_open
        self.database: Database | None = None
        self.error: CrmError | None = None
        parsed = make_url(url)
        self.user, self.host = parsed.username or "", f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
        self.database_name = parsed.database or ""

        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.intro = self.ui.intro
        self.password_edit = self.ui.password_edit
        self.password_label = self.ui.password_label
        # The server's refusal is said under the field, as every field error (FieldErrors).
        self.errors = FieldErrors(self)
        self.password_error = self.errors.attach(self.password_edit)
        if refusal:
            self.errors.show(self.password_edit, refusal)
        self.remember_password = self.ui.remember_password
        self.remember_password.setEnabled(credentials.can_remember())
        self.remember_password.setChecked(self.remember_password.isEnabled())
        # Said on screen, not only in a tooltip: without a system keychain nothing is remembered.
        self.no_keychain = self.ui.no_keychain
        self.no_keychain.setVisible(not self.remember_password.isEnabled())
        self.buttons = self.ui.button_box
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.password_edit.textChanged.connect(self._update_ok)
        self.setWindowIcon(app_icon())
        self.retranslate()
        self._update_ok()
        self.adjustSize()  # to what is shown (a refusal, the keychain line), not the form's design size

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.password_edit.text()))

    def accept(self) -> None:
        password = self.password_edit.text()
        url = credentials.with_password(self.url, password)
        try:
            self.database = self.try_open(url)
        except PasswordRequiredError as exc:
            self.errors.show(self.password_edit, exc.message)
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return
        except CrmError as exc:  # unreachable meanwhile, schema too new...: the caller says it
            self.error = exc
            super().reject()
            return
        if self.remember_password.isChecked():
            credentials.save_password(self.url, password)
        super().accept()

    def retranslate(self) -> None:
        """The texts that hold values (the form's own come from the .ui, see changeEvent)."""
        self.intro.setText(self.tr("The database server %1 asks for the password of %2 (database %3).")
                           .replace("%1", self.host).replace("%2", self.user).replace("%3", self.database_name))
        self.remember_password.setToolTip(
            self.tr("Kept by the system (Windows Credential Manager, macOS Keychain, Secret Service on Linux), "
                    "never in crmdesk's files") if self.remember_password.isEnabled() else
            self.tr("No keychain is available on this computer: the password will be asked at each start"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)


def ask_password(url: str, try_open: Callable[[str], Database], refusal: str) -> Database | None:
    """Before the main window: ask until the server accepts the password or the user gives up (None).
    Another error is raised."""
    dialog = PasswordDialog(url, try_open, refusal)
    dialog.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
    # The application's own loop, not the dialog's: a QDialog.exec() after an earlier QApplication.exit()
    # in the same process (crmdesk started twice by one program) would return at once.
    app = QApplication.instance()
    assert app is not None, "ask_password needs a QApplication"
    result: list[int] = []

    def finished(code: int) -> None:
        result.append(code)
        app.exit(0)

    dialog.finished.connect(finished)
    dialog.open()
    app.exec()
    accepted = result[:1] == [QDialog.DialogCode.Accepted.value]
    if dialog.error is not None:
        raise dialog.error
    return dialog.database if accepted else None

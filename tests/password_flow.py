"""A crmdesk start with a scripted person at the password dialog; run by test_credentials.py in a process
of its own (a Qt application that ran and quit is not one the next tests can share).

    python tests/password_flow.py URL KEYRING_FILE '["wrong", "right"]' [--keep-unticked]

Prints one JSON line: crmdesk's exit status and what the person saw in each dialog.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402


class FileKeyring(KeyringBackend):
    """The test's keychain, a JSON file: the user's own is never touched."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def _entries(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}|{username}"] = password
        self.path.write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError(username)
        self.path.write_text(json.dumps(entries))


def main() -> int:
    url, keyring_file, answers_json, *flags = sys.argv[1:]
    keyring.set_keyring(FileKeyring(Path(keyring_file)))
    answers: list[str] = json.loads(answers_json)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from crmdesk import cli
    from crmdesk.gui.application import ensure_application
    from crmdesk.gui.connection.password_dialog import PasswordDialog

    ensure_application(["crmdesk"])
    seen: list[dict[str, object]] = []

    def step() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PasswordDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, step)
            return
        dialog = dialogs[0]
        seen.append({"error": dialog.password_error.text() if dialog.password_error.isVisibleTo(dialog) else "",
                     "remember_offered": dialog.remember_password.isEnabled(),
                     "remember_ticked": dialog.remember_password.isChecked(), "refused_then": ""})
        answer(dialog)

    def answer(dialog: PasswordDialog) -> None:
        if not answers:
            dialog.reject()
            return
        if "--keep-unticked" in flags:
            dialog.remember_password.setChecked(False)
        dialog.password_edit.setText(answers.pop(0))
        dialog.accept()
        if dialog.isVisible():  # refused: the dialog stays, saying why, for the next answer
            seen[-1]["refused_then"] = dialog.password_error.text()
            answer(dialog)

    QTimer.singleShot(20, step)
    code = cli.main(["--database", url, "--lang", "en", "--quit-after", "0.2"])
    print(json.dumps({"code": code, "dialogs": seen}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

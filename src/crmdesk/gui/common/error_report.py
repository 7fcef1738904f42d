"""Unexpected errors: written to a rotating log in the user's data folder, told to the user in one short line.

`install_error_reporting()` (the `crmdesk` command calls it once the QApplication exists) sends Python's
uncaught exceptions and Qt's own warnings to the log instead of the terminal, and shows a short message with
the log's path. The log never holds a password or personal data: SQLAlchemy hides statement parameters
(hide_parameters), database failures are logged by store/errors.py without their text, and `Scrubber`
masks e-mail addresses, IBANs and URL passwords in anything else.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QMessageLogContext, QObject, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_BYTES = 1_000_000
LOG_FILES = 5

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_URL_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")


def scrub(text: str) -> str:
    """`text` with e-mail addresses, IBANs and URL passwords masked."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _EMAIL.sub("<e-mail>", text)
    return _IBAN.sub("<IBAN>", text)


class Scrubber(logging.Filter):
    """Masks personal data in every record the log file receives, traceback included."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def log_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("crmdesk", appauthor=False, ensure_exists=True) / "logs" / "crmdesk.log"


def setup_log_file(path: Path | None = None) -> Path:
    """Send crmdesk's log (warnings and above) to a rotating file; returns its path."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_FILES,
                                                   encoding="utf-8")
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Scrubber())
    root.addHandler(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)
    return path


class _Reporter(QObject):
    """Shows one short message per burst of errors (an error in a paint loop must not open a hundred boxes)."""

    def __init__(self, path: Path) -> None:
        super().__init__(QApplication.instance())
        self.path = path
        self.box: QMessageBox | None = None

    def report(self) -> None:
        if self.box is not None and self.box.isVisible():
            return
        parent = QApplication.activeWindow()
        self.box = QMessageBox(QMessageBox.Icon.Warning, self.tr("crmdesk"),
                               self.tr("Something went wrong; what you were doing may not have been saved. "
                                       "The details are in %1.").replace("%1", str(self.path)),
                               QMessageBox.StandardButton.Ok, parent)
        self.box.setObjectName("unexpected_error_box")
        self.box.open()


_log = logging.getLogger("crmdesk.unexpected")


def install_error_reporting(path: Path | None = None, *, qt_messages: bool = True) -> Path:
    """Log uncaught exceptions (and Qt's warnings, with `qt_messages`) to the log file; tell the user in one
    line. Returns the log's path."""
    path = setup_log_file(path)
    reporter = _Reporter(path)

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        _log.error("unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is not None:
            QTimer.singleShot(0, reporter.report)

    def to_log(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            logging.getLogger("crmdesk.qt").warning("%s", message)

    sys.excepthook = hook
    if qt_messages:
        qInstallMessageHandler(to_log)
    return path


def user_message(exc: BaseException) -> str:
    """What to show for `exc`: a crmdesk error's own short message; for anything else (a bug), a short line
    with the log's path, the exception itself going to the log. Never the exception's text."""
    from crmdesk.domain.errors import CrmError

    if isinstance(exc, CrmError):
        return exc.message
    _log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ErrorReport", "Something went wrong; the details are in %1.").replace(
        "%1", str(log_path()))

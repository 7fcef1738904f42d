"""Helpers to drive crmdesk's widgets in tests as a person would.

- `type_text(qtbot, widget, text)`: types any text. QTest's key clicks abort the process on characters such
  as "é" or "œ" (an assertion in qasciikey.cpp, see shared/NOTES.md), so printable ASCII goes through
  `qtbot.keyClicks` and every other character is sent as the key events an input method delivers:
  `Qt.Key.Key_unknown` with the character as text.
- `replace_text(qtbot, widget, text)`: select all (Ctrl+A) and type over it.
- `find_message_box(...)` / `click_message_box(qtbot, button)`: find the visible QMessageBox (shown with
  `open()`) and click one of its buttons.
- `click_message_box_later(button)`: for code that blocks in `QMessageBox.exec()`: a timer finds the box
  once it is up and clicks the button.
- `interface_language(lang)`: a context manager running crmdesk in "fr" or "en" (translators, QLocale,
  domain messages), putting the previous state back afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.domain.i18n import language as domain_language
from crmdesk.domain.i18n import set_language
from crmdesk.domain.records import AddressData, CustomerData
from crmdesk.gui.application import install_language, installed_language
from crmdesk.services import Services

ButtonSpec = QMessageBox.StandardButton | str

# The offscreen platform plugin warns where a real one works silently (windows' size hints, raise()).
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _send_char(widget: QWidget, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` into `widget` (which gets the focus first), character by character."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    chunk = ""
    for char in text:
        if " " <= char <= "~":  # printable ASCII: QTest knows these keys
            chunk += char
            continue
        if chunk:
            qtbot.keyClicks(widget, chunk)
            chunk = ""
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            _send_char(widget, char)
    if chunk:
        qtbot.keyClicks(widget, chunk)


def replace_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in `widget` (Ctrl+A), delete it, and type `text`."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def find_message_box(parent: QWidget | None = None, object_name: str | None = None) -> QMessageBox | None:
    """The visible QMessageBox (a child of `parent` when given, with `object_name` when given), or None."""
    candidates = parent.findChildren(QMessageBox) if parent is not None else [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    for box in candidates:
        if box.isVisible() and (object_name is None or box.objectName() == object_name):
            return box
    return None


def message_box_button(box: QMessageBox, button: ButtonSpec) -> QAbstractButton:
    """A button of `box`: a standard button, or one found by objectName or by its text (without '&')."""
    if isinstance(button, QMessageBox.StandardButton):
        found = box.button(button)
    else:
        found = next((b for b in box.buttons()
                      if b.objectName() == button or b.text().replace("&", "") == button), None)
    if found is None:
        names = [(b.objectName(), b.text()) for b in box.buttons()]
        raise AssertionError(f"no button {button!r} in message box {box.objectName()!r}: {names}")
    return found


def wait_message_box(qtbot: QtBot, parent: QWidget | None = None, object_name: str | None = None,
                     timeout: int = 3000) -> QMessageBox:
    qtbot.waitUntil(lambda: find_message_box(parent, object_name) is not None, timeout=timeout)
    box = find_message_box(parent, object_name)
    assert box is not None
    return box


def click_message_box(qtbot: QtBot, button: ButtonSpec, parent: QWidget | None = None,
                      object_name: str | None = None, timeout: int = 3000) -> str:
    """Wait for the message box, click `button` on it; returns the box's text (to check what it said)."""
    box = wait_message_box(qtbot, parent, object_name, timeout)
    text = box.text()
    target = message_box_button(box, button)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    return text


def click_message_box_later(button: ButtonSpec, object_name: str | None = None, timeout_ms: int = 3000,
                            seen: Callable[[QMessageBox], None] | None = None) -> QTimer:
    """For a QMessageBox.exec() about to block: poll for the box and click `button` on it.

    `seen(box)` is called first (to record its text). Keep the returned timer alive until the box is done.
    """
    timer = QTimer()
    timer.setInterval(20)
    waited = {"ms": 0}

    def poll() -> None:
        waited["ms"] += 20
        box = find_message_box(None, object_name)
        if box is None:
            if waited["ms"] > timeout_ms:
                timer.stop()
            return
        timer.stop()
        if seen is not None:
            seen(box)
        message_box_button(box, button).click()

    timer.timeout.connect(poll)
    timer.start()
    return timer


@contextmanager
def interface_language(lang: str) -> Iterator[None]:
    """Run the interface in `lang` (needs a QApplication); the previous language and locale come back after."""
    previous_locale, previous_lang, previous_domain = QLocale(), installed_language(), domain_language()
    install_language(lang)
    try:
        yield
    finally:
        install_language(previous_lang or "en")
        QLocale.setDefault(previous_locale)
        set_language(previous_domain)


def make_customer_at(services: Services, name: str, city: str = "Paris", postal: str = "75002",
                     **fields: object) -> CustomerData:
    """A customer saved through the services, with one address (the default billing and delivery one)."""
    data = services.customers.new_customer()
    data.name = name
    for key, value in fields.items():
        setattr(data, key, value)
    data.addresses = [AddressData(street1="1 rue de la Paix", postal_code=postal, city=city)]
    return services.customers.create(data)

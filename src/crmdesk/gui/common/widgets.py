"""Small widgets shared by the forms: locale-aware decimal and money edits, an optional date, reference and
country combos, and the red message shown under a field that was refused.

The edits are promoted widgets in the Designer forms (ui/*.ui name this module as their header).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

from PySide6.QtCore import QDate, QEvent, QLocale, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from crmdesk.domain import numbers
from crmdesk.domain.i18n import language
from crmdesk.domain.records import RefItem
from crmdesk.gui.common import styles

# ---- numbers ------------------------------------------------------------------------------------

def number_language(locale: QLocale | None = None) -> str:
    """The language whose number conventions `locale` (default: the application's) writes: "fr" or "en"."""
    return "fr" if (locale or QLocale()).language() == QLocale.Language.French else "en"


def format_decimal(value: Decimal | None, decimals: int | None = 2, locale: QLocale | None = None) -> str:
    """`value` written the locale's way ("1 234,50" in French, "1,234.50" in English): crmdesk.domain.numbers.

    decimals=None keeps the significant decimals only (5 -> "5", 5.50 -> "5,5").
    """
    return numbers.format_decimal(value, decimals, number_language(locale))


def parse_decimal(text: str, locale: QLocale | None = None, field: str = "") -> Decimal | None:
    """The number typed in `text` by crmdesk.domain.numbers' rules; None for an empty text.

    Raises NumberError (a FieldError and a ValueError) with the reason when the text is not a number.
    """
    return numbers.parse_decimal(text, number_language(locale), field)


class DecimalEdit(QLineEdit):
    """A line edit for a decimal number or an amount, in the locale's format, with an optional suffix
    (currency symbol, %) drawn at its right end. Empty means "none".

    The text is re-formatted when editing finishes, if it reads as a number; otherwise it is left as typed
    and `is_valid()` is False, so the form can say so without losing what was typed.

    Signals: those of QLineEdit.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._decimals: int | None = 2
        self._suffix = ""
        self._locale = QLocale()  # the locale the text is written in
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.editingFinished.connect(self._reformat)

    def set_decimals(self, decimals: int | None) -> None:
        """Fixed number of decimals shown (2 for money), or None for as many as needed."""
        self._decimals = decimals

    def set_suffix(self, suffix: str) -> None:
        self._suffix = suffix
        width = self.fontMetrics().horizontalAdvance(f" {suffix} ") if suffix else 0
        self.setTextMargins(QMargins(0, 0, width, 0))
        self.update()

    def suffix(self) -> str:
        return self._suffix

    def value(self) -> Decimal | None:
        """The number shown; raises NumberError (a ValueError naming this field) when the text is not one,
        or has more decimals than the field shows (it would be rounded)."""
        value = parse_decimal(self.text(), self._locale, self.objectName())
        if value is not None and self._decimals is not None:
            numbers.check_places(value, self._decimals, self.objectName(), self.text().strip())
        return value

    def is_valid(self) -> bool:
        return not self.error_message()

    def error_message(self) -> str:
        """Why the text is not a number ("" when it is one, or empty), in the user's language."""
        try:
            self.value()
        except numbers.NumberError as exc:
            return exc.message
        return ""

    def set_value(self, value: Decimal | None) -> None:
        self._locale = QLocale()
        self.setText(format_decimal(value, self._decimals, self._locale))

    def relocalize(self) -> None:
        """After the application's locale changed: read the text the old way, write it the new way.
        A text that is not a number stays as typed."""
        try:
            value = self.value()
        except ValueError:
            self._locale = QLocale()
            return
        self.set_value(value)

    def _reformat(self) -> None:
        if self.isReadOnly():
            return
        try:
            value = self.value()
        except ValueError:
            return
        text = format_decimal(value, self._decimals, self._locale)
        if text != self.text():
            self.setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._suffix:
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        rect = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        rect.adjust(0, 0, -4, 0)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorGroup.Normal if self.isEnabled()
                                            else QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self._suffix)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LocaleChange:
            self.relocalize()
        super().changeEvent(event)


class MoneyEdit(DecimalEdit):
    """A DecimalEdit for an amount: two decimals and the currency's symbol."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_currency("EUR")

    def set_currency(self, code: str) -> None:
        self.set_suffix(currency_symbol(code))


def currency_symbol(code: str) -> str:
    from babel.numbers import get_currency_symbol

    return str(get_currency_symbol(code or "EUR", "fr_FR" if language() == "fr" else "en_GB"))


# ---- dates -------------------------------------------------------------------------------------

class OptionalDateEdit(QDateEdit):
    """A date edit that can also hold no date, shown as an empty field.

    Delete or Backspace on the whole text empties it; typing or opening the calendar on an empty field
    starts from today. Dates are shown in the locale's short format with a four-digit year.

    A date that does not exist (31/02/2026: Qt would make it 28/02) is refused, not changed without a word:
    `is_valid()` is False and `refused_text()` says what was typed until the day is typed again.

    Signals: those of QDateEdit, and date_refused(str): the text of a date that does not exist.
    """

    _NULL = QDate(1900, 1, 1)
    date_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self._NULL)
        self.setSpecialValueText(" ")  # shown for the minimum date: our "no date"
        self.apply_locale()
        self.setDate(self._NULL)
        # Opening the calendar on an empty field shows today's month but sets no date: a filter applies
        # only once a date is picked.
        from crmdesk.gui.common.dates import open_calendar_on_today

        open_calendar_on_today(self, self._NULL)
        self._refused = ""

    def is_valid(self) -> bool:
        return not self._refused

    def refused_text(self) -> str:
        return self._refused

    def apply_locale(self) -> None:
        """Show the date in the (default) locale's short format, with a four-digit year."""
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        self.setDisplayFormat(fmt)

    def value(self) -> date | None:
        qdate = self.date()
        if qdate == self._NULL:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self._refused = ""
        self.setDate(QDate(value.year, value.month, value.day) if value else self._NULL)

    def is_null(self) -> bool:
        return self.date() == self._NULL

    def clear_value(self) -> None:
        self._refused = ""
        self.setDate(self._NULL)

    def _start_from_today(self) -> None:
        if self.is_null() and not self.isReadOnly():
            self.setDate(QDate.currentDate())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                self.is_null() or self.lineEdit().selectedText() == self.lineEdit().text()):
            self.clear_value()
            return
        if self.is_null() and event.text() and event.text().isprintable():
            # Typing into an empty field: start from an empty text, not from the hidden 01/01/1900.
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        before, section = self.date(), self.currentSection()
        super().keyPressEvent(event)
        after = self.date()
        if section == QDateEdit.Section.DaySection and event.text().isdigit():
            self._refused = ""  # the day typed again
        elif (after.day() < before.day() and (after.month(), after.year()) != (before.month(), before.year())
              and before != self._NULL):
            # Qt moved the day back to the month's last one (31 → 28 for February): refuse, and say so.
            fmt = self.displayFormat()
            self._refused = (fmt.replace("dd", f"{before.day():02d}").replace("MM", f"{after.month():02d}")
                             .replace("yyyy", f"{after.year():04d}"))
            self.date_refused.emit(self._refused)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LocaleChange:
            self.apply_locale()
        super().changeEvent(event)


# ---- combos -------------------------------------------------------------------------------------

class ValueCombo(QComboBox):
    """A combo whose entries carry a value (item data); `value()` / `set_value()` work on it.

    A value not in the list (an old or unknown one) is added, so loading never loses data.
    """

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        """Replace the entries, keeping the current value."""
        current = self.value()
        blocked = self.blockSignals(True)
        self.clear()
        for value, text in choices:
            self.addItem(text, value)
        self.blockSignals(blocked)
        self.set_value(current)

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        index = self.findData(value)
        if index < 0 and value not in (None, ""):
            self.addItem(str(value), value)
            index = self.count() - 1
        if index < 0:
            index = self.findData(None)
            if index < 0:
                index = self.findData("")
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class RefCombo(ValueCombo):
    """A reference list (payment method, terms, carrier) with a "none" entry first.

    Inactive entries are listed only when they are the current value, marked as such.
    """

    def set_items(self, items: list[RefItem], none_text: str, current: int | None = None,
                  inactive_text: str = "{label} (inactive)") -> None:
        choices: list[tuple[object, str]] = [(None, none_text)]
        for item in items:
            if item.active or item.id == current:
                text = item.label if item.active else inactive_text.format(label=item.label)
                choices.append((item.id, text))
        self.set_choices(choices)
        if current is not None:
            self.set_value(current)

    def current_id(self) -> int | None:
        value = self.value()
        return int(value) if isinstance(value, int) else None


# Codes Babel lists that are not ISO 3166-1 countries (continents, reserved and private-use codes).
_NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}


@cache
def country_names(lang: str) -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> country name in `lang` ('fr' or 'en'), sorted by name."""
    from babel import Locale

    from crmdesk.domain.validation import fold

    territories = Locale("fr" if lang == "fr" else "en").territories
    names = {code: name for code, name in territories.items()
             if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}
    return dict(sorted(names.items(), key=lambda item: fold(item[1])))


def country_name(code: str) -> str:
    return country_names(language()).get(code, code)


class CountryCombo(QComboBox):
    """ISO 3166 countries by name in the interface language; France first (the default), then A to Z.

    Typing a name's first letters jumps to it (QComboBox's keyboard search), and the completer of the
    editable variant is not needed.
    """

    FIRST = ("FR",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(18)
        self.fill()

    def fill(self) -> None:
        current = self.code() if self.count() else "FR"
        blocked = self.blockSignals(True)
        self.clear()
        names = country_names(language())
        for code in self.FIRST:
            self.addItem(names[code], code)
        self.insertSeparator(self.count())
        for code, name in names.items():
            if code not in self.FIRST:
                self.addItem(name, code)
        self.blockSignals(blocked)
        self.set_code(current)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        code = (code or "FR").upper()
        index = self.findData(code)
        if index < 0:  # a code unknown to Babel: keep it rather than lose it
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(index)


# ---- read-only -----------------------------------------------------------------------------------

class _ReadOnlyFilter(QObject):
    """Eats the events that would change a combo box or a check box; keeps focus, Tab, Esc and shortcuts.

    Disabling the widget instead would grey its value out and take it out of the Tab chain, so a screen
    reader user could no longer reach it in a read-only record.
    """

    _MOUSE = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
              QEvent.Type.Wheel}
    _FREE_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in self._MOUSE:
            if isinstance(watched, QWidget) and kind == QEvent.Type.MouseButtonPress:
                watched.setFocus(Qt.FocusReason.MouseFocusReason)
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and isinstance(event, QKeyEvent):
            if event.key() in self._FREE_KEYS or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return False
            return True
        return False


_READ_ONLY_FILTER: _ReadOnlyFilter | None = None


def set_read_only(widget: QWidget, read_only: bool) -> None:
    """Make a field read-only without disabling it: text fields get setReadOnly, combo and check boxes
    ignore the mouse and the keys that would change them."""
    global _READ_ONLY_FILTER
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        widget.setReadOnly(read_only)
        if isinstance(widget, QLineEdit):
            _show_placeholder(widget)
        return
    if _READ_ONLY_FILTER is None:
        _READ_ONLY_FILTER = _ReadOnlyFilter()
    targets = [widget]
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        line = widget.lineEdit()
        assert line is not None
        line.setReadOnly(read_only)
        targets.append(line)
    for target in targets:
        target.removeEventFilter(_READ_ONLY_FILTER)
        if read_only:
            target.installEventFilter(_READ_ONLY_FILTER)
    widget.setProperty("read_only", read_only)


def set_placeholder(widget: QLineEdit, text: str) -> None:
    """An example shown in an empty field while it can be edited; none in a read-only one, where it would
    pass for a value."""
    widget.setProperty("editing_placeholder", text)
    _show_placeholder(widget)


def _show_placeholder(widget: QLineEdit) -> None:
    text = widget.property("editing_placeholder")
    if text is not None:
        widget.setPlaceholderText("" if widget.isReadOnly() else str(text))


def is_read_only(widget: QWidget) -> bool:
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
        return widget.isReadOnly()
    return bool(widget.property("read_only"))


# ---- field errors --------------------------------------------------------------------------------

class FieldErrorLabel(QLabel):
    """The red message under a field whose value was refused; hidden while empty."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field.objectName()}_error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(styles.error_text_style())
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()


def _children(layout: QLayout) -> list[tuple[int, QWidget | None, QLayout | None]]:
    """(index, widget, nested layout) of each item of `layout`."""
    out = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is not None:
            out.append((i, item.widget(), item.layout()))
    return out


def _layout_holds(layout: QLayout, widget: QWidget) -> bool:
    for _i, child, nested in _children(layout):
        if child is widget or (nested is not None and _layout_holds(nested, widget)):
            return True
    return False


def _form_row_of(form: QFormLayout, widget: QWidget) -> int:
    """The row of `form` whose field is `widget` or a layout holding it; -1 if none."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is None:
            continue
        nested = item.layout()
        if item.widget() is widget or (nested is not None and _layout_holds(nested, widget)):
            return row
    return -1


def form_position(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The QFormLayout holding `widget` (directly or in a row's nested layout) and its row."""
    parent = widget.parentWidget()
    while parent is not None:
        top = parent.layout()
        layouts: list[QLayout] = [top] if top is not None else []
        while layouts:
            layout = layouts.pop()
            if isinstance(layout, QFormLayout):
                row = _form_row_of(layout, widget)
                if row >= 0:
                    return layout, row
            layouts += [nested for _i, _w, nested in _children(layout) if nested is not None]
        parent = parent.parentWidget()
    return None


def box_position(widget: QWidget) -> tuple[QBoxLayout, int] | None:
    """The box layout directly holding `widget` and its index there."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    layouts: list[QLayout] = [top] if top is not None else []
    while layouts:
        layout = layouts.pop()
        for i, child, nested in _children(layout):
            if child is widget and isinstance(layout, QBoxLayout):
                return layout, i
            if nested is not None:
                layouts.append(nested)
    return None


class FieldErrors(QObject):
    """Shows and clears the messages of refused fields: a red label under the field (inserted as an extra
    row of its form), the message as its tooltip and accessible description, and a red frame on text fields.

    A message goes away as soon as the user changes the field.

    Signals:
        cleared(QWidget): the message of this field went away.
    """

    cleared = Signal(QWidget)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[QWidget, FieldErrorLabel] = {}
        self._tooltips: dict[QWidget, str] = {}
        self._messages: dict[QWidget, str] = {}

    def attach(self, field: QWidget, under: QWidget | None = None) -> FieldErrorLabel:
        """Create the (hidden) error row under `field` in its form; once per field. `under`: the widget (a row
        holding the field beside others) below which the message goes instead, in its vertical box."""
        if field in self._labels:
            return self._labels[field]
        label = FieldErrorLabel(field)
        position = form_position(field) if under is None else None
        below = box_position(under) if under is not None else None
        if below is not None:
            below[0].insertWidget(below[1] + 1, label)
        elif position is not None:
            form, row = position
            form.insertRow(row + 1, QWidget(), label)
            form.setRowVisible(row + 1, False)
        else:
            box = box_position(field)
            if box is not None:  # a field outside a form: the message goes right under it
                layout, index = box
                layout.insertWidget(index + 1, label)
            else:
                label.setParent(field.parentWidget())
        self._labels[field] = label
        self._connect_clear(field)
        return label

    def _connect_clear(self, field: QWidget) -> None:
        def clear() -> None:
            if field in self._messages:
                # While the user types, the message goes but its space stays: the fields below do not move
                # under the mouse. The space goes at the next check (clear_all / show).
                self.clear(field, keep_space=True)

        if isinstance(field, QLineEdit):
            field.textEdited.connect(clear)
        elif isinstance(field, QPlainTextEdit):
            field.textChanged.connect(clear)
        elif isinstance(field, QComboBox):
            field.activated.connect(clear)
        elif isinstance(field, QAbstractSpinBox):
            field.editingFinished.connect(clear)

    def show(self, field: QWidget, message: str) -> None:
        label = self.attach(field)
        self._release_space(label)
        policy = label.sizePolicy()
        if policy.retainSizeWhenHidden():
            policy.setRetainSizeWhenHidden(False)
            label.setSizePolicy(policy)
        label.setText(message)
        self._set_row_visible(label, True)
        label.show()
        if field not in self._messages:
            self._tooltips[field] = field.toolTip()
        self._messages[field] = message
        field.setToolTip(message)
        field.setAccessibleDescription(message)
        if isinstance(field, (QLineEdit, QPlainTextEdit)):
            field.setStyleSheet(styles.error_frame_style())

    def clear(self, field: QWidget, keep_space: bool = False) -> None:
        label = self._labels.get(field)
        if label is not None:
            if keep_space and label.isVisibleTo(label.window()):
                # Hidden, its height kept: by the row's empty label cell in a form, else by the size policy.
                policy = label.sizePolicy()
                policy.setRetainSizeWhenHidden(True)
                position = form_position(label)
                if position is not None:
                    form, row = position
                    item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                    holder = item.widget() if item is not None else None
                    if holder is not None:
                        holder.setMinimumHeight(label.height())
                        policy.setRetainSizeWhenHidden(False)
                        label.setProperty("space_kept", True)
                label.setSizePolicy(policy)
                label.hide()
                if isinstance(field, (QLineEdit, QPlainTextEdit)) and field in self._messages:
                    # A neutral frame of the same size as the red one: the field keeps its height too.
                    field.setStyleSheet(styles.NEUTRAL_FRAME_STYLE)
            else:
                self._collapse(label)
        if field in self._messages:
            del self._messages[field]
            field.setToolTip(self._tooltips.pop(field, ""))
            field.setAccessibleDescription("")
            if isinstance(field, (QLineEdit, QPlainTextEdit)) and not keep_space:
                field.setStyleSheet("")
            self.cleared.emit(field)

    @staticmethod
    def _space_kept(label: FieldErrorLabel) -> bool:
        return label.sizePolicy().retainSizeWhenHidden() or bool(label.property("space_kept"))

    def _release_space(self, label: FieldErrorLabel) -> None:
        if label.property("space_kept"):
            label.setProperty("space_kept", False)
            position = form_position(label)
            if position is not None:
                item = position[0].itemAt(position[1], QFormLayout.ItemRole.LabelRole)
                holder = item.widget() if item is not None else None
                if holder is not None:
                    holder.setMinimumHeight(0)

    def _collapse(self, label: FieldErrorLabel) -> None:
        if self._space_kept(label) and isinstance(label.field, (QLineEdit, QPlainTextEdit)) \
                and label.field not in self._messages:
            label.field.setStyleSheet("")
        self._release_space(label)
        policy = label.sizePolicy()
        if policy.retainSizeWhenHidden():
            policy.setRetainSizeWhenHidden(False)
            label.setSizePolicy(policy)
        label.clear()
        self._set_row_visible(label, False)

    def clear_all(self) -> None:
        for label in self._labels.values():
            if self._space_kept(label):
                self._collapse(label)
        for field in list(self._messages):
            self.clear(field)

    def message(self, field: QWidget) -> str:
        return self._messages.get(field, "")

    def fields(self) -> list[QWidget]:
        return list(self._messages)

    def label(self, field: QWidget) -> FieldErrorLabel | None:
        return self._labels.get(field)

    @staticmethod
    def _set_row_visible(label: FieldErrorLabel, visible: bool) -> None:
        position = form_position(label)
        if position is not None:
            form, row = position
            form.setRowVisible(row, visible)
        else:
            label.setVisible(visible)


class HintLabel(QLabel):
    """A grey, wrapped explanation under a field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)

"""A day at the desk (issue 15): every window and dialog fits a 1024×768 screen, and the small faults a person
who uses crmdesk all day runs into."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import OFFSCREEN_NOISE, interface_language
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crmdesk.gui.common.screen import fit_size
from crmdesk.services import Services

pytestmark = OFFSCREEN_NOISE

SMALL_SCREEN = QRect(0, 0, 1024, 768)
CHECKED = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
           QAbstractItemView)


def _inside_scrolling(widget: QWidget, window: QWidget) -> bool:
    """Reached by scrolling (a QScrollArea's content) or a part of a composite widget (a combo's line edit)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QScrollArea, QComboBox, QAbstractSpinBox, QTabBar, QAbstractItemView)):
            return True
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _visible_part(widget: QWidget, window: QWidget) -> QRect:
    """The widget's rectangle in window coordinates, clipped by each of its ancestors and the window."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size()))
        parent = parent.parentWidget()
    return rect.intersected(window.rect())


def _is_total(widget: QWidget) -> bool:
    return isinstance(widget, QLabel) and "total" in widget.objectName()


def hidden_controls(window: QWidget) -> list[str]:
    """Buttons, fields and totals of `window` that lie (partly) outside what is visible."""
    out = []
    for widget in window.findChildren(QWidget):
        if not (isinstance(widget, CHECKED) or _is_total(widget)) or not widget.isVisibleTo(window):
            continue
        if widget.width() <= 1 or widget.height() <= 1 or widget.window() is not window:
            continue
        if _inside_scrolling(widget, window):
            continue
        full = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        seen = _visible_part(widget, window)
        if seen.width() < full.width() - 2 or seen.height() < full.height() - 2:
            text = widget.text() if hasattr(widget, "text") else ""
            out.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}: {full} shows {seen}")
    return out


def every_tab(window: QWidget) -> Iterator[str]:
    """Show each page of each tab widget in turn (outer tabs first)."""
    yield ""
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            yield tabs.tabText(index)
        tabs.setCurrentIndex(0)


def assert_fits_small_screen(qtbot: QtBot, window: QWidget) -> None:
    """Opened no larger than the screen; at the size a 1024×768 screen gives it, every control is reachable."""
    # The offscreen screen is 800×800: narrower than the 1024 pixels asked for, taller than 768.
    available = window.screen().availableGeometry()
    small = fit_size(QSize(max(window.width(), 1), max(window.height(), 1)), SMALL_SCREEN)
    assert window.width() <= max(available.width(), small.width()) and window.height() <= available.height(), \
        f"{window.objectName()} opened at {window.size()} on a {available.size()} screen"
    hint = window.minimumSizeHint()
    assert hint.width() <= small.width() and hint.height() <= small.height(), \
        f"{window.objectName()} needs at least {hint}, a 1024×768 screen gives {small}"
    window.resize(small)
    QApplication.processEvents()
    problems = []
    for tab in every_tab(window):
        QApplication.processEvents()
        problems += [f"[{tab}] {p}" for p in hidden_controls(window)]
    assert not problems, "\n".join(problems)


def seed(services: Services) -> None:
    """Two customers (a company with three addresses, an individual), orders of several statuses."""
    from decimal import Decimal

    from crmdesk.domain.enums import OrderStatus
    from crmdesk.domain.records import AddressData, CustomerData, OrderLineData

    company = services.customers.create(CustomerData(
        kind="company", name="Boulangerie Martin et Fils, artisans boulangers depuis 1952", email="contact@martin.fr",
        phone="04 78 12 34 56", siret="73282932000074",
        addresses=[AddressData(label="Siège", usage="billing", street1="12 rue de la République",
                               postal_code="69002", city="Lyon", is_default_billing=True),
                   AddressData(label="Entrepôt", usage="delivery", street1="5 allée des Frênes",
                               postal_code="69800", city="Saint-Priest", is_default_delivery=True)]))
    services.customers.create(CustomerData(
        kind="individual", first_name="Émilie", last_name="Durand",
        addresses=[AddressData(street1="3 impasse des Lilas", postal_code="33000", city="Bordeaux")]))
    assert company.id is not None
    for status in (OrderStatus.DRAFT, OrderStatus.VALIDATED, OrderStatus.PREPARED):
        draft = services.orders.new_order_for(company.id)
        draft.lines = [OrderLineData(description=f"Farine de blé T65 sac 25 kg ({n})", quantity=Decimal(n),
                                     unit_price=Decimal("18.90"), discount_percent=Decimal(0),
                                     vat_rate=Decimal("5.5")) for n in range(1, 4)]
        order = services.orders.create(draft)
        steps = {OrderStatus.DRAFT: [], OrderStatus.VALIDATED: [OrderStatus.VALIDATED],
                 OrderStatus.PREPARED: [OrderStatus.VALIDATED, OrderStatus.PREPARED]}[status]
        for step in steps:
            assert order.id is not None
            order = services.orders.set_status(order.id, step, expected_version=order.version)


@pytest.fixture
def demo(sqlite_services: Services) -> Services:
    seed(sqlite_services)
    return sqlite_services


@pytest.fixture(params=["fr", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with interface_language(request.param):
        yield request.param


def _main_window(qtbot: QtBot, services: Services):  # type: ignore[no-untyped-def]
    from crmdesk.gui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_main_window_pages_fit_1024x768(qtbot: QtBot, demo: Services, lang: str) -> None:
    from crmdesk.gui.main_window import PAGE_CUSTOMERS, PAGE_ORDERS, PAGE_PRODUCTS

    window = _main_window(qtbot, demo)
    for page in (PAGE_CUSTOMERS, PAGE_ORDERS, PAGE_PRODUCTS):
        window.show_page(page)
        assert_fits_small_screen(qtbot, window)


def _done(dialog: QDialog) -> None:
    from shiboken6 import isValid

    if isValid(dialog):  # dialogs deleted on close may be gone already
        dialog.done(0)


def _open(qtbot: QtBot, dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it after the test
    qtbot.addWidget(dialog, before_close_func=_done)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_customer_dialog_fits_1024x768_in_every_mode(qtbot: QtBot, demo: Services, lang: str) -> None:
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.customers.dialog import CustomerDialog

    bus = DataBus()
    for mode in ("create", "view", "edit"):
        kwargs = {} if mode == "create" else {"customer_id": _first_customer_id(demo)}
        dialog = _open(qtbot, CustomerDialog(demo, bus, None, mode=mode, **kwargs))
        assert_fits_small_screen(qtbot, dialog)
        dialog.done(0)


def _first_customer_id(services: Services) -> int:
    from sqlalchemy import select

    from crmdesk.store.models import Customer

    with services.db.session() as session:
        return int(session.scalar(select(Customer.id).order_by(Customer.id)))


def _first_order_id(services: Services, status: str | None = None) -> int:
    from sqlalchemy import select

    from crmdesk.store.models import SalesOrder as Order

    with services.db.session() as session:
        query = select(Order.id).order_by(Order.id)
        if status:
            query = query.where(Order.status == status)
        return int(session.scalar(query))


def test_order_dialog_fits_1024x768(qtbot: QtBot, demo: Services, lang: str) -> None:
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog

    bus = DataBus()
    for kwargs in ({"order_id": _first_order_id(demo, "draft"), "read_only": False},
                   {"order_id": _first_order_id(demo), "read_only": True},
                   {"order": demo.orders.new_order_for(_first_customer_id(demo))}):
        dialog = _open(qtbot, OrderDialog(demo, bus, None, **kwargs))
        assert_fits_small_screen(qtbot, dialog)
        dialog.done(0)


def test_small_dialogs_fit_1024x768(qtbot: QtBot, demo: Services, lang: str) -> None:
    from crmdesk.gui.catalog.product_picker import ProductPickerDialog
    from crmdesk.gui.customers.address_dialog import AddressDialog
    from crmdesk.gui.orders.list_page import CustomerPickerDialog
    from crmdesk.gui.reference.dialog import ReferenceListsDialog
    from crmdesk.gui.settings.dialog import SettingsDialog

    for dialog in (AddressDialog(None), CustomerPickerDialog(demo), ProductPickerDialog(demo),
                   ReferenceListsDialog(demo), SettingsDialog(demo)):
        _open(qtbot, dialog)
        assert_fits_small_screen(qtbot, dialog)
        dialog.done(0)


# ---- sizes ------------------------------------------------------------------------------------------

def test_first_start_size_comes_from_the_screen() -> None:
    from crmdesk.gui.common.screen import first_start_size

    assert first_start_size(QRect(0, 0, 1024, 768)) == QSize(1008, 720)
    assert first_start_size(QRect(0, 0, 1280, 800)) == QSize(1264, 752)
    big = first_start_size(QRect(0, 0, 2560, 1440))
    assert 1280 < big.width() < 2560 and 800 < big.height() < 1440


def test_the_main_window_is_never_wider_than_a_small_screen(qtbot: QtBot, demo: Services) -> None:
    window = _main_window(qtbot, demo)
    assert window.minimumSizeHint().width() <= 1008  # 1228 before: a 1024 screen could not show it
    assert window.width() <= max(window.screen().availableGeometry().width(), window.minimumSizeHint().width())


def _paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _customer_dialog(qtbot: QtBot, services: Services, **kwargs):  # type: ignore[no-untyped-def]
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.customers.dialog import CustomerDialog

    dialog = CustomerDialog(services, DataBus(), None, **kwargs)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_long_pasted_name_neither_widens_the_dialog_nor_is_cut_silently(qtbot: QtBot, demo: Services,
                                                                         english: None) -> None:
    from crmdesk.domain.fields import CUSTOMER_FIELDS

    dialog = _customer_dialog(qtbot, demo, mode="create")
    width = dialog.width()
    name = dialog.ui.name
    _paste(qtbot, name, "Boulangerie " * 420)  # 5,040 characters
    QApplication.processEvents()
    assert dialog.width() == width and dialog.minimumSizeHint().width() <= width
    assert len(name.text()) == len("Boulangerie " * 420)  # kept as typed, not cut to 200
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "name_error")
    limit = CUSTOMER_FIELDS["name"].max_length
    assert error is not None and error.isVisible() and f"at most {limit} characters" in error.text()
    assert len(name.text()) == len("Boulangerie " * 420)

    # A stored name as long as allowed: the heading is elided (whole in its tooltip), the dialog stays put.
    long_name = "Société " + "x" * (limit - 8)
    customer = demo.customers.create(__import__("crmdesk.domain.records", fromlist=["CustomerData"])
                                     .CustomerData(kind="company", name=long_name))
    view = _customer_dialog(qtbot, demo, customer_id=customer.id, mode="view")
    assert view.width() <= max(view.screen().availableGeometry().width(), 1008)
    assert view.ui.header_label.toolTip().startswith(long_name)
    assert len(view.windowTitle()) < 100


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    with interface_language("en"):
        yield


# ---- the order list -------------------------------------------------------------------------------

def test_order_list_shows_eye_and_pencil_at_1280_and_a_number_search_keeps_the_number(
        qtbot: QtBot, demo: Services, lang: str) -> None:
    from crmdesk.gui.main_window import PAGE_ORDERS

    window = _main_window(qtbot, demo)
    window.resize(1264, 752)  # 1280×800 less the frame
    window.show_page(PAGE_ORDERS)
    page = window.order_list_page
    table = page.order_table
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and not page.model.is_busy(), timeout=5000)
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()
    keys = [c.key for c in page.model.columns]
    actions = keys.index("actions")
    right = table.columnViewportPosition(actions) + table.columnWidth(actions)
    assert 0 <= table.columnViewportPosition(actions) and right <= table.viewport().width()
    header = table.horizontalHeader()
    for column, key in enumerate(keys):  # no heading cut ("Payment meth", "Ville de livraiso")
        heading = str(page.model.headerData(column, Qt.Orientation.Horizontal) or "")
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(heading), key

    number = page.model.row_at(0).number  # type: ignore[union-attr]
    page.order_search.setFocus()
    qtbot.keyClicks(page.order_search, number)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_busy(), timeout=5000)
    QApplication.processEvents()
    assert not table.isColumnHidden(keys.index("number")) and table.columnViewportPosition(0) == 0
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(number)  # not cut to "CMD-2026-00…"


# ---- rules ------------------------------------------------------------------------------------------

def test_an_order_without_lines_cannot_be_validated(services: Services) -> None:
    from crmdesk.domain.enums import OrderStatus
    from crmdesk.domain.errors import TransitionError
    from crmdesk.domain.records import CustomerData

    customer = services.customers.create(CustomerData(kind="company", name="Sans Adresse"))
    assert customer.id is not None
    draft = services.orders.new_order_for(customer.id)
    draft.lines = []
    order = services.orders.create(draft)
    assert order.id is not None
    with pytest.raises(TransitionError) as refused:
        services.orders.set_status(order.id, OrderStatus.VALIDATED, expected_version=order.version)
    assert "no line" in refused.value.message and "no delivery address" in refused.value.message
    assert services.orders.get(order.id).status == OrderStatus.DRAFT.value


def test_validating_an_empty_order_in_the_dialog_says_why(qtbot: QtBot, demo: Services, english: None) -> None:
    from helpers import click_message_box

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog

    dialog = _open(qtbot, OrderDialog(demo, DataBus(), None, order=demo.orders.new_order_for(
        _first_customer_id(demo))))
    dialog.action_validate_order.trigger()
    text = click_message_box(qtbot, QMessageBox.StandardButton.Close, dialog, "status_refused_box")
    assert "cannot be validated" in text and "no line" in text


def test_duplicating_a_customer_leaves_bank_details_and_mandate_behind(qtbot: QtBot, services: Services,
                                                                        english: None) -> None:
    from datetime import date

    from crmdesk.domain.records import CustomerData

    source = services.customers.create(CustomerData(
        kind="company", name="Dupont SA", siren="732829320", siret="73282932000074",
        iban="FR7630006000011234567890189", bic="BNPAFRPP", sepa_mandate_ref="RUM-2024-0001",
        sepa_mandate_date=date(2024, 3, 15)))
    dialog = _customer_dialog(qtbot, services, customer_id=source.id, mode="duplicate")
    for name in ("iban", "bic", "sepa_mandate_ref", "siret"):
        assert getattr(dialog.ui, name).text() == "", name
    assert dialog.ui.sepa_mandate_date.value() is None
    assert dialog.ui.siren.text().replace(" ", "") == "732829320"  # the company stays the same


def test_a_second_customer_with_the_same_siret_is_asked_about(qtbot: QtBot, sqlite_services: Services,
                                                              english: None) -> None:
    from helpers import click_message_box, type_text

    from crmdesk.domain.records import CustomerData

    services = sqlite_services
    services.customers.create(CustomerData(kind="company", name="Dupont SA", siret="73282932000074"))
    dialog = _customer_dialog(qtbot, services, mode="create")
    type_text(qtbot, dialog.ui.name, "Dupont Nord")
    type_text(qtbot, dialog.ui.siret, "732 829 320 00074")
    save = dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    text = click_message_box(qtbot, "go_back_button", dialog, "same_siret_box")
    assert "Dupont SA" in text and "732 829 320 00074" in text
    assert dialog.is_editing() and dialog.customer_id() is None and dialog.focusWidget() is dialog.ui.siret
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    click_message_box(qtbot, "save_anyway_button", dialog, "same_siret_box")
    qtbot.waitUntil(lambda: dialog.customer_id() is not None, timeout=3000)
    assert services.customers.get(dialog.customer_id()).name == "Dupont Nord"  # type: ignore[arg-type]


# ---- typing -----------------------------------------------------------------------------------------

def test_the_new_customer_form_starts_on_the_name(qtbot: QtBot, sqlite_services: Services, english: None) -> None:
    dialog = _customer_dialog(qtbot, sqlite_services, mode="create")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClicks(QApplication.focusWidget(), "Dupont")  # typed at once, where the focus is
    assert dialog.ui.name.text() == "Dupont"


def test_a_message_going_away_while_typing_does_not_move_the_fields(qtbot: QtBot, sqlite_services: Services,
                                                                    english: None) -> None:
    from helpers import type_text

    dialog = _customer_dialog(qtbot, sqlite_services, mode="create")
    type_text(qtbot, dialog.ui.name, "Dupont")
    type_text(qtbot, dialog.ui.email, "not an email")
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "email_error")
    assert error is not None and error.isVisible()
    QApplication.processEvents()
    below = [w for w in dialog.ui.contact_page.findChildren(QLineEdit)
             if w.isVisible() and w.mapTo(dialog, w.rect().topLeft()).y() > dialog.ui.email.mapTo(
                 dialog, dialog.ui.email.rect().topLeft()).y() and w.x() >= 0]
    assert below
    before = {w: w.mapTo(dialog, w.rect().topLeft()) for w in below}
    qtbot.keyClick(dialog.ui.email, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.ui.email, "@dupont.fr")
    QApplication.processEvents()
    assert not error.isVisible()  # the message went as the user corrected the value ...
    after = {w: w.mapTo(dialog, w.rect().topLeft()) for w in below}
    # ... and nothing moved (a message row is about 20 px: the fields below used to jump by that much)
    assert all(abs(after[w].y() - before[w].y()) <= 1 and after[w].x() == before[w].x() for w in below), (
        before, after)


def test_tabs_and_line_breaks_pasted_into_a_name_become_spaces(qtbot: QtBot, services: Services,
                                                               english: None) -> None:
    from crmdesk.domain.records import CustomerData
    from crmdesk.domain.validation import validate_customer

    clean = validate_customer(CustomerData(code="C1", kind="individual", first_name="Jean\tPierre\r\n",
                                           last_name="Du\npont", notes="ligne 1\nligne 2"))
    assert (clean.first_name, clean.last_name, clean.notes) == ("Jean Pierre", "Du pont", "ligne 1\nligne 2")
    dialog = _customer_dialog(qtbot, services, mode="create")
    dialog.ui.name.setText("Dupont\tet Fils")  # as a paste from a spreadsheet cell delivers it
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert services.customers.get(saved.args[0]).name == "Dupont et Fils"


# ---- dates ------------------------------------------------------------------------------------------

def _open_calendar(qtbot: QtBot, edit: QWidget) -> None:
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=edit.rect().center().__class__(edit.width() - 8,
                                                                                        edit.height() // 2))


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_calendars_open_on_today_and_opening_one_filters_nothing(qtbot: QtBot, demo: Services,
                                                                 english: None) -> None:
    from PySide6.QtCore import QDate

    from crmdesk.gui.main_window import PAGE_ORDERS

    window = _main_window(qtbot, demo)
    customers = window.customer_list_page
    before = customers.current_query()
    edit = customers.filter_created_from
    _open_calendar(qtbot, edit)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert edit.value() is None and customers.current_query() == before  # just opening applied no filter

    window.show_page(PAGE_ORDERS)
    orders = window.order_list_page
    _open_calendar(qtbot, orders.filter_date_from)
    calendar = orders.filter_date_from.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())  # not January 2000
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert orders.query().date_from is None


# ---- flows ------------------------------------------------------------------------------------------

def test_deleting_says_what_happens_and_can_be_undone_with_the_addresses(qtbot: QtBot, demo: Services,
                                                                         english: None) -> None:
    from helpers import click_message_box

    window = _main_window(qtbot, demo)
    page = window.customer_list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.is_busy(), timeout=5000)
    rows = {page.model.row_at(r).name: r for r in range(2)}  # type: ignore[union-attr]
    individual = next(n for n in rows if "Durand" in n)
    page.select_only_row(rows[individual])
    customer_id = page.current_id()
    assert customer_id is not None
    before = demo.customers.get(customer_id)
    table_top = page.customer_table.geometry().top()
    window.customer_actions.delete.trigger()
    text = click_message_box(qtbot, "Delete", page, "delete_confirmation")
    assert "Durand" in text and "undo" in text.lower()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.model.is_busy(), timeout=5000)
    bar = page.message_bar
    assert bar.isVisible() and bar.undo_button.isVisible()
    assert page.customer_table.geometry().top() == table_top  # the bar lies over the list: no row moved
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.model.is_busy(), timeout=5000)
    back = demo.customers.get(customer_id)  # the same id, its address with it
    assert (back.name, back.code, [a.city for a in back.addresses]) == (
        before.name, before.code, [a.city for a in before.addresses])

    # A customer with orders: one question, from the start, offering to archive.
    company = next(n for n in rows if "Martin" in n)
    qtbot.waitUntil(lambda: any(page.model.row_at(r).name == company for r in range(page.model.rowCount())))  # type: ignore[union-attr]
    page.select_only_row(next(r for r in range(page.model.rowCount())
                              if page.model.row_at(r).name == company))  # type: ignore[union-attr]
    window.customer_actions.delete.trigger()
    text = click_message_box(qtbot, "Archive", page, "delete_confirmation")
    assert "has 3 orders" in text and "cannot be deleted" in text
    assert find_visible_box() is None


def find_visible_box() -> QMessageBox | None:
    from helpers import find_message_box

    return find_message_box()


def _background_at(widget: QWidget) -> tuple[int, int, int]:
    image = widget.grab().toImage()
    color = image.pixelColor(image.width() - 6, image.height() // 2)
    return color.red(), color.green(), color.blue()


def test_view_mode_looks_read_only(qtbot: QtBot, demo: Services, english: None) -> None:
    dialog = _customer_dialog(qtbot, demo, customer_id=_first_customer_id(demo), mode="view")
    assert dialog.mode_banner.isVisible() and "click Edit" in dialog.mode_banner.text()
    viewing = _background_at(dialog.ui.email)
    dialog.switch_to_edit()
    QApplication.processEvents()
    assert not dialog.mode_banner.isVisible()
    assert _background_at(dialog.ui.email) != viewing  # a read-only field is drawn flat, an editable one not


def test_the_unsaved_changes_questions_use_the_same_buttons(qtbot: QtBot, demo: Services, english: None) -> None:
    from helpers import replace_text, wait_message_box

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog

    customer = _customer_dialog(qtbot, demo, customer_id=_first_customer_id(demo), mode="edit")
    replace_text(qtbot, customer.ui.phone, "04 72 00 00 00")
    customer.reject()
    box = wait_message_box(qtbot, customer, "unsaved_changes_box")
    customer_buttons = sorted(b.text() for b in box.buttons())
    box.button(QMessageBox.StandardButton.Discard).click()

    order = _open(qtbot, OrderDialog(demo, DataBus(), None, order_id=_first_order_id(demo, "draft")))
    replace_text(qtbot, order.customer_reference, "PO-1")
    order.reject()
    box = wait_message_box(qtbot, order, "unsaved_changes_box")
    order_buttons = sorted(b.text() for b in box.buttons())
    box.button(QMessageBox.StandardButton.Discard).click()
    assert order_buttons == customer_buttons == sorted(["Save", "Discard", "Keep editing"])


def test_order_dialog_close_button_and_ctrl_s_sign(qtbot: QtBot, demo: Services, english: None) -> None:
    from helpers import replace_text

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.dialog import OrderDialog

    dialog = _open(qtbot, OrderDialog(demo, DataBus(), None, order_id=_first_order_id(demo, "draft")))
    texts = [b.text().replace("&", "") for b in dialog.button_box.buttons()]
    assert "Close" in texts and "Cancel" not in texts  # beside "Cancel order", "Cancel" said two things
    dialog.windowHandle().requestActivate()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    replace_text(qtbot, dialog.customer_reference, "PO-77")
    assert not dialog.saved_sign.isVisible()
    qtbot.keyClick(dialog.customer_reference, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_sign.isVisible() and "saved" in dialog.saved_sign.text()
    assert demo.orders.get(_first_order_id(demo, "draft")).customer_reference == "PO-77"


def test_the_window_title_names_the_page(qtbot: QtBot, demo: Services, english: None) -> None:
    from crmdesk.gui.main_window import PAGE_ORDERS

    window = _main_window(qtbot, demo)
    assert window.windowTitle() == "Customers"  # the window system adds "— crmdesk" once
    window.show_page(PAGE_ORDERS)
    assert window.windowTitle() == "Orders"


# ---- language ---------------------------------------------------------------------------------------

def test_the_language_is_offered_for_a_c_locale_and_remembered(qtbot: QtBot, demo: Services, english: None) -> None:
    from helpers import click_message_box

    from crmdesk.gui.application import install_language, installed_language
    from crmdesk.gui.settings.language_page import locale_names_no_language, store_language, stored_language

    assert locale_names_no_language("C.UTF-8") and locale_names_no_language("POSIX")
    assert not locale_names_no_language("fr_FR") and not locale_names_no_language("en_GB")
    window = _main_window(qtbot, demo)
    try:
        window.offer_language()
        click_message_box(qtbot, "language_fr", window, "language_offer")
        assert stored_language() == "fr" and installed_language() == "fr"
        qtbot.waitUntil(lambda: window.windowTitle() == "Clients")  # re-translated at once
        install_language("en")
        assert install_language(None) == "fr"  # the next start, without --lang: the remembered choice

        # Settings › Langue / Language changes it back, at once.
        dialog = window.open_settings()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        page = dialog.page("language_page")
        assert page is not None
        dialog.show_page(page)
        combo = page.interface_language
        combo.setCurrentIndex(combo.findData("en"))
        assert page.is_dirty()
        # OK saves it, though the company's details (another page, left as it was) are still empty.
        ok = dialog.button_box.button(dialog.button_box.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert stored_language() == "en" and installed_language() == "en"
        qtbot.waitUntil(lambda: window.windowTitle() == "Customers")
    finally:
        store_language(None)


def test_a_mandate_date_that_does_not_exist_is_refused_with_a_message(qtbot: QtBot, sqlite_services: Services,
                                                                      english: None) -> None:
    from helpers import type_text

    dialog = _customer_dialog(qtbot, sqlite_services, mode="create")
    type_text(qtbot, dialog.ui.name, "Dupont")
    dialog.ui.customer_tabs.setCurrentWidget(dialog.ui.accounting_page)
    type_text(qtbot, dialog.ui.sepa_mandate_date, "31022026")
    error = dialog.findChild(QLabel, "sepa_mandate_date_error")
    assert error is not None and error.isVisible() and "31/02/2026 does not exist" in error.text()
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.customer_id() is None and dialog.is_editing()  # refused, not saved as 28/02 or 31/12
    assert "31/02/2026 does not exist" in error.text()
    # Typing the day again takes it.
    dialog.ui.sepa_mandate_date.setCurrentSection(dialog.ui.sepa_mandate_date.Section.DaySection)
    qtbot.keyClicks(dialog.ui.sepa_mandate_date, "28")
    assert dialog.ui.sepa_mandate_date.is_valid()


# ---- postal codes -----------------------------------------------------------------------------------

def test_a_postal_code_fills_the_city_and_a_city_proposes_its_postal_codes(qtbot: QtBot, english: None) -> None:
    from helpers import type_text

    from crmdesk.domain.postal_codes import cities_for, postal_codes_for
    from crmdesk.gui.customers.address_dialog import AddressDialog

    assert cities_for("01000") == ["Bourg-en-Bresse", "Saint-Denis-lès-Bourg"]
    assert postal_codes_for("saint etienne") == ["42000", "42100", "42230"]
    dialog = _open(qtbot, AddressDialog(None))
    dialog.windowHandle().requestActivate()  # focus moves with Tab in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_text(qtbot, dialog.ui.postal_code, "69002")
    assert dialog.ui.city.text() == "Lyon"
    dialog.ui.postal_code.clear()
    type_text(qtbot, dialog.ui.postal_code, "69800")
    assert dialog.ui.city.text() == "Saint-Priest"  # the city filled in follows the code
    # A city typed by the user is never overwritten.
    dialog.ui.city.setText("Vénissieux")
    dialog.ui.postal_code.clear()
    type_text(qtbot, dialog.ui.postal_code, "69002")
    assert dialog.ui.city.text() == "Vénissieux"
    # Several communes share a code: none is chosen, all are proposed.
    dialog.ui.city.clear()
    dialog.ui.postal_code.clear()
    type_text(qtbot, dialog.ui.postal_code, "01000")
    assert dialog.ui.city.text() == ""
    assert dialog.city_completer.model().rowCount() == 2
    # A city gives its postal code.
    dialog.ui.postal_code.clear()
    dialog.ui.city.clear()
    type_text(qtbot, dialog.ui.city, "Bourg-en-Bresse")
    popup = dialog.city_completer.popup()
    if popup.isVisible():  # the communes of 01000 proposed while typing: Esc closes the list
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(dialog.ui.city, Qt.Key.Key_Tab)
    assert dialog.ui.postal_code.text() == "01000", (dialog.ui.city.text(), QApplication.focusWidget())


def test_the_customer_picker_cuts_neither_its_headings_nor_the_city(qtbot: QtBot, demo: Services,
                                                                    lang: str) -> None:
    from crmdesk.gui.orders.list_page import CustomerPickerDialog

    picker = _open(qtbot, CustomerPickerDialog(demo))
    table = picker.customer_table
    header = table.horizontalHeader()
    QApplication.processEvents()
    assert not table.wordWrap()
    for column in range(2, picker.model.columnCount()):
        heading = str(picker.model.headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(heading), heading
        for row in range(picker.model.rowCount()):
            text = str(picker.model.index(row, column).data() or "")
            assert header.sectionSize(column) >= table.fontMetrics().horizontalAdvance(text), text

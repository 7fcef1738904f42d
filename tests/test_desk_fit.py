"""What a person sees at 1024×768 and 1280×800 (issue 15): the customer list's row icons in view without
scrolling and its name over the free width, the activity chart on the rolling 12 months, and no text cut in
the reference lists while there is room for it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from helpers import OFFSCREEN_NOISE, interface_language
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QTableView, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.demo.builder import fill_demo
from crmdesk.gui.common.column_fit import ColumnWidth, fit_widths
from crmdesk.gui.customers.table_model import ACTIONS_COLUMN, COLUMN_KEYS, NAME_COLUMN
from crmdesk.services import Services
from crmdesk.services.customers import CustomerQuery

pytestmark = OFFSCREEN_NOISE

# The main window's size on each screen (first_start_size: the screen less the window frame).
WINDOW = {"1024x768": QSize(1008, 720), "1280x800": QSize(1264, 752)}


@pytest.fixture
def demo(sqlite_services: Services) -> Services:
    fill_demo(sqlite_services)
    return sqlite_services


@pytest.fixture(params=["fr", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with interface_language(request.param):
        yield request.param


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main_window(qtbot: QtBot, services: Services, size: QSize):  # type: ignore[no-untyped-def]
    from crmdesk.gui.main_window import PAGE_CUSTOMERS, MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show_page(PAGE_CUSTOMERS)
    window.show()
    qtbot.waitExposed(window)
    window.resize(size)
    page = window.customer_list_page
    qtbot.waitUntil(lambda: not page.model.is_busy() and page.model.rowCount() > 0)
    settle()
    return window


def text_margin(view: QWidget) -> int:
    """What Qt's item delegate leaves on either side of a cell's text."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


def cut_cells(table: QTableView, columns: list[int] | None = None) -> list[str]:
    """The cells shown in `table` whose text (with its icon) is wider than its column."""
    model, header = table.model(), table.horizontalHeader()
    metrics, margin = table.fontMetrics(), 2 * text_margin(table)
    icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table) + 4
    cut = []
    for column in columns if columns is not None else range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if not table.viewport().rect().intersects(table.visualRect(index)):
                continue
            text = str(index.data() or "")
            needed = metrics.horizontalAdvance(text) + margin + (icon if index.data(Qt.ItemDataRole.DecorationRole)
                                                                  else 0)
            if text and needed > header.sectionSize(column):
                cut.append(f"{model.headerData(column, Qt.Orientation.Horizontal)}: {text!r} needs {needed}, "
                           f"has {header.sectionSize(column)}")
    return cut


def cut_headings(table: QTableView) -> list[str]:
    model, header = table.model(), table.horizontalHeader()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    out = []
    for column in range(model.columnCount()):
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if not header.isSectionHidden(column) and \
                header.fontMetrics().horizontalAdvance(heading) + margin > header.sectionSize(column):
            out.append(heading)
    return out


def cut_placeholders(window: QWidget) -> list[str]:
    """Line edits whose placeholder is wider than the room for text they give."""
    out = []
    for edit in window.findChildren(QLineEdit):
        text = edit.placeholderText()
        if not text or not edit.isVisibleTo(window):
            continue
        side = sum(b.width() for b in edit.findChildren(QToolButton) if b.isVisibleTo(edit))
        margins = edit.textMargins()
        room = edit.width() - 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit) \
            - 4 - side - margins.left() - margins.right()
        if edit.fontMetrics().horizontalAdvance(text) > room:
            out.append(f"{edit.objectName()}: {text!r} in {room} px")
    return out


# ---- the customer list ------------------------------------------------------------------------------------

def test_the_fit_gives_each_stage_in_turn_and_shares_the_last() -> None:
    columns = [ColumnWidth("name", (100, 200, 300)), ColumnWidth("city", (50, 100)), ColumnWidth("icons", (80,))]
    assert fit_widths(230, columns) == {"name": 100, "city": 50, "icons": 80}  # the least, even with no room
    assert fit_widths(330, columns) == {"name": 166, "city": 83, "icons": 80}  # stage 1 shared (2/3 of it)
    assert fit_widths(480, columns) == {"name": 300, "city": 100, "icons": 80}  # everything
    assert fit_widths(900, columns) == {"name": 300, "city": 100, "icons": 80}  # the name's stretch takes the rest


@pytest.mark.parametrize("screen", ["1024x768", "1280x800"])
def test_the_row_icons_are_in_view_and_the_name_takes_the_free_width(qtbot: QtBot, demo: Services, lang: str,
                                                                     screen: str) -> None:
    window = main_window(qtbot, demo, WINDOW[screen])
    table = window.customer_list_page.customer_table
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    # The icons' column lies whole inside the list.
    right = header.sectionViewportPosition(ACTIONS_COLUMN) + header.sectionSize(ACTIONS_COLUMN)
    assert right <= table.viewport().width()
    delegate = window.customer_list_page.row_delegate
    rects = delegate.rects(table.visualRect(table.model().index(0, ACTIONS_COLUMN)))
    assert all(table.viewport().rect().contains(r) for r in rects)
    # No empty band on the right: the columns fill the list.
    assert header.length() >= table.viewport().width() - 2
    assert header.sectionResizeMode(NAME_COLUMN) == header.ResizeMode.Stretch
    # The short values are whole: code, phone, amounts (and at 1280 the kind and the payment method).
    whole = ["code", "phone", "turnover_12m", "outstanding_amount"]
    if screen == "1280x800":
        whole += ["kind", "payment_method"]
    assert not cut_cells(table, [COLUMN_KEYS.index(k) for k in whole])
    if screen == "1280x800":
        assert not cut_headings(table)
    assert not cut_placeholders(window.customer_list_page)  # the search box and the city filter


def test_a_wide_window_gives_the_free_width_to_the_name(qtbot: QtBot, demo: Services, lang: str) -> None:
    window = main_window(qtbot, demo, QSize(1900, 1000))
    table = window.customer_list_page.customer_table
    header = table.horizontalHeader()
    assert header.length() >= table.viewport().width() - 2
    assert header.sectionSize(NAME_COLUMN) > 400
    assert not cut_cells(table, [c for c in range(len(COLUMN_KEYS)) if COLUMN_KEYS[c] not in ("email",)])


def test_a_long_name_is_elided_with_its_whole_text_in_the_tooltip(qtbot: QtBot, sqlite_services: Services) -> None:
    from helpers import make_customer_at

    long_name = "Société coopérative agricole des producteurs de lait de la vallée de la Loire " * 2
    make_customer_at(sqlite_services, long_name.strip())
    window = main_window(qtbot, sqlite_services, WINDOW["1024x768"])
    table = window.customer_list_page.customer_table
    index = table.model().index(0, NAME_COLUMN)
    assert table.fontMetrics().horizontalAdvance(long_name) > table.horizontalHeader().sectionSize(NAME_COLUMN)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == long_name.strip()
    assert not table.horizontalScrollBar().isVisible()


def test_a_narrow_window_shows_the_kind_as_its_icon_with_the_word_in_the_tooltip(qtbot: QtBot, demo: Services,
                                                                                 lang: str) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = main_window(qtbot, demo, WINDOW["1024x768"])
    page = window.customer_list_page
    table = page.customer_table
    kind = COLUMN_KEYS.index("kind")
    index = table.model().index(0, kind)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.widget = table
    option.rect = table.visualRect(index)
    option.decorationSize = table.iconSize() if table.iconSize().isValid() else QSize(16, 16)
    page.kind_delegate.initStyleOption(option, index)
    text = str(index.data())
    if table.fontMetrics().horizontalAdvance(text) + 20 > option.rect.width():
        assert option.text == ""  # the icon alone, not "Par…"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == text


def test_a_column_the_user_widens_keeps_its_width_when_the_window_changes(qtbot: QtBot, demo: Services) -> None:
    window = main_window(qtbot, demo, WINDOW["1280x800"])
    table = window.customer_list_page.customer_table
    header = table.horizontalHeader()
    email = COLUMN_KEYS.index("email")
    header.resizeSection(email, 260)  # as a drag of the heading's edge does
    window.resize(WINDOW["1024x768"])
    settle()
    window.resize(QSize(1500, 800))
    settle()
    assert header.sectionSize(email) == 260
    assert header.length() >= table.viewport().width() - 2  # the name still fills the rest
    window.customer_list_page.reset_columns()
    settle()
    assert header.sectionSize(email) != 260


def test_columns_shown_from_the_header_menu_still_leave_the_icons_in_view(qtbot: QtBot, demo: Services) -> None:
    window = main_window(qtbot, demo, WINDOW["1280x800"])
    page = window.customer_list_page
    table = page.customer_table
    header = table.horizontalHeader()
    for key in ("status", "order_count", "last_order_date"):
        menu = page.column_menu()
        next(a for a in menu.actions() if a.objectName() == f"show_column_{key}").trigger()
        menu.close()
    settle()
    assert not any(header.isSectionHidden(COLUMN_KEYS.index(k)) for k in ("status", "order_count"))
    assert not table.horizontalScrollBar().isVisible()
    right = header.sectionViewportPosition(ACTIONS_COLUMN) + header.sectionSize(ACTIONS_COLUMN)
    assert right <= table.viewport().width()
    assert not cut_cells(table, [COLUMN_KEYS.index(k) for k in ("code", "order_count", "last_order_date",
                                                                "status")])


def test_the_order_history_shows_its_eye_and_pencil_at_1024x768(qtbot: QtBot, demo: Services, lang: str) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTabWidget

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.common.screen import fit_size
    from crmdesk.gui.customers.dialog import CustomerDialog

    customer = max(demo.customers.page(CustomerQuery(), 0, 50), key=lambda r: r.order_count)
    dialog = CustomerDialog(demo, DataBus(), None, customer_id=customer.id, mode="view")
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(fit_size(dialog.size(), QRect(0, 0, 1024, 768)))
    tabs = dialog.findChild(QTabWidget, "customer_tabs")
    assert tabs is not None
    tabs.setCurrentWidget(tabs.findChild(QWidget, "orders_page"))
    table = dialog.findChild(QTableView, "order_history")
    assert table is not None
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    settle()
    header = table.horizontalHeader()
    assert not table.horizontalScrollBar().isVisible()
    keys = [c.key for c in table.model().columns]  # type: ignore[attr-defined]
    actions = keys.index("actions")
    assert header.sectionViewportPosition(actions) + header.sectionSize(actions) <= table.viewport().width()
    assert not cut_cells(table, [keys.index(k) for k in ("number", "date", "line_count", "total_excl_tax",
                                                         "total_incl_tax")])
    city = table.model().index(0, keys.index("delivery_city"))
    assert city.data(Qt.ItemDataRole.ToolTipRole) == city.data()  # cut on a narrow window: whole in the tooltip


@pytest.mark.parametrize("mode", ["view", "edit"])
def test_every_customer_tab_is_in_view_at_1024x768(qtbot: QtBot, demo: Services, lang: str, mode: str) -> None:
    """All eight tabs of the customer dialog are reached with one click: none behind the scroll arrows."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QTabWidget

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.common.screen import fit_size
    from crmdesk.gui.customers.dialog import CustomerDialog

    customer = demo.customers.page(CustomerQuery(), 0, 1)[0]
    dialog = CustomerDialog(demo, DataBus(), None, customer_id=customer.id, mode=mode)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(fit_size(dialog.size(), QRect(0, 0, 1024, 768)))
    settle()
    tabs = dialog.findChild(QTabWidget, "customer_tabs")
    assert tabs is not None and tabs.count() == 8
    bar = tabs.tabBar()
    height = bar.height()
    assert all(bar.tabRect(i).right() < bar.width() for i in range(bar.count())), \
        [bar.tabText(i) for i in range(bar.count()) if bar.tabRect(i).right() >= bar.width()]
    if mode == "edit":
        # A refused value puts a warning on its tab; the tabs below do not move.
        dialog.errors.show(dialog.ui.email, "refused")
        dialog.refresh_error_marks()
        settle()
        [failing] = dialog.error_tabs()
        assert not tabs.tabIcon(failing).isNull() and tabs.tabIcon(failing + 1).isNull()
        assert bar.height() == height


# ---- the activity chart -----------------------------------------------------------------------------------

@pytest.mark.parametrize("today", [date(2026, 3, 15), date(2026, 12, 1), date(2027, 1, 31)])
def test_the_chart_shows_the_last_12_months_ending_this_month(qtbot: QtBot, sqlite_services: Services,
                                                              today: date) -> None:
    from helpers import make_customer_at
    from PySide6.QtCore import QLocale

    from crmdesk.gui.customers.activity_page import ActivityWidget
    from crmdesk.services.activity import ActivityService

    customer = make_customer_at(sqlite_services, "Cave Saint-Vincent")
    assert customer.id is not None
    figures = ActivityService(sqlite_services.db).figures(customer.id, today=today)
    for lang in ("fr", "en"):
        with interface_language(lang):
            page = ActivityWidget()
            qtbot.addWidget(page)
            page.show_figures(figures)
            page.resize(900, 600)
            page.show()
            chart = page.turnover_chart
            locale = QLocale()
            months = [((today.month - 12 + i) % 12) + 1 for i in range(12)]  # oldest first, ending this month
            assert chart.categories == [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in months]
            assert chart.categories[-1] == locale.monthName(today.month, QLocale.FormatType.ShortFormat)
            years = [today.year - 1 if m > today.month else today.year for m in months]
            # The year under the first month and where it changes (January), nowhere else.
            expected = [str(y) if i == 0 or m == 1 else "" for i, (m, y) in enumerate(zip(months, years, strict=True))]
            assert chart.category_groups == expected
            assert chart.category_tips[-1].endswith(str(today.year))
            assert not chart.grab().isNull()
            page.close()


# ---- the reference lists ----------------------------------------------------------------------------------

@pytest.mark.parametrize("screen", ["1024x768", "1280x800"])
def test_the_reference_lists_cut_no_text(qtbot: QtBot, demo: Services, lang: str, screen: str) -> None:
    from crmdesk.domain.reference import ReferenceKind
    from crmdesk.gui.common.screen import fit_size
    from crmdesk.gui.reference.dialog import ReferenceEntryDialog, ReferenceListsDialog

    dialog = ReferenceListsDialog(demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width, height = (int(n) for n in screen.split("x"))
    from PySide6.QtCore import QRect

    dialog.resize(fit_size(dialog.size(), QRect(0, 0, width, height)))
    for kind in ReferenceKind:
        page = dialog.page(kind)
        dialog.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: page.model.rowCount() > 0)
        settle()
        assert not cut_cells(page.table), kind
        assert not cut_headings(page.table), kind
        assert not page.table.horizontalScrollBar().isVisible()
        assert not cut_placeholders(dialog)
        for entry in (None, page.model.entry_at(0)):
            form = ReferenceEntryDialog(dialog.service, kind, entry, dialog)
            qtbot.addWidget(form)
            form.show()
            qtbot.waitExposed(form)
            if entry is not None:
                form.label_en.clear()  # the placeholder shows
            settle()
            assert not cut_placeholders(form), (kind, entry)
            form.reject()

"""The order list page ("Ventes clients" › "Commandes"): search, filters, sort, eye and pencil, new order."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from test_order_history import (  # noqa: F401  (_en_gb_locale: an autouse fixture)
    OFFSCREEN_NOISE,
    _en_gb_locale,
    dialogs_of,
    line,
    make_customer,
    make_order,
    ref_ids,
)

from crmdesk.domain.enums import OrderStatus

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def page(qtbot, services):
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.list_page import OrderListPage

    bus = DataBus()
    new_order_action = QAction()
    new_order_action.setObjectName("action_new_order")
    widget = OrderListPage(services, bus, new_order_action)
    widget.keep = (bus, new_order_action)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def orders(services):
    """Two customers' orders over three months, in several statuses, with purchase-order references."""
    martin = make_customer(services, "Boulangerie Martin")
    dupont = make_customer(services, "Épicerie Dupont", city="Paris")
    made = {
        "m1": make_order(services, martin.id, OrderStatus.DRAFT, order_date=date(2026, 1, 10), reference="PO-A100"),
        "m2": make_order(services, martin.id, OrderStatus.VALIDATED, order_date=date(2026, 2, 3)),
        "m3": make_order(services, martin.id, OrderStatus.PREPARED, order_date=date(2026, 3, 15)),
        "d1": make_order(services, dupont.id, OrderStatus.VALIDATED, order_date=date(2026, 1, 20),
                         reference="BC-7788"),
        "d2": make_order(services, dupont.id, OrderStatus.DELIVERED, order_date=date(2026, 2, 25),
                         lines=[line("Café", "10", "12.00", "5.5")]),
        "d3": make_order(services, dupont.id, OrderStatus.CANCELLED, order_date=date(2026, 3, 30)),
    }
    return martin, dupont, made


def settle(page) -> None:
    """Until the list's background read (count and first page) is applied."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 10
    while page.model.is_busy():
        assert time.monotonic() < deadline, "the order list did not load"
        page.model.wait(50)
        QApplication.processEvents()


def shown(page) -> list[str]:
    settle(page)
    return [page.model.row_at(r).number for r in range(page.model.rowCount())]


def search(qtbot, page, text: str) -> None:
    page.order_search.clear()
    qtbot.keyClicks(page.order_search, text)
    # Debounced: the search runs once typing pauses.
    qtbot.waitUntil(lambda: page.model.query.text == text.strip(), timeout=3000)


def test_all_orders_newest_first(page, orders, qtmodeltester):
    _m, _d, made = orders
    page.apply_filters()
    assert shown(page) == [made[k].number for k in ("d3", "m3", "d2", "m2", "d1", "m1")]
    assert page.order_count.text() == "6 orders"
    assert page.model.index(0, 2).data() == "Épicerie Dupont (C000002)"
    qtmodeltester.check(page.model)


def test_search_by_number_customer_name_code_and_po_reference(qtbot, page, orders):
    martin, dupont, made = orders
    page.apply_filters()
    search(qtbot, page, made["m2"].number)
    assert shown(page) == [made["m2"].number]
    search(qtbot, page, made["m2"].number[:-1].lower())  # the start of a number, typed in lower case
    assert set(shown(page)) == {o.number for o in made.values() if o.number.startswith(made["m2"].number[:-1])}
    search(qtbot, page, "dupont")
    assert set(shown(page)) == {made["d1"].number, made["d2"].number, made["d3"].number}
    search(qtbot, page, martin.code)
    assert set(shown(page)) == {made["m1"].number, made["m2"].number, made["m3"].number}
    search(qtbot, page, "po-a1")
    assert shown(page) == [made["m1"].number]
    search(qtbot, page, "7788")
    assert shown(page) == [made["d1"].number]
    search(qtbot, page, "nothing like this")
    assert shown(page) == [] and page.order_count.text() == "0 orders"
    assert not page.action_view_order.isEnabled()


def test_status_and_date_filters(qtbot, page, orders):
    _m, _d, made = orders
    combo = page.filter_order_status
    combo.setCurrentIndex(combo.findData("validated"))
    assert set(shown(page)) == {made["m2"].number, made["d1"].number}
    combo.setCurrentIndex(combo.findData("open"))
    assert set(shown(page)) == {made["m1"].number, made["m2"].number, made["d1"].number}
    combo.setCurrentIndex(0)
    page.filter_date_from.setDate(QDate(2026, 2, 1))
    page.filter_date_to.setDate(QDate(2026, 2, 28))
    assert set(shown(page)) == {made["m2"].number, made["d2"].number}
    combo.setCurrentIndex(combo.findData("delivered"))
    assert shown(page) == [made["d2"].number]
    assert page.filter_date_from.text() != "Any date"
    page.clear_filters_button.click()
    assert len(shown(page)) == 6
    assert page.filter_date_from.text() == "Any date"


def test_sort_by_customer_and_total_in_the_database(qtbot, page, orders):
    _m, _d, made = orders
    header = page.order_table.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # customer
    assert page.model.query.sort == "customer"
    settle(page)  # the sorted rows are read in the background
    names = [page.model.row_at(r).customer_name for r in range(6)]
    assert names == ["Boulangerie Martin"] * 3 + ["Épicerie Dupont"] * 3
    header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)  # total excl. tax
    assert shown(page)[0] == made["d2"].number


def test_eye_and_pencil_on_the_list(qtbot, page, orders):
    _m, _d, made = orders
    page.apply_filters()
    numbers = shown(page)
    page.select_row(numbers.index(made["m3"].number))
    assert page.action_view_order.isEnabled()
    assert not page.action_edit_order.isEnabled()
    assert page.action_edit_order.toolTip() == "Order already prepared"
    page.select_row(numbers.index(made["d1"].number))
    assert page.action_edit_order.isEnabled()
    page.action_edit_order.trigger()
    editor = dialogs_of(page)[-1]
    assert not editor.is_read_only() and editor.order.id == made["d1"].id
    editor.customer_reference.setText("BC-7789")
    with qtbot.waitSignal(page.model.dataChanged):
        assert editor.save()
    editor.done(0)
    assert page.selected_id() == made["d1"].id
    assert page.model.row_at(page.selected_row()).customer_reference == "BC-7789"
    page.action_view_order.trigger()
    assert dialogs_of(page)[-1].is_read_only()
    dialogs_of(page)[-1].done(0)


def test_new_order_asks_for_the_customer_first(qtbot, page, orders, services):
    martin, dupont, _made = orders
    page.apply_filters()
    settle(page)  # the list is read in the background
    count = page.model.rowCount()
    picker = page.new_order(None)
    assert picker.objectName() == "customer_picker"
    qtbot.keyClicks(picker.customer_search, "dupont")
    qtbot.keyClick(picker.customer_search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible(), timeout=2000)  # the search is read in the background
    dialog = dialogs_of(page)[-1]
    assert dialog.order.customer_id == dupont.id and dialog.order.id is None
    assert dialog.payment_method.currentData() == ref_ids(services)["payment"]["cheque"]
    dialog.add_free_line()
    dialog.lines_model.setData(dialog.lines_model.index(0, 1), "Sucre")
    with qtbot.waitSignal(page.model.modelReset):
        assert dialog.save()
    dialog.done(0)
    settle(page)
    assert page.model.rowCount() == count + 1
    assert page.order_count.text() == f"{count + 1} orders"


def test_a_slow_search_does_not_hold_the_window(qtbot, page, orders, services, monkeypatch):
    """Over millions of orders a search can take seconds: it runs in the background, the count says so,
    and the rows come when it is done."""
    _m, _d, made = orders
    shown(page)
    release = threading.Event()
    read = services.orders.page

    def slow_page(query, offset, limit, total=None):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            release.wait(10)  # the database is busy until the test says so
        return read(query, offset, limit, total)

    monkeypatch.setattr(services.orders, "page", slow_page)
    before = [page.model.row_at(r).number for r in range(page.model.rowCount())]
    page.order_search.setText(made["m2"].number)
    page.apply_filters()  # returns although the worker is still counting
    assert page.model.is_busy() and page.order_count.text() == "Searching…"
    assert [page.model.row_at(r).number for r in range(page.model.rowCount())] == before
    page.order_table.viewport().repaint()
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        release.set()
    assert shown(page) == [made["m2"].number] and page.order_count.text() == "1 order"


def test_sorts_come_from_an_index_on_sqlite(sqlite_services):
    """Each sort of the order list reads its first page from an index, not by sorting every order (SQLite
    plans without statistics; PostgreSQL's planner has its own)."""
    from sqlalchemy import event

    from crmdesk.demo.builder import generate
    from crmdesk.services.orders import SORT_COLUMNS, OrderQuery

    services = sqlite_services
    generate(services.db, 40, 3, seed=5, progress=False)
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    for key in SORT_COLUMNS:
        for descending in (False, True):
            statements.clear()
            event.listen(services.db.engine, "before_cursor_execute", capture)
            try:
                services.orders.page(OrderQuery(sort=key, descending=descending), 0, 10)
            finally:
                event.remove(services.db.engine, "before_cursor_execute", capture)
            with services.db.engine.connect() as conn:
                plan = " | ".join(str(r[-1]) for r in conn.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + statements[0][0], statements[0][1]).all())  # type: ignore[arg-type]
            assert "TEMP B-TREE" not in plan, (key, descending, plan)


def test_main_window_action_answers_only_while_the_page_is_visible(qtbot, page, orders):
    from crmdesk.gui.orders.list_page import CustomerPickerDialog

    page.new_order_action.trigger()
    pickers = [w for w in page.findChildren(CustomerPickerDialog) if w.isVisible()]
    assert len(pickers) == 1
    pickers[0].reject()
    page.hide()
    page.new_order_action.trigger()
    assert not [w for w in page.findChildren(CustomerPickerDialog) if w.isVisible()]


@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_backwards_from_the_end_are_the_same_rows(services, descending):
    """The second half of the list is read from its end (quick at two million orders): same rows, same
    order, for every sort, NULLs where the forward reading puts them."""
    from crmdesk.demo.builder import generate
    from crmdesk.services.orders import SORT_COLUMNS, OrderQuery

    generate(services.db, 25, 3, seed=7, progress=False)
    for key in SORT_COLUMNS:
        query = OrderQuery(sort=key, descending=descending)
        total = services.orders.count(query)
        forward = [row.id for row in services.orders.page(query, 0, total)]
        assert len(forward) == total > 40
        for offset in (total // 2 + 1, total - 7, total - 1):
            backwards = [row.id for row in services.orders.page(query, offset, 7, total)]
            assert backwards == forward[offset:offset + 7], (key, offset)
        assert services.orders.page(query, total, 7, total) == []


def test_deep_pages_of_the_order_list_are_read_in_the_background(qtbot, page, services):
    """Far from both ends a page is read in a worker while scrolling ("Loading…" meanwhile), the rows then
    filled in; near the ends (read from the nearer end) at once."""
    from crmdesk.demo.builder import generate

    generate(services.db, 20, 4, seed=8, progress=False)
    model = page.model
    model.PAGE_SIZE, model.BACKGROUND_DEPTH = 5, 10
    page.apply_filters()
    settle(page)
    count = model.rowCount()
    assert count > 40
    deep = count // 2
    assert model.data(model.index(deep, 0)) == "Loading…"
    assert model.data(model.index(count - 1, 0)) not in (None, "Loading…")  # the last rows: at once
    assert model.wait_for_pages()
    qtbot.waitUntil(lambda: model.data(model.index(deep, 0)) != "Loading…")
    expected = services.orders.page(model.query, deep, 1)[0].number
    assert model.data(model.index(deep, 0)) == expected

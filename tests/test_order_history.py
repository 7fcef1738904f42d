"""The order history panel: the customer's orders, the eye (read-only) and the pencil (until prepared).

The seeding helpers at the top are shared by the other order test modules (they import them from here).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crmdesk.domain.enums import OrderStatus
from crmdesk.domain.i18n import set_language
from crmdesk.domain.records import AddressData, CustomerData, OrderData, OrderLineData, ProductData
from crmdesk.services import Services
from crmdesk.services.orders import OrderQuery

D = Decimal

# The offscreen platform says this on every show(); it is not about crmdesk.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
pytestmark = OFFSCREEN_NOISE


@pytest.fixture(autouse=True)
def _en_gb_locale(qapp):
    """The English interface as an English user sees it (crmdesk_en.qm's plurals, en_GB amounts and dates),
    whatever the machine's locale and whatever language the tests run before in this process left."""
    from crmdesk.gui.application import install_language

    install_language("en")
    yield
    install_language("en")


# ---- seeding (shared) -----------------------------------------------------------
def ref_ids(services: Services) -> dict[str, dict[str, int]]:
    catalog = services.catalog
    return {
        "payment": {m.code: m.id for m in catalog.payment_methods()},
        "terms": {t.code: t.id for t in catalog.payment_terms()},
        "carrier": {c.code: c.id for c in catalog.carriers()},
    }


def make_customer(services: Services, name: str = "Boulangerie Martin", *, payment: str = "cheque",
                  terms: str = "30jfdm", carrier: str = "dpd", city: str = "Lyon",
                  vat_regime: str = "france") -> CustomerData:
    """A company with a billing head office and a separate default delivery address."""
    refs = ref_ids(services)
    data = CustomerData(
        kind="company", name=name, email="", vat_regime=vat_regime,
        preferred_payment_method_id=refs["payment"][payment], payment_terms_id=refs["terms"][terms],
        default_carrier_id=refs["carrier"][carrier],
        addresses=[
            AddressData(label="Siège", usage="billing", street1="12 rue de la République", postal_code="69002",
                        city=city, is_default_billing=True),
            AddressData(label="Entrepôt", usage="delivery", recipient="Quai 3", street1="5 allée des Frênes",
                        postal_code="69800", city="Saint-Priest", is_default_delivery=True),
            AddressData(label="Boutique", usage="both", street1="1 place Bellecour", postal_code="69002",
                        city=city),
        ],
    )
    return services.customers.create(data)


def make_products(services: Services) -> list[ProductData]:
    items = [
        ("FAR-T65-25", "Farine de blé T65 sac 25 kg", "3760123450010", "18.90", "5.5"),
        ("BEU-AOP-1K", "Beurre AOP Charentes-Poitou 1 kg", "3760123450027", "12.35", "5.5"),
        ("MOU-INOX-12", "Moule à cake inox 12 cm", "3760123450034", "7.99", "20"),
        ("TAB-PRO-01", "Tablier de boulanger coton", "", "24.50", "20"),
        ("LIV-REC-10", "Livre de recettes pâtisserie", "9782012345676", "29.00", "5.5"),
    ]
    return [services.catalog.save_product(ProductData(None, r, n, e, D(p), D(v))) for r, n, e, p, v in items]


def line(description: str, quantity: str, price: str, vat: str = "20", discount: str = "0",
         product: ProductData | None = None) -> OrderLineData:
    return OrderLineData(product_id=product.id if product else None,
                         product_reference=product.reference if product else "", description=description,
                         quantity=D(quantity), unit_price=D(price), discount_percent=D(discount), vat_rate=D(vat))


def make_order(services: Services, customer_id: int, status: OrderStatus | str = OrderStatus.DRAFT,
               lines: list[OrderLineData] | None = None, order_date: date | None = None,
               reference: str = "") -> OrderData:
    """A saved order of the customer, moved along the workflow to `status`."""
    draft = services.orders.new_order_for(customer_id, order_date)
    draft.lines = lines if lines is not None else [line("Farine T65", "2", "18.90", "5.5"),
                                                    line("Moule à cake", "1", "7.99")]
    draft.customer_reference = reference
    order = services.orders.create(draft)
    path = {
        OrderStatus.DRAFT: [],
        OrderStatus.VALIDATED: [OrderStatus.VALIDATED],
        OrderStatus.PREPARED: [OrderStatus.VALIDATED, OrderStatus.PREPARED],
        OrderStatus.SHIPPED: [OrderStatus.VALIDATED, OrderStatus.PREPARED, OrderStatus.SHIPPED],
        OrderStatus.DELIVERED: [OrderStatus.VALIDATED, OrderStatus.PREPARED, OrderStatus.SHIPPED,
                                OrderStatus.DELIVERED],
        OrderStatus.CANCELLED: [OrderStatus.CANCELLED],
    }[OrderStatus(status)]
    for step in path:
        assert order.id is not None
        order = services.orders.set_status(order.id, step, expected_version=order.version)
    return order


def seed_history(services: Services) -> tuple[CustomerData, dict[str, OrderData]]:
    """One customer with one order in every status, oldest (draft) to newest (cancelled)."""
    customer = make_customer(services)
    assert customer.id is not None
    orders: dict[str, OrderData] = {}
    start = date(2026, 3, 1)
    for i, status in enumerate(OrderStatus):
        orders[status.value] = make_order(services, customer.id, status, order_date=start + timedelta(days=i))
    return customer, orders


# ---- driving dialogs ------------------------------------------------------------
def answer_box(qtbot, object_name: str, choose: Callable[[QMessageBox], object], calls: list[str] | None = None,
               timeout_ms: int = 5000) -> None:
    """Answer the next modal QMessageBox named `object_name` by clicking the button `choose(box)` returns."""
    deadline = [timeout_ms]

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == object_name and box.isVisible():
            if calls is not None:
                calls.append(box.text())
            button = choose(box)
            assert button is not None, [b.text() for b in box.buttons()]
            button.click()
            return
        deadline[0] -= 20
        if deadline[0] > 0:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def button_named(text: str) -> Callable[[QMessageBox], object]:
    def choose(box: QMessageBox) -> object:
        return next((b for b in box.buttons() if b.text().replace("&", "") == text), None)
    return choose


def standard(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], object]:
    return lambda box: box.button(button)


def dialogs_of(parent: QWidget) -> list:
    from crmdesk.gui.orders.dialog import OrderDialog

    return [d for d in parent.findChildren(OrderDialog) if d.isVisible()]


# ---- tests ----------------------------------------------------------------------
@pytest.fixture
def panel(qtbot, services):
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.history import OrderHistoryPanel

    bus = DataBus()
    widget = OrderHistoryPanel(services, bus)
    widget.bus_ref = bus  # keep the bus alive with the panel
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    widget.show()
    return widget


def row_of(panel, order_id: int) -> int:
    for row in range(panel.model.rowCount()):
        if panel.model.id_at(row) == order_id:
            return row
    raise AssertionError(f"order {order_id} not shown")


def test_history_lists_the_customers_orders_newest_first_with_totals(panel, services, qtmodeltester):
    customer, orders = seed_history(services)
    other = make_customer(services, "Autre client")
    make_order(services, other.id)
    panel.set_customer(customer.id)
    model = panel.order_history.model()
    assert model.rowCount() == len(OrderStatus)
    dates = [model.row_at(r).order_date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert model.index(0, 2).data() == OrderStatus.CANCELLED.label
    # number of lines, totals in the locale's currency format
    first = orders["cancelled"]
    assert model.index(0, 0).data() == first.number
    assert model.index(0, 3).data() == "2"
    expected_total = services.orders.totals(OrderQuery(customer_id=customer.id))
    # A cancelled order never counts in a total (issue 13): five of the six orders.
    assert expected_total[0] == D("45.79") * (len(OrderStatus) - 1)
    assert "228.95" in panel.order_totals.text().replace(",", "")
    assert panel.order_count.text().startswith("6")
    assert model.index(0, 6).data() == "Chèque" or model.index(0, 6).data() == "Cheque"
    assert model.index(0, 7).data() == "Saint-Priest"
    qtmodeltester.check(model)


@pytest.mark.parametrize("status", list(OrderStatus))
def test_pencil_state_and_tooltip_for_each_status(sqlite_services, status, qtbot):
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.history import OrderHistoryPanel

    bus = DataBus()
    own = OrderHistoryPanel(sqlite_services, bus)
    qtbot.addWidget(own)
    customer = make_customer(sqlite_services)
    order = make_order(sqlite_services, customer.id, status)
    own.set_customer(customer.id)
    own.select_row(0)
    editable = status in (OrderStatus.DRAFT, OrderStatus.VALIDATED)
    assert own.action_view_order.isEnabled()
    assert own.action_edit_order.isEnabled() is editable
    if editable:
        assert own.action_edit_order.toolTip() == "Edit the order"
    elif status is OrderStatus.CANCELLED:
        assert own.action_edit_order.toolTip() == "Order cancelled"
    else:
        assert own.action_edit_order.toolTip() == "Order already prepared"
        set_language("fr")
        own.update_actions()
        assert own.action_edit_order.toolTip() == "Commande déjà préparée"
    # Triggering the pencil of a prepared order opens nothing.
    own.action_edit_order.trigger()
    assert bool(dialogs_of(own)) is editable
    assert order.id == own.selected_id()


def test_no_selection_disables_eye_and_pencil(panel, services):
    customer, _orders = seed_history(services)
    panel.set_customer(customer.id)
    assert not panel.action_view_order.isEnabled()
    assert not panel.action_edit_order.isEnabled()
    panel.set_customer(None)
    assert panel.model.rowCount() == 0
    assert not panel.action_new_customer_order.isEnabled()
    assert panel.empty_hint.isVisible()


def test_eye_opens_the_order_read_only(panel, services, qtbot):
    customer, orders = seed_history(services)
    panel.set_customer(customer.id)
    panel.select_row(row_of(panel, orders["validated"].id))
    panel.action_view_order.trigger()
    dialog = dialogs_of(panel)[-1]
    assert dialog.objectName() == "order_dialog"
    assert dialog.is_read_only()
    assert dialog.order.id == orders["validated"].id
    assert dialog.customer_reference.isReadOnly()
    assert dialog.notes.isReadOnly()
    assert not dialog.order_lines.model().flags(dialog.order_lines.model().index(0, 2)) & \
        Qt.ItemFlag.ItemIsEditable
    buttons = dialog.button_box.buttons()
    assert [dialog.button_box.standardButton(b) for b in buttons] == [dialog.button_box.StandardButton.Close]
    # The read-only view of an editable order offers to edit it.
    assert dialog.edit_button.isVisible()
    dialog.edit_button.click()
    assert not dialog.is_read_only()
    dialog.reject()


def test_double_click_and_row_icons_trigger_the_same_actions(panel, services, qtbot):
    customer, orders = seed_history(services)
    panel.set_customer(customer.id)
    table = panel.order_history
    viewed: list[bool] = []
    edited: list[bool] = []
    panel.action_view_order.triggered.connect(lambda: viewed.append(True))
    panel.action_edit_order.triggered.connect(lambda: edited.append(True))

    row = row_of(panel, orders["draft"].id)
    rect = table.visualRect(panel.model.index(row, 1))
    # As a person: the first click selects, the second makes it a double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert viewed == [True]
    assert dialogs_of(panel)[-1].is_read_only()

    actions_column = len(panel.model.columns) - 1
    cell = table.visualRect(panel.model.index(row, actions_column))
    eye, pencil = panel.actions_delegate._rects(cell)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pencil.center())
    assert edited == [True]
    assert not dialogs_of(panel)[-1].is_read_only()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=eye.center())
    assert viewed == [True, True]

    # The pencil of a prepared order does nothing, and its row is selected.
    prepared_row = row_of(panel, orders["prepared"].id)
    cell = table.visualRect(panel.model.index(prepared_row, actions_column))
    _eye, pencil = panel.actions_delegate._rects(cell)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pencil.center())
    assert edited == [True]
    assert panel.selected_id() == orders["prepared"].id
    assert not panel.action_edit_order.isEnabled()
    for dialog in dialogs_of(panel):
        dialog.done(0)


def test_return_key_opens_the_selected_order(panel, services, qtbot):
    customer, orders = seed_history(services)
    panel.set_customer(customer.id)
    panel.select_row(0)
    panel.order_history.setFocus()
    qtbot.keyClick(panel.order_history, Qt.Key.Key_Return)
    assert dialogs_of(panel)[-1].order.id == panel.selected_id()


def test_new_order_uses_the_customers_defaults(panel, services, qtbot):
    customer = make_customer(services, payment="lcr", terms="45jfdm", carrier="geodis")
    panel.set_customer(customer.id)
    panel.action_new_customer_order.trigger()
    dialog = dialogs_of(panel)[-1]
    refs = ref_ids(services)
    assert dialog.payment_method.currentData() == refs["payment"]["lcr"]
    assert dialog.payment_terms.currentData() == refs["terms"]["45jfdm"]
    assert dialog.carrier.currentData() == refs["carrier"]["geodis"]
    assert "Saint-Priest" in dialog.delivery_address_text.text()
    assert "69002 Lyon" in dialog.billing_address_text.text()
    assert not dialog.is_dirty()
    dialog.add_free_line()
    dialog.lines_model.setData(dialog.lines_model.index(0, 1), "Pain de campagne")
    dialog.lines_model.setData(dialog.lines_model.index(0, 3), "3,20")
    with qtbot.waitSignal(panel.model.modelReset):
        assert dialog.save()
    assert panel.model.rowCount() == 1
    saved = services.orders.get(panel.model.id_at(0))
    assert saved.payment_method_id == refs["payment"]["lcr"]
    assert saved.delivery_address.city == "Saint-Priest"
    assert saved.billing_address.recipient == customer.name
    assert saved.lines[0].unit_price == D("3.20")
    dialog.done(0)


def test_history_follows_writes_and_keeps_the_selection(panel, services, qtbot):
    customer, orders = seed_history(services)
    panel.set_customer(customer.id)
    panel.select_row(row_of(panel, orders["validated"].id))
    assert panel.action_edit_order.isEnabled()
    # A colleague prepares it: the pencil goes off once the change is announced.
    services.orders.set_status(orders["validated"].id, OrderStatus.PREPARED)
    panel.bus.orders_changed.emit(customer.id, [orders["validated"].id])
    assert panel.selected_id() == orders["validated"].id
    assert not panel.action_edit_order.isEnabled()
    assert panel.action_edit_order.toolTip() == "Order already prepared"


def test_sorting_by_a_column_happens_in_the_database(panel, services):
    customer = make_customer(services)
    for i, amount in enumerate(["10.00", "300.00", "25.50"]):
        make_order(services, customer.id, lines=[line("Article", "1", amount)], order_date=date(2026, 1, 1 + i))
    panel.set_customer(customer.id)
    header = panel.order_history.horizontalHeader()
    header.setSortIndicator(4, Qt.SortOrder.AscendingOrder)
    assert panel.model.query.sort == "total_excl_tax"
    totals = [panel.model.row_at(r).total_excl_tax for r in range(3)]
    assert totals == [D("10.00"), D("25.50"), D("300.00")]
    # The icon column has no sort: the previous one stays.
    header.setSortIndicator(len(panel.model.columns) - 1, Qt.SortOrder.AscendingOrder)
    assert panel.model.query.sort == "total_excl_tax"
    assert header.sortIndicatorSection() == 4


def test_many_orders_are_read_window_by_window(sqlite_services, qtbot):
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.history import OrderHistoryPanel

    customer = make_customer(sqlite_services)
    for i in range(450):
        make_order(sqlite_services, customer.id, lines=[line("Article", "1", "1.00")],
                   order_date=date(2020, 1, 1) + timedelta(days=i))
    own = OrderHistoryPanel(sqlite_services, DataBus())
    qtbot.addWidget(own)
    calls: list[tuple[int, int]] = []
    page = sqlite_services.orders.page
    own.model.read_page = (  # type: ignore[method-assign]
        lambda query, offset, limit, total: calls.append((offset, limit)) or page(query, offset, limit, total))
    own.set_customer(customer.id)
    own.resize(900, 300)
    own.show()
    qtbot.waitExposed(own)
    assert own.model.rowCount() == 450
    qtbot.waitUntil(lambda: bool(calls))
    assert calls and all(limit == own.model.PAGE_SIZE for _o, limit in calls)
    assert {offset for offset, _l in calls} == {0}
    own.order_history.scrollToBottom()
    qtbot.waitUntil(lambda: max(offset for offset, _l in calls) == 400)
    assert max(offset for offset, _l in calls) == 400
    assert len(calls) <= 3
    assert own.model.index(449, 0).data().startswith("CMD-")
    assert own.order_count.text().startswith("450")


def test_texts_follow_the_language(panel, services, qtbot):
    from PySide6.QtCore import QEvent, QLocale

    customer, orders = seed_history(services)
    panel.set_customer(customer.id)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    set_language("fr")
    try:
        QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
        row = row_of(panel, orders["prepared"].id)
        assert panel.model.index(row, 2).data() == "Préparée"
        assert "€" in panel.model.index(row, 4).data() and "," in panel.model.index(row, 4).data()
        panel.select_row(row)
        assert panel.action_edit_order.toolTip() == "Commande déjà préparée"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_tooltip_of_the_row_pencil_says_why(panel, services, qtbot):
    customer, orders = seed_history(services)
    panel.set_customer(customer.id)
    table = panel.order_history
    row = row_of(panel, orders["shipped"].id)
    cell = table.visualRect(panel.model.index(row, len(panel.model.columns) - 1))
    _eye, pencil = panel.actions_delegate._rects(cell)
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    event = QHelpEvent(QHelpEvent.Type.ToolTip, pencil.center(), table.viewport().mapToGlobal(pencil.center()))
    QApplication.sendEvent(table.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Order already prepared"
    QToolTip.hideText()
    assert isinstance(pencil.center(), QPoint)

"""The one picker dialog (customer of a new order, product of an order line), the Settings › Entreprise form,
and messages shown without a nested event loop."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import OFFSCREEN_NOISE, interface_language, make_customer_at, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.domain.records import ProductData
from crmdesk.services import Services

pytestmark = OFFSCREEN_NOISE
GUI = Path(__file__).resolve().parent.parent / "src" / "crmdesk" / "gui"


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    with interface_language("en"):
        yield


def _products(services: Services) -> list[ProductData]:
    return [services.catalog.save_product(ProductData(None, ref, name, ean, Decimal(price), Decimal("20")))
            for ref, name, ean, price in (("CAF-ARA-1K", "Café arabica 1 kg", "3760123450010", "18.40"),
                                          ("CAF-ROB-1K", "Café robusta 1 kg", "3760123450027", "14.90"),
                                          ("THE-VER-100", "Thé vert 100 g", "3760123450034", "6.50"))]


def _open(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_both_pickers_are_the_one_form(qtbot: QtBot, services: Services, english: None) -> None:
    from crmdesk.gui.catalog.product_picker import ProductPickerDialog
    from crmdesk.gui.common.picker import PickerDialog
    from crmdesk.gui.forms.ui_picker_dialog import Ui_PickerDialog
    from crmdesk.gui.orders.list_page import CustomerPickerDialog

    for picker, name in ((CustomerPickerDialog(services), "customer"), (ProductPickerDialog(services), "product")):
        _open(qtbot, picker)
        assert isinstance(picker, PickerDialog) and isinstance(picker.ui, Ui_PickerDialog)
        assert picker.objectName() == f"{name}_picker"
        assert picker.findChild(QLineEdit, f"{name}_search") is picker.search
        assert picker.findChild(QWidget, f"{name}_table") is picker.table
        assert picker.focusWidget() is picker.search  # typing starts the search
        picker.reject()


def test_the_customer_picker_chooses_by_exact_code_and_counts(qtbot: QtBot, services: Services,
                                                              english: None) -> None:
    from crmdesk.gui.orders.list_page import CustomerPickerDialog

    first = make_customer_at(services, "Boulangerie Martin")
    second = make_customer_at(services, "Boulangerie Martinez")
    picker = _open(qtbot, CustomerPickerDialog(services))
    assert isinstance(picker, CustomerPickerDialog)
    # "2 customers" once the English plural is in crmdesk_en.ts ("2 customer(s)" until then).
    qtbot.waitUntil(lambda: picker.count_label.text().startswith("2 customer"))
    qtbot.keyClicks(picker.customer_search, "martin")
    qtbot.waitUntil(lambda: not picker.model.is_busy() and picker.model.rowCount() == 2)
    qtbot.keyClick(picker.customer_search, Qt.Key.Key_Return)  # two match: Return chooses neither
    assert picker.isVisible()
    picker.customer_search.clear()
    qtbot.keyClicks(picker.customer_search, second.code.lower())
    with qtbot.waitSignal(picker.customer_chosen, timeout=3000) as chosen:
        qtbot.keyClick(picker.customer_search, Qt.Key.Key_Return)
    assert chosen.args == [second.id] and not picker.isVisible()
    assert first.id != second.id


def test_the_customer_picker_reads_in_the_background(qtbot: QtBot, services: Services, english: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A search over a million customers can take a while: typing never waits for it, the count says so."""
    from crmdesk.gui.orders.list_page import CustomerPickerDialog

    make_customer_at(services, "Épicerie Dupont")
    picker = _open(qtbot, CustomerPickerDialog(services))
    assert isinstance(picker, CustomerPickerDialog)
    qtbot.waitUntil(lambda: not picker.model.is_busy())
    release = threading.Event()
    read = services.customers.page
    threads: list[bool] = []

    def slow_page(query, offset, limit, total=None):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        if threads[-1] is False:
            release.wait(10)
        return read(query, offset, limit, total)

    monkeypatch.setattr(services.customers, "page", slow_page)
    qtbot.keyClicks(picker.customer_search, "dupont")
    qtbot.keyClick(picker.customer_search, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert picker.isVisible() and picker.count_label.text() == "Searching…"
    with qtbot.waitSignal(picker.customer_chosen, timeout=5000):
        release.set()  # the rows come, and the one match is chosen (Return was pressed before)
    assert threads and not threads[0]  # the search was read off the GUI thread


def test_the_product_picker_counts_and_takes_a_scanned_barcode(qtbot: QtBot, services: Services,
                                                               english: None) -> None:
    from crmdesk.gui.catalog.product_picker import ProductPickerDialog

    products = _products(services)
    picker = _open(qtbot, ProductPickerDialog(services))
    assert isinstance(picker, ProductPickerDialog)
    qtbot.waitUntil(lambda: picker.count_label.text() == "3 products")
    qtbot.keyClicks(picker.product_search, "caf")
    qtbot.waitUntil(lambda: picker.count_label.text() == "2 products")
    assert picker.current_product() == products[0]  # the first row is selected: OK adds it
    assert picker.ok_button().isEnabled()
    picker.product_search.clear()
    # A scanner types fast and presses Return before the search is read: it is chosen once it is.
    with qtbot.waitSignal(picker.product_chosen, timeout=3000) as chosen:
        qtbot.keyClicks(picker.product_search, products[1].ean)
        qtbot.keyClick(picker.product_search, Qt.Key.Key_Return)
    assert chosen.args == [products[1]] and not picker.isVisible()


def test_a_new_order_for_a_customer_gone_says_so_without_blocking(qtbot: QtBot, services: Services,
                                                                   english: None) -> None:
    from PySide6.QtGui import QAction

    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.orders.list_page import OrderListPage

    bus, action = DataBus(), QAction()
    page = OrderListPage(services, bus, action)
    page.keep = (bus, action)  # type: ignore[attr-defined]
    _open(qtbot, page)
    assert page.new_order(987654) is None  # returns at once: the message is window-modal, not a nested loop
    box = page.findChild(QMessageBox, "error_box")
    assert box is not None and box.isVisible() and "no longer exists" in box.text()
    assert box.windowModality() == Qt.WindowModality.WindowModal
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_the_about_box_opens_without_a_nested_loop(qtbot: QtBot, services: Services, english: None) -> None:
    from crmdesk.gui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.about_action.trigger()  # returns: QMessageBox.about() would not until the box is closed
    box = window.findChild(QMessageBox, "about_box")
    assert box is not None and box.isVisible() and box.windowModality() == Qt.WindowModality.WindowModal
    assert "crmdesk" in box.text() and "Customers and their orders" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


# ---- Settings › Entreprise -------------------------------------------------------------------------------

def test_the_company_page_is_its_form(qtbot: QtBot, services: Services, english: None) -> None:
    from crmdesk.domain.company import COMPANY_FIELDS
    from crmdesk.gui.forms.ui_company_page import Ui_CompanyPage
    from crmdesk.gui.settings.company_page import CompanyPage

    page = CompanyPage(services)
    _open(qtbot, page)
    assert isinstance(page.ui, Ui_CompanyPage) and page.objectName() == "company_page"
    for name, rule in COMPANY_FIELDS.items():
        widget = page.findChild(QWidget, "logo_preview" if name == "logo" else name)
        assert widget is not None, name
        label = page.findChild(QLabel, f"{name}_label")
        assert label is not None and label.text() == rule.label, name  # the domain's words, once
    # One label column for the three groups: every field starts at the same x.
    xs = {page.fields[n].mapTo(page, page.fields[n].rect().topLeft()).x() for n in ("name", "street1", "iban")}
    assert len(xs) == 1, xs


def test_the_company_page_refuses_at_the_field_and_keeps_what_was_typed(qtbot: QtBot, services: Services,
                                                                        english: None) -> None:
    from crmdesk.gui.settings.company_page import CompanyPage

    page = CompanyPage(services)
    _open(qtbot, page)
    page.load()
    type_text(qtbot, page.ui.name, "Fournitures Rhône-Alpes")
    type_text(qtbot, page.ui.share_capital, "2,5,3")
    type_text(qtbot, page.ui.email, "commandes@")
    assert page.is_dirty() and not page.check()
    share = page.findChild(QLabel, "share_capital_error")
    assert share is not None and share.isVisible() and share.text()
    assert page.ui.share_capital.text() == "2,5,3"  # never silently changed
    page.ui.share_capital.selectAll()
    type_text(qtbot, page.ui.share_capital, "50 000")
    assert not page.check()  # now the domain's rules speak: the e-mail address
    email = page.findChild(QLabel, "email_error")
    assert email is not None and email.isVisible() and page.ui.email.text() == "commandes@"
    assert page.focusWidget() is page.ui.email


# ---- no nested event loop in the interface ----------------------------------------------------------------

# A nested loop the interface keeps on purpose: the save wait that excludes user input (gui/common/busy.py),
# and the password prompt that runs before any window exists (the application's own loop).
ALLOWED_LOOPS = {"common/busy.py": 1, "connection/password_dialog.py": 1}


def test_no_dialog_runs_a_nested_event_loop() -> None:
    blocking = re.compile(r"QMessageBox\.(information|warning|question|critical|about|aboutQt)\(|"
                          r"\bQ(File|Color|Font|Input)Dialog\.get\w+\(|\.exec_?\(")
    found: dict[str, int] = {}
    for path in GUI.rglob("*.py"):
        if "forms" in path.parts:
            continue
        code = "\n".join(line.split("#", 1)[0] for line in path.read_text(encoding="utf-8").splitlines())
        code = re.sub(r'"""[\s\S]*?"""', "", code)  # docstrings may name what not to do
        count = len(blocking.findall(code))
        if count:
            found[path.relative_to(GUI).as_posix()] = count
    assert found == ALLOWED_LOOPS


def test_the_company_page_follows_the_language(qtbot: QtBot, services: Services, english: None) -> None:
    from crmdesk.gui.settings.company_page import CompanyPage

    page = CompanyPage(services)
    _open(qtbot, page)
    assert (page.ui.identity_group.title(), page.ui.name_label.text()) == ("Legal identity", "Company name")
    with interface_language("fr"):
        qtbot.waitUntil(lambda: page.ui.identity_group.title() == "Identité légale")
        assert page.ui.name_label.text() == "Raison sociale" and page.ui.choose_logo_button.text() == "Choisir…"
    qtbot.waitUntil(lambda: page.ui.name_label.text() == "Company name")

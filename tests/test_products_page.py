"""The product catalogue page: list, search, create, edit, archive and restore."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from test_order_history import OFFSCREEN_NOISE, _en_gb_locale, make_products  # noqa: F401

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def page(qtbot, services):
    from crmdesk.gui.catalog.product_page import ProductPage
    from crmdesk.gui.common.bus import DataBus

    bus = DataBus()
    widget = ProductPage(services, bus)
    widget.keep = bus
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    return widget


def references(page) -> list[str]:
    """The references shown once the list's background read (after a search, save or archive) is applied."""
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + 10
    while page.model.is_busy():
        assert time.monotonic() < deadline, "the product list did not load"
        page.model.wait(50)
        QApplication.processEvents()
    return [page.model.product_at(r).reference for r in range(page.model.rowCount())]


def test_list_and_search(qtbot, page, services, qtmodeltester):
    make_products(services)
    page.search_now()
    assert references(page) == ["BEU-AOP-1K", "FAR-T65-25", "LIV-REC-10", "MOU-INOX-12", "TAB-PRO-01"]
    assert page.product_count.text() == "5 products"
    qtbot.keyClicks(page.product_search, "moule")
    qtbot.waitUntil(lambda: references(page) == ["MOU-INOX-12"], timeout=3000)
    page.product_search.clear()
    qtbot.keyClicks(page.product_search, "3760123450027")
    qtbot.keyClick(page.product_search, Qt.Key.Key_Return)
    assert references(page) == ["BEU-AOP-1K"]
    assert page.model.index(0, 3).data() == "€12.35"
    qtmodeltester.check(page.model)


def test_create_and_edit_a_product(qtbot, page, services):
    dialog = page.new_product()
    qtbot.keyClicks(dialog.reference, "SEL-GUE-1K")
    qtbot.keyClicks(dialog.name, "Sel de Guerande 1 kg")
    qtbot.keyClicks(dialog.ean, "3760123450042")  # a wrong check digit
    dialog.unit_price.clear()
    qtbot.keyClicks(dialog.unit_price, "4,20")
    dialog.vat_rate.setCurrentText("5.5")
    # A wrong barcode is refused with the reason, the dialog stays open.
    dialog.button_box.button(dialog.button_box.StandardButton.Save).click()
    assert dialog.isVisible() and "not valid" in dialog.errors.message(dialog.ean)
    dialog.ean.clear()
    qtbot.keyClicks(dialog.ean, "3760123450041")
    with qtbot.waitSignal(page.bus.products_changed):
        dialog.button_box.button(dialog.button_box.StandardButton.Save).click()
    saved = services.catalog.products("SEL")[0]
    assert (saved.name, saved.ean, saved.unit_price, saved.vat_rate) == (
        "Sel de Guerande 1 kg", "3760123450041", Decimal("4.20"), Decimal("5.5"))
    assert references(page) == ["SEL-GUE-1K"]

    page.product_table.selectRow(0)
    dialog = page.edit_selected()
    assert dialog.reference.text() == "SEL-GUE-1K" and dialog.unit_price.text() == "4.2"
    dialog.unit_price.setText("4.35")
    assert dialog.save()
    assert services.catalog.products("SEL")[0].unit_price == Decimal("4.35")


def test_duplicate_reference_is_refused(qtbot, page, services):
    make_products(services)
    dialog = page.new_product()
    dialog.reference.setText("FAR-T65-25")
    dialog.name.setText("Autre farine")
    assert not dialog.save()
    assert "already used" in dialog.errors.message(dialog.reference)
    assert dialog.focusWidget() is dialog.reference or not dialog.isActiveWindow()


def test_archive_and_restore(qtbot, page, services):
    make_products(services)
    page.search_now()
    page.product_table.selectRow(references(page).index("TAB-PRO-01"))
    assert page.action_archive_product.isEnabled() and not page.action_restore_product.isEnabled()
    page.action_archive_product.trigger()
    assert "TAB-PRO-01" not in references(page)
    assert [p.reference for p in services.catalog.products("TAB")] == []  # not offered for new orders
    page.filter_show_archived.setChecked(True)
    row = references(page).index("TAB-PRO-01")
    assert page.model.index(row, 5).data() == "Archived"
    page.product_table.selectRow(row)
    assert page.action_restore_product.isEnabled() and not page.action_archive_product.isEnabled()
    page.action_restore_product.trigger()
    assert [p.reference for p in services.catalog.products("TAB")] == ["TAB-PRO-01"]

"""Screenshots of every window and dialog, in French and English, at the sizes a 1280×800 and a 1024×768
screen give them (issue 15), into screenshots/desk/ (offscreen: no display needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/desk_screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="crmdesk-shots-")

from PySide6.QtCore import QRect, QSize  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

SCREENS = {"1280x800": QRect(0, 0, 1280, 800), "1024x768": QRect(0, 0, 1024, 768)}


def seed(services):  # type: ignore[no-untyped-def]
    from crmdesk.domain.enums import OrderStatus
    from crmdesk.domain.records import AddressData, CustomerData, OrderLineData

    company = services.customers.create(CustomerData(
        kind="company", name="Boulangerie Martin et Fils", email="contact@martin.fr", phone="0478123456",
        siret="73282932000074", iban="FR7630006000011234567890189", bic="BNPAFRPP",
        addresses=[AddressData(label="Siège", usage="billing", recipient="Service comptabilité",
                               street1="12 rue de la République", postal_code="69002", city="Lyon",
                               is_default_billing=True),
                   AddressData(label="Entrepôt", usage="delivery", street1="5 allée des Frênes",
                               postal_code="69800", city="Saint-Priest", is_default_delivery=True)]))
    services.customers.create(CustomerData(
        kind="individual", first_name="Émilie", last_name="Durand",
        addresses=[AddressData(street1="3 impasse des Lilas", postal_code="33000", city="Bordeaux")]))
    orders = []
    for status in (OrderStatus.DRAFT, OrderStatus.VALIDATED):
        draft = services.orders.new_order_for(company.id)
        draft.lines = [OrderLineData(description="Farine de blé T65 sac 25 kg", quantity=Decimal(3),
                                     unit_price=Decimal("18.90"), vat_rate=Decimal("5.5")),
                       OrderLineData(description="Moule à cake inox 12 cm", quantity=Decimal(2),
                                     unit_price=Decimal("7.99"), vat_rate=Decimal(20))]
        order = services.orders.create(draft)
        if status is OrderStatus.VALIDATED:
            order = services.orders.set_status(order.id, status, expected_version=order.version)
        orders.append(order)
    return company, orders


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/desk")
    out.mkdir(parents=True, exist_ok=True)
    from crmdesk.gui.application import ensure_application, install_language

    app = ensure_application(["crmdesk"])
    from crmdesk.gui.common.bus import DataBus
    from crmdesk.gui.common.screen import fit_size
    from crmdesk.services import Services
    from crmdesk.store.database import open_database

    services = Services.open(open_database(f"sqlite:///{tempfile.mkdtemp()}/shots.db"))
    company, orders = seed(services)

    def shots() -> list[tuple[str, Callable[[], QWidget]]]:
        from crmdesk.gui.catalog.product_picker import ProductPickerDialog
        from crmdesk.gui.customers.address_dialog import AddressDialog
        from crmdesk.gui.customers.dialog import CustomerDialog
        from crmdesk.gui.main_window import PAGE_CUSTOMERS, PAGE_ORDERS, PAGE_PRODUCTS, MainWindow
        from crmdesk.gui.orders.dialog import OrderDialog
        from crmdesk.gui.orders.list_page import CustomerPickerDialog
        from crmdesk.gui.reference.dialog import ReferenceListsDialog
        from crmdesk.gui.settings.dialog import SettingsDialog

        def main_page(page: str) -> Callable[[], QWidget]:
            def make() -> QWidget:
                window = MainWindow(services)
                window.show_page(page)
                return window
            return make

        bus = DataBus()
        return [
            ("main_customers", main_page(PAGE_CUSTOMERS)),
            ("main_orders", main_page(PAGE_ORDERS)),
            ("main_products", main_page(PAGE_PRODUCTS)),
            ("customer_new", lambda: CustomerDialog(services, bus, None, mode="create")),
            ("customer_view", lambda: CustomerDialog(services, bus, None, customer_id=company.id, mode="view")),
            ("customer_edit", lambda: CustomerDialog(services, bus, None, customer_id=company.id, mode="edit")),
            ("address_new", lambda: AddressDialog(None)),
            ("order_edit", lambda: OrderDialog(services, bus, None, order_id=orders[0].id)),
            ("order_view", lambda: OrderDialog(services, bus, None, order_id=orders[1].id, read_only=True)),
            ("customer_picker", lambda: CustomerPickerDialog(services)),
            ("product_picker", lambda: ProductPickerDialog(services)),
            ("reference_lists", lambda: ReferenceListsDialog(services)),
            ("settings", lambda: SettingsDialog(services)),
        ]

    for lang in ("fr", "en"):
        install_language(lang)
        for screen_name, area in SCREENS.items():
            for name, make in shots():
                widget = make()
                widget.show()
                size = fit_size(QSize(widget.width(), widget.height()), area)
                if name.startswith("main"):
                    size = fit_size(area.size(), area)
                widget.resize(size.expandedTo(widget.minimumSizeHint()))
                for _ in range(5):
                    app.processEvents()
                widget.grab().save(str(out / f"{name}_{lang}_{screen_name}.png"))
                widget.close()
                widget.deleteLater()
                app.processEvents()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

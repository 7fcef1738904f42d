"""One catalogue product (`product_dialog`): reference, name, EAN barcode, price, VAT rate, nature."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crmdesk.domain.catalog import FRENCH_VAT_RATES
from crmdesk.domain.errors import CrmError, ValidationErrors
from crmdesk.domain.fields import PRODUCT_FIELDS
from crmdesk.domain.numbers import NumberError
from crmdesk.domain.records import ProductData
from crmdesk.gui.common.bus import DataBus
from crmdesk.gui.common.busy import run_busy
from crmdesk.gui.common.styles import error_text_style
from crmdesk.gui.common.widgets import FieldErrors, parse_decimal
from crmdesk.gui.forms.ui_product_dialog import Ui_ProductDialog
from crmdesk.gui.orders.models import decimal_text
from crmdesk.services import Services


class ProductDialog(QDialog):
    """Create or edit one product: reference, name, EAN barcode, unit price excluding tax, VAT rate.

    Signals:
        product_saved(object): the saved ProductData.
    """

    product_saved = Signal(object)

    def __init__(self, services: Services, bus: DataBus, parent: QWidget | None = None,
                 product: ProductData | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("product_dialog")
        self.services = services
        self.bus = bus
        self.product = product
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.reference, self.name, self.ean = ui.reference, ui.name, ui.ean
        self.unit_price, self.vat_rate, self.nature = ui.unit_price, ui.vat_rate, ui.nature
        self.error_label, self.button_box = ui.error_label, ui.button_box
        self.reference.setMaxLength(PRODUCT_FIELDS["reference"].max_length or 50)
        self.name.setMaxLength(PRODUCT_FIELDS["name"].max_length or 200)
        for rate in FRENCH_VAT_RATES:
            self.vat_rate.addItem(decimal_text(rate))
        # Goods or service: stated on the documents (issue 12); the form holds the items' texts.
        self.nature.setItemData(0, "goods")
        self.nature.setItemData(1, "service")
        # A refused value is said under its field (FieldErrors); error_label is for what no field caused.
        self.errors = FieldErrors(self)
        self.fields: dict[str, QWidget] = {"reference": self.reference, "name": self.name, "ean": self.ean,
                                           "unit_price": self.unit_price, "vat_rate": self.vat_rate,
                                           "nature": self.nature}
        for widget in self.fields.values():
            self.errors.attach(widget)
        self.error_label.setStyleSheet(error_text_style())
        self.error_label.hide()
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        if product is not None:
            self.reference.setText(product.reference)
            self.name.setText(product.name)
            self.ean.setText(product.ean)
            self.unit_price.setText(decimal_text(product.unit_price, 4))
            self.vat_rate.setCurrentText(decimal_text(product.vat_rate, 2))
            self.nature.setCurrentIndex(max(self.nature.findData(product.nature), 0))
        else:
            self.unit_price.setText(decimal_text(Decimal(0)))
        self.retranslate()

    def data(self) -> ProductData | None:
        """The product as typed, or None (with the reason shown) when a number cannot be read."""
        try:
            price = parse_decimal(self.unit_price.text(), field="unit_price")
            rate = parse_decimal(self.vat_rate.currentText(), field="vat_rate")
        except NumberError as exc:  # the one number reader's reason, at its field
            self._show_errors({exc.field: exc.message})
            return None
        if price is None:
            self._show_errors({"unit_price": self.tr("Type a price, e.g. 12.50.")})
            return None
        if rate is None:
            self._show_errors({"vat_rate": self.tr("Type a VAT rate, e.g. 20 or 5.5.")})
            return None
        current = self.product
        return ProductData(current.id if current else None, self.reference.text(), self.name.text(),
                           self.ean.text(), price, rate, current.active if current else True,
                           str(self.nature.currentData() or "goods"))

    def save(self) -> bool:
        self.errors.clear_all()
        self.error_label.hide()
        data = self.data()
        if data is None:
            return False
        try:
            saved = run_busy(self, lambda: self.services.catalog.save_product(data), self.services.db)
        except ValidationErrors as exc:
            self._show_errors(exc.by_field())
            return False
        except CrmError as exc:
            self._show_errors({"": exc.message})
            return False
        self.product = saved
        self.bus.products_changed.emit()
        self.product_saved.emit(saved)
        self.accept()
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        other: list[str] = []
        for field, message in errors.items():
            widget = self.fields.get(field)
            if widget is None:
                other.append(message)
                continue
            self.errors.show(widget, message)
            first = first or widget
        self.error_label.setText("\n".join(other))
        self.error_label.setVisible(bool(other))
        if first is not None:
            first.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New product") if self.product is None else self.tr("Edit product"))
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

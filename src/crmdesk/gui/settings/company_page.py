"""Settings › Entreprise: the seller's details printed on every document, shared by the whole office."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.company import COMPANY_FIELDS, LOGO_MAX_BYTES, REGISTRIES, CompanyData, check_logo, validate_company
from crmdesk.domain.enums import LEGAL_FORMS
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.validation import format_iban, format_phone
from crmdesk.gui.common.styles import DASHED_FRAME_STYLE
from crmdesk.gui.common.widgets import CountryCombo, DecimalEdit, FieldErrors, MoneyEdit
from crmdesk.services import Services

TEXT_FIELDS = ("name", "siren", "registry_city", "vat_number", "street1", "street2", "postal_code", "city", "phone",
               "email", "website", "iban", "bic", "early_payment_discount", "early_payment_discount_en")
PLAIN_FIELDS = ("payment_terms_text", "payment_terms_text_en", "footer", "footer_en")


class CompanyPage(QWidget):
    """The "Entreprise" page of the settings dialog: load, check, save (see gui/settings/dialog.py)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("company_page")
        self.services = services
        self.errors = FieldErrors(self)
        self._loaded = CompanyData()
        self._logo: bytes | None = None
        self._logo_type = ""
        self.fields: dict[str, QWidget] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            rule = COMPANY_FIELDS[name]
            if rule.max_length:
                edit.setMaxLength(rule.max_length + 20)  # room to type spaces; the check says what is too long
            self._add(name, edit)
        self.legal_form = QComboBox()
        self.legal_form.setEditable(True)
        self.legal_form.addItems(["", *LEGAL_FORMS])
        self._add("legal_form", self.legal_form)
        self.share_capital = MoneyEdit()
        self._add("share_capital", self.share_capital)
        self.trade_register = QComboBox()
        for value in REGISTRIES:
            self.trade_register.addItem(value, value)
        self._add("trade_register", self.trade_register)
        self.country = CountryCombo()
        self._add("country", self.country)
        self.late_penalty_rate = DecimalEdit()
        self.late_penalty_rate.set_decimals(None)
        self.late_penalty_rate.set_suffix("%")
        self._add("late_penalty_rate", self.late_penalty_rate)
        self.recovery_indemnity = QCheckBox()
        self._add("recovery_indemnity", self.recovery_indemnity)
        for name in PLAIN_FIELDS:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(58)
            self._add(name, box)
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logo_preview")
        self.logo_preview.setFixedSize(QSize(180, 64))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(f"QLabel#logo_preview {{ {DASHED_FRAME_STYLE} }}")
        self.fields["logo"] = self.logo_preview
        self.choose_logo_button = QPushButton()
        self.choose_logo_button.setObjectName("choose_logo_button")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton()
        self.remove_logo_button.setObjectName("remove_logo_button")
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))

        self.labels: dict[str, QLabel] = {name: QLabel() for name in COMPANY_FIELDS}
        identity = self._group("identity_group", ["name", "legal_form", "share_capital", "siren", "trade_register",
                                                  "registry_city", "vat_number"])
        address = self._group("address_group", ["street1", "street2", "postal_code", "city", "country", "phone",
                                                "email", "website"])
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.remove_logo_button)
        buttons.addStretch(1)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        address_form = address.layout()
        assert isinstance(address_form, QFormLayout)
        address_form.addRow(self.labels["logo"], logo_row)
        payment = self._group("payment_group", ["iban", "bic", "payment_terms_text", "payment_terms_text_en",
                                                "late_penalty_rate", "recovery_indemnity", "early_payment_discount",
                                                "early_payment_discount_en", "footer", "footer_en"])
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("company_hint")
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.hint)
        column.addWidget(identity)
        column.addWidget(address)
        column.addWidget(payment)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    def _add(self, name: str, widget: QWidget) -> None:
        widget.setObjectName(name)
        self.fields[name] = widget

    def _group(self, name: str, names: list[str]) -> QGroupBox:
        box = QGroupBox()
        box.setObjectName(name)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in names:
            self.labels[field].setBuddy(self.fields[field])
            form.addRow(self.labels[field], self.fields[field])
        return box

    # ---- load / check / save ------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Company")

    def load(self) -> None:
        self._loaded = self.services.company.get()
        self.show_data(self._loaded)
        self._shown = self.current_data()  # what the fields said before any typing

    def show_data(self, data: CompanyData) -> None:
        for name in TEXT_FIELDS:
            value = getattr(data, name)
            if name == "phone":
                value = format_phone(value)
            elif name == "iban":
                value = format_iban(value)
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(value)
        self.legal_form.setCurrentText(data.legal_form)
        self.share_capital.set_value(data.share_capital)
        self.trade_register.setCurrentIndex(max(self.trade_register.findData(data.trade_register or "RCS"), 0))
        self.country.set_code(data.country or "FR")
        self.late_penalty_rate.set_value(data.late_penalty_rate)
        self.recovery_indemnity.setChecked(data.recovery_indemnity)
        for name in PLAIN_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QPlainTextEdit)
            edit.setPlainText(getattr(data, name))
        self.set_logo(data.logo, data.logo_type)

    def current_data(self) -> CompanyData:
        """What the page shows; raises FieldError for a number that does not read."""
        data = replace(self._loaded)
        for name in TEXT_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            setattr(data, name, edit.text())
        data.legal_form = self.legal_form.currentText()
        data.share_capital = self.share_capital.value()
        data.trade_register = str(self.trade_register.currentData() or "RCS")
        data.country = self.country.code()
        data.late_penalty_rate = self.late_penalty_rate.value()
        data.recovery_indemnity = self.recovery_indemnity.isChecked()
        for name in PLAIN_FIELDS:
            edit = self.fields[name]
            assert isinstance(edit, QPlainTextEdit)
            setattr(data, name, edit.toPlainText())
        data.logo, data.logo_type = self._logo, self._logo_type
        return data

    def is_dirty(self) -> bool:
        """Something was typed or chosen since the page was shown (a refused number counts as a change)."""
        if self.share_capital.error_message() or self.late_penalty_rate.error_message():
            return True
        return self.current_data() != getattr(self, "_shown", self._loaded)

    def check(self) -> bool:
        """Show every refused field's reason under it; focus the first. True when all is well."""
        self.errors.clear_all()
        found: list[FieldError] = []
        for edit in (self.share_capital, self.late_penalty_rate):
            if edit.error_message():
                found.append(FieldError(edit.objectName(), edit.error_message()))
        if not found:
            data = self.current_data()
            if self._loaded.version == 0 and data.is_empty() and not self.is_dirty():
                return True  # nothing typed yet: nothing to check
            try:
                validate_company(data)
            except ValidationErrors as exc:
                found = exc.errors
        for error in found:
            self.errors.show(self.fields.get(error.field, self.fields["name"]), error.message)
        if found:
            first = self.fields.get(found[0].field, self.fields["name"])
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return not found

    def save(self) -> None:
        self._loaded = self.services.company.save(self.current_data())
        self._shown = self.current_data()

    # ---- logo ---------------------------------------------------------------------------------------------
    def choose_logo(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Choose the logo"))
        chooser.setObjectName("logo_file_dialog")
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(self.tr("Images (*.png *.svg)"))
        chooser.fileSelected.connect(self.load_logo_file)
        chooser.open()
        return chooser

    def load_logo_file(self, path: str) -> bool:
        self.errors.clear(self.logo_preview)
        try:
            size = Path(path).stat().st_size
            if size > LOGO_MAX_BYTES:
                check_logo(b"\0" * (LOGO_MAX_BYTES + 1))
            data, kind = check_logo(Path(path).read_bytes())
        except FieldError as exc:
            self.errors.show(self.logo_preview, exc.message)
            return False
        except OSError:
            self.errors.show(self.logo_preview, self.tr("This file cannot be read."))
            return False
        self.set_logo(data, kind)
        return True

    def set_logo(self, data: bytes | None, kind: str = "") -> None:
        self._logo, self._logo_type = (data, kind) if data else (None, "")
        self.logo_preview.setPixmap(QPixmap())
        self.logo_preview.setText("" if data else self.tr("No logo"))
        if data:
            pixmap = _logo_pixmap(data, kind, self.logo_preview.size() * self.devicePixelRatioF())
            if pixmap is None:
                self.logo_preview.setText(self.tr("Unreadable image"))
            else:
                pixmap.setDevicePixelRatio(self.devicePixelRatioF())
                self.logo_preview.setPixmap(pixmap)
        self.remove_logo_button.setEnabled(bool(data))

    # ---- language -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for name, label in self.labels.items():
            label.setText(COMPANY_FIELDS[name].label)
        self.recovery_indemnity.setText(self.tr("Print it for business customers"))
        identity = self.findChild(QGroupBox, "identity_group")
        address = self.findChild(QGroupBox, "address_group")
        payment = self.findChild(QGroupBox, "payment_group")
        assert identity is not None and address is not None and payment is not None
        identity.setTitle(self.tr("Legal identity"))
        address.setTitle(self.tr("Address and contact"))
        payment.setTitle(self.tr("Payment and mentions"))
        self.hint.setText(self.tr("Printed on every order confirmation and delivery note, and shared by everyone "
                                  "who works on this database."))
        self.choose_logo_button.setText(self.tr("Choose…"))
        self.remove_logo_button.setText(self.tr("Remove"))
        self.fields["registry_city"].setToolTip(self.tr("The city of the register: RCS Lyon"))
        self.fields["early_payment_discount"].setToolTip(
            self.tr("e.g. none, or 1 % for payment within 8 days"))
        for name in ("payment_terms_text_en", "early_payment_discount_en", "footer_en"):
            self.fields[name].setToolTip(self.tr("Printed on documents in English; empty: the French text is"
                                                 " printed"))
        if not self._logo:
            self.logo_preview.setText(self.tr("No logo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _logo_pixmap(data: bytes, kind: str, size: QSize) -> QPixmap | None:
    if kind == "image/svg+xml":
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return None
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        target = renderer.defaultSize().scaled(size, Qt.AspectRatioMode.KeepAspectRatio)
        painter = QPainter(image)
        renderer.render(painter, image.rect().adjusted(0, 0, target.width() - size.width(),
                                                        target.height() - size.height()).toRectF())
        painter.end()
        return QPixmap.fromImage(image)
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return None
    return QPixmap.fromImage(image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

"""Settings › Entreprise: the seller's details printed on every document, shared by the whole office."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from crmdesk.domain.company import COMPANY_FIELDS, LOGO_MAX_BYTES, REGISTRIES, CompanyData, check_logo, validate_company
from crmdesk.domain.enums import LEGAL_FORMS
from crmdesk.domain.errors import FieldError, ValidationErrors
from crmdesk.domain.validation import format_iban, format_phone
from crmdesk.gui.common.styles import DASHED_FRAME_STYLE
from crmdesk.gui.common.widgets import FieldErrors
from crmdesk.gui.forms.ui_company_page import Ui_CompanyPage
from crmdesk.services import Services

TEXT_FIELDS = ("name", "siren", "registry_city", "vat_number", "street1", "street2", "postal_code", "city", "phone",
               "email", "website", "iban", "bic", "early_payment_discount", "early_payment_discount_en")
PLAIN_FIELDS = ("payment_terms_text", "payment_terms_text_en", "footer", "footer_en")


class CompanyPage(QWidget):
    """The "Entreprise" page of the settings dialog (form ui/company_page.ui): load, check, save (see
    gui/settings/dialog.py). A field's widget is named after the field of CompanyData; its label
    `<field>_label` says the domain's label for it (COMPANY_FIELDS)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CompanyPage()
        self.ui.setupUi(self)
        self.setObjectName("company_page")
        self.services = services
        self.errors = FieldErrors(self)
        self._loaded = CompanyData()
        self._logo: bytes | None = None
        self._logo_type = ""
        ui = self.ui
        self.fields: dict[str, QWidget] = {name: getattr(ui, name) for name in COMPANY_FIELDS if name != "logo"}
        self.fields["logo"] = ui.logo_preview
        self.labels: dict[str, QLabel] = {name: getattr(ui, f"{name}_label") for name in COMPANY_FIELDS}
        for name in TEXT_FIELDS:
            rule = COMPANY_FIELDS[name]
            if rule.max_length:
                # Room to type spaces; the check says what is too long.
                self.text_edit(name).setMaxLength(rule.max_length + 20)
        self.legal_form, self.share_capital, self.trade_register = ui.legal_form, ui.share_capital, ui.trade_register
        self.country, self.late_penalty_rate, self.recovery_indemnity = ui.country, ui.late_penalty_rate, \
            ui.recovery_indemnity
        self.logo_preview, self.choose_logo_button = ui.logo_preview, ui.choose_logo_button
        self.remove_logo_button, self.hint, self.scroll_area = ui.remove_logo_button, ui.company_hint, ui.scroll_area
        self.legal_form.addItems(["", *LEGAL_FORMS])
        for value in REGISTRIES:
            self.trade_register.addItem(value, value)
        self.late_penalty_rate.set_decimals(None)
        self.late_penalty_rate.set_suffix("%")
        self.logo_preview.setStyleSheet(f"QLabel#logo_preview {{ {DASHED_FRAME_STYLE} }}")
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.retranslate()

    def text_edit(self, name: str) -> QLineEdit:
        edit = self.fields[name]
        assert isinstance(edit, QLineEdit)
        return edit

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
            self.text_edit(name).setText(value)
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
            setattr(data, name, self.text_edit(name).text())
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
        """The domain's field labels, and what follows the logo; the form's own texts come from retranslateUi."""
        for name, label in self.labels.items():
            label.setText(COMPANY_FIELDS[name].label)
        # One label column for the three groups: their fields start at the same x.
        width = max(label.sizeHint().width() for label in self.labels.values())
        for label in self.labels.values():
            label.setMinimumWidth(width)
        if not self._logo:
            self.logo_preview.setText(self.tr("No logo"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
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

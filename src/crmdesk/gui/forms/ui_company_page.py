# Generated from ui/company_page.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'company_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from crmdesk.gui.common.widgets import (CountryCombo, DecimalEdit, MoneyEdit)

class Ui_CompanyPage(object):
    def setupUi(self, company_page):
        if not company_page.objectName():
            company_page.setObjectName(u"company_page")
        company_page.resize(620, 1100)
        self.company_page_layout = QVBoxLayout(company_page)
        self.company_page_layout.setObjectName(u"company_page_layout")
        self.company_page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(company_page)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.company_fields = QWidget()
        self.company_fields.setObjectName(u"company_fields")
        self.company_fields_layout = QVBoxLayout(self.company_fields)
        self.company_fields_layout.setObjectName(u"company_fields_layout")
        self.company_hint = QLabel(self.company_fields)
        self.company_hint.setObjectName(u"company_hint")
        self.company_hint.setWordWrap(True)

        self.company_fields_layout.addWidget(self.company_hint)

        self.identity_group = QGroupBox(self.company_fields)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_form = QFormLayout(self.identity_group)
        self.identity_form.setObjectName(u"identity_form")
        self.identity_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identity_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_label = QLabel(self.identity_group)
        self.name_label.setObjectName(u"name_label")
        self.name_label.setText(u"Company name")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.identity_group)
        self.name.setObjectName(u"name")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.legal_form_label = QLabel(self.identity_group)
        self.legal_form_label.setObjectName(u"legal_form_label")
        self.legal_form_label.setText(u"Legal form")

        self.identity_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.legal_form_label)

        self.legal_form = QComboBox(self.identity_group)
        self.legal_form.setObjectName(u"legal_form")
        self.legal_form.setEditable(True)

        self.identity_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.legal_form)

        self.share_capital_label = QLabel(self.identity_group)
        self.share_capital_label.setObjectName(u"share_capital_label")
        self.share_capital_label.setText(u"Share capital")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.share_capital_label)

        self.share_capital = MoneyEdit(self.identity_group)
        self.share_capital.setObjectName(u"share_capital")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.share_capital)

        self.siren_label = QLabel(self.identity_group)
        self.siren_label.setObjectName(u"siren_label")
        self.siren_label.setText(u"SIREN")

        self.identity_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.siren_label)

        self.siren = QLineEdit(self.identity_group)
        self.siren.setObjectName(u"siren")

        self.identity_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.siren)

        self.trade_register_label = QLabel(self.identity_group)
        self.trade_register_label.setObjectName(u"trade_register_label")
        self.trade_register_label.setText(u"Register")

        self.identity_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trade_register_label)

        self.trade_register = QComboBox(self.identity_group)
        self.trade_register.setObjectName(u"trade_register")

        self.identity_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trade_register)

        self.registry_city_label = QLabel(self.identity_group)
        self.registry_city_label.setObjectName(u"registry_city_label")
        self.registry_city_label.setText(u"Register city")

        self.identity_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.registry_city_label)

        self.registry_city = QLineEdit(self.identity_group)
        self.registry_city.setObjectName(u"registry_city")

        self.identity_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.registry_city)

        self.vat_number_label = QLabel(self.identity_group)
        self.vat_number_label.setObjectName(u"vat_number_label")
        self.vat_number_label.setText(u"VAT number")

        self.identity_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vat_number_label)

        self.vat_number = QLineEdit(self.identity_group)
        self.vat_number.setObjectName(u"vat_number")

        self.identity_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.vat_number)


        self.company_fields_layout.addWidget(self.identity_group)

        self.address_group = QGroupBox(self.company_fields)
        self.address_group.setObjectName(u"address_group")
        self.address_form = QFormLayout(self.address_group)
        self.address_form.setObjectName(u"address_form")
        self.address_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.street1_label = QLabel(self.address_group)
        self.street1_label.setObjectName(u"street1_label")
        self.street1_label.setText(u"Street")

        self.address_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.street1_label)

        self.street1 = QLineEdit(self.address_group)
        self.street1.setObjectName(u"street1")

        self.address_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.street1)

        self.street2_label = QLabel(self.address_group)
        self.street2_label.setObjectName(u"street2_label")
        self.street2_label.setText(u"Street (line 2)")

        self.address_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.street2_label)

        self.street2 = QLineEdit(self.address_group)
        self.street2.setObjectName(u"street2")

        self.address_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.street2)

        self.postal_code_label = QLabel(self.address_group)
        self.postal_code_label.setObjectName(u"postal_code_label")
        self.postal_code_label.setText(u"Postal code")

        self.address_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_code = QLineEdit(self.address_group)
        self.postal_code.setObjectName(u"postal_code")

        self.address_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.postal_code)

        self.city_label = QLabel(self.address_group)
        self.city_label.setObjectName(u"city_label")
        self.city_label.setText(u"City")

        self.address_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(self.address_group)
        self.city.setObjectName(u"city")

        self.address_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city)

        self.country_label = QLabel(self.address_group)
        self.country_label.setObjectName(u"country_label")
        self.country_label.setText(u"Country")

        self.address_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = CountryCombo(self.address_group)
        self.country.setObjectName(u"country")

        self.address_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.country)

        self.phone_label = QLabel(self.address_group)
        self.phone_label.setObjectName(u"phone_label")
        self.phone_label.setText(u"Phone")

        self.address_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.address_group)
        self.phone.setObjectName(u"phone")

        self.address_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone)

        self.email_label = QLabel(self.address_group)
        self.email_label.setObjectName(u"email_label")
        self.email_label.setText(u"Email")

        self.address_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.address_group)
        self.email.setObjectName(u"email")

        self.address_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.email)

        self.website_label = QLabel(self.address_group)
        self.website_label.setObjectName(u"website_label")
        self.website_label.setText(u"Website")

        self.address_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.address_group)
        self.website.setObjectName(u"website")

        self.address_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.website)

        self.logo_label = QLabel(self.address_group)
        self.logo_label.setObjectName(u"logo_label")
        self.logo_label.setText(u"Logo")

        self.address_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.logo_label)

        self.logo_row = QHBoxLayout()
        self.logo_row.setObjectName(u"logo_row")
        self.logo_preview = QLabel(self.address_group)
        self.logo_preview.setObjectName(u"logo_preview")
        self.logo_preview.setMinimumSize(QSize(180, 64))
        self.logo_preview.setMaximumSize(QSize(180, 64))
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logo_row.addWidget(self.logo_preview)

        self.logo_buttons = QVBoxLayout()
        self.logo_buttons.setObjectName(u"logo_buttons")
        self.choose_logo_button = QPushButton(self.address_group)
        self.choose_logo_button.setObjectName(u"choose_logo_button")

        self.logo_buttons.addWidget(self.choose_logo_button)

        self.remove_logo_button = QPushButton(self.address_group)
        self.remove_logo_button.setObjectName(u"remove_logo_button")

        self.logo_buttons.addWidget(self.remove_logo_button)

        self.logo_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logo_buttons.addItem(self.logo_buttons_spacer)


        self.logo_row.addLayout(self.logo_buttons)

        self.logo_row_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_row.addItem(self.logo_row_spacer)


        self.address_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.logo_row)


        self.company_fields_layout.addWidget(self.address_group)

        self.payment_group = QGroupBox(self.company_fields)
        self.payment_group.setObjectName(u"payment_group")
        self.payment_form = QFormLayout(self.payment_group)
        self.payment_form.setObjectName(u"payment_form")
        self.payment_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.payment_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.iban_label = QLabel(self.payment_group)
        self.iban_label.setObjectName(u"iban_label")
        self.iban_label.setText(u"IBAN")

        self.payment_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.iban_label)

        self.iban = QLineEdit(self.payment_group)
        self.iban.setObjectName(u"iban")

        self.payment_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.iban)

        self.bic_label = QLabel(self.payment_group)
        self.bic_label.setObjectName(u"bic_label")
        self.bic_label.setText(u"BIC")

        self.payment_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bic_label)

        self.bic = QLineEdit(self.payment_group)
        self.bic.setObjectName(u"bic")

        self.payment_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bic)

        self.payment_terms_text_label = QLabel(self.payment_group)
        self.payment_terms_text_label.setObjectName(u"payment_terms_text_label")
        self.payment_terms_text_label.setText(u"Default payment terms")

        self.payment_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.payment_terms_text_label)

        self.payment_terms_text = QPlainTextEdit(self.payment_group)
        self.payment_terms_text.setObjectName(u"payment_terms_text")
        self.payment_terms_text.setMinimumSize(QSize(0, 58))
        self.payment_terms_text.setMaximumSize(QSize(16777215, 58))
        self.payment_terms_text.setTabChangesFocus(True)

        self.payment_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.payment_terms_text)

        self.payment_terms_text_en_label = QLabel(self.payment_group)
        self.payment_terms_text_en_label.setObjectName(u"payment_terms_text_en_label")
        self.payment_terms_text_en_label.setText(u"Default payment terms (English)")

        self.payment_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.payment_terms_text_en_label)

        self.payment_terms_text_en = QPlainTextEdit(self.payment_group)
        self.payment_terms_text_en.setObjectName(u"payment_terms_text_en")
        self.payment_terms_text_en.setMinimumSize(QSize(0, 58))
        self.payment_terms_text_en.setMaximumSize(QSize(16777215, 58))
        self.payment_terms_text_en.setTabChangesFocus(True)

        self.payment_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.payment_terms_text_en)

        self.late_penalty_rate_label = QLabel(self.payment_group)
        self.late_penalty_rate_label.setObjectName(u"late_penalty_rate_label")
        self.late_penalty_rate_label.setText(u"Late-payment penalty rate")

        self.payment_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.late_penalty_rate_label)

        self.late_penalty_rate = DecimalEdit(self.payment_group)
        self.late_penalty_rate.setObjectName(u"late_penalty_rate")

        self.payment_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.late_penalty_rate)

        self.recovery_indemnity_label = QLabel(self.payment_group)
        self.recovery_indemnity_label.setObjectName(u"recovery_indemnity_label")
        self.recovery_indemnity_label.setText(u"Fixed recovery indemnity (40 \u20ac)")

        self.payment_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recovery_indemnity_label)

        self.recovery_indemnity = QCheckBox(self.payment_group)
        self.recovery_indemnity.setObjectName(u"recovery_indemnity")

        self.payment_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recovery_indemnity)

        self.early_payment_discount_label = QLabel(self.payment_group)
        self.early_payment_discount_label.setObjectName(u"early_payment_discount_label")
        self.early_payment_discount_label.setText(u"Early-payment discount")

        self.payment_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.early_payment_discount_label)

        self.early_payment_discount = QLineEdit(self.payment_group)
        self.early_payment_discount.setObjectName(u"early_payment_discount")

        self.payment_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.early_payment_discount)

        self.early_payment_discount_en_label = QLabel(self.payment_group)
        self.early_payment_discount_en_label.setObjectName(u"early_payment_discount_en_label")
        self.early_payment_discount_en_label.setText(u"Early-payment discount (English)")

        self.payment_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.early_payment_discount_en_label)

        self.early_payment_discount_en = QLineEdit(self.payment_group)
        self.early_payment_discount_en.setObjectName(u"early_payment_discount_en")

        self.payment_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.early_payment_discount_en)

        self.footer_label = QLabel(self.payment_group)
        self.footer_label.setObjectName(u"footer_label")
        self.footer_label.setText(u"Footer")

        self.payment_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.footer_label)

        self.footer = QPlainTextEdit(self.payment_group)
        self.footer.setObjectName(u"footer")
        self.footer.setMinimumSize(QSize(0, 58))
        self.footer.setMaximumSize(QSize(16777215, 58))
        self.footer.setTabChangesFocus(True)

        self.payment_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.footer)

        self.footer_en_label = QLabel(self.payment_group)
        self.footer_en_label.setObjectName(u"footer_en_label")
        self.footer_en_label.setText(u"Footer (English)")

        self.payment_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.footer_en_label)

        self.footer_en = QPlainTextEdit(self.payment_group)
        self.footer_en.setObjectName(u"footer_en")
        self.footer_en.setMinimumSize(QSize(0, 58))
        self.footer_en.setMaximumSize(QSize(16777215, 58))
        self.footer_en.setTabChangesFocus(True)

        self.payment_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.footer_en)


        self.company_fields_layout.addWidget(self.payment_group)

        self.company_fields_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.company_fields_layout.addItem(self.company_fields_spacer)

        self.scroll_area.setWidget(self.company_fields)

        self.company_page_layout.addWidget(self.scroll_area)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name)
        self.legal_form_label.setBuddy(self.legal_form)
        self.share_capital_label.setBuddy(self.share_capital)
        self.siren_label.setBuddy(self.siren)
        self.trade_register_label.setBuddy(self.trade_register)
        self.registry_city_label.setBuddy(self.registry_city)
        self.vat_number_label.setBuddy(self.vat_number)
        self.street1_label.setBuddy(self.street1)
        self.street2_label.setBuddy(self.street2)
        self.postal_code_label.setBuddy(self.postal_code)
        self.city_label.setBuddy(self.city)
        self.country_label.setBuddy(self.country)
        self.phone_label.setBuddy(self.phone)
        self.email_label.setBuddy(self.email)
        self.website_label.setBuddy(self.website)
        self.logo_label.setBuddy(self.choose_logo_button)
        self.iban_label.setBuddy(self.iban)
        self.bic_label.setBuddy(self.bic)
        self.payment_terms_text_label.setBuddy(self.payment_terms_text)
        self.payment_terms_text_en_label.setBuddy(self.payment_terms_text_en)
        self.late_penalty_rate_label.setBuddy(self.late_penalty_rate)
        self.recovery_indemnity_label.setBuddy(self.recovery_indemnity)
        self.early_payment_discount_label.setBuddy(self.early_payment_discount)
        self.early_payment_discount_en_label.setBuddy(self.early_payment_discount_en)
        self.footer_label.setBuddy(self.footer)
        self.footer_en_label.setBuddy(self.footer_en)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.legal_form)
        QWidget.setTabOrder(self.legal_form, self.share_capital)
        QWidget.setTabOrder(self.share_capital, self.siren)
        QWidget.setTabOrder(self.siren, self.trade_register)
        QWidget.setTabOrder(self.trade_register, self.registry_city)
        QWidget.setTabOrder(self.registry_city, self.vat_number)
        QWidget.setTabOrder(self.vat_number, self.street1)
        QWidget.setTabOrder(self.street1, self.street2)
        QWidget.setTabOrder(self.street2, self.postal_code)
        QWidget.setTabOrder(self.postal_code, self.city)
        QWidget.setTabOrder(self.city, self.country)
        QWidget.setTabOrder(self.country, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.website)
        QWidget.setTabOrder(self.website, self.choose_logo_button)
        QWidget.setTabOrder(self.choose_logo_button, self.remove_logo_button)
        QWidget.setTabOrder(self.remove_logo_button, self.iban)
        QWidget.setTabOrder(self.iban, self.bic)
        QWidget.setTabOrder(self.bic, self.payment_terms_text)
        QWidget.setTabOrder(self.payment_terms_text, self.payment_terms_text_en)
        QWidget.setTabOrder(self.payment_terms_text_en, self.late_penalty_rate)
        QWidget.setTabOrder(self.late_penalty_rate, self.recovery_indemnity)
        QWidget.setTabOrder(self.recovery_indemnity, self.early_payment_discount)
        QWidget.setTabOrder(self.early_payment_discount, self.early_payment_discount_en)
        QWidget.setTabOrder(self.early_payment_discount_en, self.footer)
        QWidget.setTabOrder(self.footer, self.footer_en)

        self.retranslateUi(company_page)

        QMetaObject.connectSlotsByName(company_page)
    # setupUi

    def retranslateUi(self, company_page):
        self.company_hint.setText(QCoreApplication.translate("CompanyPage", u"Printed on every order confirmation and delivery note, and shared by everyone who works on this database.", None))
        self.identity_group.setTitle(QCoreApplication.translate("CompanyPage", u"Legal identity", None))
#if QT_CONFIG(tooltip)
        self.registry_city.setToolTip(QCoreApplication.translate("CompanyPage", u"The city of the register: RCS Lyon", None))
#endif // QT_CONFIG(tooltip)
        self.address_group.setTitle(QCoreApplication.translate("CompanyPage", u"Address and contact", None))
        self.choose_logo_button.setText(QCoreApplication.translate("CompanyPage", u"Choose\u2026", None))
        self.remove_logo_button.setText(QCoreApplication.translate("CompanyPage", u"Remove", None))
        self.payment_group.setTitle(QCoreApplication.translate("CompanyPage", u"Payment and mentions", None))
#if QT_CONFIG(tooltip)
        self.payment_terms_text_en.setToolTip(QCoreApplication.translate("CompanyPage", u"Printed on documents in English; empty: the French text is printed", None))
#endif // QT_CONFIG(tooltip)
        self.recovery_indemnity.setText(QCoreApplication.translate("CompanyPage", u"Print it for business customers", None))
#if QT_CONFIG(tooltip)
        self.early_payment_discount.setToolTip(QCoreApplication.translate("CompanyPage", u"e.g. none, or 1 % for payment within 8 days", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.early_payment_discount_en.setToolTip(QCoreApplication.translate("CompanyPage", u"Printed on documents in English; empty: the French text is printed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.footer_en.setToolTip(QCoreApplication.translate("CompanyPage", u"Printed on documents in English; empty: the French text is printed", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


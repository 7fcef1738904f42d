# Generated from ui/customer_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from crmdesk.gui.common.widgets import (DecimalEdit, HintLabel, MoneyEdit, OptionalDateEdit,
    RefCombo, ValueCombo)

class Ui_CustomerDialog(object):
    def setupUi(self, customer_dialog):
        if not customer_dialog.objectName():
            customer_dialog.setObjectName(u"customer_dialog")
        customer_dialog.resize(960, 680)
        self.dialog_layout = QVBoxLayout(customer_dialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.header_label = QLabel(customer_dialog)
        self.header_label.setObjectName(u"header_label")
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_layout.addWidget(self.header_label)

        self.duplicate_banner = QFrame(customer_dialog)
        self.duplicate_banner.setObjectName(u"duplicate_banner")
        self.duplicate_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_banner_layout = QHBoxLayout(self.duplicate_banner)
        self.duplicate_banner_layout.setObjectName(u"duplicate_banner_layout")
        self.duplicate_icon = QLabel(self.duplicate_banner)
        self.duplicate_icon.setObjectName(u"duplicate_icon")

        self.duplicate_banner_layout.addWidget(self.duplicate_icon)

        self.duplicate_label = QLabel(self.duplicate_banner)
        self.duplicate_label.setObjectName(u"duplicate_label")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setTextFormat(Qt.TextFormat.RichText)

        self.duplicate_banner_layout.addWidget(self.duplicate_label)

        self.duplicate_banner_layout.setStretch(1, 1)

        self.dialog_layout.addWidget(self.duplicate_banner)

        self.customer_tabs = QTabWidget(customer_dialog)
        self.customer_tabs.setObjectName(u"customer_tabs")
        self.contact_page = QWidget()
        self.contact_page.setObjectName(u"contact_page")
        self.contact_page_layout = QVBoxLayout(self.contact_page)
        self.contact_page_layout.setObjectName(u"contact_page_layout")
        self.contact_page_layout.setContentsMargins(0, 0, 0, 0)
        self.contact_scroll = QScrollArea(self.contact_page)
        self.contact_scroll.setObjectName(u"contact_scroll")
        self.contact_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.contact_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.contact_scroll.setWidgetResizable(True)
        self.contact_content = QWidget()
        self.contact_content.setObjectName(u"contact_content")
        self.contact_grid = QGridLayout(self.contact_content)
        self.contact_grid.setObjectName(u"contact_grid")
        self.identity_group = QGroupBox(self.contact_content)
        self.identity_group.setObjectName(u"identity_group")
        self.identity_form = QFormLayout(self.identity_group)
        self.identity_form.setObjectName(u"identity_form")
        self.identity_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identity_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kind_label = QLabel(self.identity_group)
        self.kind_label.setObjectName(u"kind_label")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = ValueCombo(self.identity_group)
        self.kind.setObjectName(u"kind")

        self.identity_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.code_label = QLabel(self.identity_group)
        self.code_label.setObjectName(u"code_label")

        self.identity_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code = QLineEdit(self.identity_group)
        self.code.setObjectName(u"code")

        self.identity_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code)

        self.name_label = QLabel(self.identity_group)
        self.name_label.setObjectName(u"name_label")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(self.identity_group)
        self.name.setObjectName(u"name")

        self.identity_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.legal_form_label = QLabel(self.identity_group)
        self.legal_form_label.setObjectName(u"legal_form_label")

        self.identity_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.legal_form_label)

        self.legal_form = QComboBox(self.identity_group)
        self.legal_form.setObjectName(u"legal_form")
        self.legal_form.setEditable(True)

        self.identity_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.legal_form)


        self.contact_grid.addWidget(self.identity_group, 0, 0, 1, 1)

        self.person_group = QGroupBox(self.contact_content)
        self.person_group.setObjectName(u"person_group")
        self.person_form = QFormLayout(self.person_group)
        self.person_form.setObjectName(u"person_form")
        self.person_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.civility_label = QLabel(self.person_group)
        self.civility_label.setObjectName(u"civility_label")

        self.person_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.civility_label)

        self.civility = ValueCombo(self.person_group)
        self.civility.setObjectName(u"civility")

        self.person_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.civility)

        self.first_name_label = QLabel(self.person_group)
        self.first_name_label.setObjectName(u"first_name_label")

        self.person_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(self.person_group)
        self.first_name.setObjectName(u"first_name")

        self.person_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(self.person_group)
        self.last_name_label.setObjectName(u"last_name_label")

        self.person_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(self.person_group)
        self.last_name.setObjectName(u"last_name")

        self.person_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name)


        self.contact_grid.addWidget(self.person_group, 1, 0, 1, 1)

        self.contact_people_group = QGroupBox(self.contact_content)
        self.contact_people_group.setObjectName(u"contact_people_group")
        self.contact_people_layout = QVBoxLayout(self.contact_people_group)
        self.contact_people_layout.setObjectName(u"contact_people_layout")
        self.main_contact_summary = QLabel(self.contact_people_group)
        self.main_contact_summary.setObjectName(u"main_contact_summary")
        self.main_contact_summary.setWordWrap(True)
        self.main_contact_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contact_people_layout.addWidget(self.main_contact_summary)

        self.contact_people_buttons = QHBoxLayout()
        self.contact_people_buttons.setObjectName(u"contact_people_buttons")
        self.contact_people_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contact_people_buttons.addItem(self.contact_people_spacer)

        self.go_to_contacts_button = QPushButton(self.contact_people_group)
        self.go_to_contacts_button.setObjectName(u"go_to_contacts_button")

        self.contact_people_buttons.addWidget(self.go_to_contacts_button)


        self.contact_people_layout.addLayout(self.contact_people_buttons)


        self.contact_grid.addWidget(self.contact_people_group, 2, 0, 1, 1)

        self.contact_group = QGroupBox(self.contact_content)
        self.contact_group.setObjectName(u"contact_group")
        self.contact_form = QFormLayout(self.contact_group)
        self.contact_form.setObjectName(u"contact_form")
        self.contact_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.email_label = QLabel(self.contact_group)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(self.contact_group)
        self.email.setObjectName(u"email")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(self.contact_group)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(self.contact_group)
        self.phone.setObjectName(u"phone")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone)

        self.mobile_label = QLabel(self.contact_group)
        self.mobile_label.setObjectName(u"mobile_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile = QLineEdit(self.contact_group)
        self.mobile.setObjectName(u"mobile")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.website_label = QLabel(self.contact_group)
        self.website_label.setObjectName(u"website_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.website_label)

        self.website = QLineEdit(self.contact_group)
        self.website.setObjectName(u"website")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.website)

        self.language_label = QLabel(self.contact_group)
        self.language_label.setObjectName(u"language_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = ValueCombo(self.contact_group)
        self.language.setObjectName(u"language")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language)

        self.active_label = QLabel(self.contact_group)
        self.active_label.setObjectName(u"active_label")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.active_label)

        self.active = QCheckBox(self.contact_group)
        self.active.setObjectName(u"active")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.active)

        self.notes_label = QLabel(self.contact_group)
        self.notes_label.setObjectName(u"notes_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.contact_group)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.contact_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notes)


        self.contact_grid.addWidget(self.contact_group, 0, 1, 4, 1)

        self.contact_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contact_grid.addItem(self.contact_spacer, 3, 0, 1, 1)

        self.contact_grid.setColumnStretch(0, 1)
        self.contact_grid.setColumnStretch(1, 1)
        self.contact_scroll.setWidget(self.contact_content)

        self.contact_page_layout.addWidget(self.contact_scroll)

        self.customer_tabs.addTab(self.contact_page, "")
        self.logistics_page = QWidget()
        self.logistics_page.setObjectName(u"logistics_page")
        self.logistics_page_layout = QVBoxLayout(self.logistics_page)
        self.logistics_page_layout.setObjectName(u"logistics_page_layout")
        self.logistics_page_layout.setContentsMargins(0, 0, 0, 0)
        self.logistics_scroll = QScrollArea(self.logistics_page)
        self.logistics_scroll.setObjectName(u"logistics_scroll")
        self.logistics_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.logistics_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.logistics_scroll.setWidgetResizable(True)
        self.logistics_content = QWidget()
        self.logistics_content.setObjectName(u"logistics_content")
        self.logistics_grid = QGridLayout(self.logistics_content)
        self.logistics_grid.setObjectName(u"logistics_grid")
        self.delivery_group = QGroupBox(self.logistics_content)
        self.delivery_group.setObjectName(u"delivery_group")
        self.delivery_form = QFormLayout(self.delivery_group)
        self.delivery_form.setObjectName(u"delivery_form")
        self.delivery_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.delivery_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.default_carrier_label = QLabel(self.delivery_group)
        self.default_carrier_label.setObjectName(u"default_carrier_label")

        self.delivery_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.default_carrier_label)

        self.default_carrier = RefCombo(self.delivery_group)
        self.default_carrier.setObjectName(u"default_carrier")

        self.delivery_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.default_carrier)

        self.default_delivery_address_label = QLabel(self.delivery_group)
        self.default_delivery_address_label.setObjectName(u"default_delivery_address_label")

        self.delivery_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.default_delivery_address_label)

        self.default_delivery_address = ValueCombo(self.delivery_group)
        self.default_delivery_address.setObjectName(u"default_delivery_address")

        self.delivery_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.default_delivery_address)

        self.incoterm_label = QLabel(self.delivery_group)
        self.incoterm_label.setObjectName(u"incoterm_label")

        self.delivery_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.incoterm_label)

        self.incoterm = ValueCombo(self.delivery_group)
        self.incoterm.setObjectName(u"incoterm")

        self.delivery_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.incoterm)

        self.incoterm_place_label = QLabel(self.delivery_group)
        self.incoterm_place_label.setObjectName(u"incoterm_place_label")

        self.delivery_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.incoterm_place_label)

        self.incoterm_place = QLineEdit(self.delivery_group)
        self.incoterm_place.setObjectName(u"incoterm_place")

        self.delivery_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.incoterm_place)

        self.delivery_instructions_label = QLabel(self.delivery_group)
        self.delivery_instructions_label.setObjectName(u"delivery_instructions_label")

        self.delivery_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.delivery_instructions_label)

        self.delivery_instructions = QPlainTextEdit(self.delivery_group)
        self.delivery_instructions.setObjectName(u"delivery_instructions")
        self.delivery_instructions.setTabChangesFocus(True)

        self.delivery_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.delivery_instructions)


        self.logistics_grid.addWidget(self.delivery_group, 0, 0, 1, 1)

        self.amounts_group = QGroupBox(self.logistics_content)
        self.amounts_group.setObjectName(u"amounts_group")
        self.amounts_form = QFormLayout(self.amounts_group)
        self.amounts_form.setObjectName(u"amounts_form")
        self.amounts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.amounts_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.franco_threshold_label = QLabel(self.amounts_group)
        self.franco_threshold_label.setObjectName(u"franco_threshold_label")

        self.amounts_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.franco_threshold_label)

        self.franco_threshold = MoneyEdit(self.amounts_group)
        self.franco_threshold.setObjectName(u"franco_threshold")

        self.amounts_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.franco_threshold)

        self.franco_threshold_hint = HintLabel(self.amounts_group)
        self.franco_threshold_hint.setObjectName(u"franco_threshold_hint")

        self.amounts_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.franco_threshold_hint)

        self.minimum_order_amount_label = QLabel(self.amounts_group)
        self.minimum_order_amount_label.setObjectName(u"minimum_order_amount_label")

        self.amounts_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.minimum_order_amount_label)

        self.minimum_order_amount = MoneyEdit(self.amounts_group)
        self.minimum_order_amount.setObjectName(u"minimum_order_amount")

        self.amounts_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minimum_order_amount)


        self.logistics_grid.addWidget(self.amounts_group, 0, 1, 1, 1)

        self.logistics_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logistics_grid.addItem(self.logistics_spacer, 1, 0, 1, 1)

        self.logistics_grid.setColumnStretch(0, 1)
        self.logistics_grid.setColumnStretch(1, 1)
        self.logistics_scroll.setWidget(self.logistics_content)

        self.logistics_page_layout.addWidget(self.logistics_scroll)

        self.customer_tabs.addTab(self.logistics_page, "")
        self.accounting_page = QWidget()
        self.accounting_page.setObjectName(u"accounting_page")
        self.accounting_page_layout = QVBoxLayout(self.accounting_page)
        self.accounting_page_layout.setObjectName(u"accounting_page_layout")
        self.accounting_page_layout.setContentsMargins(0, 0, 0, 0)
        self.accounting_scroll = QScrollArea(self.accounting_page)
        self.accounting_scroll.setObjectName(u"accounting_scroll")
        self.accounting_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.accounting_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.accounting_scroll.setWidgetResizable(True)
        self.accounting_content = QWidget()
        self.accounting_content.setObjectName(u"accounting_content")
        self.accounting_grid = QGridLayout(self.accounting_content)
        self.accounting_grid.setObjectName(u"accounting_grid")
        self.identifiers_group = QGroupBox(self.accounting_content)
        self.identifiers_group.setObjectName(u"identifiers_group")
        self.identifiers_form = QFormLayout(self.identifiers_group)
        self.identifiers_form.setObjectName(u"identifiers_form")
        self.identifiers_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identifiers_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.siren_label = QLabel(self.identifiers_group)
        self.siren_label.setObjectName(u"siren_label")

        self.identifiers_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siren_label)

        self.siren = QLineEdit(self.identifiers_group)
        self.siren.setObjectName(u"siren")

        self.identifiers_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siren)

        self.siret_label = QLabel(self.identifiers_group)
        self.siret_label.setObjectName(u"siret_label")

        self.identifiers_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siret_label)

        self.siret = QLineEdit(self.identifiers_group)
        self.siret.setObjectName(u"siret")

        self.identifiers_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siret)

        self.vat_number_label = QLabel(self.identifiers_group)
        self.vat_number_label.setObjectName(u"vat_number_label")

        self.identifiers_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.vat_number_label)

        self.vat_number_layout = QHBoxLayout()
        self.vat_number_layout.setObjectName(u"vat_number_layout")
        self.vat_number = QLineEdit(self.identifiers_group)
        self.vat_number.setObjectName(u"vat_number")

        self.vat_number_layout.addWidget(self.vat_number)

        self.compute_vat_button = QPushButton(self.identifiers_group)
        self.compute_vat_button.setObjectName(u"compute_vat_button")

        self.vat_number_layout.addWidget(self.compute_vat_button)

        self.vat_number_layout.setStretch(0, 1)

        self.identifiers_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.vat_number_layout)

        self.naf_code_label = QLabel(self.identifiers_group)
        self.naf_code_label.setObjectName(u"naf_code_label")

        self.identifiers_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.naf_code_label)

        self.naf_code = QLineEdit(self.identifiers_group)
        self.naf_code.setObjectName(u"naf_code")

        self.identifiers_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.naf_code)

        self.accounting_code_label = QLabel(self.identifiers_group)
        self.accounting_code_label.setObjectName(u"accounting_code_label")

        self.identifiers_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.accounting_code_label)

        self.accounting_code = QLineEdit(self.identifiers_group)
        self.accounting_code.setObjectName(u"accounting_code")

        self.identifiers_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.accounting_code)

        self.vat_regime_label = QLabel(self.identifiers_group)
        self.vat_regime_label.setObjectName(u"vat_regime_label")

        self.identifiers_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vat_regime_label)

        self.vat_regime = ValueCombo(self.identifiers_group)
        self.vat_regime.setObjectName(u"vat_regime")

        self.identifiers_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vat_regime)


        self.accounting_grid.addWidget(self.identifiers_group, 0, 0, 1, 1)

        self.bank_group = QGroupBox(self.accounting_content)
        self.bank_group.setObjectName(u"bank_group")
        self.bank_form = QFormLayout(self.bank_group)
        self.bank_form.setObjectName(u"bank_form")
        self.bank_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.bank_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.iban_label = QLabel(self.bank_group)
        self.iban_label.setObjectName(u"iban_label")

        self.bank_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.iban_label)

        self.iban = QLineEdit(self.bank_group)
        self.iban.setObjectName(u"iban")

        self.bank_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.iban)

        self.bic_label = QLabel(self.bank_group)
        self.bic_label.setObjectName(u"bic_label")

        self.bank_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bic_label)

        self.bic = QLineEdit(self.bank_group)
        self.bic.setObjectName(u"bic")

        self.bank_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bic)

        self.sepa_mandate_ref_label = QLabel(self.bank_group)
        self.sepa_mandate_ref_label.setObjectName(u"sepa_mandate_ref_label")

        self.bank_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sepa_mandate_ref_label)

        self.sepa_mandate_ref = QLineEdit(self.bank_group)
        self.sepa_mandate_ref.setObjectName(u"sepa_mandate_ref")

        self.bank_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sepa_mandate_ref)

        self.sepa_mandate_date_label = QLabel(self.bank_group)
        self.sepa_mandate_date_label.setObjectName(u"sepa_mandate_date_label")

        self.bank_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sepa_mandate_date_label)

        self.sepa_mandate_date = OptionalDateEdit(self.bank_group)
        self.sepa_mandate_date.setObjectName(u"sepa_mandate_date")

        self.bank_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sepa_mandate_date)


        self.accounting_grid.addWidget(self.bank_group, 1, 0, 1, 1)

        self.payment_group = QGroupBox(self.accounting_content)
        self.payment_group.setObjectName(u"payment_group")
        self.payment_form = QFormLayout(self.payment_group)
        self.payment_form.setObjectName(u"payment_form")
        self.payment_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.payment_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.preferred_payment_method_label = QLabel(self.payment_group)
        self.preferred_payment_method_label.setObjectName(u"preferred_payment_method_label")

        self.payment_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.preferred_payment_method_label)

        self.preferred_payment_method = RefCombo(self.payment_group)
        self.preferred_payment_method.setObjectName(u"preferred_payment_method")

        self.payment_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.preferred_payment_method)

        self.preferred_payment_method_hint = HintLabel(self.payment_group)
        self.preferred_payment_method_hint.setObjectName(u"preferred_payment_method_hint")

        self.payment_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.preferred_payment_method_hint)

        self.payment_terms_label = QLabel(self.payment_group)
        self.payment_terms_label.setObjectName(u"payment_terms_label")

        self.payment_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.payment_terms_label)

        self.payment_terms = RefCombo(self.payment_group)
        self.payment_terms.setObjectName(u"payment_terms")

        self.payment_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.payment_terms)

        self.currency_label = QLabel(self.payment_group)
        self.currency_label.setObjectName(u"currency_label")

        self.payment_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency = ValueCombo(self.payment_group)
        self.currency.setObjectName(u"currency")

        self.payment_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currency)

        self.credit_limit_label = QLabel(self.payment_group)
        self.credit_limit_label.setObjectName(u"credit_limit_label")

        self.payment_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.credit_limit_label)

        self.credit_limit = MoneyEdit(self.payment_group)
        self.credit_limit.setObjectName(u"credit_limit")

        self.payment_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.credit_limit)

        self.default_discount_label = QLabel(self.payment_group)
        self.default_discount_label.setObjectName(u"default_discount_label")

        self.payment_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.default_discount_label)

        self.default_discount = DecimalEdit(self.payment_group)
        self.default_discount.setObjectName(u"default_discount")

        self.payment_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.default_discount)


        self.accounting_grid.addWidget(self.payment_group, 0, 1, 2, 1)

        self.accounting_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.accounting_grid.addItem(self.accounting_spacer, 2, 0, 1, 1)

        self.accounting_grid.setColumnStretch(0, 1)
        self.accounting_grid.setColumnStretch(1, 1)
        self.accounting_scroll.setWidget(self.accounting_content)

        self.accounting_page_layout.addWidget(self.accounting_scroll)

        self.customer_tabs.addTab(self.accounting_page, "")
        self.addresses_page = QWidget()
        self.addresses_page.setObjectName(u"addresses_page")
        self.addresses_page_layout = QVBoxLayout(self.addresses_page)
        self.addresses_page_layout.setObjectName(u"addresses_page_layout")
        self.addresses_table = QTableView(self.addresses_page)
        self.addresses_table.setObjectName(u"addresses_table")
        self.addresses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.addresses_table.setAlternatingRowColors(True)
        self.addresses_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.addresses_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.addresses_table.setTabKeyNavigation(False)

        self.addresses_page_layout.addWidget(self.addresses_table)

        self.address_buttons_layout = QHBoxLayout()
        self.address_buttons_layout.setObjectName(u"address_buttons_layout")
        self.add_address_button = QPushButton(self.addresses_page)
        self.add_address_button.setObjectName(u"add_address_button")

        self.address_buttons_layout.addWidget(self.add_address_button)

        self.edit_address_button = QPushButton(self.addresses_page)
        self.edit_address_button.setObjectName(u"edit_address_button")

        self.address_buttons_layout.addWidget(self.edit_address_button)

        self.delete_address_button = QPushButton(self.addresses_page)
        self.delete_address_button.setObjectName(u"delete_address_button")

        self.address_buttons_layout.addWidget(self.delete_address_button)

        self.address_buttons_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.address_buttons_layout.addItem(self.address_buttons_spacer)

        self.default_billing_button = QPushButton(self.addresses_page)
        self.default_billing_button.setObjectName(u"default_billing_button")

        self.address_buttons_layout.addWidget(self.default_billing_button)

        self.default_delivery_button = QPushButton(self.addresses_page)
        self.default_delivery_button.setObjectName(u"default_delivery_button")

        self.address_buttons_layout.addWidget(self.default_delivery_button)


        self.addresses_page_layout.addLayout(self.address_buttons_layout)

        self.addresses_error = QLabel(self.addresses_page)
        self.addresses_error.setObjectName(u"addresses_error")
        self.addresses_error.setWordWrap(True)

        self.addresses_page_layout.addWidget(self.addresses_error)

        self.customer_tabs.addTab(self.addresses_page, "")
        self.orders_page = QWidget()
        self.orders_page.setObjectName(u"orders_page")
        self.orders_page_layout = QVBoxLayout(self.orders_page)
        self.orders_page_layout.setObjectName(u"orders_page_layout")
        self.orders_host = QWidget(self.orders_page)
        self.orders_host.setObjectName(u"orders_host")

        self.orders_page_layout.addWidget(self.orders_host)

        self.customer_tabs.addTab(self.orders_page, "")

        self.dialog_layout.addWidget(self.customer_tabs)

        self.button_box = QDialogButtonBox(customer_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind)
        self.code_label.setBuddy(self.code)
        self.name_label.setBuddy(self.name)
        self.legal_form_label.setBuddy(self.legal_form)
        self.civility_label.setBuddy(self.civility)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.mobile_label.setBuddy(self.mobile)
        self.website_label.setBuddy(self.website)
        self.language_label.setBuddy(self.language)
        self.active_label.setBuddy(self.active)
        self.notes_label.setBuddy(self.notes)
        self.default_carrier_label.setBuddy(self.default_carrier)
        self.default_delivery_address_label.setBuddy(self.default_delivery_address)
        self.incoterm_label.setBuddy(self.incoterm)
        self.incoterm_place_label.setBuddy(self.incoterm_place)
        self.delivery_instructions_label.setBuddy(self.delivery_instructions)
        self.franco_threshold_label.setBuddy(self.franco_threshold)
        self.minimum_order_amount_label.setBuddy(self.minimum_order_amount)
        self.siren_label.setBuddy(self.siren)
        self.siret_label.setBuddy(self.siret)
        self.vat_number_label.setBuddy(self.vat_number)
        self.naf_code_label.setBuddy(self.naf_code)
        self.accounting_code_label.setBuddy(self.accounting_code)
        self.vat_regime_label.setBuddy(self.vat_regime)
        self.iban_label.setBuddy(self.iban)
        self.bic_label.setBuddy(self.bic)
        self.sepa_mandate_ref_label.setBuddy(self.sepa_mandate_ref)
        self.sepa_mandate_date_label.setBuddy(self.sepa_mandate_date)
        self.preferred_payment_method_label.setBuddy(self.preferred_payment_method)
        self.payment_terms_label.setBuddy(self.payment_terms)
        self.currency_label.setBuddy(self.currency)
        self.credit_limit_label.setBuddy(self.credit_limit)
        self.default_discount_label.setBuddy(self.default_discount)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.customer_tabs, self.kind)
        QWidget.setTabOrder(self.kind, self.code)
        QWidget.setTabOrder(self.code, self.name)
        QWidget.setTabOrder(self.name, self.legal_form)
        QWidget.setTabOrder(self.legal_form, self.civility)
        QWidget.setTabOrder(self.civility, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.mobile)
        QWidget.setTabOrder(self.mobile, self.website)
        QWidget.setTabOrder(self.website, self.language)
        QWidget.setTabOrder(self.language, self.active)
        QWidget.setTabOrder(self.active, self.notes)
        QWidget.setTabOrder(self.notes, self.default_carrier)
        QWidget.setTabOrder(self.default_carrier, self.default_delivery_address)
        QWidget.setTabOrder(self.default_delivery_address, self.incoterm)
        QWidget.setTabOrder(self.incoterm, self.incoterm_place)
        QWidget.setTabOrder(self.incoterm_place, self.delivery_instructions)
        QWidget.setTabOrder(self.delivery_instructions, self.franco_threshold)
        QWidget.setTabOrder(self.franco_threshold, self.minimum_order_amount)
        QWidget.setTabOrder(self.minimum_order_amount, self.siren)
        QWidget.setTabOrder(self.siren, self.siret)
        QWidget.setTabOrder(self.siret, self.vat_number)
        QWidget.setTabOrder(self.vat_number, self.compute_vat_button)
        QWidget.setTabOrder(self.compute_vat_button, self.naf_code)
        QWidget.setTabOrder(self.naf_code, self.accounting_code)
        QWidget.setTabOrder(self.accounting_code, self.vat_regime)
        QWidget.setTabOrder(self.vat_regime, self.iban)
        QWidget.setTabOrder(self.iban, self.bic)
        QWidget.setTabOrder(self.bic, self.sepa_mandate_ref)
        QWidget.setTabOrder(self.sepa_mandate_ref, self.sepa_mandate_date)
        QWidget.setTabOrder(self.sepa_mandate_date, self.preferred_payment_method)
        QWidget.setTabOrder(self.preferred_payment_method, self.payment_terms)
        QWidget.setTabOrder(self.payment_terms, self.currency)
        QWidget.setTabOrder(self.currency, self.credit_limit)
        QWidget.setTabOrder(self.credit_limit, self.default_discount)
        QWidget.setTabOrder(self.default_discount, self.addresses_table)
        QWidget.setTabOrder(self.addresses_table, self.add_address_button)
        QWidget.setTabOrder(self.add_address_button, self.edit_address_button)
        QWidget.setTabOrder(self.edit_address_button, self.delete_address_button)
        QWidget.setTabOrder(self.delete_address_button, self.default_billing_button)
        QWidget.setTabOrder(self.default_billing_button, self.default_delivery_button)
        QWidget.setTabOrder(self.default_delivery_button, self.button_box)

        self.retranslateUi(customer_dialog)

        self.customer_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(customer_dialog)
    # setupUi

    def retranslateUi(self, customer_dialog):
        customer_dialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Customer", None))
        self.identity_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Identity", None))
        self.kind_label.setText(QCoreApplication.translate("CustomerDialog", u"Kind", None))
        self.code_label.setText(QCoreApplication.translate("CustomerDialog", u"Code", None))
        self.name_label.setText(QCoreApplication.translate("CustomerDialog", u"Company name", None))
        self.legal_form_label.setText(QCoreApplication.translate("CustomerDialog", u"Legal form", None))
        self.person_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Contact person", None))
        self.civility_label.setText(QCoreApplication.translate("CustomerDialog", u"Title", None))
        self.first_name_label.setText(QCoreApplication.translate("CustomerDialog", u"First name", None))
        self.last_name_label.setText(QCoreApplication.translate("CustomerDialog", u"Last name", None))
        self.contact_people_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Contact persons", None))
        self.go_to_contacts_button.setText(QCoreApplication.translate("CustomerDialog", u"Open the Contacts tab", None))
        self.contact_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Contact details", None))
        self.email_label.setText(QCoreApplication.translate("CustomerDialog", u"Email", None))
        self.phone_label.setText(QCoreApplication.translate("CustomerDialog", u"Phone", None))
        self.mobile_label.setText(QCoreApplication.translate("CustomerDialog", u"Mobile", None))
        self.website_label.setText(QCoreApplication.translate("CustomerDialog", u"Website", None))
        self.language_label.setText(QCoreApplication.translate("CustomerDialog", u"Language", None))
        self.active_label.setText(QCoreApplication.translate("CustomerDialog", u"Status", None))
        self.active.setText(QCoreApplication.translate("CustomerDialog", u"Active customer", None))
        self.notes_label.setText(QCoreApplication.translate("CustomerDialog", u"Notes", None))
        self.customer_tabs.setTabText(self.customer_tabs.indexOf(self.contact_page), QCoreApplication.translate("CustomerDialog", u"Contact", None))
        self.delivery_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Delivery", None))
        self.default_carrier_label.setText(QCoreApplication.translate("CustomerDialog", u"Default carrier", None))
        self.default_delivery_address_label.setText(QCoreApplication.translate("CustomerDialog", u"Default delivery address", None))
        self.incoterm_label.setText(QCoreApplication.translate("CustomerDialog", u"Incoterm", None))
        self.incoterm_place_label.setText(QCoreApplication.translate("CustomerDialog", u"Incoterm place", None))
        self.delivery_instructions_label.setText(QCoreApplication.translate("CustomerDialog", u"Delivery instructions", None))
        self.amounts_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Order amounts", None))
        self.franco_threshold_label.setText(QCoreApplication.translate("CustomerDialog", u"Carriage-paid threshold", None))
        self.franco_threshold_hint.setText(QCoreApplication.translate("CustomerDialog", u"Orders of at least this amount (excluding VAT) are delivered carriage paid.", None))
        self.minimum_order_amount_label.setText(QCoreApplication.translate("CustomerDialog", u"Minimum order", None))
        self.customer_tabs.setTabText(self.customer_tabs.indexOf(self.logistics_page), QCoreApplication.translate("CustomerDialog", u"Logistics", None))
        self.identifiers_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Identifiers", None))
        self.siren_label.setText(QCoreApplication.translate("CustomerDialog", u"SIREN", None))
        self.siret_label.setText(QCoreApplication.translate("CustomerDialog", u"SIRET", None))
        self.vat_number_label.setText(QCoreApplication.translate("CustomerDialog", u"VAT number", None))
        self.compute_vat_button.setText(QCoreApplication.translate("CustomerDialog", u"From the SIREN", None))
        self.naf_code_label.setText(QCoreApplication.translate("CustomerDialog", u"NAF/APE code", None))
        self.accounting_code_label.setText(QCoreApplication.translate("CustomerDialog", u"Accounting code", None))
        self.vat_regime_label.setText(QCoreApplication.translate("CustomerDialog", u"VAT regime", None))
        self.bank_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Bank and SEPA direct debit", None))
        self.iban_label.setText(QCoreApplication.translate("CustomerDialog", u"IBAN", None))
        self.bic_label.setText(QCoreApplication.translate("CustomerDialog", u"BIC", None))
        self.sepa_mandate_ref_label.setText(QCoreApplication.translate("CustomerDialog", u"SEPA mandate reference", None))
        self.sepa_mandate_date_label.setText(QCoreApplication.translate("CustomerDialog", u"Mandate signature date", None))
        self.payment_group.setTitle(QCoreApplication.translate("CustomerDialog", u"Payment", None))
        self.preferred_payment_method_label.setText(QCoreApplication.translate("CustomerDialog", u"Preferred payment method", None))
        self.preferred_payment_method_hint.setText(QCoreApplication.translate("CustomerDialog", u"Becomes the payment method of every new order for this customer.", None))
        self.payment_terms_label.setText(QCoreApplication.translate("CustomerDialog", u"Payment terms", None))
        self.currency_label.setText(QCoreApplication.translate("CustomerDialog", u"Currency", None))
        self.credit_limit_label.setText(QCoreApplication.translate("CustomerDialog", u"Credit limit", None))
        self.default_discount_label.setText(QCoreApplication.translate("CustomerDialog", u"Default discount", None))
        self.customer_tabs.setTabText(self.customer_tabs.indexOf(self.accounting_page), QCoreApplication.translate("CustomerDialog", u"Accounting", None))
        self.add_address_button.setText(QCoreApplication.translate("CustomerDialog", u"Add an address", None))
        self.edit_address_button.setText(QCoreApplication.translate("CustomerDialog", u"Edit", None))
        self.delete_address_button.setText(QCoreApplication.translate("CustomerDialog", u"Delete", None))
        self.default_billing_button.setText(QCoreApplication.translate("CustomerDialog", u"Default for billing", None))
        self.default_delivery_button.setText(QCoreApplication.translate("CustomerDialog", u"Default for delivery", None))
        self.customer_tabs.setTabText(self.customer_tabs.indexOf(self.addresses_page), QCoreApplication.translate("CustomerDialog", u"Addresses", None))
        self.customer_tabs.setTabText(self.customer_tabs.indexOf(self.orders_page), QCoreApplication.translate("CustomerDialog", u"Orders", None))
    # retranslateUi


# Generated from ui/order_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QToolBar,
    QToolButton, QVBoxLayout, QWidget)

from crmdesk.gui.common.modes import ModeBanner
from crmdesk.gui.common.screen import ElidedLabel

class Ui_OrderDialog(object):
    def setupUi(self, order_dialog):
        if not order_dialog.objectName():
            order_dialog.setObjectName(u"order_dialog")
        self.order_dialog_layout = QVBoxLayout(order_dialog)
        self.order_dialog_layout.setObjectName(u"order_dialog_layout")
        self.title_row = QHBoxLayout()
        self.title_row.setObjectName(u"title_row")
        self.order_title = ElidedLabel(order_dialog)
        self.order_title.setObjectName(u"order_title")

        self.title_row.addWidget(self.order_title)

        self.status = QLabel(order_dialog)
        self.status.setObjectName(u"status")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title_row.addWidget(self.status)

        self.title_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.title_row.addItem(self.title_space)

        self.print_order_button = QToolButton(order_dialog)
        self.print_order_button.setObjectName(u"print_order_button")

        self.title_row.addWidget(self.print_order_button)

        self.title_row.setStretch(2, 1)

        self.order_dialog_layout.addLayout(self.title_row)

        self.status_toolbar = QToolBar(order_dialog)
        self.status_toolbar.setObjectName(u"status_toolbar")

        self.order_dialog_layout.addWidget(self.status_toolbar)

        self.banner_row = QHBoxLayout()
        self.banner_row.setObjectName(u"banner_row")
        self.lock_banner = QLabel(order_dialog)
        self.lock_banner.setObjectName(u"lock_banner")
        self.lock_banner.setWordWrap(True)

        self.banner_row.addWidget(self.lock_banner)

        self.edit_button = QPushButton(order_dialog)
        self.edit_button.setObjectName(u"edit_button")

        self.banner_row.addWidget(self.edit_button)

        self.banner_row.setStretch(0, 1)

        self.order_dialog_layout.addLayout(self.banner_row)

        self.header_box = QGroupBox(order_dialog)
        self.header_box.setObjectName(u"header_box")
        self.header_grid = QGridLayout(self.header_box)
        self.header_grid.setObjectName(u"header_grid")
        self.header_grid.setHorizontalSpacing(24)
        self.header_left = QFormLayout()
        self.header_left.setObjectName(u"header_left")
        self.header_left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.number_label = QLabel(self.header_box)
        self.number_label.setObjectName(u"number_label")

        self.header_left.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number = QLineEdit(self.header_box)
        self.number.setObjectName(u"number")
        self.number.setReadOnly(True)

        self.header_left.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number)

        self.order_date_label = QLabel(self.header_box)
        self.order_date_label.setObjectName(u"order_date_label")

        self.header_left.setWidget(1, QFormLayout.ItemRole.LabelRole, self.order_date_label)

        self.order_date = QDateEdit(self.header_box)
        self.order_date.setObjectName(u"order_date")
        self.order_date.setCalendarPopup(True)

        self.header_left.setWidget(1, QFormLayout.ItemRole.FieldRole, self.order_date)

        self.customer_label = QLabel(self.header_box)
        self.customer_label.setObjectName(u"customer_label")

        self.header_left.setWidget(2, QFormLayout.ItemRole.LabelRole, self.customer_label)

        self.customer = QLineEdit(self.header_box)
        self.customer.setObjectName(u"customer")
        self.customer.setReadOnly(True)

        self.header_left.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customer)

        self.customer_reference_label = QLabel(self.header_box)
        self.customer_reference_label.setObjectName(u"customer_reference_label")

        self.header_left.setWidget(3, QFormLayout.ItemRole.LabelRole, self.customer_reference_label)

        self.customer_reference = QLineEdit(self.header_box)
        self.customer_reference.setObjectName(u"customer_reference")

        self.header_left.setWidget(3, QFormLayout.ItemRole.FieldRole, self.customer_reference)

        self.payment_method_label = QLabel(self.header_box)
        self.payment_method_label.setObjectName(u"payment_method_label")

        self.header_left.setWidget(4, QFormLayout.ItemRole.LabelRole, self.payment_method_label)

        self.payment_method = QComboBox(self.header_box)
        self.payment_method.setObjectName(u"payment_method")

        self.header_left.setWidget(4, QFormLayout.ItemRole.FieldRole, self.payment_method)

        self.payment_terms_label = QLabel(self.header_box)
        self.payment_terms_label.setObjectName(u"payment_terms_label")

        self.header_left.setWidget(5, QFormLayout.ItemRole.LabelRole, self.payment_terms_label)

        self.payment_terms = QComboBox(self.header_box)
        self.payment_terms.setObjectName(u"payment_terms")

        self.header_left.setWidget(5, QFormLayout.ItemRole.FieldRole, self.payment_terms)

        self.carrier_label = QLabel(self.header_box)
        self.carrier_label.setObjectName(u"carrier_label")

        self.header_left.setWidget(6, QFormLayout.ItemRole.LabelRole, self.carrier_label)

        self.carrier = QComboBox(self.header_box)
        self.carrier.setObjectName(u"carrier")

        self.header_left.setWidget(6, QFormLayout.ItemRole.FieldRole, self.carrier)


        self.header_grid.addLayout(self.header_left, 0, 0, 1, 1)

        self.header_right = QFormLayout()
        self.header_right.setObjectName(u"header_right")
        self.header_right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.billing_address_label = QLabel(self.header_box)
        self.billing_address_label.setObjectName(u"billing_address_label")

        self.header_right.setWidget(0, QFormLayout.ItemRole.LabelRole, self.billing_address_label)

        self.billing_address_box = QVBoxLayout()
        self.billing_address_box.setSpacing(2)
        self.billing_address_box.setObjectName(u"billing_address_box")
        self.billing_address = QComboBox(self.header_box)
        self.billing_address.setObjectName(u"billing_address")

        self.billing_address_box.addWidget(self.billing_address)

        self.billing_address_text = QLabel(self.header_box)
        self.billing_address_text.setObjectName(u"billing_address_text")

        self.billing_address_box.addWidget(self.billing_address_text)


        self.header_right.setLayout(0, QFormLayout.ItemRole.FieldRole, self.billing_address_box)

        self.delivery_address_label = QLabel(self.header_box)
        self.delivery_address_label.setObjectName(u"delivery_address_label")

        self.header_right.setWidget(1, QFormLayout.ItemRole.LabelRole, self.delivery_address_label)

        self.delivery_address_box = QVBoxLayout()
        self.delivery_address_box.setSpacing(2)
        self.delivery_address_box.setObjectName(u"delivery_address_box")
        self.delivery_address = QComboBox(self.header_box)
        self.delivery_address.setObjectName(u"delivery_address")

        self.delivery_address_box.addWidget(self.delivery_address)

        self.delivery_address_text = QLabel(self.header_box)
        self.delivery_address_text.setObjectName(u"delivery_address_text")

        self.delivery_address_box.addWidget(self.delivery_address_text)


        self.header_right.setLayout(1, QFormLayout.ItemRole.FieldRole, self.delivery_address_box)

        self.notes_label = QLabel(self.header_box)
        self.notes_label.setObjectName(u"notes_label")

        self.header_right.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.header_box)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)

        self.header_right.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notes)


        self.header_grid.addLayout(self.header_right, 0, 1, 1, 1)

        self.header_grid.setColumnStretch(0, 1)
        self.header_grid.setColumnStretch(1, 1)

        self.order_dialog_layout.addWidget(self.header_box)

        self.lines_bar = QHBoxLayout()
        self.lines_bar.setObjectName(u"lines_bar")
        self.lines_label = QLabel(order_dialog)
        self.lines_label.setObjectName(u"lines_label")

        self.lines_bar.addWidget(self.lines_label)

        self.lines_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_bar.addItem(self.lines_space)

        self.add_product_button = QToolButton(order_dialog)
        self.add_product_button.setObjectName(u"add_product_button")

        self.lines_bar.addWidget(self.add_product_button)

        self.add_free_line_button = QToolButton(order_dialog)
        self.add_free_line_button.setObjectName(u"add_free_line_button")

        self.lines_bar.addWidget(self.add_free_line_button)

        self.remove_line_button = QToolButton(order_dialog)
        self.remove_line_button.setObjectName(u"remove_line_button")

        self.lines_bar.addWidget(self.remove_line_button)

        self.lines_bar.setStretch(1, 1)

        self.order_dialog_layout.addLayout(self.lines_bar)

        self.order_lines = QTableView(order_dialog)
        self.order_lines.setObjectName(u"order_lines")
        self.order_lines.setAlternatingRowColors(True)

        self.order_dialog_layout.addWidget(self.order_lines)

        self.order_lines_error = QLabel(order_dialog)
        self.order_lines_error.setObjectName(u"order_lines_error")
        self.order_lines_error.setWordWrap(True)

        self.order_dialog_layout.addWidget(self.order_lines_error)

        self.totals_row = QHBoxLayout()
        self.totals_row.setObjectName(u"totals_row")
        self.saved_sign = ModeBanner(order_dialog)
        self.saved_sign.setObjectName(u"saved_sign")

        self.totals_row.addWidget(self.saved_sign, 0, Qt.AlignmentFlag.AlignBottom)

        self.totals_space = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totals_row.addItem(self.totals_space)

        self.totals_box = QFrame(order_dialog)
        self.totals_box.setObjectName(u"totals_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.totals_box.sizePolicy().hasHeightForWidth())
        self.totals_box.setSizePolicy(sizePolicy)
        self.totals_box.setMinimumSize(QSize(300, 0))
        self.totals_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.totals_form = QFormLayout(self.totals_box)
        self.totals_form.setObjectName(u"totals_form")
        self.totals_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_excl_tax_label = QLabel(self.totals_box)
        self.total_excl_tax_label.setObjectName(u"total_excl_tax_label")

        self.totals_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.total_excl_tax_label)

        self.total_excl_tax = QLabel(self.totals_box)
        self.total_excl_tax.setObjectName(u"total_excl_tax")

        self.totals_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.total_excl_tax)

        self.total_incl_tax_label = QLabel(self.totals_box)
        self.total_incl_tax_label.setObjectName(u"total_incl_tax_label")

        self.totals_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.total_incl_tax_label)

        self.total_incl_tax = QLabel(self.totals_box)
        self.total_incl_tax.setObjectName(u"total_incl_tax")

        self.totals_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.total_incl_tax)


        self.totals_row.addWidget(self.totals_box)

        self.totals_row.setStretch(0, 1)
        self.totals_row.setStretch(1, 1)

        self.order_dialog_layout.addLayout(self.totals_row)

        self.button_box = QDialogButtonBox(order_dialog)
        self.button_box.setObjectName(u"button_box")

        self.order_dialog_layout.addWidget(self.button_box)

        self.order_dialog_layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.number_label.setBuddy(self.number)
        self.order_date_label.setBuddy(self.order_date)
        self.customer_label.setBuddy(self.customer)
        self.customer_reference_label.setBuddy(self.customer_reference)
        self.payment_method_label.setBuddy(self.payment_method)
        self.payment_terms_label.setBuddy(self.payment_terms)
        self.carrier_label.setBuddy(self.carrier)
        self.billing_address_label.setBuddy(self.billing_address)
        self.delivery_address_label.setBuddy(self.delivery_address)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(order_dialog)

        QMetaObject.connectSlotsByName(order_dialog)
    # setupUi

    def retranslateUi(self, order_dialog):
        pass
    # retranslateUi


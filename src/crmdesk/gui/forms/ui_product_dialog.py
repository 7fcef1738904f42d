# Generated from ui/product_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'product_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, product_dialog):
        if not product_dialog.objectName():
            product_dialog.setObjectName(u"product_dialog")
        product_dialog.resize(500, 210)
        self.product_dialog_layout = QVBoxLayout(product_dialog)
        self.product_dialog_layout.setObjectName(u"product_dialog_layout")
        self.product_form = QFormLayout()
        self.product_form.setObjectName(u"product_form")
        self.reference_label = QLabel(product_dialog)
        self.reference_label.setObjectName(u"reference_label")

        self.product_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference = QLineEdit(product_dialog)
        self.reference.setObjectName(u"reference")

        self.product_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reference)

        self.name_label = QLabel(product_dialog)
        self.name_label.setObjectName(u"name_label")

        self.product_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name = QLineEdit(product_dialog)
        self.name.setObjectName(u"name")
        self.name.setMinimumSize(QSize(360, 0))

        self.product_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.ean_label = QLabel(product_dialog)
        self.ean_label.setObjectName(u"ean_label")

        self.product_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ean_label)

        self.ean = QLineEdit(product_dialog)
        self.ean.setObjectName(u"ean")
        self.ean.setMaxLength(13)

        self.product_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ean)

        self.unit_price_label = QLabel(product_dialog)
        self.unit_price_label.setObjectName(u"unit_price_label")

        self.product_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_price_label)

        self.unit_price = QLineEdit(product_dialog)
        self.unit_price.setObjectName(u"unit_price")
        self.unit_price.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.product_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_price)

        self.vat_rate_label = QLabel(product_dialog)
        self.vat_rate_label.setObjectName(u"vat_rate_label")

        self.product_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vat_rate_label)

        self.vat_rate = QComboBox(product_dialog)
        self.vat_rate.setObjectName(u"vat_rate")
        self.vat_rate.setEditable(True)

        self.product_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vat_rate)

        self.nature_label = QLabel(product_dialog)
        self.nature_label.setObjectName(u"nature_label")

        self.product_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nature_label)

        self.nature = QComboBox(product_dialog)
        self.nature.addItem("")
        self.nature.addItem("")
        self.nature.setObjectName(u"nature")

        self.product_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nature)


        self.product_dialog_layout.addLayout(self.product_form)

        self.error_label = QLabel(product_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.product_dialog_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(product_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.product_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reference_label.setBuddy(self.reference)
        self.name_label.setBuddy(self.name)
        self.ean_label.setBuddy(self.ean)
        self.unit_price_label.setBuddy(self.unit_price)
        self.vat_rate_label.setBuddy(self.vat_rate)
        self.nature_label.setBuddy(self.nature)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reference, self.name)
        QWidget.setTabOrder(self.name, self.ean)
        QWidget.setTabOrder(self.ean, self.unit_price)
        QWidget.setTabOrder(self.unit_price, self.vat_rate)
        QWidget.setTabOrder(self.vat_rate, self.nature)
        QWidget.setTabOrder(self.nature, self.button_box)

        self.retranslateUi(product_dialog)

        QMetaObject.connectSlotsByName(product_dialog)
    # setupUi

    def retranslateUi(self, product_dialog):
        product_dialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"New product", None))
        self.reference_label.setText(QCoreApplication.translate("ProductDialog", u"Reference", None))
        self.name_label.setText(QCoreApplication.translate("ProductDialog", u"Name", None))
        self.ean_label.setText(QCoreApplication.translate("ProductDialog", u"EAN barcode", None))
        self.ean.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"8 or 13 digits (optional)", None))
        self.unit_price_label.setText(QCoreApplication.translate("ProductDialog", u"Unit price excl. tax (\u20ac)", None))
        self.vat_rate_label.setText(QCoreApplication.translate("ProductDialog", u"VAT rate (%)", None))
        self.nature_label.setText(QCoreApplication.translate("ProductDialog", u"Nature", None))
        self.nature.setItemText(0, QCoreApplication.translate("ProductDialog", u"Goods", None))
        self.nature.setItemText(1, QCoreApplication.translate("ProductDialog", u"Service", None))

    # retranslateUi


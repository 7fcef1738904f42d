# Generated from ui/address_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'address_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from crmdesk.gui.common.widgets import (CountryCombo, ValueCombo)

class Ui_AddressDialog(object):
    def setupUi(self, address_dialog):
        if not address_dialog.objectName():
            address_dialog.setObjectName(u"address_dialog")
        address_dialog.resize(560, 520)
        self.address_dialog_layout = QVBoxLayout(address_dialog)
        self.address_dialog_layout.setObjectName(u"address_dialog_layout")
        self.address_form = QFormLayout()
        self.address_form.setObjectName(u"address_form")
        self.address_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.label_label = QLabel(address_dialog)
        self.label_label.setObjectName(u"label_label")

        self.address_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_label)

        self.label = QLineEdit(address_dialog)
        self.label.setObjectName(u"label")

        self.address_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.label)

        self.usage_label = QLabel(address_dialog)
        self.usage_label.setObjectName(u"usage_label")

        self.address_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usage_label)

        self.usage = ValueCombo(address_dialog)
        self.usage.setObjectName(u"usage")

        self.address_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usage)

        self.recipient_label = QLabel(address_dialog)
        self.recipient_label.setObjectName(u"recipient_label")

        self.address_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipient_label)

        self.recipient = QLineEdit(address_dialog)
        self.recipient.setObjectName(u"recipient")

        self.address_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.street_label = QLabel(address_dialog)
        self.street_label.setObjectName(u"street_label")

        self.address_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.street_label)

        self.street = QLineEdit(address_dialog)
        self.street.setObjectName(u"street")

        self.address_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.street)

        self.street2_label = QLabel(address_dialog)
        self.street2_label.setObjectName(u"street2_label")

        self.address_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.street2_label)

        self.street2 = QLineEdit(address_dialog)
        self.street2.setObjectName(u"street2")

        self.address_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.street2)

        self.street3_label = QLabel(address_dialog)
        self.street3_label.setObjectName(u"street3_label")

        self.address_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.street3_label)

        self.street3 = QLineEdit(address_dialog)
        self.street3.setObjectName(u"street3")

        self.address_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.street3)

        self.postal_code_label = QLabel(address_dialog)
        self.postal_code_label.setObjectName(u"postal_code_label")

        self.address_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.postal_code_label)

        self.postal_code = QLineEdit(address_dialog)
        self.postal_code.setObjectName(u"postal_code")

        self.address_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.postal_code)

        self.city_label = QLabel(address_dialog)
        self.city_label.setObjectName(u"city_label")

        self.address_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city = QLineEdit(address_dialog)
        self.city.setObjectName(u"city")

        self.address_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.city)

        self.country_label = QLabel(address_dialog)
        self.country_label.setObjectName(u"country_label")

        self.address_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country = CountryCombo(address_dialog)
        self.country.setObjectName(u"country")

        self.address_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.country)

        self.phone_label = QLabel(address_dialog)
        self.phone_label.setObjectName(u"phone_label")

        self.address_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(address_dialog)
        self.phone.setObjectName(u"phone")

        self.address_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.phone)

        self.instructions_label = QLabel(address_dialog)
        self.instructions_label.setObjectName(u"instructions_label")

        self.address_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.instructions_label)

        self.instructions = QPlainTextEdit(address_dialog)
        self.instructions.setObjectName(u"instructions")
        self.instructions.setTabChangesFocus(True)

        self.address_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.instructions)

        self.defaults_label = QLabel(address_dialog)
        self.defaults_label.setObjectName(u"defaults_label")

        self.address_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.defaults_label)

        self.defaults_layout = QVBoxLayout()
        self.defaults_layout.setObjectName(u"defaults_layout")
        self.is_default_billing = QCheckBox(address_dialog)
        self.is_default_billing.setObjectName(u"is_default_billing")

        self.defaults_layout.addWidget(self.is_default_billing)

        self.is_default_delivery = QCheckBox(address_dialog)
        self.is_default_delivery.setObjectName(u"is_default_delivery")

        self.defaults_layout.addWidget(self.is_default_delivery)


        self.address_form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.defaults_layout)


        self.address_dialog_layout.addLayout(self.address_form)

        self.button_box = QDialogButtonBox(address_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.address_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.label_label.setBuddy(self.label)
        self.usage_label.setBuddy(self.usage)
        self.recipient_label.setBuddy(self.recipient)
        self.street_label.setBuddy(self.street)
        self.street2_label.setBuddy(self.street2)
        self.street3_label.setBuddy(self.street3)
        self.postal_code_label.setBuddy(self.postal_code)
        self.city_label.setBuddy(self.city)
        self.country_label.setBuddy(self.country)
        self.phone_label.setBuddy(self.phone)
        self.instructions_label.setBuddy(self.instructions)
        self.defaults_label.setBuddy(self.is_default_billing)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.label, self.usage)
        QWidget.setTabOrder(self.usage, self.recipient)
        QWidget.setTabOrder(self.recipient, self.street)
        QWidget.setTabOrder(self.street, self.street2)
        QWidget.setTabOrder(self.street2, self.street3)
        QWidget.setTabOrder(self.street3, self.postal_code)
        QWidget.setTabOrder(self.postal_code, self.city)
        QWidget.setTabOrder(self.city, self.country)
        QWidget.setTabOrder(self.country, self.phone)
        QWidget.setTabOrder(self.phone, self.instructions)
        QWidget.setTabOrder(self.instructions, self.is_default_billing)
        QWidget.setTabOrder(self.is_default_billing, self.is_default_delivery)
        QWidget.setTabOrder(self.is_default_delivery, self.button_box)

        self.retranslateUi(address_dialog)

        QMetaObject.connectSlotsByName(address_dialog)
    # setupUi

    def retranslateUi(self, address_dialog):
        address_dialog.setWindowTitle(QCoreApplication.translate("AddressDialog", u"Address", None))
        self.label_label.setText(QCoreApplication.translate("AddressDialog", u"Label", None))
        self.usage_label.setText(QCoreApplication.translate("AddressDialog", u"Usage", None))
        self.recipient_label.setText(QCoreApplication.translate("AddressDialog", u"Recipient", None))
        self.street_label.setText(QCoreApplication.translate("AddressDialog", u"Street", None))
        self.street2_label.setText(QCoreApplication.translate("AddressDialog", u"Street (line 2)", None))
        self.street3_label.setText(QCoreApplication.translate("AddressDialog", u"Street (line 3)", None))
        self.postal_code_label.setText(QCoreApplication.translate("AddressDialog", u"Postal code", None))
        self.city_label.setText(QCoreApplication.translate("AddressDialog", u"City", None))
        self.country_label.setText(QCoreApplication.translate("AddressDialog", u"Country", None))
        self.phone_label.setText(QCoreApplication.translate("AddressDialog", u"Phone", None))
        self.instructions_label.setText(QCoreApplication.translate("AddressDialog", u"Instructions", None))
        self.defaults_label.setText(QCoreApplication.translate("AddressDialog", u"Default", None))
        self.is_default_billing.setText(QCoreApplication.translate("AddressDialog", u"Default billing address", None))
        self.is_default_delivery.setText(QCoreApplication.translate("AddressDialog", u"Default delivery address", None))
    # retranslateUi


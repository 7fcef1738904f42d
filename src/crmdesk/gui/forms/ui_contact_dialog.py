# Generated from ui/contact_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, contact_dialog):
        if not contact_dialog.objectName():
            contact_dialog.setObjectName(u"contact_dialog")
        contact_dialog.resize(440, 320)
        self.contact_dialog_layout = QVBoxLayout(contact_dialog)
        self.contact_dialog_layout.setObjectName(u"contact_dialog_layout")
        self.contact_form = QFormLayout()
        self.contact_form.setObjectName(u"contact_form")
        self.civility_label = QLabel(contact_dialog)
        self.civility_label.setObjectName(u"civility_label")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.civility_label)

        self.civility = QComboBox(contact_dialog)
        self.civility.setObjectName(u"civility")

        self.contact_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.civility)

        self.first_name_label = QLabel(contact_dialog)
        self.first_name_label.setObjectName(u"first_name_label")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_name_label)

        self.first_name = QLineEdit(contact_dialog)
        self.first_name.setObjectName(u"first_name")

        self.contact_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_name)

        self.last_name_label = QLabel(contact_dialog)
        self.last_name_label.setObjectName(u"last_name_label")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.last_name_label)

        self.last_name = QLineEdit(contact_dialog)
        self.last_name.setObjectName(u"last_name")

        self.contact_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.last_name)

        self.job_title_label = QLabel(contact_dialog)
        self.job_title_label.setObjectName(u"job_title_label")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.job_title_label)

        self.job_title = QLineEdit(contact_dialog)
        self.job_title.setObjectName(u"job_title")

        self.contact_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.job_title)

        self.role_label = QLabel(contact_dialog)
        self.role_label.setObjectName(u"role_label")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role = QComboBox(contact_dialog)
        self.role.setObjectName(u"role")

        self.contact_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.role)

        self.email_label = QLabel(contact_dialog)
        self.email_label.setObjectName(u"email_label")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email = QLineEdit(contact_dialog)
        self.email.setObjectName(u"email")

        self.contact_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email)

        self.phone_label = QLabel(contact_dialog)
        self.phone_label.setObjectName(u"phone_label")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone = QLineEdit(contact_dialog)
        self.phone.setObjectName(u"phone")

        self.contact_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.mobile_label = QLabel(contact_dialog)
        self.mobile_label.setObjectName(u"mobile_label")

        self.contact_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.mobile_label)

        self.mobile = QLineEdit(contact_dialog)
        self.mobile.setObjectName(u"mobile")

        self.contact_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.language_label = QLabel(contact_dialog)
        self.language_label.setObjectName(u"language_label")

        self.contact_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(contact_dialog)
        self.language.setObjectName(u"language")

        self.contact_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.language)

        self.is_main_label = QLabel(contact_dialog)
        self.is_main_label.setObjectName(u"is_main_label")

        self.contact_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.is_main_label)

        self.is_main = QCheckBox(contact_dialog)
        self.is_main.setObjectName(u"is_main")

        self.contact_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.is_main)


        self.contact_dialog_layout.addLayout(self.contact_form)

        self.button_box = QDialogButtonBox(contact_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.contact_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.civility_label.setBuddy(self.civility)
        self.first_name_label.setBuddy(self.first_name)
        self.last_name_label.setBuddy(self.last_name)
        self.job_title_label.setBuddy(self.job_title)
        self.role_label.setBuddy(self.role)
        self.email_label.setBuddy(self.email)
        self.phone_label.setBuddy(self.phone)
        self.mobile_label.setBuddy(self.mobile)
        self.language_label.setBuddy(self.language)
        self.is_main_label.setBuddy(self.is_main)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.civility, self.first_name)
        QWidget.setTabOrder(self.first_name, self.last_name)
        QWidget.setTabOrder(self.last_name, self.job_title)
        QWidget.setTabOrder(self.job_title, self.role)
        QWidget.setTabOrder(self.role, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.mobile)
        QWidget.setTabOrder(self.mobile, self.language)
        QWidget.setTabOrder(self.language, self.is_main)
        QWidget.setTabOrder(self.is_main, self.button_box)

        self.retranslateUi(contact_dialog)

        QMetaObject.connectSlotsByName(contact_dialog)
    # setupUi

    def retranslateUi(self, contact_dialog):
        contact_dialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact", None))
        self.civility_label.setText(QCoreApplication.translate("ContactDialog", u"Civility", None))
        self.first_name_label.setText(QCoreApplication.translate("ContactDialog", u"First name", None))
        self.last_name_label.setText(QCoreApplication.translate("ContactDialog", u"Last name", None))
        self.job_title_label.setText(QCoreApplication.translate("ContactDialog", u"Job title", None))
        self.role_label.setText(QCoreApplication.translate("ContactDialog", u"Role", None))
        self.email_label.setText(QCoreApplication.translate("ContactDialog", u"Email", None))
        self.phone_label.setText(QCoreApplication.translate("ContactDialog", u"Phone", None))
        self.mobile_label.setText(QCoreApplication.translate("ContactDialog", u"Mobile", None))
        self.language_label.setText(QCoreApplication.translate("ContactDialog", u"Language", None))
        self.is_main_label.setText(QCoreApplication.translate("ContactDialog", u"Main contact", None))
        self.is_main.setText(QCoreApplication.translate("ContactDialog", u"The one to call first", None))
    # retranslateUi


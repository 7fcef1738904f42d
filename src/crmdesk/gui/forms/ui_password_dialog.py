# Generated from ui/password_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, password_dialog):
        if not password_dialog.objectName():
            password_dialog.setObjectName(u"password_dialog")
        password_dialog.resize(460, 190)
        password_dialog.setMinimumSize(QSize(460, 0))
        self.password_dialog_layout = QVBoxLayout(password_dialog)
        self.password_dialog_layout.setObjectName(u"password_dialog_layout")
        self.intro = QLabel(password_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.password_dialog_layout.addWidget(self.intro)

        self.password_form = QFormLayout()
        self.password_form.setObjectName(u"password_form")
        self.password_label = QLabel(password_dialog)
        self.password_label.setObjectName(u"password_label")

        self.password_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(password_dialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.remember_password = QCheckBox(password_dialog)
        self.remember_password.setObjectName(u"remember_password")

        self.password_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remember_password)

        self.no_keychain = QLabel(password_dialog)
        self.no_keychain.setObjectName(u"no_keychain")
        self.no_keychain.setWordWrap(True)

        self.password_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.no_keychain)


        self.password_dialog_layout.addLayout(self.password_form)

        self.button_box = QDialogButtonBox(password_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.password_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password_edit, self.remember_password)
        QWidget.setTabOrder(self.remember_password, self.button_box)

        self.retranslateUi(password_dialog)

        QMetaObject.connectSlotsByName(password_dialog)
    # setupUi

    def retranslateUi(self, password_dialog):
        password_dialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"crmdesk \u2014 Password", None))
        self.password_label.setText(QCoreApplication.translate("PasswordDialog", u"&Password:", None))
        self.remember_password.setText(QCoreApplication.translate("PasswordDialog", u"&Remember it in this computer's keychain", None))
        self.no_keychain.setText(QCoreApplication.translate("PasswordDialog", u"No system keychain is available on this computer, so the password cannot be remembered (crmdesk never writes it to a file): it will be asked at each start.", None))
    # retranslateUi


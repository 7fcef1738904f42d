# Generated from ui/settings_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QListWidget, QListWidgetItem, QSizePolicy,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, settings_dialog):
        if not settings_dialog.objectName():
            settings_dialog.setObjectName(u"settings_dialog")
        self.settings_dialog_layout = QVBoxLayout(settings_dialog)
        self.settings_dialog_layout.setObjectName(u"settings_dialog_layout")
        self.settings_body = QHBoxLayout()
        self.settings_body.setObjectName(u"settings_body")
        self.settings_pages = QListWidget(settings_dialog)
        self.settings_pages.setObjectName(u"settings_pages")
        self.settings_pages.setMaximumSize(QSize(180, 16777215))

        self.settings_body.addWidget(self.settings_pages)

        self.settings_stack = QStackedWidget(settings_dialog)
        self.settings_stack.setObjectName(u"settings_stack")

        self.settings_body.addWidget(self.settings_stack)

        self.settings_body.setStretch(1, 1)

        self.settings_dialog_layout.addLayout(self.settings_body)

        self.button_box = QDialogButtonBox(settings_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.settings_dialog_layout.addWidget(self.button_box)

        self.settings_dialog_layout.setStretch(0, 1)
        QWidget.setTabOrder(self.settings_pages, self.button_box)

        self.retranslateUi(settings_dialog)

        QMetaObject.connectSlotsByName(settings_dialog)
    # setupUi

    def retranslateUi(self, settings_dialog):
        settings_dialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
    # retranslateUi


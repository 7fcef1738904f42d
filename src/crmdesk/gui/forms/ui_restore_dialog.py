# Generated from ui/restore_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, restore_dialog):
        if not restore_dialog.objectName():
            restore_dialog.setObjectName(u"restore_dialog")
        restore_dialog.resize(620, 280)
        self.restore_layout = QVBoxLayout(restore_dialog)
        self.restore_layout.setObjectName(u"restore_layout")
        self.restore_form = QFormLayout()
        self.restore_form.setObjectName(u"restore_form")
        self.file_label = QLabel(restore_dialog)
        self.file_label.setObjectName(u"file_label")

        self.restore_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.restore_file = QLineEdit(restore_dialog)
        self.restore_file.setObjectName(u"restore_file")

        self.file_row.addWidget(self.restore_file)

        self.browse_button = QPushButton(restore_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.restore_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row)


        self.restore_layout.addLayout(self.restore_form)

        self.restore_info = QLabel(restore_dialog)
        self.restore_info.setObjectName(u"restore_info")
        self.restore_info.setWordWrap(True)

        self.restore_layout.addWidget(self.restore_info)

        self.restore_confirm = QCheckBox(restore_dialog)
        self.restore_confirm.setObjectName(u"restore_confirm")

        self.restore_layout.addWidget(self.restore_confirm)

        self.restore_status = QLabel(restore_dialog)
        self.restore_status.setObjectName(u"restore_status")
        self.restore_status.setWordWrap(True)

        self.restore_layout.addWidget(self.restore_status)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.restore_layout.addItem(self.bottom_spacer)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.restore_button = QPushButton(restore_dialog)
        self.restore_button.setObjectName(u"restore_button")

        self.buttons_row.addWidget(self.restore_button)

        self.close_button = QPushButton(restore_dialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_row.addWidget(self.close_button)


        self.restore_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.restore_file)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.restore_file, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.restore_confirm)
        QWidget.setTabOrder(self.restore_confirm, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.close_button)

        self.retranslateUi(restore_dialog)

        QMetaObject.connectSlotsByName(restore_dialog)
    # setupUi

    def retranslateUi(self, restore_dialog):
        restore_dialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore the database", None))
        self.file_label.setText(QCoreApplication.translate("RestoreDialog", u"&Backup file:", None))
        self.browse_button.setText(QCoreApplication.translate("RestoreDialog", u"&Browse\u2026", None))
        self.restore_confirm.setText(QCoreApplication.translate("RestoreDialog", u"&Replace the current database by this backup (a copy of the current one is kept)", None))
        self.restore_button.setText(QCoreApplication.translate("RestoreDialog", u"&Restore", None))
        self.close_button.setText(QCoreApplication.translate("RestoreDialog", u"Close", None))
    # retranslateUi


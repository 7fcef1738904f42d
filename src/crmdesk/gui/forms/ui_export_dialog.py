# Generated from ui/export_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QButtonGroup, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, export_dialog):
        if not export_dialog.objectName():
            export_dialog.setObjectName(u"export_dialog")
        export_dialog.resize(620, 300)
        self.export_layout = QVBoxLayout(export_dialog)
        self.export_layout.setObjectName(u"export_layout")
        self.export_form = QFormLayout()
        self.export_form.setObjectName(u"export_form")
        self.what_label = QLabel(export_dialog)
        self.what_label.setObjectName(u"what_label")

        self.export_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.what_label)

        self.export_what = QComboBox(export_dialog)
        self.export_what.setObjectName(u"export_what")

        self.export_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.export_what)

        self.scope_label = QLabel(export_dialog)
        self.scope_label.setObjectName(u"scope_label")

        self.export_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scope_label)

        self.export_as_shown = QRadioButton(export_dialog)
        self.scope_group = QButtonGroup(export_dialog)
        self.scope_group.setObjectName(u"scope_group")
        self.scope_group.addButton(self.export_as_shown)
        self.export_as_shown.setObjectName(u"export_as_shown")
        self.export_as_shown.setChecked(True)

        self.export_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.export_as_shown)

        self.export_all_columns = QRadioButton(export_dialog)
        self.scope_group.addButton(self.export_all_columns)
        self.export_all_columns.setObjectName(u"export_all_columns")

        self.export_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.export_all_columns)

        self.format_label = QLabel(export_dialog)
        self.format_label.setObjectName(u"format_label")

        self.export_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.export_format = QComboBox(export_dialog)
        self.export_format.setObjectName(u"export_format")

        self.export_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.export_format)

        self.file_label = QLabel(export_dialog)
        self.file_label.setObjectName(u"file_label")

        self.export_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.export_file = QLineEdit(export_dialog)
        self.export_file.setObjectName(u"export_file")

        self.file_row.addWidget(self.export_file)

        self.browse_button = QPushButton(export_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.export_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.file_row)


        self.export_layout.addLayout(self.export_form)

        self.export_progress = QProgressBar(export_dialog)
        self.export_progress.setObjectName(u"export_progress")
        self.export_progress.setMaximum(1)
        self.export_progress.setValue(0)

        self.export_layout.addWidget(self.export_progress)

        self.export_status = QLabel(export_dialog)
        self.export_status.setObjectName(u"export_status")
        self.export_status.setWordWrap(True)

        self.export_layout.addWidget(self.export_status)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.export_layout.addItem(self.bottom_spacer)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.export_button = QPushButton(export_dialog)
        self.export_button.setObjectName(u"export_button")

        self.buttons_row.addWidget(self.export_button)

        self.cancel_button = QPushButton(export_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_row.addWidget(self.cancel_button)


        self.export_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.what_label.setBuddy(self.export_what)
        self.format_label.setBuddy(self.export_format)
        self.file_label.setBuddy(self.export_file)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.export_what, self.export_as_shown)
        QWidget.setTabOrder(self.export_as_shown, self.export_all_columns)
        QWidget.setTabOrder(self.export_all_columns, self.export_format)
        QWidget.setTabOrder(self.export_format, self.export_file)
        QWidget.setTabOrder(self.export_file, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.export_button)
        QWidget.setTabOrder(self.export_button, self.cancel_button)

        self.retranslateUi(export_dialog)

        self.export_button.setDefault(True)


        QMetaObject.connectSlotsByName(export_dialog)
    # setupUi

    def retranslateUi(self, export_dialog):
        export_dialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.what_label.setText(QCoreApplication.translate("ExportDialog", u"&List:", None))
        self.scope_label.setText(QCoreApplication.translate("ExportDialog", u"Columns:", None))
        self.export_as_shown.setText(QCoreApplication.translate("ExportDialog", u"As &shown: search, filters, visible columns and sort of the list", None))
        self.export_all_columns.setText(QCoreApplication.translate("ExportDialog", u"&Every column (to import back or into another tool)", None))
        self.format_label.setText(QCoreApplication.translate("ExportDialog", u"&Format:", None))
        self.file_label.setText(QCoreApplication.translate("ExportDialog", u"F&ile:", None))
        self.browse_button.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
        self.cancel_button.setText(QCoreApplication.translate("ExportDialog", u"Cancel", None))
    # retranslateUi


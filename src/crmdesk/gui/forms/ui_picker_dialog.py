# Generated from ui/picker_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'picker_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_PickerDialog(object):
    def setupUi(self, picker_dialog):
        if not picker_dialog.objectName():
            picker_dialog.setObjectName(u"picker_dialog")
        picker_dialog.resize(760, 460)
        self.picker_layout = QVBoxLayout(picker_dialog)
        self.picker_layout.setObjectName(u"picker_layout")
        self.hint = QLabel(picker_dialog)
        self.hint.setObjectName(u"hint")
        self.hint.setText(u"Search:")
        self.hint.setWordWrap(True)

        self.picker_layout.addWidget(self.hint)

        self.search = QLineEdit(picker_dialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.picker_layout.addWidget(self.search)

        self.table = QTableView(picker_dialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)

        self.picker_layout.addWidget(self.table)

        self.bottom_row = QHBoxLayout()
        self.bottom_row.setObjectName(u"bottom_row")
        self.count_label = QLabel(picker_dialog)
        self.count_label.setObjectName(u"count_label")

        self.bottom_row.addWidget(self.count_label)

        self.button_box = QDialogButtonBox(picker_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottom_row.addWidget(self.button_box)


        self.picker_layout.addLayout(self.bottom_row)

#if QT_CONFIG(shortcut)
        self.hint.setBuddy(self.search)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.button_box)

        self.retranslateUi(picker_dialog)

        QMetaObject.connectSlotsByName(picker_dialog)
    # setupUi

    def retranslateUi(self, picker_dialog):
        pass
    # retranslateUi


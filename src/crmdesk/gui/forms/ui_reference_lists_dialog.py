# Generated from ui/reference_lists_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_lists_dialog.ui'
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
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

class Ui_ReferenceListsDialog(object):
    def setupUi(self, reference_lists_dialog):
        if not reference_lists_dialog.objectName():
            reference_lists_dialog.setObjectName(u"reference_lists_dialog")
        self.reference_lists_layout = QVBoxLayout(reference_lists_dialog)
        self.reference_lists_layout.setObjectName(u"reference_lists_layout")
        self.reference_tabs = QTabWidget(reference_lists_dialog)
        self.reference_tabs.setObjectName(u"reference_tabs")

        self.reference_lists_layout.addWidget(self.reference_tabs)

        self.button_box = QDialogButtonBox(reference_lists_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.reference_lists_layout.addWidget(self.button_box)

        self.reference_lists_layout.setStretch(0, 1)

        self.retranslateUi(reference_lists_dialog)

        QMetaObject.connectSlotsByName(reference_lists_dialog)
    # setupUi

    def retranslateUi(self, reference_lists_dialog):
        reference_lists_dialog.setWindowTitle(QCoreApplication.translate("ReferenceListsDialog", u"Reference lists", None))
    # retranslateUi


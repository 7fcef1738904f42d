# Generated from ui/order_history_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'order_history_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_OrderHistoryDialog(object):
    def setupUi(self, order_history_dialog):
        if not order_history_dialog.objectName():
            order_history_dialog.setObjectName(u"order_history_dialog")
        order_history_dialog.resize(1000, 420)
        self.order_history_layout = QVBoxLayout(order_history_dialog)
        self.order_history_layout.setObjectName(u"order_history_layout")
        self.button_box = QDialogButtonBox(order_history_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.order_history_layout.addWidget(self.button_box)


        self.retranslateUi(order_history_dialog)

        QMetaObject.connectSlotsByName(order_history_dialog)
    # setupUi

    def retranslateUi(self, order_history_dialog):
        pass
    # retranslateUi


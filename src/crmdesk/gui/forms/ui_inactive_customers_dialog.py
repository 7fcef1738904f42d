# Generated from ui/inactive_customers_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inactive_customers_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_InactiveCustomersDialog(object):
    def setupUi(self, inactive_customers_dialog):
        if not inactive_customers_dialog.objectName():
            inactive_customers_dialog.setObjectName(u"inactive_customers_dialog")
        inactive_customers_dialog.resize(760, 480)
        self.inactive_layout = QVBoxLayout(inactive_customers_dialog)
        self.inactive_layout.setObjectName(u"inactive_layout")
        self.intro = QLabel(inactive_customers_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.inactive_layout.addWidget(self.intro)

        self.inactive_customers_table = QTableWidget(inactive_customers_dialog)
        if (self.inactive_customers_table.columnCount() < 4):
            self.inactive_customers_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.inactive_customers_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.inactive_customers_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.inactive_customers_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.inactive_customers_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.inactive_customers_table.setObjectName(u"inactive_customers_table")
        self.inactive_customers_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inactive_customers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inactive_customers_table.horizontalHeader().setStretchLastSection(True)
        self.inactive_customers_table.verticalHeader().setVisible(False)

        self.inactive_layout.addWidget(self.inactive_customers_table)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.pseudonymise_button = QPushButton(inactive_customers_dialog)
        self.pseudonymise_button.setObjectName(u"pseudonymise_button")

        self.buttons_row.addWidget(self.pseudonymise_button)

        self.close_button = QPushButton(inactive_customers_dialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_row.addWidget(self.close_button)


        self.inactive_layout.addLayout(self.buttons_row)

        QWidget.setTabOrder(self.inactive_customers_table, self.pseudonymise_button)
        QWidget.setTabOrder(self.pseudonymise_button, self.close_button)

        self.retranslateUi(inactive_customers_dialog)

        QMetaObject.connectSlotsByName(inactive_customers_dialog)
    # setupUi

    def retranslateUi(self, inactive_customers_dialog):
        inactive_customers_dialog.setWindowTitle(QCoreApplication.translate("InactiveCustomersDialog", u"Customers inactive for more than 3 years", None))
        self.intro.setText(QCoreApplication.translate("InactiveCustomersDialog", u"The CNIL recommends keeping a customer's data no longer than 3 years after the last contact. Pseudonymising keeps the orders and their amounts (kept 10 years for accounting) and removes the personal data.", None))
        ___qtablewidgetitem = self.inactive_customers_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("InactiveCustomersDialog", u"Code", None))
        ___qtablewidgetitem1 = self.inactive_customers_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("InactiveCustomersDialog", u"Name", None))
        ___qtablewidgetitem2 = self.inactive_customers_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("InactiveCustomersDialog", u"Last order", None))
        ___qtablewidgetitem3 = self.inactive_customers_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("InactiveCustomersDialog", u"Orders", None))
        self.close_button.setText(QCoreApplication.translate("InactiveCustomersDialog", u"Close", None))
    # retranslateUi


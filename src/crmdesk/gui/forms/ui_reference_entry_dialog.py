# Generated from ui/reference_entry_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reference_entry_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLayout,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

from crmdesk.gui.common.widgets import HintLabel

class Ui_ReferenceEntryDialog(object):
    def setupUi(self, reference_entry_dialog):
        if not reference_entry_dialog.objectName():
            reference_entry_dialog.setObjectName(u"reference_entry_dialog")
        self.reference_entry_dialog_layout = QVBoxLayout(reference_entry_dialog)
        self.reference_entry_dialog_layout.setObjectName(u"reference_entry_dialog_layout")
        self.reference_entry_dialog_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.days_label = QLabel(reference_entry_dialog)
        self.days_label.setObjectName(u"days_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.days_label)

        self.days = QSpinBox(reference_entry_dialog)
        self.days.setObjectName(u"days")
        self.days.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.days)

        self.end_of_month = QCheckBox(reference_entry_dialog)
        self.end_of_month.setObjectName(u"end_of_month")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end_of_month)

        self.label_label = QLabel(reference_entry_dialog)
        self.label_label.setObjectName(u"label_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_label)

        self.label = QLineEdit(reference_entry_dialog)
        self.label.setObjectName(u"label")
        self.label.setMinimumSize(QSize(320, 0))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.label)

        self.label_en_label = QLabel(reference_entry_dialog)
        self.label_en_label.setObjectName(u"label_en_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_en_label)

        self.label_en = QLineEdit(reference_entry_dialog)
        self.label_en.setObjectName(u"label_en")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.label_en)


        self.reference_entry_dialog_layout.addLayout(self.form)

        self.legal_hint = HintLabel(reference_entry_dialog)
        self.legal_hint.setObjectName(u"legal_hint")

        self.reference_entry_dialog_layout.addWidget(self.legal_hint)

        self.error_label = QLabel(reference_entry_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.reference_entry_dialog_layout.addWidget(self.error_label)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reference_entry_dialog_layout.addItem(self.bottom_space)

        self.button_box = QDialogButtonBox(reference_entry_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.reference_entry_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.days_label.setBuddy(self.days)
        self.label_label.setBuddy(self.label)
        self.label_en_label.setBuddy(self.label_en)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.days, self.end_of_month)
        QWidget.setTabOrder(self.end_of_month, self.label)
        QWidget.setTabOrder(self.label, self.label_en)
        QWidget.setTabOrder(self.label_en, self.button_box)

        self.retranslateUi(reference_entry_dialog)

        QMetaObject.connectSlotsByName(reference_entry_dialog)
    # setupUi

    def retranslateUi(self, reference_entry_dialog):
        self.days_label.setText(QCoreApplication.translate("ReferenceEntryDialog", u"Days after invoice", None))
#if QT_CONFIG(tooltip)
        self.days.setToolTip(QCoreApplication.translate("ReferenceEntryDialog", u"0 for payment on receipt", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.end_of_month.setToolTip(QCoreApplication.translate("ReferenceEntryDialog", u"The payment is due on the last day of the month in which the days run out, e.g. 30 days end of month.", None))
#endif // QT_CONFIG(tooltip)
        self.end_of_month.setText(QCoreApplication.translate("ReferenceEntryDialog", u"End of month", None))
        self.label_label.setText(QCoreApplication.translate("ReferenceEntryDialog", u"Label (French)", None))
        self.label_en_label.setText(QCoreApplication.translate("ReferenceEntryDialog", u"Label (English)", None))
        self.label_en.setPlaceholderText(QCoreApplication.translate("ReferenceEntryDialog", u"Optional: the French label is used in English too", None))
        pass
    # retranslateUi


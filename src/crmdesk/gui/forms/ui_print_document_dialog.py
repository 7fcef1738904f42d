# Generated from ui/print_document_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PrintDocumentDialog(object):
    def setupUi(self, print_document_dialog):
        if not print_document_dialog.objectName():
            print_document_dialog.setObjectName(u"print_document_dialog")
        self.print_document_dialog_layout = QVBoxLayout(print_document_dialog)
        self.print_document_dialog_layout.setObjectName(u"print_document_dialog_layout")
        self.intro = QLabel(print_document_dialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.print_document_dialog_layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kind_label = QLabel(print_document_dialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.document_kind = QComboBox(print_document_dialog)
        self.document_kind.setObjectName(u"document_kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.document_kind)

        self.language_label = QLabel(print_document_dialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.document_language = QComboBox(print_document_dialog)
        self.document_language.setObjectName(u"document_language")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.document_language)

        self.files_label = QLabel(print_document_dialog)
        self.files_label.setObjectName(u"files_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.files_label)

        self.one_file = QRadioButton(print_document_dialog)
        self.one_file.setObjectName(u"one_file")
        self.one_file.setChecked(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.one_file)

        self.file_per_order = QRadioButton(print_document_dialog)
        self.file_per_order.setObjectName(u"file_per_order")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.file_per_order)


        self.print_document_dialog_layout.addLayout(self.form)

        self.print_status = QLabel(print_document_dialog)
        self.print_status.setObjectName(u"print_status")
        self.print_status.setWordWrap(True)

        self.print_document_dialog_layout.addWidget(self.print_status)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.print_document_dialog_layout.addItem(self.bottom_space)

        self.button_box = QDialogButtonBox(print_document_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.NoButton)

        self.print_document_dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.document_kind)
        self.language_label.setBuddy(self.document_language)
        self.files_label.setBuddy(self.one_file)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.document_kind, self.document_language)
        QWidget.setTabOrder(self.document_language, self.one_file)
        QWidget.setTabOrder(self.one_file, self.file_per_order)
        QWidget.setTabOrder(self.file_per_order, self.button_box)

        self.retranslateUi(print_document_dialog)

        QMetaObject.connectSlotsByName(print_document_dialog)
    # setupUi

    def retranslateUi(self, print_document_dialog):
        print_document_dialog.setWindowTitle(QCoreApplication.translate("PrintDocumentDialog", u"Print documents", None))
        self.kind_label.setText(QCoreApplication.translate("PrintDocumentDialog", u"Document", None))
        self.language_label.setText(QCoreApplication.translate("PrintDocumentDialog", u"Language", None))
        self.files_label.setText(QCoreApplication.translate("PrintDocumentDialog", u"PDF", None))
        self.one_file.setText(QCoreApplication.translate("PrintDocumentDialog", u"One PDF with every order", None))
        self.file_per_order.setText(QCoreApplication.translate("PrintDocumentDialog", u"One PDF file per order", None))
    # retranslateUi


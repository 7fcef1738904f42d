# Generated from ui/import_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QButtonGroup, QComboBox,
    QDialog, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, import_dialog):
        if not import_dialog.objectName():
            import_dialog.setObjectName(u"import_dialog")
        import_dialog.resize(900, 620)
        self.import_layout = QVBoxLayout(import_dialog)
        self.import_layout.setObjectName(u"import_layout")
        self.import_step = QLabel(import_dialog)
        self.import_step.setObjectName(u"import_step")
        font = QFont()
        font.setBold(True)
        self.import_step.setFont(font)

        self.import_layout.addWidget(self.import_step)

        self.import_pages = QStackedWidget(import_dialog)
        self.import_pages.setObjectName(u"import_pages")
        self.file_page = QWidget()
        self.file_page.setObjectName(u"file_page")
        self.file_page_layout = QVBoxLayout(self.file_page)
        self.file_page_layout.setObjectName(u"file_page_layout")
        self.file_form = QFormLayout()
        self.file_form.setObjectName(u"file_form")
        self.file_label = QLabel(self.file_page)
        self.file_label.setObjectName(u"file_label")

        self.file_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.import_file = QLineEdit(self.file_page)
        self.import_file.setObjectName(u"import_file")

        self.file_row.addWidget(self.import_file)

        self.browse_button = QPushButton(self.file_page)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.file_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row)

        self.kind_label = QLabel(self.file_page)
        self.kind_label.setObjectName(u"kind_label")

        self.file_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.import_format = QLabel(self.file_page)
        self.import_format.setObjectName(u"import_format")

        self.file_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.import_format)

        self.encoding_label = QLabel(self.file_page)
        self.encoding_label.setObjectName(u"encoding_label")

        self.file_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.encoding_label)

        self.import_encoding = QComboBox(self.file_page)
        self.import_encoding.setObjectName(u"import_encoding")

        self.file_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.import_encoding)

        self.separator_label = QLabel(self.file_page)
        self.separator_label.setObjectName(u"separator_label")

        self.file_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.separator_label)

        self.import_separator = QComboBox(self.file_page)
        self.import_separator.setObjectName(u"import_separator")

        self.file_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.import_separator)


        self.file_page_layout.addLayout(self.file_form)

        self.import_preview = QTableWidget(self.file_page)
        self.import_preview.setObjectName(u"import_preview")
        self.import_preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.import_preview.horizontalHeader().setStretchLastSection(True)
        self.import_preview.verticalHeader().setVisible(False)

        self.file_page_layout.addWidget(self.import_preview)

        self.file_page_layout.setStretch(1, 1)
        self.import_pages.addWidget(self.file_page)
        self.mapping_page = QWidget()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_page_layout = QVBoxLayout(self.mapping_page)
        self.mapping_page_layout.setObjectName(u"mapping_page_layout")
        self.mapping_tabs = QTabWidget(self.mapping_page)
        self.mapping_tabs.setObjectName(u"mapping_tabs")
        self.import_mapping = QTableWidget()
        if (self.import_mapping.columnCount() < 3):
            self.import_mapping.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.import_mapping.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.import_mapping.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.import_mapping.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.import_mapping.setObjectName(u"import_mapping")
        self.import_mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_mapping.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mapping_tabs.addTab(self.import_mapping, "")
        self.import_mapping.horizontalHeader().setStretchLastSection(True)
        self.import_mapping.verticalHeader().setVisible(False)
        self.import_stored_preview = QTableWidget()
        self.import_stored_preview.setObjectName(u"import_stored_preview")
        self.import_stored_preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_stored_preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mapping_tabs.addTab(self.import_stored_preview, "")
        self.import_stored_preview.horizontalHeader().setStretchLastSection(True)
        self.import_stored_preview.verticalHeader().setVisible(False)

        self.mapping_page_layout.addWidget(self.mapping_tabs)

        self.mapping_form = QFormLayout()
        self.mapping_form.setObjectName(u"mapping_form")
        self.key_label = QLabel(self.mapping_page)
        self.key_label.setObjectName(u"key_label")

        self.mapping_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.key_label)

        self.import_key = QComboBox(self.mapping_page)
        self.import_key.setObjectName(u"import_key")

        self.mapping_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.import_key)

        self.mode_all_or_nothing = QRadioButton(self.mapping_page)
        self.mode_group = QButtonGroup(import_dialog)
        self.mode_group.setObjectName(u"mode_group")
        self.mode_group.addButton(self.mode_all_or_nothing)
        self.mode_all_or_nothing.setObjectName(u"mode_all_or_nothing")
        self.mode_all_or_nothing.setChecked(True)

        self.mapping_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.mode_all_or_nothing)

        self.mode_valid_only = QRadioButton(self.mapping_page)
        self.mode_group.addButton(self.mode_valid_only)
        self.mode_valid_only.setObjectName(u"mode_valid_only")

        self.mapping_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.mode_valid_only)

        self.rejects_label = QLabel(self.mapping_page)
        self.rejects_label.setObjectName(u"rejects_label")

        self.mapping_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rejects_label)

        self.rejects_file = QLineEdit(self.mapping_page)
        self.rejects_file.setObjectName(u"rejects_file")
        self.rejects_file.setEnabled(False)

        self.mapping_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rejects_file)


        self.mapping_page_layout.addLayout(self.mapping_form)

        self.mapping_page_layout.setStretch(0, 1)
        self.import_pages.addWidget(self.mapping_page)
        self.check_page = QWidget()
        self.check_page.setObjectName(u"check_page")
        self.check_page_layout = QVBoxLayout(self.check_page)
        self.check_page_layout.setObjectName(u"check_page_layout")
        self.import_progress = QProgressBar(self.check_page)
        self.import_progress.setObjectName(u"import_progress")
        self.import_progress.setMaximum(1)
        self.import_progress.setValue(0)

        self.check_page_layout.addWidget(self.import_progress)

        self.import_summary = QLabel(self.check_page)
        self.import_summary.setObjectName(u"import_summary")
        self.import_summary.setWordWrap(True)

        self.check_page_layout.addWidget(self.import_summary)

        self.references_row = QHBoxLayout()
        self.references_row.setObjectName(u"references_row")
        self.unknown_references = QLabel(self.check_page)
        self.unknown_references.setObjectName(u"unknown_references")
        self.unknown_references.setWordWrap(True)

        self.references_row.addWidget(self.unknown_references)

        self.create_references_button = QPushButton(self.check_page)
        self.create_references_button.setObjectName(u"create_references_button")

        self.references_row.addWidget(self.create_references_button)

        self.references_row.setStretch(0, 1)

        self.check_page_layout.addLayout(self.references_row)

        self.import_result_tabs = QTabWidget(self.check_page)
        self.import_result_tabs.setObjectName(u"import_result_tabs")
        self.import_problems = QTableWidget()
        if (self.import_problems.columnCount() < 4):
            self.import_problems.setColumnCount(4)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.import_problems.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.import_problems.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.import_problems.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.import_problems.setHorizontalHeaderItem(3, __qtablewidgetitem6)
        self.import_problems.setObjectName(u"import_problems")
        self.import_problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.import_result_tabs.addTab(self.import_problems, "")
        self.import_problems.horizontalHeader().setStretchLastSection(True)
        self.import_problems.verticalHeader().setVisible(False)
        self.import_duplicates = QTableWidget()
        if (self.import_duplicates.columnCount() < 4):
            self.import_duplicates.setColumnCount(4)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.import_duplicates.setHorizontalHeaderItem(0, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.import_duplicates.setHorizontalHeaderItem(1, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.import_duplicates.setHorizontalHeaderItem(2, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.import_duplicates.setHorizontalHeaderItem(3, __qtablewidgetitem10)
        self.import_duplicates.setObjectName(u"import_duplicates")
        self.import_duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.import_duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.import_result_tabs.addTab(self.import_duplicates, "")
        self.import_duplicates.horizontalHeader().setStretchLastSection(True)
        self.import_duplicates.verticalHeader().setVisible(False)

        self.check_page_layout.addWidget(self.import_result_tabs)

        self.check_page_layout.setStretch(3, 1)
        self.import_pages.addWidget(self.check_page)

        self.import_layout.addWidget(self.import_pages)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.back_button = QPushButton(import_dialog)
        self.back_button.setObjectName(u"back_button")

        self.buttons_row.addWidget(self.back_button)

        self.next_button = QPushButton(import_dialog)
        self.next_button.setObjectName(u"next_button")

        self.buttons_row.addWidget(self.next_button)

        self.import_button = QPushButton(import_dialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_row.addWidget(self.import_button)

        self.cancel_button = QPushButton(import_dialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_row.addWidget(self.cancel_button)


        self.import_layout.addLayout(self.buttons_row)

        self.import_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.import_file)
        self.encoding_label.setBuddy(self.import_encoding)
        self.separator_label.setBuddy(self.import_separator)
        self.key_label.setBuddy(self.import_key)
        self.rejects_label.setBuddy(self.rejects_file)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.import_file, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.import_encoding)
        QWidget.setTabOrder(self.import_encoding, self.import_separator)
        QWidget.setTabOrder(self.import_separator, self.import_preview)
        QWidget.setTabOrder(self.import_preview, self.mapping_tabs)
        QWidget.setTabOrder(self.mapping_tabs, self.import_mapping)
        QWidget.setTabOrder(self.import_mapping, self.import_stored_preview)
        QWidget.setTabOrder(self.import_stored_preview, self.import_key)
        QWidget.setTabOrder(self.import_key, self.mode_all_or_nothing)
        QWidget.setTabOrder(self.mode_all_or_nothing, self.mode_valid_only)
        QWidget.setTabOrder(self.mode_valid_only, self.rejects_file)
        QWidget.setTabOrder(self.rejects_file, self.create_references_button)
        QWidget.setTabOrder(self.create_references_button, self.import_result_tabs)
        QWidget.setTabOrder(self.import_result_tabs, self.import_problems)
        QWidget.setTabOrder(self.import_problems, self.import_duplicates)
        QWidget.setTabOrder(self.import_duplicates, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.import_button)
        QWidget.setTabOrder(self.import_button, self.cancel_button)

        self.retranslateUi(import_dialog)

        self.next_button.setDefault(True)


        QMetaObject.connectSlotsByName(import_dialog)
    # setupUi

    def retranslateUi(self, import_dialog):
        import_dialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import customers", None))
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
        self.import_file.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"A CSV, XLSX or ODS file with the column names on its first line", None))
        self.browse_button.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
        self.kind_label.setText(QCoreApplication.translate("ImportDialog", u"Format:", None))
        self.encoding_label.setText(QCoreApplication.translate("ImportDialog", u"&Encoding:", None))
        self.separator_label.setText(QCoreApplication.translate("ImportDialog", u"&Separator:", None))
        ___qtablewidgetitem = self.import_mapping.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Column of the file", None))
        ___qtablewidgetitem1 = self.import_mapping.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Example", None))
        ___qtablewidgetitem2 = self.import_mapping.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportDialog", u"crmdesk field", None))
        self.mapping_tabs.setTabText(self.mapping_tabs.indexOf(self.import_mapping), QCoreApplication.translate("ImportDialog", u"Columns", None))
        self.mapping_tabs.setTabText(self.mapping_tabs.indexOf(self.import_stored_preview), QCoreApplication.translate("ImportDialog", u"Preview as stored", None))
        self.key_label.setText(QCoreApplication.translate("ImportDialog", u"&Recognise existing customers by:", None))
        self.mode_all_or_nothing.setText(QCoreApplication.translate("ImportDialog", u"&All or nothing: import only if every row is valid", None))
        self.mode_valid_only.setText(QCoreApplication.translate("ImportDialog", u"Import the &valid rows only, and write the rejected ones to a file:", None))
        self.rejects_label.setText(QCoreApplication.translate("ImportDialog", u"Rejected rows:", None))
        self.create_references_button.setText(QCoreApplication.translate("ImportDialog", u"&Create them", None))
        ___qtablewidgetitem3 = self.import_problems.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportDialog", u"Line", None))
        ___qtablewidgetitem4 = self.import_problems.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ImportDialog", u"Column", None))
        ___qtablewidgetitem5 = self.import_problems.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ImportDialog", u"Value", None))
        ___qtablewidgetitem6 = self.import_problems.horizontalHeaderItem(3)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ImportDialog", u"Problem", None))
        self.import_result_tabs.setTabText(self.import_result_tabs.indexOf(self.import_problems), QCoreApplication.translate("ImportDialog", u"Problems", None))
        ___qtablewidgetitem7 = self.import_duplicates.horizontalHeaderItem(0)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ImportDialog", u"Line", None))
        ___qtablewidgetitem8 = self.import_duplicates.horizontalHeaderItem(1)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ImportDialog", u"Same", None))
        ___qtablewidgetitem9 = self.import_duplicates.horizontalHeaderItem(2)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ImportDialog", u"Value", None))
        ___qtablewidgetitem10 = self.import_duplicates.horizontalHeaderItem(3)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ImportDialog", u"Existing customer", None))
        self.import_result_tabs.setTabText(self.import_result_tabs.indexOf(self.import_duplicates), QCoreApplication.translate("ImportDialog", u"Possible duplicates", None))
        self.back_button.setText(QCoreApplication.translate("ImportDialog", u"< &Back", None))
        self.next_button.setText(QCoreApplication.translate("ImportDialog", u"&Next >", None))
        self.import_button.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
        self.cancel_button.setText(QCoreApplication.translate("ImportDialog", u"Cancel", None))
    # retranslateUi


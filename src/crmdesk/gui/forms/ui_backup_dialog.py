# Generated from ui/backup_dialog.ui by tools/build_ui.py: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, backup_dialog):
        if not backup_dialog.objectName():
            backup_dialog.setObjectName(u"backup_dialog")
        backup_dialog.resize(620, 260)
        self.backup_layout = QVBoxLayout(backup_dialog)
        self.backup_layout.setObjectName(u"backup_layout")
        self.backup_form = QFormLayout()
        self.backup_form.setObjectName(u"backup_form")
        self.file_label = QLabel(backup_dialog)
        self.file_label.setObjectName(u"file_label")

        self.backup_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_row = QHBoxLayout()
        self.file_row.setObjectName(u"file_row")
        self.backup_file = QLineEdit(backup_dialog)
        self.backup_file.setObjectName(u"backup_file")

        self.file_row.addWidget(self.backup_file)

        self.browse_button = QPushButton(backup_dialog)
        self.browse_button.setObjectName(u"browse_button")

        self.file_row.addWidget(self.browse_button)


        self.backup_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_row)

        self.keep_label = QLabel(backup_dialog)
        self.keep_label.setObjectName(u"keep_label")

        self.backup_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keep_label)

        self.automatic_backups_kept = QSpinBox(backup_dialog)
        self.automatic_backups_kept.setObjectName(u"automatic_backups_kept")
        self.automatic_backups_kept.setMaximum(100)

        self.backup_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.automatic_backups_kept)

        self.automatic_backups_folder = QLabel(backup_dialog)
        self.automatic_backups_folder.setObjectName(u"automatic_backups_folder")
        self.automatic_backups_folder.setWordWrap(True)

        self.backup_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.automatic_backups_folder)


        self.backup_layout.addLayout(self.backup_form)

        self.backup_progress = QProgressBar(backup_dialog)
        self.backup_progress.setObjectName(u"backup_progress")
        self.backup_progress.setMaximum(1)
        self.backup_progress.setValue(0)

        self.backup_layout.addWidget(self.backup_progress)

        self.backup_status = QLabel(backup_dialog)
        self.backup_status.setObjectName(u"backup_status")
        self.backup_status.setWordWrap(True)

        self.backup_layout.addWidget(self.backup_status)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backup_layout.addItem(self.bottom_spacer)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.backup_button = QPushButton(backup_dialog)
        self.backup_button.setObjectName(u"backup_button")

        self.buttons_row.addWidget(self.backup_button)

        self.close_button = QPushButton(backup_dialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_row.addWidget(self.close_button)


        self.backup_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.backup_file)
        self.keep_label.setBuddy(self.automatic_backups_kept)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backup_file, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.automatic_backups_kept)
        QWidget.setTabOrder(self.automatic_backups_kept, self.backup_button)
        QWidget.setTabOrder(self.backup_button, self.close_button)

        self.retranslateUi(backup_dialog)

        self.backup_button.setDefault(True)


        QMetaObject.connectSlotsByName(backup_dialog)
    # setupUi

    def retranslateUi(self, backup_dialog):
        backup_dialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Back up the database", None))
        self.file_label.setText(QCoreApplication.translate("BackupDialog", u"&Back up to:", None))
        self.browse_button.setText(QCoreApplication.translate("BackupDialog", u"&Browse\u2026", None))
        self.keep_label.setText(QCoreApplication.translate("BackupDialog", u"Automatic backups &kept:", None))
        self.automatic_backups_kept.setSpecialValueText(QCoreApplication.translate("BackupDialog", u"none", None))
        self.backup_button.setText(QCoreApplication.translate("BackupDialog", u"Back &up", None))
        self.close_button.setText(QCoreApplication.translate("BackupDialog", u"Close", None))
    # retranslateUi


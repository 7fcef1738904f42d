"""Data in and out: import, export, backup and restore, GDPR (issue 11)."""

"""Persistence: mapped classes, database opening and migrations. No Qt."""

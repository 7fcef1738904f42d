"""Domain rules: statuses, money, field rules and validation. No Qt, no database."""

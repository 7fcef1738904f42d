"""crmdesk: customers and their orders, for office staff."""

__version__ = "0.1.0"

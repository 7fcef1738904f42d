"""The command line: `crmdesk` and its sub-commands."""

from crmdesk.cli.commands import main

__all__ = ["main"]

"""Entry script of the PyInstaller bundle: the `crmdesk` command."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # A windowed Windows/macOS bundle has no console: give print() and progress output somewhere to go.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")

    from crmdesk.cli.commands import main

    sys.exit(main())

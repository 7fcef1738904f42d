"""The generated forms, translations and resources match their sources (tools/build_ui.py --check)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_generated_files_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build_ui.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, (
        "generated files are stale or missing; run `python tools/build_ui.py` and commit the result\n"
        + result.stdout + result.stderr
    )

"""The layers import one way: domain and persistence never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "crmdesk"
QT_LAYER = {"gui", "app.py"}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_pyside6_only_in_the_qt_layer() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC)
        if rel.parts[0] in QT_LAYER:
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path)):
            offenders.append(str(rel))
    # The command line imports the GUI lazily, inside the function that starts it.
    cli = str(Path("cli") / "commands.py")
    assert offenders == [] or offenders == [cli] and "PySide6" not in _top_level_imports(SRC / cli)


def _top_level_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_domain_imports_neither_qt_nor_sqlalchemy() -> None:
    for path in (SRC / "domain").rglob("*.py"):
        roots = {name.split(".")[0] for name in _imports(path)}
        assert not roots & {"PySide6", "sqlalchemy", "alembic"}, path.name
        assert not any(name.startswith(("crmdesk.store", "crmdesk.services", "crmdesk.gui")) for name in
                       _imports(path)), path.name


def test_services_load_without_qt() -> None:
    """Importing the services (as the demo generator and scripts do) does not load PySide6."""
    code = ("import sys, crmdesk.services, crmdesk.demo.builder, crmdesk.cli.commands; "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


FEATURES = {"customers", "orders", "catalog", "reference", "connection"}


def test_gui_common_imports_no_feature_package() -> None:
    """gui/common is shared by every feature and knows none of them."""
    for path in (SRC / "gui" / "common").rglob("*.py"):
        bad = [name for name in _imports(path)
               if name.startswith("crmdesk.gui.") and name.split(".")[2] in FEATURES | {"main_window"}]
        assert bad == [], (path.name, bad)


def test_services_and_store_import_no_gui() -> None:
    for folder in ("services", "store", "demo"):
        for path in (SRC / folder).rglob("*.py"):
            bad = [name for name in _imports(path) if name.startswith("crmdesk.gui")]
            assert bad == [], (path.name, bad)


def test_gui_top_level_holds_only_the_shell() -> None:
    """Feature code lives in its folder: gui/ itself holds the application and main window only."""
    loose = sorted(p.name for p in (SRC / "gui").glob("*.py"))
    assert loose == ["__init__.py", "application.py", "main_window.py", "resources_rc.py"]

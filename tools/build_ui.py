"""Build crmdesk's generated files from their sources, deterministically.

    python tools/build_ui.py            # ui/*.ui -> forms, .ts -> .qm, crmdesk.qrc -> resources_rc.py
    python tools/build_ui.py --lupdate  # first refresh resources/translations/*.ts from the sources
    python tools/build_ui.py --check    # build into a temporary folder; exit 1 listing stale files

What it generates (commit the results):

- `ui/<name>.ui` -> `src/crmdesk/gui/forms/ui_<name>.py` (pyside6-uic)
- `resources/translations/crmdesk_<lang>.ts` -> `crmdesk_<lang>.qm` beside it (pyside6-lrelease)
- `resources/crmdesk.qrc` (icons, application icon, the .qm files) -> `src/crmdesk/gui/resources_rc.py`
  (pyside6-rcc)

`--lupdate` runs pyside6-lupdate with `-no-obsolete` over src/crmdesk/**/*.py (the generated forms
excepted: their strings come from the .ui files), src/crmdesk/app.py and ui/*.ui. It rewrites the .ts
sources, so it only runs when asked.

Output is byte-for-byte reproducible: the lines where the Qt tools name their own version are dropped,
rcc runs uncompressed and with resource format 1 (no file timestamps), newlines are always LF, and files
are only rewritten when their content changes. That is what lets tests/test_generated.py run `--check`.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
GUI_DIR = ROOT / "src" / "crmdesk" / "gui"
FORMS_DIR = GUI_DIR / "forms"
RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
QRC = RESOURCES / "crmdesk.qrc"
RESOURCES_PY = GUI_DIR / "resources_rc.py"

FORM_HEADER = "# Generated from ui/{name}.ui by tools/build_ui.py: do not edit.\n"
RC_HEADER = "# Generated from resources/crmdesk.qrc by tools/build_ui.py: do not edit.\n"
FORMS_INIT = '"""Python forms compiled from ui/*.ui by tools/build_ui.py: generated, do not edit."""\n'
GENERATED_MARK = "by tools/build_ui.py: do not edit."

# Lines where uic and rcc write their own version: dropped so that another patch release of PySide6
# does not make every generated file "stale".
_TOOL_VERSION_LINE = re.compile(r"^#+ *Created by: .*(version|object code).*\n", re.MULTILINE)
# uic writes `import crmdesk_rc` for a form that uses <include location="../resources/crmdesk.qrc"/>;
# the compiled resources live in crmdesk.gui.resources_rc.
_RC_IMPORT = re.compile(r"^import \w+_rc$", re.MULTILINE)


class BuildError(RuntimeError):
    pass


def find_tool(name: str) -> str:
    """A pyside6-* tool: next to the running interpreter first (a venv's bin/ or Scripts/), then PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Scripts" / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise BuildError(f"{name} not found next to {sys.executable} nor on PATH: install PySide6-Essentials")
    return found


def run(args: Sequence[str], *, quiet: bool = True) -> None:
    env = dict(os.environ, QT_RCC_SOURCE_DATE_OVERRIDE="0", SOURCE_DATE_EPOCH="0")
    result = subprocess.run(list(args), capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise BuildError(f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    if not quiet:
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)


def write_if_changed(path: Path, content: bytes) -> bool:
    if path.is_file() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def lf(text: str) -> str:
    return text.replace("\r\n", "\n")


def compile_form(ui: Path, scratch: Path) -> bytes:
    out = scratch / f"ui_{ui.stem}.py"
    run([find_tool("pyside6-uic"), "-g", "python", str(ui), "-o", str(out)])
    code = lf(out.read_text(encoding="utf-8"))
    code = _TOOL_VERSION_LINE.sub("", code)
    code = _RC_IMPORT.sub("from crmdesk.gui import resources_rc  # noqa: F401", code)
    return (FORM_HEADER.format(name=ui.stem) + code).encode("utf-8")


def release(ts: Path, qm: Path) -> None:
    run([find_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)])


def compile_resources(qrc: Path, scratch: Path) -> bytes:
    out = scratch / "resources_rc.py"
    run([find_tool("pyside6-rcc"), "-g", "python", "--no-compress", "--format-version", "1",
         str(qrc), "-o", str(out)])
    code = lf(out.read_text(encoding="utf-8"))
    code = _TOOL_VERSION_LINE.sub("", code)
    return (RC_HEADER + code).encode("utf-8")


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def ts_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("*.ts"))


def lupdate(ts: Sequence[Path] | None = None) -> None:
    # Every Python source: the widgets' tr() and the domain's translate() / QT_TRANSLATE_NOOP alike.
    sources = sorted(p for p in (ROOT / "src" / "crmdesk").rglob("*.py")
                     if FORMS_DIR not in p.parents and p != RESOURCES_PY and "__pycache__" not in p.parts)
    sources += ui_files()
    if not sources:
        print("lupdate: no sources yet")
        return
    with tempfile.TemporaryDirectory() as scratch:
        listing = Path(scratch) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in sources) + "\n", encoding="utf-8")
        run([find_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "relative", "-source-language", "en",
             f"@{listing}", "-ts", *map(str, ts if ts is not None else ts_files())], quiet=ts is not None)


def generate(scratch: Path) -> dict[Path, bytes]:
    """Everything this script generates, as {path relative to ROOT: content}, built in `scratch`.

    Builds the .qm files in a copy of resources/, so the real tree is not touched here.
    """
    outputs: dict[Path, bytes] = {}
    for ui in ui_files():
        outputs[FORMS_DIR.relative_to(ROOT) / f"ui_{ui.stem}.py"] = compile_form(ui, scratch)
    copy = scratch / "resources"
    shutil.copytree(RESOURCES, copy, ignore=shutil.ignore_patterns("*.qm"))
    for ts in ts_files():
        qm = copy / "translations" / f"{ts.stem}.qm"
        release(copy / "translations" / ts.name, qm)
        outputs[(TRANSLATIONS / qm.name).relative_to(ROOT)] = qm.read_bytes()
    if QRC.is_file():
        outputs[RESOURCES_PY.relative_to(ROOT)] = compile_resources(copy / QRC.name, scratch)
    return outputs


def orphan_forms(outputs: dict[Path, bytes]) -> list[Path]:
    """Generated forms whose .ui is gone."""
    orphans = []
    for path in sorted(FORMS_DIR.glob("ui_*.py")):
        if path.relative_to(ROOT) not in outputs and GENERATED_MARK in path.read_text(encoding="utf-8")[:200]:
            orphans.append(path)
    return orphans


def unlisted_resources() -> list[str]:
    """Icons and translations present in resources/ but missing from crmdesk.qrc."""
    if not QRC.is_file():
        return []
    listed = set(re.findall(r">([^<]+)</file>", QRC.read_text(encoding="utf-8")))
    present = {p.relative_to(RESOURCES).as_posix() for p in (RESOURCES / "icons").glob("*.svg")}
    present |= {f"translations/{ts.stem}.qm" for ts in ts_files()}
    return sorted(present - listed)


def build(*, verbose: bool) -> int:
    with tempfile.TemporaryDirectory(prefix="crmdesk-build-") as scratch:
        outputs = generate(Path(scratch))
    changed = 0
    for rel, content in outputs.items():
        if write_if_changed(ROOT / rel, content):
            changed += 1
            print(f"wrote {rel.as_posix()}")
        elif verbose:
            print(f"unchanged {rel.as_posix()}")
    forms_init = FORMS_DIR / "__init__.py"
    if not forms_init.exists():
        write_if_changed(forms_init, FORMS_INIT.encode())
        print("wrote src/crmdesk/gui/forms/__init__.py")
    for orphan in orphan_forms(outputs):
        orphan.unlink()
        print(f"removed {orphan.relative_to(ROOT).as_posix()} (its .ui is gone)")
    for missing in unlisted_resources():
        print(f"warning: resources/{missing} is not listed in resources/crmdesk.qrc", file=sys.stderr)
    print(f"{len(outputs)} generated files, {changed} updated")
    return 0


def check() -> int:
    """Exit status 1, listing them, when generated files differ from what their sources give now."""
    with tempfile.TemporaryDirectory(prefix="crmdesk-check-") as scratch:
        outputs = generate(Path(scratch))
    problems: list[str] = []
    for rel, content in outputs.items():
        current = ROOT / rel
        if not current.is_file():
            problems.append(f"missing: {rel.as_posix()}")
        elif current.read_bytes() != content:
            problems.append(f"stale: {rel.as_posix()}")
            if rel.suffix == ".py":
                diff = difflib.unified_diff(current.read_text(encoding="utf-8").splitlines(),
                                            content.decode("utf-8").splitlines(),
                                            "committed", "regenerated", lineterm="", n=1)
                problems.extend("    " + line for line in list(diff)[:20])
    if not (FORMS_DIR / "__init__.py").is_file():
        problems.append("missing: src/crmdesk/gui/forms/__init__.py")
    problems += [f"orphan: {p.relative_to(ROOT).as_posix()} (no ui/{p.stem[3:]}.ui)" for p in orphan_forms(outputs)]
    problems += [f"not in crmdesk.qrc: resources/{name}" for name in unlisted_resources()]
    if problems:
        print("Generated files are out of date; run: python tools/build_ui.py", file=sys.stderr)
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    print(f"{len(outputs)} generated files up to date")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="build into a temporary folder, list stale files")
    mode.add_argument("--lupdate", action="store_true", help="first refresh the .ts files from the sources")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    try:
        if args.check:
            return check()
        if args.lupdate:
            lupdate()
        return build(verbose=args.verbose)
    except BuildError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""Build the crmdesk desktop bundle for this platform: `python packaging/build.py`.

1. Creates a fresh virtual environment in build/bundle-venv holding only crmdesk's runtime dependencies and
   PyInstaller (`pip install ".[bundle]"`), and checks it has PySide6-Essentials, not the full PySide6.
2. Runs PyInstaller on packaging/crmdesk.spec: dist/crmdesk/ (one folder; on macOS also dist/crmdesk.app).
3. Linux: adds the .desktop file, its icon and install.sh to dist/crmdesk/ and packs
   dist/crmdesk-VERSION-linux-ARCH.tar.gz. Windows: dist/crmdesk-VERSION-windows-ARCH.zip. macOS:
   dist/crmdesk-VERSION-macos-ARCH.zip of the .app.

Options: --python PATH picks the interpreter the bundle is built with (default: the one running this
script); --reuse-venv keeps an existing build/bundle-venv (crmdesk itself is reinstalled); --no-archive.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
VENV = BUILD / "bundle-venv"
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "crmdesk.spec"
NAME = "crmdesk"


def step(message: str) -> None:
    print(f"\n==> {message}", flush=True)


def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(str(a) for a in args), flush=True)
    return subprocess.run([str(a) for a in args], check=True, text=True, **kwargs)  # type: ignore[call-overload]


def venv_python() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def make_venv(python: str, reuse: bool) -> Path:
    if VENV.exists() and not reuse:
        step(f"removing the old {VENV.relative_to(ROOT)}")
        shutil.rmtree(VENV)
    if not venv_python().exists():
        step(f"creating {VENV.relative_to(ROOT)} with {python}")
        run(python, "-m", "venv", VENV)
    py = venv_python()
    run(py, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    # setuptools builds in build/lib: a file deleted from src/ would otherwise linger in the wheel.
    for stale in (BUILD / "lib", *BUILD.glob("bdist.*")):
        shutil.rmtree(stale, ignore_errors=True)
    step("installing crmdesk and PyInstaller (runtime dependencies only)")
    run(py, "-m", "pip", "install", "--quiet", "--upgrade", "--force-reinstall", "--no-deps", str(ROOT))
    run(py, "-m", "pip", "install", "--quiet", f"{ROOT}[bundle]")
    installed = run(py, "-m", "pip", "list", "--format=freeze", capture_output=True).stdout
    names = {line.split("==")[0].lower().replace("_", "-") for line in installed.splitlines()}
    if "pyside6-essentials" not in names:
        sys.exit("PySide6-Essentials is missing from the bundle environment")
    if names & {"pyside6", "pyside6-addons"}:
        sys.exit("the full PySide6 (with PySide6-Addons) got into the bundle environment: "
                 "crmdesk needs PySide6-Essentials only")
    print(installed, end="")
    return py


def version(py: Path) -> str:
    return run(py, "-c", "import crmdesk; print(crmdesk.__version__)", capture_output=True).stdout.strip()


def check_generated(py: Path) -> None:
    """Warn (without stopping) when forms, translations or resources are older than their sources."""
    result = subprocess.run([str(py), str(ROOT / "tools" / "build_ui.py"), "--check"], text=True,
                            capture_output=True)
    if result.returncode != 0:
        print("warning: generated files are not up to date with their sources "
              "(run tools/build_ui.py):\n" + result.stderr, file=sys.stderr)


def pyinstaller(py: Path) -> None:
    step("PyInstaller")
    shutil.rmtree(DIST / NAME, ignore_errors=True)
    shutil.rmtree(DIST / f"{NAME}.app", ignore_errors=True)
    run(py, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", DIST, "--workpath", BUILD / "pyinstaller", SPEC, cwd=ROOT)


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def glibc_floor(folder: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any binary of the bundle asks for: the oldest glibc it runs on."""
    objdump = shutil.which("objdump")
    if objdump is None:
        return None
    newest: tuple[int, ...] = ()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and (".so" in path.name or path.name == NAME):
            symbols = subprocess.run([objdump, "-T", str(path)], capture_output=True, text=True).stdout
            for version in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", symbols):
                newest = max(newest, tuple(int(n) for n in version.split(".")))
    return ".".join(map(str, newest)) if newest else None


def linux_extras() -> None:
    bundle = DIST / NAME
    shutil.copyfile(ROOT / "packaging" / "linux" / "crmdesk.desktop", bundle / "crmdesk.desktop")
    shutil.copyfile(ROOT / "resources" / "app" / "crmdesk.png", bundle / "crmdesk.png")
    shutil.copyfile(ROOT / "packaging" / "linux" / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def archive(ver: str) -> Path:
    step("archive")
    if sys.platform.startswith("linux"):
        target = DIST / f"{NAME}-{ver}-linux-{arch()}.tar.gz"

        def owner(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            return info

        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(DIST / NAME, arcname=NAME, filter=owner)
        return target
    if sys.platform == "darwin":
        target = DIST / f"{NAME}-{ver}-macos-{arch()}.zip"
        target.unlink(missing_ok=True)
        run("ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", DIST / f"{NAME}.app", target)
        return target
    target = DIST / f"{NAME}-{ver}-windows-{arch()}"
    return Path(shutil.make_archive(str(target), "zip", root_dir=DIST, base_dir=NAME))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=sys.executable, help="interpreter to build the bundle with")
    parser.add_argument("--reuse-venv", action="store_true", help="keep an existing build/bundle-venv")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz / .zip")
    args = parser.parse_args()
    started = time.monotonic()
    os.chdir(ROOT)
    py = make_venv(args.python, args.reuse_venv)
    ver = version(py)
    check_generated(py)
    pyinstaller(py)
    if sys.platform.startswith("linux"):
        linux_extras()
    packed = None if args.no_archive else archive(ver)
    step("done")
    print(f"crmdesk {ver}: {DIST / NAME} ({folder_size(DIST / NAME) / 1e6:.0f} MB)")
    if sys.platform.startswith("linux"):
        print(f"needs glibc {glibc_floor(DIST / NAME) or '(objdump not found)'} or newer")
    if sys.platform == "darwin":
        print(f"application: {DIST / (NAME + '.app')}")
    if packed is not None:
        print(f"archive: {packed} ({packed.stat().st_size / 1e6:.0f} MB)")
    print(f"in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

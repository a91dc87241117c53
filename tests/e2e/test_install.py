"""PrintProof as a shop installs it: a wheel in a fresh virtual environment, and the one-folder bundle.

Both run outside this checkout (another working folder, nothing of the source tree on the path) and must
speak German with their own fonts, translations and press profile, run the command line (demo, verify,
a signed certificate) and, for the bundle, the automatic backup the app starts.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # started first (tests/conftest.py)

ROOT = Path(__file__).resolve().parents[2]
OWNER = ["--user", "Anna Becker", "--pin", "123456"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PRINTPROOF_DB")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"), LANG="de_DE.UTF-8")
    return env


def _run(cmd: list[str], tmp_path: Path, **kw) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True, timeout=300, **kw)
    assert done.returncode == 0, (cmd, done.stdout[-2000:], done.stderr[-2000:])
    return done


def _check_start(program: list[str], db: Path, tmp_path: Path, resources_under: Path) -> dict:
    shown = json.loads(_run([*program, "--check-start", "--db", str(db)], tmp_path).stdout.strip().splitlines()[-1])
    assert shown["orders"] == "Aufträge", shown  # German from the compiled translation, not the source
    assert shown["sentence"] == "Falsche PIN." and shown["document"] == "KORREKTURABZUG", shown  # the same file
    assert shown["font"] == "DejaVu Sans", shown  # the shipped font
    assert Path(shown["resources"]).is_relative_to(resources_under), shown
    assert not Path(shown["resources"]).is_relative_to(ROOT), shown
    assert (Path(shown["resources"]) / "translations" / "printproof_de.qm").exists()
    assert (Path(shown["resources"]) / "translations" / "printproof_de.ts").exists()  # read below the screens
    return shown


def _choose_backup_folder(db: Path, folder: Path) -> None:
    """The owner sets the backup folder (Settings → Backup), here through the services."""
    from printproof.services.admin import setup, staff
    from printproof.store.db import open_store

    opened = open_store(str(db))
    try:
        setup.change_settings(staff.sign_in(*OWNER[1::2]), {"backup.folder": str(folder), "backup.keep": 3})
    finally:
        opened.close()


def _command_line(cli: list[str], db: Path, tmp_path: Path) -> None:
    assert "Anna Becker" in _run([*cli, "--db", str(db), "demo"], tmp_path).stdout
    assert "nothing altered" in _run([*cli, "--db", str(db), *OWNER, "verify"], tmp_path).stdout
    number = json.loads(
        _run([*cli, "--db", str(db), *OWNER, "--json", "order", "list", "--status", "approved"], tmp_path).stdout
    )["orders"][0]["order"]
    out = tmp_path / "certificate.pdf"
    _run([*cli, "--db", str(db), *OWNER, "certificate", number, "--out", str(out)], tmp_path)
    assert out.read_bytes().startswith(b"%PDF") and b"/ByteRange" in out.read_bytes()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    # Built from a copy of what is tracked: a build/ left in the checkout by an earlier build would otherwise ride
    # along (setuptools copies all of build/lib into the wheel, modules since moved included).
    source = tmp_path_factory.mktemp("source")
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in tracked.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(folder),
        ],
        check=True,
        capture_output=True,
        cwd=folder,
    )
    (found,) = folder.glob("printproof-*.whl")
    return found


def test_a_wheel_in_a_fresh_environment_runs_in_german_with_its_resources(wheel, tmp_path):
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "printproof/_resources/translations/printproof_de.qm" in names  # compiled when built
    assert "printproof/_resources/translations/printproof_de.ts" in names  # the catalogue the core reads
    assert (
        "printproof/_resources/fonts/DejaVuSans.ttf" in names
        and "printproof/_resources/icc/PrintProof-FOGRA39.icc" in names
    )

    fresh = tmp_path / "fresh"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(fresh)], check=True)
    site = Path(sysconfig.get_path("purelib", vars={"base": str(fresh), "platbase": str(fresh)}))
    # The libraries PrintProof needs come from this environment's site-packages, PrintProof itself only from the
    # wheel: a .pth line adds a folder but runs none of its .pth files (so not this checkout's editable install).
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)  # a wheel is installed by unpacking it (what pip does for pure-Python wheels)
    python = fresh / "bin" / "python"
    where = _run([str(python), "-c", "import printproof; print(printproof.__file__)"], tmp_path).stdout.strip()
    assert Path(where).is_relative_to(site), where

    db = tmp_path / "shop.db"
    _check_start([str(python), "-m", "printproof.entry"], db, tmp_path, site)
    _command_line([str(python), "-m", "printproof"], db, tmp_path)
    assert _check_start([str(python), "-m", "printproof.entry"], db, tmp_path, site)["screen"] == "SignInScreen"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([str(ROOT / "scripts" / "build_bundle"), str(dist)], check=True, capture_output=True, cwd=ROOT)
    return dist / "PrintProof"


def test_the_bundle_starts_runs_its_command_line_and_backs_up(bundle, tmp_path):
    from printproof.services.evidence import backup

    app, cli = bundle / "PrintProof", bundle / "printproof-cli"
    db = tmp_path / "shop.db"
    assert _check_start([str(app)], db, tmp_path, bundle)["screen"] == "FirstRunScreen"
    _command_line([str(cli)], db, tmp_path)
    assert _check_start([str(app)], db, tmp_path, bundle)["screen"] == "SignInScreen"

    # The automatic backup exactly as the frozen app starts it (its own executable, no `python -m`), into the folder
    # the owner chose.
    folder = tmp_path / "backups"
    _choose_backup_folder(db, folder)
    frozen = {"frozen": True, "executable": str(app)}
    saved = {k: getattr(sys, k, None) for k in frozen}
    try:
        for k, v in frozen.items():
            setattr(sys, k, v)
        program, arguments = backup.auto_backup_command(str(db))
    finally:
        for k, v in saved.items():
            setattr(sys, k, v) if v is not None else delattr(sys, k)
    assert program == str(app) and "-m" not in arguments
    answer = json.loads(_run([program, *arguments], tmp_path).stdout.strip().splitlines()[-1])
    assert answer["ok"], answer
    (made,) = folder.glob("*")
    assert made.stat().st_size > 100_000

"""Build hook: the shop's resources go into the package, translations compiled on the way.

``resources/`` (fonts, the press profile, translations) is installed as the package ``printproof._resources``
and read with :mod:`importlib.resources`; each ``.ts`` (the language's one catalogue, which the core reads as it
is) is also compiled to the ``.qm`` Qt loads, so an installed PrintProof never compiles anything at run time.
Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


def _lrelease() -> str:
    import PySide6  # a build requirement (pyproject.toml)

    bundled = Path(PySide6.__file__).parent / "lrelease"
    found = str(bundled) if bundled.exists() else shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("Qt's lrelease is missing: install PySide6-Essentials to build PrintProof.")
    return found


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "printproof" / "_resources" / "translations"
        for source in sorted(Path("resources/translations").glob("*.ts")):
            target.mkdir(parents=True, exist_ok=True)
            qm = target / source.with_suffix(".qm").name
            subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(qm)], check=True)


setup(
    packages=[*find_packages(include=["printproof", "printproof.*"]), "printproof._resources"],
    package_dir={"printproof._resources": "resources"},
    package_data={
        "printproof._resources": ["fonts/*", "icc/*", "translations/*.ts"],
        "printproof.portal": ["templates/*.html", "static/*"],  # the portal's pages and their script and style
    },
    cmdclass={"build_py": BuildWithTranslations},
)

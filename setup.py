"""Build hook: the shop's resources go into the package, translations compiled on the way.

``resources/`` (fonts, the press profile, translations) is installed as the package ``printproof._resources``
and read with :mod:`importlib.resources`; each ``.ts`` (the language's one catalogue, which the core reads as it
is) is also compiled to the ``.qm`` Qt loads, so an installed PrintProof never compiles anything at run time.
Everything else is in ``pyproject.toml``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


def _compile_catalogue(source: Path, target: Path) -> None:
    """Compile with PrintProof's own lrelease helper, loaded by its path (the package is not installed yet)."""
    spec = importlib.util.spec_from_file_location("printproof_lrelease", Path("printproof/ui/lrelease.py"))
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    if not helper.compile_catalogue(source, target):
        raise SystemExit(f"{source} cannot be compiled: Qt's lrelease (PySide6-Essentials) is missing.")


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "printproof" / "_resources" / "translations"
        for source in sorted(Path("resources/translations").glob("*.ts")):
            target.mkdir(parents=True, exist_ok=True)
            _compile_catalogue(source, target / source.with_suffix(".qm").name)


setup(
    packages=[*find_packages(include=["printproof", "printproof.*"]), "printproof._resources"],
    package_dir={"printproof._resources": "resources"},
    package_data={
        "printproof._resources": ["fonts/*", "icc/*", "translations/*.ts"],
        "printproof.portal": ["templates/*.html", "static/*"],  # the portal's pages and their script and style
    },
    cmdclass={"build_py": BuildWithTranslations},
)

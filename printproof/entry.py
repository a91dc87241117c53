"""One program for the bundle: the counter app, its command line and its automatic backup.

A frozen bundle has one executable and no ``python -m``: ``PrintProof`` alone starts the app,
``PrintProof --db … order list`` (any command) runs the command line, and the app starts its
automatic backup as ``PrintProof --auto-backup …`` and its daily chain-head timestamp as
``PrintProof --auto-timestamp …``.
"""

from __future__ import annotations

import sys

_OPTIONS_WITH_VALUES = {"--db", "--user", "--pin", "--language"}


def _command_given(argv: list[str]) -> bool:
    """Whether ``argv`` names a command-line command (a word that is not an option or its value)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _OPTIONS_WITH_VALUES:
            skip = True
        elif not token.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--auto-backup"]:
        from .services.admin.auto_backup import main as backup_main

        return backup_main(argv[1:])
    if argv[:1] == ["--auto-timestamp"]:
        from .services.evidence.timestamps import main as stamp_main

        return stamp_main(argv[1:])
    if _command_given(argv):
        from .cli import main as cli_main

        return cli_main(argv)
    from .app import main as app_main

    return app_main([sys.argv[0], *argv])


if __name__ == "__main__":
    sys.exit(main())

"""The ``printproof`` command as the tests run it in a process of its own: the product's own ``main``, with what
a test suite injects (nothing of it is read by the product from its environment):

- PINs hashed at the tests' cost (hundreds of sign-ins; ``tests/services/test_staff.py`` checks the real cost);
- the clock of retention moved to ``PRINTPROOF_TEST_CLOCK`` (an ISO date), where a test sets it;
- passwords kept in a file of the run's own (``PRINTPROOF_TEST_CREDENTIALS``: a folder), never in the keyring of
  whoever runs the tests.

    python tests/support/run_printproof.py ARGS…                 (what ``printproof ARGS…`` does)
    python tests/support/run_printproof.py -m MODULE ARGS…       (another of the product's programs, e.g. the backup's)
"""

from __future__ import annotations

import os
import sys
from datetime import datetime


def inject() -> None:
    """What every test process gets: the tests' PIN cost; the clock a test asks for; a credentials file."""
    from pathlib import Path
    from tempfile import mkdtemp

    from printproof.services.admin import pins
    from printproof.services.core import credentials, retention

    pins.use_cost(pins.TEST_COST)
    credentials.use_folder(Path(os.environ.get("PRINTPROOF_TEST_CREDENTIALS") or mkdtemp()), keyring=False)
    moved = os.environ.get("PRINTPROOF_TEST_CLOCK")
    if moved:
        moment = datetime.fromisoformat(moved).replace(tzinfo=None)
        retention.use_clock(lambda: moment)


if __name__ == "__main__":
    inject()
    if sys.argv[1:2] == ["-m"]:
        import runpy

        module = sys.argv[2]
        sys.argv = [module, *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    else:
        from printproof.cli import main

        sys.exit(main(sys.argv[1:]))

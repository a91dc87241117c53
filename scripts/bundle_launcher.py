"""The bundle's program: the app, or the command line when a command is given (see printproof/entry.py)."""

import sys

from printproof.entry import main

if __name__ == "__main__":
    sys.exit(main())

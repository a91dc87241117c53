"""Start the PrintProof counter app: ``python main.py``."""

import sys

from printproof.app import main

if __name__ == "__main__":
    sys.exit(main())

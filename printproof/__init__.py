"""PrintProof: signed, tamper-evident print proofs for the print shop counter."""

import warnings

__version__ = "0.1.0"

# pyHanko imports DSA support that ``cryptography`` deprecates; PrintProof signs with RSA and never reads DSA keys.
# Said on stderr at every certificate, dossier and identify, it is noise to a shop (and to its scripts).
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko(\..*)?$")

"""PrintProof: signed, tamper-evident print proofs for the print shop counter."""

__version__ = "0.1.0"

"""Plain-Python core of PrintProof: no Qt, no database."""

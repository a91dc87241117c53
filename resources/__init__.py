"""PrintProof's resources (installed as the package ``printproof._resources``): fonts, press profile, translations."""

"""PDF makers: the proof (and later the certificate and the dossier)."""

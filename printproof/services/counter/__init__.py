"""What happens at the counter after the proof: pickup and hand-over, the facts a dispute turns on, complaints as
cases with their letters, photos laid on the approved proof, the dossier, mail to the customer, job tickets and
labels, and approval by link through the portal.  `overview` gathers everything about one order for show,
the screens and the dossier.
"""

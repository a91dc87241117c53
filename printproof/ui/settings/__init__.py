"""Settings (owner): the shop, proofs and terms, staff, backups, the press, the services outside the shop,
privacy and what the shop learns from its complaints.
"""

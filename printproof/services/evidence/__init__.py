"""What makes an approval a record nobody can argue with, also from outside the store: the shop's signing key and
certificates, trusted time, the audit chain checked against backups and what each workstation has seen,
`verify`, identifying any PDF or code PrintProof made, and the customer's copies.  Backups live here because
they are where the chain is anchored.
"""

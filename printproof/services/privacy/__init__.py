"""The customer's rights (GDPR): restriction and erasure on request, erasure after retention, the copies that
still hold erased data, and the customer's data export.
"""

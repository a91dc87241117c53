"""The core every area stands on: who acts and what they may do (`context.require`), the one order lookup
(`orders.find_order`, which refuses restricted and erased orders to whoever may not see them), customers, the
shop's profile, the audit chain and the one way records are sealed, files written whole, and the passwords kept
outside the store.  Nothing here imports another area.
"""

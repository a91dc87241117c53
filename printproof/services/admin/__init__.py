"""Running the shop: first-run setup and the owner's settings, staff and their PINs, backup restores and the
automatic backup program, and the demo shop.
"""

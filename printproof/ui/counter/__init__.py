"""The pickup counter: find the order, show every fact a dispute turns on, hand over, record a complaint and its
case, lay a photo on the approved proof, the customer's copy, and what a dropped file is.
"""

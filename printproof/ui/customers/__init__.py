"""The customer directory (F4) and the customer picker in the new-order form."""

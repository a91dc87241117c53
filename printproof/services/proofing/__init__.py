"""From artwork to an approved proof: proof versions, the customer's approval with the findings acknowledged,
marks on a proof and requests for changes, two versions compared, and reprints of an earlier order.
"""

"""One order and the order list: artwork, proof versions, marks, comparing versions, showing the proof to the
customer full screen and taking the approval (on screen, on paper, by e-mail or phone).
"""

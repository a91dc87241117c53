"""The customer's files: read, measured and preflighted as a prepress professional would (`pdf_preflight` with
its walker and objects, `imaging` for pictures), rendered with pdfium, and shown in the press's colours
(`colour`, `press`).  `artwork` stores them with their order.
"""

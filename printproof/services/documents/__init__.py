"""Everything reportlab draws that is shared: the proof, the certificate, letters and the customer summary, with
one look (`styles`) and the shipped fonts.  Plain data in, PDF bytes out; no store, no roles.
"""

"""Pieces every screen uses: the look and the message bar (`common`), the proof viewer, the signature pad,
printing, the camera, the shop's words for stored values (`labels`) and a field per kind of setting.
"""

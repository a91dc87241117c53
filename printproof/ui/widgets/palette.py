"""The screens' colours, named once by what they say: every other ui module takes its colours from here
(tests/codebase/test_layers.py checks it). Material Design's shades, dark enough to read on white.
"""

from __future__ import annotations

# What a colour says
OK = "#2e7d32"  # done, holds, verified
OK_STRONG = "#1b5e20"  # the message bar's "done"
WARNING = "#e65100"  # look at this before going on
WARNING_EDGE = "#ef6c00"
WARNING_BACKGROUND = "#fff3e0"
ERROR = "#c62828"  # refused, altered, overdue
SERIOUS = "#b71c1c"  # a serious finding, an error in the message bar
DANGER_EDGE = "#8e0000"  # the edge of a button that cannot be undone
MARK = "#dc143c"  # the numbered pins on a marked proof (the documents draw them in the same crimson)
OPEN = "#ffcc80"  # complaints still open (the complaints chart)

# The app's own look
PRIMARY = "#1565c0"
PRIMARY_DARK = "#0d47a1"
PRIMARY_SOFT = "#d6e4f7"
PRIMARY_LINE = "#90caf9"
HOVER = "#eef3fb"
FOCUS_ON_PRIMARY = "#ffb300"
BUTTON = "#fafafa"
BUTTON_EDGE = "#b0b0b0"
DISABLED_TEXT = "#9e9e9e"
DISABLED_BACKGROUND = "#eeeeee"
LINE = "#dddddd"
LINE_STRONG = "#cccccc"
BACKDROP = "#5f6368"  # behind proof pages, as a PDF viewer shows them
NOTE_BACKGROUND = "#fffde7"
NOTE_LINE = "#e0d9a8"

# Text
TEXT = "#000000"
TEXT_SOFT = "#333333"
TEXT_SECONDARY = "#424242"
TEXT_FAINT = "#555555"
MUTED = "#616161"  # hints, hashes

# An order's status, as the order list and the pickup screen colour it
DRAFT = "#757575"
IN_PRODUCTION = "#6a1b9a"
READY = "#00838f"
PICKED_UP = "#455a64"

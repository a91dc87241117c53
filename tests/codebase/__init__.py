"""Checks of the code itself: layers and areas, no cycles, every sentence translatable, one sealing helper, the
settings registry, no test switches in the product."""

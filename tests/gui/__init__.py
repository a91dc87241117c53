"""The screens through their real widgets, offscreen: pytest-qt, the app's own tasks waited for."""

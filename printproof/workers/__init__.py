"""Run service calls off the GUI thread; results, errors and progress come back as queued signals."""

"""The use cases the window calls."""

"""The use cases the window calls; each runs as one transaction and returns what changed."""

"""Loket Prima: the front-desk counter application of a public-service office."""

# Kept equal to pyproject.toml's version (a test checks). Not read through
# importlib.metadata: that import costs ~0.2 s of every start.
__version__ = "0.1.0"

APP_NAME = "Loket Prima"

"""Loket Prima: the front-desk counter application of a public-service office."""

from importlib import metadata

try:
    __version__ = metadata.version("desk-app")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"

APP_NAME = "Loket Prima"

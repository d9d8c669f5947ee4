"""Standar Pelayanan: the catalogue, a standard's versions and its sheet."""

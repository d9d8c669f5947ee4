"""Laporan: the period report previewed, printed and saved as PDF and Excel."""

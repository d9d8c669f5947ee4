"""Permohonan: the registration form, the paged list, a request's detail and receipts, and
Pekerjaan Saya (the steps waiting for the officer)."""

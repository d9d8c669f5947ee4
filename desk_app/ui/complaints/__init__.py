"""Pengaduan: the form, the paged list, a complaint's detail and its stage actions."""

"""The satisfaction survey (SKM): forms keyed from paper (entry, forms), imported from
recaps and online exports (import_*), answered at the kiosk; the index (IKM), the response
rate and the follow-up plan."""

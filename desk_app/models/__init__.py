"""Tables and the domain rules that act on them. Nothing here imports Qt widgets."""

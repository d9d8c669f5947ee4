"""Complaints (DOMAIN.md §4): stages (flow), deadlines, the complainant's protection
(identity), what a screen shows (views), search, and the complaint figures of a period."""

"""The base every feature stands on: the database and its schema and migrations, the audit
trail, human numbers, accounts and permissions, settings, dates and working days, office
keys, errors. Imports no feature folder except through the table list (tables.py)."""

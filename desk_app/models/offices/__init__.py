"""Between offices: enrolment (trust), bundles signed and encrypted (bundles, envelope,
reading, validate, checks, merge) and moving a database between SQLite and PostgreSQL
(copydb)."""

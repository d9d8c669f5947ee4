"""Admin: users, the office and its settings, cuti bersama, backups, bundles and the
enrolment of other offices."""

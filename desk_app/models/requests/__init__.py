"""Service requests at the counter: registration (applicant, documents, numbers), statuses
and timeline (flow), search and name search, and the request figures of a period."""

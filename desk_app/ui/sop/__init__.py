"""The SOP checklist of a request (steps), the SOP panel of a service and the SOP editor."""

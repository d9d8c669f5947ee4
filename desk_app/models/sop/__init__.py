"""SOPs (PermenPAN-RB 35/2012): revisions and steps (tables), working a request through its
SOP (flow, work), a request's trace, and the SOP figures of a period."""

"""Personal data: what the office holds on a person, how long, and who may read it (UU 27/2022)."""

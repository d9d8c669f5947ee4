"""The service catalogue: service standards (the six public and eight internal components)
and their versions, loaded from resources/catalogue.toml."""

"""Reports: gather the data once (dataclasses), then render it to PDF and Excel."""

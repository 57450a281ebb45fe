"""First run: register this tablet with the server and download its store's data."""

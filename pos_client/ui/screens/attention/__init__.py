"""The list of what needs a person at this store."""

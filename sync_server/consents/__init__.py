"""Consent records and the files (attachments) that prove them."""

"""Tablets: registration codes, tokens, revocation, last seen."""

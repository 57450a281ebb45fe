"""Customers, their profile fields (per-field last writer wins) and balances."""

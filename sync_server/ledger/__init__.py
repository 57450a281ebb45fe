"""The points ledger: the truth of every balance."""

"""Generated demo data for the local store: a catalogue, customers, staff.

Everything is deterministic from a seed (and the reference day), so two
stores filled with the same arguments hold the same rows.
"""

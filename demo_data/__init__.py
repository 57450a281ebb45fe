"""Generated demo data (a catalogue, customers, their history), for the app and the server.

Pure Python over `loyalty_core`: both the tablet's demo loader and the sync
server's `demo-data` command draw from the same deterministic generators,
so a demo tablet and a demo server agree row for row.
"""

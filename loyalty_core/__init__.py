"""The shared domain: rules both the counter and the server must agree on.

Pure Python (stdlib and pydantic only): money and VAT, points, identifiers,
the receipt chain, clocks and the sync wire format.
"""

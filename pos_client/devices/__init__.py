"""Devices: barcode decoding (pure), and the Qt camera adapter that feeds it."""

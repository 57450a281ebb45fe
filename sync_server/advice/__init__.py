"""Skin diagnostics, consumption habits and "bought together", as head office keeps them."""

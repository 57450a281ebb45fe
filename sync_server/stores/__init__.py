"""Stores of the chain."""

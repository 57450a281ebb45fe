"""Screens of the counter."""

"""Campaigns: who they target (computed here, sent to the tablets), what they sold."""

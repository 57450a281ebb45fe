"""Sales and returns received from the counters (facts)."""

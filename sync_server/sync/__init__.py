"""The sync protocol: push (inbox) and pull (feeds over a change log)."""

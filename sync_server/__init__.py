"""The central sync server (built by the sync issue)."""

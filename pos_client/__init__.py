"""The loyalty counter desktop app."""

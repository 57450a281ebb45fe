"""Offline-first sync with the head office: push the outbox, pull the feeds (SYNC.md)."""

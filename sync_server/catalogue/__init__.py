"""The product catalogue the head office publishes to every store."""

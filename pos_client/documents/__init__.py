"""Documents the counter prints: receipts (PDF)."""

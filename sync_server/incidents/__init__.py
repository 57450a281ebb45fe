"""Customer-service incidents: opened at a counter, handled at head office, answered back."""

"""What needs a person: overdrafts, flagged sales, rejected changes."""

"""Staff accounts and their PIN verifiers."""

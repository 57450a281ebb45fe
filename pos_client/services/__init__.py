"""Use cases of the counter: one function per task, one transaction each."""

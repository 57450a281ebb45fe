"""E-mails to customers, sent by head office on a counter's request."""

"""The beauty advisor: a skin diagnostic during a treatment, its history, the customer's habits."""

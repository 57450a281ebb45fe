"""Gifts for points: the chain's catalogue, each store's stock, redemptions and their cancelling."""

"""PostgreSQL as a server of its own: several processes writing at once, its errors, its upgrade."""

"""The plain rules, without a store: the order's states, specifications, folds, codes."""

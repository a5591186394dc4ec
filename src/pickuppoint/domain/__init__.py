"""Domain rules with no storage and no Qt: addresses, phones, numbers, flags, codes."""

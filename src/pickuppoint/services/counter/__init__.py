"""The handover counter (发放): checks, handovers, payments, receipts, lookup, the shift."""

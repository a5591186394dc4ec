"""The benchmarks: every capability measured against its floor (see bench/run.py)."""

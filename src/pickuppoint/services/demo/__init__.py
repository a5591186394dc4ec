"""The demo community and synthetic data at scale (never used by the point's own work)."""

"""Lists and reports for community workers: the uncollected list, the day's report. Each query
takes a `Scope` (which points' parcels), so a coordinator can run the same documents across all
points, or one, on a hub's database."""

"""Qt item models over query results (lazy: they fetch rows page by page)."""

"""The read-only web ledger: totals, claims and articles as pages, JSON and CSV (docs/web.md)."""

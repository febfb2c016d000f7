"""The reconcile stage: mentions (figures) → claims, the facts behind them, each counted once."""

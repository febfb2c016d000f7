"""The outcomes a stage may raise besides success.

A stage's pure code raises one of these; `shared.stage.run_stage` turns each into what the
operator sees: a retry, a row in `failures`, or a recorded skip.
"""


class Permanent(Exception):
    """The input can never succeed as it is (bad page, broken feed): record a failure, no retry."""


class Transient(Exception):
    """The input may succeed later (network, 5xx, 429, database down): retry with backoff.

    `retry_after` (seconds), when the other side said how long to wait, overrides the backoff.
    """

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Skip(Exception):
    """The input holds nothing for the ledger (index page, PDF, empty page): record why."""

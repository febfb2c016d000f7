"""The outcomes a stage may raise besides success.

A stage's pure code raises one of these; `shared.stage.run_stage` turns each into what the
operator sees: a retry, a row in `failures`, or a recorded skip.

`Permanent` and `Transient` may carry a `code`: a short, stable cause ("timeout_headers",
"binary_data", "http_client_error", ...) that a caller can count and group by, beside the message
written for a person. None when the raiser did not classify the cause.
"""


class Permanent(Exception):
    """The input can never succeed as it is (bad page, broken feed): record a failure, no retry."""

    def __init__(self, *args: object, code: str | None = None) -> None:
        super().__init__(*args)
        self.code = code


class Transient(Exception):
    """The input may succeed later (network, 5xx, 429, database down): retry with backoff.

    `retry_after` (seconds), when the other side said how long to wait, overrides the backoff.
    """

    def __init__(
        self, message: str, *, retry_after: float | None = None, code: str | None = None
    ) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.code = code


class Skip(Exception):
    """The input holds nothing for the ledger (index page, PDF, empty page): record why."""

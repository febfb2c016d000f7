"""Why a stage failed, as one stable word: what `failures.cause` holds and the operator groups by.

A raiser's `code` (`shared.errors`; the fetcher's are in `services/fetcher/causes.py`) is fine-
grained and belongs to its module; a cause is coarse and belongs to the operator ("how many
failures are 5xx? how many DNS?"). The codes are matched as strings here because `shared` imports
no service; `tests/test_failure_causes.py` checks that every code the fetcher defines has a cause.
"""

from enum import StrEnum
from typing import Final

from celery.exceptions import SoftTimeLimitExceeded

from shared.db import DatabaseUnavailable
from shared.errors import Permanent, Transient


class Cause(StrEnum):
    HTTP_4XX = "http_4xx"  # the server refused: 404, 410, 403, 429...
    HTTP_5XX = "http_5xx"  # the server failed: 500, 502, 503...
    HTTP_OTHER = "http_other"  # a status that is neither success nor error (1xx, bare 3xx)
    DNS = "dns"  # the host does not resolve, or the resolver failed
    TIMEOUT = "timeout"  # connect, headers, body deadline, or the task's own time limit
    NETWORK = "network"  # refused, reset, TLS, broken HTTP, truncated body
    SSRF_REFUSED = "ssrf_refused"  # a non-public address the guard would not fetch
    BAD_URL = "bad_url"  # not an http(s) URL, or a redirect to nowhere or in circles
    TOO_LARGE = "too_large"  # a body or feed over its cap
    PARSE = "parse"  # bytes that do not read: broken XML/JSON, bad encoding, gzip
    NOT_A_FEED = "not_a_feed"  # a feed URL that gives a web page, an image, nothing
    NOT_ARTICLE = "not_article"  # an article or document that is not there (deleted, no body)
    STUCK = "stuck"  # the sweeper gave up re-sending it
    DATABASE = "database"  # PostgreSQL did not answer through every retry
    INTERNAL = "internal"  # an exception nobody foresaw: a bug, or an input to add a test for
    UNCLASSIFIED = "unclassified"  # a Permanent or Transient raised without a code


# Codes the shared code itself gives (beside the fetcher's, below).
TIME_LIMIT: Final = "time_limit"  # run_stage: the task's soft time limit
STUCK_CODE: Final = "stuck"  # the sweeper, past its re-sends
MISSING: Final = "missing"  # a task named an article or document that does not exist
EXTRACTION_TIMEOUT: Final = "extraction_timeout"  # the cleaner's own deadline on one page

CODE_CAUSES: Final[dict[str, Cause]] = {
    # services/fetcher/causes.py: the download
    "invalid_url": Cause.BAD_URL,
    "unsupported_scheme": Cause.BAD_URL,
    "too_many_redirects": Cause.BAD_URL,
    "bad_redirect": Cause.BAD_URL,
    "refused_address": Cause.SSRF_REFUSED,
    "dns_no_such_host": Cause.DNS,
    "dns_unavailable": Cause.DNS,
    "timeout_connect": Cause.TIMEOUT,
    "timeout_headers": Cause.TIMEOUT,
    "timeout_body": Cause.TIMEOUT,
    "connection_error": Cause.NETWORK,
    "protocol_error": Cause.NETWORK,
    "truncated_body": Cause.NETWORK,
    "http_rate_limited": Cause.HTTP_4XX,
    "http_client_error": Cause.HTTP_4XX,
    "http_unavailable": Cause.HTTP_5XX,
    "http_server_error": Cause.HTTP_5XX,
    "http_unexpected_status": Cause.HTTP_OTHER,
    "body_too_large": Cause.TOO_LARGE,
    "bad_content_encoding": Cause.PARSE,
    # services/fetcher/causes.py: the feed document
    "empty_body": Cause.NOT_A_FEED,
    "only_nul_bytes": Cause.NOT_A_FEED,
    "binary_data": Cause.NOT_A_FEED,
    "html_page": Cause.NOT_A_FEED,
    "not_a_feed": Cause.NOT_A_FEED,
    "malformed_feed": Cause.PARSE,
    "undecodable": Cause.PARSE,
    "feed_too_large": Cause.TOO_LARGE,
    "parser_error": Cause.PARSE,
    # shared and the other stages
    TIME_LIMIT: Cause.TIMEOUT,
    STUCK_CODE: Cause.STUCK,
    MISSING: Cause.NOT_ARTICLE,
    EXTRACTION_TIMEOUT: Cause.TIMEOUT,
}


def error_code(error: BaseException) -> str | None:
    """The code the raiser gave, if any."""
    code = getattr(error, "code", None) if isinstance(error, Permanent | Transient) else None
    return code if isinstance(code, str) else None


def cause_of(error: BaseException) -> Cause:
    """The stable cause of a stage's failure."""
    if isinstance(error, SoftTimeLimitExceeded):
        return Cause.TIMEOUT
    if isinstance(error, DatabaseUnavailable):
        return Cause.DATABASE
    if not isinstance(error, Permanent | Transient):
        return Cause.INTERNAL
    code = error_code(error)
    return CODE_CAUSES.get(code, Cause.UNCLASSIFIED) if code else Cause.UNCLASSIFIED

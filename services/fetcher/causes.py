"""Cause codes: the stable names of why a download, a feed or one of its items was not used.

A `Permanent` or `Transient` raised by the fetcher's pure modules carries one of these as `code`
beside its message for people; a `SkippedItem` carries one of the ITEM_* codes. They are short and
never change meaning, so the store can count and group by them ("how many feeds time out?").
"""

from typing import Final

# --- the download (services.fetcher.http, services.fetcher.ssrf) -------------------------------
INVALID_URL: Final = "invalid_url"  # not a parseable http(s) URL
UNSUPPORTED_SCHEME: Final = "unsupported_scheme"  # file:, ftp:, ... (also on a redirect)
REFUSED_ADDRESS: Final = "refused_address"  # SSRF guard: non-public address, or port not allowed
DNS_NO_SUCH_HOST: Final = "dns_no_such_host"  # Permanent
DNS_UNAVAILABLE: Final = "dns_unavailable"  # Transient: the resolver failed for now
TIMEOUT_CONNECT: Final = "timeout_connect"  # Transient
TIMEOUT_HEADERS: Final = "timeout_headers"  # Transient: status line and headers not in time
TIMEOUT_BODY: Final = "timeout_body"  # Transient: the body did not arrive before the deadline
CONNECTION_ERROR: Final = "connection_error"  # Transient: refused, reset, TLS failure...
PROTOCOL_ERROR: Final = "protocol_error"  # Transient: the server broke HTTP
TRUNCATED_BODY: Final = "truncated_body"  # Transient: fewer bytes than announced
TOO_MANY_REDIRECTS: Final = "too_many_redirects"  # Permanent
BAD_REDIRECT: Final = "bad_redirect"  # Permanent: no Location, or an invalid one
HTTP_RATE_LIMITED: Final = "http_rate_limited"  # Transient: 429 (retry_after when given)
HTTP_UNAVAILABLE: Final = "http_unavailable"  # Transient: 503 (retry_after when given)
HTTP_SERVER_ERROR: Final = "http_server_error"  # Transient: other 5xx
HTTP_CLIENT_ERROR: Final = "http_client_error"  # Permanent: 4xx other than 429
HTTP_UNEXPECTED_STATUS: Final = "http_unexpected_status"  # Permanent: 1xx, 3xx without redirect
BODY_TOO_LARGE: Final = "body_too_large"  # Permanent: over the byte cap (decoded)
BAD_CONTENT_ENCODING: Final = "bad_content_encoding"  # Permanent: unknown or corrupt gzip/deflate

# --- the feed document (services.fetcher.feeds) -------------------------------------------------
EMPTY_BODY: Final = "empty_body"  # nothing, or only whitespace
ONLY_NUL_BYTES: Final = "only_nul_bytes"
BINARY_DATA: Final = "binary_data"  # an image, archive, PDF... or bytes that are not text
HTML_PAGE: Final = "html_page"  # a web page, not a feed
NOT_A_FEED: Final = "not_a_feed"  # well-formed XML or JSON, but no RSS/Atom/JSON Feed in it
MALFORMED_FEED: Final = "malformed_feed"  # broken beyond recovery (nothing readable recovered)
UNDECODABLE: Final = "undecodable"  # invalid bytes for its (BOM-declared) encoding
FEED_TOO_LARGE: Final = "feed_too_large"
PARSER_ERROR: Final = "parser_error"  # the parser itself raised

# --- one item of a feed that was parsed (SkippedItem.reason) ------------------------------------
ITEM_NO_LINK: Final = "no_link"  # no link at all
ITEM_UNSAFE_SCHEME: Final = "unsafe_scheme"  # javascript:, data:, file:, mailto:, ftp:, ...
ITEM_URL_TOO_LONG: Final = "url_too_long"  # over MAX_URL_CHARS
ITEM_INVALID_URL: Final = "invalid_url"  # http(s) but unusable (no host, bad port, bad name)
ITEM_OVER_LIMIT: Final = "over_limit"  # beyond max_entries items in one document
ITEM_MALFORMED: Final = "malformed_item"  # JSON Feed: an entry of "items" that is not an object

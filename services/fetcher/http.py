"""Guarded HTTP download for feeds and articles.

`download` is the only way the fetcher touches the network. Every URL is hostile input, so:

- only http and https; redirects are followed here, hop by hop, at most `max_redirects`;
- every hop's host is resolved and checked by the SSRF guard *before* any connection, and the
  connection goes to the checked address (the URL's host is replaced by that IP, the original
  name is kept in the Host header and the TLS SNI / certificate check), so a second DNS answer
  cannot point somewhere else (DNS rebinding);
- connect and read timeouts bound each network wait, and a wall-clock deadline bounds the whole
  download, status line and headers included (`services.fetcher.deadline`: the socket is shut
  down when it passes), because a server that drips one byte per second never trips a read
  timeout; the message names the phase: "timed out waiting for headers from ...";
- the body is decompressed here, from the raw stream, never more than `max_bytes` + 1 bytes at a
  time, so a gzip bomb costs at most the cap in memory (httpx's own decoder inflates a whole
  network chunk at once: up to ~1,000x its size);
- a body cut short (Content-Length not reached, gzip stream without its end) is an error,
  because httpx does not always raise on it and a half feed would look like a valid one.

Outcomes follow `shared.errors`: 4xx (but 429) and bad input are Permanent; network trouble,
timeouts, 5xx, 429 and truncated bodies are Transient (with `retry_after` from Retry-After when
given). Each carries a cause code from `services.fetcher.causes`.
"""

from __future__ import annotations

import contextlib
import email.utils
import functools
import ipaddress
import ssl
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from services.fetcher import causes
from services.fetcher.deadline import CONNECTING, WAITING_FOR_HEADERS, Watchdog
from services.fetcher.ssrf import check_host
from shared.config import USER_AGENT
from shared.errors import Permanent, Transient

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
# The decodings `_Inflater` handles; we never advertise br or zstd.
_ACCEPT_ENCODING = "gzip, deflate"
_TRUNCATION_MARKER = "peer closed connection without sending complete message body"


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on one download (all redirect hops included)."""

    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    deadline_s: float = 60.0  # wall clock for the whole download, headers included
    max_bytes: int = 10 * 1024 * 1024  # decoded body: also bounds what a gzip body inflates to
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    # Allow-list entries (shared.allowlist: HOST[:PORT], CIDR[:PORT]) for the SSRF guard.
    allowed_networks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Response:
    """A completed download. `url` is the final URL after redirects (with its host name)."""

    url: str
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes = field(repr=False)
    etag: str | None
    last_modified: str | None
    content_type: str | None
    not_modified: bool = False


def download(
    url: str,
    *,
    limits: FetchLimits,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
) -> Response:
    """GET `url` within `limits`; conditional when `etag`/`last_modified` are given.

    Returns Response(not_modified=True, body=b"") on 304. Raises Permanent or Transient.
    A caller-supplied `client` is used (not closed) for its TLS settings; it must not follow
    redirects or use a proxy itself. Every request says "Connection: close", so nothing is pooled.
    The deadline covers every hop from connecting to the last body byte; not the DNS lookups.
    """
    deadline = time.monotonic() + limits.deadline_s
    current = _parse_url(url)
    http = client if client is not None else _new_client(limits)
    watchdog = Watchdog(deadline)
    try:
        with watchdog:
            for _hop in range(limits.max_redirects + 1):
                with _send(http, current, limits, deadline, watchdog, etag, last_modified) as sent:
                    target = _redirect_target(sent, current)
                    if target is None:
                        response = _complete(sent, current, limits, deadline, etag, last_modified)
                        if watchdog.fired:  # the cut may have looked like the body's end
                            raise _deadline_exceeded(watchdog.phase, current, limits)
                        return response
                current = target
        raise Permanent(
            f"too many redirects (more than {limits.max_redirects}) from {_show(url)}",
            code=causes.TOO_MANY_REDIRECTS,
        )
    except httpx.HTTPError as exc:
        if watchdog.fired:  # the deadline cut the connection: whatever httpx says, that is why
            raise _deadline_exceeded(watchdog.phase, current, limits) from exc
        raise _network_failure(exc, current, watchdog.phase) from exc
    finally:
        if client is None:
            http.close()


def _network_failure(exc: httpx.HTTPError, url: httpx.URL, phase: str) -> Exception:
    if isinstance(exc, httpx.TimeoutException):
        if phase == WAITING_FOR_HEADERS:
            return Transient(
                f"timed out waiting for headers from {_show(url)}", code=causes.TIMEOUT_HEADERS
            )
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout) or phase == CONNECTING:
            return Transient(f"connect timeout fetching {_show(url)}", code=causes.TIMEOUT_CONNECT)
        kind = type(exc).__name__.removesuffix("Timeout").lower() or "network"
        return Transient(f"{kind} timeout fetching {_show(url)}", code=causes.TIMEOUT_BODY)
    if isinstance(exc, httpx.RemoteProtocolError):
        if _TRUNCATION_MARKER in str(exc):
            return Transient(f"truncated body from {_show(url)}: {exc}", code=causes.TRUNCATED_BODY)
        return Transient(
            f"HTTP protocol error from {_show(url)}: {exc}", code=causes.PROTOCOL_ERROR
        )
    if isinstance(exc, httpx.TransportError):
        return Transient(
            f"network error fetching {_show(url)}: {str(exc) or type(exc).__name__}",
            code=causes.CONNECTION_ERROR,
        )
    if isinstance(exc, httpx.InvalidURL):
        return Permanent(f"invalid URL {_show(url)}: {exc}", code=causes.INVALID_URL)
    return Transient(f"HTTP error fetching {_show(url)}: {exc}", code=causes.CONNECTION_ERROR)


def _deadline_exceeded(phase: str, url: httpx.URL, limits: FetchLimits) -> Transient:
    if phase == WAITING_FOR_HEADERS:
        return Transient(
            f"timed out waiting for headers from {_show(url)} (deadline {limits.deadline_s:g} s)",
            code=causes.TIMEOUT_HEADERS,
        )
    if phase == CONNECTING:
        return Transient(f"connect timeout fetching {_show(url)}", code=causes.TIMEOUT_CONNECT)
    return Transient(f"deadline exceeded fetching {_show(url)}", code=causes.TIMEOUT_BODY)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """httpx's default TLS settings (certifi's CAs, verification on), built once per process.

    Building it loads every CA certificate: 20-45 ms of CPU, which a client per download paid
    on every article (docs/benchmarks.md). A context holds no connection state, so one serves
    every client; a worker builds it before forking (shared/preload.py)."""
    return httpx.create_ssl_context()


def _new_client(limits: FetchLimits) -> httpx.Client:
    # trust_env=False: an HTTP(S)_PROXY from the environment would resolve names itself and
    # defeat the pinning; follow_redirects=False: each hop goes through `_send`'s guard.
    return httpx.Client(
        headers={"User-Agent": limits.user_agent},
        follow_redirects=False,
        trust_env=False,
        verify=tls_context(),
        timeout=_timeout(limits, limits.deadline_s),
    )


def _timeout(limits: FetchLimits, remaining: float) -> httpx.Timeout:
    # No single wait may outlast the whole download's deadline.
    remaining = max(remaining, 0.001)
    connect = min(limits.connect_timeout_s, remaining)
    read = min(limits.read_timeout_s, remaining)
    return httpx.Timeout(connect=connect, read=read, write=read, pool=connect)


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise Permanent(f"invalid URL {_show(url)}: {exc}", code=causes.INVALID_URL) from exc
    if parsed.scheme not in ("http", "https"):
        raise Permanent(
            f"refused: only http and https URLs are fetched, not {_show(url)}",
            code=causes.UNSUPPORTED_SCHEME,
        )
    if not parsed.host:
        raise Permanent(f"invalid URL {_show(url)}: no host", code=causes.INVALID_URL)
    return parsed.copy_with(fragment=None)


@contextlib.contextmanager
def _send(
    http: httpx.Client,
    url: httpx.URL,
    limits: FetchLimits,
    deadline: float,
    watchdog: Watchdog,
    etag: str | None,
    last_modified: str | None,
) -> Iterator[httpx.Response]:
    """Check `url`'s host with the SSRF guard, then open one request pinned to a checked IP."""
    remaining = _remaining(deadline, url)
    host = url.raw_host.decode("ascii")
    addresses = check_host(host, url.port or _default_port(url), limits.allowed_networks)
    headers = {
        "Host": url.netloc.decode("ascii"),
        "User-Agent": limits.user_agent,
        "Accept-Encoding": _ACCEPT_ENCODING,
        # httpx pools connections by origin, which is now an IP: a kept-alive TLS connection
        # verified for one host name could carry a later request for another name on that IP.
        "Connection": "close",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    # httpcore verifies the certificate against `sni_hostname` when given, so TLS still proves
    # we reached `host` even though the URL now names its address.
    extensions: dict[str, object] = {"trace": watchdog.trace}
    if url.scheme == "https":
        extensions["sni_hostname"] = host
    with http.stream(
        "GET",
        url.copy_with(host=_pick_address(addresses)),
        headers=headers,
        extensions=extensions,
        follow_redirects=False,
        timeout=_timeout(limits, remaining),
    ) as response:
        yield response


def _pick_address(addresses: list[str]) -> str:
    # No happy-eyeballs here: prefer IPv4, which works in every container network we run in.
    for address in addresses:
        if ipaddress.ip_address(address).version == 4:
            return address
    return addresses[0]


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _redirect_target(response: httpx.Response, current: httpx.URL) -> httpx.URL | None:
    if response.status_code not in _REDIRECT_STATUSES:
        return None
    location = response.headers.get("location", "").strip()
    if not location:
        raise Permanent(
            f"HTTP {response.status_code} redirect without Location from {_show(current)}",
            code=causes.BAD_REDIRECT,
        )
    try:
        target = current.join(location)
    except httpx.InvalidURL as exc:
        raise Permanent(
            f"redirect to an invalid URL from {_show(current)}: {exc}", code=causes.BAD_REDIRECT
        ) from exc
    if target.scheme not in ("http", "https"):
        raise Permanent(
            f"refused: redirect to a non-http(s) URL from {_show(current)}",
            code=causes.UNSUPPORTED_SCHEME,
        )
    return target.copy_with(fragment=None)


def _complete(
    response: httpx.Response,
    url: httpx.URL,
    limits: FetchLimits,
    deadline: float,
    etag: str | None,
    last_modified: str | None,
) -> Response:
    headers = {name.lower(): value for name, value in response.headers.items()}
    status = response.status_code
    if status == 304:
        return Response(
            url=str(url),
            status=status,
            headers=headers,
            body=b"",
            etag=headers.get("etag", etag),
            last_modified=headers.get("last-modified", last_modified),
            content_type=headers.get("content-type"),
            not_modified=True,
        )
    _check_status(response, url)
    body = _read_body(response, limits, deadline, url)
    return Response(
        url=str(url),
        status=status,
        headers=headers,
        body=body,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        content_type=headers.get("content-type"),
    )


def _check_status(response: httpx.Response, url: httpx.URL) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    what = f"HTTP {status} {response.reason_phrase}".rstrip() + f" from {_show(url)}"
    if status in _RETRY_AFTER_STATUSES:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is not None:
            what += f", retry after {retry_after:.0f} s"
        code = causes.HTTP_RATE_LIMITED if status == 429 else causes.HTTP_UNAVAILABLE
        raise Transient(what, retry_after=retry_after, code=code)
    if status >= 500:
        raise Transient(what, code=causes.HTTP_SERVER_ERROR)
    if 400 <= status < 500:
        raise Permanent(what, code=causes.HTTP_CLIENT_ERROR)
    raise Permanent(f"unexpected {what}", code=causes.HTTP_UNEXPECTED_STATUS)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP date (None if bad)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" dates parse naive; HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _read_body(
    response: httpx.Response, limits: FetchLimits, deadline: float, url: httpx.URL
) -> bytes:
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = _Inflater.for_encoding(encoding, url)
    expected = _content_length(response)
    if inflater is None and expected is not None and expected > limits.max_bytes:
        raise Permanent(
            f"body over {limits.max_bytes} bytes from {_show(url)} (Content-Length)",
            code=causes.BODY_TOO_LARGE,
        )
    body = bytearray()
    received = 0
    for chunk in response.iter_raw():
        _remaining(deadline, url)
        received += len(chunk)
        room = limits.max_bytes - len(body)
        data = chunk if inflater is None else inflater.inflate(chunk, room + 1)
        if len(data) > room:
            raise Permanent(
                f"body over {limits.max_bytes} bytes from {_show(url)}", code=causes.BODY_TOO_LARGE
            )
        body += data
    if expected is not None and received < expected:
        raise Transient(
            f"truncated body from {_show(url)}: received {received} of {expected} bytes",
            code=causes.TRUNCATED_BODY,
        )
    if inflater is not None and received and not inflater.finished:
        raise Transient(
            f"truncated body from {_show(url)}: {encoding} stream cut short",
            code=causes.TRUNCATED_BODY,
        )
    return bytes(body)


class _Inflater:
    """Streaming gzip/deflate decoder whose output per call is capped by the caller."""

    def __init__(self, encoding: str, url: httpx.URL) -> None:
        self._encoding = encoding
        self._url = url
        # 47 = 32 + 15: zlib detects a gzip or zlib header itself.
        self._decompressor = zlib.decompressobj(wbits=47)
        self._started = False

    @classmethod
    def for_encoding(cls, encoding: str, url: httpx.URL) -> _Inflater | None:
        if encoding in ("", "identity"):
            return None
        if encoding in ("gzip", "x-gzip", "deflate"):
            return cls(encoding, url)
        raise Permanent(
            f"unsupported Content-Encoding {encoding!r} from {_show(url)}",
            code=causes.BAD_CONTENT_ENCODING,
        )

    @property
    def finished(self) -> bool:
        return self._decompressor.eof

    def inflate(self, data: bytes, max_length: int) -> bytes:
        """Decode `data`, returning at most `max_length` bytes (more would be over the cap)."""
        if self._decompressor.eof:
            return b""  # trailing bytes after the stream's end are ignored, as httpx does
        try:
            return self._decompressor.decompress(data, max_length)
        except zlib.error as exc:
            if self._encoding == "deflate" and not self._started:
                # Some servers send raw deflate without the zlib header the RFC asks for.
                self._decompressor = zlib.decompressobj(wbits=-15)
                self._started = True
                return self.inflate(data, max_length)
            raise Permanent(
                f"corrupt {self._encoding} body from {_show(self._url)}: {exc}",
                code=causes.BAD_CONTENT_ENCODING,
            ) from exc
        finally:
            self._started = True


def _content_length(response: httpx.Response) -> int | None:
    value = response.headers.get("content-length", "").strip()
    return int(value) if value.isdigit() else None


def _remaining(deadline: float, url: httpx.URL) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise Transient(f"deadline exceeded fetching {_show(url)}", code=causes.TIMEOUT_BODY)
    return remaining


def _show(url: httpx.URL | str) -> str:
    """The URL for a message: without credentials or query (which may carry tokens), short."""
    try:
        parsed = httpx.URL(str(url))
        text = str(parsed.copy_with(username=None, password=None, query=None, fragment=None))
    except (httpx.InvalidURL, TypeError, ValueError):
        text = str(url)
    return text if len(text) <= 200 else text[:200] + "..."

import dataclasses
import gzip
import shutil
import socket
import ssl
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from fetcher_testing import (
    FEEDS,
    SEEDS,
    LocalServer,
    Reply,
    Request,
    fake_dns,
    self_signed_certificate,
)

from services.fetcher.feeds import parse_feed
from services.fetcher.http import FetchLimits, download, parse_retry_after
from shared.errors import Permanent, Transient

GIB = 1024**3


def seed_page(name: str) -> bytes:
    text = (SEEDS / name).read_text()
    title, _, rest = text.partition("\n")
    paragraphs = "".join(f"<p>{line}</p>" for line in rest.splitlines() if line.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


def gzip_bomb(total: int = GIB, block: int = 1024 * 1024) -> Iterator[bytes]:
    """`total` zero bytes gzip-compressed on the fly (~1,000:1), never all in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(block)
    pending = b""
    for _ in range(total // block):
        pending += compressor.compress(zeros)
        if len(pending) >= 16 * 1024:
            yield pending
            pending = b""
    yield pending + compressor.flush()


def test_feed_then_articles_end_to_end(local_server: LocalServer, limits: FetchLimits) -> None:
    for name in ("000_f0ac4543b9476d1e", "001_94711507541671b2"):
        local_server.add(
            f"/articles/{name}.html",
            Reply(
                headers={"Content-Type": "text/html; charset=utf-8"}, body=seed_page(f"{name}.txt")
            ),
        )
    feed_url = local_server.feed("/feed.xml", (FEEDS / "rss20.xml").read_bytes())

    response = download(feed_url, limits=limits)
    assert response.status == 200
    parsed = parse_feed(response.body, base_url=response.url, content_type=response.content_type)
    assert [e.url for e in parsed.entries] == [
        local_server.url("/articles/000_f0ac4543b9476d1e.html"),
        local_server.url("/articles/001_94711507541671b2.html"),
    ]
    page = download(parsed.entries[0].url, limits=limits)
    assert b"50 billion euros" in page.body
    assert page.content_type == "text/html; charset=utf-8"


def test_request_identifies_itself(local_server: LocalServer, limits: FetchLimits) -> None:
    download(local_server.feed("/feed.xml", b"<rss/>"), limits=limits)
    (request,) = local_server.hits("/feed.xml")
    assert request.headers["user-agent"] == limits.user_agent
    assert request.headers["accept-encoding"] == "gzip, deflate"
    assert request.headers["host"] == f"127.0.0.1:{local_server.port}"


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, no zlib header
    ],
)
def test_compressed_body_is_decoded(
    local_server: LocalServer, limits: FetchLimits, encoding: str, encode: Any
) -> None:
    body = (FEEDS / "atom.xml").read_bytes()
    url = local_server.add("/c", Reply(headers={"Content-Encoding": encoding}, body=encode(body)))
    assert download(url, limits=limits).body == body


def test_conditional_get_304(local_server: LocalServer, limits: FetchLimits) -> None:
    def route(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(status=304, headers={"ETag": '"v1"'})
        return Reply(
            headers={"ETag": '"v1"', "Last-Modified": "Wed, 15 Jan 2025 18:00:00 GMT"},
            body=b"<rss/>",
        )

    url = local_server.add("/feed.xml", route)
    first = download(url, limits=limits)
    assert (first.not_modified, first.body, first.etag) == (False, b"<rss/>", '"v1"')
    assert first.last_modified == "Wed, 15 Jan 2025 18:00:00 GMT"

    second = download(url, limits=limits, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified
    assert second.status == 304
    assert second.body == b""
    assert second.etag == '"v1"'
    assert second.last_modified == "Wed, 15 Jan 2025 18:00:00 GMT"
    sent = local_server.hits("/feed.xml")[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Wed, 15 Jan 2025 18:00:00 GMT"


@pytest.mark.parametrize("status", [404, 410, 403, 401])
def test_client_errors_are_permanent(
    local_server: LocalServer, limits: FetchLimits, status: int
) -> None:
    url = local_server.add("/gone", Reply(status=status, body=b"nope"))
    with pytest.raises(Permanent, match=rf"^HTTP {status} .*from {url}$"):
        download(url, limits=limits)


@pytest.mark.parametrize("status", [500, 502, 504])
def test_server_errors_are_transient(
    local_server: LocalServer, limits: FetchLimits, status: int
) -> None:
    url = local_server.add("/boom", Reply(status=status))
    with pytest.raises(Transient, match=rf"^HTTP {status} ") as caught:
        download(url, limits=limits)
    assert caught.value.retry_after is None


def test_429_retry_after_seconds(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.add("/slow-down", Reply(status=429, headers={"Retry-After": "120"}))
    with pytest.raises(
        Transient, match=r"^HTTP 429 Too Many Requests .*retry after 120 s$"
    ) as caught:
        download(url, limits=limits)
    assert caught.value.retry_after == 120


def test_503_retry_after_http_date(local_server: LocalServer, limits: FetchLimits) -> None:
    when = datetime.fromtimestamp(time.time() + 300, tz=UTC)
    header = when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    url = local_server.add("/maintenance", Reply(status=503, headers={"Retry-After": header}))
    with pytest.raises(Transient, match=r"^HTTP 503 ") as caught:
        download(url, limits=limits)
    assert caught.value.retry_after is not None
    assert 290 <= caught.value.retry_after <= 300


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("3600", 3600.0),
        ("Wed, 01 Jan 2025 00:02:00 GMT", 120.0),
        ("Tue, 31 Dec 2024 23:00:00 GMT", 0.0),  # in the past
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    assert parse_retry_after(value, now=now) == expected


def test_redirects_are_followed(local_server: LocalServer, limits: FetchLimits) -> None:
    local_server.redirect("/old", "/moved", status=301)
    local_server.redirect("/moved", local_server.url("/final#frag"), status=307)
    local_server.feed("/final", b"<rss/>")
    response = download(local_server.url("/old"), limits=limits)
    assert response.url == local_server.url("/final")
    assert response.body == b"<rss/>"


def test_five_redirects_allowed_six_refused(local_server: LocalServer, limits: FetchLimits) -> None:
    for hop in range(6):
        local_server.redirect(f"/r{hop}", f"/r{hop + 1}")
    local_server.feed("/r6", b"<rss/>")
    assert download(local_server.url("/r1"), limits=limits).body == b"<rss/>"  # 5 hops
    with pytest.raises(Permanent, match=r"^too many redirects \(more than 5\) from "):
        download(local_server.url("/r0"), limits=limits)  # 6 hops


def test_redirect_loop(local_server: LocalServer, limits: FetchLimits) -> None:
    local_server.redirect("/a", "/b")
    local_server.redirect("/b", "/a")
    with pytest.raises(Permanent, match=r"^too many redirects"):
        download(local_server.url("/a"), limits=limits)
    assert len(local_server.requests) == limits.max_redirects + 1


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("http://10.0.0.1/admin", "refused: 10.0.0.1 resolves to private address 10.0.0.1"),
        (
            "http://169.254.169.254/latest/meta-data/",
            "refused: 169.254.169.254 resolves to link-local address 169.254.169.254",
        ),
        ("http://[::1]:8080/", r"refused: ::1 resolves to loopback address ::1 \(port 8080\)"),
    ],
)
def test_redirect_to_private_address_is_refused_before_connecting(
    local_server: LocalServer,
    limits: FetchLimits,
    connections: list[tuple[str, int]],
    target: str,
    message: str,
) -> None:
    url = local_server.redirect("/evil", target)
    with pytest.raises(Permanent, match=rf"^{message}$"):
        download(url, limits=limits)
    assert connections == [("127.0.0.1", local_server.port)]  # only the first hop


def test_redirect_to_other_scheme_is_refused(
    local_server: LocalServer, limits: FetchLimits
) -> None:
    url = local_server.redirect("/ftp", "ftp://127.0.0.1/feed.xml")
    with pytest.raises(Permanent, match=r"^refused: redirect to a non-http\(s\) URL"):
        download(url, limits=limits)


def test_localhost_refused_unless_allow_listed(
    local_server: LocalServer, limits: FetchLimits, connections: list[tuple[str, int]]
) -> None:
    local_server.feed("/feed.xml", b"<rss/>")
    url = f"http://localhost:{local_server.port}/feed.xml"
    with pytest.raises(Permanent, match=r"^refused: localhost resolves to loopback address"):
        download(url, limits=dataclasses.replace(limits, allowed_networks=()))
    assert connections == []
    assert local_server.requests == []

    # Every address "localhost" resolves to must be allowed (here 127.0.0.1, maybe ::1).
    localhost = {str(info[4][0]) for info in socket.getaddrinfo("localhost", None)}
    response = download(url, limits=dataclasses.replace(limits, allowed_networks=tuple(localhost)))
    assert response.body == b"<rss/>"
    assert response.url == url


def test_hostname_is_pinned_to_the_checked_address(
    local_server: LocalServer, limits: FetchLimits, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name resolves once; the connection goes to that checked address (no rebinding)."""
    local_server.feed("/feed.xml", b"<rss/>")
    asked = fake_dns(monkeypatch, {"feeds.example.test": ["127.0.0.1"]})
    url = f"http://feeds.example.test:{local_server.port}/feed.xml"
    response = download(url, limits=limits)
    assert response.body == b"<rss/>"
    assert response.url == url
    assert asked == ["feeds.example.test"]  # httpx never resolved the name a second time
    assert (
        local_server.hits("/feed.xml")[0].headers["host"]
        == f"feeds.example.test:{local_server.port}"
    )


def test_name_resolving_to_private_address_is_refused(
    local_server: LocalServer, limits: FetchLimits, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {"rebind.example.test": ["10.0.0.1"]})
    url = local_server.redirect("/r", "http://rebind.example.test/")
    with pytest.raises(
        Permanent, match=r"^refused: rebind.example.test resolves to private address 10.0.0.1$"
    ):
        download(url, limits=limits)


def test_body_over_cap_with_content_length(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.add("/big", Reply(body=b"x" * (limits.max_bytes + 1)))
    with pytest.raises(
        Permanent, match=rf"^body over {limits.max_bytes} bytes from .*Content-Length"
    ):
        download(url, limits=limits)


def test_body_over_cap_without_content_length(
    local_server: LocalServer, limits: FetchLimits
) -> None:
    chunks = [b"x" * 65536] * (limits.max_bytes // 65536 + 2)
    url = local_server.add("/big", Reply(chunks=chunks, content_length=None))
    with pytest.raises(Permanent, match=rf"^body over {limits.max_bytes} bytes from "):
        download(url, limits=limits)


def test_body_at_cap_is_accepted(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.add(
        "/exact",
        Reply(headers={"Content-Encoding": "gzip"}, body=gzip.compress(b"y" * limits.max_bytes)),
    )
    assert len(download(url, limits=limits).body) == limits.max_bytes


def test_gzip_bomb_is_refused_with_bounded_memory(
    local_server: LocalServer, limits: FetchLimits
) -> None:
    url = local_server.add(
        "/bomb",
        Reply(headers={"Content-Encoding": "gzip"}, chunks=gzip_bomb(), content_length=None),
    )
    tracemalloc.start()
    try:
        with pytest.raises(Permanent, match=rf"^body over {limits.max_bytes} bytes from "):
            download(url, limits=limits)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # 1 GB of zeros were on offer; we held about the 1 MB cap (httpx's own decoder: ~150 MB).
    assert peak < 8 * limits.max_bytes


# Deadlines and timeouts: test_http_deadline.py.


def test_truncated_content_length_body(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.add("/cut", Reply(body=b"<rss>" + b"x" * 95, content_length=1000))
    with pytest.raises(Transient, match=r"^truncated body from "):
        download(url, limits=limits)


@pytest.mark.parametrize("content_length", ["auto", None])
def test_truncated_gzip_body(
    local_server: LocalServer, limits: FetchLimits, content_length: Any
) -> None:
    # Content-Length matches what is sent (or is absent): only the gzip stream shows the cut.
    whole = gzip.compress((FEEDS / "rss20.xml").read_bytes() * 20)
    url = local_server.add(
        "/cut.gz",
        Reply(
            headers={"Content-Encoding": "gzip"},
            body=whole[: len(whole) // 2],
            content_length=content_length,
        ),
    )
    with pytest.raises(Transient, match=r"^truncated body from .*gzip stream cut short$"):
        download(url, limits=limits)


def test_corrupt_gzip_is_permanent(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.add(
        "/bad.gz", Reply(headers={"Content-Encoding": "gzip"}, body=b"not gzip at all")
    )
    with pytest.raises(Permanent, match=r"^corrupt gzip body from "):
        download(url, limits=limits)


def test_unsupported_content_encoding(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.add("/br", Reply(headers={"Content-Encoding": "br"}, body=b"\x0b\x02\x80"))
    with pytest.raises(Permanent, match=r"^unsupported Content-Encoding 'br'"):
        download(url, limits=limits)


def test_connection_refused_is_transient(limits: FetchLimits) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(Transient, match=r"^network error fetching http://127.0.0.1:\d+/feed.xml: "):
        download(f"http://127.0.0.1:{port}/feed.xml", limits=limits)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/feed.xml", r"^refused: only http and https URLs are fetched"),
        ("file:///etc/passwd", r"^refused: only http and https URLs are fetched"),
        ("http:///nohost", r"^invalid URL "),
    ],
)
def test_bad_urls_are_permanent(limits: FetchLimits, url: str, message: str) -> None:
    with pytest.raises(Permanent, match=message):
        download(url, limits=limits)


def test_messages_do_not_show_credentials_or_query(
    local_server: LocalServer, limits: FetchLimits
) -> None:
    local_server.add("/private", Reply(status=404))
    url = f"http://user:hunter2@127.0.0.1:{local_server.port}/private?token=s3cret"
    with pytest.raises(Permanent) as caught:
        download(url, limits=limits)
    assert str(caught.value) == f"HTTP 404 Not Found from {local_server.url('/private')}"


def test_non_utf8_feed_over_http(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.feed("/ru.xml", (FEEDS / "windows1251.xml").read_bytes(), "text/xml")
    response = download(url, limits=limits)
    parsed = parse_feed(response.body, base_url=response.url, content_type=response.content_type)
    assert parsed.title == "Новости помощи"


def test_html_page_served_as_feed(local_server: LocalServer, limits: FetchLimits) -> None:
    url = local_server.feed("/feed", (FEEDS / "html_page.html").read_bytes(), "text/html")
    response = download(url, limits=limits)
    with pytest.raises(Permanent, match=r"^not a feed: HTML page$"):
        parse_feed(response.body, base_url=response.url, content_type=response.content_type)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")
def test_https_pinned_connection_still_verifies_the_host_name(
    tmp_path: Path, limits: FetchLimits, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The socket goes to the checked IP, but TLS checks the certificate against the name."""
    cert, key = self_signed_certificate(tmp_path, "feeds.example.test")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    server = LocalServer(tls=server_tls)
    server.feed("/feed.xml", b"<rss/>")
    server.start()
    fake_dns(
        monkeypatch, {"feeds.example.test": ["127.0.0.1"], "other.example.test": ["127.0.0.1"]}
    )
    try:
        with httpx.Client(verify=ssl.create_default_context(cafile=cert)) as client:
            url = f"https://feeds.example.test:{server.port}/feed.xml"
            assert download(url, limits=limits, client=client).body == b"<rss/>"
            # Same IP and port, a name the certificate does not cover: refused by TLS.
            with pytest.raises(Transient, match=r"^network error .*Hostname mismatch"):
                download(
                    f"https://other.example.test:{server.port}/feed.xml",
                    limits=limits,
                    client=client,
                )
    finally:
        server.stop()
    assert server.hits("/feed.xml")[0].headers["connection"] == "close"

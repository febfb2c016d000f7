"""The download's wall-clock deadline covers the headers too; every outcome carries its cause."""

import dataclasses
import shutil
import socket
import ssl
from pathlib import Path

import httpx
import pytest
from fetcher_testing import LocalServer, Reply, fake_dns, self_signed_certificate

from services.fetcher import causes
from services.fetcher.http import FetchLimits, download
from shared.errors import Permanent, Transient

DRIP_PIECES = 200  # 200 x 0.05 s = 10 s of headers: far beyond the 1 s deadline


def dripped_headers() -> list[bytes]:
    return [b"HTTP/1.1 200 OK\r\n"] + [b"X-Drip: %d\r\n" % i for i in range(DRIP_PIECES - 1)]


@pytest.fixture
def short(limits: FetchLimits) -> FetchLimits:
    """A 1 s deadline, with per-read timeouts (5 s) that a drip never trips on its own."""
    return dataclasses.replace(limits, deadline_s=1.0, read_timeout_s=5.0)


def test_server_dripping_its_headers_is_cut_at_the_deadline(
    local_server: LocalServer, short: FetchLimits
) -> None:
    url = local_server.add("/drip-head", Reply(raw_head=dripped_headers(), chunk_delay=0.05))
    with pytest.raises(Transient) as caught:
        download(url, limits=short)
    assert str(caught.value) == f"timed out waiting for headers from {url} (deadline 1 s)"
    assert caught.value.code == causes.TIMEOUT_HEADERS
    # The connection was cut: the server could not send all its headers.
    assert 0 < local_server.pieces_sent["/drip-head"] < DRIP_PIECES


def test_header_drip_after_a_redirect_names_the_hop(
    local_server: LocalServer, short: FetchLimits
) -> None:
    slow = local_server.add("/slow", Reply(raw_head=dripped_headers(), chunk_delay=0.05))
    url = local_server.redirect("/feed.xml", "/slow")
    with pytest.raises(Transient, match=rf"^timed out waiting for headers from {slow} "):
        download(url, limits=short)


def test_silent_server_times_out_waiting_for_headers(
    local_server: LocalServer, limits: FetchLimits
) -> None:
    limits = dataclasses.replace(limits, read_timeout_s=0.3)
    url = local_server.add("/silent", Reply(body=b"<rss/>", delay=3))
    with pytest.raises(Transient) as caught:
        download(url, limits=limits)
    assert str(caught.value) == f"timed out waiting for headers from {url}"
    assert caught.value.code == causes.TIMEOUT_HEADERS


def test_body_without_length_cut_by_the_deadline_is_not_a_success(
    local_server: LocalServer, short: FetchLimits
) -> None:
    # No Content-Length: the body ends when the connection closes, so the cut itself must not
    # pass for the end of a (half) feed.
    url = local_server.add(
        "/slow-body",
        Reply(chunks=[b"<rss><channel>", b"<item>", b"</item></channel></rss>"], chunk_delay=3,
              content_length=None),
    )  # fmt: skip
    with pytest.raises(Transient) as caught:
        download(url, limits=short)
    assert caught.value.code == causes.TIMEOUT_BODY
    assert local_server.pieces_sent["/slow-body"] == 1


def test_body_drip_hits_the_deadline(local_server: LocalServer, short: FetchLimits) -> None:
    url = local_server.add(
        "/drip", Reply(chunks=[b"<"] * 100, chunk_delay=0.05, content_length=100)
    )
    with pytest.raises(Transient, match=r"^deadline exceeded fetching ") as caught:
        download(url, limits=short)
    assert caught.value.code == causes.TIMEOUT_BODY
    assert local_server.pieces_sent["/drip"] < 100


def test_fast_download_is_unaffected_by_the_watchdog(
    local_server: LocalServer, short: FetchLimits
) -> None:
    url = local_server.feed("/feed.xml", b"<rss/>")
    for _ in range(3):  # a cancelled timer must not cut a later download
        assert download(url, limits=short).body == b"<rss/>"


@pytest.mark.parametrize(
    ("reply", "kind", "code", "retry_after"),
    [
        (Reply(status=404), Permanent, causes.HTTP_CLIENT_ERROR, None),
        (Reply(status=410), Permanent, causes.HTTP_CLIENT_ERROR, None),
        (Reply(status=429, headers={"Retry-After": "30"}), Transient, causes.HTTP_RATE_LIMITED, 30),
        (Reply(status=503, headers={"Retry-After": "60"}), Transient, causes.HTTP_UNAVAILABLE, 60),
        (Reply(status=503), Transient, causes.HTTP_UNAVAILABLE, None),
        (Reply(status=500), Transient, causes.HTTP_SERVER_ERROR, None),
        (Reply(status=302), Permanent, causes.BAD_REDIRECT, None),
        (Reply(headers={"Content-Encoding": "br"}, body=b"x"), Permanent,
         causes.BAD_CONTENT_ENCODING, None),
        (Reply(body=b"<rss>", content_length=50), Transient, causes.TRUNCATED_BODY, None),
    ],
    ids=["404", "410", "429", "503-retry-after", "503", "500", "302-no-location", "br",
         "truncated"],
)  # fmt: skip
def test_http_outcomes_carry_their_cause(
    local_server: LocalServer,
    limits: FetchLimits,
    reply: Reply,
    kind: type[Exception],
    code: str,
    retry_after: float | None,
) -> None:
    url = local_server.add("/x", reply)
    with pytest.raises(kind) as caught:
        download(url, limits=limits)
    assert getattr(caught.value, "code", None) == code
    assert getattr(caught.value, "retry_after", None) == retry_after


def test_connection_refused_is_a_transient_connection_error(limits: FetchLimits) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(Transient) as caught:
        download(f"http://127.0.0.1:{port}/feed.xml", limits=limits)
    assert caught.value.code == causes.CONNECTION_ERROR


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://example.com/feed.xml", causes.UNSUPPORTED_SCHEME),
        ("http:///nohost", causes.INVALID_URL),
        ("http://10.0.0.1/", causes.REFUSED_ADDRESS),
    ],
)
def test_refused_urls_carry_their_cause(limits: FetchLimits, url: str, code: str) -> None:
    with pytest.raises(Permanent) as caught:
        download(url, limits=limits)
    assert caught.value.code == code


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")
def test_https_server_dripping_its_headers_is_cut_too(
    tmp_path: Path, short: FetchLimits, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over TLS the socket to cut is the wrapped one (start_tls), not the one first connected."""
    cert, key = self_signed_certificate(tmp_path, "feeds.example.test")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    server = LocalServer(tls=server_tls)
    server.add("/drip-head", Reply(raw_head=dripped_headers(), chunk_delay=0.05))
    server.start()
    fake_dns(monkeypatch, {"feeds.example.test": ["127.0.0.1"]})
    url = f"https://feeds.example.test:{server.port}/drip-head"
    try:
        with (
            httpx.Client(verify=ssl.create_default_context(cafile=cert)) as client,
            pytest.raises(Transient) as caught,
        ):
            download(url, limits=short, client=client)
    finally:
        server.stop()
    assert caught.value.code == causes.TIMEOUT_HEADERS
    assert str(caught.value).startswith(f"timed out waiting for headers from {url} ")
    assert 0 < server.pieces_sent["/drip-head"] < DRIP_PIECES

"""The allow-list's format, its check at start-up, and ports enforced on every hop."""

import dataclasses
import ipaddress
from collections.abc import Iterator

import pytest
from fetcher_testing import LocalServer, fake_dns
from pydantic import ValidationError

from services.fetcher import causes
from services.fetcher.http import FetchLimits, download
from services.fetcher.ssrf import check_host
from shared.allowlist import (
    AllowListError,
    AllowRule,
    parse_allow_list,
    parse_entry,
    split_setting,
)
from shared.config import Settings
from shared.errors import Permanent


@pytest.mark.parametrize(
    ("entry", "rule"),
    [
        ("feeds.internal", AllowRule("feeds.internal", None, None)),
        ("Feeds.Internal.:8080", AllowRule("feeds.internal", None, 8080)),
        ("bücher.internal:443", AllowRule("xn--bcher-kva.internal", None, 443)),
        ("127.0.0.1", AllowRule(None, ipaddress.ip_network("127.0.0.1/32"), None)),
        ("127.0.0.1:8080", AllowRule(None, ipaddress.ip_network("127.0.0.1/32"), 8080)),
        ("10.1.2.3/8:443", AllowRule(None, ipaddress.ip_network("10.0.0.0/8"), 443)),
        ("::1", AllowRule(None, ipaddress.ip_network("::1/128"), None)),
        ("[::1]", AllowRule(None, ipaddress.ip_network("::1/128"), None)),
        ("[::1]:8080", AllowRule(None, ipaddress.ip_network("::1/128"), 8080)),
        ("fd00::/8", AllowRule(None, ipaddress.ip_network("fd00::/8"), None)),
        ("[fd00::/8]:443", AllowRule(None, ipaddress.ip_network("fd00::/8"), 443)),
    ],
)
def test_entry_formats(entry: str, rule: AllowRule) -> None:
    assert parse_entry(entry) == rule


@pytest.mark.parametrize(
    ("entry", "why"),
    [
        ("127.0.0.1:99999", "port '99999' is not a number from 1 to 65535"),
        ("127.0.0.1:0", "port '0' is not a number from 1 to 65535"),
        ("feeds.internal:http", "port 'http' is not a number from 1 to 65535"),
        ("feeds.internal:", "port '' is not a number from 1 to 65535"),
        ("10.0.0.0/33", "invalid CIDR"),
        ("10.0.0.0/8/8", "invalid CIDR"),
        ("999.1.2.3", "invalid IP address"),
        ("[::1", "'[' without ']'"),
        ("[::1]8080", "only ':PORT' may follow ']'"),
        ("[feeds.internal]:80", "neither a host name nor a CIDR"),
        ("http://feeds.internal/", "a URL; give the host or address only"),
        ("feeds internal", "neither a host name nor a CIDR"),
        ("-bad-.internal", "neither a host name nor a CIDR"),
    ],
)
def test_bad_entries_name_the_entry_and_the_problem(entry: str, why: str) -> None:
    with pytest.raises(AllowListError) as caught:
        parse_entry(entry)
    message = str(caught.value)
    assert message.startswith(f"bad allow-list entry {entry!r}: {why} (expected HOST, HOST:PORT")
    assert "\n" not in message


def test_setting_is_split_and_every_entry_checked() -> None:
    assert split_setting(" 127.0.0.1:8080, [::1]:80 ,,feeds.internal ") == (
        "127.0.0.1:8080",
        "[::1]:80",
        "feeds.internal",
    )
    assert split_setting("") == ()
    with pytest.raises(AllowListError, match=r"^bad allow-list entry '10\.0\.0\.0/33'"):
        split_setting("127.0.0.1, 10.0.0.0/33")


def test_settings_refuse_a_bad_entry_at_load_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIDLEDGER_FETCH_ALLOWED_NETWORKS", "127.0.0.1:8080, 127.0.0.1:65536")
    with pytest.raises(ValidationError) as caught:
        Settings()
    (error,) = caught.value.errors()
    assert error["loc"] == ("fetch_allowed_networks",)
    assert "bad allow-list entry '127.0.0.1:65536'" in error["msg"]


def test_settings_keep_the_entries_normalized(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIDLEDGER_FETCH_ALLOWED_NETWORKS", " 127.0.0.1:8080 ,, [fd00::/8]:443 ")
    settings = Settings()
    assert settings.fetch_allowed_networks == "127.0.0.1:8080,[fd00::/8]:443"
    assert settings.fetch_allowed_entries == ("127.0.0.1:8080", "[fd00::/8]:443")


def test_port_scoped_rules() -> None:
    allow = parse_allow_list(("feeds.internal:8080", "10.0.0.0/8:443", "192.168.0.0/16"))
    assert allow.allows_host("FEEDS.internal.", 8080)
    assert not allow.allows_host("feeds.internal", 6379)
    assert allow.allows_address(ipaddress.ip_address("10.9.9.9"), 443)
    assert not allow.allows_address(ipaddress.ip_address("10.9.9.9"), 80)
    assert allow.allows_address(ipaddress.ip_address("192.168.1.1"), 6379)  # no port: every port


def test_check_host_with_ports(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"feeds.internal.test": ["10.1.2.3"]})
    assert check_host("feeds.internal.test", 8080, ("feeds.internal.test:8080",)) == ["10.1.2.3"]
    with pytest.raises(Permanent) as caught:
        check_host("feeds.internal.test", 6379, ("feeds.internal.test:8080",))
    assert str(caught.value) == (
        "refused: feeds.internal.test resolves to private address 10.1.2.3 (port 6379)"
    )
    assert caught.value.code == causes.REFUSED_ADDRESS
    assert check_host("10.1.2.3", 443, ("10.0.0.0/8:443",)) == ["10.1.2.3"]
    with pytest.raises(Permanent, match=r"private address 10\.1\.2\.3$"):
        check_host("10.1.2.3", 80, ("10.0.0.0/8:443",))


# --- the guard on every hop, against real local servers ---------------------------------------


@pytest.fixture
def other_service() -> Iterator[LocalServer]:
    """A second server on another port of 127.0.0.1: stands for Redis beside the feed."""
    server = LocalServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _limits_for(limits: FetchLimits, *entries: str) -> FetchLimits:
    return dataclasses.replace(limits, allowed_networks=entries)


@pytest.mark.parametrize("entry_form", ["{ip}:{port}", "{name}:{port}", "127.0.0.0/8:{port}"])
def test_redirect_to_another_port_of_an_allow_listed_host_is_refused(
    local_server: LocalServer,
    other_service: LocalServer,
    limits: FetchLimits,
    connections: list[tuple[str, int]],
    monkeypatch: pytest.MonkeyPatch,
    entry_form: str,
) -> None:
    fake_dns(monkeypatch, {"feeds.internal.test": ["127.0.0.1"]})
    entry = entry_form.format(ip="127.0.0.1", name="feeds.internal.test", port=local_server.port)
    host = "feeds.internal.test" if "name" in entry_form else "127.0.0.1"
    local_server.redirect("/feed.xml", f"http://{host}:{other_service.port}/")
    url = f"http://{host}:{local_server.port}/feed.xml"

    with pytest.raises(Permanent) as caught:
        download(url, limits=_limits_for(limits, entry))

    assert str(caught.value) == (
        f"refused: {host} resolves to loopback address 127.0.0.1 (port {other_service.port})"
    )
    assert caught.value.code == causes.REFUSED_ADDRESS
    assert connections == [("127.0.0.1", local_server.port)]  # the refused hop never connected
    assert other_service.requests == []


def test_allow_listed_port_is_followed_on_redirect(
    local_server: LocalServer, other_service: LocalServer, limits: FetchLimits
) -> None:
    other_service.feed("/feed.xml", b"<rss/>")
    url = local_server.redirect("/feed.xml", other_service.url("/feed.xml"))
    entries = (f"127.0.0.1:{local_server.port}", f"127.0.0.1:{other_service.port}")
    response = download(url, limits=_limits_for(limits, *entries))
    assert response.body == b"<rss/>"
    assert response.url == other_service.url("/feed.xml")


def test_entry_without_a_port_allows_every_port(
    local_server: LocalServer, other_service: LocalServer, limits: FetchLimits
) -> None:
    other_service.feed("/feed.xml", b"<rss/>")
    url = local_server.redirect("/feed.xml", other_service.url("/feed.xml"))
    assert download(url, limits=_limits_for(limits, "127.0.0.1")).body == b"<rss/>"


def test_first_hop_on_a_port_not_allow_listed_is_refused(
    local_server: LocalServer, limits: FetchLimits, connections: list[tuple[str, int]]
) -> None:
    url = local_server.feed("/feed.xml", b"<rss/>")
    with pytest.raises(Permanent, match=r"^refused: 127\.0\.0\.1 resolves to loopback address"):
        download(url, limits=_limits_for(limits, f"127.0.0.1:{local_server.port % 65535 + 1}"))
    assert connections == []

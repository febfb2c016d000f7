import socket
from typing import Any

import pytest
from fetcher_testing import fake_dns

from services.fetcher.ssrf import check_host
from shared.allowlist import split_setting
from shared.errors import Permanent, Transient


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("127.0.0.1", "loopback"),
        ("169.254.169.254", "link-local"),  # cloud metadata service
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-global"),  # carrier-grade NAT
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:10.0.0.1", "private"),  # IPv4-mapped
        ("64:ff9b::a00:1", "private"),  # NAT64 of 10.0.0.1
        ("2002:a00:1::", "private"),  # 6to4 of 10.0.0.1
    ],
)
def test_refuses_non_public_addresses(address: str, kind: str) -> None:
    with pytest.raises(Permanent) as caught:
        check_host(address, 80, ())
    assert str(caught.value).startswith(f"refused: {address} resolves to {kind} address")


def test_refusal_message_names_host_and_address(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"intranet.example.test": ["10.0.0.1"]})
    with pytest.raises(
        Permanent, match=r"^refused: intranet.example.test resolves to private address 10.0.0.1$"
    ):
        check_host("intranet.example.test", 80, ())


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700:4700::1111"])
def test_accepts_public_addresses(address: str) -> None:
    assert check_host(address, 443, ()) == [address]


def test_refuses_when_any_address_is_private(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"mixed.example.test": ["93.184.216.34", "192.168.0.10"]})
    with pytest.raises(Permanent, match=r"private address 192\.168\.0\.10$"):
        check_host("mixed.example.test", 80, ())


def test_real_localhost_is_refused() -> None:
    with pytest.raises(Permanent, match=r"refused: localhost resolves to loopback address"):
        check_host("localhost", 80, ())


def test_allow_list_by_cidr(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"feeds.internal.test": ["10.1.2.3"]})
    assert check_host("feeds.internal.test", 80, ("10.0.0.0/8",)) == ["10.1.2.3"]
    with pytest.raises(Permanent, match=r"private address 10\.1\.2\.3$"):
        check_host("feeds.internal.test", 80, ("10.2.0.0/16",))


def test_allow_list_by_host_name(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"feeds.internal.test": ["10.1.2.3", "fd00::3"]})
    assert check_host("feeds.internal.test", 80, ("Feeds.Internal.Test.",)) == [
        "10.1.2.3",
        "fd00::3",
    ]
    with pytest.raises(Permanent):
        check_host("feeds.internal.test", 80, ("other.internal.test",))


def test_allow_list_covers_only_listed_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"two.example.test": ["127.0.0.1", "10.0.0.7"]})
    with pytest.raises(Permanent, match=r"private address 10\.0\.0\.7$"):
        check_host("two.example.test", 80, ("127.0.0.1",))


def test_allowed_networks_setting() -> None:
    assert split_setting(" 127.0.0.1, 10.0.0.0/8 ,,feeds.internal ") == (
        "127.0.0.1",
        "10.0.0.0/8",
        "feeds.internal",
    )
    assert split_setting("") == ()
    with pytest.raises(ValueError, match=r"^bad allow-list entry '10\.0\.0\.0/33': invalid CIDR"):
        split_setting("10.0.0.0/33")


def test_unknown_name_is_permanent_and_dns_outage_transient(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_such_name(*_args: Any, **_kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(Permanent, match=r"^cannot resolve host gone.example.test"):
        check_host("gone.example.test", 80, ())

    def dns_down(*_args: Any, **_kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", dns_down)
    with pytest.raises(Transient, match=r"^DNS lookup of flaky\.example\.test failed for now"):
        check_host("flaky.example.test", 80, ())

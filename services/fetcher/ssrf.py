"""SSRF guard: refuse to fetch from addresses inside our own network.

A feed URL (or a redirect it leads to) is hostile input: without this guard a feed could make a
worker read the cloud metadata service (169.254.169.254), an admin page on 10.x or a service on
localhost. `check_host` resolves the name once and refuses it when *any* resolved address is not
public, so a name with one public and one private record cannot slip through; the caller then
connects to one of the returned (checked) addresses so a second DNS answer cannot differ
(DNS rebinding). See `services.fetcher.http.download`.

The allow-list (setting ``AIDLEDGER_FETCH_ALLOWED_NETWORKS``, format in
`shared.allowlist`) exempts host names or networks, each on one port or on all. It is
judged per hop with the hop's port, so a redirect from an allow-listed feed to another port of the
same host (Redis on 6379, say) is refused unless that port is allow-listed too.
"""

from __future__ import annotations

import ipaddress
import socket

from services.fetcher import causes
from shared.allowlist import IPAddress, parse_allow_list
from shared.errors import Permanent, Transient

# NAT64 (RFC 6052) embeds an IPv4 address that a NAT64 gateway would reach for us.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


def refusal_reason(address: IPAddress) -> str | None:
    """Why `address` must not be fetched from (e.g. "private"), or None if it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv6 form that carries an IPv4 address reaches that IPv4 address: judge that one.
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return refusal_reason(embedded)
    # Order matters: 127.0.0.1 is also "private" in ipaddress's tables; name the precise class.
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("non-global", not address.is_global),  # e.g. 100.64.0.0/10 carrier-grade NAT
    )
    for name, refused in checks:
        if refused:
            return name
    return None


def check_host(host: str, port: int, allowed: tuple[str, ...]) -> list[str]:
    """Resolve `host` and return its addresses if every one may be fetched from.

    Raises Permanent("refused: <host> resolves to <kind> address <ip>") when one may not,
    Permanent when the name does not exist, Transient when DNS fails for now.
    A host name allow-listed on `port` is resolved but not checked; an address is acceptable when
    it is public or inside a network allow-listed on `port`.
    """
    allow = parse_allow_list(tuple(allowed))
    addresses = _resolve(host, port)
    if allow.allows_host(host, port):
        return addresses
    for text in addresses:
        address = ipaddress.ip_address(text)
        if allow.allows_address(address, port):
            continue
        reason = refusal_reason(address)
        if reason is not None:
            raise Permanent(
                f"refused: {host} resolves to {reason} address {text}"
                + ("" if _default_port(port) else f" (port {port})"),
                code=causes.REFUSED_ADDRESS,
            )
    return addresses


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        if exc.errno in (socket.EAI_AGAIN, getattr(socket, "EAI_SYSTEM", None)):
            raise Transient(
                f"DNS lookup of {host} failed for now: {exc.strerror}", code=causes.DNS_UNAVAILABLE
            ) from exc
        raise Permanent(
            f"cannot resolve host {host}: {exc.strerror}", code=causes.DNS_NO_SUCH_HOST
        ) from exc
    except UnicodeError as exc:
        raise Permanent(f"invalid host name {host!r}", code=causes.INVALID_URL) from exc
    addresses: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in infos:
        # Drop an IPv6 zone id ("fe80::1%eth0"); the address itself is what we judge.
        text = str(sockaddr[0]).split("%", 1)[0]
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise Permanent(f"cannot resolve host {host}: no address", code=causes.DNS_NO_SUCH_HOST)
    return addresses


def _default_port(port: int) -> bool:
    return port in (80, 443)

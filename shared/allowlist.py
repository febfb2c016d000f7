"""The SSRF allow-list: which non-public hosts and addresses the fetcher may reach, on which ports.

Setting ``AIDLEDGER_FETCH_ALLOWED_NETWORKS`` is a comma-separated list of entries, each one of:

    HOST            feeds.internal            the name, on every port
    HOST:PORT       feeds.internal:8080       the name, on that port only
    CIDR            10.0.0.0/8, 127.0.0.1     those addresses, on every port
    CIDR:PORT       10.0.0.0/8:443            those addresses, on that port only
    IPv6 in brackets when a port follows:     [::1]:8080, [fd00::/8]:443 ([::1] and ::1 too)

A port matters because an allow-listed host usually runs more than the feed: without one, a feed
on 127.0.0.1:8080 lets a redirect reach Redis on 127.0.0.1:6379. The setting is parsed once, when
the settings load (`shared.config`), and a bad entry fails there with a one-line message naming
it, instead of on every fetch.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from dataclasses import dataclass

import idna

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_PORT = re.compile(r"[0-9]{1,5}")
# One DNS label (letters, digits, hyphens, underscores as some internal names use), not
# starting or ending with a hyphen.
_LABEL = re.compile(r"(?!-)[A-Za-z0-9_-]{1,63}(?<!-)")


class AllowListError(ValueError):
    """An entry of the allow-list setting that does not follow the format (message: one line)."""


@dataclass(frozen=True)
class AllowRule:
    """One entry: a host name or a network, and the one port it is limited to (None: every port)."""

    host: str | None  # lower-case, IDNA-encoded, no trailing dot
    network: IPNetwork | None
    port: int | None

    def matches_host(self, host: str, port: int) -> bool:
        return self.host is not None and self.host == canonical_host(host) and self._port_ok(port)

    def matches_address(self, address: IPAddress, port: int) -> bool:
        return self.network is not None and address in self.network and self._port_ok(port)

    def _port_ok(self, port: int) -> bool:
        return self.port is None or self.port == port


@dataclass(frozen=True)
class AllowList:
    rules: tuple[AllowRule, ...]

    def allows_host(self, host: str, port: int) -> bool:
        """True when `host` itself (by name) is allow-listed on `port`."""
        return any(rule.matches_host(host, port) for rule in self.rules)

    def allows_address(self, address: IPAddress, port: int) -> bool:
        return any(rule.matches_address(address, port) for rule in self.rules)


def split_setting(setting: str) -> tuple[str, ...]:
    """The setting's entries, stripped, empty ones dropped; each validated (AllowListError)."""
    entries = tuple(part.strip() for part in setting.split(",") if part.strip())
    parse_allow_list(entries)
    return entries


@functools.lru_cache(maxsize=32)
def parse_allow_list(entries: tuple[str, ...]) -> AllowList:
    """Parse entries (see the module's docstring); raises AllowListError naming the bad one."""
    return AllowList(tuple(parse_entry(entry) for entry in entries if entry.strip()))


def parse_entry(raw: str) -> AllowRule:
    entry = raw.strip()
    if "://" in entry:
        raise _bad(entry, "a URL; give the host or address only")
    target, port = _split_port(entry)
    network = _network(target, entry)
    if network is not None:
        return AllowRule(host=None, network=network, port=port)
    if entry.startswith("[") or ":" in target or "/" in target:  # brackets hold IPv6 only
        raise _bad(entry, "neither a host name nor a CIDR")
    return AllowRule(host=_host_name(target, entry), network=None, port=port)


def canonical_host(host: str) -> str:
    """How a host name is compared: lower-case, no brackets, no trailing dot."""
    return host.strip().strip("[]").rstrip(".").lower()


def _split_port(entry: str) -> tuple[str, int | None]:
    """("10.0.0.0/8", 443) from "10.0.0.0/8:443"; a bare IPv6 address or CIDR has no port."""
    if entry.startswith("["):
        close = entry.find("]")
        if close < 0:
            raise _bad(entry, "'[' without ']'")
        rest = entry[close + 1 :]
        if not rest:
            return entry[1:close], None
        if not rest.startswith(":"):
            raise _bad(entry, "only ':PORT' may follow ']'")
        return entry[1:close], _port(rest[1:], entry)
    if entry.count(":") > 1:
        return entry, None  # IPv6 without brackets: no port possible
    if ":" in entry:
        target, port = entry.rsplit(":", 1)
        return target, _port(port, entry)
    return entry, None


def _port(text: str, entry: str) -> int:
    if not _PORT.fullmatch(text) or not 1 <= int(text) <= 65535:
        raise _bad(entry, f"port {text!r} is not a number from 1 to 65535")
    return int(text)


def _network(target: str, entry: str) -> IPNetwork | None:
    try:
        # strict=False: "10.1.2.3/8" means 10.0.0.0/8, as operators often write it.
        return ipaddress.ip_network(target, strict=False)
    except ValueError:
        if "/" in target and _looks_numeric(target.split("/", 1)[0]):
            raise _bad(entry, "invalid CIDR") from None
        return None


def _looks_numeric(text: str) -> bool:
    return bool(text) and all(ch in "0123456789abcdefABCDEF.:" for ch in text)


def _host_name(target: str, entry: str) -> str:
    host = canonical_host(target)
    if not host:
        raise _bad(entry, "no host")
    if all(label.isdigit() for label in host.split(".")):
        raise _bad(entry, "invalid IP address")
    if not all(_LABEL.fullmatch(label) for label in host.split(".")):
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError:
            raise _bad(entry, "neither a host name nor a CIDR") from None
    return host


def _bad(entry: str, why: str) -> AllowListError:
    return AllowListError(
        f"bad allow-list entry {entry!r}: {why} "
        "(expected HOST, HOST:PORT, CIDR or CIDR:PORT, IPv6 in brackets: [::1]:8080)"
    )

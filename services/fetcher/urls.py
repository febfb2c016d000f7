"""URL normalization: one spelling per article, so the same story linked twice is stored once."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_plus, urljoin, urlsplit

import idna

# Parameters that only say who sent the reader; they never change the page.
_TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "li_fat_id",
        "mc_cid",
        "mc_eid",
        "mkt_tok",
        "ocid",
        "cmpid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "at_medium",
        "at_campaign",
        "ref_src",
        "ref_url",
    }
)
_TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters left as they are when percent-encoding a path or query ("%" keeps existing escapes).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def normalize_url(url: str, base: str | None = None) -> str:
    """Return the canonical absolute form of `url` (resolved against `base` when relative).

    Lower-cases scheme and host, encodes the host as IDNA, drops the default port, the fragment
    and tracking parameters (utm_*, fbclid, ...), keeps the other parameters in order.
    Raises ValueError for anything that is not an absolute http(s) URL with a host.
    """
    # Browsers ignore surrounding whitespace and embedded tabs/newlines; do the same.
    candidate = _CONTROL.sub("", url.strip()) if url else ""
    if not candidate:
        raise ValueError("empty URL")
    if base:
        candidate = urljoin(base.strip(), candidate)
    parts = urlsplit(candidate)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {_shorten(candidate)}")
    host = _normalize_host(parts.hostname or "")
    port = parts.port  # raises ValueError for a port out of range
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    path = quote(parts.path, safe=_PATH_SAFE) or "/"
    query = _strip_tracking(parts.query)
    return f"{scheme}://{netloc}{path}" + (f"?{query}" if query else "")


def _normalize_host(host: str) -> str:
    host = host.rstrip(".").lower()
    if not host:
        raise ValueError("URL has no host")
    if ":" in host:  # IPv6 literal, already lower-cased by urlsplit
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"invalid host name {host!r}: {exc}") from exc


def _strip_tracking(query: str) -> str:
    kept: list[str] = []
    for part in query.split("&"):
        if not part:
            continue
        name = unquote_plus(part.split("=", 1)[0]).lower()
        if name in _TRACKING_PARAMS or name.startswith(_TRACKING_PREFIXES):
            continue
        kept.append(quote(part, safe=_QUERY_SAFE))
    return "&".join(kept)


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[:limit] + "..."

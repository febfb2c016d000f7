"""Per-host politeness shared by every worker: requests to one host at least an interval apart.

The schedule lives in the broker's Redis (key ``{broker_key_prefix}ratelimit:{host}``), so every
worker process on every machine shares it. The key holds the host's next free slot, in
milliseconds of Redis's own clock (one clock for all workers); a Lua script reads and books it
atomically. A request asks for the next slot:

- free now, or within ``max_sleep_s``: the slot is booked and the caller sleeps until it;
- further away: nothing is booked and the caller gets the number of seconds to *defer* by (the
  wait plus jitter). The tasks then re-send themselves with that countdown and return: a busy
  host is not a failure, so it neither spends a retry nor counts against the feed.

``max_sleep_s`` is short (0.25 s): a sleeping worker process does nothing else, and a feed lists
its articles together, so they reach the fetch queue back to back. Measured with the bench
(20 feeds of 5 items, 2 worker processes): sleeping up to 2 s gave 1.6 articles/s, deferring
anything over 0.25 s gave 4.8 articles/s, the workers busy with other hosts' articles meanwhile.

The key expires a second after its slot has passed: an idle host costs nothing. The host is the
first URL's (lower-case, port ignored); redirect hops are not booked separately.

No limit applies when the interval is 0, when the broker is not Redis (an AMQP broker has no
shared store we could use) or when no broker is configured (a task body called in-process).
When Redis does not answer, the request goes ahead (fail open) with a warning: the broker being
down stops the pipeline anyway, and politeness is not worth failing a feed for.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import redis

from shared.config import Settings

log = logging.getLogger(__name__)

MAX_SLEEP_S = 0.25
_KEY_TTL_MARGIN_MS = 1000

# KEYS[1]: the host's key. ARGV[1]: interval (ms). ARGV[2]: the longest wait to book (ms).
# Returns {booked (1/0), wait in ms}.
_BOOK_SLOT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local free = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
local slot = math.max(now, free)
local wait = slot - now
if wait > tonumber(ARGV[2]) then
  return {0, wait}
end
local next_free = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%d', next_free),
           'PX', string.format('%d', next_free - now + tonumber(ARGV[3])))
return {1, wait}
"""

_limiters: dict[tuple[str, str, float], HostLimiter] = {}


def redis_url(broker_url: str | None) -> str | None:
    """The redis-py URL of a Redis broker (``redis+socket://`` is kombu's, ``unix://`` redis-py's);
    None for any other broker."""
    if not broker_url:
        return None
    scheme = broker_url.split("://", 1)[0].lower()
    if scheme == "redis+socket":
        return "unix://" + broker_url.split("://", 1)[1]
    if scheme in ("redis", "rediss", "unix"):
        return broker_url
    return None


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().rstrip(".")


@dataclass
class HostLimiter:
    client: redis.Redis
    prefix: str = ""
    interval_s: float = 1.0
    max_sleep_s: float = MAX_SLEEP_S

    def __post_init__(self) -> None:
        self._script: Any = self.client.register_script(_BOOK_SLOT)

    def key(self, host: str) -> str:
        return f"{self.prefix}ratelimit:{host}"

    def book(self, host: str) -> tuple[bool, float]:
        """(booked, seconds to wait): booked means the slot is ours once the wait is over."""
        booked, wait_ms = self._script(
            keys=[self.key(host)],
            args=[
                int(self.interval_s * 1000),
                int(self.max_sleep_s * 1000),
                _KEY_TTL_MARGIN_MS,
            ],
        )
        return bool(booked), int(wait_ms) / 1000

    def wait_turn(self, url: str) -> float | None:
        """Sleep until this worker may request `url`'s host (None), or return how many seconds
        to defer the task by when the host is booked further ahead than `max_sleep_s`."""
        host = host_of(url)
        if not host or self.interval_s <= 0:
            return None
        try:
            booked, wait = self.book(host)
        except redis.RedisError as exc:
            log.warning("rate limit for %s not applied (Redis: %s)", host, exc)
            return None
        if booked:
            if wait > 0:
                time.sleep(wait)
            return None
        # Jitter spreads the tasks that found one host busy, so they do not all come back at once.
        return wait + random.uniform(0, 2 * self.interval_s)  # noqa: S311 (jitter, not crypto)


def limiter_for(settings: Settings) -> HostLimiter | None:
    """The limiter on `settings`' broker, or None when no limit applies (see the module doc)."""
    interval = settings.fetch_host_interval_s
    url = redis_url(settings.broker_url)
    if url is None or interval <= 0:
        return None
    key = (url, settings.broker_key_prefix, interval)
    limiter = _limiters.get(key)
    if limiter is None:
        # redis-py's pool notices a fork and reconnects in the child: safe across the prefork pool.
        client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=5)
        limiter = HostLimiter(client, prefix=settings.broker_key_prefix, interval_s=interval)
        _limiters[key] = limiter
    return limiter


def wait_turn(settings: Settings, url: str) -> float | None:
    """`HostLimiter.wait_turn` on `settings`' broker; None when no limit applies."""
    limiter = limiter_for(settings)
    return None if limiter is None else limiter.wait_turn(url)

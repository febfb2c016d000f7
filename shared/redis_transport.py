"""kombu's Redis transport, with one client object per channel instead of one per command.

kombu builds a new `redis.Redis` for every synchronous command it sends: each publish (LPUSH)
and, in a worker's main process, each delivery's and each acknowledgement's bookkeeping
(acks_late keeps every unacked message in a hash and a sorted set). redis-py 8 builds a client's
table of response callbacks in its constructor, ~100 µs of CPU each time. Reusing the client made
a publish 20-30% cheaper and the worker parent's CPU per task ~9% lower (docs/benchmarks.md).

A `redis.Redis` holds no per-command state (each command borrows a connection from the pool, and
the pool itself handles a fork), so one client per connection pool serves every command the
same. The asynchronous client (BRPOP, pub/sub) is kombu's own, unchanged.

`install()` makes it the transport of every redis URL in the process (`redis://`, `rediss://`,
and `redis+socket://`, whose scheme names the transport before any setting could).
"""

from typing import Any

from kombu.transport import TRANSPORT_ALIASES, redis


class Channel(redis.Channel):
    _client: Any = None

    def _create_client(self, asynchronous: bool = False) -> Any:
        if asynchronous:
            return super()._create_client(asynchronous=True)  # type: ignore[misc]
        pool = self.pool
        if self._client is None or self._client.connection_pool is not pool:
            # Again once kombu replaced its pool. (Its type stubs omit this method.)
            self._client = super()._create_client()  # type: ignore[misc]
        return self._client


class Transport(redis.Transport):
    Channel = Channel


def install() -> None:
    for scheme in ("redis", "rediss"):
        TRANSPORT_ALIASES[scheme] = f"{__name__}:Transport"

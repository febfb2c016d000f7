"""kombu's Redis transport, made cheaper per task for a worker that acknowledges late.

- **One client object per channel instead of one per command.** kombu builds a new
  `redis.Redis` for every synchronous command it sends: each publish (LPUSH) and, in a worker's
  main process, each delivery's and each acknowledgement's bookkeeping (acks_late keeps every
  unacked message in a hash and a sorted set). redis-py 8 builds a client's table of response
  callbacks in its constructor, ~100 µs of CPU each time. Reusing the client made a publish
  20-30% cheaper and the worker parent's CPU per task ~9% lower (docs/benchmarks.md). A
  `redis.Redis` holds no per-command state (each command borrows a connection from the pool, and
  the pool itself handles a fork), so one client per connection pool serves every command the
  same. The asynchronous client (BRPOP, pub/sub) is kombu's own, unchanged.
- **Acknowledgements ride on the next delivery's bookkeeping.** kombu sends each ack (ZREM + HDEL
  of the message's unacked copy) as a round trip of its own, in the worker's main process,
  between a task's end and the next job written to the freed pool process. Here an ack is noted
  and sent in the same pipeline as the next delivery's ZADD + HSET, or within `ACK_FLUSH_S` when
  no delivery comes (a timer of the worker's event loop; without one, acks go out at once), and
  before the unacked messages are restored at shutdown. Delivery stays at
  least once: a worker killed before the ack went out has its finished task delivered again after
  the visibility timeout, exactly as when it dies between a task's end and kombu's own ack, and
  every stage is idempotent (docs/architecture.md).

`install()` makes it the transport of every redis URL in the process (`redis://`, `rediss://`,
and `redis+socket://`, whose scheme names the transport before any setting could).
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kombu.transport import TRANSPORT_ALIASES, redis, virtual

# The longest an ack waits for a delivery to ride on (the worker is idle by then).
ACK_FLUSH_S = 0.05


class QoS(redis.QoS):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._acked: list[Any] = []  # delivery tags acked here, not yet removed in Redis
        # A worker of threads acks from the thread that ran the task, while its event loop
        # takes the list for a pipeline.
        self._acked_lock = threading.Lock()

    def ack(self, delivery_tag: Any) -> None:
        if not getattr(self.channel.connection, "acks_deferred", False):  # no loop to flush them
            super().ack(delivery_tag)
            return
        with self._acked_lock:
            self._acked.append(delivery_tag)
        virtual.QoS.ack(self, delivery_tag)  # the local bookkeeping only: the slot is free now

    @contextmanager
    def pipe_or_acquire(self, pipe: Any = None, client: Any = None) -> Iterator[Any]:
        # Every bookkeeping pipeline (a delivery's, a reject's) carries the acks noted so far.
        with super().pipe_or_acquire(pipe, client) as pipeline:
            with self._acked_lock:
                acked, self._acked = self._acked, []
            for tag in acked:
                pipeline.zrem(self.unacked_index_key, tag).hdel(self.unacked_key, tag)
            yield pipeline

    def flush_acks(self) -> None:
        if self._acked:
            with self.pipe_or_acquire() as pipeline:
                pipeline.execute()

    def restore_unacked(self, client: Any = None) -> None:
        self.flush_acks()  # what was acked is done: only the rest goes back to its queue
        super().restore_unacked(client)


class Channel(redis.Channel):
    QoS = QoS
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
    acks_deferred = False  # only a worker's event loop flushes deferred acks

    def register_with_event_loop(self, connection: Any, loop: Any) -> None:
        super().register_with_event_loop(connection, loop)
        cycle: Any = self.cycle
        previous = getattr(cycle, "_acks_tref", None)
        if previous is not None:  # registered again after a reconnect: one timer, not two
            previous.cancel()

        def flush_acks() -> None:
            for channel in cycle._channels:
                channel.qos.flush_acks()

        cycle._acks_tref = loop.call_repeatedly(ACK_FLUSH_S, flush_acks)
        self.acks_deferred = True


def install() -> None:
    for scheme in ("redis", "rediss"):
        TRANSPORT_ALIASES[scheme] = f"{__name__}:Transport"

"""What the broker and the workers say right now: messages waiting per queue, and which workers
answer and consume what (`aidledger status`, the metrics' queue gauge).

Through kombu, so the broker's own key naming applies: on Redis (a kombu "virtual" transport) a
queue declaration only reports the queue's size (the LLEN of its lists, priorities included,
under the deployment's key prefix) and creates nothing; on AMQP a passive declaration does.
kombu's passive declaration on Redis checks for the list without the key prefix, and so says
"no queue" for a prefixed deployment's full queue: hence the two paths.
"""

from typing import Any

from celery import Celery
from kombu.exceptions import ChannelError
from kombu.transport import virtual

# Seconds to wait for workers to answer a broadcast: long enough for a busy worker's main
# process on one machine, short enough for a command or a scrape.
INSPECT_TIMEOUT_S = 1.0


def queue_messages(app: Celery, queues: tuple[str, ...]) -> dict[str, int]:
    """Messages waiting (not yet taken by a worker) in each queue.

    Raises the broker's error (kombu OperationalError, OSError) when it does not answer.
    """
    counts: dict[str, int] = {}
    with app.connection_for_read() as conn:
        conn.ensure_connection(max_retries=1, timeout=5)
        for queue in queues:
            # One channel per queue: on AMQP a failed passive declare closes its channel.
            channel: Any = conn.channel()  # kombu's stubs type it without its methods
            passive = not isinstance(channel, virtual.Channel)
            try:
                counts[queue] = channel.queue_declare(queue=queue, passive=passive).message_count
            except ChannelError:
                counts[queue] = 0  # never declared, or (Redis) empty: nothing waits
            finally:
                channel.close()
    return counts


def worker_queues(app: Celery, timeout_s: float = INSPECT_TIMEOUT_S) -> dict[str, list[str]]:
    """Each worker that answers within `timeout_s`, with the queues it consumes ({}: none)."""
    answers = app.control.inspect(timeout=timeout_s).active_queues()
    return {
        worker: sorted(str(q["name"]) for q in queues)
        for worker, queues in sorted((answers or {}).items())
    }

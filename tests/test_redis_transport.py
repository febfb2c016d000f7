"""The Redis transport (shared/redis_transport.py) on real Redis: one client object per channel,
acks deferred to the next delivery."""

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from kombu.asynchronous import Hub

from shared import pipeline
from shared.broker_state import queue_messages
from shared.celery_app import app, send
from shared.config import Settings
from shared.redis_transport import ACK_FLUSH_S, Channel


def test_one_client_object_serves_every_command_of_a_channel(clean_db: Settings) -> None:
    with app.connection_for_write() as connection:
        channel: Any = connection.default_channel
        assert isinstance(channel, Channel)
        first = channel._create_client()
        assert channel._create_client() is first
        assert channel._create_client(asynchronous=True) is not first  # kombu's own, for BRPOP
        # What kombu does when it drops its pool: then a new client, on the new pool.
        dropped = channel.pool
        channel._pool = None  # type: ignore[attr-defined]
        assert channel._create_client() is not first
        dropped.disconnect()  # kombu would have; else its socket is left to the collector


def test_messages_sent_through_it_are_queued_under_the_key_prefix(clean_db: Settings) -> None:
    for document_id in (1, 2, 3):
        send(pipeline.EXTRACT_TASK, document_id)
    assert queue_messages(app, (pipeline.EXTRACT,)) == {pipeline.EXTRACT: 3}


# --- acks deferred to the next delivery's bookkeeping -------------------------------------------


def _delivered(channel: Any, count: int) -> list[Any]:
    """`count` messages sent to the extract queue and taken, unacked, as a worker takes them."""
    for document_id in range(1, count + 1):
        send(pipeline.EXTRACT_TASK, document_id)
    return [channel.basic_get(pipeline.EXTRACT, no_ack=False) for _ in range(count)]


def _unacked(channel: Any) -> int:
    return int(channel.client.hlen(channel.unacked_key))


def test_without_an_event_loop_an_ack_goes_out_at_once(clean_db: Settings) -> None:
    with app.connection_for_write() as connection:
        channel: Any = connection.default_channel
        first, _ = _delivered(channel, 2)
        assert _unacked(channel) == 2
        first.ack()
        assert _unacked(channel) == 1


def test_a_deferred_ack_rides_on_the_next_delivery(clean_db: Settings) -> None:
    with app.connection_for_write() as connection:
        channel: Any = connection.default_channel
        channel.connection.acks_deferred = True  # as once a worker's event loop flushes them
        first, second = _delivered(channel, 2)
        first.ack()
        assert channel.qos.can_consume()  # the slot is free at once
        assert _unacked(channel) == 2  # Redis still holds it: nothing was sent
        _delivered(channel, 1)  # the next delivery's ZADD + HSET carries the ZREM + HDEL
        assert _unacked(channel) == 2  # second and third
        second.ack()
        channel.qos.flush_acks()
        assert _unacked(channel) == 1


def test_acks_from_the_threads_that_ran_the_tasks_all_go_out(clean_db: Settings) -> None:
    # A worker of threads acks from each task's thread while its loop sends deliveries.
    with app.connection_for_write() as connection:
        channel: Any = connection.default_channel
        channel.connection.acks_deferred = True
        messages = _delivered(channel, 200)
        with ThreadPoolExecutor(8) as pool:
            for message in messages:
                pool.submit(message.ack)
                channel.qos.flush_acks()
        channel.qos.flush_acks()
        assert _unacked(channel) == 0


def test_what_was_acked_is_not_restored_at_shutdown(clean_db: Settings) -> None:
    with app.connection_for_write() as connection:
        channel: Any = connection.default_channel
        channel.connection.acks_deferred = True
        first, _ = _delivered(channel, 2)
        first.ack()
        channel.qos.restore_unacked()  # what a worker does when it stops
        assert _unacked(channel) == 0
        assert queue_messages(app, (pipeline.EXTRACT,)) == {pipeline.EXTRACT: 1}  # the second


def test_a_worker_loop_flushes_acks_within_the_flush_interval(clean_db: Settings) -> None:
    hub = Hub()
    try:
        with app.connection_for_write() as connection:
            channel: Any = connection.default_channel
            transport: Any = connection.transport
            transport.register_with_event_loop(connection.connection, hub)
            transport.register_with_event_loop(connection.connection, hub)  # as on a reconnect
            assert transport.acks_deferred
            first, _ = _delivered(channel, 2)
            first.ack()
            assert _unacked(channel) == 2
            time.sleep(ACK_FLUSH_S * 2)
            hub.fire_timers()
            assert _unacked(channel) == 1
            flushers = [
                scheduled.entry
                for scheduled in hub.timer.queue
                if "flush_acks" in repr(scheduled.entry.fun) and not scheduled.entry.canceled
            ]
            assert len(flushers) == 1  # one timer, however often the loop registered it
    finally:
        hub.close()

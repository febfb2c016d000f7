"""The per-host rate limit against the tests' real Redis (the broker's)."""

from __future__ import annotations

import itertools
import threading
import time
import uuid

import pytest
import redis

from services.fetcher import ratelimit
from services.fetcher.ratelimit import HostLimiter, host_of, limiter_for, redis_url
from shared.config import Settings


@pytest.fixture
def client(test_settings: Settings) -> redis.Redis:
    url = redis_url(test_settings.broker_url)
    assert url is not None
    return redis.Redis.from_url(url)


@pytest.fixture
def prefix(test_settings: Settings) -> str:
    # Under the run's prefix: removed with the run's other broker keys.
    return f"{test_settings.broker_key_prefix}rl-{uuid.uuid4().hex[:8]}:"


def test_redis_urls() -> None:
    assert redis_url("redis+socket:///tmp/r/redis.sock") == "unix:///tmp/r/redis.sock"
    assert redis_url("redis://h:6379/0") == "redis://h:6379/0"
    assert redis_url("rediss://h:6380/0") == "rediss://h:6380/0"
    assert redis_url("amqp://guest@rabbit//") is None
    assert redis_url(None) is None
    assert host_of("http://News.Example.test:8080/a?b") == "news.example.test"


def test_no_limit_without_a_redis_broker(test_settings: Settings) -> None:
    assert limiter_for(test_settings.model_copy(update={"broker_url": "amqp://x//"})) is None
    assert limiter_for(test_settings.model_copy(update={"broker_url": None})) is None
    no_broker = test_settings.model_copy(update={"broker_url": None})
    assert ratelimit.wait_turn(no_broker, "http://a/") is None


def test_no_limit_with_a_zero_interval(test_settings: Settings) -> None:
    assert limiter_for(test_settings.model_copy(update={"fetch_host_interval_s": 0.0})) is None


def test_the_key_is_the_hosts_under_the_prefix(client: redis.Redis, prefix: str) -> None:
    limiter = HostLimiter(client, prefix=prefix, interval_s=0.5)
    assert limiter.wait_turn("http://Example.test:81/feed.xml") is None
    key = f"{prefix}ratelimit:example.test"
    assert client.exists(key)
    ttl_ms = client.pttl(key)
    assert 0 < ttl_ms <= 500 + 1000  # the next free slot plus a second, then gone


def test_second_request_sleeps_until_the_hosts_next_slot(client: redis.Redis, prefix: str) -> None:
    limiter = HostLimiter(client, prefix=prefix, interval_s=0.4, max_sleep_s=2)
    started = time.monotonic()
    assert limiter.wait_turn("http://a.test/1") is None
    assert limiter.wait_turn("http://a.test/2") is None
    assert limiter.wait_turn("http://b.test/1") is None  # another host: no wait
    elapsed = time.monotonic() - started
    assert 0.35 <= elapsed < 1.0


def test_a_host_booked_further_ahead_defers_without_booking(
    client: redis.Redis, prefix: str
) -> None:
    limiter = HostLimiter(client, prefix=prefix, interval_s=5, max_sleep_s=1)
    assert limiter.book("a.test") == (True, 0.0)
    booked, wait = limiter.book("a.test")
    assert not booked
    assert 4 < wait <= 5
    started = time.monotonic()
    defer = limiter.wait_turn("http://a.test/x")
    assert time.monotonic() - started < 0.5  # no sleep
    assert defer is not None
    assert 4 < defer <= 5 + 10
    # Deferring booked nothing: the next free slot is still the first one's.
    assert limiter.book("a.test")[1] <= 5


def test_workers_sharing_redis_are_spaced_by_the_interval(client: redis.Redis, prefix: str) -> None:
    """Six threads, each with its own limiter (as separate workers would be), on one host."""
    interval = 0.2
    times: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        own = HostLimiter(
            redis.Redis(connection_pool=client.connection_pool),
            prefix=prefix,
            interval_s=interval,
            max_sleep_s=5,
        )
        assert own.wait_turn("http://shared.test/") is None
        with lock:
            times.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    times.sort()
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 6
    assert min(gaps) >= interval - 0.05, gaps
    assert times[-1] - times[0] < 6 * interval + 0.5


def test_redis_down_fails_open(prefix: str) -> None:
    dead = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.5)
    limiter = HostLimiter(dead, prefix=prefix, interval_s=1)
    assert limiter.wait_turn("http://a.test/") is None

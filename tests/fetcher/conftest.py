"""Fixtures for the fetcher tests (the server itself is in fetcher_testing.py)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from fetcher_testing import LocalServer

from services.fetcher.http import FetchLimits


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def limits() -> FetchLimits:
    """Short timeouts for tests; the test server's address is allow-listed."""
    return FetchLimits(
        connect_timeout_s=2,
        read_timeout_s=2,
        deadline_s=5,
        max_bytes=1024 * 1024,
        allowed_networks=("127.0.0.1",),
    )


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every address a TCP connection is opened to (httpcore uses socket.create_connection)."""
    opened: list[tuple[str, int]] = []
    real = socket.create_connection

    def spy(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        opened.append(address)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", spy)
    return opened

"""A hard wall-clock deadline for one download, the status line and headers included.

httpx's timeouts bound each wait for data, not the whole exchange: a server that sends one byte of
its headers every second never trips a read timeout, and httpx reads the headers before our code
sees anything. So a timer shuts the connection's socket down when the deadline passes; the blocked
read then returns at once and `download` reports the phase it was in ("timed out waiting for
headers"). The socket comes from httpcore's trace hooks (``connect_tcp``, ``start_tls``), which
also tell the phase; that works with any httpx.Client, including one a caller supplies.

Not covered: the DNS lookup (getaddrinfo cannot be interrupted); it is bounded by the resolver's
own timeouts.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Any

CONNECTING = "connecting"
WAITING_FOR_HEADERS = "waiting for headers"
READING_BODY = "reading body"


class Watchdog:
    """Cuts the current connection at `deadline` (time.monotonic); pass `trace` to httpx."""

    def __init__(self, deadline: float) -> None:
        self.phase = CONNECTING
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._fired = False
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True

    def __enter__(self) -> Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            self._socket = None  # never shut down a socket after we are done with it

    @property
    def fired(self) -> bool:
        with self._lock:
            return self._fired

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace extension: follow the phase and keep the connection's socket."""
        if event.endswith((".connect_tcp.started", ".start_tls.started")):
            self.phase = CONNECTING
        elif event.endswith((".connect_tcp.complete", ".start_tls.complete")):
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if isinstance(sock, socket.socket):
                self._watch(sock)
        elif event.endswith(".send_request_headers.started"):
            self.phase = WAITING_FOR_HEADERS
        elif event.endswith(".receive_response_headers.complete"):
            self.phase = READING_BODY

    def _watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._socket = sock
            fired = self._fired
        if fired:
            _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            sock = self._socket
        if sock is not None:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    # The base class's shutdown, also for an SSLSocket: its own override would drop the TLS state
    # under the thread that is reading. shutdown (not close) leaves the descriptor to its owner.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)

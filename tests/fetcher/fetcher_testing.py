"""Helpers for the fetcher tests: a small local HTTP server and a fake DNS.

(A uniquely named module rather than conftest.py, so `import` finds it whatever other
conftest.py files the test tree holds.)

`local_server` serves routes a test registers (status, headers, body; a body sent in chunks with a
delay; a silence before the answer; a Content-Length that lies) on 127.0.0.1 and a free port.
It runs in threads and stops at teardown: `stopping` is set first so a dripping or silent handler
returns at once, and every connection has a socket timeout, so nothing outlives the test for long.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal

import pytest

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"


@dataclass
class Request:
    """What the server received (names of headers lower-case)."""

    path: str
    headers: dict[str, str]


@dataclass
class Reply:
    """What a route answers.

    `chunks` (instead of `body`) are sent one by one with `chunk_delay` seconds between them.
    `content_length`: "auto" is the length of `body`/`chunks` when known, None sends none
    (the body ends when the connection closes), an int is sent as is (it may lie).
    `delay` is a silence before the status line.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    chunks: Iterable[bytes] | None = None
    chunk_delay: float = 0.0
    content_length: int | Literal["auto"] | None = "auto"
    delay: float = 0.0


Route = Reply | Callable[[Request], Reply]


class LocalServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.stopping = threading.Event()
        self._httpd = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        scheme = "https" if tls is not None else "http"
        self.base_url = f"{scheme}://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return self.base_url + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def feed(self, path: str, body: bytes, content_type: str = "application/rss+xml") -> str:
        return self.add(path, Reply(headers={"Content-Type": content_type}, body=body))

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        return self.add(path, Reply(status=status, headers={"Location": location}))

    def hits(self, path: str) -> list[Request]:
        return [request for request in self.requests if request.path == path]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # failed TLS handshakes are what the certificate tests provoke


def _make_handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 5  # socket timeout: an idle client cannot hold a handler thread

        def do_GET(self) -> None:
            request = Request(self.path, {k.lower(): v for k, v in self.headers.items()})
            server.requests.append(request)
            route = server.routes.get(self.path)
            if route is None:
                reply = Reply(status=404, body=b"no such route")
            else:
                reply = route(request) if callable(route) else route
            # The client may give up first, as the deadline and cap tests intend.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError, TimeoutError):
                self._send(reply)
            self.close_connection = True

        def _send(self, reply: Reply) -> None:
            if reply.delay and server.stopping.wait(reply.delay):
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            chunks = [reply.body] if reply.chunks is None else reply.chunks
            length = reply.content_length
            if length == "auto":
                length = len(reply.body) if reply.chunks is None else None
            if length is not None:
                self.send_header("Content-Length", str(length))
            self.send_header("Connection", "close")
            self.end_headers()
            for index, chunk in enumerate(chunks):
                if index and reply.chunk_delay and server.stopping.wait(reply.chunk_delay):
                    return
                if server.stopping.is_set():
                    return
                self.wfile.write(chunk)
                self.wfile.flush()

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output clean

    return Handler


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[str]]) -> list[str]:
    """Resolve the names in `answers` to those addresses, others as usual; returns the names
    looked up, one entry per lookup."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in answers:
            return real(host, port, *args, **kwargs)
        asked.append(host)
        return [
            (
                socket.AF_INET6 if ":" in ip else socket.AF_INET,
                socket.SOCK_STREAM,
                6,
                "",
                (ip, port),
            )
            for ip in answers[host]
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def self_signed_certificate(directory: Path, host: str) -> tuple[Path, Path]:
    """A throwaway certificate for `host` (and its key) made with the openssl CLI."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={host}",
         "-addext", f"subjectAltName=DNS:{host}"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return cert, key

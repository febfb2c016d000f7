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
import html
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal

import pytest

from tests.support.processes import running_worker

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
    `raw_head` (instead of the status line and headers `status`/`headers` make) is sent piece by
    piece with `chunk_delay` between them: a server that drips its headers.
    """

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    chunks: Iterable[bytes] | None = None
    chunk_delay: float = 0.0
    content_length: int | Literal["auto"] | None = "auto"
    delay: float = 0.0
    raw_head: Iterable[bytes] | None = None


Route = Reply | Callable[[Request], Reply]


class LocalServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.pieces_sent: dict[str, int] = {}  # path → header and body pieces written
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
            # A route without a query string also answers that path with any query.
            route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
            if route is None:
                reply = Reply(status=404, body=b"no such route")
            else:
                reply = route(request) if callable(route) else route
            # The client may give up first, as the deadline and cap tests intend.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError, TimeoutError):
                self._send(reply)
            self.close_connection = True

        def _write(self, piece: bytes) -> None:
            self.wfile.write(piece)
            self.wfile.flush()
            path = self.path.split("?")[0]
            server.pieces_sent[path] = server.pieces_sent.get(path, 0) + 1

        def _send(self, reply: Reply) -> None:
            if reply.delay and server.stopping.wait(reply.delay):
                return
            if reply.raw_head is not None:
                for index, piece in enumerate(reply.raw_head):
                    if index and reply.chunk_delay and server.stopping.wait(reply.chunk_delay):
                        return
                    self._write(piece)
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
                self._write(chunk)

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


# --- the pipeline around the fetcher: environments, workers, feeds and pages -------------------

ALLOW_LOCAL = {"AIDLEDGER_FETCH_ALLOWED_NETWORKS": "127.0.0.1"}


@contextlib.contextmanager
def running_local_worker(
    settings: Any, extra: dict[str, str] | None = None, **options: Any
) -> Iterator[Any]:
    """A real Celery worker (on every queue by default), allowed to fetch from 127.0.0.1."""
    with running_worker(settings, {**ALLOW_LOCAL, **(extra or {})}, **options) as process:
        yield process


def article_html(title: str, text: str) -> bytes:
    """A plain news page: the text's lines as paragraphs inside <article>."""
    paragraphs = "\n".join(
        f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip()
    )
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head>\n<body><header><nav><a href='/'>Home</a> "
        "<a href='/world'>World</a></nav></header>\n"
        f"<main><article><h1>{html.escape(title)}</h1>\n{paragraphs}\n</article></main>\n"
        "<footer><p>Copyright Test Wire</p></footer></body></html>"
    ).encode()


GENERATED_ARTICLES = {
    "germany": (
        "Germany pledges more military aid",
        "Germany pledged 3 billion euros in military aid to Ukraine in 2025, the defence "
        "ministry in Berlin said on Tuesday.\n"
        "The package adds air defence systems and artillery ammunition to earlier deliveries, "
        "officials told reporters after a meeting of the contact group.\n"
        "The government said the money would be spread over the coming months and that more "
        "deliveries could follow if parliament approved the budget.",
    ),
    "japan": (
        "Japan announces humanitarian package",
        "Japan announced 450 million dollars in humanitarian aid to Ukraine in 2025, the foreign "
        "ministry in Tokyo said on Friday.\n"
        "The assistance will fund shelter, power equipment and medical supplies for families "
        "displaced by the war, according to the statement.\n"
        "Officials said the package would be delivered through United Nations agencies and "
        "non-governmental organisations working inside the country.",
    ),
    "france": (
        "France sends financial support",
        "France provided 2 billion euros in financial aid to Ukraine in 2024, the finance "
        "ministry in Paris said on Monday.\n"
        "The loans and grants support the state budget and the reconstruction of damaged energy "
        "infrastructure, the ministry added in a statement.\n"
        "Further payments are planned next year under the European programme for Ukraine, "
        "officials said after talks with the government in Kyiv.",
    ),
}


def seed_articles() -> dict[str, tuple[str, str]]:
    """slug → (title, text): the seed fixtures (first line as title) and the generated ones."""
    articles: dict[str, tuple[str, str]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles[path.stem] = (text.splitlines()[0][:80], text)
    articles.update(GENERATED_ARTICLES)
    return articles


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    link: str
    published: str = "Tue, 11 Feb 2025 10:00:00 GMT"
    iso_date: str = "2025-02-11T10:00:00Z"


def rss20(items: list[Item], title: str = "Test Wire") -> bytes:
    body = "".join(
        f"<item><title>{html.escape(i.title)}</title><link>{html.escape(i.link)}</link>"
        f"<guid isPermaLink='false'>{html.escape(i.guid)}</guid><pubDate>{i.published}</pubDate>"
        "</item>"
        for i in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
        f"<title>{html.escape(title)}</title><link>http://127.0.0.1/</link>"
        f"<description>test</description>{body}</channel></rss>"
    ).encode()


def atom(items: list[Item], title: str = "Test Atom") -> bytes:
    body = "".join(
        f"<entry><title>{html.escape(i.title)}</title><link rel='alternate' "
        f"href='{html.escape(i.link)}'/><id>{html.escape(i.guid)}</id>"
        f"<updated>{i.iso_date}</updated></entry>"
        for i in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<title>{html.escape(title)}</title><id>urn:test:atom</id>"
        f"<updated>2025-02-11T10:00:00Z</updated>{body}</feed>"
    ).encode()


def rss10(items: list[Item], title: str = "Test RDF") -> bytes:
    seq = "".join(f"<rdf:li rdf:resource='{html.escape(i.link)}'/>" for i in items)
    body = "".join(
        f"<item rdf:about='{html.escape(i.link)}'><title>{html.escape(i.title)}</title>"
        f"<link>{html.escape(i.link)}</link><dc:date>{i.iso_date}</dc:date></item>"
        for i in items
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?>"
        "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' "
        "xmlns='http://purl.org/rss/1.0/' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        f"<channel rdf:about='http://127.0.0.1/rdf'><title>{html.escape(title)}</title>"
        "<link>http://127.0.0.1/</link><description>test</description>"
        f"<items><rdf:Seq>{seq}</rdf:Seq></items></channel>{body}</rdf:RDF>"
    ).encode()


def conditional(
    body: bytes,
    *,
    content_type: str = "application/rss+xml",
    etag: str | None = '"v1"',
    last_modified: str | None = "Tue, 11 Feb 2025 10:00:00 GMT",
) -> Callable[[Request], Reply]:
    """A route answering 304 to a request whose validators match, else 200 with them."""

    def route(request: Request) -> Reply:
        if (etag and request.headers.get("if-none-match") == etag) or (
            last_modified and request.headers.get("if-modified-since") == last_modified
        ):
            return Reply(status=304)
        headers = {"Content-Type": content_type}
        if etag:
            headers["ETag"] = etag
        if last_modified:
            headers["Last-Modified"] = last_modified
        return Reply(headers=headers, body=body)

    return route


def serve_site(server: LocalServer, slugs: list[str], feed_path: str = "/feed.xml") -> list[Item]:
    """Serve an article page per slug; returns the feed items linking to them (with a tracking
    parameter, which normalization drops)."""
    articles = seed_articles()
    items = []
    for slug in slugs:
        title, text = articles[slug]
        path = f"/news/{slug}.html"
        server.add(path, Reply(headers={"Content-Type": "text/html; charset=utf-8"},
                               body=article_html(title, text)))  # fmt: skip
        items.append(Item(guid=f"tag:test,2025:{slug}", title=title,
                          link=server.url(path) + "?utm_source=rss"))  # fmt: skip
    return items

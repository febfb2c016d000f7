"""The web ledger's application: routes, security headers, and errors as pages or JSON.

`create_app(settings)` builds a Starlette app that reads the ledger through read-only
connections (services/web/database.py). Every route is GET (HEAD too); anything else is 405.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.web import api, exports, pages
from services.web.database import ReadOnlyDatabase
from services.web.params import BadQuery
from services.web.render import render
from shared import celery_app
from shared.config import Settings, get_settings
from shared.db import DatabaseUnavailable
from shared.runtime import OperatorError

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"

# Scripts only from this site's own files (no inline script, no eval), nothing loaded from
# elsewhere, no framing, and forms that only submit here.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class SecurityHeaders:
    """Adds the security headers to every response (a pure ASGI middleware: no buffering)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status, headers=headers)
    return render(
        "error.html", {"status": status, "message": message}, status=status, headers=headers
    )


async def _bad_query(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return _error(request, exc.status_code, exc.detail, dict(exc.headers or {}))


async def _unavailable(request: Request, exc: Exception) -> Response:
    log.warning("database unavailable: %s", exc)
    return _error(request, 503, "the ledger's database does not answer; try again shortly")


async def _server_error(request: Request, exc: Exception) -> Response:
    # Outside the middleware stack (Starlette answers 500s last): the security headers are set
    # here by hand. The traceback goes to the log, never to the page.
    log.error("error serving %s", request.url.path, exc_info=exc)
    response = _error(request, 500, "the ledger could not answer this request")
    for name, value in SECURITY_HEADERS:
        response.headers[name.decode()] = value.decode()
    return response


def _home(_: Request) -> Response:
    return RedirectResponse("/totals", status_code=302)


def database_url(settings: Settings) -> str:
    """The URL the web ledger reads: its own read-only role's, else the CLI's database."""
    url = settings.web_database_url or settings.database_url
    if url is None:
        raise OperatorError(
            "no database for the web ledger: set AIDLEDGER_DATABASE_URL or "
            "AIDLEDGER_WEB_DATABASE_URL (`aidledger web` starts the embedded default itself)"
        )
    return url


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or get_settings()
    database = ReadOnlyDatabase(database_url(settings))
    if settings.broker_url is not None:
        celery_app.configure(settings)  # the operations page reads queue depths

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            database.close()

    routes = [
        Route("/", _home),
        *pages.routes(),
        *api.routes(),
        *exports.routes(),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={
            BadQuery: _bad_query,
            HTTPException: _http_error,
            DatabaseUnavailable: _unavailable,
            Exception: _server_error,
        },
    )
    app.state.database = database
    app.state.broker = settings.broker_url is not None
    app.add_middleware(SecurityHeaders)
    return app

"""The JSON API: the CLI's field names and exact decimals (shared.formatting), and `/api/totals`
exactly the rows of `aidledger totals --format jsonl`."""

from dataclasses import asdict
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from services.web import params
from services.web.reads import claim_with_mentions, claims_for, database, figures_for
from services.web.status import operations_state
from shared.formatting import dumps
from shared.store import claims as claim_store


class ExactJSONResponse(Response):
    """JSON written by shared.formatting: money as the exact decimal it is."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        if isinstance(content, list):
            return ("[" + ", ".join(dumps(item) for item in content) + "]").encode()
        return dumps(content).encode()


def totals(request: Request) -> Response:
    keys, where = params.totals_api_query(request.query_params)
    with database(request).transaction() as conn:
        rows = claim_store.totals(conn, keys, where)
    columns = claim_store.total_columns(keys)
    return ExactJSONResponse([{c: r[c] for c in columns} for r in rows])


def claims(request: Request) -> Response:
    query = params.claims_query(request.query_params)
    with database(request).transaction() as conn:
        found, total = claims_for(conn, query)
    return ExactJSONResponse(
        {
            "total": total,
            "page": query.paging.page,
            "per_page": query.paging.per_page,
            "claims": found,
        }
    )


def claim(request: Request) -> Response:
    found, mentions = claim_with_mentions(request)
    # `aidledger claims show`'s object; the sentence as stored, the figure at start..end.
    return ExactJSONResponse({**asdict(found), "mentions_list": mentions})


def figures(request: Request) -> Response:
    query = params.figures_query(request.query_params)
    with database(request).transaction() as conn:
        found = figures_for(conn, query)
    return ExactJSONResponse(
        {"page": query.paging.page, "per_page": query.paging.per_page, "figures": found}
    )


def status(request: Request) -> Response:
    params.no_query(request.query_params)
    return ExactJSONResponse(operations_state(request))


def routes() -> list[Route]:
    return [
        Route("/api/totals", totals, methods=["GET"]),
        Route("/api/claims", claims, methods=["GET"]),
        Route("/api/claims/{claim_id:int}", claim, methods=["GET"]),
        Route("/api/figures", figures, methods=["GET"]),
        Route("/api/status", status, methods=["GET"]),
    ]

"""What the routes read, shared by the pages, the API and the CSV downloads: the request's
read-only database, ids from the path, and one page of claims or figures for a checked query."""

from starlette.exceptions import HTTPException
from starlette.requests import Request

from services.web import params
from services.web.database import ReadOnlyDatabase
from services.web.params import ClaimsQuery, FiguresQuery
from shared.db import Connection
from shared.store import claims as claim_store
from shared.store import views

MAX_ID = 2**63 - 1  # a bigint: a larger id names nothing (and must not reach the database)


def database(request: Request) -> ReadOnlyDatabase:
    found: ReadOnlyDatabase = request.app.state.database
    return found


def path_id(request: Request, name: str) -> int:
    value: int = request.path_params[name]
    if value > MAX_ID:
        raise HTTPException(404, f"no such {name.replace('_', ' ')}")
    return value


def claim_with_mentions(
    request: Request,
) -> tuple[claim_store.ClaimSummary, list[claim_store.ClaimMention]]:
    """The claim the path names and every mention of it; 404 when there is none."""
    params.no_query(request.query_params)
    claim_id = path_id(request, "claim_id")
    with database(request).transaction() as conn:
        found = claim_store.claim(conn, claim_id)
        mentions = claim_store.claim_mentions(conn, claim_id) if found else []
    if found is None:
        raise HTTPException(404, f"no claim {claim_id}")
    return found, mentions


def claims_for(conn: Connection, query: ClaimsQuery) -> tuple[list[claim_store.ClaimSummary], int]:
    return claim_store.claim_page(
        conn,
        query.where,
        sort=query.sort,
        descending=query.descending,
        limit=query.paging.per_page,
        offset=query.paging.offset,
    )


def figures_for(conn: Connection, query: FiguresQuery) -> list[views.FigureRow]:
    return views.figure_page(
        conn,
        category=query.category,
        aid_only=query.aid_only,
        donor=query.donor,
        recipient=query.recipient,
        year=query.year,
        since=query.since,
        document_id=query.document_id,
        limit=query.paging.per_page,
        offset=query.paging.offset,
    )

"""The HTML pages: totals (chart and table), claims, one claim, one article, operations."""

from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from services.web import params
from services.web.chart import stacked_bars
from services.web.reads import claim_with_mentions, claims_for, database, path_id
from services.web.render import link, render
from services.web.status import operations_state
from shared.formatting import text_value
from shared.store import claims as claim_store
from shared.store import feeds, views
from shared.store.claims import CLAIM_KINDS, CLAIM_SORTS, TOTAL_KINDS, ClaimFilter


def filter_params(where: ClaimFilter) -> dict[str, Any]:
    """A filter as the query parameters that give it back (the stable URL of a view)."""
    return {
        "donor": where.donor,
        "recipient": where.recipient,
        "category": where.category,
        "kind": where.kind,
        "year": where.year,
        "from": where.year_from,
        "to": where.year_to,
        "since": where.since,
        "conflicts": where.conflicts_only,
        "no_donor": where.no_donor,
        "no_year": where.no_year,
    }


def totals_page(request: Request) -> Response:
    where = params.totals_filter(request.query_params)
    kind = where.kind or "increment"
    with database(request).transaction() as conn:
        rows = claim_store.totals(conn, ["donor", "year"], where)
        facets = claim_store.claim_facets(conn)
    shown = filter_params(where)

    def claims_of(donor: str | None, year: int | None, of_kind: str = kind) -> str:
        # Exactly the claims behind a total: an unnamed donor or no single year selects those.
        return link(
            "/claims",
            shown,
            kind=of_kind,
            donor=donor,
            no_donor=donor is None,
            year=year,
            no_year=year is None,
            sort="value_eur",
            order="desc",
        )

    chart = stacked_bars(rows, claims_of)
    years = [c.year for c in chart.columns]
    cells = {(r["donor"], r["year"]): r for r in rows}
    return render(
        "totals.html",
        {
            "where": where,
            "kind": kind,
            "kinds": TOTAL_KINDS,
            "facets": facets,
            "chart": chart,
            "years": years,
            "cells": cells,
            "cumulative": [r for r in rows if r["reported_cumulative_eur"] is not None],
            "claims_of": claims_of,
            "csv": link("/totals.csv", shown),
            "api": link("/api/totals", shown),
        },
    )


@dataclass(frozen=True, slots=True)
class Pages:
    """Where a paginated view stands, with the links to its neighbours."""

    page: int
    last: int
    total: int
    previous: str | None
    next: str | None


def claims_page(request: Request) -> Response:
    query = params.claims_query(request.query_params)
    with database(request).transaction() as conn:
        found, total = claims_for(conn, query)
        facets = claim_store.claim_facets(conn)
    shown = filter_params(query.where)
    order = "desc" if query.descending else "asc"
    view = {**shown, "sort": query.sort, "order": order}
    per_page = query.paging.per_page if query.paging.per_page != params.PER_PAGE else None
    page = query.paging.page
    last = max(1, -(-total // query.paging.per_page))

    def page_link(number: int) -> str:
        return link("/claims", view, page=number if number > 1 else None, per_page=per_page)

    def sort_link(column: str) -> str:
        # A second click on the sorted column reverses it; a new column starts largest first
        # (names and years: in their order).
        flipped = "asc" if (column == query.sort and query.descending) else "desc"
        if column != query.sort and column in ("donor", "year"):
            flipped = "asc"
        return link("/claims", shown, sort=column, order=flipped, per_page=per_page)

    return render(
        "claims.html",
        {
            "where": query.where,
            "claims": found,
            "sort": query.sort,
            "order": order,
            "sorts": CLAIM_SORTS,
            "kinds": CLAIM_KINDS,
            "facets": facets,
            "per_page": query.paging.per_page,
            "pages": Pages(
                page=page,
                last=last,
                total=total,
                previous=page_link(page - 1) if page > 1 else None,
                next=page_link(page + 1) if page < last else None,
            ),
            "sort_link": sort_link,
            # The whole table (up to the cap), not only this page of it.
            "csv": link("/claims.csv", view, per_page=params.MAX_CSV_ROWS),
            "csv_rows": params.MAX_CSV_ROWS,
            "api": link("/api/claims", view, page=page if page > 1 else None, per_page=per_page),
        },
    )


def claim_page(request: Request) -> Response:
    found, mentions = claim_with_mentions(request)
    return render("claim.html", {"claim": found, "mentions": mentions})


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of an article's text: plain, or one figure."""

    text: str
    figure: views.FigureRow | None = None


def pieces(text: str, figures: list[views.FigureRow]) -> list[Piece]:
    """The text cut at its figures (in text order; a figure overlapping the one before it is
    left unmarked, as one run cannot be in two marks)."""
    found: list[Piece] = []
    cursor = 0
    for figure in sorted(figures, key=lambda f: (f.start, f.end)):
        if figure.start < cursor or figure.end > len(text):
            continue
        if figure.start > cursor:
            found.append(Piece(text[cursor : figure.start]))
        found.append(Piece(text[figure.start : figure.end], figure))
        cursor = figure.end
    if cursor < len(text):
        found.append(Piece(text[cursor:]))
    return found


def describe(figure: views.FigureRow) -> str:
    """A figure's attributes in one line (its mark's title)."""
    parts = [
        f"{text_value(figure.value)} {figure.unit} ({figure.qualifier})",
        f"value_eur {text_value(figure.value_eur) or '–'}",
        f"category {figure.category}",
        f"donor {figure.donor or '–'}",
        f"recipient {figure.recipient or '–'}",
        f"year {figure.year or '–'}",
    ]
    return " · ".join(parts)


def article_page(request: Request) -> Response:
    params.no_query(request.query_params)
    document_id = path_id(request, "document_id")
    with database(request).transaction() as conn:
        document = views.document_view(conn, document_id)
        articles = views.document_articles(conn, document_id) if document else []
        figures = views.document_figures(conn, document_id) if document else []
        claims = claim_store.document_claims(conn, document_id) if document else []
    if document is None:
        raise HTTPException(404, f"no article {document_id}")
    return render(
        "article.html",
        {
            "document": document,
            "articles": articles,
            "figures": figures,
            "pieces": pieces(document.text, figures),
            "claims": {(c.start, c.end): c for c in claims},
            "describe": describe,
            "csv": link("/figures.csv", document=document_id),
        },
    )


FEEDS_SHOWN = 100  # the operations page lists this many feeds, the failing first


def operations_page(request: Request) -> Response:
    params.no_query(request.query_params)
    state = operations_state(request)
    with database(request).transaction() as conn:
        listed = feeds.feeds_by_trouble(conn, FEEDS_SHOWN)
    return render("operations.html", {"state": state, "feeds": listed})


def routes() -> list[Route]:
    return [
        Route("/totals", totals_page, methods=["GET"]),
        Route("/claims", claims_page, methods=["GET"]),
        Route("/claims/{claim_id:int}", claim_page, methods=["GET"]),
        Route("/articles/{document_id:int}", article_page, methods=["GET"]),
        Route("/operations", operations_page, methods=["GET"]),
    ]

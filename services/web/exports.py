"""CSV downloads of every table, with the same query parameters as its page or API route.

Values are the CLI's (`--format csv`: exact numbers, ISO dates). A text cell that a spreadsheet
would run as a formula (=, +, -, @, tab, CR first) is written with a leading apostrophe: texts
come from the web."""

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from services.web import params
from services.web.reads import claims_for, database, figures_for
from shared.formatting import record, text_value
from shared.store import claims as claim_store
from shared.store import views

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return text_value(value)


def csv_response(rows: Iterable[Any], columns: Sequence[str], name: str) -> Response:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        found = record(row)
        writer.writerow([cell(found.get(c)) for c in columns])
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


def totals_csv(request: Request) -> Response:
    where = params.totals_filter(request.query_params)
    keys = ["donor", "year"]
    with database(request).transaction() as conn:
        rows = claim_store.totals(conn, keys, where)
    return csv_response(rows, claim_store.total_columns(keys), "totals.csv")


def claims_csv(request: Request) -> Response:
    query = params.claims_query(request.query_params, csv=True)
    with database(request).transaction() as conn:
        found, _ = claims_for(conn, query)
    return csv_response(found, claim_store.CLAIM_COLUMNS, "claims.csv")


def figures_csv(request: Request) -> Response:
    query = params.figures_query(request.query_params, csv=True)
    with database(request).transaction() as conn:
        found = figures_for(conn, query)
    return csv_response(found, views.FIGURE_COLUMNS, "figures.csv")


def routes() -> list[Route]:
    return [
        Route("/totals.csv", totals_csv, methods=["GET"]),
        Route("/claims.csv", claims_csv, methods=["GET"]),
        Route("/figures.csv", figures_csv, methods=["GET"]),
    ]

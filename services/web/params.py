"""Query parameters, checked: every page and API route says which it takes, and anything else
(an unknown name, a repeated one, a value of the wrong shape) is a `BadQuery`, answered with a
400 that names the parameter, never a 500.

The names and checks are the CLI's (`aidledger claims`, `totals`): the same filter reaches the
same store function.
"""

import datetime
from collections.abc import Collection
from dataclasses import dataclass

from starlette.datastructures import QueryParams

from shared.store.claims import CLAIM_KINDS, CLAIM_SORTS, TOTAL_KINDS, ClaimFilter, total_keys

# Years a ledger can speak of (a wider number is a typo, not a year).
FIRST_YEAR = 1900
LAST_YEAR = 2200
MAX_TEXT = 200  # a donor's, recipient's or category's name
MAX_PAGE = 100_000
PER_PAGE = 50  # rows a page shows unless asked
MAX_PER_PAGE = 500  # ... and at most (pages and the JSON API)
# Rows a CSV download holds unless asked (per_page), and at most; `page` reaches the rest.
CSV_ROWS = 1_000
MAX_CSV_ROWS = 10_000

CLAIM_FILTERS = (
    "donor", "recipient", "category", "kind", "year", "since", "conflicts", "no_donor", "no_year",
)  # fmt: skip
YEAR_RANGE = ("from", "to")
PAGING = ("page", "per_page")
CLAIMS_PAGE = (*CLAIM_FILTERS, *YEAR_RANGE, "sort", "order", *PAGING)
TOTALS_PAGE = ("donor", "recipient", "category", "kind", "since", *YEAR_RANGE)
TOTALS_API = (*TOTALS_PAGE, "year", "by")
FIGURES = ("category", "aid", "donor", "recipient", "year", "since", "document", *PAGING)


class BadQuery(ValueError):
    """A query parameter the route cannot take; its message says which and why."""


@dataclass(frozen=True, slots=True)
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass(frozen=True, slots=True)
class ClaimsQuery:
    where: ClaimFilter
    sort: str
    descending: bool
    paging: Paging


@dataclass(frozen=True, slots=True)
class FiguresQuery:
    category: str | None
    aid_only: bool
    donor: str | None
    recipient: str | None
    year: int | None
    since: datetime.date | None
    document_id: int | None
    paging: Paging


class Query:
    """One request's parameters, read only through typed getters that check them."""

    def __init__(self, params: QueryParams, allowed: Collection[str]) -> None:
        unknown = sorted(set(params) - set(allowed))
        if unknown:
            takes = ", ".join(allowed) or "no parameters"
            raise BadQuery(f"unknown parameter {unknown[0]!r}: this page takes {takes}")
        for name in params:
            if len(params.getlist(name)) > 1:
                raise BadQuery(f"parameter {name!r} is given more than once")
        # An empty value (a form's blank field) is no filter.
        self._values = {k: v.strip() for k, v in params.items() if v.strip()}

    def text(self, name: str) -> str | None:
        value = self._values.get(name)
        if value is not None and (len(value) > MAX_TEXT or not value.isprintable()):
            raise BadQuery(f"{name} must be printable text of at most {MAX_TEXT} characters")
        return value

    def choice(self, name: str, choices: Collection[str], default: str | None = None) -> str | None:
        value = self._values.get(name)
        if value is None:
            return default
        if value not in choices:
            raise BadQuery(f"{name} must be one of {', '.join(choices)}, not {value!r}")
        return value

    def integer(self, name: str, low: int, high: int, default: int | None = None) -> int | None:
        value = self._values.get(name)
        if value is None:
            return default
        if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
            raise BadQuery(f"{name} must be a whole number from {low} to {high}, not {value!r}")
        return int(value)

    def year(self, name: str) -> int | None:
        return self.integer(name, FIRST_YEAR, LAST_YEAR)

    def date(self, name: str) -> datetime.date | None:
        value = self._values.get(name)
        if value is None:
            return None
        try:
            if len(value) != 10:
                raise ValueError
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise BadQuery(f"{name} must be a date YYYY-MM-DD, not {value!r}") from None

    def flag(self, name: str) -> bool:
        value = self.choice(name, ("1", "0", "true", "false", "on", "off"), default="0")
        return value in ("1", "true", "on")

    def paging(self, max_per_page: int = MAX_PER_PAGE, default: int = PER_PAGE) -> Paging:
        page = self.integer("page", 1, MAX_PAGE, default=1)
        per_page = self.integer("per_page", 1, max_per_page, default=min(default, max_per_page))
        assert page is not None
        assert per_page is not None
        return Paging(page, per_page)

    def claim_filter(self, kinds: Collection[str] = CLAIM_KINDS) -> ClaimFilter:
        year_from, year_to = self.year("from"), self.year("to")
        if year_from is not None and year_to is not None and year_from > year_to:
            raise BadQuery(f"from ({year_from}) must not come after to ({year_to})")
        no_donor, no_year = self.flag("no_donor"), self.flag("no_year")
        if no_donor and self.text("donor"):
            raise BadQuery("donor and no_donor cannot both be given")
        if no_year and (self.year("year") or year_from or year_to):
            raise BadQuery("year, from or to and no_year cannot both be given")
        return ClaimFilter(
            donor=self.text("donor"),
            recipient=self.text("recipient"),
            category=self.text("category"),
            kind=self.choice("kind", kinds),
            year=self.year("year"),
            since=self.date("since"),
            conflicts_only=self.flag("conflicts"),
            year_from=year_from,
            year_to=year_to,
            no_donor=no_donor,
            no_year=no_year,
        )


def claims_query(params: QueryParams, *, csv: bool = False) -> ClaimsQuery:
    query = Query(params, CLAIMS_PAGE)
    paging = query.paging(MAX_CSV_ROWS, CSV_ROWS) if csv else query.paging()
    return ClaimsQuery(
        where=query.claim_filter(),
        sort=query.choice("sort", CLAIM_SORTS, default="year") or "year",
        descending=query.choice("order", ("asc", "desc"), default="asc") == "desc",
        paging=paging,
    )


def totals_filter(params: QueryParams) -> ClaimFilter:
    """The totals page's filter (its CSV's too): the kind charted, increments by default."""
    return Query(params, TOTALS_PAGE).claim_filter(TOTAL_KINDS)


def totals_api_query(params: QueryParams) -> tuple[list[str], ClaimFilter]:
    """`/api/totals`: `aidledger totals`'s grouping and filters (and the page's)."""
    query = Query(params, TOTALS_API)
    try:
        keys = total_keys(query.text("by") or "donor,year")
    except ValueError as exc:
        raise BadQuery(f"by {exc}") from None
    return keys, query.claim_filter(TOTAL_KINDS)


def figures_query(params: QueryParams, *, csv: bool = False) -> FiguresQuery:
    query = Query(params, FIGURES)
    return FiguresQuery(
        category=query.text("category"),
        aid_only=query.flag("aid"),
        donor=query.text("donor"),
        recipient=query.text("recipient"),
        year=query.year("year"),
        since=query.date("since"),
        document_id=query.integer("document", 1, 2**63 - 1),
        paging=query.paging(MAX_CSV_ROWS, CSV_ROWS) if csv else query.paging(),
    )


def no_query(params: QueryParams) -> None:
    """A route that takes no parameters refuses any."""
    Query(params, ())

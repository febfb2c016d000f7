"""Bad requests get a clear 400 (HTML on pages, JSON on the API), unknown ids a 404, and any
method but GET and HEAD a 405: never a 500, and nothing written."""

import pytest

from services.web.app import create_app
from shared.config import Settings
from tests.web.conftest import TestClient

BAD = [
    ("/claims?year=abc", "year must be a whole number"),
    ("/claims?year=99999", "year must be a whole number from 1900 to 2200"),
    ("/claims?year=-1", "year must be a whole number"),
    ("/claims?year=２０２４", "year must be a whole number"),  # fullwidth digits are no year
    ("/claims?since=2024-13-01", "since must be a date YYYY-MM-DD"),
    ("/claims?since=yesterday", "since must be a date YYYY-MM-DD"),
    ("/claims?sort=id;DROP TABLE claims", "sort must be one of value_eur, year, donor"),
    ("/claims?order=sideways", "order must be one of asc, desc"),
    ("/claims?kind=gift", "kind must be one of increment, cumulative"),
    ("/claims?page=0", "page must be a whole number from 1"),
    ("/claims?per_page=100000", "per_page must be a whole number from 1 to 500"),
    ("/claims?conflicts=maybe", "conflicts must be one of 1, 0"),
    ("/claims?colour=red", "unknown parameter 'colour'"),
    ("/claims?year=2024&year=2025", "parameter 'year' is given more than once"),
    ("/claims?donor=" + "x" * 201, "donor must be printable text of at most 200"),
    ("/claims?donor=a%00b", "donor must be printable text"),
    ("/totals?from=2025&to=2022", "from (2025) must not come after to (2022)"),
    ("/claims?donor=Germany&no_donor=1", "donor and no_donor cannot both be given"),
    ("/claims?year=2024&no_year=1", "year, from or to and no_year cannot both be given"),
    ("/totals?kind=share", "kind must be one of increment, cumulative, target, budget"),
    ("/totals?year=2024", "unknown parameter 'year'"),
    ("/claims/1?x=1", "unknown parameter 'x': this page takes no parameters"),
    ("/operations?verbose=1", "unknown parameter 'verbose'"),
    ("/totals.csv?to=20x", "to must be a whole number"),
    ("/claims.csv?per_page=10001", "per_page must be a whole number from 1 to 10000"),
    ("/figures.csv?document=x", "document must be a whole number"),
]
BAD_API = [
    ("/api/totals?by=colour", "by takes donor, recipient, category, year, not colour"),
    ("/api/totals?by=", "unknown"),  # no grouping is asked: the default applies, see below
    ("/api/totals?by=year,year", "by takes donor, recipient, category, year"),
    ("/api/claims?year=2024.5", "year must be a whole number"),
    ("/api/figures?aid=perhaps", "aid must be one of 1, 0"),
    ("/api/figures?since=2024-1-1", "since must be a date YYYY-MM-DD"),
    ("/api/claims/1?full=1", "unknown parameter 'full'"),
    ("/api/status?x=", "unknown parameter 'x'"),
]


@pytest.mark.parametrize(("path", "message"), BAD)
def test_a_bad_query_on_a_page_is_a_400_page_that_says_why(
    empty_web: TestClient, path: str, message: str
) -> None:
    response = empty_web.get(path)
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert message.replace("'", "&#39;") in response.text


@pytest.mark.parametrize(("path", "message"), [b for b in BAD_API if b[1] != "unknown"])
def test_a_bad_query_on_the_api_is_a_400_in_json(
    empty_web: TestClient, path: str, message: str
) -> None:
    response = empty_web.get(path)
    assert response.status_code == 400, response.text
    assert response.json()["status"] == 400
    assert message in response.json()["error"]


def test_an_empty_parameter_is_no_filter(empty_web: TestClient) -> None:
    # A form's blank field, as browsers send it.
    assert empty_web.get("/claims?donor=&year=&since=&kind=").status_code == 200
    assert empty_web.get("/api/totals?by=").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/claims/999999",
        "/claims/99999999999999999999999",  # past bigint: never sent to the database
        "/articles/424242",
        "/api/claims/999999",
        "/claims/abc",
        "/nowhere",
    ],
)
def test_an_unknown_id_or_path_is_a_404(empty_web: TestClient, path: str) -> None:
    response = empty_web.get(path)
    assert response.status_code == 404
    if path.startswith("/api/"):
        assert response.json()["error"] == "no claim 999999"


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize(
    "path", ["/", "/totals", "/claims", "/claims/1", "/articles/1", "/operations", "/api/claims",
             "/api/totals", "/api/status", "/claims.csv", "/static/ledger.css"]
)  # fmt: skip
def test_no_route_takes_a_write_method(empty_web: TestClient, method: str, path: str) -> None:
    response = empty_web.request(method, path)
    assert response.status_code == 405
    if not path.startswith("/static/"):  # Starlette's static files answer 405 without Allow
        assert "GET" in response.headers["allow"]


def test_head_answers_like_get_without_a_body(empty_web: TestClient) -> None:
    response = empty_web.head("/claims")
    assert response.status_code == 200
    assert response.content == b""


def test_an_unexpected_error_is_a_500_page_without_its_traceback(
    clean_db: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr("shared.store.claims.claim_facets", broken)
    with TestClient(create_app(clean_db), raise_server_exceptions=False) as client:
        response = client.get("/claims")
    assert response.status_code == 500
    assert "secret detail" not in response.text
    assert "could not answer" in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]

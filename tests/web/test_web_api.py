"""The JSON API and the CSV downloads on the seed ledger: the CLI's field names, exact decimals,
and `/api/totals` row for row what `aidledger totals --format jsonl` prints."""

import csv
import io
import json
from decimal import Decimal

import pytest

from services.web.app import create_app
from services.web.exports import cell
from shared.config import Settings
from shared.store.claims import CLAIM_COLUMNS
from shared.store.views import FIGURE_COLUMNS
from tests.support.processes import CliRunner
from tests.web.conftest import SEEDS, TestClient

TOTALS_QUERIES = (
    "by=year&category=security_aid&recipient=Ukraine",
    "by=donor,year",
    "by=category",
    "by=donor&recipient=Ukraine&category=military_aid",
    "by=recipient,donor&year=2024",
)


def _csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_api_totals_gives_5e10_eur_for_2024_on_the_seeds(web: TestClient) -> None:
    response = web.get("/api/totals?by=year&category=security_aid&recipient=Ukraine")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    rows = response.json()
    assert rows[0] == {
        "year": 2024,
        "value_eur": 50_000_000_000,
        "claims": 1,
        "documents": 2,
        "reported_cumulative_eur": None,
    }
    assert Decimal(str(rows[0]["value_eur"])) == Decimal("5.0e10")
    assert '"value_eur": 50000000000,' in response.text  # written exactly, not 5e10


def test_api_totals_is_what_the_cli_prints(cli: CliRunner, clean_db: Settings) -> None:
    replay = cli("replay", "--worker", "--format", "jsonl")
    assert replay.returncode == 0, replay.stderr
    with TestClient(create_app(clean_db)) as web:
        for query in TOTALS_QUERIES:
            args = [a for pair in query.split("&") for a in _cli_args(pair)]
            printed = cli("totals", *args, "--format", "jsonl")
            assert printed.returncode == 0, printed.stderr
            served = web.get(f"/api/totals?{query}")
            assert served.status_code == 200, served.text
            lines = [json.loads(line) for line in printed.stdout.splitlines() if line.strip()]
            assert served.json() == lines, query
            assert lines  # a comparison of two empty lists would prove nothing
            # The same text, number for number (exact decimals on both sides).
            assert served.text == "[" + ", ".join(printed.stdout.splitlines()) + "]"


def _cli_args(pair: str) -> list[str]:
    name, _, value = pair.partition("=")
    return [f"--{name}", value]


def test_api_claims_have_the_cli_field_names_and_exact_values(web: TestClient) -> None:
    body = web.get("/api/claims?sort=value_eur&order=desc&per_page=500")
    found = body.json()
    assert found["total"] == len(found["claims"]) >= 3
    assert all(list(claim) == list(CLAIM_COLUMNS) for claim in found["claims"])
    assert '"value_eur": 434121016827.78' in body.text  # the seeds' USD budget, converted
    values = [c["value_eur"] for c in found["claims"] if c["value_eur"] is not None]
    assert values == sorted(values, reverse=True)


def test_api_claim_shows_every_mention_with_its_source(web: TestClient) -> None:
    listed = web.get("/api/claims?recipient=Ukraine&year=2024&kind=increment").json()
    (claim,) = listed["claims"]
    shown = web.get(f"/api/claims/{claim['id']}").json()
    assert {k: shown[k] for k in CLAIM_COLUMNS} == claim
    assert {m["source"] for m in shown["mentions_list"]} == {path.name for path in SEEDS}
    for mention in shown["mentions_list"]:
        assert mention["surface"] in mention["sentence"]
        assert mention["relation"] in ("states", "restates", "converts", "part_of")
        assert mention["end"] > mention["start"]


def test_api_figures_pages_and_filters(web: TestClient) -> None:
    everything = web.get("/api/figures?per_page=500").json()["figures"]
    assert everything
    assert all(list(f) == list(FIGURE_COLUMNS) for f in everything)
    first = web.get("/api/figures?per_page=3").json()
    second = web.get("/api/figures?per_page=3&page=2").json()
    assert [f["id"] for f in first["figures"] + second["figures"]] == [
        f["id"] for f in everything[:6]
    ]
    security = web.get("/api/figures?category=security_aid&per_page=500").json()["figures"]
    assert security
    assert {f["category"] for f in security} == {"security_aid"}
    assert len(security) < len(everything)


def test_api_status_is_the_status_commands_object(web: TestClient) -> None:
    state = web.get("/api/status").json()
    figures = len(web.get("/api/figures?per_page=500").json()["figures"])
    assert state["figures"] == figures
    assert state["articles_by_status"] == {"done": len(SEEDS)}
    assert [q["queue"] for q in state["queues"]] == ["fetch", "clean", "extract", "reconcile"]
    assert {"failures_by_cause", "feeds_by_status", "stages", "broker_error"} <= set(state)


def test_totals_csv_holds_the_pages_rows_exactly(web: TestClient) -> None:
    response = web.get("/totals.csv?recipient=Ukraine&category=security_aid")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["content-disposition"]
    rows = _csv(response.text)
    assert list(rows[0]) == ["donor", "year", "value_eur", "claims", "documents",
                             "reported_cumulative_eur"]  # fmt: skip
    assert rows[0]["value_eur"] == "50000000000"
    assert {(r["donor"], r["year"]) for r in rows} == {
        ("NATO European members", "2024"),
        ("NATO allies", "2025"),
    }


def test_claims_csv_has_every_claim_the_filter_selects(web: TestClient) -> None:
    api = web.get("/api/claims?per_page=500").json()
    rows = _csv(web.get("/claims.csv").text)
    assert len(rows) == api["total"]
    assert list(rows[0]) == list(CLAIM_COLUMNS)
    budget = [r for r in rows if r["kind"] == "budget"]
    assert [r["value_eur"] for r in budget] == ["434121016827.78"]
    conflicts = _csv(web.get("/claims.csv?conflicts=1").text)
    assert all(r["conflict"] == "True" for r in conflicts)


def test_csv_downloads_page_like_their_tables(web: TestClient) -> None:
    everything = _csv(web.get("/claims.csv?sort=value_eur&order=desc").text)
    first = _csv(web.get("/claims.csv?sort=value_eur&order=desc&per_page=2").text)
    second = _csv(web.get("/claims.csv?sort=value_eur&order=desc&per_page=2&page=2").text)
    assert first + second == everything[:4]
    page = web.get("/claims?sort=value_eur&order=desc&page=2&per_page=2").text
    # The page's CSV link is the whole filtered table in its order, not only the page shown.
    assert 'href="/claims.csv?sort=value_eur&amp;order=desc&amp;per_page=10000"' in page


def test_figures_csv_filters_by_document(web: TestClient) -> None:
    everything = _csv(web.get("/figures.csv").text)
    one = _csv(web.get("/figures.csv?document=1").text)
    assert 0 < len(one) < len(everything)
    assert list(one[0]) == list(FIGURE_COLUMNS)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Germany", "Germany"),
        (Decimal("-5"), "-5"),  # numbers are never touched
        (None, ""),
    ],
)
def test_a_csv_cell_never_runs_as_a_formula(value: object, written: str) -> None:
    assert cell(value) == written

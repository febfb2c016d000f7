"""The web ledger's HTML pages on the seed ledger, through HTTP (Starlette's TestClient on the
run's real PostgreSQL): what each page shows, its links, and its accessible markup."""

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qs, urlsplit

from shared import db
from tests.web.conftest import SEEDS, TestClient

UKRAINE_SECURITY = "recipient=Ukraine&category=security_aid"


class Elements(HTMLParser):
    """Every start tag of a page, with its attributes, and the text inside each tag by id."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def find(self, tag: str, **attrs: str) -> list[dict[str, str]]:
        wanted = {k.rstrip("_").replace("_", "-"): v for k, v in attrs.items()}
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in wanted.items())
        ]


def _claim_2024(web: TestClient) -> dict[str, Any]:
    found = web.get("/api/claims?recipient=Ukraine&year=2024&kind=increment").json()
    (claim,) = found["claims"]
    return claim  # type: ignore[no-any-return]


def test_the_root_redirects_to_the_totals(web: TestClient) -> None:
    response = web.get("/")
    assert (response.status_code, response.headers["location"]) == (302, "/totals")


def test_the_totals_chart_has_one_linked_bar_per_donor_and_year(web: TestClient) -> None:
    page = web.get(f"/totals?{UKRAINE_SECURITY}&kind=increment&from=2022&to=2025")
    assert page.status_code == 200
    html = Elements(page.text)
    (svg,) = html.find("svg", id="totals-chart")
    assert (svg["role"], svg["aria-labelledby"]) == ("img", "totals-chart-title")
    bars = [a for t, a in html.tags if t == "rect"]
    values = {(b["data-donor"], b["data-year"]): b["data-value-eur"] for b in bars}
    assert values == {
        ("NATO European members", "2024"): "50000000000",
        ("NATO allies", "2025"): "20000000000",
    }
    # Each bar sits in a link to the claims behind it, which lists exactly that claim.
    link = re.search(r'<a href="([^"]+)" class="segment">\s*<rect[^>]*data-year="2024"', page.text)
    assert link is not None
    claims = web.get(link.group(1).replace("&amp;", "&"))
    assert claims.status_code == 200
    assert claims.text.count('class="claim-link"') == 1
    assert f'href="/claims/{_claim_2024(web)["id"]}"' in claims.text


def test_the_totals_table_links_each_amount_to_its_claims(web: TestClient) -> None:
    page = web.get(f"/totals?{UKRAINE_SECURITY}")
    table = page.text[page.text.index('<table id="totals-table">') :]
    table = table[: table.index("</table>")]
    assert "<caption>" in table
    assert '<th scope="col" class="num">2024</th>' in table
    assert '<th scope="row">NATO European members</th>' in table
    cell = re.search(r'<td class="num"><a href="([^"]+)"[^>]*>€50,000,000,000</a></td>', table)
    assert cell is not None
    query = parse_qs(urlsplit(cell.group(1).replace("&amp;", "&")).query)
    assert query["donor"] == ["NATO European members"]
    assert (query["year"], query["recipient"], query["kind"]) == (
        ["2024"],
        ["Ukraine"],
        ["increment"],
    )


def test_totals_filters_narrow_the_years_and_show_their_values_in_the_form(web: TestClient) -> None:
    page = web.get(f"/totals?{UKRAINE_SECURITY}&from=2025&to=2025")
    html = Elements(page.text)
    assert [b["data-year"] for t, b in html.tags if t == "rect"] == ["2025"]
    (recipient,) = html.find("option", value="Ukraine")
    assert "selected" in recipient
    (year_from,) = html.find("input", id="f-from")
    assert year_from["value"] == "2025"
    # Every filter has its label.
    for control in [
        a for t, a in html.tags if t in ("input", "select") and a.get("type") != "hidden"
    ]:
        assert html.find("label", for_=control["id"]), control


def test_a_kind_other_than_increment_is_charted_unsummed(web: TestClient) -> None:
    page = web.get("/totals?kind=budget")
    assert page.status_code == 200
    assert "never added" in page.text
    assert 'data-value-eur="434121016827.78"' in page.text  # the seeds' budget claim, exact


def test_the_claims_table_filters_sorts_and_pages(web: TestClient) -> None:
    everything = web.get("/claims")
    assert everything.status_code == 200
    ids = re.findall(r'<a class="claim-link" href="/claims/(\d+)">', everything.text)
    assert len(ids) >= 3
    first_page = web.get("/claims?per_page=2&sort=value_eur&order=desc")
    second_page = web.get("/claims?per_page=2&sort=value_eur&order=desc&page=2")
    on_first = re.findall(r'class="claim-link" href="/claims/(\d+)"', first_page.text)
    on_second = re.findall(r'class="claim-link" href="/claims/(\d+)"', second_page.text)
    assert len(on_first) == 2
    assert not set(on_first) & set(on_second)
    assert 'rel="next"' in first_page.text
    assert 'rel="prev"' in second_page.text
    values = re.findall(r'<td class="num" data-value-eur="(\d*)">', first_page.text)
    assert values == sorted(values, key=lambda v: int(v or 0), reverse=True)
    filtered = web.get("/claims?recipient=Ukraine&year=2024&kind=increment")
    assert re.findall(r'class="claim-link" href="/claims/(\d+)"', filtered.text) == [
        str(_claim_2024(web)["id"])
    ]
    table = Elements(filtered.text)
    assert table.find("table", id="claims-table")
    assert table.find("th", scope="col")
    assert "Conflict" in filtered.text


def test_the_conflict_filter_keeps_only_flagged_claims(web: TestClient) -> None:
    flagged = web.get("/api/claims?conflicts=1").json()
    page = web.get("/claims?conflicts=1")
    assert page.text.count('class="claim-link"') == flagged["total"]
    assert page.text.count('class="flag conflict-flag"') == flagged["total"]


def test_the_2024_claim_lists_both_seed_files_with_the_figure_marked(web: TestClient) -> None:
    claim = _claim_2024(web)
    page = web.get(f"/claims/{claim['id']}")
    assert page.status_code == 200
    mentions = re.findall(r'<li class="mention" data-relation="(\w+)">(.*?)</li>', page.text, re.S)
    assert len(mentions) == claim["mentions"] == 3
    assert {relation for relation, _ in mentions} <= {"states", "restates", "converts", "part_of"}
    assert mentions[0][0] == "states"
    sources = {m for _, body in mentions for m in re.findall(r'<span class="source">([^<]+)', body)}
    assert sources == {path.name for path in SEEDS}
    for _, body in mentions:
        assert re.search(
            r'<blockquote class="sentence">[^<]*<mark class="figure">[^<]+</mark>', body
        )
        link = re.search(r'<a class="source-link" href="(/articles/\d+#fig-(\d+)-(\d+))">', body)
        assert link is not None
        article = web.get(link.group(1))
        assert article.status_code == 200
        assert f'id="fig-{link.group(2)}-{link.group(3)}"' in article.text


def test_the_article_marks_every_figure_with_its_attributes(web: TestClient) -> None:
    figures = web.get("/api/figures?per_page=500").json()["figures"]
    document = web.get(f"/claims/{_claim_2024(web)['id']}").text
    match = re.search(r'href="/articles/(\d+)#', document)
    assert match is not None
    page = web.get(f"/articles/{match.group(1)}")
    html = Elements(page.text)
    marks = html.find("mark", class_="figure")
    assert marks
    assert all(m["tabindex"] == "0" and m["title"] and m["id"].startswith("fig-") for m in marks)
    texts = re.findall(r'<mark class="figure"[^>]*>([^<]+)</mark>', page.text)
    mine = [f for f in figures if f'id="fig-{f["start"]}-{f["end"]}"' in page.text]
    assert sorted(texts) == sorted(f["text"] for f in mine)
    assert "50000000000 EUR (over)" in page.text  # an attribute in a title
    (article,) = html.find("article", id="text")
    assert article is not None
    # Each figure of a claim links back to it: the 2024 claim among them.
    assert f'<a class="claim-link" href="/claims/{_claim_2024(web)["id"]}">' in page.text
    # A replayed file's name is no URL: shown, not linked.
    assert '<span class="original-url">' in page.text


def test_the_operations_page_shows_queues_feeds_and_failures(web: TestClient) -> None:
    with db.transaction() as conn:
        conn.execute("INSERT INTO feeds (url) VALUES ('https://ok.example/rss')")
        conn.execute(
            """
            INSERT INTO feeds (url, status, consecutive_failures, last_error)
            VALUES ('https://down.example/rss', 'failing', 5, 'HTTP 503 <b>down</b>')
            """
        )
    page = web.get("/operations")
    assert page.status_code == 200
    for table in ("queues-table", "feeds-table", "feed-list", "failures-table", "ledger-table"):
        assert f'<table id="{table}">' in page.text
    assert '<th scope="row">figures</th>' in page.text
    listed = page.text[page.text.index('id="feed-list"') :]
    assert listed.index("down.example") < listed.index("ok.example")  # the failing first
    assert "HTTP 503 &lt;b&gt;down&lt;/b&gt;" in listed
    assert '<th scope="row">failing</th><td class="num">1</td>' in page.text


def test_every_page_sends_a_content_security_policy_without_inline_scripts(
    web: TestClient,
) -> None:
    for path in ("/totals", "/claims", "/operations", "/api/totals", "/claims.csv", "/nowhere"):
        policy = web.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy
        assert "unsafe-inline" not in policy
    assert "<script" not in web.get("/totals").text


def test_the_stylesheet_is_served(web: TestClient) -> None:
    css = web.get("/static/ledger.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")


def _insert_claim(
    key: str, kind: str, value_eur: int, donor: str | None = "Germany", year: int | None = 2024
) -> None:
    with db.transaction() as conn:
        conn.execute(
            """
            INSERT INTO claims (key, recipient, category_group, kind, period, year, donor, giver,
                                category, value, unit, qualifier, value_eur, mentions,
                                documents, reconciler_version)
            VALUES (%(key)s, 'Ukraine', 'military', %(kind)s, '2024', %(year)s, %(donor)s,
                    %(donor)s, 'military_aid', %(value)s, 'EUR', 'exact', %(value)s, 1, 1, 'test')
            """,
            {"key": key, "kind": kind, "value": value_eur, "donor": donor, "year": year},
        )


def test_every_total_links_to_exactly_its_claims(empty_web: TestClient) -> None:
    _insert_claim("named", "increment", 1_000_000_000)
    _insert_claim("unnamed", "increment", 2_000_000_000, donor=None)
    _insert_claim("range", "increment", 4_000_000_000, year=None)
    _insert_claim("unnamed range", "increment", 8_000_000_000, donor=None, year=None)
    page = empty_web.get("/totals")
    links = re.findall(r'<a href="(/claims\?[^"]+)" data-claims="1">€([\d,]+)</a>', page.text)
    assert len(links) == 4
    for href, shown in links:
        claims = empty_web.get("/api" + href.replace("&amp;", "&")).json()["claims"]
        assert [f"{c['value_eur']:,}" for c in claims] == [shown], href
    assert "no single year" in page.text


def test_running_totals_are_shown_beside_the_sums_never_added(empty_web: TestClient) -> None:
    _insert_claim("a", "increment", 1_000_000_000)
    _insert_claim("b", "increment", 2_000_000_000)
    _insert_claim("c", "cumulative", 10_000_000_000)
    _insert_claim("d", "increment", 500_000_000, donor="Poland")
    page = empty_web.get("/totals?recipient=Ukraine&category=military_aid")
    html = Elements(page.text)
    bars = {b["data-donor"]: b["data-value-eur"] for t, b in html.tags if t == "rect"}
    assert bars == {"Germany": "3000000000", "Poland": "500000000"}
    sums = page.text[page.text.index('id="totals-table"') : page.text.index("</table>")]
    assert "€3,000,000,000" in sums
    assert "€10,000,000,000" not in sums
    assert "€3,500,000,000" in sums  # the year's total over donors: increments only
    beside = page.text[page.text.index('id="cumulative-table"') :]
    assert re.search(r"€3,000,000,000</td>\s*<td[^>]*><a href=\"[^\"]*kind=cumulative", beside)
    assert "€10,000,000,000" in beside
    api = empty_web.get("/api/totals?by=donor,year&recipient=Ukraine").json()
    assert api[0] == {
        "donor": "Germany",
        "year": 2024,
        "value_eur": 3_000_000_000,
        "claims": 2,
        "documents": 0,  # no mention stored for these hand-made claims
        "reported_cumulative_eur": 10_000_000_000,
    }


def test_since_keeps_the_claims_reported_on_or_after_a_day(empty_web: TestClient) -> None:
    _insert_claim("old", "increment", 1_000_000_000)
    _insert_claim("new", "increment", 2_000_000_000, donor="Poland")
    with db.transaction() as conn:
        for key, day in (("old", "2024-03-01"), ("new", "2025-06-01")):
            document = conn.execute(
                """
                INSERT INTO documents (text, text_sha256, cleaner_version, published_at)
                VALUES ('text', %s, 'test', %s) RETURNING id
                """,
                (key, day),
            ).fetchone()
            assert document is not None
            conn.execute(
                """
                INSERT INTO claim_mentions (document_id, start_offset, end_offset, recipient,
                                            category_group, kind, published, claim_id, relation)
                SELECT %s, 0, 4, 'Ukraine', 'military', 'increment', %s, id, 'states'
                FROM claims WHERE key = %s
                """,
                (document["id"], day, key),
            )
    since = empty_web.get("/api/claims?since=2025-01-01").json()
    assert [c["donor"] for c in since["claims"]] == ["Poland"]
    assert empty_web.get("/api/claims?since=2025-06-01").json()["total"] == 1
    assert empty_web.get("/api/claims?since=2025-06-02").json()["total"] == 0
    page = empty_web.get("/claims?since=2024-01-01")
    assert page.text.count('class="claim-link"') == 2
    assert 'value="2024-01-01"' in page.text  # the filter shown in its field

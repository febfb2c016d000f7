"""The web ledger is safe by construction: hostile text from the web comes out inert, every
connection is read-only, and the SELECT-only role of docs/security.md runs every page and can
write nothing."""

import re
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from services.web.app import create_app
from services.web.database import ReadOnlyDatabase
from shared import db
from shared.config import Settings
from tests.web.conftest import TestClient

SECURITY_DOC = Path(__file__).resolve().parents[2] / "docs" / "security.md"

HOSTILE_TITLE = '<script>alert("title")</script><img src=x onerror=alert(1)>Aid <b>news</b>'
SENTENCE = 'Germany <i onmouseover="alert(3)">gave</i> Ukraine €5 billion in military aid in 2024.'
HOSTILE_TEXT = (
    'Intro <script>alert("text")</script> <a href="javascript:alert(2)">click</a>\n\n'
    f"{SENTENCE}\n\n<iframe src=//evil.example></iframe> <style>body{{display:none}}</style>"
)
HOSTILE_DONOR = '"><svg onload=alert(4)>'
HOSTILE_URL = "javascript:alert(6)//https://example.org/"


class Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, {k: v or "" for k, v in attrs}))


def _store_hostile_article() -> tuple[int, int]:
    """An article, its document, one figure and one claim, every text hostile: (document, claim)."""
    start = HOSTILE_TEXT.index("€5 billion")
    with db.transaction() as conn:
        document = conn.execute(
            """
            INSERT INTO documents (text, text_sha256, title, author, site_name, canonical_url,
                                   cleaner_version, extractor_version)
            VALUES (%s, %s, %s, %s, %s, %s, 'test', 'test') RETURNING id
            """,
            (HOSTILE_TEXT, uuid.uuid4().hex, HOSTILE_TITLE, "<b>Mallory</b>",
             "<marquee>site</marquee>", "javascript:alert(7)"),
        ).fetchone()  # fmt: skip
        assert document is not None
        document_id = document["id"]
        conn.execute(
            """
            INSERT INTO articles (url, original_url, source, title, status, document_id)
            VALUES (%s, %s, 'manual', %s, 'done', %s)
            """,
            (f"manual:{uuid.uuid4().hex}", HOSTILE_URL, HOSTILE_TITLE, document_id),
        )
        conn.execute(
            """
            INSERT INTO figures (document_id, extractor_version, start_offset, end_offset,
                                 surface, sentence, value, unit, value_eur, qualifier, category,
                                 aid_related, donor, recipient, year)
            VALUES (%s, 'test', %s, %s, '€5 billion', %s, 5000000000, 'EUR', 5000000000,
                    'exact', 'military_aid', true, %s, 'Ukraine', 2024)
            """,
            (document_id, start, start + len("€5 billion"), SENTENCE, HOSTILE_DONOR),
        )
        claim = conn.execute(
            """
            INSERT INTO claims (key, recipient, category_group, kind, period, year, donor, giver,
                                category, value, unit, qualifier, value_eur, mentions,
                                documents, reconciler_version)
            VALUES ('hostile', 'Ukraine', 'military', 'increment', '2024', 2024, %s, %s,
                    'military_aid', 5000000000, 'EUR', 'exact', 5000000000, 1, 1, 'test')
            RETURNING id
            """,
            (HOSTILE_DONOR, HOSTILE_DONOR),
        ).fetchone()
        assert claim is not None
        conn.execute(
            """
            INSERT INTO claim_mentions (document_id, start_offset, end_offset, recipient,
                                        category_group, kind, period, claim_id, relation)
            VALUES (%s, %s, %s, 'Ukraine', 'military', 'increment', '2024', %s, 'states')
            """,
            (document_id, start, start + len("€5 billion"), claim["id"]),
        )
    return document_id, claim["id"]


def _assert_inert(html: str) -> None:
    tags = Tags(html).found
    names = {tag for tag, _ in tags}
    assert not names & {"script", "img", "iframe", "style", "b", "i", "marquee"}, names
    svgs = [attrs for tag, attrs in tags if tag == "svg"]
    assert all(attrs.get("id") == "totals-chart" for attrs in svgs)
    for tag, attrs in tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action"):
            value = attrs.get(name, "")
            assert not value or value.startswith(("/", "#", "http://", "https://")), (tag, attrs)
    assert not re.search(r"javascript:", " ".join(a.get("href", "") for _, a in tags), re.I)


def test_hostile_titles_texts_and_urls_come_out_inert(empty_web: TestClient) -> None:
    document_id, claim_id = _store_hostile_article()
    pages = [
        f"/articles/{document_id}",
        f"/claims/{claim_id}",
        "/claims",
        "/totals",
        "/totals?recipient=Ukraine&category=military_aid",
    ]
    for path in pages:
        response = empty_web.get(path)
        assert response.status_code == 200, path
        _assert_inert(response.text)
    article = empty_web.get(f"/articles/{document_id}").text
    assert "&lt;script&gt;alert(&#34;text&#34;)&lt;/script&gt;" in article  # shown, as text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in article
    assert "javascript:alert(6)//https://example.org/</span>" in article  # text, not a link
    assert '<mark class="figure"' in article
    claim = empty_web.get(f"/claims/{claim_id}").text
    assert "&lt;i onmouseover=&#34;alert(3)&#34;&gt;gave&lt;/i&gt;" in claim
    totals = empty_web.get("/totals").text
    assert 'data-donor="&#34;&gt;&lt;svg onload=alert(4)&gt;"' in totals


def test_every_connection_of_the_app_is_read_only(clean_db: Settings) -> None:
    assert clean_db.database_url is not None
    database = ReadOnlyDatabase(clean_db.database_url)  # as the superuser the tests run as
    try:
        with database.transaction() as conn:
            setting = conn.execute("SHOW default_transaction_read_only").fetchone()
            assert setting == {"default_transaction_read_only": "on"}
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction), database.transaction() as conn:
            conn.execute("INSERT INTO feeds (url) VALUES ('https://example.org/feed')")
    finally:
        database.close()
    with db.transaction() as conn:
        assert conn.execute("SELECT count(*) AS n FROM feeds").fetchone() == {"n": 0}


def _documented_grants(role: str, database: str, password: str) -> str:
    """The SQL block of docs/security.md's "Read-only web" section, for this role and database."""
    section = SECURITY_DOC.read_text().split("## Read-only web", 1)[1]
    block = re.search(r"```sql\n(.*?)```", section, re.S)
    assert block is not None
    sql = re.sub(r"\baidledger_web\b", role, block.group(1))
    sql = re.sub(r"ON DATABASE aidledger\b", f'ON DATABASE "{database}"', sql)
    return re.sub(r"PASSWORD '[^']*'", f"PASSWORD '{password}'", sql)


@pytest.fixture
def reader_url(seed_ledger: Settings) -> Iterator[str]:
    """A login for a role made from the documented grants, unique to this test and dropped after
    it (roles belong to the whole server, not to this run's database)."""
    assert seed_ledger.database_url is not None
    role, password = f"aidledger_web_test_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    params = conninfo_to_dict(seed_ledger.database_url)
    with db.transaction() as conn:
        conn.execute(_documented_grants(role, str(params["dbname"]), password).encode())
    try:
        yield make_conninfo(seed_ledger.database_url, user=role, password=password)
    finally:
        with db.transaction() as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
            conn.execute(f'DROP ROLE "{role}"')


def test_the_documented_select_only_role_runs_every_page_and_writes_nothing(
    reader_url: str,
) -> None:
    with TestClient(create_app(Settings(web_database_url=reader_url))) as web:
        claim = web.get("/api/claims?recipient=Ukraine&year=2024&kind=increment").json()
        (found,) = claim["claims"]
        article = re.search(r'href="(/articles/\d+)#', web.get(f"/claims/{found['id']}").text)
        assert article is not None
        for path in ("/totals", "/claims", f"/claims/{found['id']}", article.group(1),
                     "/operations", "/api/totals", "/api/figures", "/api/status", "/claims.csv",
                     "/totals.csv", "/figures.csv"):  # fmt: skip
            assert web.get(path).status_code == 200, path
    with psycopg.connect(reader_url, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("DELETE FROM claims")
        # Even out of read-only mode, the role has no right to write, nor to read raw bodies.
        conn.execute("SET default_transaction_read_only = off")
        for statement in (
            "DELETE FROM claims",
            "INSERT INTO feeds (url) VALUES ('https://example.org/feed')",
            "UPDATE documents SET title = 'x'",
            "SELECT raw_body FROM articles",
            "CREATE TABLE mine (id int)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with db.transaction() as conn:
        assert conn.execute("SELECT count(*) AS n FROM claims").fetchone() != {"n": 0}

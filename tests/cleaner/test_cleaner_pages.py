"""clean() on the hand-written pages in tests/fixtures/pages: content in, boilerplate out."""

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from services.cleaner.clean import CLEANER_VERSION, MAX_BODY_BYTES, clean
from shared.errors import Permanent, Skip
from shared.models import CleanedDocument, text_sha256

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
CET = timezone(timedelta(hours=1))


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def clean_page(name: str, **kwargs: object) -> CleanedDocument:
    return clean(page(name), **kwargs)  # type: ignore[arg-type]


NATO_BODY = [
    "NATO member states granted Ukraine more than €50 billion in security aid in 2024",
    "European allies and Canada contributed more than half of the total, she said.",
    'Secretary General Mark Rutte "has now confirmed that allies have exceeded this commitment,"',
    "Germany alone provided about 7 billion euros",
    "The new U.S. defense secretary, Pete Hegseth, is expected to press European allies",
    "a message several capitals want to deliver before the summit in The Hague in June.",
]
NATO_BOILERPLATE = [
    "Home",
    "Newsletters",
    "cookies",
    "Advertisement",
    "Invest in gold",
    "Volta e-bike",
    "Cheap flights",
    "Related:",
    "Rutte urges allies to spend more",
    "Slava Ukraini",
    "taxpayers",
    "loans rather than grants",
    "Comments (3)",
    "Most read",
    "Storm warning",
    "Share on Facebook",
    "Privacy policy",
    "All rights reserved",
]

UKR_BODY = [
    "Країни - члени НАТО у 2024 році надали Україні безпекову допомогу",
    "на суму понад 50 мільярдів євро, перевищивши ціль",
    "Торік лідери 32 держав пообіцяли щонайменше 40 мільярдів євро на рік",
    "«із пропорційними внесками».",
    "перевиконали це зобов'язання",
    "Німеччина надала близько 7 мільярдів €, а Нідерланди",
]
UKR_BOILERPLATE = [
    "Головна",
    "Реклама",
    "Кредит під 0%",
    "Читайте також",
    "Петро",
    "Дякуємо партнерам",
]


class TestNatoArticle:
    def test_body_kept_and_boilerplate_dropped(self) -> None:
        doc = clean_page("nato_article.html", content_type="text/html; charset=utf-8")
        for sentence in NATO_BODY:
            assert sentence in doc.text
        for junk in NATO_BOILERPLATE:
            assert junk not in doc.text

    def test_metadata(self) -> None:
        doc = clean_page("nato_article.html", url="https://m.brussels-ledger.example/a?utm=x")
        assert doc.title == "NATO allies exceed pledge with €50 billion in security aid for Ukraine"
        assert doc.author == "Anna Kovalenko"
        assert doc.published_at == datetime(2025, 2, 12, 9, 30, tzinfo=CET)
        assert doc.language == "en"
        assert doc.site_name == "Brussels Ledger"
        assert doc.canonical_url == (
            "https://www.brussels-ledger.example/world/2025/02/12/nato-aid-ukraine"
        )

    def test_normalized_forms_reach_the_extractor(self) -> None:
        text = clean_page("nato_article.html").text
        assert "40-50 billion floor" in text  # en dash range
        assert "fell by -5% in real terms" in text  # minus sign
        assert "about 7 billion euros" in text  # narrow no-break space
        assert "burden — a message" in text  # em dash kept, nbsp before it a space
        assert '"with proportional contributions"' in text  # curly quotes
        assert "commitment" in text  # soft hyphen gone
        for removed in ("\u00a0", "\u202f", "\u2013", "\u2212", "\u201c", "\u00ad", "\u200b"):
            assert removed not in text
        assert text.count("€") == 5  # 2 in the prose, 3 in the table; none from title or ads
        assert text.count("\n\n\n") == 0

    def test_article_table_kept(self) -> None:
        text = clean_page("nato_article.html").text
        assert "| Germany | €7.1 billion |" in text
        assert "| Denmark | €3.5 billion |" in text

    def test_hash_is_sha256_of_text(self) -> None:
        doc = clean_page("nato_article.html")
        assert doc.text_sha256 == text_sha256(doc.text)
        assert len(doc.text_sha256) == 64

    def test_utf8_page_behind_a_wrong_latin1_header(self) -> None:
        right = clean_page("nato_article.html")
        wrong = clean_page("nato_article.html", content_type="text/html; charset=iso-8859-1")
        assert wrong.text == right.text
        assert "€50 billion" in wrong.text
        assert "â‚¬" not in wrong.text


class TestEncodings:
    def test_windows_1251_with_correct_header(self) -> None:
        doc = clean_page("ukr_article_cp1251.html", content_type="text/html; charset=windows-1251")
        for sentence in UKR_BODY:
            assert sentence in doc.text
        for junk in UKR_BOILERPLATE:
            assert junk not in doc.text
        assert doc.language == "uk"
        assert doc.author == "Олена Гриценко"
        assert doc.site_name == "Київський вісник"
        assert doc.published_at == datetime(2025, 2, 12, 11, 5, tzinfo=timezone(timedelta(hours=2)))

    @pytest.mark.parametrize(
        ("name", "content_type"),
        [
            ("ukr_article_cp1251.html", "text/html; charset=iso-8859-1"),  # wrong HTTP header
            ("ukr_article_cp1251_wrong_meta.html", None),  # wrong meta, no header
            ("ukr_article_cp1251_wrong_meta.html", "text/html; charset=latin1"),  # both wrong
            ("ukr_article_cp1251.html", "text/html; charset=utf-8"),  # not UTF-8 at all
            ("ukr_article_utf8.html", "text/html; charset=windows-1251"),  # UTF-8 labelled 1251
        ],
    )
    def test_wrong_labels_do_not_make_mojibake(self, name: str, content_type: str | None) -> None:
        reference = clean_page("ukr_article_utf8.html")
        doc = clean_page(name, content_type=content_type)
        assert doc.text == reference.text
        assert doc.text_sha256 == reference.text_sha256  # one story, one document
        assert "Ð" not in doc.text
        assert "Í" not in doc.text

    def test_latin1_french_with_meta_charset(self) -> None:
        doc = clean_page("fr_article_latin1.html")
        assert "Le ministre des Armées, Sébastien Lecornu, a annoncé mardi" in doc.text
        assert "millions d'euros" in doc.text
        assert "pour la défense européenne" in doc.text
        assert "général François Mérieux" in doc.text
        assert "Publicité" not in doc.text
        assert "Très bonne décision" not in doc.text
        assert doc.author == "Sébastien Lefèvre"
        assert doc.language == "fr"
        assert doc.text == clean_page("fr_article_utf8.html").text

    def test_latin1_french_without_any_label(self) -> None:
        body = page("fr_article_latin1.html").replace(b'<meta charset="iso-8859-1">', b"")
        doc = clean(body)
        assert "pour la défense européenne" in doc.text
        assert doc.text == clean_page("fr_article_utf8.html").text

    def test_utf16_with_bom(self) -> None:
        doc = clean_page("de_article_utf16.html", content_type="text/html")
        assert "Militärhilfe in Höhe von 7 Milliarden € zugesagt" in doc.text
        assert "Übermäßige Erwartungen" in doc.text
        assert "Anzeige" not in doc.text
        assert "\x00" not in doc.text
        assert doc.language == "de"
        assert doc.author == "Jürgen Weiß"
        assert doc.text_sha256 == clean_page("de_article_utf8.html").text_sha256

    def test_windows_1252_euro_sign_behind_a_latin1_label(self) -> None:
        # Byte 0x80 is "€" in windows-1252; browsers read "iso-8859-1" as windows-1252.
        html = page("de_article_utf8.html").decode("utf-8").replace('charset="utf-8"', "")
        doc = clean(html.encode("cp1252"), content_type="text/html; charset=ISO-8859-1")
        assert "7 Milliarden € zugesagt" in doc.text
        assert "\x80" not in doc.text


class TestLayoutAndControls:
    def test_article_inside_a_layout_table(self) -> None:
        doc = clean_page("table_layout.html")
        assert "Canada will provide C$500 million in new military assistance" in doc.text
        assert "on top of about C$4 billion that Canada has committed" in doc.text
        assert "previous deliveries had been delayed by several months." in doc.text
        for junk in ("Front page", "Classifieds", "Lose weight", "car insurance", "Poll", "|"):
            assert junk not in doc.text
        assert doc.title == "Canada pledges C$500 million in military aid to Ukraine"
        assert doc.published_at == datetime(2025, 2, 20, tzinfo=UTC)

    def test_nul_bytes_and_controls_removed(self) -> None:
        doc = clean_page("nul_bytes.html")
        for ch in ("\x00", "\x01", "\x07", "\x1b"):
            assert ch not in doc.text
            assert ch not in (doc.title or "")
        assert "more than €50 billion in security aid in 2024" in doc.text
        assert "spokeswoman Alison Hart told reporters" in doc.text
        assert doc.text.count("European allies and Canada contributed") == 1
        assert doc.text == clean_page("nato_article.html").text


class TestSkips:
    @pytest.mark.parametrize(
        ("body", "content_type", "reason"),
        [
            (b"", None, "empty body"),
            (b"  \r\n\t \x00 ", "text/html", "empty body"),
            (b"", "text/plain", "empty body"),
            (
                b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj",
                "application/pdf",
                "not HTML: application/pdf",
            ),
            (b"%PDF-1.7\n", "text/html; charset=utf-8", "not HTML: application/pdf"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "not HTML: image/png"),
            (b"\xff\xd8\xff\xe0\x00\x10JFIF", None, "not HTML: image/jpeg"),
            (b'{"items": [1, 2, 3]}', "application/json", "not HTML: application/json"),
            (bytes(range(256)) * 8, "application/octet-stream", "not HTML: binary data"),
        ],
    )
    def test_non_articles(self, body: bytes, content_type: str | None, reason: str) -> None:
        with pytest.raises(Skip) as excinfo:
            clean(body, content_type=content_type)
        assert str(excinfo.value) == reason

    def test_pdf_file(self) -> None:
        with pytest.raises(Skip, match=r"^not HTML: application/pdf$"):
            clean_page("report.pdf", content_type="application/pdf")

    def test_index_page(self) -> None:
        # trafilatura finds headlines here; they are not prose and must not become a document.
        with pytest.raises(Skip, match=r"^no article text \(index page\?\)$"):
            clean_page("index_page.html", content_type="text/html; charset=utf-8")

    def test_login_wall(self) -> None:
        with pytest.raises(Skip, match=r"^no article text \(login wall\?\)$"):
            clean_page("login_wall.html")

    def test_empty_page(self) -> None:
        with pytest.raises(Skip, match=r"^no article text \(empty page\)$"):
            clean_page("empty_page.html")


class TestBoundsAndOptions:
    def test_body_over_the_size_bound_is_permanent(self) -> None:
        body = page("nato_article.html")
        with pytest.raises(Permanent, match=r"^body too large: \d+ bytes > 1000$"):
            clean(body, max_body_bytes=1000)
        assert len(body) < MAX_BODY_BYTES

    def test_fallback_date_when_the_page_has_none(self) -> None:
        body = page("fr_article_utf8.html").replace(b"article:published_time", b"x-none")
        feed_date = datetime(2025, 1, 28, 6, 0, tzinfo=UTC)
        assert clean(body, fallback_date=feed_date).published_at == feed_date

    def test_page_date_wins_over_a_different_feed_date(self) -> None:
        feed_date = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
        doc = clean_page("nato_article.html", fallback_date=feed_date)
        assert doc.published_at == datetime(2025, 2, 12, 9, 30, tzinfo=CET)

    def test_same_day_feed_date_refines_a_day_only_page_date(self) -> None:
        body = page("table_layout.html")
        feed_date = datetime(2025, 2, 20, 14, 45, tzinfo=UTC)
        assert clean(body, fallback_date=feed_date).published_at == feed_date

    def test_url_is_the_canonical_url_when_the_page_has_none(self) -> None:
        doc = clean_page("table_layout.html", url="https://prairie.example/news/4711")
        assert doc.canonical_url == "https://prairie.example/news/4711"

    def test_html_fragment_without_html_tag(self) -> None:
        body = b"".join(
            b"<p>Norway will give Ukraine NOK 85 billion over six years, the government in Oslo "
            b"said on Monday, calling it the largest aid package in the country's history.</p>"
            for _ in range(3)
        )
        doc = clean(body, content_type="text/html")
        assert doc.text.startswith("Norway will give Ukraine NOK 85 billion")

    def test_version_is_a_string(self) -> None:
        assert CLEANER_VERSION

"""The small rules behind clean(): dates, the prose check, body sniffing, language."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from services.cleaner.dates import published_at
from services.cleaner.language import detect_language
from services.cleaner.prose import looks_like_article
from services.cleaner.sniff import body_kind
from shared.errors import Skip
from shared.magic import binary_media_type

KYIV = timezone(timedelta(hours=2))
ARTICLE = (
    "NATO member states granted Ukraine more than 50 billion euros in security aid in 2024, "
    "exceeding the target they set at last year's summit in Washington.\n"
    "European allies and Canada contributed more than half of the total, a spokeswoman said. "
    "Defence ministers meet in Brussels this week to discuss the next steps."
)
HEADLINES = "\n".join(
    [
        "NATO allies exceed pledge with €50 billion in security aid for Ukraine",
        "Hegseth arrives in Brussels for first NATO meeting of defence ministers",
        "EU prepares sixteenth sanctions package against Russia over the war",
        "Kyiv energy grid hit by overnight drone attack, officials say",
        "Rutte urges allies to spend more on defence",
    ]
    * 4
)


class TestPublishedAt:
    def test_page_timestamp_on_the_page_day(self) -> None:
        html = '<meta property="article:published_time" content="2025-02-12T11:05:00+02:00">'
        assert published_at("2025-02-12", html, None) == datetime(2025, 2, 12, 11, 5, tzinfo=KYIV)

    def test_json_ld_date_published(self) -> None:
        html = '{"@type": "NewsArticle", "datePublished": "2025-02-12T08:00:00Z"}'
        assert published_at("2025-02-12", html, None) == datetime(2025, 2, 12, 8, tzinfo=UTC)

    def test_timestamp_of_another_day_is_ignored(self) -> None:
        html = '<meta property="article:published_time" content="2024-12-01T10:00:00Z">'
        assert published_at("2025-02-12", html, None) == datetime(2025, 2, 12, tzinfo=UTC)

    def test_feed_date_on_the_same_day_refines(self) -> None:
        feed = datetime(2025, 2, 12, 17, 30, tzinfo=UTC)
        assert published_at("2025-02-12", "", feed) == feed

    def test_feed_date_when_the_page_has_none(self) -> None:
        assert published_at(None, "<p>x</p>", datetime(2025, 2, 12, 17, 30)) == datetime(
            2025, 2, 12, 17, 30, tzinfo=UTC
        )
        assert published_at(None, None, None) is None
        assert published_at("not a date", None, None) is None


class TestProse:
    def test_article(self) -> None:
        assert looks_like_article(ARTICLE)

    def test_headline_list(self) -> None:
        assert not looks_like_article(HEADLINES)

    def test_short_notice(self) -> None:
        assert not looks_like_article(
            "Subscribe to continue reading. Already a subscriber? Log in."
        )

    def test_article_with_a_table_and_subheads(self) -> None:
        table = "\n".join(f"| Country {i} | €{i}.5 billion |" for i in range(8))
        assert looks_like_article(f"Background\n{ARTICLE}\n{table}\nWhat comes next")

    def test_mostly_links_with_one_sentence(self) -> None:
        one = "NATO member states granted Ukraine more than 50 billion euros in security aid."
        assert not looks_like_article(f"{HEADLINES}\n{one}")


class TestSniff:
    @pytest.mark.parametrize(
        ("body", "mime"),
        [
            (b"%PDF-1.4", "application/pdf"),
            (b"  \n%PDF-1.7", "application/pdf"),
            (b"GIF89a....", "image/gif"),
            (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
            (b"PK\x03\x04", "application/zip"),
            (b"<html>", None),
            (b"NATO allies", None),
        ],
    )
    def test_magic(self, body: bytes, mime: str | None) -> None:
        assert binary_media_type(body) == mime

    @pytest.mark.parametrize(
        ("text", "content_type", "kind"),
        [
            ("<!DOCTYPE html><html><body><p>x</p>", "text/html", "html"),
            ("<div><p>fragment</p></div>", None, "html"),
            ("<p>x</p>", "application/octet-stream", "html"),
            ("NATO allies pledged more aid.", None, "text"),
            ("NATO allies pledged more aid.", "text/plain; charset=utf-8", "text"),
            ("Use <p> for paragraphs, the style guide says.", "text/plain", "text"),
            ("Plain words served as HTML.", "text/html", "html"),
        ],
    )
    def test_kind(self, text: str, content_type: str | None, kind: str) -> None:
        assert body_kind(text, content_type) == kind

    @pytest.mark.parametrize(
        ("text", "content_type", "reason"),
        [
            ('{"a": 1}', "application/json", "not HTML: application/json"),
            ("<rss><channel/></rss>", "application/rss+xml", "not HTML: application/rss+xml"),
            ("\x00\x01\x02\x03" * 50, None, "not HTML: binary data"),
            ("body{color:red}", "text/css", "not HTML: text/css"),
        ],
    )
    def test_skipped_kinds(self, text: str, content_type: str | None, reason: str) -> None:
        with pytest.raises(Skip) as excinfo:
            body_kind(text, content_type)
        assert str(excinfo.value) == reason


class TestLanguage:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            (ARTICLE, "en"),
            (
                "Країни - члени НАТО у 2024 році надали Україні безпекову допомогу на суму понад "
                "50 мільярдів євро, повідомила речниця Альянсу.",
                "uk",
            ),
            (
                "Страны НАТО в 2024 году предоставили Украине военную помощь на сумму более "
                "50 миллиардов евро, сообщила представитель альянса.",
                "ru",
            ),
            (
                "Le ministre des Armées a annoncé mardi que la France consacrerait deux milliards "
                "d'euros à l'aide militaire.",
                "fr",
            ),
        ],
    )
    def test_detects(self, text: str, code: str) -> None:
        assert detect_language(text) == code

    def test_too_short(self) -> None:
        assert detect_language("NATO aid") is None
        assert detect_language("") is None

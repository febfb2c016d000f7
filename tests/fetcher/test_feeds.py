import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
import pytest
from fetcher_testing import FEEDS

from services.fetcher.feeds import (
    MAX_FEED_BYTES,
    ParsedFeed,
    SkippedItem,
    parse_feed,
    parse_opml,
    strip_doctypes,
)
from shared.errors import Permanent

BASE = "http://news.example.test/feeds/main.xml"


def parse_fixture(name: str, content_type: str | None = "application/rss+xml") -> ParsedFeed:
    return parse_feed((FEEDS / name).read_bytes(), base_url=BASE, content_type=content_type)


def all_text(parsed: ParsedFeed) -> str:
    return repr(parsed)


def rss(items: str, title: str = "Generated") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"{items}</channel></rss>"
    ).encode()


def test_rss20() -> None:
    parsed = parse_fixture("rss20.xml")
    assert parsed.title == "Aid Ledger Test Wire"
    assert parsed.bozo_reason is None
    # 5 items: one without a link (skipped); one repeating a GUID, one a URL (collapsed).
    assert (parsed.items_seen, parsed.duplicates, parsed.skip_counts) == (5, 2, {"no_link": 1})
    assert parsed.skipped == [
        SkippedItem(3, "no_link", "no link", title="An item without a link", link=None)
    ]
    assert (parsed.format, parsed.parsed_with_errors) == ("rss20", False)
    assert [e.url for e in parsed.entries] == [
        "http://news.example.test/articles/000_f0ac4543b9476d1e.html",
        "http://news.example.test/articles/001_94711507541671b2.html",
    ]
    first, second = parsed.entries
    assert first.original_url == (
        "http://news.example.test/articles/000_f0ac4543b9476d1e.html"
        "?utm_source=rss&utm_medium=feed#top"
    )
    assert first.guid == "wire-000"
    assert first.title == "NATO Europeans exceed target with over 50 billion euros for Ukraine"
    assert first.published == datetime(2025, 1, 14, 8, 30, tzinfo=UTC)
    assert second.title == "Over 20 billion euros in security support for 2025"
    assert second.published == datetime(2025, 1, 15, 18, 0, tzinfo=UTC)


def test_atom() -> None:
    parsed = parse_fixture("atom.xml", "application/atom+xml")
    assert parsed.title == "Aid Ledger Atom Fixture"
    # The entry whose only link is an enclosure: feedparser offers its id as the link.
    assert parsed.skipped == [
        SkippedItem(
            3,
            "no_link",
            "no link (its id, a urn: URI, is no web page)",
            title="Entry with only an enclosure link",
            link="urn:uuid:entry-3",
        )
    ]
    first, second = parsed.entries
    assert first.url == "https://news.example.test/world/air-defence?id=7"  # not the enclosure
    assert first.guid == "urn:uuid:entry-1"
    assert first.published == datetime(2025, 2, 1, 8, 15, tzinfo=UTC)  # published, not updated
    assert second.url == "http://news.example.test/feeds/articles/relative.html"
    assert second.published == datetime(2025, 1, 31, 8, 0, tzinfo=UTC)  # falls back to updated


def test_rss10_rdf() -> None:
    parsed = parse_fixture("rss10.xml", "application/rdf+xml")
    assert parsed.title == "Aid Ledger RSS 1.0 Fixture"
    assert [e.url for e in parsed.entries] == [
        "http://news.example.test/rdf/1.html",
        "http://news.example.test/rdf/2.html?page=2",
    ]
    assert parsed.entries[0].published == datetime(2025, 3, 3, 7, 45, tzinfo=UTC)


def test_rss091_with_external_dtd_reference() -> None:
    parsed = parse_fixture("rss091.xml")
    assert [e.url for e in parsed.entries] == ["http://news.example.test/old/1.html"]


def test_empty_valid_feed_has_no_entries() -> None:
    parsed = parse_fixture("empty.xml")
    assert parsed == ParsedFeed(
        title="Nothing yet",
        entries=[],
        items_seen=0,
        duplicates=0,
        skip_counts={},
        skipped=[],
        parsed_with_errors=False,
        bozo_reason=None,
        format="rss20",
    )


def test_items_without_usable_links_are_counted() -> None:
    parsed = parse_fixture("no_links.xml")
    assert [e.url for e in parsed.entries] == ["http://news.example.test/good.html"]
    assert parsed.items_seen == 4
    assert parsed.skip_counts == {"no_link": 1, "unsafe_scheme": 2}
    assert [(s.position, s.reason, s.detail, s.link) for s in parsed.skipped] == [
        (1, "no_link", "no link", None),
        (
            2,
            "unsafe_scheme",
            "link scheme mailto: is not http or https",
            "mailto:desk@news.example.test",
        ),
        (3, "unsafe_scheme", "link scheme javascript: is not http or https", "javascript:alert(1)"),
    ]


def test_duplicate_guids_and_urls_keep_the_first() -> None:
    parsed = parse_feed(
        rss(
            "<item><title>A</title><link>http://x.test/a</link><guid>g1</guid></item>"
            "<item><title>B same guid</title><link>http://x.test/b</link><guid>g1</guid></item>"
            "<item><title>C same url</title><link>http://x.test/a?utm_source=x</link>"
            "<guid>g3</guid></item>"
            "<item><title>D</title><link>http://x.test/d</link><guid>g4</guid></item>"
        ),
        base_url=BASE,
    )
    assert [(e.title, e.guid) for e in parsed.entries] == [("A", "g1"), ("D", "g4")]
    assert (parsed.items_seen, parsed.duplicates, parsed.items_skipped) == (4, 2, 0)


def test_malformed_xml_is_permanent() -> None:
    with pytest.raises(Permanent, match=r"^malformed XML: .*not well-formed"):
        parse_fixture("malformed.xml")


def test_malformed_but_recoverable_feed_is_used() -> None:
    parsed = parse_fixture("malformed_recoverable.xml")
    assert [e.title for e in parsed.entries] == ["Tom & Jerry fund", "Second"]
    assert parsed.bozo_reason is not None
    assert "not well-formed" in parsed.bozo_reason


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "application/rss+xml", None])
def test_html_page_served_as_feed(content_type: str | None) -> None:
    with pytest.raises(Permanent, match=r"^not a feed: HTML page$"):
        parse_fixture("html_page.html", content_type)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", r"^not a feed: empty body$"),
        (b"   \n", r"^not a feed: empty body$"),
        (b'{"items": []}', r"^not a feed: JSON document without a JSON Feed version$"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"^not a feed: binary data \(image/png\)$"),
        (b"<note><to>x</to></note>", r"^not a feed: no RSS or Atom root element$"),
    ],
)
def test_not_a_feed(body: bytes, reason: str) -> None:
    with pytest.raises(Permanent, match=reason):
        parse_feed(body, base_url=BASE)


def test_windows_1251_declared_in_xml() -> None:
    parsed = parse_fixture("windows1251.xml", "application/rss+xml")
    assert parsed.title == "Новости помощи"
    assert parsed.entries[0].title == "Украина получит помощь на 50 млрд евро"


def test_iso_8859_1_declared_in_http_header() -> None:
    parsed = parse_fixture("iso8859_1.xml", "application/rss+xml; charset=iso-8859-1")
    assert parsed.title == "Aide à l'Ukraine"
    assert parsed.entries[0].title == "Élan: la Défense française débloque 3 milliards d'euros"


def test_utf16_feed_with_bom() -> None:
    text = (FEEDS / "windows1251.xml").read_bytes().decode("cp1251")
    body = text.replace('encoding="windows-1251"', 'encoding="utf-16"').encode("utf-16")
    parsed = parse_feed(body, base_url=BASE, content_type="application/xml; charset=utf-16")
    assert parsed.entries[0].title == "Украина получит помощь на 50 млрд евро"


def test_billion_laughs_fixture_is_not_expanded() -> None:
    started = time.monotonic()
    parsed = parse_fixture("billion_laughs.xml")
    assert time.monotonic() - started < 2
    assert [e.url for e in parsed.entries] == ["http://news.example.test/laughs.html"]
    assert parsed.title == "&lol9;"  # the reference stays text: nothing was declared
    assert len(all_text(parsed)) < 2_000


def test_nested_entities_on_the_doctype_line_are_not_expanded() -> None:
    # feedparser strips only declarations at the start of a line; written on the DOCTYPE's own
    # line they reach expat, and raw feedparser turns this 40 KB feed into a field of millions of
    # characters. Ours must stay small and fast.
    entities = (
        '<!ENTITY a0 "lolololololololololololololololololololololololololololololololol">'
        '<!ENTITY a1 "' + "&a0;" * 10 + '">'
        '<!ENTITY a2 "' + "&a1;" * 10_000 + '">'
    )
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel>'
        "<title>&a2;</title><item><title>&a2;</title><link>http://x.test/a</link></item>"
        "</channel></rss>"
    ).encode()
    assert 35_000 < len(body) < 45_000
    tracemalloc.start()
    started = time.monotonic()
    try:
        parsed = parse_feed(body, base_url=BASE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 2
    assert peak < 20 * 1024 * 1024
    assert parsed.title == "&a2;"
    assert [e.title for e in parsed.entries] == ["&a2;"]


def test_lone_surrogate_references_are_neutralized() -> None:
    # Raw feedparser raises UnicodeEncodeError on this fixture.
    with pytest.raises(UnicodeEncodeError):
        feedparser.parse((FEEDS / "surrogate.xml").read_bytes())
    parsed = parse_fixture("surrogate.xml")
    assert parsed.title == "Lone surrogate \ufffd here"
    title = parsed.entries[0].title
    assert title == "Bad references: \ufffd \ufffd \ufffd \ufffd \ufffd end"
    all_text(parsed).encode("utf-8")  # no surrogate left anywhere


def test_xxe_entity_is_not_read() -> None:
    parsed = parse_fixture("xxe.xml")
    assert "root:" not in all_text(parsed)
    assert parsed.entries[0].title == "Leak: &xxe;"


def test_xxe_entity_pointing_at_a_local_file_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>&xxe;</title>'
        "<item><title>&xxe;</title><link>http://x.test/a</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(body, base_url=BASE)
    assert "TOP-SECRET" not in all_text(parsed)
    assert len(parsed.entries) == 1


def test_body_naming_a_local_file_is_not_opened(tmp_path: Path) -> None:
    # feedparser.parse(bytes) would first try open(bytes): a body that is a path gets read.
    feed_file = tmp_path / "feed.xml"
    feed_file.write_bytes(rss("<item><title>from disk</title><link>http://x.test/a</link></item>"))
    assert feedparser.parse(str(feed_file).encode()).entries[0].title == "from disk"
    with pytest.raises(Permanent):
        parse_feed(str(feed_file).encode(), base_url=BASE)


def test_nul_and_control_characters_are_removed() -> None:
    parsed = parse_feed(
        rss("<item><title>A\x00B\x07C\x1b[31m D</title><link>http://x.test/a\x00</link></item>"),
        base_url=BASE,
    )
    assert parsed.entries[0].title == "ABC[31m D"
    assert parsed.entries[0].url == "http://x.test/a"


def test_fields_are_capped() -> None:
    long_title = "T" * 5_000
    long_link = "http://x.test/" + "p" * 3_000
    parsed = parse_feed(
        rss(
            f"<item><title>{long_title}</title><link>http://x.test/a</link>"
            f"<guid>{'g' * 5_000}</guid></item>"
            f"<item><title>long link</title><link>{long_link}</link></item>",
            title="F" * 5_000,
        ),
        base_url=BASE,
    )
    assert parsed.title == "F" * 1_000
    entry = parsed.entries[0]
    assert entry.title == "T" * 1_000
    assert entry.guid is not None
    assert len(entry.guid) == 2_048
    assert parsed.skip_counts == {"url_too_long": 1}  # the 3,000-character link
    assert parsed.skipped[0].detail == "link of 3014 characters (limit 2048)"
    assert parsed.skipped[0].link == long_link[:300]


def test_max_entries() -> None:
    items = "".join(f"<item><link>http://x.test/{i}</link></item>" for i in range(30))
    parsed = parse_feed(rss(items), base_url=BASE, max_entries=10)
    assert [e.url for e in parsed.entries] == [f"http://x.test/{i}" for i in range(10)]
    assert parsed.skip_counts == {"over_limit": 20}
    assert parsed.items_seen == 30
    assert [(s.position, s.link) for s in parsed.skipped[:2]] == [
        (11, "http://x.test/10"),
        (12, "http://x.test/11"),
    ]


def test_feed_of_10000_items() -> None:
    items = "".join(f"<item><link>/{i}</link></item>" for i in range(10_000))
    parsed = parse_feed(rss(items), base_url="http://x.test/feed", content_type="text/xml")
    assert len(parsed.entries) == 10_000
    assert parsed.entries[-1].url == "http://x.test/9999"


def test_body_over_cap_is_refused() -> None:
    with pytest.raises(Permanent, match=rf"^feed over {MAX_FEED_BYTES} bytes"):
        parse_feed(b" " * (MAX_FEED_BYTES + 1), base_url=BASE)


def test_what_feedparser_raises_is_permanent(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("parser state corrupted")

    monkeypatch.setattr(feedparser, "parse", explode)
    with pytest.raises(
        Permanent, match=r"^unparseable feed: RuntimeError: parser state corrupted$"
    ):
        parse_feed(rss(""), base_url=BASE)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<?xml?><rss/>", b"<?xml?><rss/>"),
        (b'<?xml?><!DOCTYPE rss SYSTEM "x.dtd"><rss/>', b"<?xml?><rss/>"),
        (b"<!doctype rss [<!ENTITY a 'x>y'>]><rss/>", b"<rss/>"),
        (b'<!DOCTYPE rss [<!ENTITY a "]>"><!-- > ] -->]><rss/>', b"<rss/>"),
        (b"<!DOCTYPE a><!DOCTYPE b [<!ENTITY c 'd'>]><rss/>", b"<rss/>"),
        (b"<rss/><!DOCTYPE rss [<!ENTITY a 'unterminated", b"<rss/>"),
    ],
)
def test_strip_doctypes(data: bytes, expected: bytes) -> None:
    assert strip_doctypes(data) == expected


def test_parse_opml() -> None:
    urls = parse_opml((FEEDS / "subscriptions.opml").read_bytes())
    assert urls == [
        "https://news.example.test/feed.xml",
        "http://news.example.test/atom.xml",
        "http://news.example.test/rss10.rdf",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<opml><body><outline", r"^malformed OPML: "),
        (b"<rss version='2.0'/>", r"^not an OPML file: root element <rss>$"),
        (
            b'<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<opml><body><outline xmlUrl="http://x.test/&x;"/></body></opml>',
            r"^malformed OPML: undefined entity",
        ),
    ],
)
def test_parse_opml_refuses(body: bytes, reason: str) -> None:
    with pytest.raises(Permanent, match=reason):
        parse_opml(body)

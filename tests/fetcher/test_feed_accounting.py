"""Every item of a feed accounted for, JSON Feed read as a feed, reasons that name the cause."""

import json
import random
from typing import Any

import pytest
from fetcher_testing import FEEDS

from services.fetcher import causes
from services.fetcher.feed_model import MAX_SKIPPED_LISTED
from services.fetcher.feeds import ParsedFeed, parse_feed, poll_counts
from shared.errors import Permanent
from shared.models import PollCounts

BASE = "https://news.example.test/feeds/main"


def balanced(parsed: ParsedFeed) -> bool:
    return parsed.items_seen == len(parsed.entries) + parsed.duplicates + parsed.items_skipped


def test_every_refused_link_is_listed_with_its_reason() -> None:
    parsed = parse_feed((FEEDS / "hostile_links.xml").read_bytes(), base_url=BASE)
    assert [e.url for e in parsed.entries] == ["http://news.example.test/good.html"]
    assert (parsed.items_seen, parsed.duplicates) == (11, 1)
    assert parsed.skip_counts == {"no_link": 2, "unsafe_scheme": 5, "invalid_url": 2}
    assert balanced(parsed)
    assert [(s.position, s.reason, s.title) for s in parsed.skipped] == [
        (2, "no_link", "No link"),
        (3, "no_link", "Empty link"),
        (4, "unsafe_scheme", "File"),
        (5, "unsafe_scheme", "Gopher"),
        (6, "unsafe_scheme", "FTP"),
        (7, "unsafe_scheme", "Script"),
        (8, "unsafe_scheme", "Data"),
        (9, "invalid_url", "No host"),
        (10, "invalid_url", "Bad port"),
    ]
    details = {s.title: s.detail for s in parsed.skipped}
    assert details["Gopher"] == "link scheme gopher: is not http or https"
    assert details["Data"] == "link scheme data: is not http or https"
    assert details["No host"] == "invalid link: ValueError: URL has no host"
    assert details["Bad port"] == "invalid link: ValueError: Port out of range 0-65535"


def test_link_that_urljoin_cannot_read_is_an_invalid_url() -> None:
    body = b"<rss version='2.0'><channel><item><link>http://[bad/</link></item></channel></rss>"
    parsed = parse_feed(body, base_url=BASE)
    assert [(s.reason, s.detail) for s in parsed.skipped] == [
        ("invalid_url", "invalid link: ValueError: Invalid IPv6 URL")
    ]


def test_unparseable_date_is_none_without_a_warning() -> None:
    # feedparser would answer a missing updated_parsed with published_parsed and a warning.
    body = (
        b"<rss version='2.0'><channel><item><link>http://x.test/a</link>"
        b"<pubDate>not a date</pubDate></item></channel></rss>"
    )
    assert parse_feed(body, base_url=BASE).entries[0].published is None


def test_poll_counts_add_up() -> None:
    parsed = parse_feed((FEEDS / "hostile_links.xml").read_bytes(), base_url=BASE)
    first = poll_counts(parsed, new=1)  # the one good link, stored for the first time
    assert first == PollCounts(items_seen=11, items_new=1, items_duplicate=1, items_skipped=9)
    again = poll_counts(parsed, new=0)  # the same document polled again
    assert again == PollCounts(items_seen=11, items_new=0, items_duplicate=2, items_skipped=9)
    with pytest.raises(ValueError, match="2 new articles out of 1 entries"):
        poll_counts(parsed, new=2)


def test_url_over_the_limit_is_skipped_with_its_length() -> None:
    long_link = "http://x.test/" + "a" * 2_100
    body = (
        "<rss version='2.0'><channel><title>t</title>"
        f"<item><title>long</title><link>{long_link}</link></item>"
        "<item><title>ok</title><link>http://x.test/ok</link></item></channel></rss>"
    ).encode()
    parsed = parse_feed(body, base_url=BASE)
    assert [e.title for e in parsed.entries] == ["ok"]
    (item,) = parsed.skipped
    assert (item.position, item.reason, item.detail) == (
        1,
        causes.ITEM_URL_TOO_LONG,
        "link of 2114 characters (limit 2048)",
    )
    assert item.link is not None
    assert len(item.link) == 300


def test_skipped_listing_is_bounded_but_the_count_exact() -> None:
    items = "".join(f"<item><title>n{i}</title></item>" for i in range(MAX_SKIPPED_LISTED + 50))
    items += "<item><link>http://x.test/kept</link></item>"
    parsed = parse_feed(
        f"<rss version='2.0'><channel>{items}</channel></rss>".encode(), base_url=BASE
    )
    assert parsed.skip_counts == {"no_link": MAX_SKIPPED_LISTED + 50}
    assert len(parsed.skipped) == MAX_SKIPPED_LISTED
    assert parsed.skipped[-1].title == f"n{MAX_SKIPPED_LISTED - 1}"
    assert len(parsed.entries) == 1
    assert balanced(parsed)


# --- feeds that parse with errors --------------------------------------------------------------


def test_truncated_feed_is_accepted_and_flagged() -> None:
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Cut</title>"
        b"<item><title>A</title><link>http://x.test/a</link></item>"
        b"<item><title>B</title><link>http://x.te"
    )
    parsed = parse_feed(body, base_url=BASE)
    assert parsed.parsed_with_errors
    assert parsed.bozo_reason is not None
    assert "SAXParseException" in parsed.bozo_reason
    assert parsed.entries[0].url == "http://x.test/a"
    assert balanced(parsed)


def test_entity_does_not_hide_a_truncation() -> None:
    # Before, expat stopped at "&nbsp;" and that was all feedparser reported.
    body = (
        b"<rss version='2.0'><channel><title>A&nbsp;B</title>"
        b"<item><title>x</title><link>http://x.test/a</link></item></channel"
    )
    parsed = parse_feed(body, base_url=BASE)
    assert parsed.title == "A B"  # the no-break space, collapsed as all whitespace is
    assert parsed.parsed_with_errors
    assert parsed.bozo_reason is not None
    assert "undefined entity" not in parsed.bozo_reason


def test_well_formed_feed_with_entities_is_clean() -> None:
    body = (
        b"<rss version='2.0'><channel><title>Aid &mdash; &eacute;t&eacute; &copy;</title>"
        b"<item><title>x&hellip;</title><link>http://x.test/a?b=1&amp;c=2</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_feed(body, base_url=BASE)
    assert (parsed.parsed_with_errors, parsed.bozo_reason) == (False, None)
    assert parsed.title == "Aid — été ©"
    assert parsed.entries[0].title == "x…"
    assert parsed.entries[0].url == "http://x.test/a?b=1&c=2"


def test_entities_in_cdata_and_comments_stay_text() -> None:
    body = (
        b"<rss version='2.0'><channel><!-- &nbsp; --><title><![CDATA[Fish &mdash; chips]]></title>"
        b"<item><title>&doesnotexist; &lt;b&gt;</title><link>http://x.test/a</link></item>"
        b"</channel></rss>"
    )
    parsed = parse_feed(body, base_url=BASE)
    assert parsed.title == "Fish &mdash; chips"
    assert parsed.entries[0].title == "&doesnotexist; <b>"
    assert not parsed.parsed_with_errors


# --- reasons for bodies that are no feed at all -------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (b"", causes.EMPTY_BODY, "not a feed: empty body"),
        (b" \r\n\t ", causes.EMPTY_BODY, "not a feed: empty body"),
        (b"\x00" * 4096, causes.ONLY_NUL_BYTES, "not a feed: only NUL bytes"),
        (b"\n\x00\x00 \x00", causes.ONLY_NUL_BYTES, "not a feed: only NUL bytes"),
        (
            b"\x89PNG\r\n\x1a\n" + bytes(64),
            causes.BINARY_DATA,
            "not a feed: binary data (image/png)",
        ),
        (
            b"\xff\xd8\xff\xe0\x00\x10JFIF",
            causes.BINARY_DATA,
            "not a feed: binary data (image/jpeg)",
        ),
        (b"GIF89a\x01\x00", causes.BINARY_DATA, "not a feed: binary data (image/gif)"),
        (
            b"RIFF\x10\x00\x00\x00WEBPVP8 ",
            causes.BINARY_DATA,
            "not a feed: binary data (image/webp)",
        ),
        (b"%PDF-1.7\n%\xe2\xe3", causes.BINARY_DATA, "not a feed: binary data (application/pdf)"),
        (b"\x1f\x8b\x08\x00", causes.BINARY_DATA, "not a feed: binary data (application/gzip)"),
        (b"PK\x03\x04\x14\x00", causes.BINARY_DATA, "not a feed: binary data (application/zip)"),
        (
            random.Random(13).randbytes(4096),
            causes.BINARY_DATA,
            "not a feed: binary data (not text)",
        ),
        (
            b"<!DOCTYPE html><html><body><p>Hello</p></body></html>",
            causes.HTML_PAGE,
            "not a feed: HTML page",
        ),
        (b"<note><to>x</to></note>", causes.NOT_A_FEED, "not a feed: no RSS or Atom root element"),
        (
            b'{"items": [{"url": "http://x.test/a"}]}',
            causes.NOT_A_FEED,
            "not a feed: JSON document without a JSON Feed version",
        ),
        (b"<rss><channel><item>", causes.MALFORMED_FEED, "malformed XML: "),
        (b"<rss><channel>&bad", causes.MALFORMED_FEED, "malformed XML: "),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 30 else None,
)
def test_reason_names_the_cause(body: bytes, code: str, message: str) -> None:
    with pytest.raises(Permanent) as caught:
        parse_feed(body, base_url=BASE)
    assert caught.value.code == code
    if message.endswith(": "):
        assert str(caught.value).startswith(message)
    else:
        assert str(caught.value) == message


def test_text_in_legacy_encodings_is_not_mistaken_for_binary() -> None:
    for name in ("windows1251.xml", "iso8859_1.xml"):
        assert parse_feed((FEEDS / name).read_bytes(), base_url=BASE).entries


# --- JSON Feed ----------------------------------------------------------------------------------


def test_json_feed_1_1() -> None:
    parsed = parse_feed(
        (FEEDS / "jsonfeed11.json").read_bytes(),
        base_url="https://news.example.test/feed.json",
        content_type="application/feed+json",
    )
    assert (parsed.format, parsed.title) == ("json1.1", "Aid Ledger JSON Feed")
    assert [(e.url, e.guid) for e in parsed.entries] == [
        ("https://news.example.test/articles/json-001.html", "json-001"),
        ("https://other.example.test/story/2", "2"),  # external_url; the numeric id coerced
        ("https://news.example.test/articles/relative.html", "json-003"),
    ]
    first = parsed.entries[0]
    assert first.title == "Sweden approves new support package for Ukraine"
    assert first.published is not None
    assert first.published.isoformat() == "2025-02-10T08:30:00+00:00"
    assert parsed.entries[1].published is not None  # date_modified when no date_published
    assert (parsed.items_seen, parsed.duplicates) == (7, 1)
    assert parsed.skip_counts == {"no_link": 1, "unsafe_scheme": 1, "malformed_item": 1}
    assert balanced(parsed)
    assert not parsed.parsed_with_errors


def test_json_feed_1_0_without_content_type() -> None:
    document: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1",
        "title": "Old JSON Feed",
        "items": [{"id": "1", "url": "http://x.test/1", "title": "One"}],
    }
    parsed = parse_feed(b"\xef\xbb\xbf\n" + json.dumps(document).encode(), base_url=BASE)
    assert parsed.format == "json1"
    assert [e.url for e in parsed.entries] == ["http://x.test/1"]


def test_empty_json_feed_is_a_feed() -> None:
    document = {"version": "https://jsonfeed.org/version/1.1", "title": "Quiet", "items": []}
    parsed = parse_feed(json.dumps(document).encode(), base_url=BASE)
    assert (parsed.title, parsed.entries, parsed.items_seen) == ("Quiet", [], 0)


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', causes.MALFORMED_FEED,
         "malformed JSON: Expecting value: line 1 column 59 (char 58)"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', causes.MALFORMED_FEED,
         "malformed JSON Feed: 'items' is not a list"),
        (b'{"version": "2.0", "items": []}', causes.NOT_A_FEED,
         "not a feed: JSON document without a JSON Feed version"),
        (b"[" * 100_000 + b"]" * 100_000, causes.MALFORMED_FEED,
         "malformed JSON: nested too deeply"),
    ],
)  # fmt: skip
def test_broken_json_feeds(body: bytes, code: str, message: str) -> None:
    with pytest.raises(Permanent) as caught:
        parse_feed(body, base_url=BASE, content_type="application/json")
    assert (caught.value.code, str(caught.value)) == (code, message)


_INSERTS = [b"&nbsp;", b"&", b"<![CDATA[", b"]]>", b"<!--", b"&#xD800;", b"\x00", b"</rss>",
            b"{", b"&mdash", b"http://[", b'"url": "http://[::1', b"1e999", b"[[[["]  # fmt: skip


def test_mutated_feeds_give_a_balanced_account_or_a_coded_failure() -> None:
    """Seeded mutations of every fixture: parse_feed returns an account that adds up, or raises
    Permanent with a cause code; nothing else escapes (a ValueError once did)."""
    rng = random.Random(2026)
    fixtures = [path.read_bytes() for path in sorted(FEEDS.iterdir()) if path.is_file()]
    outcomes = {"parsed": 0, "refused": 0}
    codes: set[str | None] = set()
    for _ in range(600):
        body = bytearray(rng.choice(fixtures))
        for _ in range(rng.randint(1, 12)):
            if not body:
                break
            where, action = rng.randrange(len(body)), rng.random()
            if action < 0.3:
                body[where] = rng.randrange(256)
            elif action < 0.6:
                del body[where : where + rng.randint(1, 50)]
            elif action < 0.9:
                body[where:where] = rng.choice(_INSERTS)
            else:
                del body[where:]
        content_type = rng.choice([None, "application/json", "text/xml"])
        try:
            parsed = parse_feed(bytes(body), base_url=BASE, content_type=content_type)
        except Permanent as exc:
            codes.add(exc.code)
            outcomes["refused"] += 1
            continue
        assert balanced(parsed)
        repr(parsed).encode("utf-8")  # no lone surrogate anywhere
        outcomes["parsed"] += 1
    assert min(outcomes.values()) > 50  # both paths were exercised
    known = {value for value in vars(causes).values() if isinstance(value, str)}
    assert codes <= known  # every refusal has a known cause code

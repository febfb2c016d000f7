"""OPML in and out: titles kept, every outline left out named with its reason, a round trip."""

import xml.etree.ElementTree as ET

from fetcher_testing import FEEDS

from services.fetcher.feeds import OpmlFeed, OpmlSkip, read_opml, write_opml


def test_read_opml_keeps_titles_and_reports_skips() -> None:
    found = read_opml((FEEDS / "subscriptions.opml").read_bytes())

    assert found.feeds == [
        OpmlFeed("https://news.example.test/feed.xml", "Wire"),
        OpmlFeed("http://news.example.test/atom.xml", "Atom"),
        OpmlFeed("http://news.example.test/rss10.rdf", "RDF"),
    ]
    assert found.skipped == [
        OpmlSkip("Duplicate", "duplicate of https://news.example.test/feed.xml"),
        OpmlSkip("Not http", "not an http(s) URL: ftp://news.example.test/feed.xml"),
        OpmlSkip("Folder without URL", "no feed URL (xmlUrl)"),
    ]


def test_title_attribute_wins_over_text_and_is_one_line() -> None:
    body = (
        b"<opml version='2.0'><body>"
        b"<outline text='short' title='  Kyiv\n Independent ' xmlUrl='https://kyiv.test/rss'/>"
        b"<outline xmlUrl='https://untitled.test/rss'/>"
        b"<outline text='Bad' xmlUrl='http:///nohost'/>"
        b"</body></opml>"
    )
    found = read_opml(body)

    assert found.feeds == [
        OpmlFeed("https://kyiv.test/rss", "Kyiv Independent"),
        OpmlFeed("https://untitled.test/rss", None),
    ]
    [skip] = found.skipped
    assert skip.outline == "Bad"
    assert skip.reason.startswith("bad URL http:///nohost")


def test_write_opml_round_trips() -> None:
    feeds = [("https://kyiv.test/rss", "Kyiv <Independent> & co"), ("https://x.test/atom", None)]

    document = write_opml(feeds)

    assert document.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ET.fromstring(document)
    assert [o.get("xmlUrl") for o in root.iter("outline")] == [url for url, _ in feeds]
    assert read_opml(document).feeds == [
        OpmlFeed("https://kyiv.test/rss", "Kyiv <Independent> & co"),
        # An untitled feed is written under its URL, which reads back as its title.
        OpmlFeed("https://x.test/atom", "https://x.test/atom"),
    ]
    assert read_opml(document).skipped == []

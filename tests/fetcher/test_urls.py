import pytest

from services.fetcher.urls import normalize_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://News.Example.COM/Path/A?b=1", "http://news.example.com/Path/A?b=1"),
        ("https://example.com:443/x", "https://example.com/x"),
        ("http://example.com:80/x", "http://example.com/x"),
        ("http://example.com:8080/x", "http://example.com:8080/x"),
        ("https://example.com/x#section-2", "https://example.com/x"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/x?", "https://example.com/x"),
        ("https://example.com./x", "https://example.com/x"),
        ("  https://example.com/x \n", "https://example.com/x"),
        # Tracking parameters go, the others keep their order and spelling.
        (
            "https://example.com/a?utm_source=rss&id=7&utm_medium=feed&UTM_Campaign=x&page=2",
            "https://example.com/a?id=7&page=2",
        ),
        (
            "https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ocid=5&cmpid=6&_ga=7&igshid=8",
            "https://example.com/a",
        ),
        ("https://example.com/a?z=1&a=2&z=3", "https://example.com/a?z=1&a=2&z=3"),
        ("https://example.com/a?q=a%20b&empty=&flag", "https://example.com/a?q=a%20b&empty=&flag"),
        ("https://example.com/a?utm_source=rss", "https://example.com/a"),
        # IDNA host, non-ASCII path percent-encoded, existing escapes kept.
        ("https://Bücher.example/straße", "https://xn--bcher-kva.example/stra%C3%9Fe"),
        ("https://example.com/a%2Fb", "https://example.com/a%2Fb"),
        ("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x"),
        ("http://[2001:db8::1]:8080/x", "http://[2001:db8::1]:8080/x"),
        ("http://user:pw@Example.com/x", "http://user:pw@example.com/x"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        (
            "/articles/1.html",
            "https://example.com/feeds/rss.xml",
            "https://example.com/articles/1.html",
        ),
        ("2.html", "https://example.com/feeds/rss.xml", "https://example.com/feeds/2.html"),
        ("../x.html?utm_term=a", "https://example.com/a/b/c.xml", "https://example.com/a/x.html"),
        ("//cdn.example.com/p", "https://example.com/", "https://cdn.example.com/p"),
        ("https://other.example/p", "https://example.com/", "https://other.example/p"),
    ],
)
def test_normalize_url_resolves_relative(url: str, base: str, expected: str) -> None:
    assert normalize_url(url, base) == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/feed.xml",
        "mailto:desk@example.com",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "/relative/without/base",
        "http://",
        "",
        "http://example.com:99999/",
    ],
)
def test_normalize_url_rejects_non_http(url: str) -> None:
    with pytest.raises(ValueError, match=r"."):
        normalize_url(url)


def test_normalize_url_is_idempotent() -> None:
    once = normalize_url("HTTPS://Bücher.Example:443/a b?utm_x=1&k=v#f")
    assert once == "https://xn--bcher-kva.example/a%20b?k=v"
    assert normalize_url(once) == once

"""Pages a feed links to are kept unless they are clearly not articles; doubtful ones are flagged.

Also the garbled-text check (issue 13, item 4): a Western page in cp1252 that declares UTF-8 is
decoded right, and text that still looks like mojibake is kept with `quality` "low" and a reason.
"""

import json
from pathlib import Path

import pytest

from services.cleaner.clean import clean
from services.cleaner.decode import decode_body
from services.cleaner.mojibake import garbled_reason
from services.cleaner.verdict import judge_text
from shared.errors import Skip

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
LITTLE_PROSE = "little prose (a short item, a list or a table?)"


def page(body: str, *, charset: str = "utf-8") -> str:
    """An article page whose header and footer carry login and subscribe links."""
    return (
        f'<html><head><meta charset="{charset}"><title>Aid news</title></head><body>'
        '<header><a href="/">Home</a> <a href="/login">Log in</a> '
        '<a href="/subscribe">Subscribe to read more</a></header>'
        f"<main><article><h1>Allies pledge more aid</h1>{body}</article></main>"
        '<footer><a href="/login">Sign in</a> © 2025</footer></body></html>'
    )


ARTICLE = "".join(
    f"<p>NATO member states granted Ukraine more than €{n} billion in security aid in 2024, "
    f"exceeding the target set at summit number {n}, an Alliance spokeswoman said on Monday.</p>"
    for n in (50, 60, 70)
)


def test_article_with_login_links_in_header_and_footer_is_kept_as_ok() -> None:
    doc = clean(page(ARTICLE).encode(), content_type="text/html")
    assert "more than €50 billion in security aid" in doc.text
    assert "Log in" not in doc.text
    assert "Allies pledge more aid" not in doc.text  # the headline is the title, not the body
    assert doc.title == "Allies pledge more aid"
    assert doc.quality == "ok"
    assert doc.quality_reasons == ()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>Norway pledged NOK 85 billion for Ukraine on Monday.</p>", "NOK 85 billion"),
        (  # a live blog of one-line updates
            "".join(
                f"<div><time>10:{i:02d}</time><p>Air raid alert in region {i}</p></div>"
                for i in range(12)
            ),
            "Air raid alert in region 11",
        ),
        (  # a table-heavy release
            "<p>Aid by country, in billion euros.</p><table><tr><th>Country</th><th>Aid</th></tr>"
            + "".join(f"<tr><td>Country {i}</td><td>€{i}.5 billion</td></tr>" for i in range(15))
            + "</table>",
            "| Country 14 | €14.5 billion |",
        ),
    ],
    ids=["short item", "live blog", "table release"],
)
def test_thin_articles_are_kept_with_a_low_quality_flag(body: str, expected: str) -> None:
    doc = clean(page(body).encode(), content_type="text/html")
    assert expected in doc.text
    assert doc.quality == "low"
    assert doc.quality_reasons == (LITTLE_PROSE,)


def test_verdict_skips_only_link_lists_and_paywall_notices() -> None:
    headlines = [
        "Kyiv asks for more air defence",
        "EU agrees new Ukraine facility",
        "Finland expands reserve training",
    ]
    links = frozenset(headlines)
    assert judge_text("\n".join(headlines), link_texts=links, link_density=0.2).skip == (
        "no article text (index page?)"
    )
    # Two lines are not a list: kept, flagged.
    two = judge_text("\n".join(headlines[:2]), link_texts=links, link_density=0.9)
    assert two.skip is None
    notice = "This article is for subscribers only.\nSubscribe to continue reading."
    assert judge_text(notice, link_texts=links, link_density=0.1).skip == (
        "no article text (login wall?)"
    )
    assert judge_text("", link_texts=links, link_density=0.0).skip == (
        "no article text (empty page)"
    )
    # A short item on a link-heavy page is kept: it is prose, not a list of links.
    short = "Norway pledged NOK 85 billion for Ukraine on Monday, the government said in Oslo."
    verdict = judge_text(short, link_texts=links, link_density=0.9)
    assert verdict.skip is None
    assert verdict.low_quality == LITTLE_PROSE


CP1252_BODY = "".join(
    f"<p>NATO allies pledged €{n} billion for Ukraine’s budget, the spokeswoman said on "
    f"Monday. “It is a record,” she added.</p>"
    for n in (50, 60, 70)
)


def test_cp1252_bytes_behind_a_utf8_label_are_read_as_cp1252() -> None:
    body = page(CP1252_BODY).encode("cp1252")
    decoded = decode_body(body, content_type="text/html; charset=utf-8")
    assert decoded.source == "utf-8-label-cp1252"
    assert decoded.warning is None
    doc = clean(body, content_type="text/html; charset=utf-8")
    assert "€50 billion for Ukraine's budget" in doc.text
    assert "Ç" not in doc.text
    assert doc.quality == "ok"


def test_utf8_mojibake_in_the_page_is_kept_but_flagged() -> None:
    garbled = CP1252_BODY.replace("€", "â‚¬").replace("’", "â€™")
    doc = clean(page(garbled).encode(), content_type="text/html")
    assert "billion for Ukraine" in doc.text
    assert doc.quality == "low"
    assert doc.quality_reasons == ("text looks garbled: UTF-8 read in a wrong code page",)


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        ("Ç50 billion for Ukraineĺs budget, the minister said; it doesnĺt end there.", True),
        ("â‚¬50 billion for Ukraineâ€™s budget", True),
        ("Êðà¿íè - ÷ëåíè ÍÀÒÎ íàäàëè Óêðà¿í³ äîïîìîãó", True),
        ("Aid: " + "\ufffd" * 5 + " billion", True),
        ("€50 billion for Ukraine's budget, €0.5 billion for demining", False),
        ("Antonín Dvořák's symphonies; Zürich's Łukasz Nowak paid €5", False),
        ("Країни - члени НАТО надали Україні 50 мільярдів євро", False),
        ("Le ministre des Armées, Sébastien Lecornu, a annoncé 5 milliards d'€", False),
        ("Les alliés et le président ont décidé: les chars livrés sont arrivés", False),
        ("Mix ½ cup of oats, ¼ cup of nuts and ½ cup of milk; bake ½ hour", False),
    ],
)
def test_garbled_reason(text: str, garbled: bool) -> None:
    assert (garbled_reason(text) is not None) is garbled


@pytest.mark.parametrize(
    "name",
    [
        "nato_article.html",
        "fr_article_latin1.html",
        "fr_article_utf8.html",
        "de_article_utf8.html",
        "ukr_article_cp1251.html",
        "table_layout.html",
    ],
)
def test_real_articles_are_not_flagged(name: str) -> None:
    doc = clean((PAGES / name).read_bytes())
    assert doc.quality == "ok", doc.quality_reasons


def test_a_charset_guess_with_low_confidence_is_flagged() -> None:
    # Bytes that fit no charset well: every detection is a guess.
    body = b"<html><body><p>" + bytes(range(0x80, 0x100)) * 4 + b"</p></body></html>"
    decoded = decode_body(body)
    assert decoded.warning is not None
    assert decoded.warning.startswith(("charset guessed as", "charset unknown"))


def test_script_rendered_page_keeps_its_json_ld_article_body() -> None:
    # The body is an empty app shell; the article is only in the JSON-LD metadata.
    article = (
        "NATO allies granted Ukraine more than 50 billion euros in security aid in 2024, "
        "a spokeswoman said. Germany alone provided about 7 billion euros, she added."
    )
    ld = json.dumps({"@type": "NewsArticle", "headline": "Aid", "articleBody": article})
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        '<body><div id="app"></div><p>Loading</p></body></html>'
    )
    doc = clean(html.encode(), content_type="text/html")
    assert article in doc.text
    assert "Loading" not in doc.text
    assert doc.quality == "low"  # one extractor only: the text is kept, marked for review


NAV = "".join(f'<li><a href="/s/{i}">Section number {i} of the site</a></li>' for i in range(60))


def link_heavy_page(body: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>T</title></head><body><nav><ul>{NAV}</ul></nav>'
        f"<article>{body}</article><aside><ul>{NAV}</ul></aside></body></html>"
    ).encode()


def test_chinese_article_on_a_link_heavy_page_is_an_article() -> None:
    paragraphs = [
        "北约成员国在2024年向乌克兰提供了超过500亿欧元的安全援助，超过了峰会上设定的目标。",
        "联盟发言人周一表示，欧洲盟国和加拿大提供了总额的一半以上。德国提供了约70亿欧元。",
        "外交官说，这一数字将用于向华盛顿表明欧洲承担了更大的负担。荷兰宣布了新的援助计划。",
    ]
    doc = clean(link_heavy_page("".join(f"<p>{p}</p>" for p in paragraphs)))
    assert paragraphs[0] in doc.text
    assert "Section number" not in doc.text
    assert doc.quality == "ok"


def test_a_one_line_item_on_a_link_heavy_page_is_kept() -> None:
    doc = clean(link_heavy_page("<p>Watch: Zelensky visits troops near Pokrovsk</p>"))
    assert "Zelensky visits troops near Pokrovsk" in doc.text
    assert doc.quality == "low"


def test_random_bytes_served_as_html_are_skipped_naming_the_cause() -> None:
    noise = bytes((i * 7919 + 13) % 256 for i in range(20_000))
    with pytest.raises(Skip, match=r"^no article text \(binary data, not a page\)$"):
        clean(noise, content_type="text/html")

"""The web ledger in a real browser: Debian's headless Chromium against `aidledger web` serving the
seed ledger (conftest's `web_url`: both seed files through clean → extract → reconcile).

Each step saves a screenshot under the test's tmp_path, to look at when one fails.
"""

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver import Chrome
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement

from tests.support.browser import browser_errors, headless_chromium, missing_browser

TOTALS = "/totals?recipient=Ukraine&category=security_aid&kind=increment&from=2022&to=2025"

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(missing_browser() is not None, reason=missing_browser() or ""),
]


@pytest.fixture
def browser() -> Iterator[Chrome]:
    with headless_chromium() as driver:
        yield driver


def _shot(driver: Chrome, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    assert driver.save_screenshot(str(path)), f"no screenshot at {path}"
    assert path.stat().st_size > 1000


def _drawn(element: WebElement) -> bool:
    return bool(element.is_displayed() and element.size["width"] > 0 and element.size["height"] > 0)


def test_totals_page_draws_the_chart(web_url: str, browser: Chrome, tmp_path: Path) -> None:
    browser.get(web_url + TOTALS)
    chart = browser.find_element(By.CSS_SELECTOR, "svg#totals-chart")
    assert _drawn(chart)
    assert chart.get_attribute("role") == "img"
    title_id = chart.get_attribute("aria-labelledby")
    assert title_id
    assert browser.find_element(By.ID, title_id).get_attribute("textContent"), "an empty title"
    bars = chart.find_elements(By.CSS_SELECTOR, "rect.bar")
    assert bars, "no bar in the chart"
    assert all(_drawn(bar) for bar in bars), [bar.rect for bar in bars]
    by_year = {bar.get_attribute("data-year"): bar for bar in bars}
    # The seeds' 2024 package is counted once (both files report it), 2025's on its own.
    assert Decimal(by_year["2024"].get_attribute("data-value-eur") or "") == 50_000_000_000
    assert Decimal(by_year["2025"].get_attribute("data-value-eur") or "") == 20_000_000_000
    assert by_year["2024"].size["height"] > by_year["2025"].size["height"]
    # Every bar is a link to its claims.
    for bar in bars:
        link = bar.find_element(By.XPATH, "ancestor::*[local-name()='a'][1]")
        href = link.get_dom_attribute("href") or ""  # an SVG link's property is no string
        assert "/claims?" in href, href
    assert browser.find_element(By.ID, "totals-table").is_displayed()
    _shot(browser, tmp_path, "totals")
    assert browser_errors(browser) == []


def test_a_total_leads_to_its_sentence_with_the_figure_highlighted(
    web_url: str, browser: Chrome, tmp_path: Path
) -> None:
    browser.get(web_url + TOTALS)
    _shot(browser, tmp_path, "1-totals")
    cells = browser.find_elements(By.CSS_SELECTOR, "#totals-table a[href*='/claims?']")
    cell = next(c for c in cells if _query(c).get("year") == ["2024"])
    cell.click()

    assert urlsplit(browser.current_url).path == "/claims"
    _shot(browser, tmp_path, "2-claims")
    (claim_link,) = browser.find_elements(By.CSS_SELECTOR, "#claims-table a.claim-link")
    claim_link.click()

    assert re.fullmatch(r"/claims/\d+", urlsplit(browser.current_url).path)
    _shot(browser, tmp_path, "3-claim")
    mentions = browser.find_elements(By.CSS_SELECTOR, "ol#mentions li.mention")
    assert {m.get_attribute("data-relation") for m in mentions} <= {
        "states",
        "restates",
        "converts",
        "part_of",
    }
    assert mentions[0].get_attribute("data-relation") == "states"
    sources = {
        link.get_attribute("href")
        for link in browser.find_elements(By.CSS_SELECTOR, "#mentions a.source-link")
    }
    documents = {urlsplit(s or "").path for s in sources}
    assert len(documents) == 2, "both seed files report the 2024 package"
    stating = mentions[0]
    marked = stating.find_element(By.CSS_SELECTOR, "blockquote.sentence mark.figure")
    assert marked.is_displayed()
    surface = marked.text
    assert "50" in surface, surface
    stating.find_element(By.CSS_SELECTOR, "a.source-link").click()

    path, fragment = urlsplit(browser.current_url).path, urlsplit(browser.current_url).fragment
    assert re.fullmatch(r"/articles/\d+", path)
    assert re.fullmatch(r"fig-\d+-\d+", fragment)
    figure = browser.find_element(By.ID, fragment)
    assert figure.tag_name == "mark"
    assert "figure" in (figure.get_attribute("class") or "").split()
    assert figure.find_element(By.XPATH, "ancestor::article[@id='text']")
    assert _drawn(figure)
    assert figure.text == surface
    assert figure.get_attribute("title"), "a figure shows its attributes on hover"
    assert _in_viewport(browser, figure), "the link's fragment scrolls the figure into view"
    assert _highlighted(browser, figure)
    _shot(browser, tmp_path, "4-article")

    # Keyboard users reach every figure with Tab.
    figures = browser.find_elements(By.CSS_SELECTOR, "article#text mark.figure")
    assert all(f.get_attribute("tabindex") == "0" for f in figures)
    browser.find_element(By.TAG_NAME, "body").click()
    reached = _tab_to(browser, "mark.figure", limit=80)
    assert reached is not None, "Tab never reached a figure"
    assert reached.get_attribute("id") in {f.get_attribute("id") for f in figures}
    assert _focus_shows(browser, reached), "the focused figure looks like the others"
    _shot(browser, tmp_path, "5-focused")
    assert browser_errors(browser) == []


def test_pages_work_without_javascript(web_url: str, tmp_path: Path) -> None:
    with headless_chromium(javascript=False) as browser:
        browser.get(web_url + TOTALS)
        assert _drawn(browser.find_element(By.CSS_SELECTOR, "svg#totals-chart rect.bar"))
        browser.find_element(By.CSS_SELECTOR, "#totals-table a[href*='/claims?']").click()
        browser.find_element(By.CSS_SELECTOR, "#claims-table a.claim-link").click()
        mark = browser.find_element(By.CSS_SELECTOR, "#mentions blockquote.sentence mark.figure")
        assert _drawn(mark)
        _shot(browser, tmp_path, "claim-no-js")


def test_every_page_loads_without_console_errors(
    web_url: str, browser: Chrome, tmp_path: Path
) -> None:
    """Nothing the Content-Security-Policy blocks, no asset that fails to load."""
    browser.get(web_url + "/")
    assert urlsplit(browser.current_url).path == "/totals"
    browser.get(web_url + "/claims?sort=value_eur&order=desc")
    claim = str(browser.find_element(By.CSS_SELECTOR, "a.claim-link").get_attribute("href"))
    browser.get(claim)
    article = str(browser.find_element(By.CSS_SELECTOR, "a.source-link").get_attribute("href"))
    for url in (web_url + "/totals", web_url + "/claims", claim, article, web_url + "/operations"):
        browser.get(url)
        _shot(browser, tmp_path, re.sub(r"\W+", "-", urlsplit(url).path).strip("-") or "root")
        assert browser_errors(browser) == [], url


def _query(link: WebElement) -> dict[str, list[str]]:
    return parse_qs(urlsplit(link.get_attribute("href") or "").query)


def _in_viewport(driver: Chrome, element: WebElement) -> bool:
    return bool(
        driver.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return r.bottom > 0 && r.top < window.innerHeight;",
            element,
        )
    )


def _highlighted(driver: Chrome, element: WebElement) -> bool:
    """Its background differs from its paragraph's: it stands out."""
    own, around = driver.execute_script(
        "const s = e => getComputedStyle(e).backgroundColor;"
        "return [s(arguments[0]), s(arguments[0].parentElement)];",
        element,
    )
    return bool(own != around and own not in ("rgba(0, 0, 0, 0)", "transparent"))


def _focus_shows(driver: Chrome, element: WebElement) -> bool:
    """An outline or a shadow marks where the keyboard is."""
    outline, shadow = driver.execute_script(
        "const s = getComputedStyle(arguments[0]); return [s.outlineStyle, s.boxShadow];",
        element,
    )
    return bool(outline != "none" or shadow != "none")


def _tab_to(driver: Chrome, selector: str, limit: int) -> WebElement | None:
    """Press Tab until the focused element matches `selector`; None after `limit` presses."""
    for _ in range(limit):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        focused: WebElement = driver.switch_to.active_element
        if driver.execute_script("return arguments[0].matches(arguments[1])", focused, selector):
            return focused
    return None

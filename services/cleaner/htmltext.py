"""HTML (already decoded to str) -> main text and metadata, with trafilatura 2.x.

The page is parsed once and extracted twice: a recall run (``favor_recall``, with the metadata)
and a precision run (``favor_precision``). merge.py keeps the recall run's blocks that the
evidence supports; readability (trafilatura's readability-lxml fork) is asked only when the two
runs do not settle it; when neither finds text, readability's or trafilatura's baseline text is
used. docs/cleaner.md has what each part buys, measured.

Options of both runs and why:
- ``include_comments=False``: reader comments are not the article.
- ``include_tables=True``: trafilatura keeps a table only when it sits in the main content (a
  per-country aid table); cells come out as ``a | b | c`` lines. Layout tables (old sites that
  put navigation, article and ads in the cells of one big table) are turned into <div>s first,
  so that trafilatura weighs each cell on its own instead of keeping the whole grid as "a table".
  A table is layout when a cell holds a heading, an article/section, a nested table, two
  paragraphs or more, or 500+ characters of text.
- ``fast=True``: skips trafilatura's own readability/jusText comparison inside each run; the
  merge is the cross-check, and it halves the time of each run.
- ``with_metadata=True`` (recall run only): title, author, date (htmldate, day precision), site
  name and the canonical URL (``<link rel=canonical>``/``og:url``, else the URL given). A first
  text line that repeats the title is dropped: the headline is metadata, not body.
- ``deduplicate=False`` (default): its LRU cache is process-wide state; dedup is by text hash.

trafilatura is handed a str, never bytes, so that it cannot re-guess the encoding; an XML
declaration is removed first (lxml refuses a str that declares an encoding, and trafilatura would
then fall back to bytes).
"""

import re
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from typing import Any

import trafilatura
from lxml.html import HtmlElement
from trafilatura.external import try_readability

from services.cleaner.merge import Merged, merge_texts

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_LAYOUT_MARKERS = "|".join(
    f".//{tag}" for tag in ("h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "table")
)
_LAYOUT_CELL_CHARS = 500
_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"}
_BLOCK_TAGS = ("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")
_INVISIBLE = ("script", "style", "noscript", "template")
# Both runs (module docstring).
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "fast": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
}


@dataclass(frozen=True, slots=True)
class Extracted:
    """trafilatura's result: text not yet normalized ("" when none), date as an ISO day string."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    page_has_text: bool = True  # False: the page body has no visible text at all
    merge: str = "empty"  # how merge.py decided the text (Merged.how), or "fallback"
    link_texts: frozenset[str] = frozenset()  # the page's link texts, for the article check
    link_density: float = 0.0  # share of the page's visible text that is link text


def extract_html(html: str, *, url: str | None = None) -> Extracted:
    """Main text and metadata of a page (text "" when trafilatura finds no main text)."""
    html = _XML_DECLARATION.sub("", html, count=1)
    # trafilatura rejects a document without "html" near its top when it parses to a single
    # block (a bare fragment); wrap such a body so that it is read as a page.
    if "html" not in html[:50].lower():
        html = f"<html><body>{html}</body></html>"
    tree = trafilatura.load_html(html)
    if tree is None:
        return Extracted(text="", page_has_text=False)
    page_has_text = bool(tree.xpath("boolean(//body//text()[normalize-space()])"))
    unwrap_layout_tables(tree)
    links, link_density = link_texts(tree)
    broad: Any = trafilatura.bare_extraction(
        deepcopy(tree), url=url, with_metadata=True, favor_recall=True, **TRAFILATURA_OPTIONS
    )
    strict: Any = trafilatura.bare_extraction(
        tree, url=url, favor_precision=True, **TRAFILATURA_OPTIONS
    )
    broad_text = (broad.text or "") if broad is not None else ""
    strict_text = (strict.text or "") if strict is not None else ""
    second_opinion = cache(lambda: readability_text(html))
    merged = merge_texts(broad_text, strict_text, links, second_opinion)
    if not merged.text.strip() and page_has_text:
        # Neither run found a main text: readability's, else trafilatura's baseline (the
        # page's JSON-LD articleBody, <article> or paragraphs); verdict.py judges what it is.
        merged = Merged(second_opinion() or trafilatura.baseline(html)[1], "fallback")
    doc = broad if broad is not None else strict
    title = _str_or_none(doc.title) if doc is not None else None
    return Extracted(
        text=without_leading_title(merged.text, title),
        title=title,
        author=_str_or_none(doc.author) if doc is not None else None,
        date=_str_or_none(doc.date) if doc is not None else None,
        sitename=_str_or_none(doc.sitename) if doc is not None else None,
        url=_str_or_none(doc.url) if doc is not None else None,
        page_has_text=page_has_text,
        merge=merged.how,
        link_texts=links,
        link_density=link_density,
    )


def without_leading_title(text: str, title: str | None) -> str:
    """The text without a first line that repeats the page title: the headline is metadata
    (the title field), and the benchmark's hand-marked bodies leave it out too."""
    first, _, rest = text.partition("\n")
    if title and first.strip() and " ".join(first.split()) == " ".join(title.split()):
        return rest.lstrip("\n")
    return text


def readability_text(html: str) -> str:
    """readability-lxml's (trafilatura's fork) main text of the page, one block per line.

    Only run when the two trafilatura runs do not settle the text (merge.py): it parses the page
    again, since trafilatura's runs prune the tree they are given.
    """
    tree = trafilatura.load_html(html)
    if tree is None:
        return ""
    unwrap_layout_tables(tree)
    summary = try_readability(tree)
    for element in summary.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(" ".join(line.split()) for line in summary.text_content().splitlines())


def link_texts(tree: HtmlElement) -> tuple[frozenset[str], float]:
    """The page's link texts (whitespace-normalized) and its link density: the share of the
    visible text of the body that is link text (characters, whitespace not counted)."""
    texts = set()
    linked = 0
    for anchor in tree.iter("a"):
        text = " ".join(anchor.text_content().split())
        if text:
            texts.add(text)
            linked += len(text) - text.count(" ")
    body = tree.find("body")
    if body is None:
        return frozenset(texts), 0.0
    visible = _non_space_chars(body.text_content())
    visible -= sum(_non_space_chars(node.text_content()) for node in body.iter(*_INVISIBLE))
    return frozenset(texts), min(linked / visible, 1.0) if visible > 0 else 0.0


def _non_space_chars(text: str) -> int:
    return len(text) - sum(text.count(space) for space in " \n\t\r")


def unwrap_layout_tables(tree: HtmlElement) -> None:
    """Turn layout tables into nested <div>s, innermost first (see the module docstring)."""
    for table in reversed(tree.xpath("//table")):
        cells = table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
        if any(_is_layout_cell(cell) for cell in cells):
            for part in [table, *table.xpath("./* | ./*/tr | ./*/tr/* | ./tr/*")]:
                if part.tag in _TABLE_PARTS:
                    part.tag = "div"


def _is_layout_cell(cell: HtmlElement) -> bool:
    if cell.xpath(_LAYOUT_MARKERS):
        return True
    if len(cell.xpath(".//p")) >= 2:
        return True
    return len(cell.text_content()) >= _LAYOUT_CELL_CHARS


def _str_or_none(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None

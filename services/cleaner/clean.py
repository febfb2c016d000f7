"""The cleaner: one fetched body -> a CleanedDocument, or a Skip/Permanent with the reason.

Pure: no database, no Celery, no network; the worker task and `aidledger clean` call `clean`.

    bytes --sniff magic--> decode (decode.py) --kind (sniff.py)--> HTML: two trafilatura runs
          merged (htmltext.py, merge.py, blocks.py) | text: plaintext.py
          --> normalize_text (normalize.py) --> article verdict (verdict.py)
          --> garbled-text check (mojibake.py) --> metadata, language, hash

Outcomes:
- A CleanedDocument, with `quality` "low" and the reasons when the text was kept although it is
  doubtful (little prose, a charset guessed with low confidence, text that looks garbled).
- Skip: "empty body", "not HTML: <media type>" (PDF, images, binary data, JSON...),
  "no article text (binary data, not a page)" (random bytes behind an HTML label),
  "no article text (index page?)" (the text is only links or headlines),
  "no article text (login wall?)" (the text is only a paywall notice),
  "no article text (empty page)".
- Permanent: "body too large: ..." (over `max_body_bytes`), "extraction timed out: ..." (trafilatura
  ran past `timeout_s`, see deadline.py for how the bound is enforced).
"""

from dataclasses import replace
from datetime import datetime

from services.cleaner.dates import published_at
from services.cleaner.deadline import DeadlineExceeded, run_with_deadline
from services.cleaner.decode import decode_body
from services.cleaner.htmltext import extract_html
from services.cleaner.language import detect_language
from services.cleaner.merge import DOUBTFUL_MERGES
from services.cleaner.mojibake import garbled_reason
from services.cleaner.normalize import normalize_text, strip_controls
from services.cleaner.plaintext import clean_plaintext
from services.cleaner.sniff import body_kind
from services.cleaner.verdict import judge_text
from shared.errors import Permanent, Skip
from shared.magic import binary_media_type
from shared.models import CleanedDocument, text_sha256

# Bump when a change can alter the text of an already cleaned page (reprocess --stage clean).
CLEANER_VERSION = "2026.11.2"
MAX_BODY_BYTES = 10 * 1024 * 1024
DEFAULT_TIMEOUT_S = 30.0  # AIDLEDGER_CLEAN_TIMEOUT_S's default: workers and the CLI pass it

_EMPTY_BYTES = b" \t\r\n\x00\x0b\x0c"


def clean(
    body: bytes,
    *,
    content_type: str | None = None,
    url: str | None = None,
    fallback_date: datetime | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
) -> CleanedDocument:
    """Clean one fetched body (HTML or plain text) into text and metadata.

    `content_type` is the HTTP Content-Type value (its charset is a hint, not trusted blindly);
    `url` the page URL (canonical URL fallback, relative links); `fallback_date` the feed's date,
    used when the page has none. Raises Skip or Permanent as listed in the module docstring.
    """
    if not body.strip(_EMPTY_BYTES):
        raise Skip("empty body")
    if len(body) > max_body_bytes:
        raise Permanent(
            f"body too large: {len(body)} bytes > {max_body_bytes}", code="body_too_large"
        )
    magic = binary_media_type(body)
    if magic is not None:
        raise Skip(f"not HTML: {magic}")
    decoded = decode_body(body, content_type=content_type)
    if body_kind(decoded.text, content_type) == "text":
        document = _from_plaintext(decoded.text, url=url, fallback_date=fallback_date)
    else:
        document = _from_html(
            decoded.text, url=url, fallback_date=fallback_date, timeout_s=timeout_s
        )
    return _with_quality(document, decoded.warning, garbled_reason(document.text))


def _from_plaintext(
    raw: str, *, url: str | None, fallback_date: datetime | None
) -> CleanedDocument:
    # The replay corpus is one article per file: no prose check, only an empty text is skipped.
    text, title = clean_plaintext(raw)
    if not text:
        raise Skip("empty body")
    return CleanedDocument(
        text=text,
        text_sha256=text_sha256(text),
        title=title,
        published_at=published_at(None, None, fallback_date),
        language=detect_language(text),
        canonical_url=url,
    )


def _from_html(
    html: str, *, url: str | None, fallback_date: datetime | None, timeout_s: float
) -> CleanedDocument:
    html = strip_controls(html)
    try:
        extracted = run_with_deadline(lambda: extract_html(html, url=url), timeout_s)
    except DeadlineExceeded as exc:
        raise Permanent(f"extraction timed out: {exc}", code="extraction_timeout") from None
    text = normalize_text(extracted.text)
    verdict = judge_text(text, link_texts=extracted.link_texts, link_density=extracted.link_density)
    if verdict.skip is not None:
        raise Skip(verdict.skip)
    reasons = tuple(r for r in (DOUBTFUL_MERGES.get(extracted.merge), verdict.low_quality) if r)
    return CleanedDocument(
        quality="low" if reasons else "ok",
        quality_reasons=reasons,
        text=text,
        text_sha256=text_sha256(text),
        title=_one_line(extracted.title),
        author=_one_line(extracted.author),
        published_at=published_at(extracted.date, html, fallback_date),
        language=detect_language(text),
        site_name=_one_line(extracted.sitename),
        canonical_url=extracted.url or url,
    )


def _with_quality(document: CleanedDocument, *reasons: str | None) -> CleanedDocument:
    """The document with `reasons` (the None ones left out) added to its quality flag."""
    found = tuple(reason for reason in reasons if reason)
    if not found:
        return document
    return replace(document, quality="low", quality_reasons=document.quality_reasons + found)


def _one_line(value: str | None) -> str | None:
    """Metadata fields: normalized like the text, on one line."""
    if value is None:
        return None
    return " ".join(normalize_text(value).split()) or None

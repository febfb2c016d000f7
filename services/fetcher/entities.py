"""HTML named entities in a feed, made into XML a strict parser reads.

Feeds often carry ``&nbsp;``, ``&mdash;`` or ``&eacute;``: defined in HTML (or in a DTD we strip,
see `services.fetcher.feeds`), undefined in XML. expat stops at the first one and feedparser falls
back to its loose parser, which reads them but then reports that first complaint only, so a feed
that is also truncated further on would look merely "entity-ish". Replacing each known name by
its numeric character reference (``&#8212;``) and escaping unknown names (``&amp;bogus;``, which
reads as the text "&bogus;", as browsers show it) lets expat parse the document strictly, and any
real damage is what feedparser reports.

Only references outside CDATA sections and comments are touched: there they are text already.
"""

from __future__ import annotations

import html.entities
import re

_XML_PREDEFINED = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
# A CDATA section or a comment (unterminated ones run to the end), else a named reference.
_SECTION_OR_NAMED_REF = re.compile(
    rb"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|&([A-Za-z][A-Za-z0-9]{0,40});", re.DOTALL
)


def html_entities_to_references(data: bytes) -> bytes:
    """`data` (an ASCII-compatible encoding) with every non-XML named reference rewritten."""
    if b"&" not in data:
        return data
    return _SECTION_OR_NAMED_REF.sub(_rewrite, data)


def _rewrite(match: re.Match[bytes]) -> bytes:
    name = match.group(1)
    if name is None or name in _XML_PREDEFINED:
        return match.group(0)  # a CDATA section, a comment, or &amp; and friends
    text = html.entities.html5.get(name.decode("ascii") + ";")
    if text is None:
        return b"&amp;" + name + b";"
    return b"".join(b"&#%d;" % ord(char) for char in text)

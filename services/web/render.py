"""HTML out: Jinja2 templates with autoescaping (every text from the web is escaped where it is
printed), the links that carry a view's filters, and numbers as people read them."""

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from starlette.responses import HTMLResponse

from shared.formatting import decimal_text

_templates = jinja2.Environment(
    loader=jinja2.PackageLoader("services.web", "templates"),
    autoescape=True,  # every template, whatever its name
    undefined=jinja2.StrictUndefined,  # a misspelt name is an error, not an empty cell
    trim_blocks=True,
    lstrip_blocks=True,
)


def link(path: str, params: Mapping[str, Any] | None = None, **more: Any) -> str:
    """`path` with the query that names a view: values that are None, False or empty are left
    out, so equal views have equal URLs."""
    merged = {**(params or {}), **more}
    query = {
        k: ("1" if v is True else v.isoformat() if isinstance(v, datetime.date) else str(v))
        for k, v in merged.items()
        if v is not None and v is not False and v != ""
    }
    return f"{path}?{urlencode(query)}" if query else path


def grouped(value: Decimal) -> str:
    """An exact number with thousands separators: 50,000,000,000 or 1,234.5."""
    whole, _, fraction = decimal_text(value).partition(".")
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "")


def eur(value: Decimal | None) -> str:
    """An exact amount in EUR: €50,000,000,000."""
    return "–" if value is None else f"€{grouped(value)}"


def amount(value: Decimal, unit: str) -> str:
    """An amount as reported: 485,000,000,000 USD, or 2 % for a share."""
    return f"{grouped(value)} %" if unit == "percent" else f"{grouped(value)} {unit}"


def eur_short(value: Decimal | float) -> str:
    """An axis label: €50 bn, €750 m."""
    number = float(value)
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(number) >= size:
            return f"€{number / size:g} {suffix}"
    return f"€{number:g}"


def day(value: datetime.datetime | datetime.date | None) -> str:
    if value is None:
        return "undated"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    return value.isoformat()


def host(source: str) -> str:
    """Where a mention comes from: a URL's host, or a replayed file's name."""
    parts = urlsplit(source)
    return parts.hostname or source if parts.scheme in ("http", "https") else source


def web_url(value: str | None) -> str | None:
    """The URL itself when it is http(s), else None (a file name, or a javascript: trick)."""
    if value and urlsplit(value.strip()).scheme.lower() in ("http", "https"):
        return value.strip()
    return None


_templates.globals.update(link=link)
_templates.filters.update(
    amount=amount,
    eur=eur,
    eur_short=eur_short,
    day=day,
    host=host,
    web_url=web_url,
    exact=decimal_text,
)


def render(
    name: str,
    context: Mapping[str, Any],
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    return HTMLResponse(_templates.get_template(name).render(context), status, headers=headers)

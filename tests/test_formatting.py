"""Values out to programs: exact decimals in JSON and CSV, never floats in scientific notation."""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from shared.formatting import decimal_text, dumps, text_value


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("434121016827.78"), "434121016827.78"),  # the issue's: not 4.34121e+11
        (Decimal("5E+10"), "50000000000"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("12345678901234567890.123456789"), "12345678901234567890.123456789"),
        (Decimal("-2.50"), "-2.50"),
        (Decimal("0"), "0"),
    ],
)
def test_decimals_are_written_exactly(value: Decimal, text: str) -> None:
    assert decimal_text(value) == text
    assert text_value(value) == text
    line = dumps({"value_eur": value})
    assert line == f'{{"value_eur": {text}}}'
    # A JSON reader that keeps decimals gets the very number back.
    assert json.loads(line, parse_float=Decimal, parse_int=Decimal)["value_eur"] == value


def test_floats_in_cells_have_no_exponent() -> None:
    assert text_value(1e-7) == "0.0000001"
    assert text_value(1e22) == "10000000000000000000000"


def test_dumps_nests_and_indents() -> None:
    row = {
        "id": "c255ae39e999",
        "when": datetime(2025, 3, 1, 12, tzinfo=UTC),
        "day": date(2025, 3, 1),
        "attribution": {"donor": "sentence"},
        "values": [Decimal("1.5"), None, True],
        "empty": {},
        "title": "Ukraine – €50bn",
    }
    compact = dumps(row)
    assert "\n" not in compact
    assert json.loads(compact) == {
        "id": "c255ae39e999",
        "when": "2025-03-01T12:00:00+00:00",
        "day": "2025-03-01",
        "attribution": {"donor": "sentence"},
        "values": [1.5, None, True],
        "empty": {},
        "title": "Ukraine – €50bn",
    }
    indented = dumps(row, indent=2)
    assert json.loads(indented) == json.loads(compact)
    assert indented.splitlines()[1] == '  "id": "c255ae39e999",'


def test_non_finite_decimal_is_null() -> None:
    assert dumps({"v": Decimal("NaN")}) == '{"v": null}'

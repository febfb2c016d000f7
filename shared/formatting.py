"""Values out to programs and people, the same in every front end (CLI, web, exports).

Money stays exact: a Decimal is written as the decimal it is, never through a float and never in
scientific notation (434121016827.78, not 4.34121e+11; 50000000000, not 5E+10; 0.0000001, not
1e-07), in JSON as a number and in CSV and tables as text.
"""

import json
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def record(row: Any) -> dict[str, Any]:
    """A row as a dict: a store dataclass, or a dict already. Shallow: its values are the row's
    own (`dataclasses.asdict` deep-copies each one, which cost most of a 10,000-row export)."""
    if is_dataclass(row) and not isinstance(row, type):
        return {f.name: getattr(row, f.name) for f in fields(row)}
    return dict(row)


def decimal_text(value: Decimal) -> str:
    """The exact digits in positional notation: integral values without a point."""
    if value == value.to_integral_value():
        return str(int(value))
    return f"{value:f}"


def json_value(value: Any) -> Any:
    """JSON-friendly scalars for `json.dumps` callers: integral Decimals as ints, dates as ISO.

    A non-integral Decimal becomes a float here, which `json.dumps` may print in scientific
    notation or round: anything with money in it goes through `dumps`, which writes it exactly.
    """
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _encode(value: Any, indent: int | None, level: int) -> str:
    """JSON text of `value`, with Decimals written as exact numbers (the json module cannot)."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            return "null"
        return decimal_text(value)
    if is_dataclass(value) and not isinstance(value, type):
        value = record(value)
    if isinstance(value, dict | list | tuple):
        items = (
            [
                f"{json.dumps(str(k), ensure_ascii=False)}: {_encode(v, indent, level + 1)}"
                for k, v in value.items()
            ]
            if isinstance(value, dict)
            else [_encode(v, indent, level + 1) for v in value]
        )
        opening, closing = ("{", "}") if isinstance(value, dict) else ("[", "]")
        if not items:
            return opening + closing
        if indent is None:
            return opening + ", ".join(items) + closing
        inner = "\n" + " " * (indent * (level + 1))
        outer = "\n" + " " * (indent * level)
        return opening + inner + ("," + inner).join(items) + outer + closing
    return json.dumps(json_value(value), ensure_ascii=False)


def dumps(row: Any, *, indent: int | None = None) -> str:
    """A row (store dataclass or dict) as one JSON object: on one line, or indented for people."""
    return _encode(record(row), indent, 0)


def text_value(value: Any) -> str:
    """A value as CSV or a table cell shows it: exact numbers, ISO dates, empty for None."""
    if isinstance(value, Decimal):
        return decimal_text(value)
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return decimal_text(Decimal(repr(value)))
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)

"""Values out to programs and people, the same in every front end (CLI, web, exports).

Money stays exact: an integral Decimal is printed as an int (50000000000, not 5E+10) and any other
in full (434121016827.78, never rounded to 6 significant digits).
"""

import json
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def record(row: Any) -> dict[str, Any]:
    """A row as a dict: a store dataclass, or a dict already."""
    if is_dataclass(row) and not isinstance(row, type):
        return asdict(row)
    return dict(row)


def json_value(value: Any) -> Any:
    """JSON-friendly scalars: integral Decimals as ints, other Decimals exact, dates as ISO."""
    if isinstance(value, Decimal):
        # A float prints its shortest round-trip form: 434121016827.78 stays 434121016827.78.
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dumps(row: Any) -> str:
    """One JSON object on one line."""
    return json.dumps({k: json_value(v) for k, v in record(row).items()}, ensure_ascii=False)


def text_value(value: Any) -> str:
    """A value as CSV or a table cell shows it: exact numbers, ISO dates, empty for None."""
    if isinstance(value, Decimal):
        return f"{value:f}" if value != value.to_integral_value() else str(int(value))
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)

"""The totals chart's layout: stacked segments per year, in proportion, on a round axis."""

from decimal import Decimal
from typing import Any

import pytest

from services.web.chart import HEIGHT, MARGIN_BOTTOM, MARGIN_TOP, nice_step, stacked_bars


@pytest.mark.parametrize(
    ("top", "step"), [(50e9, 10e9), (70e9, 20e9), (3.2e6, 1e6), (1, 0.2), (999, 200)]
)
def test_axis_steps_are_round(top: float, step: float) -> None:
    assert nice_step(top) == pytest.approx(step)


def test_segments_stack_in_proportion_and_link_to_their_claims() -> None:
    rows: list[dict[str, Any]] = [
        {"donor": "Germany", "year": 2024, "value_eur": Decimal(30)},
        {"donor": "Poland", "year": 2024, "value_eur": Decimal(20)},
        {"donor": None, "year": 2025, "value_eur": Decimal(10)},
        {"donor": "Poland", "year": None, "value_eur": None},  # no amount: no segment
    ]
    chart = stacked_bars(rows, lambda donor, year: f"/claims?donor={donor}&year={year}")
    germany, poland, unnamed = chart.segments
    plot = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    assert (germany.year, poland.year, unnamed.year) == (2024, 2024, 2025)
    assert germany.height == pytest.approx(plot * 30 / 50)  # the axis tops at 50
    assert poland.y + poland.height == pytest.approx(germany.y)  # stacked on Germany
    assert germany.y + germany.height == pytest.approx(chart.baseline)
    assert unnamed.href == "/claims?donor=None&year=2025"
    assert [c.total for c in chart.columns] == [Decimal(50), Decimal(10), Decimal(0)]
    assert [d for _, d in chart.donors] == ["Germany", "Poland", None]
    assert chart.ticks[-1].value == Decimal(50)


def test_no_rows_is_an_empty_chart() -> None:
    chart = stacked_bars([], lambda donor, year: "")
    assert chart.empty
    assert chart.columns == []

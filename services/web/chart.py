"""The totals chart, laid out on the server: stacked bars of value_eur by year (one bar) and donor
(one segment), drawn as SVG by the template. No script, so it shows without JavaScript; the
table below it holds the same numbers (the chart's text alternative)."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

WIDTH = 760
HEIGHT = 360
MARGIN_LEFT = 80  # room for the axis labels
MARGIN_BOTTOM = 32
MARGIN_TOP = 12
PALETTE_SIZE = 10  # series-0 ... series-9 in ledger.css; more donors reuse the colours


@dataclass(frozen=True, slots=True)
class Segment:
    donor: str | None
    year: int | None
    value_eur: Decimal
    x: float
    y: float
    width: float
    height: float
    series: int  # the donor's colour
    href: str  # the claims behind it


@dataclass(frozen=True, slots=True)
class Tick:
    y: float
    value: Decimal


@dataclass(frozen=True, slots=True)
class Column:
    year: int | None
    x: float  # the bar's centre
    total: Decimal


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    left: int
    baseline: float
    segments: list[Segment]
    ticks: list[Tick]
    columns: list[Column]
    donors: list[tuple[int, str | None]]  # (series, donor) for the legend

    @property
    def empty(self) -> bool:
        return not self.segments


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) that reaches `top` in about `ticks`."""
    raw = top / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def stacked_bars(
    rows: Sequence[dict[str, Any]], href: Callable[[str | None, int | None], str]
) -> Chart:
    """Rows of totals by donor and year (value_eur per row) as stacked bars, one per year."""
    donors = sorted({r["donor"] for r in rows}, key=lambda d: (d is None, d or ""))
    years = sorted({r["year"] for r in rows}, key=lambda y: (y is None, y or 0))
    series = {donor: i % PALETTE_SIZE for i, donor in enumerate(donors)}
    values: dict[tuple[str | None, int | None], Decimal] = {
        (r["donor"], r["year"]): r["value_eur"] for r in rows if r["value_eur"]
    }
    sums = {y: sum((v for (_, year), v in values.items() if year == y), Decimal(0)) for y in years}
    top = float(max(sums.values(), default=Decimal(0)))
    step = nice_step(top) if top > 0 else 1.0
    axis_top = step * math.ceil(top / step) if top > 0 else 1.0
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    baseline = float(HEIGHT - MARGIN_BOTTOM)
    band = (WIDTH - MARGIN_LEFT) / max(len(years), 1)
    bar = min(band * 0.6, 90.0)

    def scale(value: float) -> float:
        return value / axis_top * plot_height

    segments: list[Segment] = []
    columns: list[Column] = []
    for i, year in enumerate(years):
        x = MARGIN_LEFT + band * i + (band - bar) / 2
        stacked = 0.0
        for donor in donors:
            value = values.get((donor, year))
            if value is None:
                continue
            height = scale(float(value))
            stacked += height
            segments.append(
                Segment(
                    donor=donor,
                    year=year,
                    value_eur=value,
                    x=round(x, 2),
                    y=round(baseline - stacked, 2),
                    width=round(bar, 2),
                    height=round(max(height, 0.5), 2),  # a tiny amount stays visible
                    series=series[donor],
                    href=href(donor, year),
                )
            )
        columns.append(Column(year=year, x=round(x + bar / 2, 2), total=sums[year]))
    count = round(axis_top / step)
    ticks = [
        Tick(y=round(baseline - scale(step * k), 2), value=Decimal(repr(step * k)))
        for k in range(count + 1)
    ]
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        left=MARGIN_LEFT,
        baseline=baseline,
        segments=segments,
        ticks=ticks,
        columns=columns,
        donors=[(series[d], d) for d in donors],
    )

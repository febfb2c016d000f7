"""Year rules of the 2026.12 year pass (issue 10): a share named as a fiscal or monetary rule's
limit ("the bloc's 3% ceiling", "la limite européenne de 3 %") is of no year, whatever year the
deficit measured against it is told for. Each rule is checked on sentences written for these
tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor import years
from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("text", "limit", "deficit", "year"),
    [
        (
            "The finance ministry expects the budget deficit to widen to 4.2% of GDP this year, "
            "well above the EU's 3% ceiling.",
            "3%",
            "4.2%",
            2026,
        ),
        (
            "Das Defizit dürfte im kommenden Jahr auf 3,8 Prozent steigen und läge damit über "
            "der EU-Grenze von 3 Prozent.",
            "3 Prozent",
            "3,8 Prozent",
            2027,
        ),
        (
            "Le déficit public devrait atteindre 4,6 % du PIB l'an prochain, loin de la limite "
            "européenne de 3 %.",
            "3 %",
            "4,6 %",
            2027,
        ),
        (
            "Le déficit de l'État resterait à 1,2 % du PIB cette année, bien en deçà du seuil "
            "de 3 %.",
            "3 %",
            "1,2 %",
            2026,
        ),
    ],
)
def test_a_fiscal_limit_is_of_no_year(text: str, limit: str, deficit: str, year: int) -> None:
    figures = by_surface(text)
    assert figures[limit].year is None
    assert figures[deficit].year == year  # the deficit keeps the year it is told for


def test_a_central_bank_target_is_of_no_year() -> None:
    text = "Inflation rose to 3.4% in February, above the central bank's 2% target."
    figures = by_surface(text)
    assert figures["2%"].year is None
    assert figures["3.4%"].year == 2026


def test_a_threshold_told_as_reached_is_no_standing_limit() -> None:
    text = "Elle représentera 2,3 % du PIB, après le seuil de 2 % atteint l'an dernier."
    start = text.index("2 % atteint")
    assert not years.standing_limit(text, (start, start + 3))


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Inflation, which had peaked at 9% at the end of last year, eased to 4.1% in February.",
            "4.1%",
            2026,
        ),
        (
            "L'inflation, qui avait dépassé 7 % l'an dernier, est retombée à 3,2 % en février.",
            "3,2 %",
            2026,
        ),
        (
            "Consumer prices rose 2.9% in January from a year earlier, the statistics office said.",
            "2.9%",
            2026,
        ),
    ],
)
def test_a_month_after_the_figure_dates_it(text: str, surface: str, year: int) -> None:
    assert by_surface(text)[surface].year == year


def test_a_month_after_the_publication_month_is_last_year() -> None:
    text = "The central bank, which cut rates twice last year, held its key rate at 4.5% in May."
    start = text.index("4.5%")
    assert years.month_after_year(text, start + 4, PUBLISHED) == 2025


def test_a_month_beside_a_written_year_is_left_to_that_year() -> None:
    text = "Inflation fell to 2.1% in May, after 3.4% in 2025."
    start = text.index("2.1%")
    assert years.month_after_year(text, start + 4, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Le ministre a rappelé cette année que ces intérêts restent soumis à l'impôt des "
            "sociétés, au taux de 25 %.",
            "25 %",
        ),
        (
            "The government also kept a 35% tariff on all remaining imports from Russia this year.",
            "35%",
        ),
        (
            "Die Exporteure leiden in diesem Jahr unter den US-Zöllen von 39 Prozent auf "
            "Schweizer Waren.",
            "39 Prozent",
        ),
    ],
)
def test_a_standing_tax_rate_is_of_no_year(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year is None


def test_a_rate_told_as_changed_keeps_its_year() -> None:
    text = "The government will raise value-added tax to 24% from 22% next year."
    start = text.index("24%")
    assert not years.standing_rate(text, (start, start + 3), 0)
    assert by_surface(text)["24%"].year == 2027


_TRACKER = "Donors have given Ukraine more than €300 billion since 2022, the tracker says. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _TRACKER + "Nordic governments disbursed €2.4 billion in the first two months.",
            "€2.4 billion",
        ),
        (
            _TRACKER + "Between January and February, European donors allocated €5.1 billion in "
            "new military aid.",
            "€5.1 billion",
        ),
        (
            "Seit 2022 summiert sich die Hilfe auf 40 Milliarden Euro. Im Halbjahr finanzierten "
            "die Verbündeten Lieferungen für rund 2,6 Milliarden Euro.",
            "2,6 Milliarden Euro",
        ),
    ],
)
def test_a_stretch_of_months_dates_its_sum(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year == 2026


def test_a_later_part_of_the_year_not_reached_is_not_this_years() -> None:
    text = "Allies financed weapons worth about €3.1 billion in the second half of the year."
    start = text.index("€3.1 billion")
    span = (start, start + len("€3.1 billion"))
    assert years.period_in_year(text, span, (0, len(text)), PUBLISHED) is None


def test_a_total_since_a_start_is_not_the_periods() -> None:
    text = (
        "Between January and February, donors allocated €5.1 billion, bringing their total "
        "since the start of the war to €310 billion."
    )
    start = text.index("€310 billion")
    span = (start, start + len("€310 billion"))
    assert years.period_in_year(text, span, (0, len(text)), PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "surface", "published", "year"),
    [
        (
            "The draft budget the government sent to parliament on Tuesday allocates 41 billion "
            "lei to defence.",
            "41 billion lei",
            datetime.date(2026, 9, 15),
            2027,
        ),
        (
            "Insgesamt sieht der Haushaltsentwurf Ausgaben von 502,4 Milliarden Euro vor.",
            "502,4 Milliarden Euro",
            datetime.date(2026, 7, 2),
            2027,
        ),
        (
            "The draft budget the government sent to parliament on Tuesday allocates 41 billion "
            "lei to defence.",
            "41 billion lei",
            datetime.date(2026, 3, 15),  # a spring draft may be this year's: left to the story
            None,
        ),
    ],
)
def test_a_draft_budget_of_the_second_half_is_next_years(
    text: str, surface: str, published: datetime.date, year: int | None
) -> None:
    start = text.index(surface)
    span = (start, start + len(surface))
    assert years.draft_budget_year(text, span, (0, len(text)), published) == year


def test_a_draft_budget_figure_keeps_the_year_its_sentence_gives() -> None:
    text = "The draft budget keeps defence spending at 2.1% of GDP this year."
    start = text.index("2.1%")
    assert years.draft_budget_year(text, (start, start + 4), (0, len(text)), PUBLISHED) is None


def test_a_gift_announced_after_a_paragraph_on_a_past_year_is_news() -> None:
    text = (
        "In 2024, Norway gave Ukraine weapons worth 12 billion crowns. "
        "Oslo will also put 2.5 billion crowns into the Czech-led ammunition initiative."
    )
    assert by_surface(text)["2.5 billion crowns"].year == 2026


def test_a_gift_to_be_given_after_a_paragraph_on_a_coming_year_is_no_announcement() -> None:
    text = "In 2027 the ministry plans its largest budget. It will provide €40 million for drones."
    start = text.index("€40 million")
    span = (start, start + len("€40 million"))
    assert not years.announced_now(text, 0, len(text), span, ahead=True)
    assert years.announced_now(
        "Berlin announced a package worth €40 million.", 0, 45, (33, 44), ahead=True
    )


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        ("Its defence budget for this year is EUR 4.1 billion, up from EUR 3.8 billion.",
         "EUR 3.8 billion", 2025),
        ("Its defence budget for this year is EUR 4.1 billion, up from EUR 3.8 billion in 2023.",
         "EUR 3.8 billion", 2023),
    ],
)  # fmt: skip
def test_a_base_with_no_time_of_its_own_is_the_year_befores(
    text: str, surface: str, year: int
) -> None:
    assert by_surface(text)[surface].year == year


def test_a_polls_base_is_left_alone() -> None:
    between = " in favour of aid, down from "
    text = "Support for aid stood at 48%" + between + "55%."
    assert not years.last_years_base(text, between, len(text) - 1, "percent")


def test_frozen_assets_told_as_a_stock_are_of_no_year() -> None:
    assert years.frozen_stock(
        "The immobilised assets are worth roughly €230bn, most of them held at a clearing house."
    )
    assert not years.frozen_stock(
        "The windfall profits on immobilised assets reached about €3.4 billion last year."
    )

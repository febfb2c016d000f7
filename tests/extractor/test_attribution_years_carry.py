"""Which year a story's time carries to a figure: a fund told by its size is a standing
instrument, of no year the story has reached, while money paid out of a fund or into one, and a
fund endowed for a year its sentence names, keep their year. Sentences written for these tests,
never copied from an evaluation article."""

import datetime

import pytest

from tests.support.figures import by_surface

PUBLISHED = datetime.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "In 2026 Norway raised its defence budget by a fifth. The increase comes on top of "
            "a NOK 30 billion special fund created after the invasion.",
            "NOK 30 billion",
        ),
        (
            "The government said on Tuesday it would buy 5,000 drones for Ukraine from a "
            "£210 million fund.",
            "£210 million",
        ),
        (
            "Die Regierung will den Wehretat in diesem Jahr auf 62 Milliarden Euro erhöhen. "
            "Hinzu kommt das Sondervermögen Marine von 40 Milliarden Euro, das bis 2030 "
            "verplant ist.",
            "40 Milliarden Euro",
        ),
        (
            "Cette année, Paris consacre 3 milliards d'euros à l'aide militaire. La France a "
            "aussi créé un fonds spécial de 150 millions d'euros pour les achats de Kiev.",
            "150 millions d'euros",
        ),
        (
            "Der Bund erhöht den Etat 2026 deutlich. Das Sondervermögen, das mit 60 Milliarden "
            "Euro ausgestattet ist, wird schneller ausgegeben als geplant.",
            "60 Milliarden Euro",
        ),
    ],
)
def test_a_fund_told_by_its_size_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year is None


def test_money_paid_into_a_fund_keeps_its_year() -> None:
    text = (
        "In 2026 Belgium stepped up its support. It gave 25 million euros to the Ukraine "
        "Energy Support Fund, the ministry said."
    )
    assert by_surface(text, published=PUBLISHED)["25 million euros"].year == 2026


def test_a_fund_endowed_for_a_year_named_is_that_years() -> None:
    text = "Der Katastrophenfonds ist heuer mit 90 Millionen Euro dotiert."
    assert by_surface(text, published=PUBLISHED)["90 Millionen Euro"].year == 2026


def test_a_sum_that_will_fund_an_item_keeps_its_year() -> None:
    text = (
        "Sweden is sending more this year: SEK 900 million will fund training for Ukrainian "
        "pilots, the ministry said."
    )
    assert by_surface(text, published=PUBLISHED)["SEK 900 million"].year == 2026


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The minister said the plan would mean a defence budget of €2.4 billion in 2024 "
            "prices by 2030.",
            "€2.4 billion",
        ),
        (
            "The strategy requires annual spending of €2.4 billion, in 2024 prices, by 2030.",
            "€2.4 billion",
        ),
        (
            "Le plan suppose un budget de 70 milliards d'euros, aux prix de 2024, d'ici à 2030.",
            "70 milliards d'euros",
        ),
        (
            "Der Plan sieht 2030 einen Wehretat von 90 Milliarden Euro zu Preisen von 2024 vor.",
            "90 Milliarden Euro",
        ),
    ],
)
def test_a_price_base_year_is_no_time(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year == 2030


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Brussels disbursed €2.6 billion in November, including a tranche from the Ukraine "
            "Facility, its €50 billion programme for 2024-2027.",
            "€2.6 billion",
        ),
        (
            "The Ukraine Facility, worth €50 billion for 2024-2027, paid out €2.6 billion in "
            "November.",
            "€2.6 billion",
        ),
        (
            "Die EU zahlte im Oktober 2,1 Milliarden Euro aus, eine Tranche aus der "
            "Ukraine-Fazilität, die mit 50 Milliarden Euro für 2024 bis 2027 ausgestattet ist.",
            "2,1 Milliarden Euro",
        ),
        (
            "L'UE a versé 2,1 milliards d'euros en octobre, au titre de la Facilité pour "
            "l'Ukraine, dotée de 50 milliards d'euros pour 2024-2027.",
            "2,1 milliards d'euros",
        ),
    ],
)
def test_an_instruments_life_beside_a_payout_leaves_the_payout_dated(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=datetime.date(2025, 12, 10))[surface].year == 2025


def test_a_sums_own_stretch_of_years_still_undates_it() -> None:
    text = "The Facility provides €50 billion for 2024-2027, the Commission said on Tuesday."
    assert by_surface(text, published=datetime.date(2025, 12, 10))["€50 billion"].year is None

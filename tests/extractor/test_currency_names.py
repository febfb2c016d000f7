"""Extractor 2026.11.18: currencies named the way French, German and English news name them.

French puts "de" between the scale word and every currency ("200,1 milliards de zlotys"), and an
Icelandic or Czech crown is named by its country in every language; before, such sums were not
read at all, or read as Danish crowns.
"""

from decimal import Decimal

import pytest

from services.extractor.figures import extract_figures


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        (
            "La Pologne consacrera 200,1 milliards de zlotys à sa défense en 2026.",
            "200,1 milliards de zlotys",
            "200100000000",
            "PLN",
        ),
        (
            "Iceland will give 1.5 billion Icelandic crowns to Ukraine in 2025.",
            "1.5 billion Icelandic crowns",
            "1500000000",
            "ISK",
        ),
        (
            "Island gibt der Ukraine 2 Milliarden isländische Kronen.",
            "2 Milliarden isländische Kronen",
            "2000000000",
            "ISK",
        ),
        (
            "L'Islande donnera 3 milliards de couronnes islandaises à l'Ukraine.",
            "3 milliards de couronnes islandaises",
            "3000000000",
            "ISK",
        ),
        (
            "Prague a débloqué 2 milliards de couronnes tchèques pour l'Ukraine.",
            "2 milliards de couronnes tchèques",
            "2000000000",
            "CZK",
        ),
        (
            "Bulgaria sent 58.7 million levs to Ukraine in 2025.",
            "58.7 million levs",
            "58700000",
            "BGN",
        ),
        (
            "Le Japon a promis 500 milliards de yens à l'Ukraine.",
            "500 milliards de yens",
            "500000000000",
            "JPY",
        ),
        (
            "La Hongrie a dépensé 10 milliards de forints pour sa défense.",
            "10 milliards de forints",
            "10000000000",
            "HUF",
        ),
    ],
)
def test_a_currency_named_by_its_country_or_after_de_is_read(
    text: str, surface: str, value: str, unit: str
) -> None:
    (figure,) = extract_figures(text)
    assert text[figure.start : figure.end] == surface
    assert (figure.value, figure.unit) == (Decimal(value), unit)
    assert figure.value_eur is not None
    assert figure.value_eur > 0


def test_a_word_that_starts_like_a_currency_is_no_currency() -> None:
    assert extract_figures("Noise reached 2 million levels and 3 billion yenta.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # French names a dollar by an adjective after it, as it does the Canadian one.
        (
            "Ottawa rappelle que Washington a fourni 60 milliards de dollars américains.",
            "60 milliards de dollars américains",
            "60000000000",
            "USD",
        ),
        (
            "Canberra a promis 100 millions de dollars australiens à l'Ukraine.",
            "100 millions de dollars australiens",
            "100000000",
            "AUD",
        ),
        (
            "Wellington verse 16 millions de dollars néo-zélandais à l'Ukraine.",
            "16 millions de dollars néo-zélandais",
            "16000000",
            "NZD",
        ),
        (
            "Australien sagt der Ukraine 50 Millionen australische Dollar zu.",
            "50 Millionen australische Dollar",
            "50000000",
            "AUD",
        ),
        # Icelandic crowns by their own plural, and the Korean won after a scale word.
        (
            "Iceland pledged 1.5 billion krónur for Ukraine's defence.",
            "1.5 billion krónur",
            "1500000000",
            "ISK",
        ),
        (
            "South Korea's defence budget rose to 61.2 trillion won this year.",
            "61.2 trillion won",
            "61200000000000",
            "KRW",
        ),
        (
            "La Corée du Sud a promis 3 000 milliards de wons à l'Ukraine, selon le "
            "gouvernement de Séoul.",
            "3 000 milliards de wons",
            "3000000000000",
            "KRW",
        ),
        # The Canadian Press joins the scale to the sum with a hyphen.
        (
            "Ottawa will lend Ukraine a further US$50-billion through the G7.",
            "US$50-billion",
            "50000000000",
            "USD",
        ),
    ],
)
def test_a_dollar_named_by_its_adjective_and_other_currency_words(
    text: str, surface: str, value: str, unit: str
) -> None:
    (figure,) = (f for f in extract_figures(text) if f.unit != "percent")
    assert text[figure.start : figure.end] == surface
    assert (figure.value, figure.unit) == (Decimal(value), unit)


def test_won_as_a_verb_after_a_year_is_no_sum() -> None:
    text = (
        "The coalition that in 2022 won the election won 2 million votes; of its candidates, "
        "fifteen won their seats outright."
    )
    assert [f for f in extract_figures(text) if f.unit == "KRW"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Jeder Euro, den Deutschland ausgibt, zählt: ein Euro für die Ukraine ist gut angelegt.",
        "Pas un franc de plus pour l'armée, a dit le parti.",
        "Not one dollar of the package has been spent yet.",
    ],
)
def test_one_unit_of_a_currency_in_words_is_an_idiom_not_a_sum(text: str) -> None:
    assert extract_figures(text) == []


def test_one_percent_in_words_is_still_a_figure() -> None:
    (figure,) = extract_figures("Ukraine's economy grew by one per cent in 2025.")
    assert (figure.value, figure.unit) == (Decimal(1), "percent")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Each crown sum takes the country named nearest to it in its sentence.
        (
            "New pledges: Norway 1.5 billion kroner ($140 million), Denmark 2 billion kroner.",
            ["NOK", "USD", "DKK"],
        ),
        (
            "Denmark gave $90 million, while Norway added 1.5 billion crowns.",
            ["USD", "NOK"],
        ),
    ],
)
def test_crowns_in_a_list_take_the_nearest_country(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract_figures(text)] == units


@pytest.mark.parametrize(
    ("title", "text", "unit"),
    [
        # A release about one dollar country that names another in passing, and writes US$ for
        # a conversion: its bare "$" is its own dollar.
        (
            "New Zealand extends support for Ukraine at NATO Summit",
            "Prime Minister Christopher Luxon today announced a further $16 million (US$9.8 "
            "million) package for Ukraine, taking New Zealand's total to more than $130 million. "
            "Mr Luxon made the announcement in Washington, alongside the leaders of Australia "
            "and Japan.",
            "NZD",
        ),
        # A story whose lead names its country once, and whose body keeps naming it.
        (
            "MPs press minister on Ukraine support",
            "Opposition MPs pressed the Minister of Defence on the cost of New Zealand's support "
            "for Ukraine during the committee's scrutiny of the estimates. "
            + "The committee heard evidence from officials for most of the afternoon. "
            * 8
            + "She pointed to the $16 million package announced in February. New Zealand has "
            "deployed trainers to the United Kingdom. New Zealand's defence spending will rise, "
            "she said.",
            "NZD",
        ),
    ],
)
def test_a_bare_dollar_is_the_dollar_the_story_keeps_naming(
    title: str, text: str, unit: str
) -> None:
    units = {f.unit for f in extract_figures(text, title=title) if f.unit != "percent"}
    assert units in ({unit}, {unit, "USD"})
    assert extract_figures(text, title=title)[0].unit == unit

"""Figures that are no one member's: a limit of the EU's fiscal rules in a story on one member, the
euro area's inflation told after its figure. Sentences written for these tests, never copied
from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Italy spends 1.6% of GDP on defence. Rome wants to use the national escape clause, "
            "which lets governments spend up to 1.5% of GDP more on the military.",
            "1.5%",
        ),
        (
            "Portugal spends 1.5% of GDP on defence. The EU's fiscal rules let a member state go "
            "beyond its net expenditure path by up to 1.5% of GDP for defence.",
            "1.5%",
        ),
        (
            "L'Espagne consacre 1,3 % de son PIB à la défense. Madrid envisage la clause "
            "dérogatoire nationale, qui permet jusqu'à 1,5 % du PIB de dépenses supplémentaires.",
            "1,5 %",
        ),
        (
            "Die Slowakei gibt 2 Prozent des BIP für Verteidigung aus. Bratislava will die "
            "Ausweichklausel nutzen, die bis zu 1,5 Prozent des BIP an Mehrausgaben erlaubt.",
            "1,5 Prozent",
        ),
    ],
)
def test_a_limit_of_the_eu_fiscal_rules_is_no_members(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Finland gave Ukraine EUR 200 million in March. Budgets are tight, with inflation "
            "at 2.3% last month across the euro area.",
            "2.3%",
        ),
        (
            "La Belgique a promis 1 milliard d'euros à l'Ukraine. La marge reste faible, avec "
            "une inflation de 2,2 % en mars dans la zone euro.",
            "2,2 %",
        ),
        (
            "Österreich gibt der Ukraine 30 Millionen Euro. Die Teuerung lag zuletzt bei "
            "2,5 Prozent im Euroraum.",
            "2,5 Prozent",
        ),
    ],
)
def test_the_euro_areas_figure_told_after_it_is_no_ones(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


def test_a_country_compared_with_the_euro_area_keeps_its_figure() -> None:
    text = (
        "Die Slowakei hat ihren Wehretat erhöht. Die Inflation liegt mit 4,1 Prozent deutlich "
        "höher als im Euroraum."
    )
    assert by_surface(text)["4,1 Prozent"].donor == "Slovakia"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Britain sent more long-range missiles to Kyiv this month. Each Brimstone missile "
            "costs about £200,000, analysts say.",
            "£200,000",
        ),
        (
            "Die Niederlande kaufen 20 Transporthubschrauber, deren Stückpreis bei rund "
            "30 Millionen Euro liegt.",
            "30 Millionen Euro",
        ),
        (
            "La France a livré de nouveaux canons à l'Ukraine. Le coût unitaire d'un drone "
            "produit en France est d'environ 2 000 euros.",
            "2 000 euros",
        ),
    ],
)
def test_a_unit_price_is_no_ones(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


def test_a_reconstruction_bill_with_a_cost_word_stays_ukraines() -> None:
    text = (
        "A UN assessment published on Tuesday put the cost of Ukraine's recovery at $480 billion "
        "over ten years."
    )
    assert by_surface(text)["$480 billion"].donor == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "European donors, including the EU institutions, have allocated €98 billion in aid "
            "to Ukraine since 2022.",
            "€98 billion",
        ),
        (
            "Europe, counting the EU's institutions, gave 70% of all new aid in the spring.",
            "70%",
        ),
        (
            "Die europäischen Geber einschließlich der EU-Institutionen haben der Ukraine "
            "seit 2022 rund 110 Milliarden Euro an Hilfe zugesagt.",
            "110 Milliarden Euro",
        ),
    ],
)
def test_the_eu_counted_inside_europe_leaves_europe_the_giver(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "European countries"


def test_the_eu_alone_stays_the_giver() -> None:
    text = "The EU institutions have allocated €40 billion in aid to Ukraine since 2022."
    assert by_surface(text)["€40 billion"].donor == "EU"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Estonia will give Ukraine EUR 100 million next year. In the autumn Eurobarometer, "
            "64% of EU citizens said they backed more aid to Kyiv.",
            "64%",
        ),
        (
            "Poland spends 4.7% of GDP on defence. In a survey across nine countries, 58% of "
            "respondents backed higher military budgets.",
            "58%",
        ),
        (
            "L'Espagne a promis 1 milliard d'euros à l'Ukraine. Selon un sondage dans six pays, "
            "55 % des Européens soutiennent l'aide militaire.",
            "55 %",
        ),
        (
            "Deutschland gibt der Ukraine 9 Milliarden Euro. Laut dem jüngsten Eurobarometer "
            "befürworten 62 Prozent der EU-Bürger die Hilfe.",
            "62 Prozent",
        ),
    ],
)
def test_a_poll_of_several_countries_is_no_ones(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


def test_a_poll_of_one_country_stays_that_countrys() -> None:
    text = (
        "Austria will give Ukraine EUR 20 million for demining. Austria has long stressed its "
        "neutrality. A poll by Gallup found 48% of Austrians back the aid."
    )
    assert by_surface(text)["48%"].donor == "Austria"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Norway gave Ukraine NOK 5 billion. Shares in the Norwegian missile maker Kongsberg "
            "rose 3.1% in Oslo.",
            "3.1%",
        ),
        (
            "Sweden gave Ukraine SEK 2 billion. Saab reported an order backlog of SEK 190 billion "
            "at the end of the quarter.",
            "SEK 190 billion",
        ),
        (
            "Die Bundesregierung gibt der Ukraine 2 Milliarden Euro. Der Auftragsbestand von "
            "Hensoldt liegt bei 7 Milliarden Euro.",
            "7 Milliarden Euro",
        ),
    ],
)
def test_a_companys_shares_or_backlog_are_no_countrys(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "In Kyiv, President Zelensky thanked Norway for its support, adding that his country "
            "would need about $40 billion next year to keep its army in the field.",
            "$40 billion",
        ),
        (
            "Der ukrainische Präsident dankte Deutschland und sagte, sein Land brauche rund "
            "30 Milliarden Dollar für den Wiederaufbau des Stromnetzes.",
            "30 Milliarden Dollar",
        ),
        (
            "Le Premier ministre ukrainien a remercié la Suède, tout en rappelant que son pays "
            "aurait besoin de 25 milliards de dollars pour son budget.",
            "25 milliards de dollars",
        ),
        (
            "Ukrainian officials have told their partners they need about $2 billion a month to "
            "keep the state running.",
            "$2 billion",
        ),
    ],
)
def test_a_need_ukraine_states_to_a_giver_is_ukraines(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Germany gave Ukraine EUR 2 billion in May. Military allocations in the third quarter "
            "came to EUR 4.2 billion, down 35% on the quarter before.",
            "EUR 4.2 billion",
        ),
        (
            "Germany gave Ukraine EUR 2 billion in May. Military allocations in the third quarter "
            "came to EUR 4.2 billion, down 35% on the quarter before.",
            "35%",
        ),
        (
            "Deutschland gab der Ukraine 2 Milliarden Euro. Die humanitären Zusagen beliefen "
            "sich im Herbst auf 0,8 Milliarden Euro.",
            "0,8 Milliarden Euro",
        ),
        (
            "La France a promis 1 milliard d'euros. Les allocations humanitaires ont atteint "
            "0,5 milliard d'euros au troisième trimestre.",
            "0,5 milliard d'euros",
        ),
    ],
)
def test_a_trackers_allocations_of_one_kind_are_all_donors(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "donor countries"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "L'Espagne contribue au prêt européen de 90 milliards d'euros pour l'Ukraine.",
            "90 milliards d'euros",
        ),
        ("Italy backs the €90 billion EU loan to Ukraine for the next two years.", "€90 billion"),
        (
            "Österreich beteiligt sich am EU-Kredit über 90 Milliarden Euro für die Ukraine.",
            "90 Milliarden Euro",
        ),
    ],
)
def test_the_unions_loan_a_member_joins_is_the_eus(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU"


def test_the_member_goes_on_after_the_unions_loan() -> None:
    text = (
        "L'Espagne contribue au prêt européen de 90 milliards d'euros pour l'Ukraine. Sa part "
        "représente environ 9 % du total."
    )
    assert by_surface(text)["9 %"].donor == "Spain"

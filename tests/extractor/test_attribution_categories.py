"""Category rules of the category pass: a defence share dated to the publication's year is the
level spending has, even when promised or called the target (README, settled cases: "will reach
2% this year" is defense_spending). Each rule is checked on sentences written for these tests,
never copied from an evaluation article."""

import pytest

from tests.support.figures import in_order


@pytest.mark.parametrize(
    "text",
    [
        "Portugal has promised to reach 2% of GDP on defence this year, up from 1.6% before.",
        "Le Portugal a promis d'atteindre 2 % du PIB en dépenses militaires dès cette année.",
        "Portugal will reach 2% of GDP on defence this fiscal year, meeting NATO's target.",
        "This year, after a decade of cuts, Portugal has promised to reach 2% of GDP on defence.",
        "Le premier ministre a promis de porter les dépenses de défense à 2 % du produit "
        "intérieur brut dès cette année.",
    ],
)
def test_a_promised_level_for_this_year_is_spending(text: str) -> None:
    figure = in_order(text)[0]
    assert (figure.surface[0], figure.category, figure.year) == ("2", "defense_spending", 2026)


@pytest.mark.parametrize(
    "text",
    [
        "Portugal has promised to reach 2% of GDP on defence by 2029.",
        "Portugal agreed this year to reach 3% of GDP on defence by 2030.",
    ],
)
def test_a_promised_level_for_a_later_year_stays_a_goal(text: str) -> None:
    assert in_order(text)[0].category == "pledge_target"


@pytest.mark.parametrize(
    "text",
    [
        "Croatia now plans to reach 3% of GDP on defence by 2030. Slovakia, at 1.4% in 2024, "
        "has promised the same.",
        "La Croatie veut porter ses dépenses militaires à 3 % du PIB d'ici 2030. La Slovaquie, "
        "avec 1,4 % en 2024, a promis la même chose.",
    ],
)
def test_where_a_country_stood_in_a_past_year_is_spending(text: str) -> None:
    figure = in_order(text)[-1]
    assert (figure.surface[0], figure.category, figure.year) == ("1", "defense_spending", 2024)


@pytest.mark.parametrize(
    "text",
    [
        "Greek defence spending, at about 3.1% of GDP, stays well above NATO's goal of 2%.",
        "Für die Verteidigung meldet die Regierung eine Quote von 2,2 Prozent des BIP, knapp über "
        "dem Ziel von 2 Prozent.",
        "Les dépenses militaires grecques, à environ 3,1 % du PIB, restent au-dessus de "
        "l'objectif de 2 %.",
    ],
)
def test_a_level_above_a_target_is_spending(text: str) -> None:
    level, target = in_order(text)
    assert (level.category, target.category) == ("defense_spending", "pledge_target")


@pytest.mark.parametrize(
    "text",
    [
        "Ireland's new package includes:\n\n- €4 million in humanitarian relief through the Red "
        "Cross;\n\n- €3 million to extend the Defence Forces' training deployment in Poland.",
        "Irland gibt 4 Millionen Euro für humanitäre Hilfe und 3 Millionen Euro für die "
        "Ausbildung ukrainischer Soldaten in Polen.",
        "L'Irlande verse 4 millions d'euros d'aide humanitaire. Elle finance aussi, pour 3 "
        "millions d'euros, la formation de soldats ukrainiens en Pologne.",
    ],
)
def test_training_ukrainian_soldiers_is_military_aid(text: str) -> None:
    relief, training = in_order(text)
    assert (relief.category, training.category) == ("humanitarian_aid", "military_aid")


@pytest.mark.parametrize(
    "text",
    [
        "Die EU stellt der Ukraine über die Ukraine-Fazilität bis 2027 rund 50 Milliarden Euro "
        "bereit.",
        "L'Union européenne a doté la Facilité pour l'Ukraine de 50 milliards d'euros pour "
        "2024-2027.",
        "The EU approved a 50 billion euro support facility for Ukraine for 2024-2027.",
    ],
)
def test_the_ukraine_facility_is_financial_aid_in_every_language(text: str) -> None:
    assert in_order(text)[0].category == "financial_aid"


@pytest.mark.parametrize(
    "text",
    [
        "Member states agreed a Ukraine Assistance Fund of EUR 5 billion within the facility.",
        "Die Mitgliedstaaten einigten sich auf einen Ukraine-Unterstützungsfonds von 5 Milliarden "
        "Euro.",
    ],
)
def test_the_peace_facility_fund_for_ukraine_is_military_aid(text: str) -> None:
    assert in_order(text)[0].category == "military_aid"


@pytest.mark.parametrize(
    "text",
    [
        "For 2026, the Government has allocated SEK 900 million for civil support and "
        "reconstruction in Ukraine.",
        "Das Ministerium hat rund 800 Millionen Euro für zivile Hilfe und Wiederaufbau in der "
        "Ukraine bereitgestellt.",
        "La Suisse a prévu 2 milliards de francs pour l'aide civile et la reconstruction en "
        "Ukraine.",
        "Der Bundesrat hat für die Unterstützung der Ukraine beim Wiederaufbau 2 Milliarden "
        "Franken vorgesehen.",
    ],
)
def test_civil_aid_confined_to_rebuilding_is_humanitarian(text: str) -> None:
    assert in_order(text)[0].category == "humanitarian_aid"


@pytest.mark.parametrize(
    "text",
    [
        "La Suède a promis 3 milliards de couronnes pour la défense aérienne de l'Ukraine.",
        "Selon le ministère, 500 millions d'euros seront consacrés à la défense aérienne "
        "ukrainienne.",
    ],
)
def test_air_defence_for_ukraine_is_not_a_defence_budget(text: str) -> None:
    assert in_order(text)[0].category == "military_aid"

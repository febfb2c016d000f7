"""Who gives: world totals, channels, venues, blockers, aggregates and capitals as the donor pass
of extractor 2026.11.10 reads them. Each rule is checked on sentences written for these tests,
never copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 6, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Spain raised its defence budget to EUR 33 billion, while worldwide military spending "
        "climbed to a new high of $2.8 trillion.",
        "Nach Angaben des Instituts stiegen die Militärausgaben in Polen deutlich. Weltweit "
        "gaben die Staaten 2,8 Billionen Dollar für ihre Streitkräfte aus.",
    ],
)
def test_a_world_total_of_military_spending_has_no_donor(text: str) -> None:
    figures = extract_figures(text, published=PUBLISHED)
    world = figures[-1]
    assert (world.category, world.donor) == ("defense_spending", None)


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Portugal will also pay EUR 20 million into the NATO Comprehensive Assistance "
            "Package Trust Fund for winter equipment and EUR 15 million to a demining fund for "
            "Ukraine.",
            "Portugal",
        ),
        (
            "Die Niederlande beteiligen sich mit 250 Millionen Euro an der NATO-Initiative PURL, "
            "die Waffen für die Ukraine kauft.",
            "Netherlands",
        ),
    ],
)
def test_a_nato_fund_or_initiative_is_a_channel_not_the_giver(text: str, donor: str) -> None:
    figures = extract_figures(text, published=PUBLISHED)
    assert [f.donor for f in figures] == [donor] * len(figures)


@pytest.mark.parametrize(
    "text",
    [
        "Les alliés discutent d'un nouvel objectif en vue du sommet de La Haye : 3,5 % du PIB "
        "pour la défense.",
        "The allies will debate a new goal before the summit of The Hague: 3.5% of GDP for core "
        "defence.",
        "Les alliés se sont engagés au sommet de Vilnius à consacrer 2 % du PIB à la défense.",
    ],
)
def test_a_summit_named_by_its_city_is_no_giver(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert (figure.category, figure.donor) == ("pledge_target", "NATO allies")


@pytest.mark.parametrize(
    "text",
    [
        "The EU's EUR 4 billion tranche of military aid for Ukraine is still blocked by Slovakia.",
        "Bratislava bloque toujours 4 milliards d'euros d'aide militaire de l'UE à l'Ukraine.",
    ],
)
def test_who_blocks_the_money_does_not_give_it(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.donor == "EU"


@pytest.mark.parametrize(
    "text",
    [
        "D'après la Commission, l'UE et ses États membres ont versé 12 milliards d'euros d'aide "
        "humanitaire à l'Ukraine depuis 2022.",
        "Since 2022 the EU, its member states and their development banks have provided EUR 12 "
        "billion in humanitarian aid to Ukraine.",
    ],
)
def test_the_union_and_its_own_members_give_together(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.donor == "EU and EU member states"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Les pays de la coalition « drones », menée par l'Estonie, ont réuni 1,8 milliard "
            "d'euros pour l'Ukraine.",
            "drone coalition",
        ),
        (
            "Norway's defence minister said Contact Group members had delivered $9 billion in "
            "air defence to Ukraine since January.",
            "Ramstein group",
        ),
    ],
)
def test_a_coalition_named_by_its_purpose_or_forum_gives(text: str, donor: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.donor == donor


def test_a_paragraph_turned_to_another_country_spends_for_it() -> None:
    text = (
        "Germany pledged EUR 500 million in air defence for Ukraine on Monday.\n\n"
        "Ukraine's own finances remain fragile. Defence spending takes 26% of its GDP this year."
    )
    pledge, budget = extract_figures(text, published=PUBLISHED)
    assert pledge.donor == "Germany"
    assert (budget.category, budget.donor) == ("defense_spending", "Ukraine")


def test_a_giver_named_with_from_in_a_later_clause_is_another_figures() -> None:
    text = (
        "The Nordic countries delivered EUR 9 billion in military aid to Ukraine last year, "
        "the report says, while shipments from Washington dried up."
    )
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.donor == "Nordic countries"


def test_the_alliance_gives_and_spends_through_its_members() -> None:
    text = (
        "Across NATO, the levy would raise some EUR 90 billion a year in military aid for Ukraine."
    )
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.donor == "NATO allies"


@pytest.mark.parametrize(
    "text",
    [
        "Italy spends 1.5% of GDP on defence, well short of the 2% that the allies agreed in "
        "Wales.",
        "Le Portugal reste loin des 3,5 % que les Alliés se sont engagés à atteindre d'ici 2035.",
        "Spain's outlays remain well below the NATO guideline of 2%.",
    ],
)
def test_a_share_the_allies_set_themselves_is_their_target(text: str) -> None:
    target = extract_figures(text, published=PUBLISHED)[-1]
    assert (target.category, target.donor) == ("pledge_target", "NATO allies")


@pytest.mark.parametrize(
    ("text", "donors"),
    [
        (
            "Latvia has provided 1.1% of its 2022 GDP to Ukraine, Finland 0.9%.",
            ["Latvia", "Finland"],
        ),
        ("The Czech budget puts defence at 2.1% of projected GDP.", ["Czech Republic"]),
    ],
)
def test_a_share_of_gdp_of_a_given_year_or_forecast_is_still_a_share_of_gdp(
    text: str, donors: list[str | None]
) -> None:
    figures = extract_figures(text, published=PUBLISHED)
    assert all(f.category != "other" for f in figures)
    assert [f.donor for f in figures] == donors


def test_ukraine_named_as_the_one_aid_goes_to_does_not_spend_the_budget() -> None:
    text = (
        "The committee backed a $95 billion defense budget on Tuesday after a fight over how much "
        "should be sent to Ukraine."
    )
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.category == "defense_spending"
    assert figure.donor != "Ukraine"


def test_a_country_included_in_an_aside_is_not_the_spender() -> None:
    text = "Defence outlays in Asia, China included, climbed to $650 billion last year."
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.donor != "China"


@pytest.mark.parametrize(
    "text",
    [
        "The G7 set up a $50 billion loan for Ukraine, and Brussels is providing EUR 20 billion "
        "of it.",
        "L'UE a versé sa contribution au prêt du G7 à l'Ukraine, soit 20 milliards d'euros.",
    ],
)
def test_the_union_s_contribution_to_a_g7_loan_is_the_union_s(text: str) -> None:
    share = extract_figures(text, published=PUBLISHED)[-1]
    assert share.donor == "EU"


def test_a_part_of_a_giver_s_total_is_that_giver_s() -> None:
    text = (
        "Over the war, donors have committed EUR 250 billion to Ukraine. Of the German total, "
        "EUR 28 billion is military aid."
    )
    part = extract_figures(text, published=PUBLISHED)[-1]
    assert part.donor == "Germany"


def test_donors_and_the_union_s_institutions_are_the_donors() -> None:
    text = (
        "In April, donor countries and EU institutions pledged EUR 6 billion in new aid to Ukraine."
    )
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.donor == "donor countries"


def test_what_ukraine_needs_is_not_aid_even_next_to_weapons() -> None:
    text = (
        "Ukraine's finance ministry puts its budget gap for next year at $38 billion, not counting "
        "weapons delivered by allies."
    )
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert (figure.category, figure.donor) == ("other", "Ukraine")


@pytest.mark.parametrize(
    ("text", "donors"),
    [
        (
            "Moskau will im kommenden Jahr 13 Billionen Rubel für Verteidigung ausgeben, das sind "
            "6 Prozent der Wirtschaftsleistung.",
            ["Russia", "Russia"],
        ),
        ("Selon Washington, la Russie consacre 7 % de son PIB à la défense.", ["Russia"]),
        (
            "Selon Londres, l'Italie consacrera 1,6 % de son PIB à la défense, sous l'objectif de "
            "2 % fixé par l'Alliance.",
            ["Italy", "NATO allies"],
        ),
    ],
)
def test_capitals_in_french_and_german_and_a_source_named_before(
    text: str, donors: list[str]
) -> None:
    assert [f.donor for f in extract_figures(text, published=PUBLISHED)] == donors

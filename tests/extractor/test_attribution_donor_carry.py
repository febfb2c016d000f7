"""Donor rules of the donor-carry pass (issue 10): the giver named by one of its bodies, and the
figures a country tells of itself. Each rule is checked on sentences written for these tests,
never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The European Parliament approved a further EUR 1.5 billion in macro-financial "
            "assistance for Ukraine on Tuesday.",
            "EUR 1.5 billion",
        ),
        (
            "Le Conseil européen a validé jeudi une aide financière de 3 milliards d'euros à "
            "l'Ukraine.",
            "3 milliards d'euros",
        ),
        (
            "Der Europäische Rat billigte am Donnerstag weitere 2 Milliarden Euro Finanzhilfe für "
            "die Ukraine.",
            "2 Milliarden Euro",
        ),
        (
            "The bloc has disbursed EUR 4.2 billion in budget support to Ukraine so far this year.",
            "EUR 4.2 billion",
        ),
        (
            "L'an dernier, l'Union a versé 1,9 milliard d'euros à l'Ukraine au titre de cette "
            "facilité.",
            "1,9 milliard d'euros",
        ),
    ],
)
def test_the_union_named_by_a_body_or_as_the_bloc_is_the_eu(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU"


@pytest.mark.parametrize(
    "text",
    [
        "In his State of the Union address he asked Congress for $60 billion in aid for Ukraine.",
        "Die Union von Parteichef Friedrich Merz liegt in Umfragen bei 31 Prozent.",
    ],
)
def test_other_unions_are_not_the_eu(text: str) -> None:
    assert all(f.donor != "EU" for f in by_surface(text).values())


def test_the_eu_counted_inside_a_european_total_is_no_giver_of_its_own() -> None:
    text = (
        "Selon le dernier relevé, l'Europe, institutions de l'Union comprises, a engagé 140 "
        "milliards d'euros d'aide à l'Ukraine."
    )
    assert by_surface(text)["140 milliards d'euros"].donor != "EU"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Over the summer, Nordic donors allocated EUR 2.4 billion in military aid to Ukraine. "
            "That is 35% below the monthly average of the first half of the year.",
            "35%",
            "Nordic countries",
        ),
        (
            "Slovakia pledged EUR 20 million in military aid to Ukraine on Monday. The government "
            "has also budgeted EUR 45 million in development assistance for neighbouring Moldova "
            "next year.",
            "EUR 45 million",
            "Slovakia",
        ),
    ],
)
def test_a_figure_read_as_no_kind_of_money_goes_on_the_givers_story(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Slovakia pledged EUR 20 million in military aid to Ukraine on Monday. Worldwide, the "
            "figure was up 9.4% on the previous year.",
            "9.4%",
        ),
        (
            "Slovakia pledged EUR 20 million in military aid to Ukraine on Monday. A single drone "
            "costs about EUR 2,000.",
            "EUR 2,000",
        ),
        (
            "La Belgique a promis 20 millions d'euros d'aide militaire à l'Ukraine lundi. Le "
            "rendement des dépôts est passé d'environ 4 % à 2 %.",
            "4 %",
        ),
    ],
)
def test_prices_the_worlds_figures_and_yields_stay_no_ones(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Le gouvernement néerlandais consacrera 2 milliards d'euros à l'aide militaire à "
            "l'Ukraine l'an prochain.",
            "2 milliards d'euros",
            "Netherlands",
        ),
        (
            "Le Premier ministre belge a annoncé une aide militaire de 500 millions d'euros à "
            "l'Ukraine.",
            "500 millions d'euros",
            "Belgium",
        ),
        (
            "Polish officials said the new package for Ukraine was worth 300 million euros.",
            "300 million euros",
            "Poland",
        ),
        (
            "Das dänische Verteidigungsministerium stellt weitere 200 Millionen Euro für die "
            "Ukraine bereit.",
            "200 Millionen Euro",
            "Denmark",
        ),
    ],
)
def test_a_country_named_by_its_government_minister_or_officials_gives(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_french_or_german_overall_sum_is_no_world_total() -> None:
    text = (
        "La Belgique augmente son budget de défense. La loi de programmation prévoit une "
        "enveloppe globale de 40 milliards d'euros sur sept ans."
    )
    assert by_surface(text)["40 milliards d'euros"].donor == "Belgium"


def test_global_military_expenditure_is_still_no_ones() -> None:
    text = "Global military expenditure rose to $2.7 trillion last year."
    assert by_surface(text)["$2.7 trillion"].donor is None


def test_an_economic_figure_listed_after_a_dated_one_shares_its_year() -> None:
    figures = by_surface(
        "In 2025 the Hungarian government approved a larger defence budget. The economy grew by "
        "0.5% in 2024, and inflation averaged 3.7%."
    )
    assert figures["3.7%"].year == 2024


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ukraine's defence industry could produce weapons worth $30 billion next year, but "
            "only a third of that capacity is funded, the minister said after meeting his "
            "American counterpart.",
            "$30 billion",
        ),
        (
            "Die Ukraine könne jährlich Drohnen im Wert von rund 20 Milliarden Dollar herstellen, "
            "sagte der Minister.",
            "20 Milliarden Dollar",
        ),
        (
            "L'industrie ukrainienne pourrait produire pour 25 milliards de dollars d'armement "
            "cette année, mais seuls 30 % de cette capacité sont financés.",
            "30 %",
        ),
    ],
)
def test_what_ukraines_industry_can_produce_is_ukraines_own_figure(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.recipient) == ("other", "Ukraine", None)


def test_a_sum_given_for_ukraines_production_stays_aid() -> None:
    figure = by_surface(
        "Denmark will fund Ukrainian production of howitzers with DKK 2 billion, the government "
        "said."
    )["DKK 2 billion"]
    assert (figure.category, figure.donor) == ("military_aid", "Denmark")


_PASSING = (
    "Germany will send Ukraine new air defence systems worth EUR 500 million, Germany said on "
    "Monday.\n\nThe Netherlands sent EUR 200 million in military aid last week.\n\n"
)


def test_a_giver_named_once_in_passing_does_not_carry_past_its_paragraph() -> None:
    text = _PASSING + "A further EUR 40 million will go to training Ukrainian crews."
    assert by_surface(text)["EUR 40 million"].donor == "Germany"


def test_a_coalition_named_once_carries_on_as_the_countries_that_joined_it() -> None:
    text = (
        "France hosted the meeting in Paris, and France pledged new funds.\n\nThe coalition of "
        "the willing met again on Thursday.\n\nThe 26 countries announced EUR 3 billion in "
        "military aid for this year."
    )
    assert by_surface(text)["EUR 3 billion"].donor == "coalition of the willing"


def test_a_giver_named_twice_in_one_earlier_paragraph_is_still_passing() -> None:
    text = (
        "Germany will send Ukraine new air defence systems worth EUR 500 million, Germany said "
        "on Monday, and Germany will train the crews.\n\nThe Netherlands sent EUR 200 million in "
        "military aid last week; the Netherlands also pledged F-16 parts.\n\nA further EUR 40 "
        "million will go to training Ukrainian crews."
    )
    assert by_surface(text)["EUR 40 million"].donor == "Germany"


def test_the_alliances_targets_go_on_in_a_story_on_one_member() -> None:
    text = (
        "Spain spent 1.3% of GDP on defence last year, Spain said, and Spain will add EUR 10 "
        "billion.\n\nNATO allies agreed to a new goal at the summit.\n\nUnder the commitment, "
        "3.5% of GDP is to go on core defence."
    )
    assert by_surface(text)["3.5%"].donor == "NATO allies"


def test_a_giver_named_three_times_in_one_earlier_paragraph_is_still_passing() -> None:
    text = (
        "Germany will send Ukraine air defence systems worth EUR 500 million, Germany said on "
        "Monday. Germany will train the crews, and Germany will pay for the missiles.\n\nThe "
        "Netherlands sent EUR 200 million last week; the Netherlands also pledged F-16 parts, "
        "and the Netherlands will host a repair hub.\n\nA further EUR 40 million will go to "
        "training Ukrainian crews."
    )
    assert by_surface(text)["EUR 40 million"].donor == "Germany"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Turkey raised its defence budget to TRY 1.2 trillion this year. Consumer prices rose "
            "by 40% in the year to May.",
            "40%",
            "Turkey",
        ),
        (
            "La France porte son budget des armées à 50 milliards d'euros. Les prix à la "
            "consommation ont augmenté de 2,1 % sur un an.",
            "2,1 %",
            "France",
        ),
    ],
)
def test_consumer_prices_are_the_economys_inflation(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


def test_the_price_of_one_item_still_describes_no_country() -> None:
    text = (
        "Estonia raised its defence budget to EUR 1.5 billion. The price of a shell has risen by "
        "60% since 2022."
    )
    assert by_surface(text)["60%"].donor is None


def test_what_hosting_refugees_costs_is_the_hosts() -> None:
    text = (
        "Ireland will give Ukraine EUR 100 million in non-lethal aid this year.\n\nThe State spent "
        "roughly EUR 1.2 billion last year on accommodation for people who fled the war."
    )
    figure = by_surface(text)["EUR 1.2 billion"]
    assert (figure.category, figure.donor) == ("other", "Ireland")


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Portugal sent EUR 100 million in aid to Ukraine this year.\n\nIts imports grew to "
            "EUR 120 billion last year.",
            "EUR 120 billion",
            "Portugal",
        ),
        (
            "La Belgique a promis 100 millions d'euros à l'Ukraine.\n\nLes importations ont "
            "atteint 400 milliards d'euros l'an dernier.",
            "400 milliards d'euros",
            "Belgium",
        ),
    ],
)
def test_what_a_country_imports_is_its_own(text: str, surface: str, donor: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("other", donor)

"""Attribution rules of extractor 2026.11.14 (issue 10, tenth pass): averages compared with,
sources that are no givers, pronouns and relative clauses that name the giver, goals and
aspirations. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2026, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Nordic military aid rose in 2025. Between January and December, Nordic donors sent "
        "€7 billion, up 12% on the annual average for 2022 to 2024.",
        "Nordic military aid rose in 2025. Between January and December, Nordic donors sent "
        "€7 billion, well above the 2022-2024 average.",
        "Die nordische Militärhilfe stieg 2025. Von Januar bis Dezember gaben die nordischen "
        "Länder 7 Milliarden Euro, mehr als im Durchschnitt der Jahre 2022 bis 2024.",
    ],
)
def test_an_average_compared_with_does_not_undate_the_figure(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].year == 2025


def test_an_averages_own_sum_keeps_its_stretch_of_years() -> None:
    text = "Allocations averaged €4 billion a year over 2022 to 2024, the tracker said."
    assert extract_figures(text, published=PUBLISHED)[0].year is None


def test_the_story_keeps_its_year_after_an_average_compared_with() -> None:
    text = (
        "Denmark's aid in 2025 rose to DKK 20 billion, above its average for 2022 to 2024. "
        "Sweden added SEK 9 billion in the second half of the year."
    )
    figures = extract_figures(text, published=PUBLISHED)
    assert [f.year for f in figures] == [2025, 2025]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        # who estimates a need is its source; the need is the country's
        (
            "Kyiv's external financing needs for 2027 are estimated by the IMF at close to $45 "
            "billion, of which the EU plans to cover half.",
            "Ukraine",
        ),
        # a source named at length before the giver ("selon les ... estimations de l'OTAN")
        (
            "Selon les dernières estimations publiques de l'OTAN, la Grèce a consacré 3 % de son "
            "PIB à la défense.",
            "Greece",
        ),
        # who presses is not who spends
        (
            "Portugal has been under pressure from allies over its defence budget, which reached "
            "1.5% of GDP last year.",
            "Portugal",
        ),
        # a giver estimating its own package is still its giver
        ("The Pentagon estimates the package at $300 million.", "United States"),
    ],
)
def test_a_source_is_no_giver(text: str, donor: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].donor == donor


@pytest.mark.parametrize(
    "text",
    [
        "Die Weltbank schätzt die Kosten für den Wiederaufbau der Ukraine auf 500 Milliarden "
        "Dollar.",
        "The World Bank estimates the cost of rebuilding Ukraine's grid at $12 billion.",
    ],
)
def test_an_institution_estimating_a_sum_does_not_give_it(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].donor not in ("World Bank", "IMF")


def test_a_need_does_not_make_its_country_the_giver_that_follows() -> None:
    text = (
        "The Commission will cover part of it. Ukraine's financing needs for 2027 are put at "
        "$40 billion. The facility provides €5 billion in grants."
    )
    assert extract_figures(text, published=PUBLISHED)[-1].donor == "EU"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Together the Baltic states gave less than the €12 billion in military aid that France "
            "alone has provided since 2022.",
            "France",
        ),
        (
            "Austria's contribution is far below the EUR 9 billion Berlin has spent on Ukraine.",
            "Germany",
        ),
        (
            "La Belgique reste loin des 3 milliards d'euros que la Suède a versés à l'Ukraine "
            "depuis 2022.",
            "Sweden",
        ),
    ],
)
def test_a_relative_clause_after_the_sum_names_its_giver(text: str, donor: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].donor == donor


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre compare souvent l'Autriche à la Suède. Celle-ci a consacré 2,2 % de son PIB "
        "à la défense l'an dernier.",
        "Austria's minister often holds up Sweden as the model. The latter spent 2.2% of GDP on "
        "defence last year.",
    ],
)
def test_a_pronoun_for_the_latter_takes_the_giver_named_last(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].donor == "Sweden"


@pytest.mark.parametrize(
    "text",
    [
        "Twelve members will meet the alliance's target of spending 2% of GDP on defence this "
        "year.",
        "Le Portugal reste loin de la norme de 2 % de l'Alliance.",
        "The minister said the aspiration was to spend 3% of GDP on defence in the long run.",
    ],
)
def test_a_norm_a_goal_of_spending_and_an_aspiration_are_targets(text: str) -> None:
    first = extract_figures(text, published=PUBLISHED)[0]
    assert (first.category, first.year) == ("pledge_target", None)


@pytest.mark.parametrize(
    "text",
    [
        "Les dépenses militaires du Portugal devraient atteindre 1,6 % du PIB en 2028.",
        "The Treasury expects defence to take 2.3% of GDP next year.",
    ],
)
def test_spending_expected_is_no_target(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].category == "defense_spending"


def test_the_level_a_set_change_starts_from_is_spending() -> None:
    text = "The cabinet will lift defence spending from about 1.2% of GDP to 2% by 2030."
    first, second = extract_figures(text, published=PUBLISHED)
    assert (first.category, second.category) == ("defense_spending", "pledge_target")

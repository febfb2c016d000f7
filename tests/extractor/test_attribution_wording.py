"""The wording that qualifies, dates and classes a figure: verbs and adverbs as qualifiers, a
comparison's base year, ranked spenders, targets named with their holder, needs named as nouns
(extractor 2026.11.10, from holdout6's misses). Each rule is checked on sentences written for these
tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 9, 18)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Denmark's deliveries to Kyiv now exceed DKK 40 billion.", "over"),
        ("The budget gap surpassed 4% of GDP in the spring.", "over"),
        ("Les livraisons danoises dépassent 5 milliards d'euros.", "over"),
        ("Die Marine erhält gut 12 Milliarden Euro.", "over"),
        ("Diesel sold near $1.90 a litre on the coast.", "approx"),
        ("Real outlays are closer to $80 billion, analysts say.", "approx"),
        ("La dette approchait 60 % du PIB.", "approx"),
        ("The payment will not exceed EUR 300 million.", "up_to"),
        ("Le déficit ne dépassera pas 3 % du PIB.", "up_to"),
        ("Unemployment edged up to 6.1% in May.", "exact"),
    ],
)
def test_verbs_and_adverbs_before_a_figure_qualify_it(text: str, qualifier: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "Swedish deliveries picked up between April and June 2024. Sweden delivered SEK 9 billion "
        "in weapons in the quarter, 40% more than in the same period of 2023.",
        "Les livraisons suédoises ont bondi entre avril et juin 2024. La Suède a livré des armes "
        "pour 9 milliards de couronnes au trimestre, soit 40 % de plus que sur la même période de "
        "2023.",
    ],
)
def test_the_same_period_of_another_year_is_a_comparison_base(text: str) -> None:
    # and months "between April and June 2024" are one year's, which dates what follows
    assert [f.year for f in extract_figures(text, published=PUBLISHED)] == [2024, 2024]


def test_months_between_in_one_year_date_what_follows() -> None:
    text = (
        "Norway's deliveries slowed between July and September 2024, the ministry said. Norway "
        "sent weapons worth NOK 3 billion to Ukraine in the period."
    )
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.year == 2024


def test_a_city_beginning_with_stock_is_no_share_market() -> None:
    text = (
        "Global military spending climbed for a tenth year in 2024, to $2.7 trillion, a "
        "Stockholm think tank said on Monday."
    )
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("Japan was again the largest spender in Asia at $86 billion.", "Japan"),
        ("Poland became the region's top military spender with $38 billion.", "Poland"),
    ],
)
def test_a_ranked_spender_spends_on_defence(text: str, donor: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert (figure.category, figure.donor, figure.aid_related) == (
        "defense_spending",
        donor,
        True,
    )


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        (
            "Le gouvernement veut atteindre rapidement l'objectif de l'Alliance de 2 % du PIB pour "
            "la défense.",
            ["pledge_target"],
        ),
        (
            "Le gouvernement dépense 1,3 % du PIB pour la défense, contre un objectif actuel de "
            "2 %.",
            ["defense_spending", "pledge_target"],
        ),
    ],
)
def test_a_target_named_with_its_holder_or_an_adjective_is_a_target(
    text: str, shares: list[str]
) -> None:
    figures = extract_figures(text, published=PUBLISHED)
    assert [f.category for f in figures] == shares


@pytest.mark.parametrize(
    "text",
    [
        "Auf dem Gipfel haben sich die Verbündeten darauf geeinigt, bis 2030 jeweils 3 Prozent des "
        "BIP für Verteidigung auszugeben.",
        "Die Verteidigungsminister verständigten sich darauf, bis 2030 jeweils 3 Prozent des BIP "
        "für Verteidigung auszugeben.",
    ],
)
def test_a_share_allies_agreed_on_is_a_target(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert (figure.category, figure.year) == ("pledge_target", 2030)


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian government puts its external financing need for next year at $42 billion.",
        "Kyiv has put its budget shortfall for next year at about $42 billion.",
    ],
)
def test_ukraines_financing_need_named_as_a_noun_is_its_own(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert (figure.category, figure.donor) == ("other", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "Finland gave EUR 300 million in military aid in 2023. Unemployment stood at 8.1% in "
        "August.",
        "Finnland leistete 2023 Militärhilfe von 300 Millionen Euro. Die Arbeitslosenquote lag im "
        "August bei 8,1 Prozent.",
    ],
)
def test_an_economic_aside_is_dated_by_its_month_not_by_the_past_year_told(text: str) -> None:
    aid, aside = extract_figures(text, published=PUBLISHED)
    assert (aid.year, aside.category, aside.year) == (2023, "other", 2025)

"""Donor rules of the donor pass after extractor 2026.11.32 (issue 10): whose a figure is when its
own sentence says it. Each rule is checked on sentences written for these tests, never copied
from an evaluation article."""

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Slovenia reported 1.4% for last year, counting military pensions for the first time.",
            "1.4%",
            "Slovenia",
        ),
        (
            "Österreich werde sich mit 25 Millionen Euro an dem Fonds beteiligen, sagte die "
            "Ministerin.",
            "25 Millionen Euro",
            "Austria",
        ),
        (
            "La Belgique en finance environ 4 % à proportion de son revenu national brut.",
            "4 %",
            "Belgium",
        ),
    ],
)
def test_a_figure_of_no_kind_read_is_the_giver_its_clause_names(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares in Saab rose 2.3% in Stockholm, while Norway's Kongsberg gained 1.2%.", "1.2%"),
        ("A single Patriot interceptor costs about $4 million, officials said.", "$4 million"),
    ],
)
def test_market_moves_and_prices_stay_no_ones(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


# A story about one country, named throughout.
_SWISS_STORY = (
    "Die Schweiz will ihre Armee stärken, teilte der Bundesrat in Bern mit. Die Schweiz hat seit "
    "2022 mehrfach Hilfe für die Ukraine beschlossen. Die Schweiz bleibt dabei neutral.\n\n"
)


def test_a_figure_whose_sentence_names_no_one_describes_the_storys_country() -> None:
    text = (
        _SWISS_STORY + "Ihre Ausgaben steigen im kommenden Jahr um 4 Prozent auf 5,9 Milliarden "
        "Franken. Derzeit liegen sie bei rund 0,8 Prozent."
    )
    figures = by_surface(text)
    assert [figures[s].donor for s in ("4 Prozent", "5,9 Milliarden Franken", "0,8 Prozent")] == [
        "Switzerland"
    ] * 3


def test_prices_and_yields_in_a_countrys_story_describe_no_one() -> None:
    text = (
        _SWISS_STORY + "Die Preise für Heizöl stiegen um 4 Prozent. Die Rendite zehnjähriger "
        "Anleihen lag bei 0,9 Prozent."
    )
    figures = by_surface(text)
    assert figures["4 Prozent"].donor is None
    assert figures["0,9 Prozent"].donor is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Germany will spend €86 billion on defence next year, Berlin said on Wednesday. "
            "Inflation in the euro area slowed to 2.2% in May.",
            "2.2%",
        ),
        (
            "Das Defizit Österreichs soll auf 4,2 Prozent sinken, bleibt damit aber über der "
            "EU-Grenze von 3 Prozent.",
            "3 Prozent",
        ),
        (
            "La Belgique portera ses dépenses de défense à 2 % du PIB. Le déficit public devrait "
            "atteindre 4,9 % du PIB, au-delà de la limite européenne de 3 %.",
            "3 %",
        ),
        (
            "The budget would push Italy's deficit to 3.3% of GDP, above the EU's 3% ceiling.",
            "3%",
        ),
    ],
)
def test_the_euro_areas_figures_and_the_eus_limits_are_no_countrys(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


def test_a_country_ranked_in_the_euro_area_keeps_its_figure() -> None:
    text = "Spain's economy grew 2.6% last year, among the fastest rates in the euro area."
    assert by_surface(text)["2.6%"].donor == "Spain"


def test_an_oil_price_and_an_exchange_rate_describe_no_country() -> None:
    text = (
        "Norway will give Ukraine NOK 5 billion more this year, Oslo said. Brent crude, on which "
        "Norway's revenues depend, traded at about $72 a barrel on Friday."
    )
    assert by_surface(text)["$72"].donor is None
    text = (
        "Kanada erhöht seine Hilfe für die Ukraine. Der Kanadische Dollar notierte bei 0,68 Euro "
        "je Dollar, Kanadas Inflation lag bei 2,4 Prozent."
    )
    figures = by_surface(text)
    assert figures["0,68 Euro"].donor is None
    assert figures["2,4 Prozent"].donor == "Canada"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Ukraine benötige im kommenden Jahr rund 42 Milliarden Dollar an Budgethilfe von "
            "außen, sagte der Minister.",
            "42 Milliarden Dollar",
        ),
        (
            "Kiew beziffere seinen Bedarf an Außenfinanzierung für 2027 auf rund 40 Milliarden "
            "Dollar.",
            "40 Milliarden Dollar",
        ),
        (
            "Ukrainian officials say the armed forces need about $6 billion of additional "
            "interceptors this winter.",
            "$6 billion",
        ),
    ],
)
def test_a_need_ukraine_states_is_ukraines(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("other", "Ukraine")


def test_the_twenty_seven_are_the_eu_and_give_no_member_its_defence_budget() -> None:
    text = (
        "La France a livré des canons Caesar à l'Ukraine, a indiqué Paris. La France reste un "
        "donateur important, et la France veut accélérer. Les Vingt-Sept se sont mis d'accord sur "
        "un fonds d'assistance à l'Ukraine doté de 5 milliards d'euros.\n"
        "La loi de programmation militaire prévoit 413 milliards d'euros de dépenses sur sept ans."
    )
    figures = by_surface(text)
    assert figures["5 milliards d'euros"].donor == "EU"
    assert figures["413 milliards d'euros"].donor == "France"


@pytest.mark.parametrize(
    ("sentence", "donor"),
    [
        (
            "The Saeima on Tuesday approved a defence budget of €2.2 billion for next year.",
            "Latvia",
        ),
        ("The Riigikogu passed a defence budget of €1.8 billion for next year.", "Estonia"),
        ("The Seimas approved €2.7 billion for defence next year.", "Lithuania"),
    ],
)
def test_a_baltic_parliament_stands_for_its_country(sentence: str, donor: str) -> None:
    text = "Germany pledged more air defence last week. " + sentence
    assert extract_figures(text, published=PUBLISHED)[0].donor == donor


def test_a_nationality_before_an_economic_noun_names_the_economy() -> None:
    text = (
        "Growth is weak across the region: Finland's economy shrank by 0.3%, while Latvian "
        "inflation rose to 4.1% in May."
    )
    figures = by_surface(text)
    assert (figures["0.3%"].donor, figures["4.1%"].donor) == ("Finland", "Latvia")

"""Whose a figure is when its own clause or its story says it: the giver its clause names (not a
name in a relative aside, a "by" set against the figure, or Ukraine named as where the money
goes), the owner of a scheme, Ukraine for a need it states; else the country its story or
paragraph is about. Market moves, prices, yields, exchange rates and a company's turnover
describe no one. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import pytest

from tests.support.figures import by_surface


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


def test_the_owner_of_a_scheme_told_before_its_sum_still_gives_it() -> None:
    figures = by_surface("Loans under the G7's $50 billion scheme are repaid from Russian assets.")
    assert figures["$50 billion"].donor == "G7"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Finland spends 2.4% of GDP on defence. Sweden, with which Finland shares a long "
            "border, will spend 2.8% of GDP this year.",
            "2.8%",
            "Sweden",
        ),
        (
            "Le Portugal consacre 1,6 % de son PIB à la défense. L'Espagne, avec laquelle le "
            "Portugal organise des exercices, y consacre 1,3 % cette année.",
            "1,3 %",
            "Spain",
        ),
    ],
)
def test_a_name_in_a_relative_aside_after_a_preposition_is_not_the_subject(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_by_set_against_the_figure_names_no_giver() -> None:
    text = (
        "Hungary spent 2.1% of GDP on its armed forces last year, a rise driven by domestic "
        "politics rather than by Russia, officials said."
    )
    assert by_surface(text)["2.1%"].donor == "Hungary"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Belgium has pledged more aid to Ukraine. The windfall tax brought in €1.2 billion "
            "last year and goes to a fund for Ukraine.",
            "€1.2 billion",
        ),
        (
            "La Belgique a promis de nouveaux F-16 à Kiev. Ces recettes fiscales ont rapporté 1,2 "
            "milliard d'euros l'an dernier et alimentent un fonds dédié à l'Ukraine.",
            "1,2 milliard d'euros",
        ),
    ],
)
def test_ukraine_named_as_where_revenue_goes_is_not_the_economy_it_describes(
    text: str, surface: str
) -> None:
    assert by_surface(text)[surface].donor == "Belgium"


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


def test_a_paragraphs_economy_is_not_the_country_aid_goes_to() -> None:
    text = (
        "Portugal announced €50 million in military aid to Ukraine on Monday.\n\n"
        "The finance minister said the new support for Ukraine would come from existing budgets. "
        '"Annual inflation is still 5% and the deficit is forecast at €9 billion," she said.'
    )
    figures = by_surface(text)
    assert figures["5%"].donor == "Portugal"
    assert figures["€9 billion"].donor == "Portugal"


def test_prices_describe_no_one_but_a_yield_the_storys_state() -> None:
    text = (
        _SWISS_STORY + "Die Preise für Heizöl stiegen um 4 Prozent. Die Rendite zehnjähriger "
        "Anleihen lag bei 0,9 Prozent."
    )
    figures = by_surface(text)
    assert figures["4 Prozent"].donor is None
    # a state's bond yield is that state's (README, settled cases): here the story's country
    assert figures["0,9 Prozent"].donor == "Switzerland"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares in Saab rose 2.3% in Stockholm, while Norway's Kongsberg gained 1.2%.", "1.2%"),
        ("A single Patriot interceptor costs about $4 million, officials said.", "$4 million"),
    ],
)
def test_market_moves_and_prices_stay_no_ones(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor is None


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


def test_a_companys_turnover_describes_no_country() -> None:
    text = (
        "Die Regierung stellt der Ukraine weitere 300 Millionen Euro an Militärhilfe bereit.\n\n"
        "Der Hersteller meldete für das erste Halbjahr einen Umsatz von 2,3 Milliarden Euro."
    )
    assert by_surface(text)["2,3 Milliarden Euro"].donor is None


def test_a_company_named_before_its_shares_is_a_market_move() -> None:
    text = (
        "Sweden pledged SEK 2 billion in military aid to Ukraine on Monday. Swedish defence "
        "stocks reacted calmly. Saab shares gained 1.8% in Stockholm and Hanza 0.9%."
    )
    figures = by_surface(text)
    assert figures["1.8%"].donor is None
    assert figures["0.9%"].donor is None

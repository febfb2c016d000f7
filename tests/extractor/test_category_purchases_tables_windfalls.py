"""Categories: a state's own arms contracts and purchases are its
defence spending whatever kind of aid the story is about; a pronoun for a deficit carries it; a
league table ranks levels, not goals; a defence budget's line for Ukraine is arms aid; windfall
profits allocated to Ukraine and non-military support are all aid. Each rule is checked on short
stories written for these tests, never copied from an evaluation article."""

import datetime

import pytest

from tests.support.figures import by_surface

_PUBLISHED = datetime.date(2025, 11, 12)


def _attributes(text: str, surface: str) -> tuple[str, str | None, str | None]:
    figure = by_surface(text, published=_PUBLISHED)[surface]
    return figure.category, figure.donor, figure.recipient


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Romania's defence ministry signed a contract with Rheinmetall for 298 Lynx infantry "
            "fighting vehicles and tanks, valued at about €3 billion.",
            "€3 billion",
            "Romania",
        ),
        (
            "The Hungarian government signed two contracts for Leopard tanks last spring, worth "
            "EUR 1.2 billion in all.",
            "EUR 1.2 billion",
            "Hungary",
        ),
    ],
)
def test_a_signed_arms_contract_is_own_spending(text: str, surface: str, donor: str) -> None:
    assert _attributes(text, surface) == ("defense_spending", donor, None)


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Japan has given Ukraine $4 billion in loans and grants. Tokyo also signed a framework "
            "contract with Mitsubishi for stand-off missiles worth $2 billion.",
            "$2 billion",
            "Japan",
        ),
        (
            "Österreich stellt der Ukraine weitere 10 Millionen Euro an humanitärer Hilfe für den "
            "Winter bereit. Allein die Beschaffung von vier Transportflugzeugen schlägt mit "
            "1,5 Milliarden Euro zu Buche.",
            "1,5 Milliarden Euro",
            "Austria",
        ),
    ],
)
def test_own_procurement_outweighs_the_storys_kind_of_aid(
    text: str, surface: str, donor: str
) -> None:
    assert _attributes(text, surface) == ("defense_spending", donor, None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Norway signed a contract to buy shells for Ukraine worth NOK 2 billion.",
            "NOK 2 billion",
        ),
        (
            "Spain signed a contract for air-defence missiles to be delivered to Kyiv, worth "
            "EUR 300 million.",
            "EUR 300 million",
        ),
    ],
)
def test_a_contract_for_ukraine_stays_aid(text: str, surface: str) -> None:
    assert _attributes(text, surface)[0] == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Hungary's defence budget rises to 2.1% of GDP next year. The finance minister "
            "conceded that the spending widens the budget deficit. He has promised to bring it "
            "down to 4.1% in 2026.",
            "4.1%",
            "Hungary",
        ),
        (
            "Tschechiens Verteidigungsetat steigt 2026 auf 2,1 Prozent des BIP. Der "
            "Finanzminister räumte ein, dass dies das Haushaltsdefizit erhöhe. Es soll 2026 bei "
            "2,8 Prozent liegen.",
            "2,8 Prozent",
            "Czech Republic",
        ),
        (
            "La Slovaquie portera son budget de la défense à 2 % du PIB l'an prochain. Le "
            "ministre des Finances reconnaît que cet effort creuse le déficit public. Il devrait "
            "atteindre 4,9 % du PIB en 2026.",
            "4,9 %",
            "Slovakia",
        ),
    ],
)
def test_a_pronoun_for_the_deficit_before_carries_it(text: str, surface: str, donor: str) -> None:
    figure = by_surface(text, published=_PUBLISHED)[surface]
    assert (figure.category, figure.donor, figure.aid_related) == ("other", donor, False)


def test_a_pronoun_for_a_defence_budget_stays_defence() -> None:
    text = (
        "Slovakia's defence budget rises to 2% of GDP next year. Critics say it still falls "
        "short. It should reach 2.5% by 2028."
    )
    assert _attributes(text, "2.5%")[0] == "pledge_target"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "NATO expects its members to spend 2.3% of GDP on defence this year, and every ally "
            "should now meet the 2% guideline. Estonia tops the table with 3.4%, ahead of Latvia "
            "at 3.2%.",
            {"3.4%": "Estonia", "3.2%": "Latvia"},
        ),
        (
            "Les Alliés se sont engagés à consacrer 3,5 % du PIB à la défense d'ici 2035. En bas "
            "du classement figurent le Portugal, à 1,5 %, et le Canada, à 1,4 %, loin du nouvel "
            "objectif.",
            {"1,5 %": "Portugal", "1,4 %": "Canada"},
        ),
        (
            "Die Verbündeten haben sich verpflichtet, bis 2035 3,5 Prozent des BIP für "
            "Verteidigung auszugeben. Schlusslicht ist Spanien mit 1,3 Prozent, weit entfernt vom "
            "neuen Ziel.",
            {"1,3 Prozent": "Spain"},
        ),
    ],
)
def test_a_league_table_after_a_goal_ranks_levels(text: str, surfaces: dict[str, str]) -> None:
    figures = by_surface(text, published=datetime.date(2025, 6, 20))
    for surface, donor in surfaces.items():
        assert (figures[surface].category, figures[surface].donor) == ("defense_spending", donor)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Der Verteidigungsetat steigt 2026 auf 82 Milliarden Euro. Für die Unterstützung der "
            "Ukraine sind im kommenden Jahr 9 Milliarden Euro eingeplant.",
            "9 Milliarden Euro",
        ),
        (
            "Der Verteidigungsetat steigt 2026 auf 82 Milliarden Euro. Für die Ukraine sind im "
            "Entwurf 9 Milliarden Euro vorgesehen.",
            "9 Milliarden Euro",
        ),
        (
            "The Netherlands' defence budget rises to EUR 24 billion next year. The draft budgets "
            "EUR 3.5 billion in support for Ukraine in 2026.",
            "EUR 3.5 billion",
        ),
        (
            "Le budget des armées atteindra 57 milliards d'euros l'an prochain. Le projet de loi "
            "de finances prévoit 2 milliards d'euros de soutien à l'Ukraine en 2026.",
            "2 milliards d'euros",
        ),
    ],
)
def test_a_defence_budgets_line_for_ukraine_is_arms_aid(text: str, surface: str) -> None:
    figure = by_surface(text, published=datetime.date(2025, 9, 10))[surface]
    assert (figure.category, figure.recipient) == ("military_aid", "Ukraine")


def test_a_budget_line_of_civil_aid_keeps_its_kind() -> None:
    text = (
        "Der Verteidigungsetat steigt 2026 auf 82 Milliarden Euro. Für humanitäre Hilfe in der "
        "Ukraine sind im kommenden Jahr 500 Millionen Euro eingeplant."
    )
    figure = by_surface(text, published=datetime.date(2025, 9, 10))["500 Millionen Euro"]
    assert figure.category == "humanitarian_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "L'aide militaire européenne à l'Ukraine progresse. Les Vingt-Sept ont décidé "
            "d'affecter à l'Ukraine les profits exceptionnels des avoirs russes immobilisés, soit "
            "environ 2,8 milliards d'euros par an.",
            "2,8 milliards d'euros",
        ),
        (
            "European military aid to Ukraine keeps rising. The windfall profits on immobilised "
            "Russian assets, some EUR 2.8 billion a year, are allocated to the European Peace "
            "Facility and the Ukraine Facility.",
            "EUR 2.8 billion",
        ),
        (
            "Die Militärhilfe der EU für die Ukraine wächst. Die Zinserträge aus den eingefrorenen "
            "russischen Vermögen, rund 2,8 Milliarden Euro im Jahr, werden an die Ukraine "
            "weitergeleitet.",
            "2,8 Milliarden Euro",
        ),
    ],
)
def test_windfall_profits_allocated_to_ukraine_are_all_aid(text: str, surface: str) -> None:
    figure = by_surface(text, published=datetime.date(2025, 3, 10))[surface]
    assert (figure.category, figure.donor, figure.recipient) == ("aid_total", "EU", "Ukraine")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Sweden has delivered military aid worth SEK 40 billion to Ukraine. It has also "
            "provided SEK 9 billion in non-military support.",
            "SEK 9 billion",
        ),
        (
            "Schweden hat der Ukraine Militärhilfe über 40 Milliarden Kronen geleistet. Hinzu "
            "kommen 9 Milliarden Kronen für nicht-militärische Unterstützung.",
            "9 Milliarden Kronen",
        ),
        (
            "La Suède a livré à l'Ukraine une aide militaire de 40 milliards de couronnes. Elle a "
            "aussi consacré 9 milliards de couronnes à l'aide non militaire.",
            "9 milliards de couronnes",
        ),
    ],
)
def test_non_military_support_is_civil_aid_not_military(text: str, surface: str) -> None:
    figure = by_surface(text, published=datetime.date(2025, 3, 10))[surface]
    assert (figure.category, figure.donor) == ("aid_total", "Sweden")

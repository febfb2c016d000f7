"""Attribution rules of extractor 2026.11.20 (issue 10, thirteenth pass): causes that recur across
the in-sample sets, read from sentence structure. A defence share of a year that has passed (a
comparison's base, a level reached) is spending, not a goal; a body named as what a giver pays
into (a facility, a mechanism, an initiative) is no giver; German adjectives of nationality name
their country. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import in_order


def test_a_past_base_of_a_defence_goal_is_spending() -> None:
    text = (
        "Die Slowakei erhöht ihre Verteidigungsausgaben auf 1,8 Prozent des BIP. Das Parlament "
        "hat beschlossen, die Ausgaben bis 2030 auf 2 Prozent des BIP zu steigern, verglichen "
        "mit 1,1 Prozent im vergangenen Jahr."
    )
    read = [(f.surface, f.category, f.year) for f in in_order(text)]
    assert read[1:] == [
        ("2 Prozent", "pledge_target", 2030),
        ("1,1 Prozent", "defense_spending", 2025),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The alliance's target is 2% of GDP. Greece said it reached 3% last year.",
        "NATO allies have pledged to spend 2% of GDP on defence. Greece said it reached 3% last "
        "year, the highest share in the south.",
        # also when the level is named as the alliance's target (README, "Settled cases")
        "The alliance's target is 2% of GDP. Greece reached NATO's 2% target last year.",
    ],
)
def test_a_level_a_country_has_reached_is_its_spending(text: str) -> None:
    figure = in_order(text)[-1]
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", "Greece", 2025)


@pytest.mark.parametrize(
    "text",
    [
        # the alliance's target as the benchmark beside the country's own level
        "The alliance's target is 2% of GDP. Greece reached 3% last year, above NATO's 2% target.",
        # a level still to reach
        "The alliance's target is 2% of GDP. Greece has promised to reach 3% of GDP by 2030.",
        # no level of spending: the economy shrank
        "Greece was hit by a downturn, with GDP contracting by 0.4% last year.",
        # the next figure's time is not its: "2,5 % ... d'ici 2029, contre 1,6 % l'an dernier"
        "Le Portugal veut porter ses dépenses de défense à 2,5 % du PIB d'ici 2029, contre 1,6 % "
        "l'an dernier.",
    ],
)
def test_a_goal_or_an_economic_change_is_no_level_reached(text: str) -> None:
    assert in_order(text)[-1 if "target is" in text else 0].category != "defense_spending"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Ireland's contribution to the European Peace Facility's support for Ukraine has "
            "reached €150 million.",
            "Ireland",
        ),
        (
            "Le Canada versera 150 millions $ US dans le mécanisme de l'OTAN pour l'Ukraine.",
            "Canada",
        ),
    ],
)
def test_what_a_giver_pays_into_is_no_giver(text: str, donor: str) -> None:
    assert in_order(text)[0].donor == donor


def test_a_german_adjective_of_nationality_names_its_country() -> None:
    text = (
        "Die EU-Kommission hat der Ukraine 5 Milliarden Euro zugesagt. Der österreichische Anteil "
        "an der Militärhilfe beläuft sich auf 120 Millionen Euro."
    )
    assert [f.donor for f in in_order(text)] == ["EU", "Austria"]


def test_a_trackers_military_allocations_are_military_aid() -> None:
    text = (
        "European military allocations totalled €12.5 billion in the first half, the tracker said."
    )
    assert in_order(text)[0].category == "military_aid"


def test_a_defence_allocation_in_a_budget_stays_spending() -> None:
    text = "The budget's military allocation rises to €7 billion next year."
    assert in_order(text)[0].category == "defense_spending"


@pytest.mark.parametrize(
    "text",
    [
        "Greece spends 3.1% of GDP on defence. Athens would need an extra €4 billion a year to "
        "hit 3.5% by 2035.",
        "Greece spends 3.1% of GDP on defence. The government found an extra €4 billion to lift "
        "spending to 3.5% of GDP.",
    ],
)
def test_the_money_that_lifts_defence_to_a_share_is_spending(text: str) -> None:
    money = next(f for f in in_order(text) if f.unit == "EUR")
    assert (money.category, money.donor) == ("defense_spending", "Greece")


def test_money_to_reach_a_share_given_as_aid_stays_aid() -> None:
    text = (
        "Greece spends 3.1% of GDP on defence. The government would need an extra €4 billion a "
        "year to give 0.25% of GDP in military aid to Ukraine."
    )
    money = next(f for f in in_order(text) if f.unit == "EUR")
    assert money.category == "military_aid"


@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "The European Union pledged €2 billion. The European Bank for Reconstruction and "
            "Development signed a €300 million loan to Ukrenergo.",
            "EBRD",
        ),
        (
            "L'Union européenne a promis 2 milliards d'euros. La BERD a accordé un prêt de 150 "
            "millions d'euros à Naftogaz.",
            "EBRD",
        ),
        (
            "The EU pledged €2 billion. The Nordic Investment Bank lent €50 million to the grid "
            "operator.",
            "Nordic Investment Bank",
        ),
        (
            "The EU pledged €2 billion. The Council of Europe Development Bank lent €20 million "
            "for housing.",
            "Council of Europe Development Bank",
        ),
    ],
)
def test_a_multilateral_lender_gives_in_its_own_name(text: str, lender: str) -> None:
    assert in_order(text)[-1].donor == lender  # not the EU named before


@pytest.mark.parametrize(
    "text",
    [
        "The summit was tense. NATO leaders agreed to spend 5% of GDP on defence, a concession "
        "to the United States.",
        "The summit was tense. The leaders of the alliance agreed to spend 5% of GDP on "
        "defence, a concession to the United States.",
        "Österreich gibt weniger aus: Die Mitglieder des Bündnisses haben sich verpflichtet, "
        "zwei Prozent ihrer Wirtschaftsleistung für Verteidigung auszugeben.",
    ],
)
def test_the_alliances_leaders_and_members_are_nato_allies(text: str) -> None:
    figure = in_order(text)[0]
    assert (figure.category, figure.donor) == ("pledge_target", "NATO allies")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Selon un sondage publié lundi, 61 % des Canadiens appuient l'aide à l'Ukraine, "
            "contre 68 % au début de 2023.",
            [2026, 2023],
        ),
        ("Le déficit est évalué à 78,3 milliards $ pour l'exercice en cours.", [2026]),
    ],
)
def test_french_times_a_year_is_read_from(text: str, years: list[int]) -> None:
    assert [f.year for f in in_order(text)] == years


@pytest.mark.parametrize(
    "text",
    [
        "Norway has pledged NOK 85 billion in military aid to Ukraine this year. Brent crude "
        "traded at about $70 a barrel on Friday.",
        "Belgium finances its military aid to Ukraine from Euroclear. Euroclear made a net "
        "profit of €6.9 billion last year.",
        "Ireland gives humanitarian aid to Ukraine. The State spent €1.4 billion last year on "
        "accommodation for people who fled the war.",
        # the host's own costs told with other words: a verb, the asylum terms, "accueil"
        "Finland sends air defence to Ukraine. Accommodating the people who fled cost the state "
        "about €300 million last year.",
        "Die Schweiz liefert keine Waffen an die Ukraine. Für Schutzsuchende mit Status S "
        "rechnet der Bund mit Ausgaben von 900 Millionen Franken.",
        "Österreich leistet Militärhilfe nur indirekt. Die Grundversorgung der Ukrainer im Land "
        "kostet heuer 150 Millionen Euro.",
        "La Belgique livre des armes à l'Ukraine. Les coûts liés à cet accueil atteindront 700 "
        "millions d'euros cette année.",
    ],
)
def test_prices_profits_and_hosting_refugees_take_no_kind_of_aid(text: str) -> None:
    figure = in_order(text)[-1]
    assert (figure.category, figure.recipient) == ("other", None)


def test_a_genitive_before_a_comma_is_no_joint_giver() -> None:
    text = (
        "Longtemps parmi les plus mauvais élèves de l'OTAN, la Belgique a promis de consacrer "
        "2,5 % du PIB à la défense d'ici 2034."
    )
    assert in_order(text)[0].donor == "Belgium"


def test_a_list_of_givers_still_gives_jointly() -> None:
    text = "Estonia, Latvia and Lithuania pledged €300 million in military aid to Ukraine."
    assert in_order(text)[0].donor == "Estonia, Latvia and Lithuania"


def test_an_average_with_a_decimal_dates_only_its_base() -> None:
    text = (
        "European governments allocated €12.1 billion in military aid to Ukraine between "
        "January and October, compared with an average of €17.6 billion a year over 2022-2024."
    )
    figures = extract_figures(text, published=datetime.date(2025, 12, 9))
    assert [f.year for f in figures] == [2025, None]


def test_a_german_ministry_word_is_no_country_of_its_own() -> None:
    # Austria and Switzerland have a Verteidigungsministerium too; the minister names the country
    text = (
        "Die Regierung rüstet auf. Verteidigungsministerin Klaudia Tanner sagte, bis 2027 sollen "
        "1 Prozent des BIP für Verteidigung erreicht werden."
    )
    assert in_order(text)[0].donor == "Austria"


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "The EU pledged €2 billion in aid. Viola Amherd announced €50 million in humanitarian "
            "aid for Ukraine in 2024.",
            "Switzerland",
        ),
        (
            "The EU pledged €2 billion in aid. Beate Meinl-Reisinger announced €10 million in "
            "humanitarian aid for Ukraine.",
            "Austria",
        ),
    ],
)
def test_austrian_and_swiss_ministers_stand_for_their_country(text: str, donor: str) -> None:
    assert in_order(text)[-1].donor == donor

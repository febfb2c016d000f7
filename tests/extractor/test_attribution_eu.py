"""The EU and its members: the union's loan instrument for arms (SAFE) lends in the EU's name to
the member that borrows; what a member pays into the European Peace Facility is military aid and
stays the member's; what the union or the Twenty-Seven spent on defence, and an EU average, are
the members'; the union's own plans and funds stay the union's; the euro area's figures and the
EU's limits are no member's. Each rule is checked on sentences written for these tests, never
copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface", "borrower"),
    [
        (
            "Slovakia's defence budget will rise to 2.2% of GDP next year. The government said "
            "the new radars would be paid for partly from the EU's SAFE loan instrument, under "
            "which Bratislava has requested about EUR 2.3 billion.",
            "EUR 2.3 billion",
            "Slovakia",
        ),
        (
            "Die Slowakei erhöht ihren Wehretat deutlich. Aus dem Kreditprogramm SAFE hat "
            "Bratislava rund 2,3 Milliarden Euro beantragt, vor allem für Luftabwehr.",
            "2,3 Milliarden Euro",
            "Slovakia",
        ),
        (
            "La Slovaquie augmente fortement son budget militaire. Elle compte sur l'instrument "
            "SAFE de l'Union : Bratislava a demandé 2,3 milliards d'euros de prêts.",
            "2,3 milliards d'euros",
            "Slovakia",
        ),
    ],
)
def test_a_members_loan_from_the_eu_instrument_is_the_eus_to_that_member(
    text: str, surface: str, borrower: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.donor == "EU"
    assert figure.recipient == borrower
    assert figure.category == "financial_aid"
    assert figure.year is None  # a member's allocation from a standing instrument


def test_the_borrowers_listed_after_the_instrument_borrow_from_the_eu() -> None:
    text = (
        "Greece has applied for €6.1 billion in loans under the EU's SAFE instrument. "
        "Slovakia (€2.3 billion) and Croatia (€1.7 billion) have also applied."
    )
    figures = by_surface(text)
    for surface, borrower in (("€2.3 billion", "Slovakia"), ("€1.7 billion", "Croatia")):
        assert figures[surface].donor == "EU", surface
        assert figures[surface].recipient == borrower, surface


def test_the_instrument_as_a_whole_is_lent_to_the_member_states() -> None:
    text = (
        "Brussels has eased its fiscal rules and set up the SAFE instrument, which will lend "
        "member states up to €150 billion for joint arms purchases."
    )
    figure = by_surface(text)["€150 billion"]
    assert (figure.donor, figure.recipient, figure.category) == (
        "EU",
        "EU member states",
        "financial_aid",
    )


def test_the_story_keeps_its_own_giver_after_the_loans() -> None:
    text = (
        "Slovakia will give Ukraine a further €40 million in military aid this year. The "
        "government has also requested €2.3 billion from the EU's SAFE instrument for its own "
        "army. The new aid package includes €25 million for artillery shells."
    )
    figures = by_surface(text)
    assert figures["€2.3 billion"].donor == "EU"
    assert figures["€25 million"].donor == "Slovakia"
    assert figures["€25 million"].recipient == "Ukraine"


def test_another_plan_named_in_the_sentence_keeps_its_own_sum() -> None:
    text = (
        "Governments approved the €150 billion SAFE instrument as part of a plan to mobilise "
        "up to €800 billion for defence."
    )
    assert by_surface(text)["€800 billion"].category != "financial_aid"


# A story whose first paragraph is on humanitarian aid, whose kind a bare sum would otherwise take.
_RELIEF_STORY = (
    "Portugal will send another €15 million in humanitarian aid to Ukraine this winter, the "
    "foreign ministry said on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _RELIEF_STORY + "Lisbon has also paid about €140 million into the European Peace "
            "Facility since 2022.",
            "€140 million",
        ),
        (
            "Die Regierung in Wien hat der Ukraine 20 Millionen Euro an humanitärer Hilfe "
            "zugesagt.\n\nHinzu kommen Beiträge zur Europäischen Friedensfazilität von rund 210 "
            "Millionen Euro.",
            "210 Millionen Euro",
        ),
        (
            "Le Portugal a versé 10 millions d'euros d'aide humanitaire à l'Ukraine.\n\nLisbonne "
            "contribue aussi pour quelque 30 millions d'euros à la Facilité européenne pour la "
            "paix.",
            "30 millions d'euros",
        ),
    ],
)
def test_a_payment_into_the_peace_facility_is_military_aid(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "military_aid"


def test_the_peace_facility_named_short_is_military_aid() -> None:
    text = (
        "Portugal will send another €15 million in humanitarian aid to Ukraine this winter.\n\n"
        "Lisbon's share of the Peace Facility budget comes to about €90 million a year."
    )
    assert by_surface(text)["€90 million"].category == "military_aid"


def test_a_share_of_the_peace_facility_is_military_aid() -> None:
    text = (
        "Spain pays roughly 9% of the European Peace Facility, which reimburses member states "
        "for weapons sent to Ukraine."
    )
    assert by_surface(text)["9%"].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Bulgaria raised its defence budget. Its contribution to the European Peace "
            "Facility's fund for Ukraine comes to about €120 million, officials said.",
            "€120 million",
            "Bulgaria",
        ),
        (
            "Portugal has given €250 million. The minister said the aid, sent through the "
            "European Peace Facility and bilateral deals, brings the country's military support to "
            "about €300 million.",
            "€300 million",
            "Portugal",
        ),
    ],
)
def test_the_eu_named_as_what_a_giver_pays_into_leaves_the_figure_to_the_giver(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Last year the EU member countries spent €310 billion on defence.", "€310 billion"),
        (
            "Die EU-Staaten haben 2024 zusammen 1,8 Prozent ihres BIP für Verteidigung ausgegeben.",
            "1,8 Prozent",
        ),
        (
            "Les Vingt-Sept ont dépensé 320 milliards d'euros pour leur défense en 2024.",
            "320 milliards d'euros",
        ),
    ],
)
def test_what_the_union_spent_on_defence_is_its_members(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU member states"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Malta spends about 0.5% of GDP on defence, compared with an EU average of 1.9%.",
            "1.9%",
        ),
        (
            "Malta gibt rund 0,5 Prozent für Verteidigung aus, der EU-Durchschnitt liegt bei "
            "1,9 Prozent.",
            "1,9 Prozent",
        ),
    ],
)
def test_an_eu_average_is_the_members_not_the_unions(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU member states"


def test_a_union_plan_to_mobilise_defence_money_is_the_members() -> None:
    # what the plan lets the member states spend (the articles' README, "Settled cases"; the
    # regression case u-safe-rearm), no longer left to the Union
    figures = by_surface("The EU plans to mobilise up to €650 billion in defence spending.")
    assert figures["€650 billion"].donor == "EU member states"


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

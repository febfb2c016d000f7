"""The category of figures the article README settles as other or as one kind of aid: frozen
Russian assets told without the central bank, development and worldwide humanitarian budgets not
aimed at Ukraine, a government's savings, the whole state's budget, and a fund's channel. Each
rule is checked on short stories written for these tests, never copied from an evaluation
article."""

import datetime

import pytest

from tests.support.figures import by_surface

_PUBLISHED = datetime.date(2025, 11, 12)


def _category(text: str, surface: str, title: str | None = None) -> tuple[str, str | None]:
    figure = by_surface(text, title=title, published=_PUBLISHED)[surface]
    return figure.category, figure.donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Grünen wollen einen Teil der rund 8 Milliarden Franken an gesperrten russischen "
            "Vermögen für den Wiederaufbau nutzen.",
            "8 Milliarden Franken",
        ),
    ],
)
def test_frozen_russian_assets_are_russias_stock(text: str, surface: str) -> None:
    assert _category(text, surface) == ("other", "Russia")


def test_a_loan_built_on_frozen_assets_stays_a_loan() -> None:
    text = (
        "Britain's share of the G7 loan financed from immobilised Russian assets, £2 billion, "
        "has been paid out to Ukraine."
    )
    assert _category(text, "£2 billion")[0] == "financial_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Berlin stockt die Ukraine-Hilfe auf. Der Etat des Entwicklungsministeriums sinkt "
            "dagegen auf 10,2 Milliarden Euro.",
            "10,2 Milliarden Euro",
        ),
        (
            "La Suisse consacrera 1,5 milliard de francs à l'Ukraine. Le montant sera prélevé "
            "sur le crédit-cadre 2025-2028 de la coopération internationale, proposé à 11 "
            "milliards de francs.",
            "11 milliards de francs",
        ),
        (
            "Für die Ukraine bleibt es bei 500 Millionen Euro. Die weltweite humanitäre Hilfe "
            "des Auswärtigen Amts sinkt auf 1,1 Milliarden Euro.",
            "1,1 Milliarden Euro",
        ),
    ],
)
def test_development_and_worldwide_budgets_are_other(text: str, surface: str) -> None:
    assert _category(text, surface)[0] == "other"


def test_a_french_energy_support_fund_is_humanitarian() -> None:
    text = (
        "La Suisse versera une contribution de 6 millions de francs au Fonds de soutien "
        "énergétique de l'Ukraine."
    )
    assert _category(text, "6 millions de francs")[0] == "humanitarian_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Ukraine-Hilfe bleibt unangetastet. Die Regierung will heuer 5,1 Milliarden Euro "
            "einsparen, im kommenden Jahr 7,2 Milliarden Euro.",
            "5,1 Milliarden Euro",
        ),
        (
            "Le soutien à l'Ukraine est maintenu. Le gouvernement cherche 40 milliards d'euros "
            "d'économies dans le budget 2026.",
            "40 milliards d'euros",
        ),
        (
            "Ottawa will keep its military aid to Ukraine. Changes to public service pensions "
            "are expected to save about $2.1 billion a year.",
            "$2.1 billion",
        ),
    ],
)
def test_government_savings_are_other(text: str, surface: str) -> None:
    assert _category(text, surface)[0] == "other"


def test_a_sum_for_ukraine_despite_savings_is_aid() -> None:
    text = (
        "Le gouvernement a maintenu l'enveloppe annuelle de 900 millions d'euros pour "
        "l'Ukraine malgré un plan d'économies de 8 milliards d'euros."
    )
    assert _category(text, "900 millions d'euros")[0] != "other"
    assert _category(text, "8 milliards d'euros")[0] == "other"


def test_the_whole_state_budget_told_by_a_pronoun_is_other() -> None:
    text = (
        "Berlin (dpa) - Das Bundeskabinett hat am Mittwoch den Entwurf für den Bundeshaushalt "
        "2026 beschlossen. Er sieht Ausgaben von 510,2 Milliarden Euro vor. Der Wehretat "
        "steigt auf 80 Milliarden Euro."
    )
    title = "Haushaltsentwurf 2026: Wehretat wächst"
    assert _category(text, "510,2 Milliarden Euro", title)[0] == "other"
    assert _category(text, "80 Milliarden Euro", title)[0] == "defense_spending"


@pytest.mark.parametrize(
    ("second", "surface"),
    [
        ("Bis 2030 will die Koalition 3,5 % erreichen.", "3,5 %"),
        ("The Conservatives want 3% by 2030.", "3%"),
        ("Rome has said the share will rise gradually, to 2.5% by 2029.", "2.5%"),
    ],
)
def test_a_bare_level_to_reach_after_defence_talk_is_a_goal(second: str, surface: str) -> None:
    text = "Italy's defence budget rose to 2.1% of GDP last year, the ministry said. " + second
    assert _category(text, surface)[0] == "pledge_target"


def test_a_bare_level_beside_a_deficit_is_not_a_goal() -> None:
    text = (
        "France's defence budget rose to 2.1% of GDP last year. Le déficit devrait atteindre "
        "5,4 % du PIB cette année, et le gouvernement vise 4,6 % en 2026."
    )
    assert _category(text, "4,6 %")[0] == "other"


def test_both_ends_of_a_goal_range_are_goals() -> None:
    text = (
        "Le budget de la défense lituanien atteint 4 % du PIB. La Lituanie vise entre 5 % et "
        "6 % du PIB à partir de 2026."
    )
    assert _category(text, "5 %")[0] == "pledge_target"
    assert _category(text, "6 %")[0] == "pledge_target"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Le gouvernement compte sur la clause dérogatoire du pacte de stabilité, qui autorise "
            "un écart pouvant aller jusqu'à 1,5 % du PIB pour les dépenses de défense.",
            "1,5 %",
        ),
        (
            "The plan lets governments exceed the 3% deficit limit by as much as 1.5% of GDP for "
            "defence.",
            "1.5%",
        ),
        (
            "Der Bundestag beschloss: Ausgaben für Verteidigung, die 1 Prozent des "
            "Bruttoinlandsprodukts übersteigen, fallen nicht mehr unter die Schuldenbremse.",
            "1 Prozent",
        ),
    ],
)
def test_fiscal_rule_thresholds_are_other(text: str, surface: str) -> None:
    assert _category(text, surface)[0] == "other"


def test_shares_sent_through_a_facility_take_its_kind() -> None:
    text = (
        "The first tranche, €1.2 billion, was paid in July; 90% of each tranche went to the "
        "European Peace Facility for weapons and 10% to the Ukraine Facility."
    )
    assert _category(text, "90%")[0] == "military_aid"
    assert _category(text, "10%")[0] == "financial_aid"


def test_aid_measured_against_defence_budgets_is_aid() -> None:
    text = (
        "European military spending rose again. Military aid accounted for about 5% of European "
        "military spending last year, the researchers estimate."
    )
    assert _category(text, "5%")[0] == "military_aid"


def test_commitments_of_aid_as_a_share_of_gdp_are_aid() -> None:
    text = "In military aid alone, Finland's commitments equal 0.7% of its GDP."
    assert _category(text, "0.7%")[0] == "military_aid"


@pytest.mark.parametrize(
    ("second", "surface"),
    [
        ("Across NATO, members spent a combined $1.5 trillion.", "$1.5 trillion"),
        ("Berlin's spending rose 20% to $100 billion.", "$100 billion"),
        (
            "Spitzenreiter ist Polen mit 4,1 Prozent, gefolgt von Estland mit 3,4 Prozent.",
            "4,1 Prozent",
        ),
    ],
)
def test_spending_and_standings_in_a_defence_story(second: str, surface: str) -> None:
    text = (
        "Ukraine's allies pledged another $2 billion in military aid at the meeting. World "
        "military expenditure rose for the tenth year in a row, the institute said.\n\n" + second
    )
    assert _category(text, surface)[0] == "defense_spending"


def test_spending_compared_with_aid_just_named_is_not_defence() -> None:
    text = (
        "World military expenditure rose again. Italy has approved twelve decrees of military aid "
        "to Ukraine. Officials estimate their value at EUR 2 billion, well below the EUR 15 "
        "billion Berlin has spent."
    )
    assert _category(text, "EUR 15 billion")[0] != "defense_spending"


def test_spending_agreed_for_a_deadline_is_a_goal() -> None:
    text = (
        "NATO leaders meet in The Hague this week. Under the deal, allies will spend 3.5% of "
        "gross domestic product on core defence — troops, weapons and ammunition — by 2035."
    )
    assert _category(text, "3.5%")[0] == "pledge_target"


def test_an_agreement_expected_is_no_forecast() -> None:
    text = (
        "Germany raised its defence budget again. At the summit, allies are expected to agree to "
        "spend 3.5% of GDP on core defence by 2035."
    )
    assert _category(text, "3.5%")[0] == "pledge_target"


@pytest.mark.parametrize(
    ("sentence", "surface", "category"),
    [
        (
            "Ministers have committed to spending 2.7% of GDP on defence in 2026.",
            "2.7%",
            "pledge_target",
        ),
        (
            "Sweden plans to raise defence spending to 2.9% of GDP in 2026.",
            "2.9%",
            "defense_spending",
        ),
    ],
)
def test_a_level_promised_for_next_year_is_a_goal(
    sentence: str, surface: str, category: str
) -> None:
    assert _category(sentence, surface)[0] == category


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        (
            "La Belgique prélève un impôt sur les bénéfices générés par ces avoirs : l'an dernier, "
            "cette recette a atteint 1,6 Md€, intégralement reversée à l'Ukraine.",
            "1,6 Md€",
            "aid_total",
        ),
        (
            "Ces recettes, 1,6 milliard d'euros l'an dernier, alimentent un fonds spécial consacré "
            "à l'achat de matériel militaire pour l'Ukraine.",
            "1,6 milliard d'euros",
            "military_aid",
        ),
    ],
)
def test_a_tax_handed_on_to_ukraine_is_aid(text: str, surface: str, category: str) -> None:
    assert _category(text, surface)[0] == category


def test_earnings_handed_to_another_state_are_not_read_as_aid_here() -> None:
    text = (
        "S'y ajouteront environ 500 millions d'euros issus des revenus des avoirs russes, que "
        "Bruxelles reverse à Paris pour financer des commandes."
    )
    assert _category(text, "500 millions d'euros")[0] != "aid_total"


def test_the_whole_state_budget_named_is_other_unless_for_ukraine_or_defence() -> None:
    text = (
        "Le gouvernement a présenté mercredi son budget. La loi de finances prévoit 480 milliards "
        "d'euros de dépenses."
    )
    assert _category(text, "480 milliards d'euros")[0] == "other"
    text = (
        "Die Koalition hat sich auf den Etat geeinigt. Der Bundeshaushalt 2026 soll für die "
        "Ukraine-Hilfe erneut 9 Milliarden Euro vorsehen."
    )
    assert _category(text, "9 Milliarden Euro")[0] != "other"


def test_a_whole_with_parts_after_a_colon_is_all_aid() -> None:
    text = (
        "Seoul announced a $2.1 billion support package: $200 million in humanitarian aid for "
        "2024 and $1.9 billion in long-term concessional loans."
    )
    assert _category(text, "$2.1 billion")[0] == "aid_total"


def test_a_pay_rise_rate_and_a_pension_are_other() -> None:
    text = "The defence budget rises again. Troops would get a pay raise of 4.2% next year."
    assert _category(text, "4.2%")[0] == "other"
    text = (
        "Die Schweiz stockt die Ukraine-Hilfe auf. Die 13. AHV-Rente kostet den Bund dann jährlich "
        "rund 800 Millionen Franken."
    )
    assert _category(text, "800 Millionen Franken")[0] == "other"


def test_a_share_others_urge_is_a_goal() -> None:
    text = (
        "Across Europe, military aid came to roughly 0.12% of GDP, well below the 0.25% of GDP "
        "some allies have urged as a floor."
    )
    assert _category(text, "0.12%")[0] == "military_aid"
    assert _category(text, "0.25%")[0] == "pledge_target"


def test_a_bare_level_reached_by_a_deadline_in_a_defence_story_is_a_goal() -> None:
    text = (
        "Britain's defence spending will rise to 2.5% of GDP. Opening for the Opposition, the "
        "leader said her party had proposed reaching 3% by 2030."
    )
    assert _category(text, "3%")[0] == "pledge_target"


def test_the_target_named_by_its_level_is_a_goal() -> None:
    text = (
        "Defence spending rose again this year. Allies must submit plans showing a credible path "
        "toward the 5%, the declaration says."
    )
    assert _category(text, "5%")[0] == "pledge_target"


def test_the_size_of_an_economy_is_other() -> None:
    text = (
        "Deutschland liefert weitere Waffen an die Ukraine. Bei einer Wirtschaftsleistung von "
        "rund 4,3 Billionen Euro entspricht ein Prozentpunkt rund 43 Milliarden Euro."
    )
    assert _category(text, "4,3 Billionen Euro")[0] == "other"
    assert _category(text, "43 Milliarden Euro")[0] == "other"


def test_reconstruction_costs_told_by_their_verb_are_other() -> None:
    text = (
        "Le ministre a annoncé 150 millions d'euros pour les réseaux d'eau. La reconstruction du "
        "pays était estimée à 500 milliards de dollars sur dix ans par la Banque mondiale."
    )
    assert _category(text, "500 milliards de dollars")[0] == "other"


def test_a_disaster_funds_endowment_is_other() -> None:
    text = (
        "Österreich schickt weitere Winterhilfe in die Ukraine. Die Dotierung des AKF wird "
        "dagegen für 2026 auf 60 Millionen Euro gekürzt."
    )
    assert _category(text, "60 Millionen Euro")[0] == "other"


def test_a_defence_line_in_quotation_marks_is_defence_spending() -> None:
    text = (
        "Le Royaume-Uni consacre 3 milliards de livres par an à l'Ukraine. À Moscou, le "
        "gouvernement a transmis à la Douma un budget qui prévoit 13 000 milliards de roubles "
        "pour la « défense nationale »."
    )
    assert _category(text, "13 000 milliards de roubles")[0] == "defense_spending"


def test_the_defence_ministry_receiving_a_sum_is_defence_spending() -> None:
    text = (
        "Romania will keep its Patriot donation to Ukraine. In cash terms the defence ministry "
        "would receive 45 billion lei next year, officials said."
    )
    assert _category(text, "45 billion lei")[0] == "defense_spending"


def test_a_level_a_parliament_demanded_is_a_goal() -> None:
    text = (
        "Im laufenden Jahr liegt der Anteil der Armeeausgaben am BIP bei rund 0,8 Prozent. Das "
        "Parlament hatte verlangt, die Armeeausgaben bis 2031 auf 1 Prozent des BIP zu erhöhen."
    )
    assert _category(text, "1 Prozent")[0] == "pledge_target"

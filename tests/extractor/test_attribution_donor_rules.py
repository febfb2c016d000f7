"""Donor and recipient rules of the 2026-12-02 donor pass, each on a story written for these
tests: Russia's frozen holdings named without its central bank, or told where they are kept once
the story has named them, are Russia's stock, not the aid they back."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Opposition MPs urged the government to seize the roughly £18 billion of frozen "
            "Russian central bank assets held in British banks.",
            "£18 billion",
        ),
        (
            "The Greens want to use part of the 3,1 Milliarden Franken an gesperrten "
            "russischen Vermögen in der Schweiz for Ukraine.",
            "3,1 Milliarden Franken",
        ),
        (
            "Le député a de nouveau évoqué les avoirs russes gelés chez Euroclear, qui "
            "s'élèvent à quelque 190 milliards d'euros.",
            "190 milliards d'euros",
        ),
        (
            "Western governments immobilised about $290 billion of the Bank of Russia's reserves "
            "after the invasion.",
            "$290 billion",
        ),
    ],
)
def test_russian_holdings_named_without_the_central_bank_are_russias(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.recipient) == ("other", "Russia", None)


def test_holdings_told_where_they_are_kept_are_russias() -> None:
    text = (
        "EU leaders will decide in March how to use the frozen reserves of Russia's central "
        "bank. After the invasion, Western states froze about $290 billion of them. Most of it, "
        "around €180 billion, is held at a clearing house in Brussels."
    )
    figure = by_surface(text)["€180 billion"]
    assert (figure.category, figure.donor) == ("other", "Russia")


def test_a_part_of_the_holdings_after_their_total_is_russias() -> None:
    text = (
        "In Europa sind rund 200 Milliarden Euro der russischen Zentralbank eingefroren, davon "
        "etwa 170 Milliarden Euro bei einem Verwahrer in Brüssel."
    )
    assert by_surface(text)["170 Milliarden Euro"].donor == "Russia"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Norway's share of the G7 loan repaid from immobilised Russian assets, NOK 9 "
            "billion, has been paid out in full.",
            "NOK 9 billion",
            "Norway",
        ),
        (
            "The Commission's new loan, financed by joint borrowing after the plan to use frozen "
            "Russian assets stalled, is worth €70 billion.",
            "€70 billion",
            "EU",
        ),
    ],
)
def test_the_loan_the_holdings_back_is_the_lenders(text: str, surface: str, donor: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.donor == donor


def test_western_assets_held_in_russia_are_not_russias_reserves() -> None:
    text = (
        "The frozen reserves of the Russian central bank stay at Euroclear. Belgium fears "
        "reprisals against the some €15 billion of Western clients' assets held in Russia."
    )
    assert by_surface(text)["€15 billion"].donor != "Russia"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Japan pledged more help for Ukraine's power grid. The World Bank's latest assessment "
            "puts the cost of rebuilding the grid at $68 billion over ten years.",
            "$68 billion",
        ),
        (
            "La Belgique versera 40 millions d'euros à l'Ukraine. Les besoins de reconstruction "
            "sont estimés par la Banque mondiale et la Commission européenne à 490 milliards de "
            "dollars.",
            "490 milliards de dollars",
        ),
        (
            "Österreich hat der Ukraine 50 Millionen Euro für Generatoren zugesagt. Der Bedarf für "
            "Reparaturen am Stromnetz liege in diesem Jahr bei mehr als 2 Milliarden Dollar.",
            "2 Milliarden Dollar",
        ),
        (
            "A longer war would raise Ukraine's needs by a further $20 billion, the Fund said.",
            "$20 billion",
        ),
    ],
)
def test_a_bill_for_the_war_or_ukraines_needs_is_ukraines(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.recipient) == ("other", "Ukraine", None)


def test_an_estimate_of_rebuilding_is_not_the_aid_of_the_story() -> None:
    text = (
        "Switzerland will give Ukraine CHF 300 million in humanitarian aid this year.\n\n"
        "Nach der jüngsten Schätzung von Weltbank und EU kostet der Wiederaufbau der Ukraine rund "
        "500 Milliarden Dollar. Die Schweiz will ihre Hilfe bis 2030 auf CHF 1 billion erhöhen."
    )
    figures = by_surface(text)
    assert (figures["500 Milliarden Dollar"].category, figures["500 Milliarden Dollar"].donor) == (
        "other",
        "Ukraine",
    )
    assert figures["CHF 1 billion"].donor == "Switzerland"


def test_a_donor_paying_for_repairs_stays_the_giver() -> None:
    text = (
        "Für die Reparatur der Hafenanlagen stellt Deutschland ein Darlehen über 40 Millionen Euro "
        "bereit, nachdem die Schäden an den Terminals gewachsen sind."
    )
    assert by_surface(text)["40 Millionen Euro"].donor == "Germany"


def test_a_ministry_owned_by_a_named_country_is_that_countrys() -> None:
    text = (
        "Estonia's Ministry of Defence said on Monday it would send Ukraine EUR 40 million in "
        "ammunition next year."
    )
    assert by_surface(text)["EUR 40 million"].donor == "Estonia"


def test_the_ministry_of_defence_alone_is_still_britains() -> None:
    text = "The Ministry of Defence said it would spend £1.2 billion on air defence next year."
    assert by_surface(text)["£1.2 billion"].donor == "United Kingdom"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Portugal says it will meet NATO's new pledge in its own way, as allied leaders "
            "agreed on a target of 5% of GDP by 2035.",
            "5%",
        ),
        (
            "Lisbon has committed to reach 3.5% by 2031, ahead of the deadline agreed at the "
            "alliance's summit, where leaders set a target of 5% of GDP by 2035, including 1.5% "
            "for resilience.",
            "1.5%",
        ),
        (
            "Österreich meldet der NATO zwar nichts, liegt mit 1,0 Prozent aber weit unter dem "
            "Ziel von 2 Prozent.",
            "2 Prozent",
        ),
        (
            "Portugal gab im vergangenen Jahr 2,1 Prozent seiner Wirtschaftsleistung für "
            "Verteidigung aus – erstmals mehr als die in der Allianz vereinbarten 2 Prozent.",
            "2 Prozent",
        ),
    ],
)
def test_a_level_named_as_the_alliances_target_is_the_allies(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("pledge_target", "NATO allies")


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Sweden's target of 3.5% of GDP, set before NATO's summit, is to be met by 2030.",
            "3.5%",
            "Sweden",
        ),
        (
            "Portugal's own goal of 2.5% of GDP, which it set before the NATO summit, is to be "
            "met by 2029.",
            "2.5%",
            "Portugal",
        ),
    ],
)
def test_a_countrys_own_level_or_date_stays_the_countrys(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_trackers_new_allocations_with_no_giver_are_all_donors() -> None:
    text = (
        "Germany allocated EUR 1.8 billion in military aid over the period, the tracker said. "
        "Total new allocations in May and June came to EUR 7.2 billion."
    )
    assert by_surface(text)["EUR 7.2 billion"].donor == "donor countries"


def test_new_allocations_of_a_named_giver_stay_its_own() -> None:
    text = "New allocations from Germany in May and June came to EUR 1.8 billion."
    assert by_surface(text)["EUR 1.8 billion"].donor == "Germany"


@pytest.mark.parametrize(
    ("text", "surface", "group"),
    [
        (
            "The Baltic states Estonia, Latvia and Lithuania have each pledged to spend 5% of GDP "
            "on defence.",
            "5%",
            "Baltic states",
        ),
        (
            "Die nordischen Länder Dänemark, Norwegen und Schweden finanzierten gemeinsam ein "
            "Paket über 400 Millionen Dollar für die Ukraine.",
            "400 Millionen Dollar",
            "Nordic countries",
        ),
    ],
)
def test_a_regions_whole_set_named_with_its_group_is_the_group(
    text: str, surface: str, group: str
) -> None:
    assert by_surface(text)[surface].donor == group


def test_a_regions_set_without_its_group_stays_a_list() -> None:
    text = "Denmark, Norway and Sweden will jointly pay for a $400 million package for Ukraine."
    assert by_surface(text)["$400 million"].donor == "Denmark, Norway and Sweden"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Norway's contribution to the G7's US$50 billion ERA loans for Ukraine stands at "
            "$1 billion.",
            "US$50 billion",
        ),
        (
            "Hinzu kommt der britische Anteil an den G7-Krediten über 45 Milliarden Euro, die aus "
            "den Zinserträgen bedient werden.",
            "45 Milliarden Euro",
        ),
        (
            "Leaders of the Group of Seven agreed on Friday to lend Ukraine about $50 billion.",
            "$50 billion",
        ),
    ],
)
def test_the_whole_of_the_g7_loans_is_the_g7s(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "G7"


def test_a_members_share_of_the_g7_loans_stays_its_own() -> None:
    text = (
        "In March Japan signed over its share of the G7's ERA loans, worth about $3 billion, "
        "to Ukraine."
    )
    assert by_surface(text)["$3 billion"].donor == "Japan"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Le Luxembourg contribue en outre à la Facilité européenne pour la paix à hauteur "
            "d'environ 20 millions d'euros.",
            "20 millions d'euros",
            "Luxembourg",
        ),
        (
            "Ireland also contributes to the European Peace Facility, with about €120 million "
            "for Ukraine.",
            "€120 million",
            "Ireland",
        ),
    ],
)
def test_a_state_contributing_to_an_eu_fund_is_the_giver(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_the_country_waging_the_war_is_not_the_economy_described() -> None:
    text = (
        "The IMF approved a new loan of $8 billion for Ukraine on Monday. The economy shrank by "
        "25% after Russia's full-scale invasion, and inflation slowed to 12% in March."
    )
    figures = by_surface(text)
    assert figures["25%"].donor != "Russia"
    assert figures["12%"].donor != "Russia"


def test_a_total_across_europe_is_europes_not_the_last_country_named() -> None:
    text = (
        "Portugal, Greece and Spain remain at the bottom of the table. Across Europe as a whole, "
        "military aid came to roughly 0.2% of GDP, the tracker found."
    )
    assert by_surface(text)["0.2%"].donor == "European countries"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Military expenditure across the continent, Russia and Ukraine included, climbed 12% "
            "to about $700 billion.",
            "$700 billion",
        ),
        (
            "The sharpest rise was in Europe, where military spending jumped 12% to about "
            "$700 billion.",
            "$700 billion",
        ),
    ],
)
def test_a_regions_spending_is_europes(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("defense_spending", "European countries")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The Commission's plan aims to mobilise up to €650 billion in extra defence spending "
            "over four years.",
            "€650 billion",
        ),
        (
            "Le plan de la Commission doit mobiliser jusqu'à 650 milliards d'euros pour la "
            "défense européenne.",
            "650 milliards d'euros",
        ),
    ],
)
def test_what_an_eu_plan_mobilises_is_the_member_states_spending(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU member states"


def test_the_union_and_its_members_in_german_are_both() -> None:
    text = (
        "Seit Kriegsbeginn haben die EU und ihre Mitgliedstaaten rund 150 Milliarden Euro für die "
        "Ukraine bereitgestellt."
    )
    assert by_surface(text)["150 Milliarden Euro"].donor == "EU and EU member states"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Polls show the strain: in Austria, support for continued aid fell to 41% in March.",
            "41%",
            "Austria",
        ),
        (
            "Umfragen zeigen, dass in Spanien nur 38 Prozent der Befragten weitere Hilfen "
            "befürworten.",
            "38 Prozent",
            "Spain",
        ),
    ],
)
def test_a_poll_placed_in_one_country_is_of_its_people(
    text: str, surface: str, country: str
) -> None:
    assert by_surface(text)[surface].donor == country


def test_a_capital_named_with_its_government_is_the_country() -> None:
    text = (
        "Le Royaume-Uni consacre 3 milliards de livres par an à l'Ukraine. À Moscou, le "
        "gouvernement a transmis à la Douma un budget qui prévoit environ 5 % du PIB pour la "
        "défense nationale."
    )
    assert by_surface(text)["5 %"].donor == "Russia"


def test_all_members_spending_is_the_allies() -> None:
    text = (
        "Russia spent about 7% of its GDP on its forces. Across NATO, members spent a combined "
        "$1.5 trillion, or 54% of the world total."
    )
    assert by_surface(text)["54%"].donor == "NATO allies"


def test_the_alliances_european_members_in_german() -> None:
    text = (
        "Die europäischen Mitglieder und Kanada steigern ihre Verteidigungsausgaben real um "
        "9 Prozent."
    )
    assert by_surface(text)["9 Prozent"].donor == "NATO European members and Canada"


def test_allies_pledging_at_the_contact_group_are_the_ramstein_group() -> None:
    text = (
        "Ukraine's allies pledged more than $15 billion in new military aid on Wednesday at a "
        "meeting of the Ukraine Defense Contact Group in Brussels."
    )
    assert by_surface(text)["$15 billion"].donor == "Ramstein group"


def test_nato_named_as_the_giver_stays_the_allies() -> None:
    text = (
        "NATO allies pledged $40 billion for Ukraine next year, ministers said before a meeting "
        "of the Ukraine Defense Contact Group."
    )
    assert by_surface(text)["$40 billion"].donor == "NATO allies"


@pytest.mark.parametrize(
    ("text", "surface", "group"),
    [
        (
            "Taken together, the four Asia-Pacific donors have committed about $14 billion to "
            "Ukraine since 2022.",
            "$14 billion",
            "Asia-Pacific donors",
        ),
        (
            "The Nordic and Baltic countries as a group have given more than 1.1% of GDP in aid "
            "to Ukraine, compared with about 0.4% for Germany.",
            "1.1%",
            "Nordic and Baltic countries",
        ),
        (
            "The Czech-led initiative has been financed by partner countries that contributed "
            "about €1.5 billion this year.",
            "€1.5 billion",
            "partner countries",
        ),
    ],
)
def test_a_group_named_in_the_texts_words_is_the_giver(text: str, surface: str, group: str) -> None:
    assert by_surface(text)[surface].donor == group


def test_a_sectors_shares_describe_no_country() -> None:
    text = (
        "Germany allocated €2 billion in military aid over the two months, the tracker said. "
        "European defence shares have risen by more than 40% since January."
    )
    assert by_surface(text)["40%"].donor is None


def test_team_europe_is_the_union_and_its_members() -> None:
    text = "Team Europe has provided about €140 billion to Ukraine since 2022, the Council said."
    assert by_surface(text)["€140 billion"].donor == "EU and EU member states"


def test_its_defence_budget_after_a_sentence_on_a_country_is_that_countrys() -> None:
    text = (
        "Russia plans to spend about 6% of GDP on defence this year.\n\n"
        "Ukraine, with an economy a tenth of Russia's size, spends far more relative to its "
        "means. Its defence budget for 2025 amounted to about $60 billion."
    )
    assert by_surface(text)["$60 billion"].donor == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Les Européens discutent d'un « prêt de réparation » de 130 milliards d'euros, financé "
            "par les avoirs russes gelés.",
            "130 milliards d'euros",
        ),
        (
            "Belgium's prime minister blocked the €130 billion reparations loan to Ukraine in "
            "December.",
            "€130 billion",
        ),
    ],
)
def test_the_reparations_loan_is_the_unions(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Ukraine-Fazilität umfasst 50 Milliarden Euro für 2024 bis 2027.",
            "50 Milliarden Euro",
        ),
        (
            "Ireland also asked about the facility's €5 billion Ukraine Assistance Fund, agreed "
            "in March 2024.",
            "€5 billion",
        ),
    ],
)
def test_the_size_of_an_eu_instrument_is_the_unions(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU"


def test_a_members_contribution_to_an_eu_instrument_stays_its_own() -> None:
    text = (
        "Insgesamt hat Österreich 250 Millionen Euro humanitäre Hilfe geleistet. Hinzu kommen "
        "Beiträge zur Europäischen Friedensfazilität von rund 170 Millionen Euro.\n\n"
        "Österreich sagte zudem 20 Millionen Euro für Generatoren zu."
    )
    figures = by_surface(text)
    assert figures["170 Millionen Euro"].donor == "Austria"
    assert figures["20 Millionen Euro"].donor == "Austria"


def test_the_windfall_the_union_hands_on_is_the_unions() -> None:
    text = (
        "La France consacrera 1 milliard d'euros à l'aide militaire. S'y ajouteront environ "
        "500 millions d'euros issus des revenus des avoirs russes immobilisés, que Bruxelles "
        "reverse à Paris pour financer des commandes destinées à l'armée ukrainienne."
    )
    figures = by_surface(text)
    assert figures["500 millions d'euros"].donor == "EU"
    assert figures["1 milliard d'euros"].donor == "France"


def test_a_states_aid_financed_by_the_windfall_stays_its_own() -> None:
    text = (
        "Paris a annoncé une aide militaire de 195 millions d'euros, financée par les intérêts "
        "des avoirs russes gelés."
    )
    assert by_surface(text)["195 millions d'euros"].donor == "France"

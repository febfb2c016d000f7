"""Extractor 2026.11.7: when a figure has a year, and the country a whole story implies.

Each rule is stated for news text in general (docs/history/extractor-passes.md, 2026.11.7) and
checked here in English and in German or French, on sentences written for these tests.
"""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 3, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met in Brussels on Thursday. Sweden said its aid would reach SEK 20 billion in "
        "2026. Norway has given NOK 5 billion in weapons to Ukraine.",
        "Die Minister trafen sich am Donnerstag in Brüssel. Schweden will seine Hilfe 2026 auf 20 "
        "Milliarden Kronen erhöhen. Norwegen hat der Ukraine Waffen im Wert von 5 Milliarden "
        "Kronen geliefert.",
        "Les ministres se sont réunis jeudi à Bruxelles. La Suède portera son aide à 20 milliards "
        "de couronnes en 2026. La Norvège a livré à l'Ukraine des armes pour 5 milliards de "
        "couronnes.",
    ],
)
def test_a_new_actors_sum_that_nothing_dates_has_no_year(text: str) -> None:
    # The report's present ("on Thursday") dates what its sentences tell as news, not a stock
    # of another giver that follows a year stated for the first.
    sweden, norway = extract_figures(text, published=PUBLISHED)
    assert (sweden.donor, sweden.year) == ("Sweden", 2026)
    assert (norway.donor, norway.year) == ("Norway", None)
    assert "year" not in norway.attribution


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met in Brussels on Thursday. Sweden said its aid would reach SEK 20 billion in "
        "2026. Norway announced NOK 5 billion in weapons for Ukraine.",
        "Les ministres se sont réunis jeudi à Bruxelles. La Suède portera son aide à 20 milliards "
        "de couronnes en 2026. La Norvège a annoncé 5 milliards de couronnes d'armes pour "
        "l'Ukraine.",
    ],
)
def test_a_new_actors_sum_announced_is_news_of_the_reports_year(text: str) -> None:
    _, norway = extract_figures(text, published=PUBLISHED)
    assert (norway.donor, norway.year) == ("Norway", 2025)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Lawmakers approved defence spending of EUR 6.2 billion for next year, up from EUR 5.8 "
            "billion.\n\nFinland's government said the increase would pay for new air defence. "
            "Finland will also keep its support for Ukraine, and Finland's president welcomed the "
            "vote.",
            "Finland",
        ),
        (
            "Der Verteidigungshaushalt steigt im kommenden Jahr auf 4,1 Milliarden Franken.\n\nDie "
            "Schweiz will damit ihre Luftabwehr erneuern. Die Schweiz bleibt neutral, sagte der "
            "Bundesrat, und die Schweiz liefert keine Waffen.",
            "Switzerland",
        ),
        (
            "Le budget des armées atteindra 52 milliards d'euros l'an prochain.\n\nLa France veut "
            "ainsi moderniser ses armées. La France maintiendra aussi son aide à l'Ukraine, a "
            "déclaré le ministre, et la France tiendra ses engagements.",
            "France",
        ),
    ],
)
def test_a_budget_story_implies_its_country_before_naming_it(text: str, country: str) -> None:
    for figure in extract_figures(text, published=PUBLISHED):
        assert (figure.category, figure.donor) == ("defense_spending", country)
        assert figure.attribution["donor"] == "document"


@pytest.mark.parametrize(
    "text",
    [
        # aid is given, not spent: a sum before any giver is named is not the main actor's
        "Over EUR 20 billion in security support for Ukraine was confirmed for next year.\n\nThe "
        "United States may cut its aid. The United States has not said when, and the United "
        "States Congress is divided.",
        # a country named as often as another is not the one the story is about
        "Defence spending will rise to EUR 6.2 billion next year.\n\nFinland and Sweden agreed to "
        "buy air defence together. Finland, like Sweden, will keep supporting Ukraine, and "
        "Sweden welcomed Finland's plan.",
    ],
)
def test_no_implied_country_for_aid_or_when_none_dominates(text: str) -> None:
    [figure] = extract_figures(text, published=PUBLISHED)
    assert figure.donor is None


@pytest.mark.parametrize(
    "text",
    [
        "The institute counts €12.4 billion in new humanitarian aid pledged by Nordic governments "
        "in 2024, up from €9.8 billion the year before.",
        "Le rapport recense 4,2 milliards d'euros d'aide militaire versés par les pays baltes en "
        "2024, contre 3,1 milliards d'euros l'année précédente.",
        "Der Bericht zählt 4,2 Milliarden Euro an Militärhilfe, die die baltischen Staaten 2024 "
        "bereitgestellt haben, gegenüber 3,1 Milliarden Euro im Vorjahr.",
    ],
)
def test_a_comparison_base_after_a_longer_clause_is_the_year_before(text: str) -> None:
    figure, base = extract_figures(text, published=PUBLISHED)
    assert (figure.year, base.year) == (2024, 2023)
    assert (base.category, base.donor) == (figure.category, figure.donor)


@pytest.mark.parametrize(
    "text",
    [
        "A single artillery round now costs about 3,500 euros on the open market.",
        "The German-made system costs around $900 million per battery, with its missiles.",
        "Drones now cost European buyers roughly €2,000 a drone, twice as much as in 2023.",
        "Eine Panzerhaubitze aus europäischer Fertigung, mit Munition und Ausbildung, kostet rund "
        "15 Millionen Euro.",
        "Ein einzelner Marschflugkörper kostet etwa 1 Million Euro.",
        "Un obus de 155 mm coûte désormais près de 4 000 euros.",
    ],
)
def test_the_price_of_one_item_is_no_sum_given(text: str) -> None:
    figure = extract_figures(text, title="Germany sends more weapons to Ukraine")[0]
    assert (figure.category, figure.aid_related, figure.donor) == ("other", False, None)


def test_a_package_that_costs_a_sum_is_still_given() -> None:
    text = "The package, which costs Germany EUR 500 million, includes air defence for Ukraine."
    assert extract_figures(text)[0].category == "military_aid"


@pytest.mark.parametrize(
    "text",
    [
        "The bill lifts the military budget to EUR 7.4 billion next year.",
        "Le projet de loi de finances porte les crédits de la mission « Défense » à 58 milliards "
        "d'euros l'an prochain.",
        "Les députés ont adopté les crédits des armées, soit 58 milliards d'euros.",
        "Die Armeeausgaben sollen im kommenden Jahr auf 6,3 Milliarden Franken steigen.",
    ],
)
def test_a_defence_ministrys_credits_are_defence_spending(text: str) -> None:
    figure = extract_figures(text, published=PUBLISHED)[0]
    assert (figure.category, figure.aid_related) == ("defense_spending", True)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Parliament passed a law raising defence spending to 2.7% of GDP by 2029.",
            "pledge_target",
        ),
        (
            "Le texte prévoit que les États consacrent 4 % de leur PIB à la défense d'ici 2032.",
            "pledge_target",
        ),
        (
            "Das Gesetz hebt die Verteidigungsausgaben auf 2,7 Prozent des BIP bis 2029 an.",
            "pledge_target",
        ),
        # a forecast is spending, and so is a level already reached
        ("Defence spending is projected to grow to 2.7% of GDP by 2029.", "defense_spending"),
        ("Defence spending reached 2.1% of GDP this year.", "defense_spending"),
    ],
)
def test_a_level_set_for_a_date_to_come_is_a_target(text: str, category: str) -> None:
    figure = extract_figures(text, published=PUBLISHED)[0]
    assert figure.category == category


@pytest.mark.parametrize(
    "text",
    [
        "Germany will send Ukraine more air defence, the German defence minister said in Kyiv. "
        "Germany has been the largest European donor, and Germany will keep that role.\n\nThe "
        "Netherlands, by comparison, has focused on fighter jets.\n\nThe new package is worth "
        "EUR 300 million and includes two IRIS-T launchers.",
        "Deutschland schickt der Ukraine weitere Waffen, sagte der deutsche Verteidigungsminister "
        "in Kiew. Deutschland ist der größte europäische Geber, und Deutschland will das "
        "bleiben.\n\nDie Niederlande setzen dagegen auf Kampfjets.\n\nDas neue Paket über 300 "
        "Millionen Euro umfasst zwei IRIS-T-Startgeräte.",
        "L'Allemagne enverra davantage d'armes à l'Ukraine, a déclaré le ministre allemand à "
        "Kyiv. L'Allemagne reste le premier donateur européen, et l'Allemagne veut le rester."
        "\n\nLes Pays-Bas, eux, misent sur les avions de combat.\n\nLe nouveau paquet, d'une "
        "valeur de 300 millions d'euros, comprend deux lanceurs IRIS-T.",
    ],
)
def test_a_giver_named_in_passing_does_not_carry_past_its_paragraph(text: str) -> None:
    [figure] = extract_figures(text, published=PUBLISHED)
    assert (figure.donor, figure.category) == ("Germany", "military_aid")


def test_a_giver_named_in_passing_carries_within_its_paragraph() -> None:
    text = (
        "Germany will send Ukraine more air defence, the German defence minister said in Kyiv. "
        "Germany has been the largest European donor, and Germany will keep that role.\n\nThe "
        "Netherlands, by comparison, has focused on fighter jets. Its latest package is worth "
        "EUR 300 million."
    )
    [figure] = extract_figures(text, published=PUBLISHED)
    assert figure.donor == "Netherlands"


@pytest.mark.parametrize(
    "text",
    [
        "Paris remains far from the allies' goal of 3.5% of GDP by 2035.",
        "Paris reste loin de l'objectif de 3,5 % du PIB d'ici à 2035 fixé par les alliés.",
        "Paris reste loin de l'objectif de 3,5 % du PIB d'ici 2035 fixé par les alliés.",
    ],
)
def test_a_targets_deadline_after_d_ici_a(text: str) -> None:
    figure = extract_figures(text, published=PUBLISHED)[0]
    assert (figure.category, figure.year) == ("pledge_target", 2035)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow raised defence spending again. The central bank kept its key rate at 17%.",
        "Moscou augmente encore ses dépenses militaires. La banque centrale a maintenu son taux "
        "directeur à 17 %.",
        "Moskau erhöht die Militärausgaben erneut. Die Notenbank beließ den Leitzins bei 17 "
        "Prozent.",
    ],
)
def test_a_central_banks_rate_is_no_defence_figure(text: str) -> None:
    [figure] = extract_figures(text, published=PUBLISHED)
    assert (figure.category, figure.aid_related) == ("other", False)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Germany will send Ukraine more air defence. Germany has been the largest European "
            "donor, and Germany will keep that role.\n\nThe National Bank of Ukraine cut its key "
            "rate on Friday. Inflation slowed to 9% in February.\n\nUnemployment stood at 6.2%.",
            "Ukraine",
        ),
        (
            "Deutschland schickt der Ukraine weitere Luftabwehr. Deutschland ist der größte "
            "europäische Geber, und Deutschland will das bleiben.\n\nRusslands Notenbank hat am "
            "Freitag ihren Leitzins gesenkt. Die Inflation fiel im Februar auf 9 Prozent.\n\n"
            "Die Arbeitslosenquote lag bei 6,2 Prozent.",
            "Russia",
        ),
        (
            "L'Allemagne enverra davantage de défense aérienne à l'Ukraine. L'Allemagne reste le "
            "premier donateur européen, et l'Allemagne veut le rester.\n\nLa banque centrale "
            "ukrainienne a abaissé vendredi son taux directeur. L'inflation est tombée à 9 % en "
            "février.\n\nLe chômage s'établit à 6,2 %.",
            "Ukraine",
        ),
    ],
)
def test_an_economic_aside_describes_the_country_its_paragraph_is_about(
    text: str, country: str
) -> None:
    # Not the story's main country: the paragraph has moved to another economy. The next
    # paragraph, which names none, is the story's own country's again.
    inflation, unemployment = extract_figures(text, published=PUBLISHED)
    assert (inflation.category, inflation.donor) == ("other", country)
    assert (unemployment.category, unemployment.donor) == ("other", "Germany")


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria has sent Ukraine shells. Bulgaria will keep sending them, and Bulgaria's "
        "factories are working day and night.\n\nUkraine's economy is recovering. Inflation "
        "slowed to 9% in February. A new package is worth EUR 60 million.",
        "Bulgarien hat der Ukraine Munition geliefert. Bulgarien wird weiter liefern, und "
        "Bulgarien baut seine Fabriken aus.\n\nDie ukrainische Wirtschaft erholt sich. Die "
        "Inflation fiel im Februar auf 9 Prozent. Ein neues Paket im Wert von 60 Millionen Euro "
        "ist geplant.",
    ],
)
def test_the_country_of_an_aside_is_no_giver_the_story_moves_on_to(text: str) -> None:
    inflation, package = extract_figures(text, published=PUBLISHED)
    assert inflation.donor == "Ukraine"
    assert (package.category, package.donor) == ("military_aid", "Bulgaria")


@pytest.mark.parametrize(
    ("text", "donor", "category"),
    [
        (
            "Österreichs Verteidigungsbudget steigt 2026 auf 4,6 Milliarden Euro.",
            "Austria",
            "defense_spending",
        ),
        (
            "Frankreichs Militärhilfe für die Ukraine beträgt 3 Milliarden Euro.",
            "France",
            "military_aid",
        ),
        ("Polens Wehretat liegt bei 4,7 Prozent des BIP.", "Poland", "defense_spending"),
        # a name ending like a genitive is no country
        ("Frances Smith said inflation stood at 2.1%.", None, "other"),
    ],
)
def test_a_german_genitive_names_its_country(text: str, donor: str | None, category: str) -> None:
    figure = extract_figures(text, published=PUBLISHED)[0]
    assert (figure.donor, figure.category) == (donor, category)


@pytest.mark.parametrize(
    "text",
    [
        "Denmark has given Ukraine weapons worth DKK 60 billion since 2022.\n\nDenmark is also "
        "expanding its own armed forces. The government created a fund of DKK 50 billion to buy "
        "air defence and other equipment.",
        "Deutschland hat der Ukraine seit 2022 Waffen für 9 Milliarden Euro geliefert.\n\nZu den "
        "größten Beschaffungsvorhaben im Verteidigungsetat gehören Patriot-Systeme und Munition. "
        "Allein für Artilleriemunition sind 20 Milliarden Euro geplant.",
        "La France a livré à l'Ukraine des armes pour 3 milliards d'euros depuis 2022.\n\nLes "
        "priorités du ministère sont connues : munitions, drones et espace. Près de 2 milliards "
        "d'euros iront aux seules munitions l'an prochain.",
        "Britain has sent Ukraine weapons worth £13 billion since 2022.\n\nOn procurement, the "
        "minister said £15 billion would be invested in new missiles over the parliament.",
    ],
)
def test_weapons_bought_for_ones_own_forces_are_defence_spending(text: str) -> None:
    # The story has been about aid; procurement for the country's own forces is its spending.
    aid, own = extract_figures(text, published=PUBLISHED)
    assert (aid.category, aid.recipient) == ("military_aid", "Ukraine")
    assert (own.category, own.recipient) == ("defense_spending", None)


@pytest.mark.parametrize(
    "text",
    [
        "Denmark has given Ukraine weapons worth DKK 60 billion since 2022.\n\nThe coalition "
        "agreed to pool DKK 2 billion to buy ammunition on the world market.",
        "La France a livré à l'Ukraine des armes pour 3 milliards d'euros depuis 2022.\n\nParis a "
        "par ailleurs mobilisé 50 millions d'euros pour l'achat de 12 canons.",
    ],
)
def test_weapons_bought_for_the_recipient_stay_aid(text: str) -> None:
    _, bought = extract_figures(text, published=PUBLISHED)
    assert (bought.category, bought.recipient) == ("military_aid", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "The defence budget rises to $900 billion next year. For the missile defense shield the "
        "Pentagon requests $25 billion. Shipbuilding would receive about $40 billion.",
        "Der Verteidigungshaushalt steigt im kommenden Jahr auf 90 Milliarden Euro. Für die "
        "Luftverteidigung sind 5 Milliarden Euro vorgesehen. Der Schiffbau erhält 3 Milliarden "
        "Euro.",
    ],
)
def test_the_weapons_a_budget_buys_make_no_kind_of_aid_current(text: str) -> None:
    for figure in extract_figures(text, published=PUBLISHED):
        assert (figure.category, figure.recipient) == ("defense_spending", None)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said it would provide $3bn in support this year, covering demining equipment, "
        "energy repairs and budget support.",
        "Japan has committed around $9 billion since the start of the war, most of it in budget "
        "support and humanitarian aid.",
        "Sweden's total support to Ukraine, including humanitarian aid, development cooperation "
        "and military aid, is approximately SEK 90 billion.",
        "Across all forms of support, the Nordic countries allocated €20 billion.",
        "Japan stellt in diesem Jahr 3 Milliarden Dollar bereit, darunter humanitäre Hilfe, "
        "Minenräumung und Kredite.",
        "Toutes aides confondues - militaire, financière et humanitaire -, la Suède a engagé 9 "
        "milliards d'euros.",
        "Depuis 2022, l'aide civile de la Suisse s'élève à 3 milliards de francs, dont 600 "
        "millions de francs d'aide humanitaire et 1,2 milliard de francs de prêts.",
    ],
)
def test_kinds_of_aid_listed_together_are_aid_of_all_kinds(text: str) -> None:
    whole = extract_figures(text, published=PUBLISHED)[0]
    assert whole.category == "aid_total"


def test_the_parts_of_a_listed_whole_keep_their_kinds() -> None:
    text = (
        "Depuis 2022, l'aide civile de la Suisse s'élève à 3 milliards de francs, dont 600 "
        "millions de francs d'aide humanitaire et 1,2 milliard de francs de prêts."
    )
    _, humanitarian, loans = extract_figures(text, published=PUBLISHED)
    assert (humanitarian.category, loans.category) == ("humanitarian_aid", "financial_aid")


@pytest.mark.parametrize(
    "text",
    [
        # one kind named, however it is introduced
        "Japan will provide $1bn in support this year, mainly for energy repairs.",
        "Die Schweiz stellt 100 Millionen Franken bereit, vor allem für die Minenräumung.",
    ],
)
def test_a_single_kind_is_no_list(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].category == "humanitarian_aid"


@pytest.mark.parametrize(
    "text",
    [
        "Norway sends Ukraine more artillery. Besides donations from its own stocks, Norway will "
        "contribute EUR 50 million to buy US-made equipment for Ukraine.",
        "Slovakia has supplied military material worth EUR 700 million to Kyiv from army stocks.",
        "Im Gepäck hatte Pistorius ein Paket über 800 Millionen Euro für die Ukraine, das vor "
        "allem Luftverteidigung umfasst.",
        "La Belgique a livré à Kyiv pour 300 millions d'euros de défense sol-air.",
    ],
)
def test_weapons_words_and_an_armys_stocks(text: str) -> None:
    figure = extract_figures(text, published=PUBLISHED)[0]
    assert (figure.category, figure.recipient) == ("military_aid", "Ukraine")
    assert figure.donor is not None


@pytest.mark.parametrize(
    "text",
    [
        "An index of European defence stocks is up 40% this year.",
        "Die Aktien von Rüstungskonzernen legten um 4 Prozent zu.",
    ],
)
def test_stocks_on_a_market_stay_other(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].category == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Germany sends Ukraine more shells. Ukrainian officials say they need at least $30 "
        "billion worth of weapons and ammunition this year.",
        "Germany sends Ukraine more shells. The country's needs for air defence interceptors "
        "alone exceed EUR 8 billion this year.",
        "Deutschland schickt der Ukraine mehr Munition. Der Bedarf an Flugabwehrraketen liegt "
        "nach Angaben aus Kiew bei 8 Milliarden Euro.",
        "L'Allemagne envoie davantage d'obus à l'Ukraine. Les besoins en munitions de l'armée "
        "ukrainienne atteignent 8 milliards d'euros cette année.",
    ],
)
def test_a_need_is_no_sum_given_whatever_it_is_for(text: str) -> None:
    [need] = extract_figures(text, published=PUBLISHED)
    assert (need.category, need.aid_related, need.recipient) == ("other", False, None)


@pytest.mark.parametrize(
    "text",
    [
        # a giver's need to give is aid still
        "Germany sends Ukraine more shells. European donors would need to find about EUR 12 "
        "billion more in military aid before the end of the year.",
        # what the recipient needs, given
        "Germany sends Ukraine more shells. Berlin will send the air defence Kyiv needs, worth "
        "EUR 500 million.",
    ],
)
def test_a_need_given_or_to_be_given_is_aid(text: str) -> None:
    [given] = extract_figures(text, published=PUBLISHED)
    assert given.category == "military_aid"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Österreich will sein Verteidigungsbudget bis 2032 auf 1,5 Prozent der "
            "Wirtschaftsleistung anheben.",
            "pledge_target",
        ),
        (
            "Bis 2029 will die Regierung die Verteidigungsausgaben auf 3,5 Prozent des BIP "
            "anheben.",
            "pledge_target",
        ),
        ("The government will raise defence spending to 3% of GDP by 2030.", "pledge_target"),
        # a forecast after the wish is still spending
        (
            "Defence spending will reach EUR 59 billion in 2026 and is projected to grow to 2.3% "
            "of GDP by 2033.",
            "defense_spending",
        ),
    ],
)
def test_a_share_wanted_by_a_date_to_come_is_a_target(text: str, category: str) -> None:
    share = next(f for f in extract_figures(text, published=PUBLISHED) if f.unit == "percent")
    assert share.category == category


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "La dette publique dépasserait 3 500 milliards d'euros fin 2027, soit 118 % du PIB.",
            2027,
        ),
        ("Ende 2026 lag die Staatsverschuldung bei 2,8 Billionen Euro.", 2026),
        ("Début 2026, la dette atteignait 3 300 milliards d'euros.", 2026),
    ],
)
def test_a_point_in_a_year_dates_its_figures(text: str, year: int) -> None:
    for figure in extract_figures(text, published=PUBLISHED):
        assert figure.year == year


def test_the_base_of_a_change_is_not_the_storys_time() -> None:
    text = (
        "NATO's European members are expected to spend $500 billion on defence in 2024, an "
        "increase of 18% in real terms on last year.\n\nPoland leads the table at 4.1%, followed "
        "by Estonia at 3.4%."
    )
    figures = extract_figures(text, published=datetime.date(2024, 6, 20))
    assert [f.year for f in figures[-2:]] == [2024, 2024]


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        ("So far, France has devoted less than 0.2% of its GDP to Ukraine.", "France"),
        ("Selon lui, la France a consacré moins de 0,2 % de son PIB à l'Ukraine.", "France"),
        (
            "Deutschland hat bisher rund 0,4 Prozent seiner Wirtschaftsleistung für die Ukraine "
            "aufgewendet.",
            "Germany",
        ),
    ],
)
def test_a_share_of_gdp_put_to_ukraine_is_aid(text: str, donor: str) -> None:
    [share] = extract_figures(text, published=PUBLISHED)
    assert (share.category, share.donor, share.recipient) == ("aid_total", donor, "Ukraine")


def test_a_recipients_deficit_as_a_share_of_gdp_stays_other() -> None:
    text = "Donors help Ukraine cover its budget deficit, which is running at about 20% of GDP."
    assert extract_figures(text, published=PUBLISHED)[0].category == "other"

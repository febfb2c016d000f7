"""Extractor 2026.11.9: precision of years and givers on news text in general.

Each rule is stated for news text in general (docs/history/extractor-passes.md, 2026.11.9) and
checked here in English and in German or French, on sentences written for these tests.
"""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 10, 14)


@pytest.mark.parametrize(
    "text",
    [
        "Germany announced EUR 500 million in air defence for Ukraine in 2025. A single "
        "interceptor costs about EUR 4 million.",
        "Deutschland sagte der Ukraine 2025 Luftverteidigung für 500 Millionen Euro zu. Ein "
        "einzelner Abfangflugkörper kostet rund 4 Millionen Euro.",
        "L'Allemagne a promis à l'Ukraine 500 millions d'euros de défense aérienne en 2025. Un "
        "seul intercepteur coûte environ 4 millions d'euros.",
    ],
)
def test_the_price_of_one_item_has_no_year(text: str) -> None:
    # What one item costs is a standing price, not a sum of the time the story tells.
    package, price = extract_figures(text, published=PUBLISHED)
    assert package.year == 2025
    assert (price.category, price.year) == ("other", None)
    assert "year" not in price.attribution


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Für das Bundesheer sind heuer 4,7 Milliarden Euro vorgesehen, im kommenden Jahr 5,0 "
            "Milliarden Euro.",
            [2025, 2026],
        ),
        (
            "Aus dem Katastrophenfonds sollen heuer 20 Millionen Euro an die Ukraine gehen, nach "
            "25 Millionen Euro im Vorjahr.",
            [2025, 2024],
        ),
        ("The defence budget rises to EUR 4.7 billion this year.", [2025]),
    ],
)
def test_heuer_is_this_year(text: str, years: list[int]) -> None:
    # Austrian and southern German "heuer" is "this year", counted from the publication date.
    assert [f.year for f in extract_figures(text, published=PUBLISHED)] == years


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        (
            "The Ramstein group pledged more military aid for Ukraine on Thursday.\n\nOf that "
            "military aid, SEK 7.3 billion will go to new artillery for Ukraine.",
            "Sweden",
        ),
        (
            "Deutschland lobte den polnischen Kurs.\n\nRund 62 Milliarden Złoty stammen aus dem "
            "Fonds zur Unterstützung der Streitkräfte.",
            "Poland",
        ),
        (
            "Le Japon a salué l'effort canadien. Au total, 2 milliards de couronnes danoises "
            "iront à l'aide militaire pour l'Ukraine.",
            "Denmark",
        ),
    ],
)
def test_a_sum_in_a_national_currency_is_that_countrys(text: str, payer: str) -> None:
    # A currency only one country pays in names the payer when the sentence names no other.
    assert extract_figures(text, published=PUBLISHED)[-1].donor == payer


@pytest.mark.parametrize(
    "text",
    [
        "Sweden pledged SEK 2 billion in military aid. Germany will send SEK 500 million worth "
        "of shells to Ukraine.",
        "The Ramstein group met in London to discuss military aid for Ukraine. He said the "
        "group's members had committed £18 billion in military aid so far this year.",
        "Deutschland sagte der Ukraine Militärhilfe zu. Polen stellt 100 Millionen Złoty für "
        "Militärhilfe bereit, sagte der deutsche Minister.",
    ],
)
def test_a_giver_the_sentence_names_keeps_its_sum_in_any_currency(text: str) -> None:
    donors = [f.donor for f in extract_figures(text, published=PUBLISHED)]
    assert donors[-1] in ("Germany", "Ramstein group", "Poland")


@pytest.mark.parametrize(
    ("text", "donor"),
    [
        (
            "Canada has bought equipment for Ukraine, including an air-defence system purchased "
            "from the United States for $406 million.",
            "Canada",
        ),
        (
            "Polen gibt dieses Jahr 4,7 Prozent seines BIP für die Verteidigung aus. Für die "
            "eigene Armee bestellte Polen in Südkorea Panzer und Haubitzen für 6,5 Milliarden "
            "Dollar.",
            "Poland",
        ),
        (
            "Le Canada a financé pour l'Ukraine des missiles achetés aux États-Unis pour 400 "
            "millions de dollars.",
            "Canada",
        ),
    ],
)
def test_the_seller_of_what_is_bought_is_not_the_giver(text: str, donor: str) -> None:
    # "purchased from", "bestellte in", "achetés aux": the country named is the seller.
    assert extract_figures(text, published=PUBLISHED)[-1].donor == donor


@pytest.mark.parametrize(
    "text",
    [
        "Germany has fixed EUR 11.5 billion in military aid for Ukraine this year, and Oslo "
        "expects to spend about NOK 85 billion on military and civilian support.",
        "Deutschland hat 11,5 Milliarden Euro Militärhilfe für die Ukraine eingeplant. Norwegen "
        "stellt 85 Milliarden Kronen für militärische und zivile Unterstützung der Ukraine bereit.",
    ],
)
def test_military_and_civilian_support_is_all_aid(text: str) -> None:
    # Civilian aid is every kind but the military one: together they are all aid, and "spend
    # on military and civilian support" is no defence budget.
    military, both = extract_figures(text, published=PUBLISHED)
    assert military.category == "military_aid"
    assert (both.category, both.recipient) == ("aid_total", "Ukraine")


@pytest.mark.parametrize(
    "text",
    [
        "The committee backed 2 billion kronor in civil and humanitarian support for Ukraine.",
        "Of the envelope, NOK 40 billion goes to weapons and NOK 9 billion to civilian and "
        "humanitarian aid for Ukraine.",
        "Bern stellt 300 Millionen Franken für zivile und humanitäre Hilfe an die Ukraine bereit.",
        "Ottawa consacrera 80 millions de dollars à l'aide civile et humanitaire pour l'Ukraine.",
    ],
)
def test_civil_and_humanitarian_support_is_all_aid(text: str) -> None:
    # Civil aid beside humanitarian aid is more than relief (the articles' README, "Settled
    # cases": civil aid of no narrower kind is aid_total), even after a military part.
    assert extract_figures(text, published=PUBLISHED)[-1].category == "aid_total"


@pytest.mark.parametrize(
    "text",
    [
        "Russia will spend 13 trillion roubles on defence next year. Growth slowed to around 1% "
        "in 2025, and oil and gas revenues fell by 24%.",
        "Polen gibt 4,7 Prozent seines BIP für die Verteidigung aus. Doch das Haushaltsdefizit "
        "lag bei rund 6,6 Prozent des BIP.",
    ],
)
def test_growth_revenue_and_a_deficit_named_alone_are_economic(text: str) -> None:
    # The economy's growth, a state's revenue and its budget deficit are no defence figures,
    # whatever the story is about.
    _, *asides = extract_figures(text, published=PUBLISHED)
    assert [f.category for f in asides] == ["other"] * len(asides)


def test_growth_of_defence_spending_stays_defence() -> None:
    text = "Germany's defence budget grew again: growth in defence spending reached 12% this year."
    assert extract_figures(text, published=PUBLISHED)[0].category == "defense_spending"


@pytest.mark.parametrize(
    "text",
    [
        "Russia's defence budget amounted to 13.5 trillion roubles last year. At average "
        "exchange rates, last year's figure was equivalent to roughly $149 billion.",
        "Russlands Verteidigungshaushalt belief sich im vergangenen Jahr auf 13,5 Billionen "
        "Rubel. Umgerechnet sind das rund 149 Milliarden Dollar.",
    ],
)
def test_a_sum_restated_at_an_exchange_rate_is_the_sum_before(text: str) -> None:
    # A sentence that only restates the sum before in another currency takes its kind and giver.
    budget, restated = extract_figures(text, published=PUBLISHED)
    assert (budget.category, budget.donor) == ("defense_spending", "Russia")
    assert (restated.category, restated.donor) == ("defense_spending", "Russia")


def test_a_sum_in_the_present_perfect_is_a_stock_with_no_year() -> None:
    # "has put in", "has disbursed": what has been given up to now, not the flow of the year the
    # sentences before stated.
    text = (
        "In 2024 the fund bought 500,000 shells for Ukraine. Denmark has put in 1.6 billion "
        "Danish crowns for the fund, and Japan has disbursed USD 12.1 billion in loans to Ukraine."
    )
    denmark, japan = extract_figures(text, published=PUBLISHED)
    assert (denmark.donor, denmark.year) == ("Denmark", None)
    assert (japan.donor, japan.year) == ("Japan", None)


@pytest.mark.parametrize(
    "text",
    [
        # a decision is news of its time
        "In 2024 Finland's aid grew. The Government has decided to contribute EUR 40 million in "
        "military aid to Ukraine.",
        # the French passé composé and the German Perfekt are plain past tenses
        "En 2024, les dons ont augmenté. Le Canada a versé 300 millions d'euros d'aide militaire "
        "à l'Ukraine.",
        "Im Jahr 2024 stieg die Hilfe. Kanada hat der Ukraine 300 Millionen Euro Militärhilfe "
        "gezahlt.",
    ],
)
def test_a_decision_or_a_past_tense_keeps_the_contexts_year(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].year == 2024


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 Europe's aid rose sharply. Over the whole war, Europe has committed EUR 118 "
        "billion in military aid to Ukraine.",
        "Since the mechanism was set up last summer, allies have financed military aid packages "
        "worth more than $4.5 billion for Ukraine.",
        "Depuis le début de l'invasion russe, en février 2022, l'aide militaire néerlandaise à "
        "l'Ukraine atteint près de 12 milliards d'euros.",
        "Im Jahr 2024 stieg die Hilfe. Im gesamten Krieg hat Deutschland der Ukraine 40 "
        "Milliarden Euro Militärhilfe zugesagt.",
    ],
)
def test_a_total_over_the_whole_war_has_no_year(text: str) -> None:
    # A total over the war, or since a start told as a clause or an apposition, is no one
    # year's.
    assert extract_figures(text, published=PUBLISHED)[-1].year is None


def test_a_start_dated_in_its_own_clause_does_not_end_the_storys_time() -> None:
    text = (
        "The fund has grown to DKK 80 billion since it was set up in 2023. The minister said "
        "DKK 4.5 billion in military aid will go to howitzers for Ukraine this year."
    )
    assert extract_figures(text, published=PUBLISHED)[-1].year == 2025


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("20th donation package (September 2024): DKK 5.6 billion in military aid.", 2024),
        ("Its last drawdown package, announced on 9 January 2025, was worth $500 million.", 2025),
        ("Das Paket vom 12. Dezember 2023 umfasste 1,8 Milliarden Kronen Militärhilfe.", 2023),
        ("Le paquet du 3 mars 2023 comprenait 200 millions d'euros d'aide militaire.", 2023),
    ],
)
def test_a_date_dates_its_figure_wherever_it_stands(text: str, year: int) -> None:
    # A month with its year is a point in time, with or without a preposition before it.
    assert extract_figures(text, published=PUBLISHED)[0].year == year


@pytest.mark.parametrize(
    "text",
    [
        "Japan plans to spend ¥43 trillion on defence over the five years to March 2028.",
        "Between February 2022 and January 2025, the United States committed about $66 billion "
        "in security assistance to Ukraine.",
    ],
)
def test_a_date_that_ends_a_stretch_dates_nothing(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].year is None


def test_a_growth_path_for_defence_is_no_economic_aside() -> None:
    text = (
        "The cabinet intends to reach the new norm of 3.5% of GDP for core defence by 2035 and "
        "will present a growth path to parliament."
    )
    assert extract_figures(text, published=PUBLISHED)[0].category == "pledge_target"


def test_pounds_name_no_payer() -> None:
    # British outlets convert other givers' sums into pounds.
    text = (
        "Norway will raise its support for Ukraine, Oslo said. The government will give Ukraine "
        "£1.6 billion in military support this year."
    )
    assert extract_figures(text, published=PUBLISHED)[0].donor == "Norway"


@pytest.mark.parametrize(
    "text",
    [
        "European allies sent more air defence to Ukraine. Rutte said the alliance was on track "
        "to meet the commitment to raise spending on core defence to 3.5% of GDP by 2035.",
        "Die Europäer schickten mehr Luftabwehr. Das Bündnis hat sich verpflichtet, bis 2035 "
        "3,5 Prozent des BIP für Verteidigung auszugeben.",
    ],
)
def test_the_alliance_is_nato(text: str) -> None:
    target = extract_figures(text, published=PUBLISHED)[-1]
    assert (target.category, target.donor) == ("pledge_target", "NATO allies")


def test_a_member_reaching_the_alliances_target_makes_it_its_own() -> None:
    text = (
        "Dutch defence spending will rise to €24 billion in 2026, and the government would "
        "reach the alliance's core target of 3.5% by 2035, the Netherlands said."
    )
    assert extract_figures(text, published=PUBLISHED)[-1].donor == "Netherlands"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Im vergangenen Jahr lag die Quote bei 4,1 Prozent des BIP für Verteidigung, im Jahr "
            "2015 noch bei 1,9 Prozent.",
            [2024, 2015],
        ),
        (
            "Defence spending reached 2.4% of GDP last year, in 2019 just 1.3%.",
            [2024, 2019],
        ),
    ],
)
def test_a_time_opening_the_next_list_item_is_that_items(text: str, years: list[int]) -> None:
    assert [f.year for f in extract_figures(text, published=PUBLISHED)] == years


def test_a_deadline_after_a_comma_still_dates_its_target() -> None:
    text = (
        "Allies will spend 3.5% of GDP on core defence, by 2035, and a further 1.5% on "
        "security-related items."
    )
    assert extract_figures(text, published=PUBLISHED)[0].year == 2035


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's defence minister told the meeting his country would need about $120 billion "
        "for its defence this year.",
        "Ukrainian officials say they need at least $40 billion worth of weapons this year.",
        "Der ukrainische Minister sagte, die Ukraine braucht in diesem Jahr rund 120 Milliarden "
        "Dollar für die Armee.",
    ],
)
def test_a_need_ukraine_states_is_ukraines(text: str) -> None:
    need = extract_figures(text, published=PUBLISHED)[0]
    assert (need.category, need.donor) == ("other", "Ukraine")


def test_a_need_others_estimate_is_still_ukraines() -> None:
    text = "Die Weltbank beziffert den Wiederaufbaubedarf der Ukraine auf 0,5 Billionen Dollar."
    need = extract_figures(text)[0]
    assert (need.category, need.donor) == ("other", "Ukraine")


@pytest.mark.parametrize(
    ("text", "spender"),
    [
        (
            "Russia's budget was signed on Friday. It foresees 12.6 trillion roubles for national "
            "defence next year.",
            "Russia",
        ),
        (
            "Österreich beschließt sein Doppelbudget. Für die Landesverteidigung sind heuer 4,66 "
            "Milliarden Euro vorgesehen.",
            "Austria",
        ),
    ],
)
def test_money_for_national_defence_is_defence_spending(text: str, spender: str) -> None:
    budget = extract_figures(text, published=PUBLISHED)[0]
    assert (budget.category, budget.donor) == ("defense_spending", spender)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Au cours de l'exercice 2024-2025, le Canada a consacré 1,37 % de son PIB à sa "
            "défense.",
            2024,
        ),
        ("In the fiscal year 2024/2025, Canada spent 1.37% of its GDP on defence.", 2024),
        ("Im Haushaltsjahr 2025/2026 gibt Kanada 1,4 Prozent des BIP für Verteidigung aus.", 2025),
        # not named as a fiscal year: two years
        ("An acceleration fund of DKK 25 billion for 2024-2025 buys air defence.", None),
    ],
)
def test_a_fiscal_year_written_in_full_is_the_year_it_starts(text: str, year: int | None) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].year == year


@pytest.mark.parametrize(
    "text",
    [
        "The United States sent more weapons. The Commission also paid out EUR 3.5 billion in "
        "loans to Ukraine this week.",
        "Les États-Unis ont livré des armes. La Commission a par ailleurs versé cette semaine une "
        "nouvelle tranche de 3,5 milliards d'euros au titre de la Facilité pour l'Ukraine.",
        "Von der Europäischen Investitionsbank erhält die Ukraine einen Kredit über 50 Millionen "
        "Euro.",
    ],
)
def test_the_commission_and_the_unions_bank_are_the_eu(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[-1].donor == "EU"


def test_a_source_cited_is_no_giver() -> None:
    text = (
        "La France apporterait selon les calculs de la Commission des garanties à hauteur "
        "d'environ 24 milliards d'euros pour le prêt à l'Ukraine."
    )
    assert extract_figures(text, published=PUBLISHED)[0].donor == "France"

"""Years of levels and moves: an economy's or a country's level told in the present tense, with no
time of its own, is of no year, whatever year another clause of its sentence or the story has
reached; the same level told with its own time, or as a forecast, keeps that time; a move told as
news, a poll no year dates and a sum announced after a paragraph on another year are the
report's."""

import datetime

from tests.support.figures import by_surface


def test_debt_in_the_present_beside_a_dated_deficit_has_no_year() -> None:
    published = datetime.date(2026, 4, 9)
    english = (
        "Portugal expects a budget deficit of 3.1% of GDP this year, and its public debt "
        "exceeds 96% of GDP."
    )
    figures = by_surface(english, published=published)
    assert figures["3.1%"].year == 2026
    assert figures["96%"].year is None
    french = (
        "Le déficit portugais devrait atteindre 3,1 % du PIB cette année et la dette publique "
        "frôle les 96 %."
    )
    figures = by_surface(french, published=published)
    assert figures["3,1 %"].year == 2026
    assert figures["96 %"].year is None


def test_a_policy_rate_held_in_the_present_has_no_year() -> None:
    published = datetime.date(2025, 9, 18)
    german = (
        "Die Inflation in Georgien lag im August bei 4,2 Prozent, die Nationalbank hält den "
        "Leitzins bei 8 Prozent."
    )
    figures = by_surface(german, published=published)
    assert figures["4,2 Prozent"].year == 2025
    assert figures["8 Prozent"].year is None
    french = (
        "L'inflation a atteint 4,2 % en août et la banque nationale maintient son taux "
        "directeur à 8 %."
    )
    figures = by_surface(french, published=published)
    assert figures["4,2 %"].year == 2025
    assert figures["8 %"].year is None


def test_a_level_that_stands_now_after_a_dated_story_has_no_year() -> None:
    text = (
        "Hungary's economy grew by 0.5% in 2024, the statistics office said. Inflation is still "
        "running near 4.6%, and the key rate stands at 6.5%."
    )
    figures = by_surface(text, published=datetime.date(2025, 3, 3))
    assert figures["0.5%"].year == 2024
    assert figures["4.6%"].year is None
    assert figures["6.5%"].year is None


def test_a_level_with_its_own_time_or_forecast_keeps_its_year() -> None:
    published = datetime.date(2025, 11, 4)
    dated = "In Slovakia, the general government deficit stands at 5.1% of GDP this year."
    assert by_surface(dated, published=published)["5.1%"].year == 2025
    forecast = "Slovakia's deficit is expected to exceed 5.3% of GDP next year."
    assert by_surface(forecast, published=published)["5.3%"].year == 2026
    past = "Slovak inflation stood at 4.1% in October."
    assert by_surface(past, published=published)["4.1%"].year == 2025


def test_a_market_move_told_as_news_is_of_the_report_year() -> None:
    published = datetime.date(2025, 5, 7)
    english = (
        "The ministry said the frigates would be delivered in 2024. Shares of the shipbuilder "
        "rose 5% on the news."
    )
    assert by_surface(english, published=published)["5%"].year == 2025
    french = "Les livraisons avaient commencé en 2024. Le titre de Thales gagnait 3 % à Paris."
    assert by_surface(french, published=published)["3 %"].year == 2025
    german = "Die Lieferung war für 2024 geplant. Die Inflation lag zuletzt bei knapp 4 Prozent."
    assert by_surface(german, published=published)["4 Prozent"].year == 2025


def test_a_move_over_a_stretch_or_from_a_base_is_no_news_of_the_year() -> None:
    published = datetime.date(2025, 5, 7)
    text = "The zloty has gained 12% against the euro over the past two years."
    assert by_surface(text, published=published)["12%"].year is None


def test_a_defence_share_told_in_the_present_has_no_year() -> None:
    published = datetime.date(2025, 9, 30)
    english = (
        "Romania will spend 2.3% of GDP on defence in 2025, the ministry said. Inflation there "
        "stood at 5.1% in August.\n\nNeighbouring Hungary spends about 2.1% of its GDP on "
        "defence."
    )
    figures = by_surface(english, published=published)
    assert figures["2.3%"].year == 2025
    assert figures["2.1%"].year is None
    french = (
        "La Roumanie consacrera 2,3 % de son PIB à la défense en 2025. L'inflation y a atteint "
        "5,1 % en août.\n\nEn face, la Russie consacre plus de 6 % de son PIB à son armée."
    )
    figures = by_surface(french, published=published)
    assert figures["2,3 %"].year == 2025
    assert figures["6 %"].year is None
    german = (
        "Rumänien wird 2025 rund 2,3 Prozent seines BIP für Verteidigung ausgeben. Die "
        "Inflation lag im August bei 5,1 Prozent.\n\nUngarn gibt etwa 2,1 Prozent seines BIP "
        "für das Militär aus."
    )
    figures = by_surface(german, published=published)
    assert figures["2,1 Prozent"].year is None


def test_a_list_going_on_keeps_its_year_in_the_present() -> None:
    text = "In 2024, Hungary spent 2.1% of its GDP on defence. Slovakia spends 2.0% of its GDP."
    figures = by_surface(text, published=datetime.date(2025, 7, 10))
    assert figures["2.0%"].year == 2024


def test_a_defence_share_with_a_time_in_its_clause_keeps_it() -> None:
    text = "Hungary spends about 2.1% of its GDP on defence this year."
    assert by_surface(text, published=datetime.date(2025, 9, 30))["2.1%"].year == 2025


def test_a_members_key_in_the_peace_facility_has_no_year() -> None:
    published = datetime.date(2025, 11, 12)
    english = (
        "Austria approved EUR 20 million in winter aid this year. Austria pays about 2.7% of "
        "the cost of each measure under the European Peace Facility, a share set by its economy."
    )
    figures = by_surface(english, published=published)
    assert figures["EUR 20 million"].year == 2025
    assert figures["2.7%"].year is None
    french = (
        "Le Portugal a annoncé cette année 100 millions d'euros d'aide militaire. Il contribue "
        "à la Facilité européenne pour la paix à hauteur de 1,6 % de son enveloppe totale."
    )
    figures = by_surface(french, published=published)
    assert figures["1,6 %"].year is None


def test_a_peace_facility_share_paid_in_a_named_year_keeps_it() -> None:
    text = "In 2024, 90% of the tranche went to the European Peace Facility, the Commission said."
    assert by_surface(text, published=datetime.date(2025, 3, 1))["90%"].year == 2024


def test_a_budget_line_after_a_total_since_the_war_keeps_the_budget_year() -> None:
    published = datetime.date(2026, 7, 29)
    german = (
        "Das Kabinett hat den Haushaltsentwurf 2027 beschlossen. Seit Beginn des Krieges hat "
        "Deutschland der Ukraine insgesamt rund 40 Milliarden Euro zur Verfügung gestellt.\n\n"
        "Der Etat des Entwicklungsministeriums sinkt auf 9,5 Milliarden Euro."
    )
    figures = by_surface(german, title="Haushaltsentwurf 2027: Mehr Geld", published=published)
    assert figures["40 Milliarden Euro"].year is None
    assert figures["9,5 Milliarden Euro"].year == 2027
    english = (
        "The cabinet approved the draft 2027 budget on Wednesday. Since the start of the war, "
        "the country has given Ukraine a total of EUR 9 billion.\n\n"
        "The development ministry's budget falls to EUR 2.5 billion."
    )
    figures = by_surface(english, title="Draft 2027 budget: more for defence", published=published)
    assert figures["EUR 9 billion"].year is None
    assert figures["EUR 2.5 billion"].year == 2027


def test_a_poll_no_year_dates_is_of_the_publication_year() -> None:
    published = datetime.date(2025, 3, 4)
    german = (
        "Seit Beginn des Krieges hat Österreich rund 200 Millionen Euro bereitgestellt. Laut "
        "einer Umfrage des Instituts Unique befürworten 47 Prozent der Befragten weitere Hilfe."
    )
    assert by_surface(german, published=published)["47 Prozent"].year == 2025
    english = (
        "Since the invasion, Dublin has given about €400 million. A Red C poll found 52% of "
        "voters back more aid, against 33% who are opposed."
    )
    figures = by_surface(english, published=published)
    assert figures["52%"].year == 2025
    assert figures["33%"].year == 2025


def test_a_poll_dated_by_a_year_keeps_it() -> None:
    text = "A poll in 2023 found 64% of Danes backed more aid."
    assert by_surface(text, published=datetime.date(2025, 3, 4))["64%"].year == 2023


def test_a_move_told_in_the_perfect_with_an_adverb_is_news() -> None:
    text = "The factory opened in 2023. Inflation has now fallen to 2.1%, the bank said."
    assert by_surface(text, published=datetime.date(2025, 6, 4))["2.1%"].year == 2025


def test_a_sum_announced_after_a_paragraph_on_last_year_is_news() -> None:
    published = datetime.date(2025, 3, 20)
    english = (
        "The Pentagon sent a $200 million package in November, officials said.\n\n"
        "Denmark, the third-largest donor, announced a new package worth 400 million euros."
    )
    figures = by_surface(english, published=published)
    assert figures["$200 million"].year == 2024
    assert figures["400 million euros"].year == 2025
    german = (
        "Im Jahr 2024 gab Berlin der Ukraine Militärhilfe über 7 Milliarden Euro.\n\n"
        "Dort sagte der Minister der Republik Moldau 25 Millionen Euro für die Stromversorgung "
        "zu, die ebenfalls unter Angriffen leidet. Parallel kündigte das Auswärtige Amt weitere "
        "80 Millionen Euro für die Winterhilfe an, unter anderem für Generatoren."
    )
    figures = by_surface(german, published=published)
    assert figures["25 Millionen Euro"].year == 2025
    assert figures["80 Millionen Euro"].year == 2025


def test_a_sum_announced_in_the_same_month_keeps_the_story_time() -> None:
    text = (
        "In December 2024, Washington sent its last large package. It announced two more "
        "drawdown packages in the same month, worth $400 million and $700 million."
    )
    figures = by_surface(text, published=datetime.date(2025, 2, 14))
    assert figures["$400 million"].year == 2024


def test_a_cumulative_share_and_the_share_it_rose_from_have_no_year() -> None:
    published = datetime.date(2025, 10, 9)
    english = (
        "Nordic donors' share of all military aid allocated since the invasion has risen to "
        "21%, from 17% at the end of last year."
    )
    figures = by_surface(english, published=published)
    assert figures["21%"].year is None
    assert figures["17%"].year is None
    total = "The EU institutions account for 38% of the total aid, up from 31% a year earlier."
    figures = by_surface(total, published=published)
    assert figures["31%"].year is None


def test_a_share_of_one_years_aid_keeps_its_year() -> None:
    text = "Nordic donors gave 21% of the military aid allocated in 2024."
    assert by_surface(text, published=datetime.date(2025, 10, 9))["21%"].year == 2024

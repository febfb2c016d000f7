"""Year rules of extractor 2026.11.30 (issue 10, the year pass): a budget story's own year after
an aside, a fiscal year named by the month it starts in, a total over the years told right after
its sum. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import datetime

from tests.support.figures import by_surface


def test_a_budget_story_dates_its_lines_after_an_aside_on_this_year() -> None:
    text = (
        "OSLO - Norway's government on Tuesday presented a draft 2027 budget that lifts defence "
        "spending to NOK 110 billion. The armed forces expect to spend NOK 98 billion on "
        "defence this year. Of the defence total, NOK 20 billion will go to new frigates."
    )
    figures = by_surface(text, published=datetime.date(2026, 10, 6))
    assert figures["NOK 110 billion"].year == 2027
    assert figures["NOK 98 billion"].year == 2026
    assert figures["NOK 20 billion"].year == 2027


def test_a_budget_named_in_the_headline_frames_the_story() -> None:
    text = (
        "Das Kabinett hat den Entwurf am Mittwoch beschlossen. Der Wehretat wächst auf 60 "
        "Milliarden Euro, nach 52 Milliarden Euro im laufenden Jahr. Bereits im vergangenen "
        "Juni hatte die Regierung 2 Milliarden Euro für Munition zugesagt. Die Zinsausgaben "
        "steigen auf 30 Milliarden Euro."
    )
    title = "Haushaltsentwurf 2027: Wehretat wächst deutlich"
    figures = by_surface(text, title, datetime.date(2026, 7, 2))
    assert figures["60 Milliarden Euro"].year == 2027
    assert figures["30 Milliarden Euro"].year == 2027


def test_a_fiscal_year_named_by_its_starting_month_is_the_next_to_start() -> None:
    text = (
        "Japan's cabinet approved a record defence budget of ¥9.5 trillion for the fiscal year "
        "starting in April."
    )
    assert by_surface(text, published=datetime.date(2026, 12, 22))["¥9.5 trillion"].year == 2027
    assert by_surface(text, published=datetime.date(2026, 2, 3))["¥9.5 trillion"].year == 2026


def test_a_total_told_right_after_its_sum_has_no_year() -> None:
    text = (
        "Sweden spent 2.2% of GDP on defence last year and has given Ukraine military aid "
        "worth SEK 80 billion since the invasion."
    )
    figures = by_surface(text, published=datetime.date(2026, 3, 10))
    assert figures["2.2%"].year == 2025
    assert figures["SEK 80 billion"].year is None


def test_a_share_of_all_aid_since_the_war_began_has_no_year() -> None:
    text = (
        "Europe now accounts for 71% of all military aid allocated since the start of the war, "
        "up from 52% at the end of last year."
    )
    assert by_surface(text, published=datetime.date(2026, 3, 10))["71%"].year is None


def test_a_sum_so_far_this_year_keeps_its_year() -> None:
    text = "The coalition's members have committed £5 billion so far this year, the minister said."
    assert by_surface(text, published=datetime.date(2026, 3, 10))["£5 billion"].year == 2026


def test_aid_approved_apart_from_the_budget_keeps_the_story_time() -> None:
    text = (
        "VIENNA, Dec 12 - Austria's parliament on Thursday approved the 2026 budget, which lifts "
        "defence spending to EUR 5.1 billion. The finance minister expects a deficit of 3.9% of "
        "GDP this year. Of the defence total, EUR 1.2 billion goes to new radars. The cabinet "
        "separately approved EUR 4 million of winter aid for Ukraine, mostly for generators."
    )
    figures = by_surface(text, published=datetime.date(2025, 12, 12))
    assert figures["EUR 5.1 billion"].year == 2026  # the relative clause of the 2026 budget
    assert figures["EUR 1.2 billion"].year == 2026
    assert figures["EUR 4 million"].year == 2025


def test_a_target_level_reached_in_a_stated_year_takes_that_year() -> None:
    published = datetime.date(2026, 5, 20)
    reached = "Portugal a atteint l'an dernier l'objectif de 2 % du PIB consacré à la défense."
    assert by_surface(reached, published=published)["2 %"].year == 2025
    reach = (
        "The Prime Minister has promised to reach the government's goal of spending 1.5% of GDP "
        "on defence this fiscal year."
    )
    assert by_surface(reach, published=published)["1.5%"].year == 2026


def test_the_alliances_target_to_be_met_or_measured_against_stays_open() -> None:
    published = datetime.date(2026, 5, 20)
    promised = (
        "The minister said Canada would meet NATO's 3.5% core benchmark in the current fiscal year."
    )
    assert by_surface(promised, published=published)["3.5%"].year is None
    measured = (
        "Slovenia will spend 1.6% of GDP on defence this year, well below NATO's guideline of 2%."
    )
    figures = by_surface(measured, published=published)
    assert figures["1.6%"].year == 2026
    assert figures["2%"].year is None


def test_a_level_told_as_the_current_one_has_no_year() -> None:
    published = datetime.date(2026, 5, 20)
    text = (
        "Bis 2030 sollen die Militärausgaben 1,5 Prozent erreichen, heute sind es rund 0,9 Prozent."
    )
    figures = by_surface(text, published=published)
    assert figures["1,5 Prozent"].year == 2030
    assert figures["0,9 Prozent"].year is None
    english = "Defence spending, currently about 1.1% of GDP, is to reach 2% by 2030."
    assert by_surface(english, published=published)["1.1%"].year is None


def test_a_sum_for_two_years_named_together_has_no_year() -> None:
    published = datetime.date(2026, 1, 15)
    french = (
        "En décembre, les Vingt-Sept ont décidé de prêter 70 milliards d'euros à l'Ukraine en "
        "2026 et 2027."
    )
    assert by_surface(french, published=published)["70 milliards d'euros"].year is None
    german = (
        "Die EU stellt Kiew für die Jahre 2026 und 2027 ein Darlehen über 70 Milliarden Euro "
        "bereit."
    )
    assert by_surface(german, published=published)["70 Milliarden Euro"].year is None


def test_a_past_year_told_in_the_pluperfect_is_an_aside() -> None:
    text = (
        "The defence minister visited Kyiv on Tuesday. Parliament had approved SEK 20 billion "
        "for Ukraine in 2024. The minister announced a new package worth SEK 3 billion."
    )
    figures = by_surface(text, published=datetime.date(2026, 3, 10))
    assert figures["SEK 20 billion"].year == 2024
    assert figures["SEK 3 billion"].year == 2026


def test_the_year_a_target_was_set_is_no_deadline() -> None:
    published = datetime.date(2026, 5, 20)
    text = "The previous NATO spending target, agreed at the Wales summit in 2014, was 2% of GDP."
    assert by_surface(text, published=published)["2%"].year is None
    deadline = "Allies agreed in The Hague to reach 3.5% of GDP on core defence by 2035."
    assert by_surface(deadline, published=published)["3.5%"].year == 2035


def test_a_change_on_a_base_year_is_of_the_year_after() -> None:
    published = datetime.date(2026, 9, 15)
    text = (
        "The draft sets defence spending at SEK 160 billion, an increase of SEK 24 billion from "
        "2026."
    )
    assert by_surface(text, published=published)["SEK 24 billion"].year == 2027
    relative = (
        "Next year the ministry receives EUR 9 billion, a rise of about EUR 1.1 billion on this "
        "year."
    )
    assert by_surface(relative, published=published)["EUR 1.1 billion"].year == 2027


def test_a_gift_told_as_news_is_of_the_report_year_after_a_total_since_the_war() -> None:
    text = (
        "Die Außenministerin ist zu ihrem ersten Besuch seit Kriegsbeginn in Kiew eingetroffen. "
        "Für die Reparatur von Heizkraftwerken in der Ukraine stellt die Regierung zusätzlich "
        "40 Millionen Euro bereit. Die Förderbank gewährt dem Netzbetreiber einen Kredit über "
        "80 Millionen Euro."
    )
    figures = by_surface(text, published=datetime.date(2025, 10, 2))
    assert figures["40 Millionen Euro"].year == 2025
    assert figures["80 Millionen Euro"].year == 2025


def test_a_total_told_as_news_stays_undated() -> None:
    text = (
        "Since the invasion, Canada has sent weapons and money to Ukraine. In total, Ottawa has "
        "committed more than C$19 billion."
    )
    assert by_surface(text, published=datetime.date(2025, 10, 2))["C$19 billion"].year is None


def test_a_part_of_a_standing_instrument_has_no_year_the_story_reached() -> None:
    text = (
        "The European Union agreed its support programme for Ukraine on Tuesday. The Facility "
        "combines €20 billion in loans with €8 billion in grants. Its second pillar provides "
        "€5 billion in guarantees. In May the Commission disbursed a tranche of €2 billion."
    )
    figures = by_surface(text, published=datetime.date(2026, 6, 4))
    assert figures["€20 billion"].year is None
    assert figures["€5 billion"].year is None
    assert figures["€2 billion"].year == 2026


def test_the_g7_loans_as_a_whole_have_no_year_their_payouts_do() -> None:
    text = (
        "En 2024, le G7 a accordé à l'Ukraine des prêts dits ERA de 50 milliards de dollars. "
        "Cette année, le Japon en a versé 1 milliard de dollars."
    )
    figures = by_surface(text, published=datetime.date(2026, 4, 2))
    assert figures["50 milliards de dollars"].year is None
    assert figures["1 milliard de dollars"].year == 2026


def test_the_first_since_a_start_leaves_the_story_dated() -> None:
    text = (
        "World military spending rose for a tenth year in 2025, to $2.9 trillion. The Kremlin's "
        "budget for this year foresees a small cut, the first since 2022. Poland spent 4.2% of "
        "GDP, the most of any NATO member."
    )
    assert by_surface(text, published=datetime.date(2026, 4, 27))["4.2%"].year == 2025


def test_a_further_sum_going_somewhere_is_news_of_the_report_year() -> None:
    text = (
        "New Zealand's package for Ukraine includes drones and training. A further $4 million "
        "will support humanitarian demining."
    )
    assert by_surface(text, published=datetime.date(2025, 5, 6))["$4 million"].year == 2025


def test_a_long_german_present_gift_after_last_year_is_news() -> None:
    text = (
        "Im vergangenen Jahr waren es 6 Milliarden Euro. Das Entwicklungsministerium stellt "
        "zusätzlich 90 Millionen Euro für die Reparatur von Kraftwerken in der Ukraine und "
        "Wärmenetzen bereit."
    )
    figures = by_surface(text, published=datetime.date(2025, 5, 28))
    assert figures["6 Milliarden Euro"].year == 2024
    assert figures["90 Millionen Euro"].year == 2025


def test_a_budget_named_by_its_year_after_own_dates_its_sums() -> None:
    text = "Seoul's own 2026 defence budget rose 7.5% to 66.3 trillion won."
    figures = by_surface(text, published=datetime.date(2026, 3, 2))
    assert figures["66.3 trillion won"].year == 2026
    assert figures["7.5%"].year == 2026

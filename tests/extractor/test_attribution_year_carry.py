"""Year rules: where the year a story has reached stops carrying to a figure, or another time
takes over. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import datetime

import pytest

from tests.support.figures import by_surface, in_order

PUBLISHED = datetime.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Finland's economy shrank by 0.4% in 2024. In a recent survey, 63% of Finns backed "
            "more spending on the armed forces.",
            "63%",
        ),
        (
            "En 2024, la Belgique a consacré 1,3 % de son PIB à la défense. Selon un sondage, "
            "57 % des Belges approuvent une hausse.",
            "57 %",
        ),
        (
            "Im Jahr 2024 lag die Inflation bei 2,9 Prozent. Laut einer aktuellen Umfrage "
            "befürworten 48 Prozent der Befragten höhere Verteidigungsausgaben.",
            "48 Prozent",
        ),
    ],
)
def test_a_poll_is_of_the_report_s_time_not_the_paragraph_s_year(text: str, surface: str) -> None:
    figure = by_surface(text, published=PUBLISHED)[surface]
    assert (figure.category, figure.year) == ("other", 2026)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Finland will spend EUR 6 billion on defence this year. Sweden approved SEK 3 billion "
            "for air defence systems for Ukraine.",
            "SEK 3 billion",
        ),
        (
            "Finland will spend EUR 6 billion on defence this year. Denmark committed DKK 1.3 "
            "billion to the Danish model, which pays Ukrainian factories to build weapons.",
            "DKK 1.3 billion",
        ),
    ],
)
def test_a_new_giver_s_sum_in_a_story_on_its_own_year_is_news_of_that_year(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year == 2026


def test_a_share_of_the_g7_loans_agreed_for_ukraine_has_no_one_year() -> None:
    text = (
        "Le Canada versera cette année 500 millions de dollars d'aide militaire à l'Ukraine. Le "
        "ministre a rappelé que le Canada contribue 5 milliards de dollars à l'initiative du G7 "
        "visant à accorder à l'Ukraine des prêts."
    )
    figures = by_surface(text, published=PUBLISHED)
    assert (figures["500 millions de dollars"].year, figures["5 milliards de dollars"].year) == (
        2026,
        None,
    )


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Congress approved a defence budget this year. The president's request for $24 "
            "billion in aid for Ukraine remains stalled in the House.",
            "$24 billion",
        ),
        (
            "Le Parlement a adopté le budget cette année. L'enveloppe de 5 milliards d'euros pour "
            "l'Ukraine demandée par le gouvernement reste bloquée au Sénat.",
            "5 milliards d'euros",
        ),
        (
            "Die Regierung hat in diesem Jahr 8 Milliarden Euro für die Ukraine bereitgestellt. "
            "Weitere 3 Milliarden Euro Militärhilfe sind im Parlament blockiert.",
            "3 Milliarden Euro",
        ),
        (
            "Parliament approved the defence budget this year. A further EUR 2 billion in "
            "military aid for Kyiv awaits approval by the finance committee.",
            "EUR 2 billion",
        ),
        (
            "Le Parlement a adopté le budget cette année. Une aide militaire supplémentaire de 2 "
            "milliards d'euros reste en attente.",
            "2 milliards d'euros",
        ),
    ],
)
def test_a_sum_held_up_or_requested_is_of_no_year(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year is None


def test_a_blocked_sum_keeps_the_year_its_own_clause_states() -> None:
    text = (
        "Germany gave Ukraine EUR 7 billion in military aid last year. A further EUR 3 billion "
        "requested by the ministry for this year remains blocked until the election."
    )
    assert by_surface(text, published=PUBLISHED)["EUR 3 billion"].year == 2026


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Hungary's defence budget will rise next year. The government plans to raise "
            "value-added tax to 29% from 27% to pay for it.",
            "27%",
        ),
        (
            "Inflation reached 4% last year. The government will raise the levy on bank profits "
            "to 15% from 10% in July.",
            "10%",
        ),
        (
            "Le déficit public a atteint 5,4 % du PIB l'an dernier. Parmi les mesures figure le "
            "relèvement de la TVA sur certains produits, de 6 % à 9 %.",
            "6 %",
        ),
    ],
)
def test_the_old_rate_of_a_changed_tax_is_of_no_year(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year is None


@pytest.mark.parametrize(
    "text",
    [
        "At their summit in The Hague, allies agreed to spend 3.5% of GDP on core defence by "
        "2035. Reaching 3.5% will strain the Spanish budget.",
        "Les alliés se sont engagés à consacrer 3,5 % de leur PIB à la défense d'ici 2035. "
        "Atteindre 3,5 % sera difficile pour l'Espagne.",
    ],
)
def test_a_target_level_named_again_keeps_the_deadline_agreed_for_it(text: str) -> None:
    assert [f.year for f in in_order(text, published=PUBLISHED)] == [2035, 2035]


@pytest.mark.parametrize(
    "text",
    [
        # still to be agreed: no deadline to keep
        "NATO leaders are expected to agree a target of 3.5% of GDP by 2035 next month. "
        "Reaching 3.5% will strain the Spanish budget.",
        # a country's own deadline is not the alliance's benchmark's
        "New Zealand will lift defence spending to 2% of GDP by 2033. The minister said the "
        "country was not bound by NATO's 2% benchmark.",
    ],
)
def test_a_target_level_keeps_no_deadline_proposed_or_another_holder_s(text: str) -> None:
    assert in_order(text, published=PUBLISHED)[-1].year is None


@pytest.mark.parametrize(
    "text",
    [
        "When NATO leaders agreed at The Hague in June 2025 to spend 5% of GDP on defence and "
        "security by 2035, with 3.5% for core defence and 1.5% for resilience, the headlines "
        "focused on Washington.",
        "Japan is not a NATO member, but it attended the alliance's summit in The Hague last "
        "year, where allies agreed to spend 5% of GDP on defence and related security by 2035.",
    ],
)
def test_a_target_takes_its_deadline_over_a_nearer_time_of_its_sentence(text: str) -> None:
    assert in_order(text, published=PUBLISHED)[0].year == 2035


def test_a_deadline_after_another_level_is_not_the_share_s_before_it() -> None:
    text = (
        "The 2027 budget keeps defence spending at 2% of GDP, leaving the path to NATO's 3.5% "
        "by 2035 open."
    )
    assert by_surface(text, published=PUBLISHED)["2%"].year != 2035


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Russia's economy grew 4% in 2024. Western assets in Russia are estimated at about "
            "$280 billion.",
            "$280 billion",
        ),
        (
            "Im Jahr 2024 lieferte Deutschland Waffen für 7 Milliarden Euro. Die Prämien für "
            "Kriegsversicherungen sind auf etwa 1 Prozent des Schiffswerts gesunken.",
            "1 Prozent",
        ),
    ],
)
def test_a_figure_of_no_economy_nor_budget_takes_no_carried_year(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Regierung hat den Haushalt für 2027 beschlossen. Die Mittel für die "
            "Entwicklungszusammenarbeit sinken um 110 Millionen Euro.",
            "110 Millionen Euro",
        ),
        (
            "The cabinet approved the 2027 budget on Tuesday. The draft foresees total spending "
            "of EUR 480 billion.",
            "EUR 480 billion",
        ),
    ],
)
def test_a_budget_line_keeps_the_budget_s_year(text: str, surface: str) -> None:
    assert by_surface(text, published=PUBLISHED)[surface].year == 2027

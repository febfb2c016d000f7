"""Attribution rules of extractor 2026.11.16 (issue 10, eleventh pass): structural causes that
recur across the article sets. Each rule is checked on sentences written for these tests, never
copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2026, 3, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Finland has earmarked €300 million for air defence this year, and Estonia about "
        "€40 million.",
        "Sweden will spend 2.6% of GDP on defence next year, while Norway plans 2.2%.",
        "La Suède consacre 2,4 % de son PIB à la défense cette année, et la Norvège 2,1 %.",
    ],
)
def test_a_list_in_one_sentence_shares_the_time_stated_after_its_first_item(text: str) -> None:
    first, second = (f.year for f in extract_figures(text, published=PUBLISHED))
    assert first is not None
    assert second == first


@pytest.mark.parametrize(
    "text",
    [
        # an earlier event, not an item of the list
        "Finland will give €300 million for air defence in 2026, after sending €90 million to "
        "the demining coalition.",
        # the time belongs to the named request before the sum, not to what follows
        "The ministry's request for 2026 totals €9 billion, while the finance ministry wants a "
        "further €1 billion.",
    ],
)
def test_a_sum_outside_the_list_does_not_take_its_time(text: str) -> None:
    assert extract_figures(text, published=None)[1].year is None


def test_the_base_of_a_comparison_does_not_lend_its_time_to_the_list() -> None:
    text = (
        "The budget sets defence at SEK 180 billion, down slightly from SEK 170 billion this "
        "year, and about 2.8% of GDP."
    )
    figures = extract_figures(text, published=PUBLISHED)
    assert figures[2].year != 2026


def test_a_trackers_allocations_are_aid_of_the_kind_the_story_is_on() -> None:
    text = (
        "New military aid allocations to Ukraine slowed in May, the tracker shows. Average "
        "monthly allocations this year stand at about EUR 2.1 billion."
    )
    assert extract_figures(text, published=PUBLISHED)[0].category == "military_aid"


@pytest.mark.parametrize(
    "text",
    [
        "Military aid fell in 2025, the tracker shows. Total commitments since January 2022 "
        "now stand at EUR 120 billion.",
        "In April and May, total new allocations came to EUR 4.2 billion.",
    ],
)
def test_a_trackers_total_of_allocations_is_all_aid(text: str) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].category == "aid_total"


def test_an_allys_capability_commitments_are_no_aid() -> None:
    text = (
        "Allies agreed to raise defence spending to 3.5% of GDP by 2035. Spain said it could "
        "meet its capability commitments by spending around 2.1% of GDP."
    )
    assert extract_figures(text, published=PUBLISHED)[1].category == "pledge_target"


@pytest.mark.parametrize(
    "text",
    [
        "The Kiel Institute updated its tracker on Tuesday. Measured against their economies, "
        "Norway allocated 0.9% of its GDP to Ukraine and Finland 0.6%.",
        "L'institut de Kiel a publié mardi sa mise à jour. Rapportée au PIB, l'aide de la "
        "Finlande atteint 0,6 %, celle de la Norvège 0,9 %.",
    ],
)
def test_aid_as_a_share_of_the_economy_in_an_undated_story_has_no_year(text: str) -> None:
    assert [f.year for f in extract_figures(text, published=PUBLISHED)] == [None, None]


def test_aid_as_a_share_in_a_story_that_states_its_year_keeps_it() -> None:
    text = (
        "Nordic aid rose in 2025, the tracker shows. Relative to their economies, Norway "
        "allocated 0.9% of GDP and Finland 0.6%."
    )
    assert [f.year for f in extract_figures(text, published=PUBLISHED)] == [2025, 2025]


def test_a_change_in_aid_keeps_the_reports_time() -> None:
    text = (
        "Nordic donors allocated €1.1 billion in military aid in January and February, 40% "
        "less than in the same months of last year."
    )
    assert extract_figures(text, published=PUBLISHED)[1].year is not None


@pytest.mark.parametrize(
    "text",
    [
        "Der Wehretat soll im kommenden Jahr auf 70 Milliarden Euro steigen, nach 64 Milliarden "
        "Euro in diesem Jahr. Für Drohnen sind 4 Milliarden Euro vorgesehen.",
        "The draft puts the defence budget at ¥9 trillion next year, up slightly from ¥8.6 "
        "trillion this year. Spending on drones roughly doubles to ¥400 billion.",
    ],
)
def test_a_comparison_base_does_not_move_the_storys_time(text: str) -> None:
    figures = extract_figures(text, published=PUBLISHED)
    assert figures[0].year == 2027
    assert figures[-1].year == 2027


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        (
            "Der Wehretat von Dänemark steigt deutlich. Nach den Kriterien der NATO entspricht "
            "das einer Quote von 3,2 Prozent der Wirtschaftsleistung.",
            "Denmark",
        ),
        (
            "Slovakia's budget was approved on Friday. Its deficit is expected to reach 4.9% of "
            "GDP, above the EU's fiscal limit of 3%.",
            "Slovakia",
        ),
    ],
)
def test_a_body_whose_yardstick_measures_a_countrys_figure_is_not_its_giver(
    text: str, giver: str
) -> None:
    assert extract_figures(text, published=PUBLISHED)[0].donor == giver


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Norway has given $9 billion in aid to Ukraine since 2022, about $6 billion of it "
            "military.",
            ["aid_total", "military_aid"],
        ),
        (
            "Schweden hat Hilfen von 7 Milliarden Euro geleistet, davon 5 Milliarden Euro "
            "militärisch.",
            ["aid_total", "military_aid"],
        ),
        (
            "Of Japan's total, $9 billion is financial and $1 billion humanitarian.",
            ["financial_aid", "humanitarian_aid"],
        ),
    ],
)
def test_a_kind_said_of_the_sum_after_it_is_its_category(text: str, kinds: list[str]) -> None:
    assert [f.category for f in extract_figures(text, published=PUBLISHED)] == kinds


def test_a_kind_before_a_noun_is_no_predicate() -> None:
    text = "Japan's budget sets aside $60 billion military spending for the year."
    assert extract_figures(text, published=PUBLISHED)[0].category == "defense_spending"


def test_natos_european_members_with_canada_are_one_giver() -> None:
    text = (
        "According to NATO's estimates, European members and Canada will spend about $500 "
        "billion on defence this year."
    )
    assert extract_figures(text, published=PUBLISHED)[0].donor == (
        "NATO European members and Canada"
    )

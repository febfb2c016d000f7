"""Years and categories read from a figure's wording and its story (extractor 2026.11.12, from the
misses of holdouts 4-7). Each rule is checked on sentences written for these tests, never copied
from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures

PUBLISHED = datetime.date(2025, 10, 7)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the base is this year's: the figure is next year's
        (
            "Der Etat der Marine soll auf 14,2 Milliarden Euro wachsen, nach 12,9 Milliarden Euro "
            "in diesem Jahr.",
            2026,
        ),
        ("The navy will get NOK 9 billion, up from NOK 7.5 billion this year.", 2026),
        # the base is last year's: the figure is this year's
        (
            "Oslo has set aside about NOK 30 billion, down from more than NOK 35 billion last "
            "year.",
            2025,
        ),
        # a time named only as what the figure is measured against
        ("Funding for coastal radars is EUR 80 million higher than this year's total.", 2026),
        # a share changing from a base the publication dates
        ("The deficit is set to narrow to 2.9% of GDP from an estimated 3.4% this year.", 2026),
    ],
)
def test_a_figure_compared_with_a_base_of_this_or_last_year_is_the_year_after(
    text: str, year: int
) -> None:
    first = extract_figures(text, published=PUBLISHED)[0]
    assert first.year == year


def test_a_base_named_with_the_time_the_change_takes_effect_dates_the_figure() -> None:
    (vat, _base) = extract_figures(
        "Oslo will lift the levy to 27% from 25% next year.", published=PUBLISHED
    )
    assert vat.year == 2026


@pytest.mark.parametrize(
    "text",
    [
        "Measured against the economy, the defence chapter shrinks to 4.1% of GDP.",
        "La Grèce a inscrit 6,1 milliards d'euros au titre de la défense nationale.",
        "L'an passé, la Norvège a dépensé 110 milliards de couronnes pour sa défense.",
    ],
)
def test_a_budget_line_named_as_defence_is_defence_spending(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.category == "defense_spending"


def test_a_state_s_whole_spending_is_not_its_defence_line() -> None:
    share, whole = extract_figures(
        "Athènes a inscrit 6,1 milliards d'euros au titre de la défense nationale, sur des "
        "dépenses publiques totales de 98 milliards d'euros.",
        published=PUBLISHED,
    )
    assert (share.category, whole.category) == ("defense_spending", "other")


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Le Portugal a relevé son budget militaire et vise 2,5 % dès 2030.", 0),
        ("La Suisse porte sa part à 0,9 %, loin des 2 % que visent les alliés de l'OTAN.", 1),
        ("Litauen will die 6 Prozent des BIP für Verteidigung schon 2028 erreichen.", 0),
    ],
)
def test_a_country_s_own_aim_for_a_later_year_is_a_target(text: str, index: int) -> None:
    figures = extract_figures(text, published=PUBLISHED)
    assert figures[index].category == "pledge_target"


def test_france_s_support_fund_for_kyiv_is_military_aid() -> None:
    (figure,) = extract_figures(
        "Paris a encore abondé le fonds de soutien de 120 millions d'euros.", published=PUBLISHED
    )
    assert figure.category == "military_aid"


@pytest.mark.parametrize(
    "text",
    [
        "Japan announced new support on Tuesday. Tokyo approved a loan of $6 billion for 2026 and "
        "2027.",
        "Oslo a annoncé mardi une nouvelle aide. La Norvège a promis un prêt de 4 milliards "
        "d'euros pour 2026 et 2027.",
        "Der Bundestag hat am Dienstag den Haushalt beraten. Der Bund stellt 7 Milliarden Euro "
        "über vier Jahre für die Luftabwehr bereit.",
        "Canberra released its Budget on Tuesday. The Budget adds $3.2 billion for drones over "
        "the forward estimates.",
        "The defence secretary spoke on Tuesday. Ministers will invest £4 billion in submarines "
        "over the course of this parliament.",
    ],
)
def test_an_envelope_over_several_years_has_no_single_year(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.year is None


@pytest.mark.parametrize(
    "text",
    [
        "Rome briefed reporters on Monday. Italy's share of the G7 loan backed by Russian assets, "
        "EUR 1.7 billion, has been paid out.",
        "Madrid spoke on Monday. Spain said it would contribute EUR 900 million to the G7 loan "
        "scheme.",
        "Rome a précisé lundi que sur les 2 milliards d'euros de sa contribution au prêt du G7, la "
        "moitié est versée.",
    ],
)
def test_a_member_s_share_of_the_g7_loans_has_no_single_year(text: str) -> None:
    (figure,) = extract_figures(text, published=PUBLISHED)
    assert figure.year is None


def test_a_sum_disbursed_of_a_g7_share_keeps_its_year() -> None:
    paid, share = extract_figures(
        "Tokyo said on Monday it had disbursed $1 billion of its $3 billion share of the G7 loans.",
        published=PUBLISHED,
    )
    assert (paid.year, share.year) == (2025, None)


@pytest.mark.parametrize(
    "text",
    [
        "Since 2022, Japan has given $9 billion. Tokyo will also contribute $40 million to the "
        "demining fund.",
        "Since 2022, Japan has given $9 billion. Tokyo said it would further provide $25 million "
        "in winter aid.",
    ],
)
def test_a_sum_announced_with_an_adverb_is_news_of_the_report_s_year(text: str) -> None:
    announced = extract_figures(text, published=PUBLISHED)[-1]
    assert announced.year == 2025

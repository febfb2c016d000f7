"""A level one country reaches, has reached, will reach or has promised to reach in the current or
a past year is its defense_spending for that year, also when it is called NATO's target or worded
as a pledge; the same level for a later year stays a goal, and NATO's 2% stays the allies'
pledge_target beside the country's own figure or where allies are counted against it (the
articles' README, "Settled cases"). Sentences written for these tests."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import by_surface

_MAY = datetime.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "surface", "donor", "year"),
    [
        (
            "Finland will hit NATO's 2% benchmark this year, the defence ministry said.",
            "2%",
            "Finland",
            2025,
        ),
        ("Norway reached the NATO defence target of 2% of GDP last year.", "2%", "Norway", 2024),
        (
            "Dänemark erreicht dieses Jahr das Nato-Ziel von 2 Prozent der Wirtschaftsleistung.",
            "2 Prozent",
            "Denmark",
            2025,
        ),
        (
            "La Grèce atteindra l'objectif de l'OTAN de 2 % dès cette année, selon le ministère de "
            "la Défense.",
            "2 %",
            "Greece",
            2025,
        ),
        # worded as a pledge, the level told right after its verb
        (
            "Athènes a promis d'atteindre les 2 % dès 2025 pour sa défense.",
            "2 %",
            "Greece",
            2025,
        ),
    ],
)
def test_a_level_reached_now_or_before_is_that_year_s_spending(
    text: str, surface: str, donor: str, year: int
) -> None:
    figure = by_surface(text, published=_MAY)[surface]
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", donor, year)


@pytest.mark.parametrize(
    "text",
    [
        "The government has pledged to meet NATO's 2% guideline in the current fiscal year.",
        "Die Regierung will in diesem Jahr das Nato-Ziel von 2 Prozent erreichen.",
    ],
)
def test_the_alliance_owning_the_target_is_not_the_one_spending(text: str) -> None:
    [figure] = extract_figures(text, published=_MAY)
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", None, 2025)


def test_with_no_publication_date_the_level_keeps_no_year() -> None:
    [figure] = extract_figures("Latvia will reach NATO's 2% target this year, its minister said.")
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", "Latvia", None)


@pytest.mark.parametrize(
    ("text", "surface", "donor", "year"),
    [
        ("Finland has promised to reach 3% of GDP on defence by 2029.", "3%", "Finland", 2029),
        (
            "Le Portugal atteindra l'objectif de 2 % de l'OTAN l'an prochain.",
            "2 %",
            "Portugal",
            2026,
        ),
    ],
)
def test_a_level_for_a_later_year_stays_a_goal(
    text: str, surface: str, donor: str, year: int
) -> None:
    figure = by_surface(text, published=_MAY)[surface]
    assert (figure.category, figure.donor, figure.year) == ("pledge_target", donor, year)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the benchmark beside the country's own figure
        ("Finland spends 2.4% of GDP on defence this year, above NATO's target of 2%.", "2%"),
        # allies counted against it, before or after the verb
        ("Every ally met the 2% defence guideline last year.", "2%"),
        ("Last year, 23 of the 32 allies met NATO's 2% guideline on defence spending.", "2%"),
        (
            "Im vergangenen Jahr erreichten 23 der 32 Verbündeten das Nato-Ziel von 2 Prozent.",
            "2 Prozent",
        ),
        ("L'an dernier, tous les alliés ont atteint l'objectif de 2 % pour la défense.", "2 %"),
    ],
)
def test_the_alliance_s_benchmark_stays_the_allies_with_no_year(text: str, surface: str) -> None:
    figure = by_surface(text, published=_MAY)[surface]
    assert (figure.category, figure.donor, figure.year) == ("pledge_target", "NATO allies", None)

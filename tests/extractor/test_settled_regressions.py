"""Three of the article README's "Settled cases" as the extractor reads them, in English, German
and French and for any country: the alliance's 2% target met by one ally in a year is that ally's
defense_spending of the year; the levels
agreed at The Hague keep their 2035 deadline where the sentence omits it; a country's goal with a
deadline that names its month is its pledge_target, and a development-aid level moved between
shares of national income is other with the country the paragraph is about. Each rule is checked
on sentences written for these tests, never copied from an evaluation article."""

import datetime

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import by_surface

_AFTER_THE_SUMMIT = datetime.date(2026, 3, 10)
_BEFORE_THE_SUMMIT = datetime.date(2025, 5, 20)


@pytest.mark.parametrize(
    ("text", "surface", "donor", "year"),
    [
        ("Poland met NATO's 2% target in 2014, a decade before most allies.", "2%", "Poland", 2014),
        (
            "Italien erreichte das Nato-Ziel von 2 Prozent im Jahr 2025 zum ersten Mal.",
            "2 Prozent",
            "Italy",
            2025,
        ),
        (
            "L'Espagne a atteint l'objectif de l'OTAN de 2 % en 2025, selon le ministère.",
            "2 %",
            "Spain",
            2025,
        ),
    ],
)
def test_the_alliance_target_met_by_one_ally_is_its_spending_that_year(
    text: str, surface: str, donor: str, year: int
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", donor, year)


def test_the_alliance_target_met_in_a_year_with_no_publication_date_is_that_ally_s() -> None:
    # The past tense dates the year before now, publication date or not (regression set,
    # form-percent-word-target).
    text = "Greece met NATO's 2 percent target in 2010, long before the war."
    [figure] = extract_figures(text)
    assert (figure.category, figure.donor, figure.year) == ("defense_spending", "Greece", 2010)


def test_a_deadline_the_target_was_to_be_met_by_stays() -> None:
    text = "The old guideline, agreed in Wales in 2014, asked allies to spend 2% of GDP by 2024."
    assert by_surface(text)["2%"].year == 2024


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "At the Hague summit, allies committed to spend 5% of GDP on defence and security, of "
            "which 3.5% on core defence.",
            ("5%", "3.5%"),
        ),
        (
            "Die Verbündeten haben sich in Den Haag verpflichtet, künftig fünf Prozent ihres BIP "
            "für Sicherheit auszugeben.",
            ("fünf Prozent",),
        ),
        (
            "Au sommet de La Haye, les alliés se sont engagés à consacrer cinq pour cent de leur "
            "PIB à la sécurité.",
            ("cinq pour cent",),
        ),
        ("Allies pledged in The Hague to devote 3.5% of GDP to core defence.", ("3.5%",)),
    ],
)
def test_a_level_agreed_at_the_hague_keeps_its_2035_deadline(
    text: str, surfaces: tuple[str, ...]
) -> None:
    figures = by_surface(text, published=_AFTER_THE_SUMMIT)
    for surface in surfaces:
        assert figures[surface].category == "pledge_target"
        assert figures[surface].year == 2035


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("At The Hague next month, allies are expected to agree a new goal of 5% of GDP.", "5%"),
        ("Die Nato-Staaten beraten in Den Haag über ein neues Ziel von 5 Prozent.", "5 Prozent"),
    ],
)
def test_a_hague_level_still_discussed_before_the_summit_has_no_year(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=_BEFORE_THE_SUMMIT)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surface", "country", "year"),
    [
        (
            "Norway will lift military spending to 3% of GDP by March 2030, Prime Minister Jonas "
            "Gahr Støre said.",
            "3%",
            "Norway",
            2030,
        ),
        (
            "Dänemark wird seine Verteidigungsausgaben bis Juni 2028 auf 3,2 Prozent des BIP "
            "anheben, sagte Regierungschefin Mette Frederiksen.",
            "3,2 Prozent",
            "Denmark",
            2028,
        ),
        (
            "Le Portugal portera ses dépenses militaires à 2 % du PIB d'ici juin 2029, a indiqué "
            "le Premier ministre.",
            "2 %",
            "Portugal",
            2029,
        ),
    ],
)
def test_a_goal_with_a_deadline_naming_its_month_is_a_pledge_target(
    text: str, surface: str, country: str, year: int
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.year) == ("pledge_target", country, year)


@pytest.mark.parametrize(
    ("text", "surfaces", "country"),
    [
        (
            "Sweden will raise defence spending to 3.5% of GDP by 2030, Prime Minister Ulf "
            "Kristersson said. The increase will be paid for by cutting the overseas aid budget "
            "from 1% to 0.8% of gross national income.",
            ("1%", "0.8%"),
            "Sweden",
        ),
        (
            "Die Niederlande werden ihre Verteidigungsausgaben bis 2029 auf 3 Prozent des BIP "
            "anheben, sagte Ministerpräsident Dick Schoof. Finanziert wird das auch, indem die "
            "Entwicklungshilfe von 0,6 Prozent auf 0,4 Prozent des Bruttonationaleinkommens sinkt.",
            ("0,6 Prozent", "0,4 Prozent"),
            "Netherlands",
        ),
        (
            "La Belgique portera ses dépenses de défense à 2,5 % du PIB d'ici 2029, a annoncé le "
            "Premier ministre. La hausse sera financée en réduisant l'aide au développement de "
            "0,5 % à 0,3 % du revenu national brut.",
            ("0,5 %", "0,3 %"),
            "Belgium",
        ),
    ],
)
def test_a_development_aid_level_moved_between_shares_of_gni_is_the_country_s(
    text: str, surfaces: tuple[str, ...], country: str
) -> None:
    figures = by_surface(text)
    for surface in surfaces:
        assert figures[surface].category == "other"
        assert figures[surface].donor == country

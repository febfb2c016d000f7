"""Years: a country's defence level told in the present tense ("spends about 2% of GDP",
"gibt rund 2 Prozent seines BIP aus", "consacre environ 2 % de son PIB") is of no year (README,
settled: present tense alone fixes no year). Only the level's own phrase can date it: a time in
another phrase of its sentence ("and faces a budget gap of $1 billion this year"; "revenues rose
6% last year, the government is devoting ...") is that phrase's. The level may stand bare at the
end of its phrase ("already spends 3.1%.") and the verb's frame may be long in German ("gibt nach
Schätzungen des Londoner Instituts IISS rund 7 Prozent ... aus"). A list going on after a past
year the story stated keeps that year ("In 2024, Germany spent 2.1%. Poland spends 4.1%"); a
time in the level's own phrase still dates it. Every sentence is written for these tests, in
English, German and French."""

import datetime

import pytest

from tests.support.figures import by_surface

_MARCH = datetime.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Moldova, for its part, spends about 1% of GDP on defence and faces a budget gap of "
            "$1 billion this year.",
            "1%",
        ),
        (
            "Moldau gibt rund 1 Prozent seines BIP für Verteidigung aus und rechnet in diesem "
            "Jahr mit einer Haushaltslücke von 1 Milliarde Dollar.",
            "1 Prozent",
        ),
        (
            "La Moldavie consacre environ 1 % de son PIB à la défense et fait face cette année "
            "à un trou budgétaire de 1 milliard de dollars.",
            "1 %",
        ),
        (
            "In 2024 Slovakia's army took delivery of new radars worth EUR 300 million. The "
            "country spends about 2% of GDP on defence and the government has said it will lift "
            "that to 3% by 2030.",
            "2%",
        ),
        (
            "En 2024, l'armée slovaque a reçu de nouveaux radars pour 300 millions d'euros. Le "
            "pays consacre environ 2 % de son PIB à la défense et le gouvernement veut porter "
            "cette part à 3 % d'ici 2030.",
            "2 %",
        ),
    ],
)
def test_a_time_in_another_phrase_does_not_date_the_level(text: str, surface: str) -> None:
    assert by_surface(text, published=_MARCH)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Hungary's budget was adopted in 2024. Tax revenues rose by 6% last year, the "
            "government is devoting around 2.1% of GDP to defence, and the central bank's rate "
            "is 6.5%.",
            "2.1%",
        ),
        (
            "Der Haushalt Ungarns wurde 2024 verabschiedet. Die Steuereinnahmen stiegen im "
            "vergangenen Jahr um 6 Prozent, die Regierung gibt rund 2,1 Prozent des BIP für "
            "Verteidigung aus.",
            "2,1 Prozent",
        ),
        (
            "Le budget hongrois a été adopté en 2024. Les recettes fiscales ont augmenté de 6 % "
            "l'an dernier, le gouvernement consacre environ 2,1 % de son PIB à la défense.",
            "2,1 %",
        ),
    ],
)
def test_a_dated_figure_in_the_phrase_before_does_not_date_the_level(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=_MARCH)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Portugal says it will reach 2% of GDP on defence this year. Greece, by contrast, "
            "already spends 3.1%.",
            "3.1%",
        ),
        (
            "Portugal will in diesem Jahr 2 Prozent des BIP für Verteidigung erreichen. "
            "Griechenland gibt dagegen bereits 3,1 Prozent aus.",
            "3,1 Prozent",
        ),
        (
            "Le Portugal atteindra cette année 2 % du PIB pour sa défense. La Grèce, elle, y "
            "consacre déjà 3,1 %.",
            "3,1 %",
        ),
    ],
)
def test_a_bare_level_in_the_present_after_this_years_is_of_no_year(
    text: str, surface: str
) -> None:
    assert by_surface(text, published=_MARCH)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Poland will spend 4.7% of GDP on defence this year. Russia is devoting close to 7% "
            "of its economy to defence, analysts say.",
            "7%",
        ),
        (
            "Polen gibt in diesem Jahr 4,7 Prozent seines BIP für Verteidigung aus. Russland "
            "gibt nach Schätzungen des Londoner Instituts IISS rund 7 Prozent seines BIP für das "
            "Militär aus.",
            "7 Prozent",
        ),
        (
            "La Pologne consacre cette année 4,7 % de son PIB à la défense. La Russie consacre "
            "plus de 6 % de sa richesse nationale à la défense.",
            "6 %",
        ),
    ],
)
def test_other_wordings_of_a_level_in_the_present(text: str, surface: str) -> None:
    assert by_surface(text, published=_MARCH)[surface].year is None


def test_a_time_in_the_levels_own_phrase_still_dates_it() -> None:
    text = (
        "Hungary's budget was adopted in 2024. The government spends about 2.1% of GDP on "
        "defence this year and plans more."
    )
    assert by_surface(text, published=_MARCH)["2.1%"].year == 2026


def test_a_time_put_first_still_dates_the_level() -> None:
    text = "Im Jahr 2025, so die Regierung, gibt Ungarn 2,1 Prozent seines BIP für die Armee aus."
    assert by_surface(text, published=_MARCH)["2,1 Prozent"].year == 2025


def test_a_list_after_a_past_year_keeps_it() -> None:
    text = "In 2024, Germany spent 2.1% of GDP on defence. Poland spends 4.1% of its GDP."
    assert by_surface(text, published=_MARCH)["4.1%"].year == 2024

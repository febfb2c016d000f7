"""Category: the defence minister or ministry named before a sum ("das
Verteidigungsminister Boris Pistorius angekündigt hat", "das Verteidigungsministerium") is no
defence budget, so a part of a package it announced stays aid in a story on an arms maker; a
Verteidigungshaushalt named before a sum still makes it the budget's. The words are German only
(the English and French budget words name no minister). Every sentence is written for these
tests."""

import datetime

from tests.support.figures import by_surface

_PUBLISHED = datetime.date(2025, 6, 12)
_LEAD = (
    "Für die Belegschaft von Hensoldt in Ulm ist es eine gute Nachricht: Die Bundesregierung hat "
    "der Ukraine weitere Flugabwehrsysteme zugesagt. "
)


def test_a_part_of_a_package_a_defence_minister_announced_is_aid() -> None:
    text = (
        _LEAD + "Von dem Paket über 900 Millionen Euro, das Verteidigungsminister Boris "
        "Pistorius am Montag vorgestellt hat, gehen 300 Millionen Euro an Radare aus Ulm."
    )
    figures = by_surface(text, published=_PUBLISHED)
    assert figures["300 Millionen Euro"].category == "military_aid"


def test_a_part_the_defence_ministry_announced_is_aid() -> None:
    text = (
        _LEAD + "Von dem Paket über 900 Millionen Euro, das das Verteidigungsministerium am "
        "Montag vorgestellt hat, gehen 300 Millionen Euro an Radare aus Ulm."
    )
    figures = by_surface(text, published=_PUBLISHED)
    assert figures["300 Millionen Euro"].category == "military_aid"


def test_a_sum_the_defence_budget_names_is_spending() -> None:
    text = (
        "Der Verteidigungshaushalt steigt im kommenden Jahr auf 60 Milliarden Euro, davon "
        "fließen 9 Milliarden Euro in neue Flugabwehr."
    )
    figures = by_surface(text, published=_PUBLISHED)
    assert figures["60 Milliarden Euro"].category == "defense_spending"

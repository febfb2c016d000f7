"""Parts: a budget's rise told before the budget it lifts is a part of it, also when the next
sentence carries the rise ("The extra money will lift Italy's defence spending to about €35
billion", "Das zusätzliche Geld hebt die Verteidigungsausgaben auf rund", "Cette rallonge portera
les dépenses de défense à environ") and a share stands between the two ("to reach NATO's target
of 2% of GDP"). A budget the next sentence gives on its own, with no such words, is no whole of
the rise. New sentences in English, German and French."""

import datetime

import pytest

from tests.reconciler.support import read_mentions

_PUBLISHED = datetime.date(2025, 4, 22)


def _links(text: str) -> list[tuple[str, str, str | None]]:
    return read_mentions(text, _PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "ROME, April 22 - Italy will spend an additional €2.4 billion on defence this year to "
        "reach NATO's target of 2% of GDP, the prime minister said.\n\nThe extra money will lift "
        "Italy's defence spending to about €35 billion in 2025.",
        "ROM - Italien gibt in diesem Jahr zusätzlich 2,4 Milliarden Euro für Verteidigung aus, "
        "um das Nato-Ziel von 2 Prozent zu erreichen.\n\nDas zusätzliche Geld hebt die "
        "Verteidigungsausgaben 2025 auf rund 35 Milliarden Euro.",
        "ROME - L'Italie consacrera cette année 2,4 milliards d'euros supplémentaires à sa "
        "défense pour atteindre l'objectif de 2 % du PIB.\n\nCette rallonge portera les dépenses "
        "de défense à environ 35 milliards d'euros en 2025.",
    ],
)
def test_the_extra_money_that_lifts_a_budget_is_its_part(text: str) -> None:
    assert [(kind, link) for _, kind, link in _links(text)] == [
        ("budget", "part_of"),
        ("share", None),
        ("budget", None),
    ]


def test_a_budget_given_on_its_own_is_no_whole_of_the_rise() -> None:
    text = (
        "ROME, April 22 - Italy will spend an additional €2.4 billion on defence this year to "
        "reach NATO's target of 2% of GDP, the prime minister said.\n\nItaly's defence spending "
        "was about €35 billion in 2025."
    )
    assert [link for _, _, link in _links(text)] == [None, None, None]

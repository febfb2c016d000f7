"""Recall (issue 14), pass 10: figures the reconciler made no mention of, because the extractor
read them as no aid or defence figure (`other`), so `document_mentions` dropped them.

- A sum followed by its conversion in brackets, then its receiver: "sets aside DKK 9 billion
  (roughly €1.2 billion) for Kyiv" is aid, as "DKK 9 billion for Kyiv" is; so is the converted
  sum.
- A country's money for its own army, named by a possessive ("für seine Armee") or the article
  ("pour l'armée"), is defence spending; not a foreign army ("pour l'armée ukrainienne").
- A sum of no kind right after a sentence that names aid to Ukraine, and no kind of its own, is
  that aid ("Auch die Unterstützung für die Ukraine wächst. Für 2027 sind 60 Millionen Euro
  eingeplant"); not a state's outlays ("Ausgaben von 410 Milliarden Euro").
"""

import datetime

import pytest

from services.extractor.figures import extract_figures
from services.reconciler.mentions import document_mentions

PUBLISHED = datetime.date(2025, 10, 8)


def _categories(text: str) -> list[tuple[str, str]]:
    return [(f.surface, f.category) for f in extract_figures(text, published=PUBLISHED)]


def _mentioned(text: str) -> list[str]:
    figures = extract_figures(text, published=PUBLISHED)
    return [text[m.start : m.end] for m in document_mentions(1, text, figures, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "The Danish finance bill sets aside DKK 9 billion (roughly €1.2 billion) for Kyiv.",
            ["DKK 9 billion", "€1.2 billion"],
        ),
        (
            "Der Entwurf aus Oslo reserviert 40 Milliarden Kronen (rund 3,4 Milliarden Euro) für "
            "die Ukraine.",
            ["40 Milliarden Kronen", "3,4 Milliarden Euro"],
        ),
        (
            "Le projet de budget norvégien réserve 40 milliards de couronnes (environ 3,4 "
            "milliards d'euros) pour l'Ukraine.",
            ["40 milliards de couronnes", "3,4 milliards d'euros"],
        ),
    ],
)
def test_sum_and_bracketed_conversion_for_ukraine_are_aid(text: str, surfaces: list[str]) -> None:
    assert _categories(text) == [(surface, "aid_total") for surface in surfaces]
    assert _mentioned(text) == surfaces


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Das Großherzogtum will im nächsten Jahr 900 Millionen Euro für seine Armee ausgeben.",
            "900 Millionen Euro",
        ),
        (
            "Le gouvernement a dégagé 6,1 milliards d'euros pour l'armée en 2026.",
            "6,1 milliards d'euros",
        ),
    ],
)
def test_money_for_its_own_army_is_defence_spending(text: str, surface: str) -> None:
    assert _categories(text) == [(surface, "defense_spending")]
    assert _mentioned(text) == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "La France a livré 300 millions d'euros d'équipements pour l'armée ukrainienne.",
        "Paris a versé 300 millions d'euros pour l'armée libanaise.",
    ],
)
def test_money_for_a_foreign_army_is_no_defence_budget(text: str) -> None:
    assert all(category != "defense_spending" for _, category in _categories(text))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Auch die Unterstützung für die Ukraine wächst. Für 2027 sind 60 Millionen Euro "
            "eingeplant.",
            "60 Millionen Euro",
        ),
        (
            "The government is also stepping up its support for Ukraine. NOK 2 billion has been "
            "set aside for next year.",
            "NOK 2 billion",
        ),
        (
            "L'aide à l'Ukraine augmente elle aussi. Pour 2026, 45 millions d'euros sont prévus.",
            "45 millions d'euros",
        ),
    ],
)
def test_sum_after_aid_to_ukraine_is_that_aid(text: str, surface: str) -> None:
    assert _categories(text) == [(surface, "aid_total")]
    assert _mentioned(text) == [surface]


def test_outlays_after_aid_to_ukraine_stay_other() -> None:
    text = (
        "Die Hilfe für die Ukraine bleibt stabil. Insgesamt sieht der Entwurf Ausgaben von 410 "
        "Milliarden Euro vor."
    )
    assert _categories(text) == [("410 Milliarden Euro", "other")]
    assert _mentioned(text) == []

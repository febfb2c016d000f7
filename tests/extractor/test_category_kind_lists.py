"""Category readings of the third category pass of 2026-12-03, each checked on short stories
written for these tests, never copied from an evaluation article:

- a sum given in a list of aid's kinds naming two main kinds beside other adjectives ("military,
  humanitarian and legal assistance", "financial, humanitarian and reconstruction support",
  "militärische, humanitäre und rechtliche Hilfe", "aide militaire, humanitaire et juridique") is
  all aid, while one main kind with others ("humanitarian and reconstruction aid", "financial and
  budgetary aid") stays that kind.
"""

import pytest

from tests.support.figures import by_surface


def _category(text: str, surface: str) -> str:
    return by_surface(text)[surface].category


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ireland has provided EUR 380 million in military, humanitarian and legal assistance "
            "to Ukraine since 2022, the foreign ministry said.",
            "EUR 380 million",
        ),
        (
            "South Korea has given about $2.5 billion in financial, humanitarian and "
            "reconstruction support to Ukraine since the invasion.",
            "$2.5 billion",
        ),
        (
            "Irland hat der Ukraine seit 2022 militärische, humanitäre und rechtliche Hilfe im "
            "Wert von 380 Millionen Euro geleistet.",
            "380 Millionen Euro",
        ),
        (
            "Depuis 2022, l'Irlande a fourni 380 millions d'euros d'aide militaire, humanitaire "
            "et juridique à l'Ukraine.",
            "380 millions d'euros",
        ),
    ],
)
def test_a_list_of_two_main_kinds_with_other_adjectives_is_all_aid(text: str, surface: str) -> None:
    assert _category(text, surface) == "aid_total"


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        (
            "South Korea has pledged $1.8 billion in humanitarian and reconstruction aid to "
            "Ukraine over several years.",
            "$1.8 billion",
            "humanitarian_aid",
        ),
        (
            "The donors allocated €4.2 billion in financial and budgetary aid to Ukraine in the "
            "first quarter.",
            "€4.2 billion",
            "financial_aid",
        ),
    ],
)
def test_one_main_kind_with_other_adjectives_stays_that_kind(
    text: str, surface: str, category: str
) -> None:
    assert _category(text, surface) == category

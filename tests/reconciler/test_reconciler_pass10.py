"""Pass 10 of the claims reconciler (issue 14).

- A portion the words name by its size among the others or by its fraction, set before its
  figure ("The largest item, €70 million", "About a third of the money, €20 million", "Der größte
  Posten, 120 Millionen Euro", "Près d'un tiers de la somme, quelque 30 millions d'euros") is a
  part of the sum said before it.
- A year's sum told in the sentence after a sum over several years, of the same block and giver,
  whose years hold the year ("DKK 9 billion over the three years from 2026 to 2028. Some DKK 3
  billion will be paid out in 2026") is drawn from it: its part.
"""

import datetime

import pytest

from services.reconciler.rules import names_a_part_after
from tests.reconciler.support import read_mentions

PUBLISHED = datetime.date(2025, 11, 20)


def _links(text: str) -> list[tuple[str, str | None]]:
    return [(surface, link) for surface, _, link in read_mentions(text, PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Finland approved a new aid package for Ukraine worth €180 million on Tuesday. The "
            "largest item, €70 million, will buy artillery shells from Finnish producers.",
            "€70 million",
        ),
        (
            "Portugal pledged €60 million in military aid to Ukraine. About a third of the money, "
            "€20 million, will pay for naval drones.",
            "€20 million",
        ),
        (
            "Austria sent Ukraine a humanitarian package of €40 million this week. A large slice, "
            "€15 million, goes to winter shelters.",
            "€15 million",
        ),
        (
            "Die Niederlande sagten der Ukraine am Montag ein Hilfspaket von 300 Millionen Euro "
            "zu. Der größte Posten, 120 Millionen Euro, fließt in Drohnen.",
            "120 Millionen Euro",
        ),
        (
            "La Suède a débloqué 90 millions d'euros d'aide humanitaire pour l'Ukraine. Près d'un "
            "tiers de la somme, quelque 30 millions d'euros, ira aux réparations du réseau "
            "électrique.",
            "30 millions d'euros",
        ),
    ],
)
def test_a_named_portion_is_a_part_of_the_sum_before(text: str, part: str) -> None:
    links = dict(_links(text))
    assert links[part] == "part_of"


@pytest.mark.parametrize(
    ("before", "named"),
    [
        ("The largest single item, ", True),
        ("Une partie de l'enveloppe, ", True),
        ("Ein Drittel der Summe, rund ", True),
        ("The largest donor, Germany, pledged ", False),
        ("Britain is one of the largest donors and gave ", False),
    ],
)
def test_the_portion_cue_names_a_portion_only(before: str, named: bool) -> None:
    assert names_a_part_after(before, "") is named


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Denmark will give Ukraine DKK 9 billion in military aid over the three years from "
            "2026 to 2028. Some DKK 3 billion will be paid out in 2026, the defence ministry said.",
            "DKK 3 billion",
        ),
        (
            "Deutschland sagt der Ukraine für 2026 bis 2028 Militärhilfe von 9 Milliarden Euro "
            "zu. Im kommenden Jahr fließen 3 Milliarden Euro Militärhilfe an Kiew.",
            "3 Milliarden Euro",
        ),
        (
            "La Belgique accordera à l'Ukraine 3 milliards d'euros d'aide militaire sur la "
            "période 2026-2028. Pour 2026, 1 milliard d'euros sera versé dès le printemps.",
            "1 milliard d'euros",
        ),
    ],
)
def test_a_years_sum_after_a_sum_over_years_is_its_part(text: str, part: str) -> None:
    links = dict(_links(text))
    assert links[part] == "part_of"


@pytest.mark.parametrize(
    "text",
    [
        # a year outside the range: another package
        "Belgium will give Ukraine €3 billion in military aid for 2026-2028. Last year, it gave "
        "Ukraine €1 billion in military aid.",
        # in the same sentence, beside it: another sum
        "Belgium will give Ukraine €3 billion in military aid for 2026-2028, on top of the €1 "
        "billion it gave in 2025.",
    ],
)
def test_a_sum_of_another_year_or_beside_the_range_stays_apart(text: str) -> None:
    assert [link for _, link in _links(text)] == [None, None]

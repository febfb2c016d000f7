"""Parts said apart from their whole (reconciler 2026.11.14): "€250 million of it" is a part of
the sum "it" refers to, the nearest larger one it can be a part of, not the other giver's sum
between; "The package is the first tranche of the EUR 1 billion" and "Finanziert wird das Paket
aus den rund 7,5 Milliarden Euro" say it is paid from that sum; a package is paid only from money
of its kind."""

import pytest

from services.reconciler.rules import refers_back
from tests.reconciler.test_reconciler_rules import figure, kinds

WIRE = (
    "The Netherlands pledged €400 million in new military aid to Ukraine on Thursday and Belgium "
    "€400 million, as defence ministers met in Brussels.\n\n"
    "The Dutch package will pay mainly for drones, the ministry said. €250 million{cue} will go "
    "to NATO's PURL scheme.\n\n"
    "Belgium's contribution would be drawn from the €1 billion the government has set aside."
)


@pytest.mark.parametrize(
    ("after", "back"),
    [(" of it will go to", True), (" Of it,", True), (" of items", False), (" will go to", False)],
)
def test_of_it_refers_back(after: str, back: bool) -> None:
    assert refers_back(after) is back


@pytest.mark.parametrize(
    ("cue", "links"),
    [
        # the Dutch part, past the Belgian sum; the Belgian sum then stands right before the
        # allocation it is drawn from
        (" of it", [None, "part_of", "part_of", None]),
        # no cue: the €250 million is a sum of its own, and stands between
        ("", [None, None, None, None]),
    ],
)
def test_of_it_is_a_part_of_the_sum_it_can_be_a_part_of(cue: str, links: list[str | None]) -> None:
    text = WIRE.format(cue=cue)
    figures = [
        figure(text, "€400 million", "400000000", donor="Netherlands", year=2026),
        figure(text, "€400 million", "400000000", nth=2, donor="Belgium", year=2026),
        figure(text, "€250 million", "250000000", donor="Netherlands", year=2026),
        figure(text, "€1 billion", "1000000000", donor="Belgium", year=2026),
    ]
    # mentions come in text order: Dutch €400m, Belgian €400m, €250m, €1bn
    assert [link for _, _, link in kinds(text, figures)] == links


GOVT = (
    "Minister Francken announced a new package of military support to Ukraine worth EUR 400 "
    "million.\n\nThe package is {cue} the EUR 1 billion that the Federal Government has budgeted "
    "for military support to Ukraine in 2026."
)


@pytest.mark.parametrize(
    ("cue", "whole_category", "link"),
    [
        ("the first tranche of", "military_aid", "part_of"),
        ("a second instalment of", "military_aid", "part_of"),
        ("the first tranche of", "aid_total", "part_of"),
        ("in addition to", "military_aid", None),
        # a military package is no part of a financial sum: the extractor read one of the two
        # otherwise, and the clustering keeps them apart
        ("the first tranche of", "financial_aid", None),
    ],
)
def test_a_package_that_is_a_tranche_of_a_larger_sum_is_its_part(
    cue: str, whole_category: str, link: str | None
) -> None:
    text = GOVT.format(cue=cue)
    figures = [
        figure(text, "EUR 400 million", "400000000", donor="Belgium", year=2026),
        figure(
            text,
            "EUR 1 billion",
            "1000000000",
            donor="Belgium",
            year=2026,
            category=whole_category,
        ),
    ]
    assert [found for _, _, found in kinds(text, figures)] == [link, None]


DE = "Deutschland sagt ein Paket von 600 Millionen Euro zu.\n\n{cue} 7,5 Milliarden Euro."


@pytest.mark.parametrize(
    ("cue", "link"),
    [
        ("Finanziert wird das Paket aus den rund", "part_of"),
        (
            "Das Geld stammt aus dem laufenden Budget für die Militärhilfe, das dieses Jahr bei",
            "part_of",
        ),
        ("Hinzu kommen in diesem Jahr rund", None),
        ("Hinzu kommen Mittel aus dem Sondervermögen, das mit", None),
        ("Das Paket ist kleiner als die rund", None),
    ],
)
def test_a_german_package_paid_from_a_larger_sum_after_it_is_its_part(
    cue: str, link: str | None
) -> None:
    text = DE.format(cue=cue)
    figures = [
        figure(text, "600 Millionen Euro", "600000000", year=2024),
        figure(text, "7,5 Milliarden Euro", "7500000000", year=2024),
    ]
    assert [found for _, _, found in kinds(text, figures)] == [link, None]

"""Parts said apart from their whole: "€250 million of it" is a part of the sum "it" refers to,
the nearest larger one it can be a part of, not the other giver's sum between, and "its €20
million" finds its giver's sum paragraphs before; "The package is the first tranche of the EUR 1
billion", "The first tranche of the loan" and "Finanziert wird das Paket aus den rund 7,5
Milliarden Euro" (or "financé sur l'enveloppe de") say it is paid from that sum, its year unsaid;
a package is paid only from money of its kind."""

import datetime

import pytest

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import paid_from, refers_back
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


def test_a_part_named_by_its_givers_sum_finds_it_paragraphs_before() -> None:
    text = (
        "Austria pledged €20 million and Ireland another €20 million in winter aid to Ukraine. "
        "Austria's money goes to the energy fund. Vienna said its €20 million brought its "
        "support since 2022 to more than €300 million, much of it for shelters, generators, "
        "heating, schools and hospitals in the east and the south of the country, where the "
        "strikes have been heaviest, the foreign ministry said on Tuesday in a statement that also "
        "listed the generators, transformers and cables bought since the first winter of the war, "
        "and the towns in the Kharkiv, Sumy and Chernihiv regions where they went. Ireland's "
        "contribution includes €8 million for the Red "
        "Cross."
    )
    figures = [
        figure(text, "€20 million", "20000000", category="humanitarian_aid", donor="Austria"),
        figure(
            text, "€20 million", "20000000", nth=2, category="humanitarian_aid", donor="Ireland"
        ),
        figure(
            text, "€20 million", "20000000", nth=3, category="humanitarian_aid", donor="Austria"
        ),
        figure(text, "€300 million", "300000000", category="humanitarian_aid", donor="Austria"),
        figure(text, "€8 million", "8000000", category="humanitarian_aid", donor="Ireland"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert (mentions[-1].link, mentions[-1].link_start) == ("part_of", figures[1].start)
    # a package of another giver between is no whole of it
    assert mentions[3].link is None


def test_a_first_tranche_of_the_loan_is_a_part_of_it() -> None:
    from services.reconciler.rules import names_a_part_after

    assert names_a_part_after("The first tranche of the loan, ", "")
    assert names_a_part_after("A first ", " will be paid out this month")
    # a tranche of something else than the sum before: the text does not say which
    assert not names_a_part_after("The first tranche, of ", "")
    text = (
        "Canada signed a loan agreement worth C$5 billion with Ukraine on Monday. The first "
        "tranche of the loan, C$2 billion, will be disbursed in March."
    )
    figures = [
        figure(text, "C$5 billion", "5000000000", unit="CAD", donor="Canada"),
        figure(text, "C$2 billion", "2000000000", unit="CAD", donor="Canada"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert (mentions[1].link, mentions[1].link_start) == ("part_of", figures[0].start)


PAID = (
    "Deutschland finanziert ein weiteres Rüstungspaket für die Ukraine im Umfang von rund fünf "
    "Milliarden Euro. {cue} neun Milliarden Euro, die der Bund in diesem Jahr für die "
    "militärische Unterstützung der Ukraine eingeplant hat."
)


@pytest.mark.parametrize(
    ("cue", "part_year", "whole_year", "link"),
    [
        # an undated package paid from the year's sum after it (122)
        ("Das Geld stammt aus den rund", None, 2025, "part_of"),
        ("Das Paket wird aus den im Haushalt eingestellten", None, 2025, "part_of"),
        # the whole undated, the package dated
        ("Das Geld stammt aus den rund", 2025, None, "part_of"),
        # two years: two sums
        ("Das Geld stammt aus den rund", 2024, 2025, None),
        # no words that say it is paid from it
        ("Hinzu kommen", None, 2025, None),
        ("Das Paket wird aus den USA mit", None, 2025, "part_of"),  # (the same giver's sum)
    ],
)
def test_a_package_paid_from_a_sum_its_year_unsaid(
    cue: str, part_year: int | None, whole_year: int | None, link: str | None
) -> None:
    text = PAID.format(cue=cue)
    figures = [
        figure(text, "fünf Milliarden Euro", "5000000000", year=part_year, qualifier="approx"),
        figure(text, "neun Milliarden Euro", "9000000000", year=whole_year, qualifier="approx"),
    ]
    assert [found for _, _, found in kinds(text, figures)] == [link, None]


def test_french_words_for_a_package_paid_from_a_sum() -> None:
    assert paid_from("Le paquet sera financé sur l'enveloppe de ")
    assert paid_from("Elle est prélevée sur les ")
    assert not paid_from("financé par la France à hauteur de ")

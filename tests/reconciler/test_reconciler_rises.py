"""A rise and its base: the sum a rise comes on top of is, with the rise, a part of the total it
reaches, when they add up; the sum another rose "from", or is up "on", is no part of it."""

import datetime

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import compares
from tests.reconciler.test_reconciler_rules import figure, kinds


def test_the_sum_a_rise_comes_on_top_of_is_the_other_part() -> None:
    text = (
        "Ottawa will announce an additional C$400 million, taking Canada's military aid this "
        "year to C$2 billion. The extra money comes on top of the C$1.6 billion already "
        "committed in the budget."
    )
    figures = [
        figure(text, "C$400 million", "400000000", unit="CAD", donor="Canada"),
        figure(text, "C$2 billion", "2000000000", unit="CAD", donor="Canada"),
        figure(text, "C$1.6 billion", "1600000000", unit="CAD", donor="Canada"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    whole = figures[1].start
    assert [(m.link, m.link_start) for m in mentions] == [
        ("part_of", whole),
        (None, None),
        ("part_of", whole),
    ]
    # a base that does not add up with the rise is a sum of its own
    other = text.replace("C$1.6 billion", "C$1.2 billion")
    figures = [
        *figures[:2],
        figure(other, "C$1.2 billion", "1200000000", unit="CAD", donor="Canada"),
    ]
    assert document_mentions(1, other, figures, datetime.date(2025, 6, 1))[2].link is None


def test_a_sum_the_other_rose_from_is_no_part_of_it() -> None:
    assert compares(" from ")
    assert not compares(" from the ")
    text = (
        "Germany plans to double its military aid to Ukraine next year to 8 billion euros from 4 "
        "billion euros this year, the minister said. The government would ask parliament to add 4 "
        "billion euros to the draft 2024 budget."
    )
    figures = [
        figure(text, "8 billion euros", "8000000000", year=2024),
        figure(text, "4 billion euros", "4000000000", year=2023),
        figure(text, "4 billion euros", "4000000000", nth=2, year=2024),
    ]
    assert [link for _, _, link in kinds(text, figures)][:2] == [None, None]


def test_the_base_a_rise_is_on_is_no_part() -> None:
    from services.reconciler.rules import compares

    assert compares(" on the ")
    assert not compares(" spent on the army, and ")
    text = (
        "The defence allocation for next year is €2.4 billion, up €200 million on the €2.2 "
        "billion provided this year."
    )
    figures = [
        figure(text, "€2.4 billion", "2400000000", category="defense_spending", donor="Austria"),
        figure(text, "€200 million", "200000000", category="defense_spending", donor="Austria"),
        figure(text, "€2.2 billion", "2200000000", category="defense_spending", donor="Austria"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert [m.link for m in mentions] == [None, "part_of", None]

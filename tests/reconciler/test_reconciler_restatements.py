"""What restates a figure and what is another fact: a conversion after "(quelque" restates its
figure, and a part's conversion into another currency is that part; a question about a sum ("Is
EUR 30bn enough?") restates it; two exact sums of one report that differ are two facts, though
another report's rounding of one restates it."""

import datetime

from services.reconciler.clustering import reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, converts
from tests.reconciler.test_reconciler_rules import figure, kinds


def test_a_conversion_after_quelque_restates_the_figure() -> None:
    assert converts(" (quelque ", same_unit=False, agree=True)
    assert converts(" (quelque ", same_unit=False, agree=False)
    text = (
        "Depuis 2022, Berne a consacré environ 160 millions de francs (quelque 170 millions "
        "d'euros) au déminage en Ukraine."
    )
    figures = [
        figure(text, "160 millions de francs", "171950564", unit="CHF", donor="Switzerland"),
        figure(text, "170 millions d'euros", "170000000", donor="Switzerland"),
    ]
    assert [link for _, _, link in kinds(text, figures)][1] == "converts"


def test_a_part_in_another_currency_is_that_part() -> None:
    text = (
        "Norway will give Ukraine NOK 2 billion this year. Of this, NOK 500 million "
        "(about USD 47 million) will go to air defence."
    )
    figures = [
        figure(text, "NOK 2 billion", "2000000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 500 million", "500000000", unit="NOK", donor="Norway"),
        figure(text, "USD 47 million", "47000000", unit="USD", donor="Norway"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert [m.link for m in mentions] == [None, "part_of", "converts"]
    (claim,) = reconcile_block(mentions)
    assert [relation for _, relation in claim.members] == ["states", "part_of", "part_of"]


def test_a_question_about_a_sum_restates_it() -> None:
    text = (
        "The summit's deliverable is a pledge of at least EUR 30bn in military aid for 2026. "
        "Is EUR 30bn enough? Allies gave about EUR 30bn in 2024."
    )
    figures = [
        figure(text, "EUR 30bn", "30000000000", donor="NATO allies", qualifier="at_least"),
        figure(text, "EUR 30bn", "30000000000", nth=2, donor="NATO allies", year=None),
        figure(text, "EUR 30bn", "30000000000", nth=3, donor="NATO allies", year=2024),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert [m.block.kind for m in mentions] == [Kind.TARGET, Kind.TARGET, Kind.INCREMENT]


def test_two_exact_sums_in_one_report_are_two_facts() -> None:
    from services.reconciler.rules import two_exact_sums
    from tests.reconciler.test_reconciler_clustering import mention as sum_of

    assert two_exact_sums(sum_of(1, 0, "571300000"), sum_of(1, 9, "567000000"))
    assert not two_exact_sums(sum_of(1, 0, "7140000000"), sum_of(1, 9, "7100000000"))
    assert not two_exact_sums(
        sum_of(1, 0, "571300000"), sum_of(1, 9, "570000000", qualifier="approx")
    )
    # "$412.6 million in May ... $408 million in March", one report; a wire restates the first
    report = [sum_of(1, 0, "412600000"), sum_of(1, 90, "408000000")]
    wire = sum_of(2, 0, "412600000", day=2)
    claims = reconcile_block([*report, wire])
    assert [[(m.document_id, m.start) for m, _ in c.members] for c in claims] == [
        [(1, 0), (2, 0)],
        [(1, 90)],
    ]
    # the same sum rounded in a second report still restates it
    assert len(reconcile_block([sum_of(1, 0, "412600000"), sum_of(2, 0, "413000000", day=2)])) == 1

"""Reconciler 2026.11.17 (issue 14): running totals said by a package's number, "is now", "has
given ... more than", "bringing ... aid ... to", "l'aide cumulée"; winters named by two years; a
part in another currency."""

import datetime
from dataclasses import replace
from decimal import Decimal

import pytest

from services.reconciler.clustering import reconcile_block
from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, kind_of, period_of
from services.reconciler.tasks import rebuild_block, reconcile_and_store
from shared import db
from shared.config import Settings
from tests.reconciler.test_reconciler_kind_guess import AID, claims_of, mention
from tests.reconciler.test_reconciler_rules import figure
from tests.support.ledger import query, store_document


def _kind(before: str, after: str = "", qualifier: str = "exact") -> Kind:
    return kind_of(
        unit="EUR", category="military_aid", qualifier=qualifier, before=before, after=after
    )


def test_a_package_number_since_the_invasion_is_no_running_total() -> None:
    # the count of packages runs since the invasion, not the sum
    assert (
        _kind(
            "Norway will send a new package worth about ",
            ", its 18th since Russia's full-scale invasion, the minister said.",
            "approx",
        )
        is Kind.INCREMENT
    )
    assert (
        _kind("Vilnius delivered a package worth ", ", its 9th since the start of the war.")
        is Kind.INCREMENT
    )
    assert _kind("Norway has given ", " since Russia's full-scale invasion.") is Kind.CUMULATIVE


def test_a_total_that_is_now_a_sum_is_a_running_total() -> None:
    assert (
        _kind("The total value of Denmark's military assistance to Ukraine is now ")
        is Kind.CUMULATIVE
    )
    assert _kind("The package is now ") is Kind.INCREMENT


def test_what_a_giver_has_given_more_than_is_a_running_total() -> None:
    assert _kind("Latvia has given Ukraine more than ", " in military aid.", "over") is (
        Kind.CUMULATIVE
    )
    # a new package said with a floor is no running total
    assert _kind("Latvia will give Ukraine more than ", " this year.", "over") is Kind.INCREMENT


def test_aid_brought_to_a_level_is_a_running_total() -> None:
    assert (
        _kind("The package brings Sweden's military support to Ukraine this year to about ")
        is Kind.CUMULATIVE
    )
    assert _kind("Trucks bringing generators to Ukraine, worth ") is Kind.INCREMENT


def test_aid_said_cumulated_before_the_figure_is_a_running_total() -> None:
    assert _kind("L'aide cumulée de la Belgique dépasse désormais ") is Kind.CUMULATIVE
    assert _kind("Die kumulierte Hilfe Österreichs liegt bei rund ") is Kind.CUMULATIVE
    # said after the figure, of another giver
    assert (
        _kind("Les Pays-Bas ont réservé ", " pour cette année, ou le Danemark, dont l'aide cumulée")
        is Kind.INCREMENT
    )


def test_a_winter_named_by_two_years_is_its_first_year() -> None:
    def period(after: str, kind: Kind = Kind.INCREMENT) -> str | None:
        return period_of(kind=kind, year=2025, published_year=2025, before="", after=after)

    assert period(" débloqués pour l'hiver 2023-2024, a rappelé le ministre.") == "2023"
    assert period(" in winter aid for the winter of 2024/25.") == "2024"
    assert period(" für den Winter 2024/2025.") == "2024"
    assert period(" over 2024-2026.") == "2024-2026"


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


def test_the_new_packages_parts_skip_an_earlier_package_of_the_same_sum() -> None:
    text = (
        "Croatia has sent Ukraine its 12th package, worth EUR 60 million. The 11th package, sent "
        "in May, was also worth EUR 60 million. The new package includes ammunition worth EUR 35 "
        "million, as well as demining equipment worth EUR 25 million."
    )
    figures = [
        figure(text, "EUR 60 million", "60000000", donor="Croatia"),
        figure(text, "EUR 60 million", "60000000", donor="Croatia", nth=2, year=2024),
        figure(text, "EUR 35 million", "35000000", donor="Croatia"),
        figure(text, "EUR 25 million", "25000000", donor="Croatia"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    new = figures[0].start
    assert [(m.link, m.link_start) for m in mentions] == [
        (None, None),
        (None, None),
        ("part_of", new),
        ("part_of", new),
    ]


def test_two_kinds_read_from_context_are_two_guesses_of_one_figure() -> None:
    assert claims_of(
        [mention(1, "military_aid", weak=True), mention(2, "financial_aid", weak=True)]
    ) == [("military_aid", [1, 2])]
    # not another sum, nor weeks later, nor in the same report
    assert (
        len(
            claims_of(
                [
                    mention(1, "military_aid", weak=True),
                    mention(2, "financial_aid", weak=True, eur="10300000"),
                ]
            )
        )
        == 2
    )
    assert (
        len(
            claims_of(
                [
                    mention(1, "military_aid", weak=True),
                    mention(2, "financial_aid", weak=True, day=20),
                ]
            )
        )
        == 2
    )
    assert (
        len(
            claims_of(
                [
                    mention(1, "military_aid", weak=True),
                    mention(1, "financial_aid", weak=True, start=90),
                ]
            )
        )
        == 2
    )


GUESS = "Report {n}. Tokyo keeps its {kind} programmes quiet. Its €10 million is a small sum. "


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_two_guessed_kinds_in_the_store_as_in_a_rebuild(
    clean_db: Settings, order: tuple[int, ...]
) -> None:
    documents = []
    for number, kind in ((6, "military_aid"), (7, "financial_aid")):
        text = GUESS.format(n=number, kind=kind.split("_")[0])
        found = figure(text, "€10 million", "10000000", category=kind, donor="Japan")
        attribution = {"category": "context", "donor": "sentence", "year": "context"}
        documents.append(
            store_document(
                number,
                text,
                [replace(found, attribution=attribution)],
                datetime.date(2025, 6, number),
            )
        )
    for index in order:
        reconcile_and_store(documents[index])
    stored = [
        (r["category"], r["mentions"]) for r in query("SELECT category, mentions FROM claims")
    ]
    assert stored == [("military_aid", 2)]
    with db.transaction() as conn:
        rebuild_block(conn, AID)
    assert [
        (r["category"], r["mentions"]) for r in query("SELECT category, mentions FROM claims")
    ] == stored


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


def test_food_aid_is_aid_other_than_military() -> None:
    from services.reconciler.rules import names_other_aid

    assert names_other_aid("Madrid added 40 million euros, including $16 million for food aid.")
    assert names_other_aid("dont 10 millions d'euros d'aide alimentaire")
    assert not names_other_aid("Madrid added 40 million euros for air defence.")


def test_a_count_said_more_than_is_no_comparison_between_shares() -> None:
    from services.reconciler.rules import compares

    assert not compares(" will buy more than 300 drones, and ")
    assert compares(" more than ")
    text = (
        "Norway will give Ukraine NOK 5 billion in 2025. Of this year's money, NOK 3 billion will "
        "buy more than 300 air defence missiles, and NOK 1 billion will fund drones."
    )
    figures = [
        figure(text, "NOK 5 billion", "5000000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 3 billion", "3000000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 1 billion", "1000000000", unit="NOK", donor="Norway"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    whole = figures[0].start
    assert [(m.link, m.link_start) for m in mentions] == [
        (None, None),
        ("part_of", whole),
        ("part_of", whole),
    ]


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


def test_a_loan_promised_is_a_target() -> None:
    def kind(before: str, after: str = "") -> Kind:
        return kind_of(
            unit="USD", category="financial_aid", qualifier="exact", before=before, after=after
        )

    assert kind("Les Européens ont promis un prêt de ") is Kind.TARGET
    assert kind("Les dirigeants se sont entendus lundi pour accorder à Kiev un prêt de ") is (
        Kind.TARGET
    )
    assert kind("The ", " loan promised by the EU will be repaid") is Kind.TARGET
    assert kind("The loan of ", " (about €9 billion) promised by Canada") is Kind.TARGET
    # a loan paid out, or a package promised, is given
    assert kind("The EU paid out a loan of ") is Kind.INCREMENT
    assert kind("Ottawa promised a package of ") is Kind.INCREMENT


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


def test_a_whole_said_to_be_split_takes_the_shares_that_follow() -> None:
    text = (
        "Tokyo's winter package, worth about ¥15 billion, will be split among U.N. agencies and "
        "demining teams, officials said on Friday. Some ¥9 billion is earmarked for the World "
        "Food Programme and UNICEF. Another $20 million will buy mine detection equipment."
    )
    figures = [
        figure(text, "¥15 billion", "15000000000", unit="JPY", donor="Japan"),
        figure(text, "¥9 billion", "9000000000", unit="JPY", donor="Japan"),
        figure(text, "$20 million", "20000000", unit="USD", donor="Japan"),
    ]
    # EUR as the ledger converts them
    figures = [
        replace(f, value_eur=Decimal(eur))
        for f, eur in zip(figures, ("92000000", "55000000", "18500000"), strict=True)
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    whole = figures[0].start
    assert [(m.link, m.link_start) for m in mentions] == [
        (None, None),
        ("part_of", whole),
        ("part_of", whole),
    ]
    # beyond the whole, a sum is no share of it
    over = [*figures[:2], replace(figures[2], value_eur=Decimal("40000000"))]
    assert document_mentions(1, text, over, datetime.date(2025, 6, 1))[2].link is None


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


def test_this_years_package_takes_its_parts_not_next_years_sum() -> None:
    text = (
        "Greece will give Ukraine €90 million in military aid this year and at least €150 "
        "million next year. This year's package includes €40 million for artillery shells."
    )
    figures = [
        figure(text, "€90 million", "90000000", donor="Greece", year=2025),
        figure(text, "€150 million", "150000000", donor="Greece", year=2026, qualifier="at_least"),
        figure(text, "€40 million", "40000000", donor="Greece", year=2025),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert (mentions[2].link, mentions[2].link_start) == ("part_of", figures[0].start)


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

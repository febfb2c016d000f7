"""How outlets word one fact: running totals since the invasion, the clause a wording belongs to,
budgets and pledges in other languages, aid other than military named by its purpose (civilian,
food), parts named after their figure, a rise as a part, and the figure a part belongs to when
another is given for comparison."""

import datetime

import pytest

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, Link, claim_group, kind_of, names_other_aid
from tests.reconciler.test_reconciler_rules import figure, kinds


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (
            "With this year's allocation, military support since the full-scale invasion in "
            "February 2022 will total about ",
            "",
            Kind.CUMULATIVE,
        ),
        ("Aid given since Russia's full-scale invasion amounts to ", "", Kind.CUMULATIVE),
        # the running total's words after ", and" belong to the next figure
        (
            "In Norwegian terms, the ",
            " is a sharp rise from 2024, and it brings Norway's military help since 2022 to some ",
            Kind.INCREMENT,
        ),
        ("The package of ", "; aid since 2022 stands at", Kind.INCREMENT),
    ],
)
def test_running_totals_and_the_clause_they_belong_to(before: str, after: str, kind: Kind) -> None:
    found = kind_of(
        unit="EUR", category="military_aid", qualifier="exact", before=before, after=after
    )
    assert found is kind


@pytest.mark.parametrize(
    "before",
    [
        "Das Armeebudget soll 2025 auf rund ",
        "Der Verteidigungshaushalt wächst auf ",
        "The ministry's budget grows to ",
        "Le budget des armées atteindra ",
    ],
)
def test_a_budget_named_in_any_language_is_a_budget(before: str) -> None:
    found = kind_of(unit="EUR", category="military_aid", qualifier="exact", before=before, after="")
    assert found is Kind.BUDGET


def test_aid_for_a_receiver_inside_a_budget_is_no_budget() -> None:
    found = kind_of(
        unit="EUR",
        category="military_aid",
        qualifier="exact",
        before="Im Verteidigungshaushalt sind ",
        after=" für die Ukraine vorgesehen.",
    )
    assert found is Kind.INCREMENT


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("Cet accord prévoyait jusqu'à ", Kind.TARGET),
        ("The security agreement provided for up to ", Kind.TARGET),
        (
            "Il s'ajoute à l'engagement pris l'an dernier par Emmanuel Macron, qui avait évoqué "
            "jusqu'à ",
            Kind.TARGET,
        ),
        ("Das Abkommen sieht bis zu ", Kind.INCREMENT),  # no verb of promise before the figure
    ],
)
def test_an_agreement_that_provides_for_up_to_is_a_target(before: str, kind: Kind) -> None:
    found = kind_of(unit="EUR", category="military_aid", qualifier="up_to", before=before, after="")
    assert found is kind


def test_other_aid_is_aid_not_a_civilian_population() -> None:
    assert names_other_aid("funds for civilian aid and reconstruction")
    assert not names_other_aid(
        "to protect the country's territorial integrity and its civilian population"
    )


def test_food_aid_is_aid_other_than_military() -> None:
    from services.reconciler.rules import names_other_aid

    assert names_other_aid("Madrid added 40 million euros, including $16 million for food aid.")
    assert names_other_aid("dont 10 millions d'euros d'aide alimentaire")
    assert not names_other_aid("Madrid added 40 million euros for air defence.")


def test_a_part_named_after_its_figure_belongs_to_the_package_not_the_one_compared() -> None:
    text = (
        "The cabinet has approved 1,030 million euros in military aid for Ukraine this year. "
        "The previous government decision, last May, covered 1,000 million euros for 2024. "
        "Around 300 million euros of the new package will be spent through coalitions."
    )
    figures = [
        figure(text, "1,030 million euros", "1030000000", donor="Spain"),
        figure(text, "1,000 million euros", "1000000000", donor="Spain", year=2024),
        figure(
            text, "300 million euros", "300000000", donor="Spain", year=2024, qualifier="approx"
        ),
    ]
    mentions = kinds(text, figures)
    assert [link for _, _, link in mentions] == [None, None, Link.PART_OF]
    found = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert found[2].link_start == figures[0].start


def test_a_part_follows_the_package_not_the_year_it_is_compared_with() -> None:
    text = (
        "Norway will spend NOK 22.5 billion on military aid for Ukraine this year, up from NOK 15 "
        "billion in 2024. The new allocation includes NOK 4.2 billion for air defence."
    )
    figures = [
        figure(text, "NOK 22.5 billion", "1930000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 15 billion", "1290000000", unit="NOK", donor="Norway", year=2024),
        figure(text, "NOK 4.2 billion", "360000000", unit="NOK", donor=None, year=None),
    ]
    found = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    assert [(m.link, m.link_start) for m in found][2] == (Link.PART_OF, figures[0].start)


@pytest.mark.parametrize(
    ("text", "budget", "rise"),
    [
        (
            "The defence budget will rise to €26.6 billion in 2026, €2.9 billion more than this "
            "year, the Ministry of Defence announced.",
            ("€26.6 billion", "26600000000"),
            ("€2.9 billion", "2900000000"),
        ),
        (
            "Der Verteidigungsetat soll 2025 auf 53,25 Milliarden Euro steigen, 1,2 Milliarden "
            "Euro mehr als in diesem Jahr.",
            ("53,25 Milliarden Euro", "53250000000"),
            ("1,2 Milliarden Euro", "1200000000"),
        ),
    ],
)
def test_a_rise_is_a_part_of_the_figure_it_raises(
    text: str, budget: tuple[str, str], rise: tuple[str, str]
) -> None:
    spending = {"category": "defense_spending", "recipient": None}
    figures = [
        figure(text, *budget, **spending),  # type: ignore[arg-type]
        figure(text, *rise, **spending),  # type: ignore[arg-type]
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, Link.PART_OF]


@pytest.mark.parametrize(
    ("before", "kind"),
    [
        ("The pledge is equivalent to about ", Kind.TARGET),
        ("The commitment is worth roughly ", Kind.TARGET),
        ("The pledge came after allies delivered about ", Kind.INCREMENT),
    ],
)
def test_a_figure_said_of_the_pledge_is_the_target(before: str, kind: Kind) -> None:
    found = kind_of(
        unit="USD", category="military_aid", qualifier="approx", before=before, after=""
    )
    assert found is kind


def test_the_share_reserved_for_a_purpose_is_a_part_whatever_giver_was_read() -> None:
    text = (
        "Germany's package is worth EUR 7.1bn for 2024. Three points stand out. First, the share "
        "reserved for air defence, EUR 2.5bn, reflects a shift."
    )
    figures = [
        figure(text, "EUR 7.1bn", "7100000000", donor="Germany", year=2024),
        figure(text, "EUR 2.5bn", "2500000000", donor="European countries", year=2024),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, Link.PART_OF]


@pytest.mark.parametrize(
    ("sentence", "category", "group"),
    [
        (
            "Since February 2022 Ireland's total support for Ukraine, including humanitarian, "
            "stabilisation and non-lethal military assistance, amounts to more than €400 million.",
            "military_aid",
            "aid_total",
        ),
        (
            "Since February 2022, Austria has provided more than €250 million in support to "
            "Ukraine, including humanitarian aid, contributions to the reconstruction.",
            "humanitarian_aid",
            "aid_total",
        ),
        # a running total of one kind, with its parts or its contents
        (
            "Germany's military aid since 2022, including military vehicles and ammunition, "
            "totals about €28 billion.",
            "military_aid",
            "military",
        ),
        (
            "Germany's military aid since 2022 totals about €28 billion, including €2.5 billion "
            "for air defence.",
            "military_aid",
            "military",
        ),
    ],
)
def test_a_running_total_that_lists_kinds_of_aid_is_all_aid(
    sentence: str, category: str, group: str
) -> None:
    assert claim_group(category, Kind.CUMULATIVE, sentence) == group
    assert claim_group(category, Kind.INCREMENT, sentence) != "aid_total"

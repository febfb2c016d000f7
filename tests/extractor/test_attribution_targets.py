"""Budgets, shares of GDP and targets (the targets pass): a cap a fiscal rule allows is the rule's
threshold, not spending. Each rule is checked on sentences written for these tests, never copied
from an evaluation article."""

import pytest

from tests.support.figures import in_order


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia has asked Brussels to activate the national escape clause, which allows extra "
        "defence spending of up to 1.5% of GDP to be left out of the deficit count.",
        "La Slovaquie compte activer la clause dérogatoire nationale, qui autorise jusqu'à 1,5 % "
        "du PIB de dépenses de défense supplémentaires sans sanction.",
        "Die Slowakei will die Ausweichklausel nutzen, die zusätzliche Verteidigungsausgaben von "
        "bis zu 1,5 Prozent des BIP erlaubt.",
    ],
)
def test_a_cap_an_eu_fiscal_rule_allows_is_no_ones_threshold(text: str) -> None:
    [figure] = in_order(text)
    assert (figure.category, figure.donor, figure.year) == ("other", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Selon le texte, les Alliés consacreront 4 % de leur PIB à la défense d'ici 2032, dont "
        "3 % aux forces armées proprement dites et 1 % à la protection des réseaux.",
        "Le compromis prévoit que les membres consacrent 4 % de leur PIB à leur sécurité d'ici "
        "2032, dont 3 % aux armées et 1 % à la résilience civile.",
    ],
)
def test_the_second_part_of_a_split_goal_is_the_goal_too(text: str) -> None:
    categories = [f.category for f in in_order(text)]
    assert categories == ["pledge_target"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "The Italian government wants to raise the defence budget to €40 billion in 2029, the "
        "minister said.",
        "Le gouvernement italien veut porter le budget de la défense à 40 milliards d'euros en "
        "2029.",
    ],
)
def test_a_defence_sum_aimed_at_for_a_later_year_is_a_goal(text: str) -> None:
    [figure] = in_order(text)
    assert (figure.category, figure.recipient, figure.year) == ("pledge_target", None, 2029)


@pytest.mark.parametrize(
    "text",
    [
        # a plan's line for next year, not a goal
        "The Italian government plans to raise the defence budget to €40 billion next year.",
        # what the programming law sets, with no verb of aim
        "Le budget de la défense atteindra 40 milliards d'euros en 2029, selon la loi de "
        "programmation.",
    ],
)
def test_a_defence_sum_planned_for_a_later_year_is_spending(text: str) -> None:
    [figure] = in_order(text)
    assert figure.category == "defense_spending"


def test_a_defence_share_set_from_a_later_year_is_a_goal() -> None:
    text = "The Danish government will lift defence spending to 3.2% of GDP from January 2028."
    [figure] = in_order(text)
    assert (figure.category, figure.year) == ("pledge_target", 2028)


def test_a_share_up_from_a_past_year_is_still_spending() -> None:
    text = "Denmark spends 2.4% of GDP on defence this year, up from 2025."
    [figure] = in_order(text)
    assert figure.category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The Nordic proposal asks each ally for 0.2% of GDP a year. Had every ally met it in "
            "2025, Ukraine would have received some €90 billion in military support.",
            "€90 billion",
        ),
        (
            "Würden alle Nato-Staaten jedes Jahr 0,2 Prozent ihres BIP für die Ukraine aufwenden, "
            "kämen rund 90 Milliarden Euro zusammen.",
            "90 Milliarden Euro",
        ),
    ],
)
def test_what_a_benchmark_met_by_every_ally_would_yield_is_the_benchmark(
    text: str, surface: str
) -> None:
    figure = next(f for f in in_order(text) if f.surface == surface)
    assert figure.category == "pledge_target"


def test_what_was_given_instead_of_a_benchmark_yield_is_aid() -> None:
    text = (
        "The Nordic proposal asks each ally for 0.2% of GDP a year. Had every ally met it in "
        "2025, Ukraine would have received some €90 billion in military support. Instead, it "
        "received about €30 billion from all donors."
    )
    figure = next(f for f in in_order(text) if f.surface == "€30 billion")
    assert figure.category == "military_aid"


def test_a_company_share_move_in_a_defence_story_is_other() -> None:
    text = (
        "Ottawa will raise defence spending sharply this year. Shares of the Quebec-based "
        "shipbuilder climbed 4.5% on the news."
    )
    [figure] = in_order(text)
    assert (figure.category, figure.donor) == ("other", None)

"""The group a share of GDP joins: a share of defence budgets named in the plural is defence
spending; a share in apposition to a sum of aid ("0.25% of GDP per year, about EUR 100 million")
is aid, while a share beside a budget, or a verb away from a sum of aid, keeps the group of
defence spending."""

import datetime

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, claim_group
from shared.models import category_group
from tests.reconciler.test_reconciler_rules import figure


def _groups(text: str, figures: list) -> dict[str, str]:  # type: ignore[type-arg]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    surfaces = {f.start: f.surface for f in figures}
    return {surfaces[m.start]: m.own_group for m in mentions}


def test_a_share_of_defence_budgets_in_the_plural_is_defence_spending() -> None:
    sentence = (
        "Nor do we count defence budgets: Seoul's, at about 2.3% of GDP, is among the highest of "
        "the donors we follow, but none of it goes to Ukraine."
    )
    assert claim_group("defense_spending", Kind.SHARE, sentence) == category_group(
        "defense_spending"
    )


def test_a_share_of_gdp_beside_a_sum_of_aid_is_aid() -> None:
    text = (
        "Estonia's commitment of 0.25% of GDP per year, about EUR 100 million in 2026, is "
        "proportionally among the largest in Europe."
    )
    share = figure(
        text,
        "0.25%",
        "0.25",
        unit="percent",
        category="pledge_target",
        donor="Estonia",
        recipient=None,
    )
    figures = [share, figure(text, "EUR 100 million", "100000000", donor="Estonia", year=2026)]
    assert _groups(text, figures)["0.25%"] == category_group("pledge_target")
    # without the sum beside it, a share no aid words name is defence spending
    assert _groups(text, [share])["0.25%"] == category_group("defense_spending")


def test_a_share_of_gdp_beside_a_budget_stays_defence_spending() -> None:
    text = "Estonia plans to spend €2.4 billion on defence next year, or 5.4% of GDP."
    figures = [
        figure(text, "€2.4 billion", "2400000000", category="defense_spending", donor="Estonia"),
        figure(
            text,
            "5.4%",
            "5.4",
            unit="percent",
            category="defense_spending",
            donor="Estonia",
            recipient=None,
        ),
    ]
    assert _groups(text, figures)["5.4%"] == category_group("defense_spending")


def test_a_share_a_verb_away_from_a_sum_of_aid_keeps_its_group() -> None:
    # the sum read as aid (an extractor's slip), the share its own defence goal: no apposition
    text = (
        "Defence funding will reach $59 billion in 2026 and is projected to grow to 2.33 per cent "
        "of GDP by 2033."
    )
    figures = [
        figure(text, "$59 billion", "36000000000", unit="AUD", donor="Australia"),
        figure(
            text,
            "2.33 per cent",
            "2.33",
            unit="percent",
            category="defense_spending",
            donor="Australia",
            recipient=None,
        ),
    ]
    assert _groups(text, figures)["2.33 per cent"] == category_group("defense_spending")

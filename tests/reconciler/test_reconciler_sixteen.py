"""Reconciler 2026.11.16 (issue 14): shares of defence budgets named in the plural, a conversion
after "(quelque", a share list opened by "Of the loan," and carried past a smaller sum, a sum
"from" which another rose, and a share of GDP beside a sum of aid."""

import datetime

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import Kind, claim_group, compares, converts, names_a_share
from shared.models import category_group
from tests.reconciler.test_reconciler_rules import figure, kinds


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


def test_a_sentence_opening_with_of_the_loan_lists_shares_of_it() -> None:
    assert names_a_share("Of the loan, ")
    assert names_a_share("Sur ce prêt, ")
    assert names_a_share("Von dem Kredit entfallen ")
    assert not names_a_share("The rest of the loan will follow next year, and ")
    text = (
        "The EBRD is providing a €300 million loan to Naftogaz to finance emergency purchases of "
        "natural gas. The loan is complemented by a €139 million grant from the Government of "
        "Norway. Of the loan, €220 million will finance gas imports from the European Union and "
        "€80 million the restoration of compressor stations."
    )
    figures = [
        figure(text, "€300 million", "300000000", category="financial_aid", donor="EBRD"),
        figure(text, "€139 million", "139000000", category="financial_aid", donor="Norway"),
        # the extractor reads the EU as the giver of the imports' share
        figure(text, "€220 million", "220000000", category="financial_aid", donor="EU"),
        figure(text, "€80 million", "80000000", category="financial_aid", donor="EU"),
    ]
    mentions = document_mentions(1, text, figures, datetime.date(2025, 6, 1))
    whole = figures[0].start
    assert [(m.link, m.link_start) for m in mentions] == [
        (None, None),
        (None, None),
        ("part_of", whole),
        ("part_of", whole),
    ]


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


def test_of_the_new_money_names_no_share_of_the_nearest_sum() -> None:
    # "the new money" may be a package other than the nearest larger sum (a running total)
    assert not names_a_share("Of the new money, about ")
    assert not names_a_share("Of the new allocation, ")


def test_a_further_sum_after_a_listed_part_is_one_more_part() -> None:
    text = (
        "The Government will provide NOK 7.46 billion to strengthen Ukraine's air defence. Of the "
        "total, NOK 2.95 billion will be used to procure Patriot interceptor missiles together "
        "with Germany, and NOK 1.9 billion will finance additional NASAMS fire units. A further "
        "NOK 1.2 billion is set aside for radars and counter-drone systems."
    )
    figures = [
        figure(text, "NOK 7.46 billion", "650000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 2.95 billion", "257000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 1.9 billion", "165000000", unit="NOK", donor="Germany"),
        figure(text, "NOK 1.2 billion", "104000000", unit="NOK", donor="Norway"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, "part_of", "part_of", "part_of"]


def test_a_further_sum_past_its_whole_is_a_package_of_its_own() -> None:
    text = (
        "The Government will provide NOK 3 billion to Ukraine. Of the total, NOK 2 billion will "
        "buy air defence. A further NOK 1.5 billion goes to a separate fund for energy repairs."
    )
    figures = [
        figure(text, "NOK 3 billion", "260000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 2 billion", "173000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 1.5 billion", "130000000", unit="NOK", donor="Norway"),
    ]
    assert [link for _, _, link in kinds(text, figures)] == [None, "part_of", None]

"""The whole a part's words name: "Of the 2026 defence funding", "Sur cette enveloppe", "Of the
new money", "This year's package", "The new package" make the sum after them a part of the sum
they name, which may be other than the nearest larger sum before it: the new money, not the
running total it brings aid to; this year's package, not next year's sum; the new package, not an
earlier one of the same amount. "Of the new money" names a part, not a share."""

import datetime

import pytest

from services.reconciler.mentions import document_mentions
from services.reconciler.rules import names_a_part, names_a_share
from tests.reconciler.test_reconciler_rules import figure, kinds


@pytest.mark.parametrize(
    ("before", "part"),
    [
        ("Of the 2026 defence funding, ", True),
        ("Out of the total, about ", True),
        ("Sur cette enveloppe, ", True),
        ("Von diesem Betrag sind ", True),
        ("Lithuania is one of the biggest donors of the budget, ", False),
        ("The minister said that ", False),
    ],
)
def test_a_whole_named_by_its_words_opens_its_part(before: str, part: bool) -> None:
    assert names_a_part(before) is part


NEW_MONEY = (
    "Norway will add NOK 5 billion to this year's Nansen programme, bringing total Norwegian aid "
    "to Ukraine for 2025 to NOK 85 billion. {cue} about NOK 2 billion will finance Patriot "
    "interceptors."
)


@pytest.mark.parametrize(
    ("cue", "links"),
    [
        # the new sum, not the running total it brings aid to (006)
        ("Of the new money,", [None, None, "part_of"]),
        # no cue: a sum of its own
        ("Separately,", [None, None, None]),
    ],
)
def test_a_part_of_the_new_money_skips_the_running_total(cue: str, links: list[str | None]) -> None:
    text = NEW_MONEY.format(cue=cue)
    figures = [
        figure(text, "NOK 5 billion", "5000000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 85 billion", "85000000000", unit="NOK", donor="Norway"),
        figure(text, "NOK 2 billion", "2000000000", unit="NOK", donor="Norway", qualifier="approx"),
    ]
    found = kinds(text, figures)
    assert [link for _, _, link in found] == links
    assert found[1][1] == "cumulative"


def test_of_the_new_money_names_no_share_of_the_nearest_sum() -> None:
    # "the new money" may be a package other than the nearest larger sum (a running total)
    assert not names_a_share("Of the new money, about ")
    assert not names_a_share("Of the new allocation, ")


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

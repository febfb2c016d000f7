"""One fact that outlets read differently (reconciler 2026.11.8): a share of GDP read as aid, as a
pledge or as defence spending."""

import pytest

from services.reconciler.rules import Kind, claim_group


@pytest.mark.parametrize(
    ("category", "sentence", "given_to"),
    [
        # one "0.25% of GDP" for Ukraine, read three ways by three outlets
        ("military_aid", "Latvia keeps its military aid to Ukraine at 0.25% of GDP.", "Ukraine"),
        ("pledge_target", "Latvia would give Ukraine aid equal to 0.25% of GDP.", "Ukraine"),
        (
            "defense_spending",
            "Latvia's contribution for this year, 0.25% of gross domestic product, amounts to "
            "€112 million, the Ministry of Defence said on Thursday.",
            None,
        ),
        ("pledge_target", "Estonia said it would keep to its 0.25% of GDP as well.", "Ukraine"),
    ],
)
def test_a_share_given_as_aid_is_one_group_whatever_category_was_read(
    category: str, sentence: str, given_to: str | None
) -> None:
    assert claim_group(category, Kind.SHARE, sentence, given_to=given_to) == "pledge_target"


@pytest.mark.parametrize(
    ("category", "sentence", "given_to"),
    [
        ("pledge_target", "Das Ziel von 3,5 Prozent des BIP für Kernverteidigung.", None),
        ("military_aid", "Allies will spend at least 3.5 per cent of GDP on core defence.", None),
        ("pledge_target", "Spain has promised to reach the 2% guideline this year.", None),
        # aid words beside a share of one's own defence spending: the share is defence
        (
            "pledge_target",
            "The Minister stressed that the assistance is compatible with Spain's commitment to "
            "reach 2% of GDP in defence spending in 2025.",
            "Ukraine",
        ),
        ("military_aid", "It will spend 3.2% of its GDP on its own defence this year.", "Ukraine"),
    ],
)
def test_a_share_of_defence_spending_is_one_group_whatever_category_was_read(
    category: str, sentence: str, given_to: str | None
) -> None:
    assert claim_group(category, Kind.SHARE, sentence, given_to=given_to) == "defense_spending"

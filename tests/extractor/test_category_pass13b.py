"""Categories, pass 13b: the end point of a rise still to be made ("plans to lift defence
spending from 1.1% of GDP now towards 2%") is a level set, a pledge_target, while a rise that
happened ("spending rose from 1.5% to 2.1%") stays spending. Each rule is checked on sentences
written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import in_order


@pytest.mark.parametrize(
    "text",
    [
        "The new white paper sets out a path to lift military spending from about 1.1% of GDP "
        "now towards 2% by 2031.\n",
        "Die Regierung plant, die Verteidigungsausgaben von rund 1,3 Prozent auf 2 Prozent des "
        "BIP zu erhöhen.\n",
        "Le gouvernement entend porter l'effort de défense de 1,9 % aujourd'hui à 3 % du PIB.\n",
    ],
)
def test_the_end_point_of_a_planned_rise_is_a_goal(text: str) -> None:
    start, end = in_order(text)
    assert (start.category, end.category) == ("defense_spending", "pledge_target")


@pytest.mark.parametrize(
    "text",
    [
        "Military spending rose from 1.5% of GDP in 2014 to 2.1% last year.\n",
        "Les dépenses militaires sont passées de 1,5 % à 2,1 % du PIB.\n",
    ],
)
def test_the_end_point_of_a_rise_made_is_spending(text: str) -> None:
    assert [f.category for f in in_order(text)] == ["defense_spending", "defense_spending"]

"""Categories, pass 13: an economy named by its rank in an apposition ("Italy, Europe's
third-largest economy, spent 1.2 percent") says who spends, not that the figure measures the
economy. Each rule is checked on sentences written for these tests, never copied from an
evaluation article."""

import pytest

from tests.support.figures import in_order


@pytest.mark.parametrize(
    "text",
    [
        "NATO allies agreed on Friday to aim to spend 2 percent of GDP on defence within a "
        "decade.\n\nOnly three allies met the goal last year. Italy, Europe's third-largest "
        "economy, spent 1.2 percent and Spain 0.9 percent.\n",
        "Die Nato-Verbündeten wollen bis 2024 zwei Prozent des BIP für Verteidigung ausgeben.\n\n"
        "Nur drei Verbündete erreichten das Ziel im vergangenen Jahr. Italien, Europas "
        "drittgrößte Wirtschaft, gibt 1,2 Prozent aus.\n",
        "Les alliés de l'OTAN se sont engagés à consacrer 2 % du PIB à la défense d'ici à 2024."
        "\n\nSeuls trois alliés ont atteint l'objectif l'an dernier. L'Italie, troisième "
        "économie de la zone euro, a dépensé 1,2 %.\n",
    ],
)
def test_an_economy_named_by_its_rank_is_no_distractor(text: str) -> None:
    figure = in_order(text)[1]
    assert (figure.category, figure.donor) == ("defense_spending", "Italy")

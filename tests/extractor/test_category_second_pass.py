"""Category readings of the second category pass of 2026-12-03, each checked on short stories
written for these tests, never copied from an evaluation article:

- the economy named as the yardstick of a comparison ("Relative to the size of its economy",
  "Rapporté à leur économie", "Gemessen an ihrer Wirtschaft") is an aside, not an economic
  subject: a share of GDP given after it is aid, not an economic figure.
"""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Relative to the size of its economy, Finland has been among the most generous "
            "donors: it has allocated 0.9% of its GDP to Kyiv since 2022.",
            "0.9%",
        ),
        (
            "Rapporté à leur économie, les pays baltes aident le plus l'Ukraine : la Lettonie y "
            "a consacré 1,1 % de son PIB depuis le début de la guerre.",
            "1,1 %",
        ),
        (
            "Gemessen an ihrer Wirtschaft liegen die kleinen Staaten vorn: Lettland hat der "
            "Ukraine seit 2022 rund 1,1 Prozent seines BIP zugesagt.",
            "1,1 Prozent",
        ),
    ],
)
def test_economy_as_yardstick_is_no_economic_subject(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "aid_total"
    assert figure.aid_related is True


def test_economy_named_as_subject_stays_other() -> None:
    figures = by_surface(
        "Rapporté à leur économie, l'effort reste modeste. L'économie a reculé de 2 % l'an dernier."
    )
    assert figures["2 %"].category == "other"

"""Donors, second pass: the figure after "contre"/"compared with" given for a whole group, ...
Sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "first", "second", "group"),
    [
        (
            "Selon le dernier décompte, Berlin a fourni 18 milliards d'euros d'aide militaire à "
            "l'Ukraine, contre 40 milliards d'euros pour l'ensemble des pays européens.",
            "18 milliards d'euros",
            "40 milliards d'euros",
            "European countries",
        ),
        (
            "Washington has given Ukraine $70 billion in military aid, compared with $80 billion "
            "for all European countries.",
            "$70 billion",
            "$80 billion",
            "European countries",
        ),
        (
            "Deutschland hat der Ukraine 18 Milliarden Euro an Militärhilfe zugesagt, verglichen "
            "mit 40 Milliarden Euro für alle europäischen Länder.",
            "18 Milliarden Euro",
            "40 Milliarden Euro",
            "European countries",
        ),
    ],
)
def test_compared_figure_for_a_whole_group_is_the_groups(
    text: str, first: str, second: str, group: str
) -> None:
    figures = by_surface(text)
    assert figures[second].donor == group
    assert figures[first].donor != group

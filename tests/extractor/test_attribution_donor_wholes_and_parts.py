"""Donors: the figure after "contre"/"compared with" given for a whole group, ...
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


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Nordic countries - Denmark, Sweden, Norway and Finland - have given $30 billion in "
            "military aid to Ukraine since 2022.",
            "$30 billion",
            "Nordic countries",
        ),
        (
            "European donors – the EU, Britain and Norway – account for €90 billion of the aid "
            "to Ukraine.",
            "€90 billion",
            "European countries",
        ),
    ],
)
def test_names_listed_between_dashes_are_the_subjects_parts(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Allies delivered €40 billion in military aid to Ukraine last year, the bulk of it "
            "from Germany.",
            "€40 billion",
            "NATO allies",
        ),
        (
            "Les alliés ont livré 40 milliards d'euros d'aide militaire à l'Ukraine l'an dernier, "
            "dont la majeure partie venait des États-Unis.",
            "40 milliards d'euros",
            "NATO allies",
        ),
        (
            "Die Verbündeten lieferten der Ukraine im vergangenen Jahr Militärhilfe für 40 "
            "Milliarden Euro, den Großteil davon von den USA.",
            "40 Milliarden Euro",
            "NATO allies",
        ),
    ],
)
def test_the_giver_of_most_of_a_sum_is_not_the_wholes(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_payout_of_a_members_share_of_the_g7_loans_stays_the_members() -> None:
    text = (
        "Ottawa is lending Ukraine C$5 billion as its share of the G7's $50 billion loan; the "
        "first C$1.2 billion was disbursed in May."
    )
    figures = by_surface(text)
    assert figures["C$5 billion"].donor == "Canada"
    assert figures["$50 billion"].donor == "G7"
    assert figures["C$1.2 billion"].donor == "Canada"

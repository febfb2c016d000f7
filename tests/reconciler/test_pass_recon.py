"""Rules of the reconciler pass of 2026-12-03 ("pass/recon"), on sentences written for them."""

import pytest

from services.reconciler.rules import Kind, Link, totalled_with_it
from tests.reconciler.test_reconciler_rules import figure, kinds

# A top-up, then a sentence that adds the allocation first planned and says "thus": both sums are
# parts of the year's new total.
TOPPED_UP = {
    "en": (
        "Parliament released a further €2 billion for Kyiv on Friday. Together with the €5 "
        "billion already budgeted, Berlin thus provides €7 billion in military aid this year.",
        ("€2 billion", "2000000000"),
        ("€5 billion", "5000000000"),
        ("€7 billion", "7000000000"),
    ),
    "de": (
        "Der Bundestag gab am Freitag weitere zwei Milliarden Euro frei. Gemeinsam mit den "
        "bereits veranschlagten fünf Milliarden Euro stehen damit in diesem Jahr sieben "
        "Milliarden Euro für die Militärhilfe bereit.",
        ("zwei Milliarden Euro", "2000000000"),
        ("fünf Milliarden Euro", "5000000000"),
        ("sieben Milliarden Euro", "7000000000"),
    ),
    "fr": (
        "Le Parlement a débloqué 2 milliards d'euros supplémentaires vendredi. Avec les 5 "
        "milliards d'euros déjà prévus, l'aide militaire atteint ainsi 7 milliards d'euros cette "
        "année.",
        ("2 milliards d'euros", "2000000000"),
        ("5 milliards d'euros", "5000000000"),
        ("7 milliards d'euros", "7000000000"),
    ),
}


@pytest.mark.parametrize("language", sorted(TOPPED_UP))
def test_a_top_up_and_the_planned_sum_are_parts_of_the_total_they_make(language: str) -> None:
    text, *sums = TOPPED_UP[language]
    figures = [figure(text, surface, value) for surface, value in sums]
    assert kinds(text, figures) == [
        (sums[0][0], Kind.INCREMENT, Link.PART_OF),
        (sums[1][0], Kind.INCREMENT, Link.PART_OF),
        (sums[2][0], Kind.INCREMENT, None),
    ]


def test_a_top_up_with_no_base_named_is_a_part_of_the_total_told_next() -> None:
    text = (
        "The government is adding €2 billion to its aid for Ukraine this year. In total, "
        "Kyiv will thus receive €7 billion in 2025."
    )
    figures = [figure(text, "€2 billion", "2000000000"), figure(text, "€7 billion", "7000000000")]
    assert kinds(text, figures) == [
        ("€2 billion", Kind.INCREMENT, Link.PART_OF),
        ("€7 billion", Kind.INCREMENT, None),
    ]


def test_sums_that_do_not_add_up_to_the_total_stay_claims() -> None:
    # the top-up and the base make €6 billion, not the €9 billion told: only the base named in
    # the sentence is read as a part
    text = (
        "Parliament released a further €1 billion for Kyiv on Friday. Together with the €5 "
        "billion already budgeted, Berlin thus provides €9 billion in military aid this year."
    )
    figures = [
        figure(text, "€1 billion", "1000000000"),
        figure(text, "€5 billion", "5000000000"),
        figure(text, "€9 billion", "9000000000"),
    ]
    assert kinds(text, figures)[0] == ("€1 billion", Kind.INCREMENT, None)


@pytest.mark.parametrize(
    "before",
    [
        "Zusammen mit den bereits eingeplanten Mitteln stehen damit 2025 rund ",
        "Insgesamt fließen 2025 damit ",
        "In total, Kyiv will thus receive ",
        "Au total, la Belgique consacre ainsi ",
    ],
)
def test_words_that_total_the_money_just_told(before: str) -> None:
    assert totalled_with_it(before)


@pytest.mark.parametrize(
    "before",
    [
        # "damit" as "so that" opens no total
        "Die Regierung stockt die Hilfe auf, damit die Ukraine ",
        "In total, the package is worth ",
        "Avec ce budget, la France dépense ",
    ],
)
def test_other_words_total_nothing(before: str) -> None:
    assert not totalled_with_it(before)

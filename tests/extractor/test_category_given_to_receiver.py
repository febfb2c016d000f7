"""Category: a sum given to a receiver named right before it ("promised Kyiv at least £2
billion", "sagte der Ukraine weitere 2 Milliarden Euro zu", "a promis à Kiev au moins 2
milliards d'euros") is aid, whatever defence spending or goal another clause of its sentence
tells. A sum with no receiver before it stays what its sentence names. Every sentence is written
for these tests, in English, German and French."""

import datetime

import pytest

from tests.support.figures import by_surface

_PUBLISHED = datetime.date(2025, 5, 14)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The prime minister said Britain would raise defence spending to 2.7% of GDP by 2027 "
            "and promised Kyiv at least £2 billion a year until 2030.",
            "£2 billion",
        ),
        (
            "Der Kanzler kündigte an, die Verteidigungsausgaben auf 3 Prozent der "
            "Wirtschaftsleistung zu erhöhen, und sagte der Ukraine weitere 2 Milliarden Euro zu.",
            "2 Milliarden Euro",
        ),
        (
            "Le président a annoncé que les dépenses de défense atteindraient 3 % du PIB en 2030 "
            "et a promis à Kiev au moins 2 milliards d'euros par an.",
            "2 milliards d'euros",
        ),
    ],
)
def test_a_sum_given_to_a_receiver_named_before_it_is_aid(text: str, surface: str) -> None:
    figure = by_surface(text, published=_PUBLISHED)[surface]
    assert figure.category not in ("defense_spending", "pledge_target", "other")
    assert figure.recipient == "Ukraine"


def test_spending_with_no_receiver_before_it_stays_spending() -> None:
    text = (
        "The prime minister said Britain would raise defence spending to £70 billion by 2027 and "
        "give Ukraine more help."
    )
    assert by_surface(text, published=_PUBLISHED)["£70 billion"].category == "defense_spending"

"""Goals and levels of defence spending: a share to be reached whose cost is told, or a goal
pledged now, is a target; a share told as the current level or as reached, and the sum that lifts
defence to a share, are spending. A target's year is its deadline, not the year it was set; the
alliance's benchmark met or measured against, and a level told as the current one, have no year;
a level reached in a stated year takes it. Each rule is checked on sentences written for these
tests, never copied from an evaluation article."""

import datetime

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Canada's defence budget will rise again next year. The budget office estimated that "
            "reaching 3.5% would require annual spending of about $140 billion, at current "
            "exchange rates.",
            "3.5%",
        ),
        (
            "Le budget de la défense italien augmentera l'an prochain. Passer à 3,5 % "
            "représenterait, à prix constants, 30 milliards d'euros de plus chaque année.",
            "3,5 %",
        ),
        (
            "Portugal's defence spending rose again last year. Analysts say Lisbon would need to "
            "add about €5 billion a year, in today's prices, to reach 3.5% by 2035.",
            "3.5%",
        ),
    ],
)
def test_a_share_to_be_reached_whose_cost_is_told_is_a_goal(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "pledge_target"
    assert figure.aid_related is True


def test_a_goal_pledged_now_stays_a_goal() -> None:
    text = "Spain has now committed to reach 2.1% of GDP on defence by 2029."
    assert by_surface(text)["2.1%"].category == "pledge_target"


def test_a_level_reached_is_still_spending() -> None:
    text = "Poland's defence budget rose sharply. Poland reached 4.1% of GDP last year."
    assert by_surface(text)["4.1%"].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Bis 2030 sollen die Verteidigungsausgaben auf 2 Prozent des BIP steigen, heute sind "
            "es knapp 1,4 Prozent.",
            "1,4 Prozent",
        ),
        (
            "The government wants defence spending to reach 2.5% of GDP by 2030. It currently "
            "stands at about 1.6%.",
            "1.6%",
        ),
        (
            "Le gouvernement veut porter les dépenses de défense à 2 % du PIB d'ici 2030, contre "
            "actuellement 1,3 %.",
            "1,3 %",
        ),
    ],
)
def test_a_share_told_as_now_is_spending_not_the_goal(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "defense_spending"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Italy would have to find about €30 billion a year more, in today's prices, to "
            "reach 3.5% of GDP on defence by 2035.",
            "€30 billion",
        ),
        (
            "Passer à 3,5 % du PIB pour la défense coûterait à la France quelque 40 milliards "
            "d'euros de plus par an, à prix constants.",
            "40 milliards d'euros",
        ),
        (
            "For the Nordic allies, moving from current levels to 3.5% would require about €20 "
            "billion more in annual core spending, at today's prices.",
            "€20 billion",
        ),
    ],
)
def test_the_sum_that_lifts_defence_to_a_share_is_defence_spending(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert figure.category == "defense_spending"
    assert figure.aid_related is True


def test_the_year_a_target_was_set_is_no_deadline() -> None:
    published = datetime.date(2026, 5, 20)
    text = "The previous NATO spending target, agreed at the Wales summit in 2014, was 2% of GDP."
    assert by_surface(text, published=published)["2%"].year is None
    deadline = "Allies agreed in The Hague to reach 3.5% of GDP on core defence by 2035."
    assert by_surface(deadline, published=published)["3.5%"].year == 2035


def test_the_alliances_target_measured_against_stays_open() -> None:
    published = datetime.date(2026, 5, 20)
    # (met this year, it is the country's spending of the year: README, "Settled cases")
    promised = (
        "The minister said Canada would meet NATO's 3.5% core benchmark in the current fiscal year."
    )
    met = by_surface(promised, published=published)["3.5%"]
    assert (met.category, met.donor, met.year) == ("defense_spending", "Canada", 2026)
    measured = (
        "Slovenia will spend 1.6% of GDP on defence this year, well below NATO's guideline of 2%."
    )
    figures = by_surface(measured, published=published)
    assert figures["1.6%"].year == 2026
    assert figures["2%"].year is None


def test_a_level_told_as_the_current_one_has_no_year() -> None:
    published = datetime.date(2026, 5, 20)
    text = (
        "Bis 2030 sollen die Militärausgaben 1,5 Prozent erreichen, heute sind es rund 0,9 Prozent."
    )
    figures = by_surface(text, published=published)
    assert figures["1,5 Prozent"].year == 2030
    assert figures["0,9 Prozent"].year is None
    english = "Defence spending, currently about 1.1% of GDP, is to reach 2% by 2030."
    assert by_surface(english, published=published)["1.1%"].year is None


def test_a_target_level_reached_in_a_stated_year_takes_that_year() -> None:
    published = datetime.date(2026, 5, 20)
    reached = "Portugal a atteint l'an dernier l'objectif de 2 % du PIB consacré à la défense."
    assert by_surface(reached, published=published)["2 %"].year == 2025
    reach = (
        "The Prime Minister has promised to reach the government's goal of spending 1.5% of GDP "
        "on defence this fiscal year."
    )
    assert by_surface(reach, published=published)["1.5%"].year == 2026


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the allies asked as a whole, with no "every"
        (
            "The Polish minister urged allies to commit 0.3% of their GDP a year to military aid, "
            "an idea first floated by Latvia.",
            "0.3%",
        ),
        # a level the allies themselves have urged
        (
            "Finland's aid reached 0.2% of GDP, short of the 0.25% that some allies have urged.",
            "0.25%",
        ),
        # a level the members aim at, in French
        (
            "La Slovénie consacre 1,3 % du PIB à sa défense, loin des 2 % que visent les membres "
            "de l'Alliance.",
            "2 %",
        ),
    ],
)
def test_a_level_asked_or_aimed_at_by_the_allies_is_theirs(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("pledge_target", "NATO allies")

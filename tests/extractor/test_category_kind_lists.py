"""Category readings of the third category pass of 2026-12-03, each checked on short stories
written for these tests, never copied from an evaluation article:

- a sum given in a list of aid's kinds naming two main kinds beside other adjectives ("military,
  humanitarian and legal assistance", "financial, humanitarian and reconstruction support",
  "militärische, humanitäre und rechtliche Hilfe", "aide militaire, humanitaire et juridique") is
  all aid, while one main kind with others ("humanitarian and reconstruction aid", "financial and
  budgetary aid") stays that kind;
- a share a goal is measured from, dated before it ("from around 1.1% before the invasion", "up
  from 1.2% a year earlier", "nach 1,2 Prozent im Vorjahr", "contre 1,1 % avant la guerre"), is
  the level had, not a goal, and one before the war has no year;
- a share a sentence on defence moves toward ("are moving towards 3.5%", "a credible path toward
  the 5%", "une trajectoire crédible vers les 5 %", "sich auf 3 Prozent ... zuzubewegen") is a
  goal;
- a sum its own sentence gives no kind, told as a total right after it ("have now committed €2.4
  billion in total", "2,4 Milliarden Euro insgesamt", "2,4 milliards d'euros au total"), is all
  aid, not the kind of the story or the sentence before.
"""

import pytest

from tests.support.figures import by_surface


def _category(text: str, surface: str) -> str:
    return by_surface(text)[surface].category


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ireland has provided EUR 380 million in military, humanitarian and legal assistance "
            "to Ukraine since 2022, the foreign ministry said.",
            "EUR 380 million",
        ),
        (
            "South Korea has given about $2.5 billion in financial, humanitarian and "
            "reconstruction support to Ukraine since the invasion.",
            "$2.5 billion",
        ),
        (
            "Irland hat der Ukraine seit 2022 militärische, humanitäre und rechtliche Hilfe im "
            "Wert von 380 Millionen Euro geleistet.",
            "380 Millionen Euro",
        ),
        (
            "Depuis 2022, l'Irlande a fourni 380 millions d'euros d'aide militaire, humanitaire "
            "et juridique à l'Ukraine.",
            "380 millions d'euros",
        ),
    ],
)
def test_a_list_of_two_main_kinds_with_other_adjectives_is_all_aid(text: str, surface: str) -> None:
    assert _category(text, surface) == "aid_total"


@pytest.mark.parametrize(
    ("text", "surface", "category"),
    [
        (
            "South Korea has pledged $1.8 billion in humanitarian and reconstruction aid to "
            "Ukraine over several years.",
            "$1.8 billion",
            "humanitarian_aid",
        ),
        (
            "The donors allocated €4.2 billion in financial and budgetary aid to Ukraine in the "
            "first quarter.",
            "€4.2 billion",
            "financial_aid",
        ),
    ],
)
def test_one_main_kind_with_other_adjectives_stays_that_kind(
    text: str, surface: str, category: str
) -> None:
    assert _category(text, surface) == category


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "The strategy aims to raise defence-related outlays to 2% of GDP by 2030, from about "
            "1.1% before the war.",
            "1.1%",
        ),
        (
            "Defence spending is set to rise to 2% of GDP by 2030, up from 1.2% a year earlier.",
            "1.2%",
        ),
        (
            "Die Verteidigungsausgaben sollen bis 2030 auf 2 Prozent des BIP steigen, nach 1,2 "
            "Prozent im Vorjahr.",
            "1,2 Prozent",
        ),
        (
            "Die Regierung will die Militärausgaben bis 2030 auf 2 Prozent des BIP anheben, "
            "gegenüber 1,1 Prozent vor dem Krieg.",
            "1,1 Prozent",
        ),
        (
            "Le gouvernement veut porter les dépenses militaires à 2 % du PIB d'ici 2030, contre "
            "1,2 % l'année précédente.",
            "1,2 %",
        ),
        (
            "Le gouvernement veut porter les dépenses militaires à 2 % du PIB d'ici 2030, contre "
            "1,1 % avant la guerre.",
            "1,1 %",
        ),
    ],
)
def test_a_base_dated_before_the_goal_is_a_level_had(text: str, base: str) -> None:
    figures = by_surface(text)
    assert figures[base].category == "defense_spending"
    assert [f.category for s, f in figures.items() if s != base] == ["pledge_target"]


def test_a_level_before_the_war_has_no_year() -> None:
    figures = by_surface(
        "The strategy aims to raise defence-related outlays to 2% of GDP by 2030, from about 1.1% "
        "before the war."
    )
    assert figures["1.1%"].year is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Hungary spends about 2.1% of its GDP on defence this year, while the Nordic states "
            "are moving towards 3.5%.",
            "3.5%",
        ),
        (
            "Allied governments must present yearly plans that show a credible path toward the 5% "
            "in defence spending.",
            "5%",
        ),
        (
            "Les alliés doivent présenter chaque année une trajectoire crédible vers les 5 % pour "
            "leurs dépenses de défense.",
            "5 %",
        ),
        (
            "Beim Gipfel in Vilnius sagten die Staaten zu, sich binnen acht Jahren auf 3 Prozent "
            "ihrer Wirtschaftsleistung für Verteidigung zuzubewegen.",
            "3 Prozent",
        ),
        (
            "Die baltischen Staaten geben schon mehr als 3 Prozent für Verteidigung aus und wollen "
            "sich auf 5 Prozent zubewegen.",
            "5 Prozent",
        ),
    ],
)
def test_a_level_moved_toward_is_a_goal(text: str, level: str) -> None:
    assert _category(text, level) == "pledge_target"


def test_the_level_had_beside_it_stays_spent() -> None:
    text = (
        "Hungary spends about 2.1% of its GDP on defence this year, while the Nordic states are "
        "moving towards 3.5%."
    )
    assert _category(text, "2.1%") == "defense_spending"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Poland sent EUR 300 million in military aid to Ukraine in March, the tracker said. "
            "The Gulf donors, led by Qatar, have now committed €2.4 billion in total.",
            "€2.4 billion",
        ),
        (
            "Polen schickte im März Militärhilfe im Wert von 300 Millionen Euro an die Ukraine. "
            "Schweden hat 2,4 Milliarden Euro insgesamt zugesagt.",
            "2,4 Milliarden Euro",
        ),
        (
            "La Pologne a livré pour 300 millions d’euros d’armes à l’Ukraine en mars. La Suède "
            "a engagé 2,4 milliards d’euros au total.",
            "2,4 milliards d’euros",
        ),
    ],
)
def test_a_sum_told_as_a_total_is_all_aid(text: str, total: str) -> None:
    assert _category(text, total) == "aid_total"


def test_a_total_its_sentence_gives_a_kind_keeps_it() -> None:
    text = (
        "Poland sent EUR 300 million in military aid to Ukraine in March. Its military aid now "
        "stands at €2.4 billion in total."
    )
    assert _category(text, "€2.4 billion") == "military_aid"

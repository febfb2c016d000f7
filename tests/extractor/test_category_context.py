"""Category readings told by the rest of the sentence or the story, each checked on short stories
written for these tests, never copied from an evaluation article:

- the economy named as the yardstick of a comparison ("Relative to the size of its economy",
  "Rapporté à leur économie", "Gemessen an ihrer Wirtschaft") is an aside, not an economic
  subject: a share of GDP given after it is aid, not an economic figure;
- a German share whose clause ends on the spending verb ("hatte ... 3,2 Prozent ... ausgegeben",
  "gibt ... 4 Prozent ... aus") is spent, even beside a goal named after it; the infinitive of a
  goal ("will ... 5 Prozent ... ausgeben") stays a goal;
- a bare share in a story on defence, dated right after it to a year that has come ("Italy
  posted 1.49% in 2024", "L'Italie affichait 1,49 % en 2024"), is spent, though its sentence
  names a threshold elsewhere; one dated to a year ahead stays a goal;
- "the aid budget" of no kind and for no one named is a state's overseas aid: its share of
  gross national income is other, even where defence spending pays for the cut; the aid budget
  for Ukraine stays aid;
- a kind named for a part of the sum before it ("90% of it through the Peace Facility", "dont
  une partie via la Facilité", "davon ein Teil über die Friedensfazilität") is the part's, not
  the whole's, which is all aid when it names no kind of its own;
- a sum its sentence gives no kind, named with a definite article ("how much of the $3 billion",
  "von den 3 Milliarden Euro", "combien des 3 milliards d'euros"), echoes the same sum told
  before and takes its kind, not the kind of the figures between;
- a share a comparison names as a benchmark ("compared with the 2% guideline", "contre les 2 %
  que visent", "verglichen mit der Zielmarke von 2 Prozent") stays the alliance's goal, not the
  level compared with it; French names it with "des" too ("le seuil des 2 % fixé par l'OTAN").
"""

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import PUBLISHED, by_surface


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


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Im vergangenen Jahr hatte Lettland 3,2 Prozent seines BIP für die Verteidigung "
            "ausgegeben und damit das vereinbarte Ziel klar übertroffen.",
            "3,2 Prozent",
            PUBLISHED.year - 1,
        ),
        (
            "Rumänien gibt derzeit rund 2,3 Prozent seiner Wirtschaftsleistung für das Militär "
            "aus, mehr als das alte Ziel verlangte.",
            "2,3 Prozent",
            None,
        ),
    ],
)
def test_german_share_spent_by_its_last_verb(text: str, surface: str, year: int | None) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.year) == ("defense_spending", year)


def test_german_share_wanted_stays_a_goal() -> None:
    figure = by_surface("Bis 2030 will Lettland 5 Prozent seines BIP für Verteidigung ausgeben.")[
        "5 Prozent"
    ]
    assert (figure.category, figure.year) == ("pledge_target", 2030)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Southern allies still lag on defence spending. Italy posted 1.49% in 2024; Rome "
            "wants to count its coast guard to cross the threshold.",
            "1.49%",
        ),
        (
            "Die Südeuropäer hinken bei den Verteidigungsausgaben hinterher. Italien kam 2024 auf "
            "1,49 Prozent; Rom will die Küstenwache einrechnen, um die Schwelle zu überschreiten.",
            "1,49 Prozent",
        ),
        (
            "Le Sud de l'Europe reste à la traîne en matière de dépenses de défense. L'Italie "
            "affichait 1,49 % en 2024 ; Rome compte y intégrer ses garde-côtes pour franchir le "
            "seuil.",
            "1,49 %",
        ),
    ],
)
def test_bare_share_dated_to_a_past_year_is_spent(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.year) == ("defense_spending", 2024)


def test_bare_share_promised_for_a_year_ahead_stays_a_goal() -> None:
    text = (
        "Southern allies still lag on defence spending. Italy has promised 2% in 2029 to cross "
        "the threshold."
    )
    figure = by_surface(text)["2%"]
    assert (figure.category, figure.year) == ("pledge_target", 2029)


def test_the_aid_budget_is_overseas_aid() -> None:
    text = (
        "Ministers confirmed the plan to trim the aid budget from 0.7% to 0.4% of gross national "
        "income by 2028 so that defence spending can rise faster."
    )
    figures = by_surface(text)
    assert figures["0.7%"].category == "other"
    assert (figures["0.4%"].category, figures["0.4%"].aid_related) == ("other", False)


def test_the_aid_budget_for_ukraine_stays_aid() -> None:
    text = "The aid budget for Ukraine will rise to £3 billion next year, the minister said."
    assert by_surface(text)["£3 billion"].category != "other"


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Kyiv received €900 million from Brussels in May, 80% of it through the European "
            "Peace Facility and 20% through the Ukraine Facility.",
            "€900 million",
        ),
        (
            "Die EU überwies der Ukraine im Mai 900 Millionen Euro, davon ein Teil über die "
            "Europäische Friedensfazilität für Munition.",
            "900 Millionen Euro",
        ),
        (
            "En mai, Bruxelles a versé 900 millions d'euros à l'Ukraine, dont une partie via la "
            "Facilité européenne pour la paix pour des munitions.",
            "900 millions d'euros",
        ),
    ],
)
def test_kind_of_a_part_is_not_the_wholes(text: str, whole: str) -> None:
    assert by_surface(text)[whole].category == "aid_total"


def test_parts_keep_their_kinds_and_a_named_whole_its_own() -> None:
    parts = by_surface(
        "Kyiv received €900 million from Brussels in May, 80% of it through the European "
        "Peace Facility and 20% through the Ukraine Facility."
    )
    assert (parts["80%"].category, parts["20%"].category) == ("military_aid", "financial_aid")
    named = by_surface(
        "Since 2022 the EU has given €20 billion in military aid to Ukraine, part of it through "
        "the European Peace Facility."
    )
    assert named["€20 billion"].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ottawa announced a $3 billion military aid envelope for Ukraine in June. Most other "
            "Canadian support has been loans and budget support, including a $4 billion share of "
            "the G7 loans. Opposition critics asked how much of the $3 billion had been spent.",
            "$3 billion",
        ),
        (
            "Berlin hat im Juni ein Militärhilfepaket über 3 Milliarden Euro für die Ukraine "
            "angekündigt. Der Rest der Unterstützung bestand vor allem aus Krediten und "
            "Budgethilfe, darunter ein Anteil von 4 Milliarden Euro an den G7-Krediten. Die "
            "Opposition fragte, wie viel von den 3 Milliarden Euro bereits ausgegeben sei.",
            "3 Milliarden Euro",
        ),
        (
            "Paris a annoncé en juin une enveloppe d'aide militaire de 3 milliards d'euros pour "
            "l'Ukraine. Le reste du soutien français a surtout pris la forme de prêts et d'aide "
            "budgétaire, dont une part de 4 milliards d'euros des prêts du G7. L'opposition a "
            "demandé combien des 3 milliards d'euros avaient déjà été dépensés.",
            "3 milliards d'euros",
        ),
    ],
)
def test_the_sum_told_before_keeps_its_kind(text: str, surface: str) -> None:
    figures = [f for f in extract_figures(text, published=PUBLISHED) if f.surface == surface]
    assert [f.category for f in figures] == ["military_aid", "military_aid"]


def test_a_sum_named_with_its_own_kind_keeps_it() -> None:
    text = (
        "Ottawa announced a $3 billion military aid envelope for Ukraine in June. Separately, "
        "the $3 billion in loans from the G7 scheme has been paid out."
    )
    figures = [f for f in extract_figures(text, published=PUBLISHED) if f.surface == "$3 billion"]
    assert [f.category for f in figures] == ["military_aid", "financial_aid"]


@pytest.mark.parametrize(
    ("text", "level", "benchmark"),
    [
        (
            "Ireland spends around 0.3% of GDP on defence, compared with the 2% guideline that "
            "NATO members have committed to.",
            "0.3%",
            "2%",
        ),
        (
            "L'Irlande consacre environ 0,3 % de son PIB à la défense, contre les 2 % que visent "
            "les membres de l'OTAN.",
            "0,3 %",
            "2 %",
        ),
        (
            "Irland gibt rund 0,3 Prozent des BIP für Verteidigung aus, verglichen mit der "
            "Zielmarke von 2 Prozent der NATO.",
            "0,3 Prozent",
            "2 Prozent",
        ),
    ],
)
def test_benchmark_compared_with_stays_a_goal(text: str, level: str, benchmark: str) -> None:
    figures = by_surface(text)
    assert figures[level].category == "defense_spending"
    assert figures[benchmark].category == "pledge_target"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Les dépenses militaires de l'Espagne atteindront 2,1 % du PIB cette année, première "
            "fois que Madrid franchit le seuil des 2 % fixé par l'OTAN.",
            "2 %",
        ),
        (
            "Spain's military spending will reach 2.1% of GDP this year, the first time Madrid "
            "crosses the threshold of 2% set by NATO.",
            "2%",
        ),
    ],
)
def test_threshold_crossed_is_the_alliances_goal(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.year) == ("pledge_target", None)

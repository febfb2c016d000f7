"""Readings that split one claim in two, on new sentences (English, German, French where the
rule covers them): a bulleted list that a line ending in a colon opens breaks the sum before it
down, its rest often left unsaid; a sum allotted to a purpose ("would go to") and the sums listed
after it are parts of the larger sum before; "EUR 12m of which is for" is a share whatever giver
was read; a running total dated from the invasion's day ("since 24 February 2022"), or aid
lifted to a level, is a running total; a relative clause dates its figure by month and year
("which the Council adopted in July 2024"); a comparative that describes givers ("Among the smaller
contributors") does not make a figure a running total measured against the one before; a floor
pledged with a word inside the French verb ("s'est aussi engagé à fournir au moins") is a target."""

import datetime

import pytest

from services.reconciler.rules import Kind, period_of
from tests.reconciler.support import military_aid_kind, read_mentions

_PUBLISHED = datetime.date(2026, 1, 14)


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    return read_mentions(text, _PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Ireland will provide €20 million in humanitarian aid to Ukraine this winter.\n\n"
        "The funding will be allocated as follows:\n\n"
        "- €8 million to the Ukraine Energy Support Fund for generators;\n"
        "- €5 million to the World Food Programme;\n"
        "- the remainder to Irish aid organisations.",
        "Die Bundesregierung hat beschlossen, der Ukraine humanitäre Hilfe in Höhe von 20 Mio. "
        "Euro zu gewähren.\n\nDie Mittel verteilen sich wie folgt:\n\n"
        "- 8 Mio. Euro für die Reparatur von Kraftwerken;\n"
        "- 5 Mio. Euro für das Welternährungsprogramm;\n"
        "- die übrigen Mittel für Hilfsorganisationen.",
        "La Belgique accorde 20 millions d'euros d'aide humanitaire à l'Ukraine.\n\n"
        "L'enveloppe se répartit ainsi :\n\n"
        "- 8 millions d'euros pour le Fonds de soutien énergétique ;\n"
        "- 5 millions d'euros pour le Programme alimentaire mondial ;\n"
        "- le solde pour des ONG belges.",
    ],
)
def test_a_bulleted_list_after_a_colon_breaks_the_sum_down(text: str) -> None:
    assert [link for _, _, link in _mentions(text)] == [None, "part_of", "part_of"]


def test_bullets_that_no_colon_opens_or_that_exceed_the_sum_are_no_parts() -> None:
    lead = "Ireland will provide €20 million in humanitarian aid to Ukraine this winter.\n\n"
    unopened = (
        lead + "Other donors gave as well.\n\n"
        "- €8 million to the Ukraine Energy Support Fund for generators;\n"
        "- €5 million to the World Food Programme."
    )
    assert [link for _, _, link in _mentions(unopened)] == [None, None, None]
    beyond = (
        lead + "The funding will be allocated as follows:\n\n"
        "- €12 million to the Ukraine Energy Support Fund for generators;\n"
        "- €11 million to the World Food Programme."
    )
    assert [link for _, _, link in _mentions(beyond)] == [None, "part_of", None]


def test_sums_allotted_to_purposes_are_parts_of_the_sum_before() -> None:
    text = (
        "OSLO, Jan 14 - Norway will send Ukraine military equipment worth NOK 5 billion, the "
        "government said.\n\nDefence Minister Tore Sandvik said NOK 2 billion would go to air "
        "defence and NOK 1.5 billion to drones built in Ukraine."
    )
    assert [link for _, _, link in _mentions(text)] == [None, "part_of", "part_of"]


def test_of_which_after_a_sum_makes_it_a_share_whatever_giver_was_read() -> None:
    text = (
        "Riga will give €30m to the demining coalition it co-leads with London this year, "
        "EUR 18m of which is for mine-clearing vehicles."
    )
    assert [link for _, _, link in _mentions(text)] == [None, "part_of"]


@pytest.mark.parametrize(
    "before",
    [
        "Sweden's military support to Ukraine since 24 February 2022 amounts to approximately ",
        "Its military aid since February 24, 2022 comes to ",
        "Die Militärhilfe Österreichs seit dem 24. Februar 2022 beläuft sich auf ",
        "L'aide militaire de la Belgique depuis le 24 février 2022 atteint ",
        "The new package lifts Sweden's military aid to Ukraine to about ",
    ],
)
def test_aid_since_the_invasions_day_or_lifted_to_a_level_is_a_running_total(
    before: str,
) -> None:
    assert military_aid_kind(before) == Kind.CUMULATIVE


def test_a_package_lifted_to_ukraine_is_no_running_total() -> None:
    assert military_aid_kind("The new package lifts air defence for Ukraine with ") == (
        Kind.INCREMENT
    )


def test_givers_described_by_a_comparative_are_no_measure_against_a_running_total() -> None:
    described = (
        "Norway has given Ukraine NOK 150 billion since 2022. Among the smaller contributors, "
        "Finland's €80 million for the same purchase is recorded as a military commitment for "
        "2025."
    )
    assert [kind for _, kind, _ in _mentions(described)] == [Kind.CUMULATIVE, Kind.INCREMENT]
    measured = (
        "Norway has given Ukraine NOK 150 billion since 2022. Its military commitments are far "
        "larger, at NOK 170 billion."
    )
    assert [kind for _, kind, _ in _mentions(measured)] == [Kind.CUMULATIVE, Kind.CUMULATIVE]


@pytest.mark.parametrize(
    "after",
    [
        ", which the Council adopted in July 2024 to buy a field hospital.",
        ", que le Conseil a adoptée en juillet 2024.",
        ", die der Rat im Juli 2024 beschlossen hat.",
    ],
)
def test_a_relative_clause_dates_its_figure_by_month_and_year(after: str) -> None:
    assert (
        period_of(
            kind=Kind.INCREMENT,
            year=2025,
            published_year=2025,
            before="It follows the first measure, worth ",
            after=after,
        )
        == "2024"
    )


@pytest.mark.parametrize(
    "before",
    [
        "Paris s'est aussi engagé à fournir au moins ",
        "Rome s’est par ailleurs engagée à verser au moins ",
        "Madrid s'est engagé à verser au moins ",
    ],
)
def test_a_floor_pledged_with_a_word_inside_the_french_verb_is_a_target(before: str) -> None:
    assert military_aid_kind(before, qualifier="at_least") == Kind.TARGET

"""Aid figures the extractor read as no aid, which made no mention for the reconciler (pass 11):
each rule is checked on sentences written for these tests, never copied from an article."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Die Regierung in Wien hält an der Aufstockung der Ukraine-Hilfe fest. Der Nationalrat "
            "hat am Donnerstag 300 Mio. Euro für das kommende Jahr freigegeben. In diesem Jahr "
            "sind es 250 Mio. Euro.",
            "250 Mio. Euro",
        ),
        (
            "Le gouvernement maintient la hausse de l'aide à l'Ukraine. Le Parlement a voté jeudi "
            "3 milliards de couronnes pour l'an prochain. Cette année, ce sont 2 milliards de "
            "couronnes.",
            "2 milliards de couronnes",
        ),
    ],
)
def test_the_amount_told_again_for_another_year_is_the_same_aid(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.aid_related) == ("aid_total", True)


def test_a_sum_set_aside_in_a_story_on_aid_of_all_kinds_is_that_aid() -> None:
    text = (
        "Die Schweizer Regierung hat die Eckwerte für die Unterstützung der Ukraine festgelegt. "
        "Die Schweiz will sich bis 2035 mit insgesamt 4 Milliarden Franken am Wiederaufbau des "
        "Landes beteiligen. Für die Jahre 2026 bis 2029 sind 1,2 Mrd. Franken vorgesehen."
    )
    figure = by_surface(text)["1,2 Mrd. Franken"]
    assert (figure.category, figure.donor, figure.aid_related) == ("aid_total", "Switzerland", True)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Madrid achètera aux États-Unis deux lanceurs Patriot destinés à l'Ukraine pour 300 "
            "millions d'euros, a indiqué le ministère.",
            "300 millions d'euros",
        ),
        (
            "Oslo will buy two air defence systems from Germany for Ukraine at a cost of NOK 4 "
            "billion, the ministry said.",
            "NOK 4 billion",
        ),
        (
            "Die Niederlande kaufen in Schweden Radargeräte für die Ukraine im Wert von 120 "
            "Millionen Euro.",
            "120 Millionen Euro",
        ),
    ],
)
def test_arms_bought_from_a_third_country_for_ukraine_are_the_buyers_aid(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert figure.aid_related
    assert figure.recipient == "Ukraine"
    assert figure.donor in ("Spain", "Norway", "Netherlands")

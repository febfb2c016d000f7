"""Running totals read from the words before and after a figure: a total that "is now" a sum,
what a giver "has given ... more than", aid or a fund "brought to" a level, and aid said
"cumulée" or "kumuliert" before the figure are running totals; a package's number counted since
the invasion, a package that "is now" a sum, a new package given with a floor and a package
brought to a total are not."""

from services.reconciler.rules import Kind, kind_of
from tests.reconciler.support import military_aid_kind


def test_a_package_number_since_the_invasion_is_no_running_total() -> None:
    # the count of packages runs since the invasion, not the sum
    assert (
        military_aid_kind(
            "Norway will send a new package worth about ",
            ", its 18th since Russia's full-scale invasion, the minister said.",
            "approx",
        )
        is Kind.INCREMENT
    )
    assert (
        military_aid_kind(
            "Vilnius delivered a package worth ", ", its 9th since the start of the war."
        )
        is Kind.INCREMENT
    )
    assert (
        military_aid_kind("Norway has given ", " since Russia's full-scale invasion.")
        is Kind.CUMULATIVE
    )


def test_a_total_that_is_now_a_sum_is_a_running_total() -> None:
    assert (
        military_aid_kind("The total value of Denmark's military assistance to Ukraine is now ")
        is Kind.CUMULATIVE
    )
    assert military_aid_kind("The package is now ") is Kind.INCREMENT


def test_what_a_giver_has_given_more_than_is_a_running_total() -> None:
    assert military_aid_kind(
        "Latvia has given Ukraine more than ", " in military aid.", "over"
    ) is (Kind.CUMULATIVE)
    # a new package said with a floor is no running total
    assert (
        military_aid_kind("Latvia will give Ukraine more than ", " this year.", "over")
        is Kind.INCREMENT
    )


def test_aid_brought_to_a_level_is_a_running_total() -> None:
    assert (
        military_aid_kind(
            "The package brings Sweden's military support to Ukraine this year to about "
        )
        is Kind.CUMULATIVE
    )
    assert military_aid_kind("Trucks bringing generators to Ukraine, worth ") is Kind.INCREMENT


def test_a_fund_brought_to_a_total_is_a_running_total() -> None:
    def kind(before: str) -> Kind:
        return kind_of(
            unit="DKK", category="military_aid", qualifier="approx", before=before, after="."
        )

    assert kind("The new money brings the Ukraine Fund to a total of about ") is Kind.CUMULATIVE
    # a package's total is the package
    assert kind("The decision brings the package to a total of ") is Kind.INCREMENT
    assert kind("The decision brings the new package to a total of ") is Kind.INCREMENT


def test_aid_said_cumulated_before_the_figure_is_a_running_total() -> None:
    assert military_aid_kind("L'aide cumulée de la Belgique dépasse désormais ") is Kind.CUMULATIVE
    assert military_aid_kind("Die kumulierte Hilfe Österreichs liegt bei rund ") is Kind.CUMULATIVE
    # said after the figure, of another giver
    assert (
        military_aid_kind(
            "Les Pays-Bas ont réservé ", " pour cette année, ou le Danemark, dont l'aide cumulée"
        )
        is Kind.INCREMENT
    )

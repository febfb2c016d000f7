"""Donor rules of the third donor pass. Each rule is checked on sentences written for these tests,
never copied from an evaluation article."""

from tests.support.figures import by_surface


def test_the_bundesregierung_of_a_story_on_austria_is_austria() -> None:
    text = (
        "Die Bundesregierung gibt der Ukraine weitere 12 Millionen Euro für Generatoren. "
        "Österreich hatte bereits im Frühjahr Hilfe geleistet, sagte die Außenministerin in Wien. "
        "Deutschland hat deutlich mehr gegeben. Österreich bleibt bei humanitärer Hilfe."
    )
    assert by_surface(text)["12 Millionen Euro"].donor == "Austria"


def test_the_bundesregierung_of_a_story_on_germany_stays_germany() -> None:
    text = (
        "Die Bundesregierung gibt der Ukraine weitere 400 Millionen Euro für Luftabwehr. "
        "Österreich leistet nur humanitäre Hilfe. Deutschland bleibt der größte Geber in Europa, "
        "Berlin plant weitere Pakete."
    )
    assert by_surface(text)["400 Millionen Euro"].donor == "Germany"

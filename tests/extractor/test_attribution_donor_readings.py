"""Whose a figure is, read from the story and the sentence: a government named by an office two
countries share, the maker of a scheme a sum is given under, a body set apart in an aside, a
currency's move, a need behind a pronoun, a compared economic figure, the EU beside a member's
ratio, the change of a world total. Sentences written for these tests, never copied from an
evaluation article."""

import pytest

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


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Canada will lend EUR 2 billion to Ukraine as part of the loan scheme devised by the "
            "G7 finance ministers last year.",
            "EUR 2 billion",
            "Canada",
        ),
        (
            "Le Japon accorde 300 millions d'euros à l'Ukraine dans le cadre du mécanisme lancé "
            "par le G7 l'an dernier.",
            "300 millions d'euros",
            "Japan",
        ),
    ],
)
def test_the_maker_of_the_scheme_a_sum_is_given_under_is_not_its_giver(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_sum_made_by_its_agent_keeps_it() -> None:
    text = "Ukraine will receive the EUR 4 billion agreed by the G7 at its summit."
    assert by_surface(text)["EUR 4 billion"].donor == "G7"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Austria, the other neutral EU member to pledge this month, will give €8 million for "
            "winter aid to Ukraine.",
            "€8 million",
            "Austria",
        ),
        (
            "Die Schweiz, außerhalb der EU, stellt 200 Millionen Euro für die Ukraine bereit.",
            "200 Millionen Euro",
            "Switzerland",
        ),
        (
            "La Norvège, hors de l'UE, versera 500 millions d'euros à l'Ukraine.",
            "500 millions d'euros",
            "Norway",
        ),
    ],
)
def test_a_body_the_giver_is_set_apart_from_in_an_aside_is_not_the_giver(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        ("The hryvnia weakened by 2% against the euro in March.", "2%", "Ukraine"),
        ("Der Rubel hat seit Jahresbeginn rund 12 Prozent verloren.", "12 Prozent", "Russia"),
        ("Le yen a reculé de 3 % face au dollar cette semaine.", "3 %", "Japan"),
        ("The yen traded at 149 yen per dollar on Friday.", "149 yen", "Japan"),
    ],
)
def test_a_national_currencys_move_describes_its_country(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


def test_a_currency_that_is_another_sums_unit_describes_no_move() -> None:
    text = "Oil revenue fell to 9 trillion roubles, the budget assuming a price of $60 a barrel."
    assert by_surface(text)["$60"].donor is None


def test_the_euros_move_describes_no_country() -> None:
    assert by_surface("The euro weakened by 1% against the dollar.")["1%"].donor is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Ukraine's finance minister met lenders in Washington. His government expects to need "
            "about $38 billion in outside financing next year.",
            "$38 billion",
        ),
        (
            "President Zelensky thanked the donors in Kyiv. Its funding gap for the coming year is "
            "put at $42 billion.",
            "$42 billion",
        ),
        (
            "Der ukrainische Premier traf in Kiew die Geber. Seine Regierung beziffert den "
            "Finanzbedarf für 2026 auf 40 Milliarden Dollar.",
            "40 Milliarden Dollar",
        ),
    ],
)
def test_a_need_stated_by_a_government_named_by_a_pronoun_after_ukraine_is_ukraines(
    text: str, surface: str
) -> None:
    assert by_surface(text)[surface].donor == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        ("Inflation reached 2.1% in Spain and 3.4% in Poland last month.", "3.4%", "Poland"),
        (
            "Die Inflation lag im Mai bei 2,2 Prozent in Deutschland und 1,8 Prozent in "
            "Frankreich.",
            "1,8 Prozent",
            "France",
        ),
        ("Le déficit atteint 5,8 % du PIB en France et 3,4 % en Italie.", "3,4 %", "Italy"),
    ],
)
def test_a_compared_economic_figure_is_the_country_named_right_after_it(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Latvia will spend more on defence next year. The government will raise the VAT rate "
            "to 23% and borrow from the European Union's new loan scheme.",
            "23%",
        ),
        (
            "Lettland erhöht die Verteidigungsausgaben. Das Haushaltsdefizit soll 2026 auf 4,2 "
            "Prozent steigen, die EU-Kommission prüft ein Verfahren.",
            "4,2 Prozent",
        ),
    ],
)
def test_the_union_named_after_a_members_ratio_is_not_the_economy_it_describes(
    text: str, surface: str
) -> None:
    assert by_surface(text)[surface].donor == "Latvia"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "World military spending climbed to $2.9 trillion last year, researchers said. The "
            "increase of 7.5% in real terms was the largest in decades.",
            "7.5%",
        ),
        (
            "Die weltweiten Militärausgaben stiegen 2024 auf 2,7 Billionen Dollar. Der Anstieg um "
            "9 Prozent war der stärkste seit dem Kalten Krieg.",
            "9 Prozent",
        ),
        (
            "Les dépenses militaires mondiales ont atteint 2 700 milliards de dollars en 2024. La "
            "hausse de 9 % est la plus forte depuis la guerre froide.",
            "9 %",
        ),
    ],
)
def test_the_change_of_the_world_total_before_is_nobodys(text: str, surface: str) -> None:
    title = "Europe rearms as world military spending hits a record"
    assert by_surface(text, title=title)[surface].donor is None

"""The labelling conventions the article README settles ("Settled cases") as the extractor reads
them: a poll in a story about one country is of that country's people; one company's results and
the bloc's fiscal ceiling describe no country. Each rule is checked on stories written for these
tests, never copied from an evaluation article."""

import pytest

from services.extractor.figures import extract_figures
from tests.support.figures import by_surface

_DUTCH_STORY = (
    "The Netherlands will send another EUR 400 million in military aid to Ukraine, the defence "
    "minister said on Monday. The Dutch government said the package covers drones and radar.\n\n"
    "The Netherlands has now committed more than EUR 6 billion since 2022, and The Hague wants "
    "to keep that pace next year.\n\n"
    "Support at home is holding. A survey by Ipsos last week found that 59% back the aid, while "
    "27% want it cut."
)

_GERMAN_STORY = (
    "Deutschland liefert der Ukraine weitere Flugabwehrsysteme im Wert von 700 Millionen Euro. "
    "Die Bundesregierung will die Hilfe im kommenden Jahr auf 9 Milliarden Euro erhöhen.\n\n"
    "Berlin hat damit seit Kriegsbeginn rund 40 Milliarden Euro bereitgestellt.\n\n"
    "Laut einer aktuellen Umfrage halten 47 Prozent der Befragten die Hilfe für richtig."
)

_FRENCH_STORY = (
    "La France va livrer à l'Ukraine de nouveaux missiles pour 350 millions d'euros, a annoncé "
    "le ministère des Armées. Paris a déjà consacré 3,8 milliards d'euros à cette aide l'an "
    "dernier.\n\n"
    "La France entend maintenir cet effort en 2027.\n\n"
    "Selon un sondage publié dimanche, 63 % des personnes interrogées approuvent ce soutien."
)


@pytest.mark.parametrize(
    ("text", "surfaces", "country"),
    [
        (_DUTCH_STORY, ("59%", "27%"), "Netherlands"),
        (_GERMAN_STORY, ("47 Prozent",), "Germany"),
        (_FRENCH_STORY, ("63 %",), "France"),
    ],
)
def test_a_poll_in_a_story_about_one_country_is_of_that_country(
    text: str, surfaces: tuple[str, ...], country: str
) -> None:
    figures = by_surface(text)
    for surface in surfaces:
        assert figures[surface].category == "other"
        assert figures[surface].donor == country


def test_a_poll_told_alone_says_no_country() -> None:
    # one sentence cannot tell whose people were asked (the regression set's convention)
    text = "A survey by Ipsos found that 59% of voters back the Netherlands' aid to Ukraine."
    assert by_surface(text)["59%"].donor is None


def test_a_poll_in_a_story_shared_by_two_countries_has_no_country() -> None:
    text = (
        "Sweden will send SEK 3 billion in military aid to Ukraine, and Norway NOK 2 billion. "
        "Sweden and Norway said the packages cover artillery.\n\n"
        "Norway and Sweden have each given more than EUR 5 billion since 2022.\n\n"
        "A survey published on Sunday found that 64% back the aid."
    )
    assert by_surface(text)["64%"].donor is None


def test_a_poll_in_a_story_about_the_union_has_no_country() -> None:
    text = (
        "The EU approved a further EUR 5 billion for Ukraine on Tuesday. The European Commission "
        "said the money would be paid in three tranches.\n\n"
        "The EU has now provided more than EUR 80 billion since 2022, the Commission said.\n\n"
        "A Eurobarometer survey found that 70% of EU citizens approve of the support."
    )
    assert by_surface(text)["70%"].donor is None


def test_a_figure_of_the_same_story_outside_a_poll_keeps_its_own_reading() -> None:
    figures = by_surface(_DUTCH_STORY)
    assert figures["EUR 400 million"].donor == "Netherlands"
    assert figures["EUR 400 million"].category == "military_aid"


_DANISH_LEAD = (
    "Denmark pledged DKK 2 billion to Ukraine. Denmark said the money would buy drones. Denmark "
    "has now given more than DKK 70 billion. "
)


def test_a_companys_results_describe_no_country() -> None:
    text = _DANISH_LEAD + (
        "Terma, the Danish defence company, said its revenue rose 18% last year to DKK 2.9 billion."
    )
    figures = by_surface(text)
    assert figures["18%"].donor is None
    assert figures["DKK 2.9 billion"].donor is None
    assert figures["DKK 2 billion"].donor == "Denmark"


def test_a_whole_industrys_results_keep_the_country() -> None:
    text = _DANISH_LEAD + (
        "Danish defence manufacturers, whose combined revenue grew 14% last year, are hiring."
    )
    assert by_surface(text)["14%"].donor == "Denmark"


def test_the_blocs_fiscal_ceiling_is_no_ones() -> None:
    text = (
        "Hungary's deficit is expected to reach 5.8% of GDP this year, well above the bloc's 3% "
        "ceiling."
    )
    figures = by_surface(text)
    assert figures["3%"].donor is None
    assert figures["5.8%"].donor == "Hungary"


@pytest.mark.parametrize(
    ("text", "donors"),
    [
        (
            "A survey for public radio found that 44% of Austrians want the aid cut, while 31% "
            "want it kept.",
            ["Austria", "Austria"],
        ),
        ("Einer Umfrage zufolge lehnen 52 Prozent der Schweizer neue Kredite ab.", ["Switzerland"]),
        ("Selon un sondage Ifop, 61 % des Belges soutiennent l'effort.", ["Belgium"]),
        ("A poll found that 48% of Europeans back joint borrowing for defence.", [None]),
    ],
)
def test_a_poll_of_a_named_people_is_that_countrys(text: str, donors: list[str | None]) -> None:
    # The sentence alone says whose people were asked; "Europeans" names no country.
    assert [f.donor for f in extract_figures(text)] == donors


def test_a_need_told_as_a_range_is_ukraines_and_according_to_gives_nothing() -> None:
    # "according to" is no French "accorder": the range stays the need Ukraine states.
    text = (
        "Ukraine needs between 30 and 35 billion euros in budget support next year, according to "
        "the finance ministry."
    )
    figures = extract_figures(text)
    assert [(f.category, f.donor, f.recipient) for f in figures] == [
        ("other", "Ukraine", None),
        ("other", "Ukraine", None),
    ]

"""A sum of aid its sentence names no kind for takes the story's military kind (`context.
_of_the_storys_kind`), unless a total, a loan, a request before a legislature or a share of GDP.
Sentences written for these tests, never copied from an evaluation article."""

import pytest

from tests.support.figures import by_surface

# A story on military aid: the kind the later sums of no kind of their own take.
_MILITARY_EN = "Sweden announced a new military aid package of SEK 3 billion on Tuesday. "
_MILITARY_DE = (
    "Schweden kündigte am Dienstag ein neues Militärhilfepaket über 3 Milliarden Kronen an. "
)
_MILITARY_FR = (
    "La Suède a annoncé mardi un nouveau paquet d'aide militaire de 3 milliards de couronnes. "
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            _MILITARY_EN + "Finland has set aside €300 million for Ukraine next year.",
            "€300 million",
        ),
        (_MILITARY_EN + "Oslo earmarks NOK 4 billion a year for Kyiv until 2030.", "NOK 4 billion"),
        (
            _MILITARY_DE + "Finnland hat für das kommende Jahr 300 Millionen Euro für die Ukraine "
            "eingeplant.",
            "300 Millionen Euro",
        ),
        (
            _MILITARY_FR + "La Finlande a prévu 300 millions d'euros pour l'Ukraine l'an prochain.",
            "300 millions d'euros",
        ),
        (
            _MILITARY_FR + "La Norvège consacre 4 milliards d'euros par an à l'Ukraine.",
            "4 milliards d'euros",
        ),
    ],
)
def test_a_sum_set_aside_for_ukraine_takes_the_storys_military_kind(
    text: str, surface: str
) -> None:
    assert by_surface(text)[surface].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (_MILITARY_EN + "Belgium announced new aid of €500 million on Friday.", "€500 million"),
        (
            _MILITARY_EN + "Spain's latest aid decree is said to be worth about €250 million.",
            "€250 million",
        ),
        (
            _MILITARY_DE + "Die Opposition will die Ukraine-Hilfe um 2 Milliarden Euro aufstocken.",
            "2 Milliarden Euro",
        ),
        (
            _MILITARY_FR + "Le Portugal a annoncé jeudi une nouvelle aide de 200 millions d'euros.",
            "200 millions d'euros",
        ),
    ],
)
def test_aid_of_no_kind_in_a_story_on_military_aid_is_military(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "military_aid"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a total, or a running total, is of every kind
        (
            _MILITARY_EN + "That brings Finland's total support for Ukraine to €3 billion.",
            "€3 billion",
        ),
        (
            _MILITARY_EN + "Since 2022 Finland has given €3 billion in aid to Ukraine.",
            "€3 billion",
        ),
        (
            _MILITARY_DE + "Insgesamt hat Finnland der Ukraine Hilfe von 3 Milliarden Euro "
            "geleistet.",
            "3 Milliarden Euro",
        ),
        # a request before a legislature funds every kind of aid
        (
            _MILITARY_EN + "The White House's request for $40 billion for Ukraine is stuck.",
            "$40 billion",
        ),
        (
            _MILITARY_FR + "L'enveloppe de 40 milliards de dollars pour l'Ukraine demandée au "
            "Congrès reste bloquée.",
            "40 milliards de dollars",
        ),
    ],
)
def test_totals_and_requests_stay_all_aid(text: str, surface: str) -> None:
    assert by_surface(text)[surface].category == "aid_total"


def test_a_share_of_gdp_of_no_kind_stays_all_aid() -> None:
    text = _MILITARY_EN + "Finland's aid to Ukraine amounts to 0.4% of its GDP."
    assert by_surface(text)["0.4%"].category == "aid_total"

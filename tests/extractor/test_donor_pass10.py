"""Donor rules of the tenth donor pass, each on sentences written for these tests (never copied
from an evaluation article), in English, German and French.

- "The House of Commons" is Canada's in a story on Canada that names Britain no other way
  ("tabled estimates in the House of Commons ... for National Defence"): an office two
  parliaments share a name for, read as the story's country (lexicon.SHARED_OFFICES), as the
  Bundesregierung is Austria's in a story on Austria.
- Where a leader travels and whom he goes to meet are no givers ("two days before he travels
  to Washington to meet Donald Trump", "vor seiner Reise nach Washington zu einem Treffen mit
  Präsident Trump", "avant de se rendre à Washington pour rencontrer le président Trump"): the
  sums the sentence tells stay the speaker's country's.
- A share asked of every ally as a floor or a yearly share ("every ally to commit at least 0.3%
  of its GDP", "dass jeder Verbündete jährlich 0,3 Prozent", "que chaque allié consacre au moins
  0,3 %") is the allies' pledge_target, not the proposer's: the asking words may end on "at
  least", "jährlich" or "au moins", and "jeder Verbündete" is every ally in German.
- A French giver named after "par le" is the agent of the sum before it, as after "par la" and
  "par les" ("les prêts de 40 milliards de dollars accordés par le G7", "un don de 300 millions
  d'euros financé par le Japon"); a fund "administré par" or "gérée par" a bank names its
  manager, not the giver ("administered by", "verwaltet von" were read so already). French only:
  English and German articles were in the pattern.
- Russia's frozen holdings are other with donor Russia (README, "Settled cases") also where the
  sentence names the holdings before their owner ("Vermögenswerte sanktionierter russischer
  Oligarchen", "assets of sanctioned Russian businessmen"), sizes them by an estimate ("sont
  évalués à quelque", "are valued at about"), sizes them after the holder in apposition ("Ceux
  de la Banque centrale de Russie, quelque 180 milliards d'euros", "Jene der russischen
  Zentralbank, rund 180 Milliarden Euro"), or, once the story has named them, sizes them and
  says they are frozen ("In Austria, assets worth €2.1 billion remain frozen", "des avoirs de
  2,1 milliards d'euros restent gelés", "Vermögenswerte von 2,1 Milliarden Euro eingefroren"),
  not the country they are frozen in. (German estimates put the verb last, "auf 210 Milliarden
  Euro geschätzt", and are not read so.)
"""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "OTTAWA - Canada will spend more on its armed forces, the government said. The "
            "minister tabled estimates in the House of Commons on Monday seeking a further "
            "$4.2 billion for National Defence.",
            "$4.2 billion",
        ),
        (
            "Canada's budget officer appeared before the committee on Tuesday. The House of "
            "Commons approved a further $2.3 billion for National Defence on Thursday.",
            "$2.3 billion",
        ),
    ],
)
def test_the_house_of_commons_in_a_story_on_canada_is_canadas(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "Canada"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Britain is raising defence spending. Speaking a day before he flies to Washington to "
            "meet Donald Trump, the Prime Minister said the budget would rise by £6.2 billion a "
            "year.",
            "£6.2 billion",
            "United Kingdom",
        ),
        (
            "Britain is raising defence spending. The Prime Minister, who travels to Washington "
            "on Thursday, said the budget would rise by £6.2 billion a year.",
            "£6.2 billion",
            "United Kingdom",
        ),
        (
            "Britain is raising defence spending. The Prime Minister, who will meet President "
            "Trump on Thursday, said the budget would rise by £6.2 billion a year.",
            "£6.2 billion",
            "United Kingdom",
        ),
        (
            "Deutschland erhöht seinen Wehretat. Der Kanzler sagte vor seiner Reise nach "
            "Washington zu einem Treffen mit Präsident Trump, die Verteidigungsausgaben würden "
            "um 9 Milliarden Euro steigen.",
            "9 Milliarden Euro",
            "Germany",
        ),
        (
            "La France relève son effort de défense. Le chef de l'État a annoncé, avant de se "
            "rendre à Washington pour rencontrer le président Trump, que le budget des armées "
            "augmenterait de 3,5 milliards d'euros.",
            "3,5 milliards d'euros",
            "France",
        ),
    ],
)
def test_where_a_leader_travels_and_whom_he_meets_give_nothing(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Latvia's defence minister renewed his call on Monday for every ally to commit at "
            "least 0.3% of its GDP each year to military aid for Ukraine.",
            "0.3%",
        ),
        (
            "Lettland wirbt dafür, dass jeder Verbündete jährlich 0,3 Prozent seiner "
            "Wirtschaftsleistung für Militärhilfe an die Ukraine bereitstellt.",
            "0,3 Prozent",
        ),
        (
            "La Lettonie plaide pour que chaque allié consacre au moins 0,3 % de son PIB à l'aide "
            "militaire à l'Ukraine.",
            "0,3 %",
        ),
    ],
)
def test_a_floor_asked_of_every_ally_is_the_allies_target(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("pledge_target", "NATO allies")


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "L'Union européenne a versé 12 milliards d'euros à Kiev cette année. Ces fonds "
            "complètent les prêts de 40 milliards de dollars accordés par le G7 l'an dernier, "
            "dont l'UE a fourni 15 milliards d'euros.",
            "40 milliards de dollars",
            "G7",
        ),
        (
            "L'Allemagne a promis une aide militaire de 2 milliards d'euros. Un don de 300 "
            "millions d'euros financé par le Japon a été versé à l'Ukraine pour réparer son "
            "réseau électrique.",
            "300 millions d'euros",
            "Japan",
        ),
        (
            "Ottawa a annoncé un prêt de 1,2 milliard de dollars à l'Ukraine, versé par "
            "l'entremise d'un fonds administré par la Banque mondiale.",
            "1,2 milliard de dollars",
            "Canada",
        ),
    ],
)
def test_a_french_giver_after_par_le_is_the_agent(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Österreich liefert keine Waffen. In Österreich sind Vermögenswerte sanktionierter "
            "russischer Oligarchen von 2,1 Milliarden Euro gesperrt.",
            "2,1 Milliarden Euro",
        ),
        (
            "Austria sends no weapons. Banks in Austria have frozen assets of sanctioned Russian "
            "businessmen worth €2.1 billion.",
            "€2.1 billion",
        ),
        (
            "Les avoirs russes immobilisés dans l'Union sont évalués à quelque 210 milliards "
            "d'euros.",
            "210 milliards d'euros",
        ),
        ("Russia's frozen reserves in the West are valued at about €210 billion.", "€210 billion"),
        (
            "What about Russia's frozen assets?\n\nIn Austria, assets worth €2.1 billion remain "
            "frozen, the finance ministry said.",
            "€2.1 billion",
        ),
        (
            "Qu'en est-il des avoirs russes ?\n\nEn Autriche, des avoirs de 2,1 milliards d'euros "
            "restent gelés, selon le ministère des Finances.",
            "2,1 milliards d'euros",
        ),
        (
            "Was ist mit russischen Vermögen?\n\nIn Österreich sind laut dem Finanzministerium "
            "Vermögenswerte von 2,1 Milliarden Euro eingefroren.",
            "2,1 Milliarden Euro",
        ),
        (
            "La Belgique finance son aide militaire avec l'impôt sur Euroclear. Ceux de la Banque "
            "centrale de Russie, quelque 180 milliards d'euros, restent bloqués à Bruxelles, et le "
            "Premier ministre Alexander De Croo s'oppose à leur confiscation.",
            "180 milliards d'euros",
        ),
        (
            "Belgien beherbergt Euroclear. Jene der russischen Zentralbank, rund 180 Milliarden "
            "Euro, bleiben in Brüssel blockiert.",
            "180 Milliarden Euro",
        ),
    ],
)
def test_russias_frozen_holdings_are_russias(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("other", "Russia")

"""Donor rules of the donor-referents pass, each on sentences written for these tests (never copied
from an evaluation article), in English and, where the rule reads them, German and French.

- A poll's share followed by the people it was asked of ("64% of Danes, against 39% of
  Hungarians", "52 Prozent der Österreicher", "58 % des Belges") is that people's country's, even
  in a poll across several countries and when it is the base another share is compared with.
- American arms bought for Ukraine through NATO's list (PURL) or told as bought ("European
  governments agreed to buy $1 billion of American weapons", "les Européens financent des
  armements américains") are paid by Europe's allies, and Canada when the allies as a whole are
  named: "NATO European members" or "NATO European members and Canada", not the alliance, which
  is the channel, nor the United States, which sells (README, groups).
- A counted set ("the three countries", "die drei Staaten", "les trois pays") points back to the
  set of givers named before with that many states (a list, or a region's states named one by
  one over two sentences), not to the member the story named last; a list of all the Baltic
  states is then the Baltic states (no other state is ever counted with them), though the list
  itself stays a list (the regression set).
- A German Land gives in its own name ("Bavaria will provide €4 million to its partner region",
  "Sachsen stellt 2 Millionen Euro bereit", "la Rhénanie-du-Nord-Westphalie versera"), and its
  people are polled as such ("55 Prozent der Niedersachsen"); the Federation's ministries
  ("das Bundesfinanzministerium") are Germany's.
- A giver's share of an EU fund it pays into ("its share of the European Peace Facility is about
  3%", "contribue par ailleurs à la Facilité ..., qui atteint 2,8 % du total", "sa quote-part de
  la Facilité") is the giver's, the fund named as its channel.
- "l'Europe" as a subject gives ("l'Europe a engagé 150 milliards d'euros"; "de l'Europe", "hors
  de l'Europe" stay places), and "les Américains" are the United States; an economic aside
  placed in one capital ("La marge reste étroite à Madrid : le déficit a atteint 3,2 %", "in
  Rome, the deficit") is that country's economy, whoever the story gives most.
- A member's allocation from the EU's loan instrument for arms (SAFE), told in a later section of
  a story that named the instrument ("How much does Latvia get? Riga has been allocated EUR 5.7
  billion", "Größter Empfänger ist Spanien mit ...; es folgen ...", "a été alloué"), is the EU's
  loan, not the member's money.
- A coalition named as where a giver's money goes or what it takes part in ("€20 million will go
  to the drone coalition", "iront à la coalition des drones", "fließen in die Drohnenkoalition")
  is a channel: the sums listed after it are the giver's, not the coalition's; its own size
  told right after it ("la coalition drones, dotée de 2,5 milliards") stays its."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a survey conducted in nine countries, 64% of Danes backed more weapons for Kyiv, "
            "against 39% of Hungarians.",
            {"64%": "Denmark", "39%": "Hungary"},
        ),
        (
            "Laut einer Umfrage in sechs Ländern befürworten 52 Prozent der Österreicher und "
            "70 Prozent der Finnen weitere Hilfen.",
            {"52 Prozent": "Austria", "70 Prozent": "Finland"},
        ),
        (
            "Selon un sondage réalisé dans huit pays, 58 % des Belges soutiennent l'envoi "
            "d'armes, contre 33 % des Grecs.",
            {"58 %": "Belgium", "33 %": "Greece"},
        ),
        (
            "A survey across five countries found 47% of Turks opposed to higher military "
            "spending.",
            {"47%": "Turkey"},
        ),
    ],
)
def test_a_polls_share_is_the_people_it_names(text: str, expected: dict[str, str]) -> None:
    figures = by_surface(text)
    assert {surface: figures[surface].donor for surface in expected} == expected


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "European countries have agreed to buy a further $1.2 billion of American weapons for "
            "Kyiv, officials said.",
            "$1.2 billion",
            "NATO European members",
        ),
        (
            "Through NATO's PURL mechanism, the allies have paid for U.S. equipment worth about "
            "$3 billion since the summer.",
            "$3 billion",
            "NATO European members and Canada",
        ),
        (
            "Les Européens financent désormais des armements américains pour l'Ukraine par le "
            "mécanisme PURL de l'OTAN, à hauteur de 3 milliards de dollars.",
            "3 milliards de dollars",
            "NATO European members",
        ),
    ],
)
def test_american_arms_bought_for_ukraine_are_the_buyers(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Poland, Finland and Sweden signed a joint air-defence pact in Helsinki on Monday. "
            "Finland also ordered more rocket launchers. Together, the three countries will "
            "spend about €4 billion on the project by 2030.",
            "€4 billion",
            "Poland, Finland and Sweden",
        ),
        (
            "Latvia sent Ukraine more armoured vehicles this spring. Its neighbours followed: "
            "Estonia has promised artillery rounds, and Lithuania drones.\n\nThe three states "
            "will together spend more than €12 billion on their armed forces next year.",
            "€12 billion",
            "Baltic states",
        ),
        (
            "Estonia, Latvia and Lithuania signed the deal on Monday. Estonia also ordered more "
            "rocket launchers. The three countries will spend €2 billion on air defence.",
            "€2 billion",
            "Baltic states",
        ),
        (
            "Polen, Finnland und Schweden haben am Montag ein gemeinsames Abkommen zur "
            "Luftverteidigung unterzeichnet. Finnland bestellte zudem weitere Raketenwerfer. Die "
            "drei Länder wollen dafür bis 2030 rund 4 Milliarden Euro ausgeben.",
            "4 Milliarden Euro",
            "Poland, Finland and Sweden",
        ),
        (
            "La Pologne, la Finlande et la Suède ont signé lundi un accord de défense aérienne. "
            "La Finlande a aussi commandé des lance-roquettes. Les trois pays y consacreront "
            "environ 4 milliards d'euros d'ici à 2030.",
            "4 milliards d'euros",
            "Poland, Finland and Sweden",
        ),
    ],
)
def test_the_three_countries_are_the_set_named_before(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Bavaria will provide a further €4 million to its partner region of Odesa for "
            "generators and field hospitals, the state premier said on Tuesday.",
            "€4 million",
            "Bavaria",
        ),
        (
            "Sachsen stellt der ukrainischen Partnerregion in diesem Jahr weitere 2 Millionen "
            "Euro für Feuerwehrfahrzeuge bereit, teilte die Staatskanzlei mit.",
            "2 Millionen Euro",
            "Saxony",
        ),
        (
            "La Rhénanie-du-Nord-Westphalie versera 6 millions d'euros d'aide humanitaire à la "
            "région de Dnipro, a annoncé le ministre-président.",
            "6 millions d'euros",
            "North Rhine-Westphalia",
        ),
        (
            "Laut einer Umfrage des Senders befürworten 55 Prozent der Niedersachsen weitere "
            "Hilfen für die Partnerregion.",
            "55 Prozent",
            "Lower Saxony",
        ),
        (
            "Niedersachsen stellt Mykolajiw 3 Millionen Euro bereit. Zusätzlich gibt die KfW im "
            "Auftrag des Bundesentwicklungsministeriums 20 Millionen Euro für Wasserwerke.",
            "20 Millionen Euro",
            "Germany",
        ),
    ],
)
def test_a_german_land_gives_in_its_own_name(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Sweden also pays into EU instruments: its share of the European Peace Facility is "
            "about 3%, officials said.",
            "3%",
            "Sweden",
        ),
        (
            "L'Autriche contribue par ailleurs à la Facilité européenne pour la paix selon sa "
            "clé de répartition, qui atteint environ 2,8 % du total.",
            "2,8 %",
            "Austria",
        ),
        (
            "La Suède paie aussi dans les instruments européens : sa quote-part de la Facilité "
            "européenne pour la paix est d'environ 3 %.",
            "3 %",
            "Sweden",
        ),
    ],
)
def test_a_givers_share_of_a_fund_is_the_givers(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Depuis 2022, l'Europe a engagé 150 milliards d'euros d'aide, soit plus que les 110 "
            "milliards d'euros des Américains.",
            {
                "150 milliards d'euros": "European countries",
                "110 milliards d'euros": "United States",
            },
        ),
        (
            "La Pologne a livré des chars. La marge budgétaire reste étroite à Madrid : le déficit "
            "public a atteint 3,2 % du PIB l'an dernier.",
            {"3,2 %": "Spain"},
        ),
        (
            "Poland has delivered more tanks. Room for manoeuvre is narrow in Rome, where the "
            "budget deficit reached 3.4% of GDP last year.",
            {"3.4%": "Italy"},
        ),
    ],
)
def test_europe_as_subject_and_a_capitals_economy(text: str, expected: dict[str, str]) -> None:
    figures = by_surface(text)
    assert {surface: figures[surface].donor for surface in expected} == expected


_SAFE_EN = (
    "The Security Action for Europe (SAFE) instrument lets the Commission borrow on the markets "
    "and lend up to EUR 150 billion to member states. The loans run for 45 years.\n\n"
    "How much does Latvia get?\n\n"
    "Riga has been allocated EUR 5.7 billion, behind Spain's EUR 11.2 billion."
)
_SAFE_DE = (
    "Über das Kreditinstrument SAFE verleiht die EU-Kommission bis zu 150 Milliarden Euro an "
    "Mitgliedstaaten. Die Laufzeit beträgt 45 Jahre.\n\nWer bekommt wie viel?\n\n"
    "Größter Empfänger ist Spanien mit 11,2 Milliarden Euro. Es folgen Lettland mit 5,7 "
    "Milliarden Euro und Portugal mit 4,1 Milliarden Euro."
)

_SAFE_FR = (
    "L'instrument SAFE permet à la Commission d'emprunter sur les marchés et de prêter jusqu'à "
    "150 milliards d'euros aux États membres. Les prêts courent sur 45 ans.\n\n"
    "Combien pour la Lettonie ?\n\n"
    "Une somme de 5,7 milliards d'euros a été allouée à la Lettonie, derrière l'Espagne avec "
    "11,2 milliards d'euros."
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (_SAFE_FR, "5,7 milliards d'euros"),
        (_SAFE_FR, "11,2 milliards d'euros"),
        (_SAFE_EN, "EUR 5.7 billion"),
        (_SAFE_EN, "EUR 11.2 billion"),
        (_SAFE_DE, "11,2 Milliarden Euro"),
        (_SAFE_DE, "5,7 Milliarden Euro"),
        (_SAFE_DE, "4,1 Milliarden Euro"),
    ],
)
def test_a_members_safe_allocation_is_the_eus_loan(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "EU"


@pytest.mark.parametrize(
    "text",
    [
        "Portugal will spend €40 million on Ukraine this year. Of that, €20 million will go to the "
        "drone coalition, which Lisbon joined in May, €12 million to demining and €8 million to "
        "training.",
        "Le Portugal consacrera 40 millions d'euros à l'Ukraine cette année. Sur cette somme, 20 "
        "millions d'euros iront à la coalition des drones, dont Lisbonne est membre, 12 millions "
        "d'euros au déminage et 8 millions d'euros à la formation.",
        "Portugal gibt in diesem Jahr 40 Millionen Euro für die Ukraine aus. Davon fließen 20 "
        "Millionen Euro in die Drohnenkoalition, der Lissabon angehört, 12 Millionen Euro in die "
        "Minenräumung und 8 Millionen Euro in die Ausbildung.",
    ],
)
def test_a_coalition_the_money_goes_to_is_a_channel(text: str) -> None:
    assert {figure.donor for figure in by_surface(text).values()} == {"Portugal"}


def test_a_coalitions_own_size_stays_its() -> None:
    text = (
        "Le Portugal participe aussi à la coalition drones, dotée de plus de 2,5 milliards "
        "d'euros selon ses membres."
    )
    assert by_surface(text)["2,5 milliards d'euros"].donor == "drone coalition"

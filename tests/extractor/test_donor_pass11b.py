"""Donor rules of the second half of the eleventh donor pass, each on sentences written for these
tests (never copied from an evaluation article).

- "Der Bund" (and "des Bundes", "dem Bund") names Germany's federal state as a giver, and like the
  "Bundesregierung" it is an office Austria and Switzerland share: read as the country the story
  names most. A sum in a currency only one of them pays in ("12 Millionen Franken") is that
  country's even so: the shared name does not say whose office it is, the currency does.
- A country or city named as an institute's home ("Germany's Kiel Institute", "a Stockholm
  research institute", "Schwedens Friedensforschungsinstitut", "de Stockholm (Sipri)") is the
  home of a figure's source, not its giver.
- A share only an adversary is named before ("Russia, by contrast, plans to raise its defence
  outlays by a third next year, to about 7% of GDP") is no allied pledge: its own defence
  spending.
- "Status S" (Switzerland's protection status by its letter) marks the cost of hosting refugees,
  as "Schutzstatus" does: no aid to Ukraine.
"""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Deutschland stockt seine Hilfe für die Ukraine auf. Frankreich hatte zuvor 200 "
            "Millionen Euro zugesagt. Der Bund stellt nun weitere 300 Millionen Euro für "
            "Flugabwehr bereit, sagte ein Sprecher.",
            "300 Millionen Euro",
        ),
        (
            "Die Ukraine-Hilfe steht im Haushaltsentwurf des Finanzministeriums in Berlin. Für "
            "Waffenlieferungen sind im Etat des Bundes 8 Milliarden Euro vorgesehen.",
            "8 Milliarden Euro",
        ),
    ],
)
def test_der_bund_is_germany(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "Germany"


def test_der_bund_in_franken_is_switzerland_in_a_story_on_austria() -> None:
    text = (
        "Österreich erhöht seine Hilfe für die Ukraine. Wien gibt aus dem "
        "Auslandskatastrophenfonds weitere 10 Millionen Euro für Winterhilfe, teilte das "
        "Aussenministerium in Wien mit. "
        "Österreich bleibt dabei neutral. Der Bund hat seinerseits 15 Millionen Franken an "
        "humanitärer Hilfe für die Ukraine gesprochen."
    )
    figures = by_surface(text)
    assert figures["10 Millionen Euro"].donor == "Austria"
    assert figures["15 Millionen Franken"].donor == "Switzerland"


def test_der_bund_in_euro_follows_the_story_on_austria() -> None:
    text = (
        "Österreich erhöht seine Hilfe für die Ukraine. Wien gibt aus dem "
        "Auslandskatastrophenfonds weitere 10 Millionen Euro für Winterhilfe, teilte das "
        "Aussenministerium in Wien mit. "
        "Die Schweiz gibt 8 Millionen Franken für Winterhilfe. Der Bund in Wien stellt zudem "
        "5 Millionen Euro für Minenräumung in der Ukraine bereit."
    )
    assert by_surface(text)["5 Millionen Euro"].donor == "Austria"


def test_status_s_is_the_cost_of_hosting() -> None:
    text = (
        "Die Schweiz hat der Ukraine seit Kriegsbeginn Hilfe geleistet. Für die Unterstützung "
        "der Geflüchteten mit Status S wendet der Bund dieses Jahr 1,2 Milliarden Franken auf."
    )
    assert by_surface(text)["1,2 Milliarden Franken"].category == "other"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Italy has sent Ukraine air defence systems and shells. Until March, Rome had "
            "delivered weapons worth about €1.1 billion, according to estimates by Germany's "
            "Kiel Institute.",
            "€1.1 billion",
            "Italy",
        ),
        (
            "Portugal has sent Ukraine arms and ammunition since 2022. A Stockholm research "
            "institute puts their value at €300 million.",
            "€300 million",
            "Portugal",
        ),
        (
            "Selon l'Institut de recherche sur la paix de Stockholm (Sipri), les dépenses "
            "militaires mondiales ont atteint 2 500 milliards de dollars l'an dernier.",
            "2 500 milliards de dollars",
            None,
        ),
    ],
)
def test_an_institutes_home_is_no_giver(text: str, surface: str, donor: str | None) -> None:
    assert by_surface(text)[surface].donor == donor


def test_an_institutes_home_is_no_giver_de() -> None:
    text = (
        "Portugal hat der Ukraine seit 2022 Waffen und Munition geliefert. Schwedens "
        "Friedensforschungsinstitut Sipri beziffert ihren Wert auf 300 Millionen Euro."
    )
    assert by_surface(text)["300 Millionen Euro"].donor != "Sweden"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Britain aims to reach 2.5% of GDP by 2027. Russia, by contrast, plans to raise its "
            "defence outlays by a third next year, to about 7% of GDP.",
            "7%",
        ),
        # (guards: these read right without the rule too)
        (
            "Großbritannien will bis 2027 2,5 Prozent des BIP erreichen. Russland dagegen will "
            "seinen Wehretat im kommenden Jahr um ein Drittel erhöhen, auf rund 7 Prozent des BIP.",
            "7 Prozent",
        ),
        (
            "Le Royaume-Uni vise 2,5 % de son PIB d'ici 2027. La Russie, elle, consacre déjà plus "
            "de 7 % de son PIB à la défense.",
            "7 %",
        ),
    ],
)
def test_an_adversarys_share_is_its_own_spending(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("defense_spending", "Russia")

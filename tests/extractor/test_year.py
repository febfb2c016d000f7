"""Years of this pass (pass/year): a sum told over a stretch named by both its ends ("between 24
January 2022 and 31 August 2025", "von Januar 2022 bis Ende Juni 2025", "du 1er mars 2023 au 30
juin 2025") is a total of no one year, whichever end is nearest to it; so is a yearly average over
such a stretch; a German date ("am 24. Februar") does not end its sentence; "this month", "in
diesem Monat", "ce mois-ci" and their neighbours date a sum to the report's present, as "this
week" does; a sum to be paid told in the passive ("will be paid", "sera versée", "wird ...
überwiesen") is news of the report's year, as "will provide" is; a figure of any kind in the
stretch "currently", "derzeit" or "actuellement" opens has no year; a month named in the figure's
own part of the sentence (between commas) dates it rather than another part's year; a sum since
last year ("seit dem vergangenen Jahr", "depuis l'an dernier") is a total since a start; the size
of a programme named by its length ("a four-year programme of", "vierjähriges Programm über", "une
enveloppe pluriannuelle de") has no year, whatever year it was launched in; Russia's frozen reserves
told by a verb of amounting ("amount to", "beläuft sich auf", "s'élèvent à") or as the
"Notenbank"'s are Russia's stock, of no year. Each rule is checked on sentences written for these
tests, never copied from an evaluation article."""

import pytest

from services.extractor.sentences import split_sentences
from tests.support.figures import PUBLISHED, by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Between 3 March 2022 and 30 September 2025, allies delivered about €95 billion in "
            "military aid to Ukraine.",
            "€95 billion",
        ),
        (
            "From February 2022 to the end of June 2025, Canada provided C$4.1 billion in "
            "budget support to Kyiv.",
            "C$4.1 billion",
        ),
        (
            "Zwischen dem 1. März 2022 und dem 30. Juni 2025 hat Schweden der Ukraine rund 7 "
            "Milliarden Euro an Militärhilfe geliefert.",
            "7 Milliarden Euro",
        ),
        (
            "Von Januar 2023 bis Ende Mai 2025 flossen aus Wien rund 400 Millionen Euro an "
            "humanitärer Hilfe in die Ukraine.",
            "400 Millionen Euro",
        ),
        (
            "Du 1er mars 2023 au 30 juin 2025, la Belgique a livré pour 2 milliards d'euros "
            "d'équipements militaires à l'Ukraine.",
            "2 milliards d'euros",
        ),
        (
            "Entre janvier 2022 et fin mai 2025, les Pays-Bas ont versé 6 milliards d'euros "
            "d'aide militaire à Kiev.",
            "6 milliards d'euros",
        ),
    ],
)
def test_a_sum_over_a_stretch_named_by_both_ends_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year is None


@pytest.mark.parametrize(
    ("text", "dated", "year", "averaged"),
    [
        (
            "Berlin gave €9 billion in military aid in 2025, against an average of €6 billion a "
            "year from 2022 to 2024.",
            "€9 billion",
            2025,
            "€6 billion",
        ),
        (
            "Oslo stellte 2025 rund 3 Milliarden Euro bereit, nach durchschnittlich 2 Milliarden "
            "Euro pro Jahr von 2022 bis 2024.",
            "3 Milliarden Euro",
            2025,
            "2 Milliarden Euro",
        ),
    ],
)
def test_a_yearly_average_over_a_stretch_has_no_year(
    text: str, dated: str, year: int, averaged: str
) -> None:
    figures = by_surface(text)
    assert figures[dated].year == year
    assert figures[averaged].year is None


def test_a_yearly_sum_from_one_year_on_keeps_that_year() -> None:
    text = "London will give £2 billion a year from 2027 in military aid to Ukraine."
    assert by_surface(text)["£2 billion"].year == 2027


def test_a_german_date_does_not_end_the_sentence() -> None:
    text = "Am 24. Februar 2022 begann der Angriff. Am 3. Mai folgte das erste Paket."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Finland paid €120 million into the drone fund this month, its ministry said.",
            "€120 million",
        ),
        (
            "Finnland hat in diesem Monat 120 Millionen Euro in den Drohnenfonds eingezahlt.",
            "120 Millionen Euro",
        ),
        (
            "Die Slowakei sagte vergangenen Monat weitere 40 Millionen Euro für Munition zu.",
            "40 Millionen Euro",
        ),
        (
            "La Finlande a versé ce mois-ci 120 millions d'euros au fonds pour les drones.",
            "120 millions d'euros",
        ),
        (
            "Le Portugal a annoncé le mois dernier une aide de 100 millions d'euros à Kiev.",
            "100 millions d'euros",
        ),
    ],
)
def test_this_month_is_the_reports_present(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year == PUBLISHED.year


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A further €40 million will be paid into Ukraine's energy support fund.", "€40 million"),
        (
            "Eine weitere Tranche von 40 Millionen Euro wird an den Energiefonds der Ukraine "
            "überwiesen.",
            "40 Millionen Euro",
        ),
        (
            "Une contribution de 40 millions d'euros sera versée au fonds énergétique ukrainien.",
            "40 millions d'euros",
        ),
        (
            "Un montant de 200 millions d'euros sera alloué à la réparation du réseau électrique "
            "ukrainien.",
            "200 millions d'euros",
        ),
        (
            "Ein Betrag von 200 Millionen Euro wird für die Reparatur des ukrainischen Stromnetzes "
            "bereitgestellt.",
            "200 Millionen Euro",
        ),
    ],
)
def test_a_sum_to_be_paid_in_the_passive_is_news(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year == PUBLISHED.year


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Switzerland is giving Ukraine CHF 1.5 billion for reconstruction this year. One "
            "franc is currently worth about 1.07 euros.",
            "1.07 euros",
        ),
        (
            "Die Schweiz will in diesem Jahr rund 6 Milliarden Franken für die Armee ausgeben. "
            "Ein Franken ist derzeit etwa 1,07 Euro wert.",
            "1,07 Euro",
        ),
        (
            "La Suisse verse cette année 1,5 milliard de francs à l'Ukraine pour la "
            "reconstruction. Un franc vaut actuellement environ 1,07 euro.",
            "1,07 euro",
        ),
    ],
)
def test_a_figure_in_the_stretch_currently_opens_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year is None


def test_currently_told_of_a_count_leaves_the_sum_its_year() -> None:
    text = (
        "Für die Vertriebenen, derzeit rund 80.000 Menschen, sind im Budget 2025 rund 150 "
        "Millionen Euro vorgesehen."
    )
    assert by_surface(text)["150 Millionen Euro"].year == 2025


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Between 3 March 2022 and 30 September 2025, donors allocated about €250 billion to "
            "Ukraine, of which €120 billion in military aid.",
            "€120 billion",
        ),
        (
            "Von Januar 2022 bis Ende Juni 2025 sagten die Geber der Ukraine rund 250 Milliarden "
            "Euro zu, davon 120 Milliarden Euro an Militärhilfe.",
            "120 Milliarden Euro",
        ),
        (
            "Entre janvier 2022 et fin juin 2025, les donateurs ont alloué 250 milliards d'euros "
            "à l'Ukraine, dont 120 milliards d'euros d'aide militaire.",
            "120 milliards d'euros",
        ),
    ],
)
def test_the_parts_of_a_total_over_a_stretch_have_no_year(text: str, part: str) -> None:
    assert by_surface(text)[part].year is None


@pytest.mark.parametrize(
    ("text", "dated", "monthly"),
    [
        (
            "The institute forecasts growth of 1.1% for 2027 – consumer prices rose 2.4% in "
            "February.",
            "1.1%",
            "2.4%",
        ),
        (
            "Für 2027 erwartet das Institut ein Wachstum von 1,1 Prozent, die Teuerung lag im "
            "Februar bei 2,4 Prozent.",
            "1,1 Prozent",
            "2,4 Prozent",
        ),
        (
            "L'institut prévoit une croissance de 1,1 % pour 2027, l'inflation atteignait 2,4 % "
            "en février.",
            "1,1 %",
            "2,4 %",
        ),
    ],
)
def test_a_month_in_the_figures_own_part_beats_another_parts_year(
    text: str, dated: str, monthly: str
) -> None:
    figures = by_surface(text)
    assert figures[dated].year == 2027
    assert figures[monthly].year == PUBLISHED.year


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Since last year, Denmark has placed orders worth €1.3 billion with Ukrainian arms "
            "makers.",
            "€1.3 billion",
        ),
        (
            "Seit dem vergangenen Jahr hat Dänemark Aufträge über 1,3 Milliarden Euro an "
            "ukrainische Rüstungsfirmen vergeben.",
            "1,3 Milliarden Euro",
        ),
        (
            "Depuis l'an dernier, le Danemark a passé pour 1,3 milliard d'euros de commandes aux "
            "industriels ukrainiens de l'armement.",
            "1,3 milliard d'euros",
        ),
    ],
)
def test_a_sum_since_last_year_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The support scheme was set up in March 2024 as a four-year programme of NOK 50 "
            "billion.",
            "NOK 50 billion",
        ),
        (
            "Das Hilfsprogramm wurde im März 2024 als vierjähriges Programm über 5 Milliarden "
            "Euro aufgelegt.",
            "5 Milliarden Euro",
        ),
        (
            "Le dispositif a été lancé en mars 2024 avec une enveloppe pluriannuelle de 5 "
            "milliards d'euros.",
            "5 milliards d'euros",
        ),
    ],
)
def test_the_size_of_a_programme_named_by_its_length_has_no_year(text: str, surface: str) -> None:
    assert by_surface(text)[surface].year is None


def test_a_sum_given_in_a_year_under_such_a_programme_keeps_it() -> None:
    text = "Norway gave NOK 10 billion in 2024 under a four-year programme."
    assert by_surface(text)["NOK 10 billion"].year == 2024


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Britain will spend 2.5% of GDP on defence this year. The frozen reserves of Russia's "
            "central bank in the EU amount to about €200 billion.",
            "€200 billion",
        ),
        (
            "Polen will in diesem Jahr 4,7 Prozent ausgeben. Das eingefrorene Vermögen der "
            "russischen Notenbank in der EU beläuft sich auf rund 200 Milliarden Euro.",
            "200 Milliarden Euro",
        ),
        (
            "La Pologne consacrera cette année 4,7 % de son PIB à sa défense. Les avoirs gelés de "
            "la banque centrale russe dans l'UE s'élèvent à environ 200 milliards d'euros.",
            "200 milliards d'euros",
        ),
    ],
)
def test_russias_frozen_reserves_told_by_their_amount_are_a_stock(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor, figure.year) == ("other", "Russia", None)

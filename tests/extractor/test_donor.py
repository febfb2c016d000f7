"""Donor rules of the donor pass, each on sentences written for these tests (never copied from an
evaluation article), in English and, where the rule reads them, German and French.

- One country's own commitment to the alliance's level ("committed Norway to the new alliance
  target of 3.5%", "Lisbonne a souscrit à l'objectif de 5 %") and the level whose cost of
  reaching is told ("reaching 3.5% would require ...", "respecter l'objectif de 5 % obligerait
  Rome à ...") are that country's pledge_target; the level the allies themselves commit to stays
  "NATO allies"' (the articles' README, "Settled cases").
- A G7 summit ("announced at the G7 summit", "beim G7-Gipfel", "au sommet du G7") is a venue, not
  the giver (README: a summit venue is not a donor).
- Ukraine named as what spending goes to ("spending on Ukraine", "Ausgaben für die Ukraine",
  "les dépenses pour l'Ukraine") is the recipient, not the spender.
- A country's adjective before bare spending ("American spending", "die polnischen Ausgaben"; the
  French adjective after it, "les dépenses polonaises", was read already) names the spender.
- The EU's institutions joined to Europe's governments ("European governments and EU
  institutions", "die europäischen Staaten und die Institutionen der EU") are counted in the
  tracker's European total: "European countries" (README, aggregates).
- Russian holdings sized by their sentence ("Russian assets, some €200 billion of which",
  "beläuft sich auf", "Vermögenswerte ... von 5 Milliarden Franken", "s'élèvent à") are other with
  donor Russia (README, settled: immobilised Russian assets)."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Prime Minister Jonas Gahr Støre unveiled a larger budget for the armed forces and "
            "committed Norway at the summit to the new alliance target of 3.5% of GDP by 2035.",
            "3.5%",
            "Norway",
        ),
        (
            "Le Portugal consacre 1,6 % de son PIB à la défense. Au sommet de juin, Lisbonne a "
            "souscrit à l'objectif de 5 % du PIB d'ici à 2035.",
            "5 %",
            "Portugal",
        ),
        (
            "Le gouvernement danois s'est engagé à Bruxelles à atteindre l'objectif de 3,5 % "
            "fixé pour tous les Alliés.",
            "3,5 %",
            "Denmark",
        ),
    ],
)
def test_one_country_committing_itself_to_the_alliance_level_makes_it_its_own(
    text: str, surface: str, donor: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("pledge_target", donor)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("At the summit, allies committed to the new alliance target of 3.5% by 2035.", "3.5%"),
        (
            "Les dirigeants de l'Alliance se sont engagés à atteindre l'objectif de 5 % en 2035.",
            "5 %",
        ),
        (
            "Denmark has committed to reach 3.5% by 2030, ahead of the alliance's deadline, after "
            "leaders agreed a goal of 5% by 2035, including 1.5% for resilience.",
            "1.5%",
        ),
    ],
)
def test_the_level_the_allies_commit_to_stays_theirs(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "NATO allies"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "The Netherlands spends about 2% of GDP on defence. The central planning office says "
            "that reaching 3.5% would require an extra €20 billion a year.",
            "3.5%",
            "Netherlands",
        ),
        (
            "L'Italie consacre 1,5 % de son PIB à la défense. Selon la Banque d'Italie, respecter "
            "l'objectif de 5 % obligerait Rome à dépenser 100 milliards d'euros de plus par an.",
            "5 %",
            "Italy",
        ),
        (
            "Schweden gibt 2,4 Prozent seiner Wirtschaftsleistung für Verteidigung aus. Das "
            "Nato-Ziel von 3,5 Prozent einzuhalten, würde nach Berechnungen der Regierung 40 "
            "Milliarden Kronen im Jahr kosten.",
            "3,5 Prozent",
            "Sweden",
        ),
    ],
)
def test_the_level_whose_cost_of_reaching_is_told_is_the_country_s(
    text: str, surface: str, donor: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("pledge_target", donor)


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "Japan's last package, unveiled at the G7 summit in Hiroshima, was worth $5 billion.",
            "$5 billion",
            "Japan",
        ),
        (
            "Italiens Paket, beim G7-Gipfel in Apulien vorgestellt, umfasste 300 Millionen Euro.",
            "300 Millionen Euro",
            "Italy",
        ),
        (
            "Le paquet de la France, présenté au sommet du G7 à Biarritz, atteint 200 millions "
            "d'euros.",
            "200 millions d'euros",
            "France",
        ),
    ],
)
def test_a_g7_summit_is_a_venue_not_the_giver(text: str, surface: str, donor: str) -> None:
    assert by_surface(text)[surface].donor == donor


def test_the_g7_lending_stays_the_g7_s() -> None:
    text = "The G7 agreed to lend Ukraine $50 billion backed by frozen Russian assets."
    assert by_surface(text)["$50 billion"].donor == "G7"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Sweden's government proposed a larger defence budget on Monday. Spending on Ukraine "
            "this year is set to reach SEK 40 billion, against 30 billion last year.",
            "SEK 40 billion",
        ),
        (
            "Schwedens Regierung legte am Montag einen größeren Wehretat vor. Die Ausgaben für die "
            "Ukraine sollen in diesem Jahr 40 Milliarden Kronen erreichen.",
            "40 Milliarden Kronen",
        ),
        (
            "Le gouvernement suédois a présenté lundi un budget de défense en hausse. Les dépenses "
            "pour l'Ukraine atteindront 40 milliards de couronnes cette année.",
            "40 milliards de couronnes",
        ),
    ],
)
def test_spending_on_ukraine_is_the_giver_s_not_ukraine_s(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "Sweden"


@pytest.mark.parametrize(
    ("text", "surface", "donor"),
    [
        (
            "France spent about 2.1% of GDP on its armed forces last year. Across the Atlantic, "
            "American spending rose to $997 billion.",
            "$997 billion",
            "United States",
        ),
        (
            "Frankreich gab im vergangenen Jahr rund 2,1 Prozent seiner Wirtschaftsleistung für "
            "Verteidigung aus. Die polnischen Ausgaben stiegen auf 40 Milliarden Euro.",
            "40 Milliarden Euro",
            "Poland",
        ),
        (
            "La France a consacré 2,1 % de son PIB à ses armées l'an dernier. Les dépenses "
            "polonaises ont atteint 40 milliards d'euros.",
            "40 milliards d'euros",
            "Poland",
        ),
    ],
)
def test_a_country_s_adjective_before_spending_names_the_spender(
    text: str, surface: str, donor: str
) -> None:
    assert by_surface(text)[surface].donor == donor


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "European governments and EU institutions allocated €21 billion in financial aid to "
            "Ukraine in the first half, the tracker said.",
            "€21 billion",
        ),
        (
            "European countries and the institutions of the EU have committed €150 billion since "
            "the start of the war.",
            "€150 billion",
        ),
        (
            "Die europäischen Staaten und die Institutionen der EU haben der Ukraine seit "
            "Kriegsbeginn 150 Milliarden Euro zugesagt.",
            "150 Milliarden Euro",
        ),
    ],
)
def test_eu_institutions_joined_to_europe_s_governments_count_in_europe_s_total(
    text: str, surface: str
) -> None:
    assert by_surface(text)[surface].donor == "European countries"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The minister backed a loan built on immobilised Russian assets, some €200 billion of "
            "which sit at a depository in Brussels.",
            "€200 billion",
        ),
        (
            "Das eingefrorene Vermögen der russischen Notenbank in Europa beläuft sich auf rund "
            "200 Milliarden Euro.",
            "200 Milliarden Euro",
        ),
        (
            "Laut dem Finanzministerium sind russische Vermögenswerte von 5 Milliarden "
            "Franken gesperrt.",
            "5 Milliarden Franken",
        ),
        (
            "Les avoirs russes gelés dans l'Union s'élèvent à environ 200 milliards d'euros.",
            "200 milliards d'euros",
        ),
    ],
)
def test_russian_holdings_sized_by_the_sentence_are_russia_s(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("other", "Russia")


def test_a_loan_built_on_russian_assets_stays_the_lender_s() -> None:
    text = "The EU agreed a €90 billion loan to Ukraine backed by immobilised Russian assets."
    assert by_surface(text)["€90 billion"].donor == "EU"

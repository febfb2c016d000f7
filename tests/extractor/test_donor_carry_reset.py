"""Donor rules of the second donor pass on how a giver is carried through a text and when a new
subject takes over, each on sentences written for these tests (never copied from an evaluation
article), in English, German and French.

- "The government", "die Regierung", "le gouvernement" right after a sentence of the same
  paragraph about another country ("Hungary has moved more slowly. The government has set aside
  ...") stand for that country, not for the story's main one, when the paragraph has not named
  the main one (test_attribution's head-of-government test keeps the story's own country then).
- A tracker's total of all its donors ("total new allocations came to", "Die neuen Zusagen
  beliefen sich auf", "les nouvelles allocations ont atteint") makes "donor countries" the giver of
  the sentence's other sums too when it names no giver ("of which", "davon", "dont", the base of
  a fall "from €27.8 billion"), not the giver carried from before.
- The EU's loan instrument for arms sized after a member's share in the same sentence ("of which
  Poland is the largest beneficiary with €43.7 billion out of an envelope of €150 billion", "eines
  Programms über 150 Milliarden Euro", "sur une enveloppe de 150 milliards") is the EU's loan, not
  the member's or a target carried from the sentence before.
- A tranche of the loan the sentence before told ("The first tranche of €2.5 billion", "Eine
  erste Tranche", "Une première tranche"), in a sentence naming no giver, is the lender's, not
  the borrower's the story is about.
- The alliance's target a comparison ends on ("spends around 1.2% of GDP, compared with the 2%
  guideline that NATO members have committed to") is the allies' pledge_target, not a base of
  the member's spending; a plain base ("compared with 1.1% last year") still is. (German and
  French comparisons with a target, "verglichen mit dem Nato-Ziel von 2 Prozent", "comparé aux 2 %
  que les Alliés ont fixés", were read so already.)
- A country an economic figure's German sentence names before the verb "war" ("Die Teuerung in
  Polen war im März auf 4,9 Prozent gestiegen") is the economy it describes, not a country
  waging a war ("Russia's war", which still is not): the paragraph's other country is not
  carried over it. (German only: the English and French words for the verb differ.)
- An economic figure whose sentence names the story's own state ("The Exchequer is on course for
  a surplus", "warf der Koalition vor", "reproche au gouvernement un déficit") describes that
  state (the story's country, or the country "the government" stands for, above), not Ukraine,
  of which the paragraph spoke last.
- A sentence opening on a plural owner and naming no giver ("Their share", "Ihr Anteil", "Leur
  part") is about the giver the sentence before opened on, not the one it named last ("..., against
  €12 billion from France")."""

import pytest

from tests.support.figures import by_surface


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Poland will spend 4.7% of GDP on defence this year. Warsaw has raised its budget "
            "again, and Poland plans more.\n\nHungary has moved more slowly. The government has "
            "set aside €4.1 billion for the armed forces next year.",
            "€4.1 billion",
        ),
        (
            "Polen gibt in diesem Jahr 4,7 Prozent für Verteidigung aus. Warschau erhöht den Etat "
            "erneut, und Polen plant mehr.\n\nUngarn geht langsamer vor. Die Regierung hat für "
            "das kommende Jahr 4,1 Milliarden Euro für die Streitkräfte eingeplant.",
            "4,1 Milliarden Euro",
        ),
        (
            "La Pologne consacre cette année 4,7 % de son PIB à la défense. Varsovie relève "
            "encore son budget, et la Pologne prévoit davantage.\n\nLa Hongrie avance plus "
            "lentement. Le gouvernement a prévu 4,1 milliards d'euros pour les forces armées l'an "
            "prochain.",
            "4,1 milliards d'euros",
        ),
    ],
)
def test_the_government_after_a_sentence_about_another_country_is_that_country(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("defense_spending", "Hungary")


def test_the_government_after_a_paragraph_break_is_still_the_storys_own() -> None:
    text = (
        "Poland will spend 4.7% of GDP on defence this year. Warsaw has raised its budget again, "
        "and Poland plans more. Hungary has moved more slowly.\n\nThe government has set aside "
        "€40 billion for the armed forces next year."
    )
    assert by_surface(text)["€40 billion"].donor == "Poland"


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "Germany pledged €2 billion in military aid in March. In March and April, total new "
            "allocations came to EUR 7.2 billion, of which EUR 4.4 billion was military aid.",
            ("EUR 7.2 billion", "EUR 4.4 billion"),
        ),
        (
            "Germany pledged €2 billion in military aid in March. Financial and humanitarian "
            "allocations fell to €21.3 billion from €27.8 billion.",
            ("€21.3 billion", "€27.8 billion"),
        ),
        (
            "Deutschland sagte im März Militärhilfe von 2 Milliarden Euro zu. Die neuen Zusagen "
            "für die Ukraine beliefen sich im März und April auf 7,2 Milliarden Euro, davon 4,4 "
            "Milliarden Euro Militärhilfe.",
            ("7,2 Milliarden Euro", "4,4 Milliarden Euro"),
        ),
        (
            "L'Allemagne a promis 2 milliards d'euros d'aide militaire en mars. En mars et avril, "
            "les nouvelles allocations ont atteint 7,2 milliards d'euros, dont 4,4 milliards "
            "d'euros d'aide militaire.",
            ("7,2 milliards d'euros", "4,4 milliards d'euros"),
        ),
    ],
)
def test_a_trackers_total_gives_its_sentences_other_sums_to_all_donors(
    text: str, surfaces: tuple[str, ...]
) -> None:
    figures = by_surface(text)
    assert [figures[s].donor for s in surfaces] == ["donor countries"] * len(surfaces)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Warsaw aims to spend 5% of GDP on defence by 2030. The budget relies on SAFE loans, "
            "of which Poland is the largest beneficiary with €43.7 billion out of an envelope of "
            "€150 billion.",
            "€150 billion",
        ),
        (
            "Warschau will bis 2030 5 Prozent des BIP für Verteidigung ausgeben. Der Haushalt "
            "stützt sich auf Kredite aus SAFE, bei denen Polen mit 43,7 Milliarden Euro der größte "
            "Kreditnehmer eines Programms über 150 Milliarden Euro ist.",
            "150 Milliarden Euro",
        ),
        (
            "Varsovie veut consacrer 5 % du PIB à la défense d'ici 2030. Le budget s'appuie sur "
            "les prêts du programme SAFE, dont la Pologne est le premier bénéficiaire avec 43,7 "
            "milliards d'euros sur une enveloppe de 150 milliards d'euros.",
            "150 milliards d'euros",
        ),
    ],
)
def test_the_loan_instruments_size_after_a_members_share_is_the_eus(
    text: str, surface: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("financial_aid", "EU")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Romania's defence budget rises again. The plan relies on loans from SAFE, of which "
            "Romania is the second-largest borrower with €16.6 billion out of a programme of €150 "
            "billion. The first tranche of €2.5 billion was paid in October.",
            "€2.5 billion",
        ),
        (
            "Rumäniens Verteidigungsetat steigt erneut. Der Plan stützt sich auf Kredite aus SAFE, "
            "bei denen Rumänien mit 16,6 Milliarden Euro der zweitgrößte Kreditnehmer eines "
            "Programms über 150 Milliarden Euro ist. Eine erste Tranche von 2,5 Milliarden Euro "
            "wurde im Oktober ausgezahlt.",
            "2,5 Milliarden Euro",
        ),
        (
            "Le budget roumain de la défense augmente encore. Le plan s'appuie sur les prêts du "
            "programme SAFE, dont la Roumanie est le deuxième bénéficiaire avec 16,6 milliards "
            "d'euros sur une enveloppe de 150 milliards d'euros. Une première tranche de 2,5 "
            "milliards d'euros a été versée en octobre.",
            "2,5 milliards d'euros",
        ),
    ],
)
def test_a_tranche_of_the_loan_just_told_is_the_lenders(text: str, surface: str) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("financial_aid", "EU")


@pytest.mark.parametrize(
    "text",
    [
        "New Zealand spends around 1.2% of GDP on defence, compared with the 2% guideline that "
        "NATO members have committed to.",
        "Ireland spends about 0.3% of GDP on its forces, compared with the 2% target that NATO "
        "allies agreed in Wales.",
    ],
)
def test_a_comparison_ending_on_the_alliances_target_is_the_allies(text: str) -> None:
    figure = by_surface(text)["2%"]
    assert (figure.category, figure.donor) == ("pledge_target", "NATO allies")


def test_a_plain_comparison_base_is_still_the_members_spending() -> None:
    text = "New Zealand spends around 1.2% of GDP on defence, compared with 1.1% last year."
    figure = by_surface(text)["1.1%"]
    assert (figure.category, figure.donor) == ("defense_spending", "New Zealand")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Die Ukraine braucht mehr Luftabwehr. Die Teuerung in Polen war im März auf 4,9 "
            "Prozent gestiegen.",
            "4,9 Prozent",
            "Poland",
        ),
        (
            "Kiew braucht mehr Luftabwehr. Die Arbeitslosigkeit in Spanien war im Juni auf 10,5 "
            "Prozent gesunken.",
            "10,5 Prozent",
            "Spain",
        ),
    ],
)
def test_the_german_verb_war_after_a_country_does_not_make_it_a_belligerent(
    text: str, surface: str, country: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("other", country)


def test_a_country_named_as_waging_the_war_is_still_not_the_economy_described() -> None:
    text = (
        "Ukraine's economy has recovered. GDP shrank by 29.1% in 2022 after Russia's full-scale "
        "war began."
    )
    assert by_surface(text)["29.1%"].donor == "Ukraine"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "Ireland will give Ukraine €100 million in non-lethal aid this year. The Minister said "
            "the country stands with the people of Ukraine. The Exchequer is on course for a "
            "surplus of €7.2 billion this year.",
            "€7.2 billion",
            "Ireland",
        ),
        (
            "Die Bundesregierung stockt die Ukraine-Hilfe auf 9 Milliarden Euro auf. Die "
            "Ukraine-Mittel steigen damit erneut. Die Opposition warf der Koalition vor, zu "
            "sparen, während die Inflationsrate im Mai bei 2,4 Prozent gelegen habe.",
            "2,4 Prozent",
            "Germany",
        ),
        (
            "La Belgique consacrera 1 milliard d'euros à l'aide militaire à l'Ukraine cette année. "
            "Les besoins de l'Ukraine restent immenses. L'opposition reproche au gouvernement un "
            "déficit de 4,6 % du PIB.",
            "4,6 %",
            "Belgium",
        ),
    ],
)
def test_an_economic_figure_of_the_storys_own_state_is_its_country(
    text: str, surface: str, country: str
) -> None:
    figure = by_surface(text)[surface]
    assert (figure.category, figure.donor) == ("other", country)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Since 2022, the Nordic countries have allocated €30 billion in military aid to "
            "Ukraine, against €12 billion from France. Their share of all military aid has risen "
            "to 14%.",
            "14%",
        ),
        (
            "Seit 2022 haben die nordischen Länder der Ukraine Militärhilfe von 30 Milliarden Euro "
            "zugesagt, während Frankreich 12 Milliarden Euro zusagte. Ihr Anteil an der gesamten "
            "Militärhilfe ist auf 14 Prozent gestiegen.",
            "14 Prozent",
        ),
        (
            "Depuis 2022, les pays nordiques ont alloué 30 milliards d'euros d'aide militaire à "
            "l'Ukraine, contre 12 milliards d'euros pour la France. Leur part de l'aide militaire "
            "totale est passée à 14 %.",
            "14 %",
        ),
    ],
)
def test_their_share_is_the_subject_the_sentence_before_opened_on(text: str, surface: str) -> None:
    assert by_surface(text)[surface].donor == "Nordic countries"
